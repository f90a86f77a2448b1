/**
 * Where validated rows go while a table streams in, all under the import's own generation (so
 * nothing is visible before the commit): bulk tables as columnar chunks with account postings,
 * the other dictionary tables staged for the row expander (rowStaging.ts), unknown tables nowhere
 * (read and verified, then dropped). Chunk writes go through the import's write queue, so parsing
 * carries on while IndexedDB writes.
 */
import type { ColumnarChunk } from '../../shared/importer/columnar';
import type { ChunkedTableName, ChunkLayoutName } from '../../shared/importer/layouts';
import { TABLE_LAYOUTS } from '../../shared/importer/layouts';
import type { PostingsPart } from '../../shared/importer/postings';
import { PostingsAccumulator } from '../../shared/importer/postings';
import { TableChunker } from '../../shared/importer/tableChunker';
import type { NdjsonRow } from '../../shared/package/ndjson';
import type { WorkstationDatabase } from '../db/database';
import type { WriteQueue } from './writeQueue';

export interface TableSink {
  /** Takes a batch of validated rows, which the sink may keep (and modify). */
  write(rows: NdjsonRow[]): Promise<void>;
  /** Hands whatever is still held to the write queue, once the table has verified. */
  finish(): Promise<void>;
}

/** Chunks per bulkPut: a few hundred kilobytes to a few megabytes per write. */
const CHUNKS_PER_WRITE = 4;

export class ChunkSink implements TableSink {
  private readonly chunker: TableChunker;
  private readonly postings: PostingsAccumulator;
  private chunks: ColumnarChunk[] = [];
  private parts: PostingsPart[] = [];

  constructor(
    private readonly db: WorkstationDatabase,
    private readonly generation: string,
    private readonly table: ChunkLayoutName,
    private readonly queue: WriteQueue,
    private readonly onWritten: (rows: number) => void,
  ) {
    this.chunker = new TableChunker(TABLE_LAYOUTS[table], (chunk) => {
      this.chunks.push(chunk);
      this.postings.addChunk(chunk);
    });
    this.postings = new PostingsAccumulator((parts) => this.parts.push(...parts));
  }

  async write(rows: NdjsonRow[]): Promise<void> {
    for (const row of rows) this.chunker.add(row);
    if (this.chunks.length >= CHUNKS_PER_WRITE || this.parts.length > 0) await this.flush();
  }

  async finish(): Promise<void> {
    this.chunker.finish();
    this.postings.flush();
    await this.flush();
  }

  private async flush(): Promise<void> {
    const chunks = this.chunks.map((chunk) => ({ ...chunk, generation: this.generation }));
    // Postings exist for bulk tables only; tombstones, staged by a delta, have no account columns.
    const parts = this.parts.map((part) => ({
      ...part,
      generation: this.generation,
      table: this.table as ChunkedTableName,
    }));
    this.chunks = [];
    this.parts = [];
    if (chunks.length === 0 && parts.length === 0) return;
    const rows = chunks.reduce((sum, chunk) => sum + chunk.rows, 0);
    const { db } = this;
    await this.queue.add(rows, async (registerAbort) => {
      await db.transaction('rw', [db.chunks, db.accountPostings], async (transaction) => {
        registerAbort(() => transaction.abort());
        if (chunks.length > 0) await db.chunks.bulkPut(chunks);
        if (parts.length > 0) await db.accountPostings.bulkPut(parts);
      });
      this.onWritten(rows);
    });
  }
}

/** A table outside the dictionary: verified like every table, its rows not stored. */
export class DiscardSink implements TableSink {
  constructor(private readonly onWritten: (rows: number) => void) {}

  async write(rows: NdjsonRow[]): Promise<void> {
    this.onWritten(rows.length);
  }

  async finish(): Promise<void> {}
}
