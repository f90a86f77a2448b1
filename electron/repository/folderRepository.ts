/**
 * Reads files of a repository in a folder the user granted. The path is checked as text
 * first, then resolved on disk: a symlink that leads out of the folder is refused, and only
 * regular files with one name (no hard links) are read.
 */
import { constants } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { open, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ByteRange, RepositoryChunk, RepositoryFileInfo } from '../../shared/host/hostApi';
import { checkRepositoryPath } from '../../shared/host/repositoryPath';
import { HostCallError } from '../../shared/result';
import { isInsideFolder } from '../pathContainment';
import { clampReadRange } from './readRange';

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

async function realFolder(root: string): Promise<string> {
  try {
    return await realpath(root);
  } catch {
    throw new HostCallError({
      code: 'not-found',
      message: `The granted folder ${root} no longer exists: choose it again.`,
    });
  }
}

/** Resolves `path` under `root` to a real file path that provably stays inside `root`. */
export async function resolveRepositoryFile(root: string, path: string): Promise<string> {
  const check = checkRepositoryPath(path);
  if (!check.ok)
    throw new HostCallError({ code: 'invalid-argument', message: `path: ${check.reason}` });
  const folder = await realFolder(root);
  let real: string;
  try {
    real = await realpath(join(folder, ...check.segments));
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new HostCallError({ code: 'not-found', message: `${path}: not found` });
    throw new HostCallError({ code: 'io', message: `${path}: ${code ?? 'cannot be resolved'}` });
  }
  if (!isInsideFolder(folder, real))
    throw new HostCallError({
      code: 'forbidden',
      message: `${path}: leads outside the granted folder`,
    });
  return real;
}

// Should the file be swapped between the checks and open: O_NOFOLLOW refuses a symlink and
// O_NONBLOCK keeps a FIFO from hanging the main process (both are 0 where unsupported).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

function notRegularFile(path: string): HostCallError {
  return new HostCallError({ code: 'invalid-argument', message: `${path}: not a regular file` });
}

async function withRegularFile<T>(
  root: string,
  path: string,
  use: (file: FileHandle, size: number) => Promise<T>,
): Promise<T> {
  const real = await resolveRepositoryFile(root, path);
  // Checked before opening, since opening a device or FIFO can itself have effects.
  if (!(await stat(real)).isFile()) throw notRegularFile(path);
  let file: FileHandle;
  try {
    file = await open(real, OPEN_FLAGS);
  } catch (error) {
    throw new HostCallError({
      code: 'io',
      message: `${path}: ${errorCode(error) ?? 'cannot be opened'}`,
    });
  }
  try {
    const info = await file.stat();
    if (!info.isFile()) throw notRegularFile(path);
    // A second name may be a hard link planted to a file outside the folder, which realpath
    // cannot tell from a regular file; publishers write each file once, so refuse them all.
    if (info.nlink > 1)
      throw new HostCallError({
        code: 'forbidden',
        message: `${path}: has ${info.nlink} hard links; copy the repository without hard links`,
      });
    return await use(file, info.size);
  } finally {
    await file.close();
  }
}

export function statFolderFile(root: string, path: string): Promise<RepositoryFileInfo> {
  return withRegularFile(root, path, async (_file, size) => ({ size }));
}

export function readFolderFile(
  root: string,
  path: string,
  range?: ByteRange,
): Promise<RepositoryChunk> {
  return withRegularFile(root, path, async (file, size) => {
    const { start, end } = clampReadRange(range, size);
    // A fresh, exactly sized buffer: IPC copies the whole underlying ArrayBuffer.
    const bytes = new Uint8Array(end - start);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await file.read(bytes, filled, bytes.length - filled, start + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { bytes: filled === bytes.length ? bytes : bytes.slice(0, filled), totalSize: size };
  });
}
