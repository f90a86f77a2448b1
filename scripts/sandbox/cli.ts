/** The `sandbox` command: publisher tools for the sandbox repository format (sandbox spec). */
import { KEYGEN_USAGE, runKeygen } from './keygen';
import type { CommandOutput } from './output';
import { UsageError } from './output';
import { runPublish } from './publish';
import { PUBLISH_USAGE } from './publishArgs';
import { SERVE_USAGE, runServe } from './serve';
import { VERIFY_USAGE, runVerify } from './verify';

const COMMANDS: Record<
  string,
  { usage: string; run: (args: string[], output: CommandOutput) => Promise<number> }
> = {
  keygen: { usage: KEYGEN_USAGE, run: runKeygen },
  publish: { usage: PUBLISH_USAGE, run: runPublish },
  verify: { usage: VERIFY_USAGE, run: runVerify },
  serve: { usage: SERVE_USAGE, run: runServe },
};

function usage(): string {
  return [
    'usage: npm run sandbox -- <command>',
    ...Object.values(COMMANDS).map((command) => `  ${command.usage}`),
  ].join('\n');
}

/** Runs one command; returns the exit code (0 ok, 1 failure or refusal, 2 usage). */
export async function runSandboxCli(argv: string[], output: CommandOutput): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (name === 'help' || name === '--help') {
    output.log(usage());
    return 0;
  }
  if (command === undefined) {
    output.error(name === undefined ? usage() : `unknown command "${name}"\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(args, output);
  } catch (error) {
    const isUsage =
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true;
    output.error(`${name}: ${(error as Error).message ?? String(error)}`);
    if (isUsage) {
      output.error(`usage: npm run sandbox -- ${command.usage}`);
      return 2;
    }
    return 1;
  }
}
