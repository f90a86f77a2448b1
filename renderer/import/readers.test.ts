import { describe, expect, it } from 'vitest';
import type { ByteRange, RepositoryChunk } from '../../shared/host/hostApi';
import { MemoryRepository } from '../../shared/package/memoryRepository';
import type { RepositoryReader } from '../../shared/package/repositoryReader';
import { HostCallError } from '../../shared/result';
import { serveRepositoryReads } from '../datasets/repositoryReadService';
import { PortRepositoryReader } from './portReader';
import { PrefetchingReader } from './prefetchingReader';
import type { RetryNotice } from './retryingReader';
import { RetryingRepositoryReader, isRetryable } from './retryingReader';

function repository(): MemoryRepository {
  const memory = new MemoryRepository();
  memory.files.set(
    'packages/gd/1/trades.ndjson.gz.age',
    Uint8Array.from({ length: 100 }, (_, i) => i),
  );
  return memory;
}

/** What a host would answer, from memory. */
function hostOf(memory: MemoryRepository) {
  return {
    statRepositoryFile: async (_source: unknown, path: string) => {
      if (!memory.files.has(path))
        throw new HostCallError({ code: 'not-found', message: `${path}: not found` });
      return memory.stat(path);
    },
    readRepositoryFile: async ({ path, range }: { path: string; range?: ByteRange }) =>
      memory.read(path, range),
  };
}

describe('reads over the worker’s port', () => {
  it('stat and read through the page’s host, bytes intact, errors with their code', async () => {
    const channel = new MessageChannel();
    const stop = serveRepositoryReads(channel.port1, { kind: 'bundled' }, hostOf(repository()));
    const reader = new PortRepositoryReader(channel.port2 as never);
    const path = 'packages/gd/1/trades.ndjson.gz.age';
    expect(await reader.stat(path)).toEqual({ size: 100 });
    const chunk = await reader.read(path, { start: 10, end: 14 });
    expect([...chunk.bytes]).toEqual([10, 11, 12, 13]);
    expect(chunk.totalSize).toBe(100);
    const failure = await reader.stat('missing.json').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HostCallError);
    expect((failure as HostCallError).code).toBe('not-found');
    stop();
    channel.port2.close();
  });
});

describe('RetryingRepositoryReader', () => {
  it('retries the same range after a transient failure, and says so', async () => {
    const memory = repository();
    const asked: (ByteRange | undefined)[] = [];
    let failures = 1;
    const flaky: RepositoryReader = {
      stat: (path) => memory.stat(path),
      read: async (path, range): Promise<RepositoryChunk> => {
        asked.push(range);
        if (failures-- > 0) throw new HostCallError({ code: 'network', message: 'reset' });
        return memory.read(path, range);
      },
    };
    const notices: (RetryNotice | null)[] = [];
    const reader = new RetryingRepositoryReader(flaky, {
      policy: { retries: 3, firstDelayMs: 1 },
      onRetry: (notice) => notices.push(notice),
    });
    const chunk = await reader.read('packages/gd/1/trades.ndjson.gz.age', { start: 50, end: 60 });
    expect(chunk.bytes[0]).toBe(50);
    expect(asked).toEqual([
      { start: 50, end: 60 },
      { start: 50, end: 60 },
    ]);
    expect(notices.map((notice) => notice?.attempt ?? null)).toEqual([1, null]);
  });

  it('does not retry what a retry cannot mend, and gives up after its retries', async () => {
    expect(isRetryable(new HostCallError({ code: 'not-found', message: '' }))).toBe(false);
    expect(isRetryable(new HostCallError({ code: 'network', message: '' }))).toBe(true);
    let calls = 0;
    const broken: RepositoryReader = {
      stat: async () => ({ size: 0 }),
      read: async () => {
        calls++;
        throw new HostCallError({ code: 'io', message: 'disk error' });
      },
    };
    const reader = new RetryingRepositoryReader(broken, {
      policy: { retries: 2, firstDelayMs: 1 },
    });
    await expect(reader.read('x')).rejects.toThrow('disk error');
    expect(calls).toBe(3);
  });

  it('stops waiting when cancelled', async () => {
    const controller = new AbortController();
    const reader = new RetryingRepositoryReader(
      { stat: async () => ({ size: 0 }), read: async () => Promise.reject(new Error('reset')) },
      { policy: { retries: 5, firstDelayMs: 60_000 }, signal: controller.signal },
    );
    const read = reader.read('x');
    controller.abort(new Error('cancelled'));
    await expect(read).rejects.toThrow('cancelled');
  });
});

describe('PrefetchingReader', () => {
  it('fetches the next ranges ahead, hands them over when asked, and counts bytes once', async () => {
    const memory = repository();
    const asked: string[] = [];
    const counting: RepositoryReader = {
      stat: (path) => memory.stat(path),
      read: (path, range) => {
        asked.push(`${range?.start}-${range?.end}`);
        return memory.read(path, range);
      },
    };
    let fetched = 0;
    const reader = new PrefetchingReader(counting, {
      depth: 2,
      onFetched: (_path, bytes) => (fetched += bytes),
    });
    const path = 'packages/gd/1/trades.ndjson.gz.age';
    await reader.stat(path);
    const first = await reader.read(path, { start: 0, end: 30 });
    expect(asked).toEqual(['0-30', '30-60', '60-90']);
    const second = await reader.read(path, { start: 30, end: 60 });
    expect(second.bytes[0]).toBe(30);
    expect(asked).toEqual(['0-30', '30-60', '60-90', '90-100']);
    const rest = [
      await reader.read(path, { start: 60, end: 90 }),
      await reader.read(path, { start: 90, end: 100 }),
    ];
    expect(
      first.bytes.length +
        second.bytes.length +
        rest.reduce((sum, chunk) => sum + chunk.bytes.length, 0),
    ).toBe(100);
    expect(fetched).toBe(100);
  });

  it('drops its read-ahead when asked for another range', async () => {
    const memory = repository();
    const reader = new PrefetchingReader(memory, { depth: 2 });
    const path = 'packages/gd/1/trades.ndjson.gz.age';
    await reader.stat(path);
    await reader.read(path, { start: 0, end: 10 });
    const elsewhere = await reader.read(path, { start: 55, end: 65 });
    expect(elsewhere.bytes[0]).toBe(55);
  });
});
