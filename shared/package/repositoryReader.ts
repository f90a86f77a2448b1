/**
 * How the package code reads a repository: by relative path, in byte ranges of at most
 * MAX_READ_BYTES, so the same code reads an HTTP(S) base URL, a local folder or memory. The app
 * wraps its HostApi (statRepositoryFile / readRepositoryFile) in this interface.
 */
import type { ByteRange, RepositoryChunk, RepositoryFileInfo } from '../host/hostApi';
import { MAX_READ_BYTES } from '../host/hostApi';
import { checkRepositoryPath } from '../host/repositoryPath';
import type { RefusalPlace } from './refusal';
import { PackageRefusal, errorMessage } from './refusal';

export interface RepositoryReader {
  stat(path: string): Promise<RepositoryFileInfo>;
  /**
   * The bytes of `range` (the whole file when absent), at most MAX_READ_BYTES of them: a
   * reader may return fewer than asked, and callers read on from where it stopped.
   */
  read(path: string, range?: ByteRange): Promise<RepositoryChunk>;
}

/** Refuses a path that could leave the repository. */
export function checkedPath(path: string, place: RefusalPlace): string {
  const check = checkRepositoryPath(path);
  if (!check.ok)
    throw new PackageRefusal('format', place, `unsafe repository path: ${check.reason}`);
  return path;
}

export async function statFile(
  reader: RepositoryReader,
  path: string,
  place: RefusalPlace,
): Promise<number> {
  let size: number;
  try {
    ({ size } = await reader.stat(path));
  } catch (error) {
    throw new PackageRefusal('io', place, `cannot read ${path}: ${errorMessage(error)}`);
  }
  if (!Number.isSafeInteger(size) || size < 0)
    throw new PackageRefusal('io', place, `${path} has no valid size`);
  return size;
}

/** One read of `[start, end)`, with the answer checked: never more than asked, never nothing. */
export async function readChunk(
  reader: RepositoryReader,
  path: string,
  start: number,
  end: number,
  place: RefusalPlace,
): Promise<RepositoryChunk> {
  let chunk: RepositoryChunk;
  try {
    chunk = await reader.read(path, { start, end: Math.min(end, start + MAX_READ_BYTES) });
  } catch (error) {
    throw new PackageRefusal(
      'io',
      place,
      `cannot read ${path} at byte ${start}: ${errorMessage(error)}`,
    );
  }
  if (chunk.bytes.length > end - start) {
    throw new PackageRefusal(
      'io',
      place,
      `reading ${path} at byte ${start} returned more bytes than asked`,
    );
  }
  if (chunk.bytes.length === 0) {
    throw new PackageRefusal(
      'io',
      place,
      `${path} ended at byte ${start}, before its stated size ${end}`,
    );
  }
  return chunk;
}

/** Reads a small file (index, manifest, signature) whole, refusing anything over `maxBytes`. */
export async function readSmallFile(
  reader: RepositoryReader,
  path: string,
  maxBytes: number,
  place: RefusalPlace,
): Promise<Uint8Array> {
  checkedPath(path, place);
  const size = await statFile(reader, path, place);
  if (size > maxBytes) {
    throw new PackageRefusal(
      'format',
      place,
      `${path} is ${size} bytes, more than the ${maxBytes} allowed`,
    );
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  while (offset < size) {
    const chunk = await readChunk(reader, path, offset, size, place);
    bytes.set(chunk.bytes, offset);
    offset += chunk.bytes.length;
  }
  return bytes;
}
