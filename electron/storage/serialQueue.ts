/** Runs read-modify-write steps on one file one after another, so two quick writes cannot lose one. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `step` after every step queued before it, whether those succeeded or failed. */
  run<T>(step: () => Promise<T>): Promise<T> {
    const next = this.tail.then(step, step);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
