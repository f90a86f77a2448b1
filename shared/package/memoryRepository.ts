/** A repository held in memory: for tests, and for packages the user hands over as files. */
import { MAX_READ_BYTES } from '../host/hostApi';
import type { ByteRange, RepositoryChunk, RepositoryFileInfo } from '../host/hostApi';
import type { RepositoryReader } from './repositoryReader';

export class MemoryRepository implements RepositoryReader {
  readonly files = new Map<string, Uint8Array>();

  /** `maxReadBytes` below MAX_READ_BYTES makes reads come back short, as some hosts do. */
  constructor(private readonly maxReadBytes: number = MAX_READ_BYTES) {}

  async stat(path: string): Promise<RepositoryFileInfo> {
    return { size: this.file(path).length };
  }

  async read(path: string, range?: ByteRange): Promise<RepositoryChunk> {
    const bytes = this.file(path);
    const start = Math.min(range?.start ?? 0, bytes.length);
    const end = Math.min(range?.end ?? bytes.length, bytes.length, start + this.maxReadBytes);
    return { bytes: bytes.slice(start, Math.max(start, end)), totalSize: bytes.length };
  }

  private file(path: string): Uint8Array {
    const bytes = this.files.get(path);
    if (bytes === undefined) throw new Error(`${path}: no such file`);
    return bytes;
  }
}
