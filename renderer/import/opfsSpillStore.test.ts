import { afterEach, describe, expect, it, vi } from 'vitest';
import { SpilledIds } from '../../shared/package/spilledIds';
import type { SyncAccessHandle } from './opfsSpillStore';
import { OpfsSpillStore, handleWithin } from './opfsSpillStore';

/** A synchronous access handle over memory, as the origin private file system gives one. */
class MemoryHandle implements SyncAccessHandle {
  bytes = new Uint8Array(0);
  closed = false;

  write(bytes: Uint8Array, { at }: { at: number }): number {
    const grown = new Uint8Array(Math.max(this.bytes.length, at + bytes.length));
    grown.set(this.bytes);
    grown.set(bytes, at);
    this.bytes = grown;
    return bytes.length;
  }

  read(into: Uint8Array, { at }: { at: number }): number {
    const part = this.bytes.subarray(at, at + into.length);
    into.set(part);
    return part.length;
  }

  getSize(): number {
    return this.bytes.length;
  }

  close(): void {
    this.closed = true;
  }
}

const never = () => new Promise<SyncAccessHandle>(() => undefined);

function storeWhere(opensNever: (name: string) => boolean) {
  const opened = new Map<string, MemoryHandle>();
  const store = new OpfsSpillStore(
    async (name) => {
      if (opensNever(name)) return never();
      const handle = new MemoryHandle();
      opened.set(name, handle);
      return handle;
    },
    async (name) => {
      opened.delete(name);
    },
    async () => opened.clear(),
    50,
  );
  return { store, opened };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the import spill store in the origin private file system', () => {
  it('finishes a reference check when a spill file never opens: that file is kept in memory', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // The resumed import of issue 3: the handle of the first ids file never came, and the
    // check of trades against the spilled order ids waited for ever.
    const { store, opened } = storeWhere((name) => name === 'orders.ids.0');
    const ids = new SpilledIds(store, 'orders', { expectedIds: 4, idsPerBucket: 2 });
    for (let i = 1; i <= 40; i++) ids.addId(`O${i}`);
    for (let line = 1; line <= 40; line++) ids.addReference(`O${line}`, line, 'order');
    ids.addReference('O404', 41, 'order');

    const problem = await ids.check((id) => `"${id}" names no order`);

    expect(problem).toEqual({ line: 41, column: 'order', message: '"O404" names no order' });
    expect(opened.has('orders.ids.1')).toBe(true);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('orders.ids.0'));
  });

  it('reads back what it wrote, from a file that opened and from one kept in memory', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { store } = storeWhere((name) => name === 'slow');
    for (const name of ['fast', 'slow']) {
      await store.append(name, new TextEncoder().encode('abc'));
      await store.append(name, new TextEncoder().encode('def'));
      expect(await store.size(name)).toBe(6);
      expect(new TextDecoder().decode(await store.read(name, 2, 3))).toBe('cde');
    }
    await store.remove('slow');
    expect(await store.size('slow')).toBe(0);
  });

  it('closes a handle that comes after it was given up on, so it does not lock its file', async () => {
    vi.useFakeTimers();
    try {
      let arrive: (handle: MemoryHandle) => void = () => undefined;
      const late = new MemoryHandle();
      const waited = handleWithin(new Promise<MemoryHandle>((resolve) => (arrive = resolve)), 50);
      await vi.advanceTimersByTimeAsync(60);
      expect(await waited).toBeNull();
      arrive(late);
      await vi.advanceTimersByTimeAsync(0);
      expect(late.closed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
