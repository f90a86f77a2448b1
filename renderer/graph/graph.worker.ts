/** The graph worker: a message switch around graphService (see protocol.ts). */
import { errorMessage } from '../../shared/package/refusal';
import { handlers } from './graphService';
import type { WorkerAnswer, WorkerRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, type, request } = event.data;
  const handler = handlers[type] as (request: unknown) => Promise<unknown>;
  handler(request).then(
    (answer) => scope.postMessage({ id, ok: true, answer } satisfies WorkerAnswer),
    (error: unknown) =>
      scope.postMessage({ id, ok: false, message: errorMessage(error) } satisfies WorkerAnswer),
  );
};
