// `npm start`: builds and launches the Electron app; without the Electron binary (an offline
// install), serves the same renderer with the browser host instead.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electronBinary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Runs a build step to completion; leaves with its exit code if it fails.
 * @param {string[]} args arguments to node
 */
function runNode(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * Runs the long-lived process in the foreground and exits when it does.
 * @param {string} command
 * @param {string[]} args
 */
function handOver(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  /** @type {NodeJS.Signals[]} */
  const signals = ['SIGINT', 'SIGTERM'];
  for (const signal of signals) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = findElectronBinary();
if (electron === null) {
  console.log(
    'Electron binary not installed (offline install with ELECTRON_SKIP_BINARY_DOWNLOAD=1): serving the browser host instead.',
  );
  handOver(process.execPath, ['scripts/web.mjs', ...process.argv.slice(2)]);
} else {
  runNode(['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
  runNode(['scripts/build-electron.mjs']);
  handOver(electron, ['.', ...process.argv.slice(2)]);
}
