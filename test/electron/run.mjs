// `npm run test:electron`: end-to-end tests of the real Electron app with Playwright's
// Electron launcher, skipped (successfully) where the Electron binary is not installed.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../../scripts/electronBinary.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const electron = findElectronBinary();
if (electron === null) {
  console.log(
    'Electron end-to-end tests skipped: the Electron binary is not installed on this machine.',
  );
  process.exit(0);
}

/** @param {string[]} args */
function node(args, env = process.env) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

node(['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
node(['scripts/build-electron.mjs']);
node(
  [
    'node_modules/@playwright/test/cli.js',
    'test',
    '--config',
    'test/electron/playwright.config.ts',
    ...process.argv.slice(2),
  ],
  {
    ...process.env,
    EXAMINER_ELECTRON_BINARY: electron,
  },
);
