/**
 * Row-store tables (accounts, alerts, …) cost IndexedDB one request per row, some 0.3 ms each:
 * written in line they would stall the stream, and queued in memory they would hold a large
 * table's rows. So their rows are staged as chunks of whole rows (a few requests per table), and
 * the expander writes them out one record per row behind the stream, a staged chunk at a time,
 * while the bulk tables parse: constant memory, and IndexedDB busy in parallel with the worker.
 */
import { ChunkBuilder } from '../../shared/importer/chunkBuilder';
import { TABLE_LAYOUTS } from '../../shared/importer/layouts';
import type { NdjsonRow } from '../../shared/package/ndjson';
import type { WorkstationDatabase } from '../db/database';
import type { RowStoreTableName } from '../db/records';
import type { TableSink } from './tableSinks';
import type { WriteQueue } from './writeQueue';

/** Rows per transaction of the expander: short, so chunk writes get their turn in between. */
const ROWS_PER_TRANSACTION = 1000;

export class RowExpander {
  private nextStagedSeq = 0;
  private readonly staged: number[] = [];
  private running: Promise<void> | null = null;
  private failure: { error: unknown } | null = null;
  private abortCurrent: (() => void) | null = null;
  private aborted = false;

  constructor(
    private readonly db: WorkstationDatabase,
    private readonly generation: string,
    private readonly onWritten: (rows: number) => void,
  ) {}

  /** Seq for the next staged chunk. */
  takeSeq(): number {
    return this.nextStagedSeq++;
  }

  /** A staged chunk is committed and may be written out. */
  enqueue(seq: number): void {
    this.throwIfFailed();
    this.staged.push(seq);
    this.running ??= this.expand().finally(() => {
      this.running = null;
    });
  }

  /** Waits until every staged chunk is written out; throws the first failure. */
  async drain(): Promise<void> {
    while (this.running) await this.running;
    this.throwIfFailed();
  }

  /** Stops: the transaction under way is aborted and nothing more is written. */
  abort(): void {
    this.aborted = true;
    try {
      this.abortCurrent?.();
    } catch {
      // Already finished.
    }
  }

  throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }

  private async expand(): Promise<void> {
    try {
      for (
        let seq = this.staged.shift();
        seq !== undefined && !this.aborted;
        seq = this.staged.shift()
      ) {
        await this.expandOne(seq);
      }
    } catch (error) {
      this.failure ??= { error };
    }
  }

  private async expandOne(seq: number): Promise<void> {
    const { db, generation } = this;
    const key: [string, string, number] = [generation, 'rows', seq];
    const chunk = await db.chunks.get(key);
    if (!chunk?.target || !chunk.extra) return;
    const store = db.dictionaryStore(chunk.target as RowStoreTableName);
    const rows = chunk.extra.filter((row): row is Record<string, unknown> => row !== null);
    for (let at = 0; at < rows.length && !this.aborted; at += ROWS_PER_TRANSACTION) {
      const batch = rows.slice(at, at + ROWS_PER_TRANSACTION);
      for (const row of batch) row.dataset = generation;
      await db.transaction('rw', store, async (transaction) => {
        this.abortCurrent = () => transaction.abort();
        // Rows passed the dictionary's validation for their table, so they have its row type.
        await store.bulkPut(batch as never[]);
      });
      this.abortCurrent = null;
      this.onWritten(batch.length);
    }
    await db.chunks.delete(key);
  }
}

/** A row-store table's rows, staged as chunks of up to 4,096 whole rows for the expander. */
export class StagedRowSink implements TableSink {
  private builder: ChunkBuilder | null = null;

  constructor(
    private readonly db: WorkstationDatabase,
    private readonly generation: string,
    private readonly table: RowStoreTableName,
    private readonly expander: RowExpander,
    private readonly queue: WriteQueue,
  ) {}

  async write(rows: NdjsonRow[]): Promise<void> {
    this.expander.throwIfFailed();
    for (const row of rows) {
      this.builder ??= new ChunkBuilder(TABLE_LAYOUTS.rows);
      this.builder.add(row);
      if (this.builder.isFull) await this.stage();
    }
  }

  async finish(): Promise<void> {
    if (this.builder && this.builder.rows > 0) await this.stage();
  }

  private async stage(): Promise<void> {
    const { db, expander } = this;
    const seq = expander.takeSeq();
    const chunk = {
      ...(this.builder?.build(seq) ?? new ChunkBuilder(TABLE_LAYOUTS.rows).build(seq)),
      generation: this.generation,
      target: this.table,
    };
    this.builder = null;
    // Staged rows count as imported once the expander has written them out, not here.
    await this.queue.add(chunk.rows, async (registerAbort) => {
      await db.transaction('rw', db.chunks, async (transaction) => {
        registerAbort(() => transaction.abort());
        await db.chunks.put(chunk);
      });
      expander.enqueue(seq);
    });
  }
}
