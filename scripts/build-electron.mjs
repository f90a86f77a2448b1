// `npm run build:electron`: bundles the main process and the preload into dist-electron/.
// The preload must be one self-contained CommonJS file: a sandboxed preload can require
// only `electron` and a few Node shims, nothing from node_modules.
import { build } from 'esbuild';
import { rm, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist-electron`;

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

await rm(outdir, { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: `${outdir}/main.cjs`,
    target: 'node22',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: `${outdir}/preload.cjs`,
    target: 'chrome140',
  }),
]);

const sizes = await Promise.all(
  ['main.cjs', 'preload.cjs'].map(
    async (name) => `${name} ${Math.round((await stat(`${outdir}/${name}`)).size / 1024)} kB`,
  ),
);
console.log(`Built dist-electron/: ${sizes.join(', ')}`);
