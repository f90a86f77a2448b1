/**
 * A dataset whose rows arrive while the pull checks them: each table is read once, batch by
 * batch as the pull hands them over, so the detectors' loader builds its columns without the
 * rows ever being held all at once. A table the loader asks for before the pull reaches it is
 * waited for; one the pull delivers before the loader wants it is buffered until then. If the
 * pull fails, every reader fails with its error: nothing is analysed from unverified rows.
 */
import type { AnalysedTableName, AnalysisDataset } from '../../shared/analytics/dataset';
import type { DictionaryRows } from '../../shared/dictionary/types';

interface TableQueue {
  batches: unknown[][];
  closed: boolean;
  read: boolean;
  wake: (() => void) | null;
}

export class StreamingDataset implements AnalysisDataset {
  private readonly tables = new Map<string, TableQueue>();
  private allClosed = false;
  private failure: { error: unknown } | null = null;

  constructor(
    readonly id: string,
    public version: number,
  ) {}

  private queue(table: string): TableQueue {
    let queue = this.tables.get(table);
    if (!queue)
      this.tables.set(
        table,
        (queue = { batches: [], closed: this.allClosed, read: false, wake: null }),
      );
    return queue;
  }

  push(table: string, rows: unknown[]): void {
    const queue = this.queue(table);
    queue.batches.push(rows);
    queue.wake?.();
  }

  close(table: string): void {
    const queue = this.queue(table);
    queue.closed = true;
    queue.wake?.();
  }

  /** Every table the pull delivered is complete; tables it never delivered are empty. */
  finish(): void {
    this.allClosed = true;
    for (const queue of this.tables.values()) {
      queue.closed = true;
      queue.wake?.();
    }
  }

  fail(error: unknown): void {
    this.failure = { error };
    for (const queue of this.tables.values()) queue.wake?.();
  }

  async *batches<T extends AnalysedTableName>(table: T): AsyncIterable<DictionaryRows[T][]> {
    const queue = this.queue(table);
    if (queue.read)
      throw new Error(`${this.id}: table ${table} was already read (it streams once)`);
    queue.read = true;
    for (;;) {
      if (this.failure) throw this.failure.error;
      const batch = queue.batches.shift();
      if (batch) {
        yield batch as DictionaryRows[T][];
        continue;
      }
      if (queue.closed) return;
      await new Promise<void>((resolve) => (queue.wake = resolve));
      queue.wake = null;
    }
  }
}
