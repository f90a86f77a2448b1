/**
 * Downloads that survive a reload: every range of a table file read from the repository is also
 * kept in a PartialStore (the origin private file system in the worker), with how many bytes from
 * the start are held. A later pull of the same file (same source, path, SHA-256 and size) reads
 * that prefix from the store and asks the repository only for the rest, with Range reads. The
 * table's SHA-256 is still checked over every byte, wherever it came from: a partial that does not
 * add up is discarded and the package imported again from the repository (see importVersion).
 */
import type { ByteRange, RepositoryChunk, RepositoryFileInfo } from '../../shared/host/hostApi';
import type { RepositoryReader } from '../../shared/package/repositoryReader';

/** What identifies one file's download: a partial is used only for exactly this file. */
export interface PartialKey {
  sourceId: string;
  path: string;
  sha256: string;
  size: number;
}

/** The bytes of one file held so far. */
export interface PartialFile {
  /** Bytes held from the start of the file, without a hole. */
  readonly heldBytes: number;
  read(start: number, end: number): Promise<Uint8Array>;
  /** Keeps the bytes at `start`; what joins the held prefix is made durable before it counts. */
  write(start: number, bytes: Uint8Array): Promise<void>;
}

export interface PartialStore {
  open(key: PartialKey): Promise<PartialFile>;
  /** Forgets the partials of these files. */
  discard(keys: readonly PartialKey[]): Promise<void>;
}

export function partialKeyText(key: PartialKey): string {
  return JSON.stringify([key.sourceId, key.path, key.sha256, key.size]);
}

/** Tracks the contiguous prefix of a file written in ranges that may arrive out of order. */
export class HeldPrefix {
  private readonly ahead = new Map<number, number>();

  constructor(public bytes: number) {}

  /** Records [start, end); returns whether the prefix grew. */
  add(start: number, end: number): boolean {
    if (end <= this.bytes) return false;
    if (start > this.bytes) {
      this.ahead.set(start, Math.max(end, this.ahead.get(start) ?? 0));
      return false;
    }
    this.bytes = end;
    for (let next = this.ahead.get(this.bytes); next !== undefined;) {
      this.ahead.delete(this.bytes);
      this.bytes = Math.max(this.bytes, next);
      next = this.ahead.get(this.bytes);
    }
    for (const [aheadStart, aheadEnd] of this.ahead)
      if (aheadEnd <= this.bytes) this.ahead.delete(aheadStart);
    return true;
  }
}

export class MemoryPartialStore implements PartialStore {
  readonly files = new Map<string, { held: HeldPrefix; bytes: Uint8Array }>();

  async open(key: PartialKey): Promise<PartialFile> {
    const id = partialKeyText(key);
    let file = this.files.get(id);
    if (!file) {
      file = { held: new HeldPrefix(0), bytes: new Uint8Array(key.size) };
      this.files.set(id, file);
    }
    const entry = file;
    return {
      get heldBytes() {
        return entry.held.bytes;
      },
      read: async (start, end) => entry.bytes.slice(start, end),
      write: async (start, bytes) => {
        entry.bytes.set(bytes.subarray(0, Math.max(0, key.size - start)), start);
        entry.held.add(start, Math.min(key.size, start + bytes.length));
      },
    };
  }

  async discard(keys: readonly PartialKey[]): Promise<void> {
    for (const key of keys) this.files.delete(partialKeyText(key));
  }
}

/**
 * A RepositoryReader for one package: range reads of its table files go through their partials,
 * every other read straight to `inner`.
 */
export class ResumingReader implements RepositoryReader {
  private readonly keys = new Map<string, PartialKey>();
  private readonly opened = new Map<string, Promise<PartialFile | null>>();
  private readonly resumed = new Set<string>();

  constructor(
    private readonly inner: RepositoryReader,
    private readonly store: PartialStore,
    keys: readonly PartialKey[],
  ) {
    for (const key of keys) this.keys.set(key.path, key);
  }

  /** The files this reader's keys name. */
  get partialKeys(): PartialKey[] {
    return [...this.keys.values()];
  }

  /** Whether any bytes of `path` came from a partial kept earlier. */
  resumedFrom(path: string): boolean {
    return this.resumed.has(path);
  }

  /** Always asked of the repository: a file that changed there is refused by its size at once. */
  stat(path: string): Promise<RepositoryFileInfo> {
    return this.inner.stat(path);
  }

  async read(path: string, range?: ByteRange): Promise<RepositoryChunk> {
    const key = this.keys.get(path);
    if (!key || range?.end === undefined) return this.inner.read(path, range);
    const partial = await this.partialOf(key);
    if (partial && range.end <= partial.heldBytes) {
      this.resumed.add(path);
      return { bytes: await partial.read(range.start, range.end), totalSize: key.size };
    }
    const chunk = await this.inner.read(path, range);
    // Another size means another file: the hash check refuses it; keep none of it.
    if (partial && (chunk.totalSize === null || chunk.totalSize === key.size)) {
      await partial.write(range.start, chunk.bytes).catch((error: unknown) => {
        // Keeping the bytes is a convenience: a full disk must not stop the import.
        console.warn(`Could not keep the download of ${path}:`, error);
      });
    }
    return chunk;
  }

  /** The file's partial; null when it cannot be opened (then the file is read as if none were kept). */
  private partialOf(key: PartialKey): Promise<PartialFile | null> {
    let partial = this.opened.get(key.path);
    if (!partial) {
      partial = this.store.open(key).catch((error: unknown) => {
        console.warn(`Could not open the kept download of ${key.path}:`, error);
        return null;
      });
      this.opened.set(key.path, partial);
    }
    return partial;
  }
}
