/**
 * RepositoryReader over a local folder and over an HTTP(S) base URL, for the command-line
 * tools. The folder reader refuses paths that leave the folder, symlinks included.
 */
import { open, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { ByteRange, RepositoryChunk, RepositoryFileInfo } from '../../shared/host/hostApi';
import { MAX_READ_BYTES } from '../../shared/host/hostApi';
import { checkRepositoryPath, repositoryUrl } from '../../shared/host/repositoryPath';
import type { RepositoryReader } from '../../shared/package/repositoryReader';

function checkedSegments(path: string): string[] {
  const check = checkRepositoryPath(path);
  if (!check.ok) throw new Error(`refused repository path: ${check.reason}`);
  return check.segments;
}

/** `[start, end)` of a file of `size` bytes, clamped to MAX_READ_BYTES. */
function clampRange(range: ByteRange | undefined, size: number): { start: number; end: number } {
  const start = Math.min(range?.start ?? 0, size);
  const end = Math.min(range?.end ?? size, size, start + MAX_READ_BYTES);
  return { start, end: Math.max(start, end) };
}

export class FolderRepositoryReader implements RepositoryReader {
  private root: Promise<string>;

  constructor(folder: string) {
    this.root = realpath(folder);
  }

  async stat(path: string): Promise<RepositoryFileInfo> {
    const file = await this.resolve(path);
    return { size: (await stat(file)).size };
  }

  async read(path: string, range?: ByteRange): Promise<RepositoryChunk> {
    const handle = await open(await this.resolve(path), 'r');
    try {
      const size = (await handle.stat()).size;
      const { start, end } = clampRange(range, size);
      const bytes = new Uint8Array(end - start);
      let filled = 0;
      while (filled < bytes.length) {
        const { bytesRead } = await handle.read(
          bytes,
          filled,
          bytes.length - filled,
          start + filled,
        );
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return { bytes: bytes.subarray(0, filled), totalSize: size };
    } finally {
      await handle.close();
    }
  }

  /** The real path of a repository file, refused unless it is a regular file inside the folder. */
  private async resolve(path: string): Promise<string> {
    const root = await this.root;
    const real = await realpath(join(root, ...checkedSegments(path)));
    if (!real.startsWith(root + sep))
      throw new Error(`refused ${path}: it resolves outside the repository folder`);
    if (!(await stat(real)).isFile()) throw new Error(`${path} is not a file`);
    return real;
  }
}

export class HttpRepositoryReader implements RepositoryReader {
  constructor(private readonly baseUrl: string) {}

  async stat(path: string): Promise<RepositoryFileInfo> {
    const url = this.url(path);
    const head = await fetch(url, { method: 'HEAD' });
    const length = head.headers.get('content-length');
    if (head.ok && length !== null && /^\d+$/.test(length)) return { size: Number(length) };
    // Some servers leave HEAD without a length: a one-byte range says the total in Content-Range.
    const probe = await fetch(url, { headers: { Range: 'bytes=0-0' } });
    await probe.body?.cancel();
    const total = totalFromContentRange(probe.headers.get('content-range'));
    if ((probe.status === 206 || probe.status === 416) && total !== null) return { size: total };
    throw new Error(`${url}: HTTP ${probe.status}, no size`);
  }

  async read(path: string, range?: ByteRange): Promise<RepositoryChunk> {
    const url = this.url(path);
    const start = range?.start ?? 0;
    const end = range?.end ?? start + MAX_READ_BYTES;
    const last = Math.min(end, start + MAX_READ_BYTES) - 1;
    if (last < start) return { bytes: new Uint8Array(0), totalSize: null };
    const response = await fetch(url, { headers: { Range: `bytes=${start}-${last}` } });
    if (response.status === 416) {
      await response.body?.cancel();
      return {
        bytes: new Uint8Array(0),
        totalSize: totalFromContentRange(response.headers.get('content-range')),
      };
    }
    if (response.status !== 206 && response.status !== 200) {
      await response.body?.cancel();
      throw new Error(`${url}: HTTP ${response.status}`);
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (response.status === 200) {
      // The server ignored Range: acceptable only for a small file read from its start.
      if (start !== 0 || bytes.length > MAX_READ_BYTES)
        throw new Error(`${url}: the server does not honour byte ranges`);
      return { bytes: bytes.subarray(0, last + 1), totalSize: bytes.length };
    }
    const contentRange = response.headers.get('content-range') ?? '';
    if (!contentRange.startsWith(`bytes ${start}-`))
      throw new Error(`${url}: answered range "${contentRange}" for byte ${start}`);
    return { bytes, totalSize: totalFromContentRange(contentRange) };
  }

  private url(path: string): string {
    checkedSegments(path);
    return repositoryUrl(this.baseUrl, path);
  }
}

function totalFromContentRange(header: string | null): number | null {
  const match = header === null ? null : /\/(\d+)\s*$/.exec(header);
  return match ? Number(match[1]) : null;
}

/** A reader for `location`: an http(s) URL or a folder. */
export function repositoryReaderFor(location: string): RepositoryReader {
  return /^https?:\/\//i.test(location)
    ? new HttpRepositoryReader(location)
    : new FolderRepositoryReader(location);
}
