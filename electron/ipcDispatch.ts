/**
 * The checks every IPC call passes before any work: a trusted sender, a known channel,
 * arguments that match the channel's schema. Pure, so it is tested without Electron.
 */
import type { z } from 'zod';
import { describeIssue } from '../shared/host/ipcContract';
import type { Result } from '../shared/result';
import { HostCallError, fail, ok } from '../shared/result';
import type { SenderFrame } from './security';
import { isTrustedSender } from './security';

type Schemas = Readonly<Record<string, z.ZodType>>;

/** One handler per schema, receiving the parsed request. */
export type HandlersFor<S extends Schemas, Context> = {
  readonly [C in keyof S]: (request: z.output<S[C]>, context: Context) => unknown;
};

export interface IpcRouter<S extends Schemas, Context> {
  schemas: S;
  handlers: HandlersFor<S, Context>;
  appOrigin: string;
  /** Sees the full error of an unexpected failure; the page only gets a short message. */
  onUnexpectedError?: (channel: string, error: unknown) => void;
}

export interface IpcCall<Context> {
  channel: string;
  sender: SenderFrame | null;
  args: readonly unknown[];
  context: Context;
}

const MAX_MESSAGE_LENGTH = 300;

function shortMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const firstLine = text.split('\n', 1)[0] ?? '';
  return firstLine.length > MAX_MESSAGE_LENGTH
    ? `${firstLine.slice(0, MAX_MESSAGE_LENGTH)}…`
    : firstLine;
}

export async function dispatchIpc<S extends Schemas, Context>(
  router: IpcRouter<S, Context>,
  call: IpcCall<Context>,
): Promise<Result<unknown>> {
  if (!isTrustedSender(call.sender, router.appOrigin))
    return fail('forbidden', `${call.channel}: the calling frame is not the workstation page`);
  if (!Object.hasOwn(router.schemas, call.channel))
    return fail('invalid-argument', `unknown channel "${call.channel}"`);
  if (call.args.length > 1)
    return fail(
      'invalid-argument',
      `${call.channel}: expected at most one argument, got ${call.args.length}`,
    );

  const channel: keyof S = call.channel;
  const schema = router.schemas[channel] as z.ZodType;
  const parsed = schema.safeParse(call.args[0]);
  if (!parsed.success)
    return fail('invalid-argument', `${call.channel}: ${describeIssue(parsed.error)}`);

  try {
    const handler = router.handlers[channel];
    return ok(await handler(parsed.data as z.output<S[keyof S]>, call.context));
  } catch (error) {
    if (error instanceof HostCallError) return fail(error.code, error.message);
    router.onUnexpectedError?.(call.channel, error);
    return fail('internal', `${call.channel} failed: ${shortMessage(error)}`);
  }
}
