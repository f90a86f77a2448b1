import { describe, expect, it } from 'vitest';
import { WriteQueue } from './writeQueue';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('WriteQueue', () => {
  it('lets writes run behind until the row limit, then waits for room', async () => {
    const queue = new WriteQueue(10);
    const first = deferred();
    const second = deferred();
    await queue.add(6, () => first.promise);
    let thirdStarted = false;
    await queue.add(4, () => second.promise);
    const third = queue.add(5, async () => {
      thirdStarted = true;
    });
    await Promise.resolve();
    expect(thirdStarted).toBe(false);
    first.resolve();
    await third;
    expect(thirdStarted).toBe(true);
    second.resolve();
    await queue.drain();
  });

  it('fails the next call and the drain with the first failed write', async () => {
    const queue = new WriteQueue(100);
    await queue.add(1, () => Promise.reject(new Error('quota exceeded')));
    await queue.settle();
    await expect(queue.add(1, async () => undefined)).rejects.toThrow('quota exceeded');
    await expect(queue.drain()).rejects.toThrow('quota exceeded');
  });

  it('aborts the writes still running, through what each registered', async () => {
    const queue = new WriteQueue(100);
    const hanging = deferred();
    await queue.add(5, (registerAbort) => {
      registerAbort(() => hanging.reject(new Error('AbortError')));
      return hanging.promise;
    });
    queue.abort();
    await queue.settle();
    await expect(queue.drain()).rejects.toThrow('AbortError');
  });

  it('admits a write larger than the limit when nothing else is pending', async () => {
    const queue = new WriteQueue(10);
    let ran = false;
    await queue.add(50, async () => {
      ran = true;
    });
    await queue.drain();
    expect(ran).toBe(true);
  });
});
