import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RepositoryChunk } from '../../shared/host/hostApi';
import type { RepositoryReader } from '../../shared/package/repositoryReader';
import { runDatasetMaintenance } from '../db/maintenance';
import { storedGenerations } from '../db/purge';
import type { PullHarness } from './testing/pullHarness';
import { TEST_NOW, createPullHarness, repositoryOf, runPull } from './testing/pullHarness';
import { fixtureNdjson, fixtureTables } from '../../shared/importer/testing/fixtureTables';

let harness: PullHarness;
beforeEach(async () => {
  harness = await createPullHarness();
});
afterEach(() => harness.db.close());

async function fixtureRepository() {
  return repositoryOf(harness, [
    {
      id: 'gd',
      title: 'Guangdong',
      versions: [
        {
          version: 1,
          kind: 'full',
          tables: fixtureNdjson(fixtureTables({ accounts: 50, ordersPerAccount: 100 })),
          recipients: [harness.recipient],
        },
      ],
    },
  ]);
}

/** A reader that stops answering after the first range of the trades table, as a crash would leave it. */
function stallingReader(inner: RepositoryReader, stalled: () => void): RepositoryReader {
  return {
    stat: (path) => inner.stat(path),
    read: async (path, range): Promise<RepositoryChunk> => {
      const { size } = await inner.stat(path);
      const start = range?.start ?? 0;
      // Table reads ask for megabytes; the recipient check before them, for 16 KiB.
      const tableRead = (range?.end ?? size) - start > 16_384;
      if (path.endsWith('trades.ndjson.gz.age') && tableRead && start > 0) {
        stalled();
        return new Promise(() => undefined);
      }
      return inner.read(path, range);
    },
  };
}

describe('start-up maintenance', () => {
  it('turns an import that was cut off into a failed one and removes what it wrote', async () => {
    const repository = await fixtureRepository();
    let stalled!: () => void;
    const reachedTrades = new Promise<void>((resolve) => (stalled = resolve));
    const controller = new AbortController();
    // Small ranges, so the trades table takes several reads; the pull never finishes.
    const pull = runPull(harness, {
      reader: stallingReader(chunked(repository), stalled),
      signal: controller.signal,
    });
    await Promise.race([
      reachedTrades,
      pull.then((outcome) => Promise.reject(new Error(`the pull ended: ${outcome.status}`))),
    ]);
    expect((await storedGenerations(harness.db)).has('gd#1')).toBe(true);

    // A new session: nothing holds the dataset's lock any more.
    const report = await runDatasetMaintenance(harness.db, new Set(), 'examiner-1', TEST_NOW);
    expect(report.interrupted).toBe(1);
    expect(report.sweptGenerations).toEqual([]);
    expect(await storedGenerations(harness.db)).toEqual(new Set());
    expect(await harness.db.imports.toArray()).toMatchObject([
      { state: 'failed', error: 'import interrupted' },
    ]);
    const audit = await harness.db.audit.toArray();
    expect(audit).toMatchObject([
      { action: 'import.interrupted', entityId: 'gd', detail: 'version 1: import interrupted' },
    ]);
    controller.abort();
  });

  it('leaves an import that is still running alone', async () => {
    const repository = await fixtureRepository();
    let stalled!: () => void;
    const reachedTrades = new Promise<void>((resolve) => (stalled = resolve));
    const controller = new AbortController();
    const pull = runPull(harness, {
      reader: stallingReader(chunked(repository), stalled),
      signal: controller.signal,
    });
    await Promise.race([
      reachedTrades,
      pull.then((outcome) => Promise.reject(new Error(`the pull ended: ${outcome.status}`))),
    ]);
    const report = await runDatasetMaintenance(harness.db, new Set(['gd']), 'examiner-1', TEST_NOW);
    expect(report).toEqual({ interrupted: 0, purgedDatasets: [], sweptGenerations: [] });
    expect((await storedGenerations(harness.db)).has('gd#1')).toBe(true);
    controller.abort();
  });

  it('purges a dataset past its retention deadline, keeping annotations, cases and reports', async () => {
    expect((await runPull(harness, { reader: await fixtureRepository() })).status).toBe('imported');
    await harness.db.annotations.put({
      id: 'N1',
      dataset: 'gd',
      alertId: 'AL1',
      disposition: 'true_positive',
      reasonCode: null,
      typology: 'insider_trading',
      severity: 'high',
      tags: [],
      note: '敏感期内集中买入',
      author: 'examiner-1',
      updatedAt: TEST_NOW.toISOString(),
      status: 'final',
    });
    await harness.db.cases.put({
      id: 'C1',
      title: '某案',
      status: 'open',
      owner: 'examiner-1',
      createdAt: TEST_NOW.toISOString(),
      updatedAt: TEST_NOW.toISOString(),
      alertIds: ['AL1'],
      accountIds: ['A0'],
    });

    const early = await runDatasetMaintenance(
      harness.db,
      new Set(),
      'examiner-1',
      new Date('2027-09-30T15:59:00Z'),
    );
    expect(early.purgedDatasets).toEqual([]);
    const report = await runDatasetMaintenance(
      harness.db,
      new Set(),
      'examiner-1',
      new Date('2027-09-30T16:00:00Z'),
    );
    expect(report.purgedDatasets).toEqual(['gd']);

    expect(await harness.db.datasets.count()).toBe(0);
    expect(await storedGenerations(harness.db)).toEqual(new Set());
    expect(await harness.db.chunks.count()).toBe(0);
    expect(await harness.db.annotations.get('N1')).toMatchObject({ note: '敏感期内集中买入' });
    expect(await harness.db.cases.get('C1')).toBeDefined();
    expect(await harness.db.datasetVersions.get(['gd', 1])).toMatchObject({
      purgedAt: '2027-09-30T16:00:00.000Z',
    });
    const last = await harness.db.audit.orderBy('seq').last();
    expect(last).toMatchObject({
      action: 'dataset.purged',
      entityId: 'gd',
      detail: 'dataset purged (retention)',
    });
  });
});

/** Hands out at most 8 KiB per read, as a host with small ranges would. */
function chunked(inner: RepositoryReader): RepositoryReader {
  return {
    stat: (path) => inner.stat(path),
    read: (path, range) =>
      inner.read(
        path,
        range && {
          start: range.start,
          end: Math.min(range.end ?? range.start + 8192, range.start + 8192),
        },
      ),
  };
}
