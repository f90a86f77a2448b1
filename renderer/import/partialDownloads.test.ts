import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ByteRange, RepositoryChunk } from '../../shared/host/hostApi';
import { fixtureNdjson, fixtureTables } from '../../shared/importer/testing/fixtureTables';
import type { MemoryRepository } from '../../shared/package/memoryRepository';
import type { RepositoryReader } from '../../shared/package/repositoryReader';
import { HeldPrefix, MemoryPartialStore } from './partialDownloads';
import type { PullHarness } from './testing/pullHarness';
import { createPullHarness, repositoryOf, runPull } from './testing/pullHarness';

let harness: PullHarness;
beforeEach(async () => {
  harness = await createPullHarness();
});
afterEach(() => harness.db.close());

const TABLES = fixtureTables({ accounts: 100, ordersPerAccount: 40 });
const READ_BYTES = 1024;

async function repository(): Promise<MemoryRepository> {
  return repositoryOf(harness, [
    {
      id: 'gd',
      title: 'Guangdong',
      versions: [
        {
          version: 1,
          kind: 'full',
          tables: fixtureNdjson(TABLES),
          recipients: [harness.recipient],
        },
      ],
    },
  ]);
}

function tradesPath(repository: MemoryRepository): string {
  const path = [...repository.files.keys()].find((name) => name.includes('trades'));
  if (!path) throw new Error('no trades file');
  return path;
}

/** Logs the ranges read of one file; cancels the pull at the first read from `cancelAt` on. */
function watching(
  inner: RepositoryReader,
  path: string,
  options: { cancelAt?: number; controller?: AbortController } = {},
): { reader: RepositoryReader; ranges: { start: number; end: number }[] } {
  const ranges: { start: number; end: number }[] = [];
  return {
    ranges,
    reader: {
      stat: (name) => inner.stat(name),
      async read(name: string, range?: ByteRange): Promise<RepositoryChunk> {
        if (name === path) {
          ranges.push({ start: range?.start ?? 0, end: range?.end ?? Infinity });
          if (options.cancelAt !== undefined && (range?.start ?? 0) >= options.cancelAt) {
            options.controller?.abort(new DOMException('cancelled', 'AbortError'));
            throw new DOMException('cancelled', 'AbortError');
          }
        }
        return inner.read(name, range);
      },
    },
  };
}

async function interruptedPull(store: MemoryPartialStore, repository: MemoryRepository) {
  const controller = new AbortController();
  const path = tradesPath(repository);
  const cancelAt = Math.floor(repository.files.get(path)!.length / 2);
  const first = watching(repository, path, { cancelAt, controller });
  const outcome = await runPull(harness, {
    reader: first.reader,
    signal: controller.signal,
    partials: store,
    tableReadBytes: READ_BYTES,
  });
  expect(outcome.status).toBe('cancelled');
}

describe('HeldPrefix', () => {
  it('grows only over ranges without a hole, whatever order they come in', () => {
    const held = new HeldPrefix(0);
    expect(held.add(20, 30)).toBe(false);
    expect(held.add(10, 20)).toBe(false);
    expect(held.bytes).toBe(0);
    expect(held.add(0, 10)).toBe(true);
    expect(held.bytes).toBe(30);
    expect(held.add(5, 25)).toBe(false);
    expect(held.add(40, 50)).toBe(false);
    expect(held.bytes).toBe(30);
  });
});

describe('a pull that was cut off', () => {
  it('carries on from the bytes it kept, with range reads, and imports every row', async () => {
    const repo = await repository();
    const path = tradesPath(repo);
    expect(repo.files.get(path)!.length).toBeGreaterThan(32 * 1024);
    const store = new MemoryPartialStore();
    await interruptedPull(store, repo);
    const kept = [...store.files.entries()].find(([key]) => key.includes(path))?.[1];
    expect(kept?.held.bytes).toBeGreaterThanOrEqual(repo.files.get(path)!.length / 2 - READ_BYTES);
    expect(kept?.held.bytes).toBeLessThan(repo.files.get(path)!.length);
    const heldBefore = kept!.held.bytes;

    const again = watching(repo, path);
    const outcome = await runPull(harness, {
      reader: again.reader,
      partials: store,
      tableReadBytes: READ_BYTES,
    });
    expect(outcome.status).toBe('imported');
    // The table is read on from what was kept (the recipients check reads the age header apart).
    expect(again.ranges.length).toBeGreaterThan(0);
    expect(Math.min(...again.ranges.map((range) => range.start))).toBe(heldBefore);
    const dataset = await harness.db.datasets.get('gd');
    expect(dataset?.rowCounts.trades).toBe(TABLES.trades?.length);
    expect(dataset?.rowCounts.orders).toBe(TABLES.orders?.length);
    // Imported: the partials are of no more use.
    expect(store.files.size).toBe(0);
  });

  it('starts a table over when what it kept does not match the signed hash', async () => {
    const repo = await repository();
    const path = tradesPath(repo);
    const store = new MemoryPartialStore();
    await interruptedPull(store, repo);
    for (const file of store.files.values())
      if (file.held.bytes > 100) file.bytes[100] = (file.bytes[100] ?? 0) ^ 0xff;

    const again = watching(repo, path);
    const outcome = await runPull(harness, {
      reader: again.reader,
      partials: store,
      tableReadBytes: READ_BYTES,
    });
    expect(outcome.status).toBe('imported');
    // The second attempt read the table from its first byte.
    expect(again.ranges.map((range) => range.start)).toContain(0);
    expect((await harness.db.datasets.get('gd'))?.rowCounts.trades).toBe(TABLES.trades?.length);
    expect(store.files.size).toBe(0);
  });
});
