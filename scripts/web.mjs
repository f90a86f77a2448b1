// `npm run web`: builds the renderer and serves it with the browser host on 127.0.0.1.
// The built-in demo repository (assets/demo-repository) is served beside it when present.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createStaticServer, listenOnLoopback } from './lib/staticServer.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4173' },
    'no-build': { type: 'boolean', default: false },
  },
});

if (!values['no-build']) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const rendererFolder = `${root}dist/renderer`;
if (!existsSync(`${rendererFolder}/index.html`)) {
  console.error(`No built renderer at ${rendererFolder}: run without --no-build.`);
  process.exit(1);
}

/** @type {import('./lib/staticServer.mjs').Mount[]} */
const mounts = [{ prefix: '/', folder: rendererFolder, fallback: 'index.html' }];
const demoRepository = `${root}assets/demo-repository`;
if (existsSync(demoRepository))
  mounts.push({ prefix: '/demo-repository/', folder: demoRepository });

const port = await listenOnLoopback(createStaticServer(mounts), Number(values.port));
console.log(`Examiner Workstation (browser host): http://127.0.0.1:${port}/`);
