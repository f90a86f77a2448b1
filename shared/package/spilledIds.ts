/**
 * The ids of one big referenced table (orders) and the references to them, kept in a SpillStore
 * rather than in memory, and checked once the referring table has been read: a hash join, one
 * bucket at a time. Ids and references go to bucket files by a hash of the id; the check loads
 * one bucket's ids into a Set and looks up that bucket's references. Memory: one bucket's ids
 * (about `idsPerBucket`, the bucket count grows with the table) plus fixed write buffers.
 */
import { stringHash } from '../importer/stringHash';
import type { ReferenceProblem } from './references';
import type { SpillStore } from './spillStore';
import { strictUtf8Decoder, utf8Encode } from './webStreams';

export interface SpilledIdsOptions {
  /** How many ids the table is expected to hold (sets the bucket count). */
  expectedIds: number;
  idsPerBucket?: number;
  /** Buffered text before it is written, over all buckets. */
  bufferBytes?: number;
}

export const IDS_PER_BUCKET = 50_000;
const BUFFER_BYTES = 4 << 20;
const READ_BYTES = 1 << 20;

/** Ids are written a line each; the rare backslash and line break are escaped. */
function escapeId(id: string): string {
  return id.includes('\\') || id.includes('\n') || id.includes('\r')
    ? id.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll('\r', '\\r')
    : id;
}

function unescapeId(text: string): string {
  return text.includes('\\')
    ? text.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c))
    : text;
}

class BucketBuffer {
  private lines: string[] = [];
  chars = 0;

  push(line: string): void {
    this.lines.push(line);
    this.chars += line.length + 1;
  }

  take(): string {
    const text = this.lines.join('\n') + '\n';
    this.lines = [];
    this.chars = 0;
    return text;
  }
}

export class SpilledIds {
  private readonly buckets: number;
  private readonly idBuffers: BucketBuffer[];
  private readonly refBuffers: BucketBuffer[];
  private readonly flushAt: number;
  private readonly columns: string[] = [];
  private writing: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  constructor(
    private readonly store: SpillStore,
    private readonly name: string,
    options: SpilledIdsOptions,
  ) {
    const perBucket = options.idsPerBucket ?? IDS_PER_BUCKET;
    this.buckets = Math.max(1, Math.ceil(options.expectedIds / perBucket));
    this.idBuffers = Array.from({ length: this.buckets }, () => new BucketBuffer());
    this.refBuffers = Array.from({ length: this.buckets }, () => new BucketBuffer());
    // Two buffers a bucket share the budget; at least a few KB each so writes stay large.
    this.flushAt = Math.max(
      4096,
      Math.floor((options.bufferBytes ?? BUFFER_BYTES) / 2 / this.buckets),
    );
  }

  get bucketCount(): number {
    return this.buckets;
  }

  addId(id: string): void {
    const bucket = stringHash(id) % this.buckets;
    this.push(this.idBuffers, bucket, this.idFile(bucket), escapeId(id));
  }

  /** A reference to check later: `line` and `column` of the referring row. */
  addReference(id: string, line: number, column: string): void {
    let columnIndex = this.columns.indexOf(column);
    if (columnIndex === -1) columnIndex = this.columns.push(column) - 1;
    const bucket = stringHash(id) % this.buckets;
    this.push(
      this.refBuffers,
      bucket,
      this.refFile(bucket),
      `${line}\t${columnIndex}\t${escapeId(id)}`,
    );
  }

  /** Checks the references added since the last check; the problem with the lowest line, or null. */
  async check(dangling: (id: string) => string): Promise<ReferenceProblem | null> {
    for (let bucket = 0; bucket < this.buckets; bucket++) {
      this.flush(this.idBuffers, bucket, this.idFile(bucket));
      this.flush(this.refBuffers, bucket, this.refFile(bucket));
    }
    await this.settle();
    let worst: { line: number; column: string; id: string } | null = null;
    for (let bucket = 0; bucket < this.buckets; bucket++) {
      const ids = new Set<string>();
      await this.eachLine(this.idFile(bucket), (line) => ids.add(unescapeId(line)));
      await this.eachLine(this.refFile(bucket), (line) => {
        const firstTab = line.indexOf('\t');
        const secondTab = line.indexOf('\t', firstTab + 1);
        const id = unescapeId(line.slice(secondTab + 1));
        if (ids.has(id)) return;
        const at = Number(line.slice(0, firstTab));
        if (worst === null || at < worst.line) {
          worst = {
            line: at,
            column: this.columns[Number(line.slice(firstTab + 1, secondTab))] ?? '',
            id,
          };
        }
      });
      await this.store.remove(this.refFile(bucket));
    }
    const found = worst as { line: number; column: string; id: string } | null;
    return found && { line: found.line, column: found.column, message: dangling(found.id) };
  }

  private push(buffers: BucketBuffer[], bucket: number, file: string, line: string): void {
    const buffer = buffers[bucket]!;
    buffer.push(line);
    if (buffer.chars >= this.flushAt) this.flush(buffers, bucket, file);
  }

  private flush(buffers: BucketBuffer[], bucket: number, file: string): void {
    const buffer = buffers[bucket]!;
    if (buffer.chars === 0) return;
    const bytes = utf8Encode(buffer.take());
    this.writing = this.writing.then(() =>
      this.store.append(file, bytes).catch((error: unknown) => {
        this.failure ??= error;
      }),
    );
  }

  private async settle(): Promise<void> {
    await this.writing;
    if (this.failure !== null) throw this.failure;
  }

  private async eachLine(file: string, onLine: (line: string) => void): Promise<void> {
    const size = await this.store.size(file);
    const decoder = strictUtf8Decoder();
    let pending = '';
    for (let offset = 0; offset < size; offset += READ_BYTES) {
      const bytes = await this.store.read(file, offset, READ_BYTES);
      const lines = (pending + decoder.decode(bytes, { stream: true })).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    }
    pending += decoder.decode();
    if (pending.length > 0) onLine(pending);
  }

  private idFile(bucket: number): string {
    return `${this.name}.ids.${bucket}`;
  }

  private refFile(bucket: number): string {
    return `${this.name}.refs.${bucket}`;
  }
}
