/**
 * Reads ahead: when a range of a file is read, the next few ranges of the same length are
 * fetched at once, so the network (or the host's IPC) works while the worker decrypts and
 * parses. Memory is bounded by `depth` ranges. Only the file being read is kept ahead; `onFetched`
 * counts bytes as they arrive, which is the download stage's progress.
 */
import type { ByteRange, RepositoryChunk, RepositoryFileInfo } from '../../shared/host/hostApi';
import type { RepositoryReader } from '../../shared/package/repositoryReader';

interface AheadRead {
  key: string;
  promise: Promise<RepositoryChunk>;
}

export class PrefetchingReader implements RepositoryReader {
  private readonly sizes = new Map<string, number>();
  private ahead: AheadRead[] = [];
  private aheadPath: string | null = null;

  constructor(
    private readonly inner: RepositoryReader,
    private readonly options: {
      depth?: number;
      signal?: AbortSignal;
      onFetched?: (path: string, bytes: number) => void;
    } = {},
  ) {}

  async stat(path: string): Promise<RepositoryFileInfo> {
    const info = await this.inner.stat(path);
    this.sizes.set(path, info.size);
    return info;
  }

  async read(path: string, range?: ByteRange): Promise<RepositoryChunk> {
    if (path !== this.aheadPath) {
      this.ahead = [];
      this.aheadPath = path;
    }
    const key = rangeKey(range);
    const index = this.ahead.findIndex((read) => read.key === key);
    const found = index === -1 ? undefined : this.ahead[index];
    if (found) this.ahead.splice(index, 1);
    else this.ahead = [];
    const promise = found?.promise ?? this.fetch(path, range);
    this.readAhead(path, range);
    return promise;
  }

  private fetch(path: string, range: ByteRange | undefined): Promise<RepositoryChunk> {
    const promise = this.inner.read(path, range).then((chunk) => {
      this.options.onFetched?.(path, chunk.bytes.length);
      return chunk;
    });
    // A read ahead that fails is reported when (and if) it is asked for.
    promise.catch(() => undefined);
    return promise;
  }

  private readAhead(path: string, range: ByteRange | undefined): void {
    const size = this.sizes.get(path);
    if (range?.end === undefined || size === undefined || this.options.signal?.aborted) return;
    const length = range.end - range.start;
    let start = Math.max(range.end, ...this.ahead.map((read) => endOf(read.key)));
    while (this.ahead.length < (this.options.depth ?? 3) && start < size && length > 0) {
      const next = { start, end: Math.min(size, start + length) };
      this.ahead.push({ key: rangeKey(next), promise: this.fetch(path, next) });
      start = next.end;
    }
  }
}

function rangeKey(range: ByteRange | undefined): string {
  return range === undefined ? 'all' : `${range.start}-${range.end ?? ''}`;
}

function endOf(key: string): number {
  const end = Number(key.split('-')[1]);
  return Number.isFinite(end) ? end : 0;
}
