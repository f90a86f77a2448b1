// Finds the Electron executable the way node_modules/electron/index.js does, minus its side
// effect: requiring that module downloads the binary when it is missing, which an offline
// install (ELECTRON_SKIP_BINARY_DOWNLOAD=1) must never attempt.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const electronPackage = fileURLToPath(new URL('../node_modules/electron/', import.meta.url));

/** @returns {string | null} the Electron executable's path, or null when it is not installed */
export function findElectronBinary() {
  const pathFile = join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = readFileSync(pathFile, 'utf8').trim();
  if (executable === '') return null;
  const distFolder = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronPackage, 'dist');
  const binary = join(distFolder, executable);
  return existsSync(binary) ? binary : null;
}
