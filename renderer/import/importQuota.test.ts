import type { Table } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureNdjson, fixtureTables } from '../../shared/importer/testing/fixtureTables';
import type { PullHarness } from './testing/pullHarness';
import { createPullHarness, repositoryOf, runPull, snapshotData } from './testing/pullHarness';

let harness: PullHarness;
beforeEach(async () => {
  harness = await createPullHarness();
});
afterEach(() => {
  vi.restoreAllMocks();
  harness.db.close();
});

/** Every write into `table` fails the way a full disk does. */
function fillUp(table: string) {
  const prototype = Object.getPrototypeOf(harness.db.chunks) as Table;
  for (const method of ['put', 'add', 'bulkPut', 'bulkAdd'] as const) {
    const original = prototype[method] as (...args: unknown[]) => unknown;
    vi.spyOn(prototype, method).mockImplementation(function (this: Table, ...args: unknown[]) {
      if (this.name === table) throw new DOMException('quota', 'QuotaExceededError');
      return original.apply(this, args) as never;
    });
  }
}

describe('an import that runs out of storage', () => {
  it('reports storage full and keeps the version already imported', async () => {
    const version = (n: number, accounts: number) => ({
      version: n,
      kind: 'full' as const,
      tables: fixtureNdjson(fixtureTables({ accounts, ordersPerAccount: 3 })),
      recipients: [harness.recipient],
    });
    const reader = await repositoryOf(harness, [
      { id: 'gd', title: 'Guangdong', versions: [version(1, 4), version(2, 6)] },
    ]);
    expect(await runPull(harness, { reader, targetVersion: 1 })).toMatchObject({
      status: 'imported',
    });
    const before = await snapshotData(harness.db);

    fillUp('chunks');
    const outcome = await runPull(harness, { reader });
    vi.restoreAllMocks();
    // A code the page words in the user's language (PullOutcomeMessage.test.tsx), not a sentence.
    expect(outcome).toEqual({ status: 'storage-full', dataset: 'gd', imported: [] });
    expect(await snapshotData(harness.db)).toEqual(before);
    expect((await harness.db.datasets.get('gd'))?.currentVersion).toBe(1);
    const last = await harness.db.audit.orderBy('seq').last();
    expect(last?.action).toBe('import.failed');
    expect(last?.detail).toContain('storage is full');
  });
});
