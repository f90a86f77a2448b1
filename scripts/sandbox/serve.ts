/** `serve <repo> [--port N]`: the repository over loopback HTTP, with byte ranges and CORS. */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createStaticServer, listenOnLoopback } from '../lib/staticServer.mjs';
import type { CommandOutput } from './output';
import { UsageError } from './output';

export const SERVE_USAGE = 'serve <repo folder> [--port N]';

export async function runServe(args: string[], output: CommandOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: { port: { type: 'string', default: '8787' } },
  });
  if (positionals.length !== 1) throw new UsageError('name the repository folder to serve');
  const folder = positionals[0]!;
  if (!existsSync(folder)) throw new UsageError(`${folder} does not exist`);
  if (!/^\d+$/.test(values.port))
    throw new UsageError(`--port "${values.port}" is not a port number`);
  const port = await listenOnLoopback(
    createStaticServer([{ prefix: '/', folder }]),
    Number(values.port),
  );
  output.log(`serving ${folder} at http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
  return 0;
}
