/**
 * Writes run behind the stream: a sink hands its write to the queue and goes on parsing while
 * IndexedDB works (in the browser process, on another core), until `limitRows` rows are
 * waiting, which bounds memory whatever the table's size. The first failed write fails the
 * import at the next call. To undo an import, `abort` the writes still running (each registered
 * its transaction's abort), then `settle`: a cancel need not wait for queued rows to be written.
 */

/** Rows in chunk writes not yet committed: 16 chunks in flight keep IndexedDB busy. */
export const CHUNK_ROWS_BEHIND = 16 * 4096;

/** A write is told how to abort its transaction once it has one. */
export type QueuedWrite = (registerAbort: (abort: () => void) => void) => Promise<void>;

export class WriteQueue {
  private readonly pending = new Set<Promise<void>>();
  private readonly aborts = new Set<() => void>();
  private pendingRows = 0;
  private failure: { error: unknown } | null = null;

  constructor(private readonly limitRows: number) {}

  /** Starts `write` once there is room for `rows` more rows; resolves when it has started. */
  async add(rows: number, write: QueuedWrite): Promise<void> {
    this.throwIfFailed();
    while (this.pending.size > 0 && this.pendingRows + rows > this.limitRows) {
      await Promise.race(this.pending);
    }
    this.throwIfFailed();
    this.pendingRows += rows;
    let abort: (() => void) | null = null;
    const running: Promise<void> = write((registered) => {
      abort = registered;
      this.aborts.add(registered);
    })
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => {
        if (abort) this.aborts.delete(abort);
        this.pending.delete(running);
        this.pendingRows -= rows;
      });
    this.pending.add(running);
  }

  /** Aborts every write still running; they fail, and `settle` returns soon after. */
  abort(): void {
    for (const abort of this.aborts) {
      try {
        abort();
      } catch {
        // The transaction finished in the meantime: nothing to abort.
      }
    }
  }

  /** Waits for every write; throws the first failure. */
  async drain(): Promise<void> {
    await this.settle();
    this.throwIfFailed();
  }

  /** Waits for every write, whatever became of it. */
  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending);
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }
}
