/**
 * Builds a bench page (renderer/import/bench unless told another folder) with the app's own Vite
 * pipeline, workers included.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

export async function buildBenchHarness(
  root: string,
  outDir: string,
  harnessFolder = 'renderer/import/bench',
): Promise<void> {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  await build({
    configFile: false,
    root: join(root, harnessFolder),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    define: { __APP_VERSION__: JSON.stringify(version) },
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
}
