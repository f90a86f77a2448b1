// `npm run sandbox -- <command>`: keygen, publish, verify, serve (see scripts/sandbox/cli.ts).
import { runSandboxCli } from './sandbox/cli';
import { consoleOutput } from './sandbox/output';

process.exitCode = await runSandboxCli(process.argv.slice(2), consoleOutput);
