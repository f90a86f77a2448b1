/** Whether a resolved path lies strictly inside a folder (both absolute, both resolved). */
import { isAbsolute, relative, sep } from 'node:path';

export function isInsideFolder(folder: string, candidate: string): boolean {
  const path = relative(folder, candidate);
  // `..c` is a legitimate name inside; only `..` itself or `../…` leaves.
  return path !== '' && path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path);
}
