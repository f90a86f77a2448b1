/**
 * Turns a stream of one table's rows into chunks. Rows with an instrument go to one of a few
 * open chunks by a hash of the instrument, so one instrument's rows gather in a fraction of the
 * chunks and an instrument query reads only those; other tables fill one chunk at a time.
 * Memory: at most `partitions` open chunks, whatever the table's size.
 */
import { ChunkBuilder } from './chunkBuilder';
import type { ColumnarChunk } from './columnar';
import { CHUNK_ROWS } from './columnar';
import type { TableLayout } from './layouts';
import { stringHash } from './stringHash';

/** Open chunks per instrument-bearing table; measured in scripts/bench/import.ts. */
export const INSTRUMENT_PARTITIONS = 16;

export interface TableChunkerOptions {
  /** Seq of the first chunk emitted: deltas append after a generation's last chunk. */
  firstSeq?: number;
  partitions?: number;
  rowsPerChunk?: number;
}

export class TableChunker {
  private readonly open: (ChunkBuilder | null)[];
  private nextSeq: number;
  private readonly rowsPerChunk: number;

  constructor(
    private readonly layout: TableLayout,
    private readonly emit: (chunk: ColumnarChunk) => void,
    options: TableChunkerOptions = {},
  ) {
    const partitions =
      layout.instrumentColumn === null ? 1 : (options.partitions ?? INSTRUMENT_PARTITIONS);
    this.open = new Array<ChunkBuilder | null>(Math.max(1, partitions)).fill(null);
    this.nextSeq = options.firstSeq ?? 0;
    this.rowsPerChunk = options.rowsPerChunk ?? CHUNK_ROWS;
  }

  /** Seq the next chunk will get. */
  get seqAfterLast(): number {
    return this.nextSeq;
  }

  add(row: Readonly<Record<string, unknown>>): void {
    const partition = this.partitionOf(row);
    let builder = this.open[partition];
    if (!builder) {
      builder = new ChunkBuilder(this.layout, this.rowsPerChunk);
      this.open[partition] = builder;
    }
    builder.add(row);
    if (builder.isFull) {
      this.open[partition] = null;
      this.emit(builder.build(this.nextSeq++));
    }
  }

  /** Emits the partly filled chunks. */
  finish(): void {
    for (let partition = 0; partition < this.open.length; partition++) {
      const builder = this.open[partition];
      this.open[partition] = null;
      if (builder && builder.rows > 0) this.emit(builder.build(this.nextSeq++));
    }
  }

  private partitionOf(row: Readonly<Record<string, unknown>>): number {
    if (this.open.length === 1 || this.layout.instrumentColumn === null) return 0;
    const instrument = row[this.layout.instrumentColumn];
    return typeof instrument === 'string' ? stringHash(instrument) % this.open.length : 0;
  }
}
