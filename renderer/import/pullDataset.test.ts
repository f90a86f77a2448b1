import { generateX25519Identity } from 'age-encryption';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RepositoryChunk } from '../../shared/host/hostApi';
import type { MemoryRepository } from '../../shared/package/memoryRepository';
import type { FixtureVersion } from '../../shared/package/testing/packageFixture';
import { rowsForInstrument, scanTable, tradesForAccount } from '../db/chunks';
import type { PullOutcome } from './outcome';
import type { PullProgress } from './pullProgress';
import type { PullHarness } from './testing/pullHarness';
import { createPullHarness, repositoryOf, runPull, snapshotData } from './testing/pullHarness';
import type { FixtureRow, FixtureTables } from '../../shared/importer/testing/fixtureTables';
import { fixtureNdjson, fixtureTables } from '../../shared/importer/testing/fixtureTables';

let harness: PullHarness;
beforeEach(async () => {
  harness = await createPullHarness();
});
afterEach(() => harness.db.close());

const SMALL = { accounts: 6, ordersPerAccount: 4 };

function full(tables: FixtureTables, overrides: Partial<FixtureVersion> = {}): FixtureVersion {
  return {
    version: 1,
    kind: 'full',
    tables: fixtureNdjson(tables),
    recipients: [harness.recipient],
    ...overrides,
  };
}

async function repository(...versions: FixtureVersion[]): Promise<MemoryRepository> {
  return repositoryOf(harness, [{ id: 'gd', title: 'Guangdong, 2026 Q3', versions }]);
}

function expectStatus<S extends PullOutcome['status']>(
  outcome: PullOutcome,
  status: S,
): Extract<PullOutcome, { status: S }> {
  expect(outcome, JSON.stringify(outcome)).toMatchObject({ status });
  return outcome as Extract<PullOutcome, { status: S }>;
}

async function auditActions(): Promise<string[]> {
  return (await harness.db.audit.orderBy('seq').toArray()).map((entry) => entry.action);
}

describe('a full import', () => {
  it('stores bulk tables as chunks and the rest as rows, under a new generation, and commits it', async () => {
    const tables = fixtureTables(SMALL);
    const progress: PullProgress[] = [];
    const outcome = await runPull(harness, {
      reader: await repository(full(tables)),
      onProgress: (snapshot) => progress.push(snapshot),
    });
    const imported = expectStatus(outcome, 'imported');
    expect(imported.imported.map((version) => version.version)).toEqual([1]);

    const dataset = await harness.db.datasets.get('gd');
    expect(dataset).toMatchObject({
      generation: 'gd#1',
      currentVersion: 1,
      kind: 'full',
      title: 'Guangdong, 2026 Q3',
    });
    expect(dataset?.rowCounts).toMatchObject({
      trades: 24,
      orders: 24,
      accounts: 6,
      identifiers: 6,
    });

    const trades = await tradesForAccount('gd#1', 'A1', {}, harness.db);
    expect(trades.map((trade) => trade.id)).toEqual(
      (tables.trades ?? []).filter((trade) => trade.account === 'A1').map((trade) => trade.id),
    );
    expect(trades[0]).toEqual(tables.trades?.find((trade) => trade.id === trades[0]?.id));
    const bars = await rowsForInstrument(
      'gd#1',
      'market_bars',
      '000001.SZ',
      { from: '2026-09-02' },
      harness.db,
    );
    expect(bars.map((bar) => bar.date)).toEqual(['2026-09-02']);
    expect(await harness.db.accounts.where('dataset').equals('gd#1').count()).toBe(6);

    const marker = await harness.db.imports.toArray();
    expect(marker).toMatchObject([
      { dataset: 'gd', version: 1, state: 'committed', generation: 'gd#1' },
    ]);
    expect(await auditActions()).toEqual(['import.committed']);
    const versionRecord = await harness.db.datasetVersions.get(['gd', 1]);
    expect(versionRecord).toMatchObject({
      kind: 'full',
      generation: 'gd#1',
      rowCounts: { trades: 24 },
    });

    const last = progress.at(-1);
    for (const stage of last?.stages ?? []) expect(stage.done, stage.stage).toBe(stage.total);
    expect(last?.stages.find((stage) => stage.stage === 'import')?.total).toBeGreaterThan(24);
    expect(progress.some((snapshot) => snapshot.table === 'trades')).toBe(true);
  });

  it('replaces the previous generation on the next full version, and purges the old one', async () => {
    const first = fixtureTables(SMALL);
    const second = fixtureTables({ accounts: 3, ordersPerAccount: 2 });
    const reader = await repository(full(first), full(second, { version: 2 }));
    expectStatus(await runPull(harness, { reader, targetVersion: 1 }), 'imported');
    expectStatus(await runPull(harness, { reader }), 'imported');
    expect((await harness.db.datasets.get('gd'))?.generation).toBe('gd#2');
    expect(
      await harness.db.chunks.where('[generation+table]').equals(['gd#1', 'trades']).count(),
    ).toBe(0);
    expect(await harness.db.accounts.where('dataset').equals('gd#1').count()).toBe(0);
    expect(await harness.db.accounts.where('dataset').equals('gd#2').count()).toBe(3);
  });

  it('says the dataset is up to date when its latest version is imported', async () => {
    const reader = await repository(full(fixtureTables(SMALL)));
    await runPull(harness, { reader });
    expect(expectStatus(await runPull(harness, { reader }), 'up-to-date').version).toBe(1);
  });

  it('keeps columns outside the dictionary, and reads tables outside it without storing them', async () => {
    const tables = fixtureTables(SMALL);
    tables.trades = (tables.trades ?? []).map((trade, i) =>
      i === 0 ? { ...trade, venue: 'dark-pool' } : trade,
    );
    const venues = '{"id":"V1","name":"Shenzhen"}\n{"id":"V2","name":"Shanghai"}\n';
    const reader = await repository({
      ...full(tables),
      tables: { ...fixtureNdjson(tables), venues },
    });
    const outcome = expectStatus(await runPull(harness, { reader }), 'imported');
    const [first] = await tradesForAccount('gd#1', 'A0', {}, harness.db);
    expect(first).toMatchObject({ id: 'T0', venue: 'dark-pool' });
    expect(outcome.imported[0]?.rowCounts).toMatchObject({ venues: 2 });
    expect(harness.db.tables.map((table) => table.name)).not.toContain('venues');
  });
});

describe('a delta', () => {
  function deltaTables(): FixtureTables {
    return {
      tombstones: [
        { table: 'trades', id: 'T1' },
        { table: 'identifiers', id: 'A2|device|device-1' },
        { table: 'insiders', id: 'E1|A0' },
      ],
      accounts: [{ ...(fixtureTables(SMALL).accounts?.[0] ?? {}), id: 'A9', status: 'dormant' }],
      trades: [
        { ...(fixtureTables(SMALL).trades?.[0] ?? {}), qty: 999 },
        { ...(fixtureTables(SMALL).trades?.[0] ?? {}), id: 'T-new', account: 'A9', qty: 5 },
      ],
      orders: [
        {
          ...(fixtureTables(SMALL).orders?.[3] ?? {}),
          status: 'cancelled',
          cancel_ts: '2026-07-01T09:45:00+08:00',
        },
      ],
    };
  }

  it('pulls the full version then the delta: upserts in place, appends new rows, applies tombstones', async () => {
    const reader = await repository(full(fixtureTables(SMALL)), {
      version: 2,
      kind: 'delta',
      base: 1,
      tables: fixtureNdjson(deltaTables()),
      recipients: [harness.recipient],
    });
    const outcome = expectStatus(await runPull(harness, { reader }), 'imported');
    expect(outcome.imported.map((version) => [version.version, version.kind])).toEqual([
      [1, 'full'],
      [2, 'delta'],
    ]);

    const dataset = await harness.db.datasets.get('gd');
    expect(dataset).toMatchObject({ currentVersion: 2, kind: 'delta', generation: 'gd#1' });
    expect(dataset?.rowCounts).toMatchObject({
      trades: 24,
      accounts: 7,
      identifiers: 5,
      insiders: 0,
      orders: 24,
    });

    const a0 = await tradesForAccount('gd#1', 'A0', {}, harness.db);
    expect(a0.find((trade) => trade.id === 'T0')?.qty).toBe(999);
    expect(
      (await tradesForAccount('gd#1', 'A1', {}, harness.db)).map((trade) => trade.id),
    ).not.toContain('T1');
    expect((await tradesForAccount('gd#1', 'A9', {}, harness.db)).map((trade) => trade.id)).toEqual(
      ['T-new'],
    );
    expect(await harness.db.accounts.get(['gd#1', 'A9'])).toMatchObject({ status: 'dormant' });
    expect(await harness.db.insiders.where('dataset').equals('gd#1').count()).toBe(0);

    let identifiers = 0;
    let order3: Record<string, unknown> | null = null;
    await scanTable(
      'gd#1',
      'identifiers',
      (view) => {
        identifiers += view.rows;
      },
      harness.db,
    );
    await scanTable(
      'gd#1',
      'orders',
      (view) => {
        for (let i = 0; i < view.rows; i++) if (view.text('id', i) === 'O3') order3 = view.row(i);
      },
      harness.db,
    );
    expect(identifiers).toBe(5);
    expect(order3).toMatchObject({ status: 'cancelled', cancel_ts: '2026-07-01T09:45:00+08:00' });

    expect(
      await harness.db.chunks
        .where('[generation+table]')
        .equals(['gd#2~staging', 'trades'])
        .count(),
    ).toBe(0);
    expect(await harness.db.accounts.where('dataset').equals('gd#2~staging').count()).toBe(0);
    expect(await auditActions()).toEqual(['import.committed', 'delta.applied']);
    expect(await harness.db.datasetVersions.get(['gd', 2])).toMatchObject({
      base: 1,
      rowCounts: { tombstones: 3, trades: 2 },
    });
  });

  it('checks its references against the rows already imported', async () => {
    const reader = await repository(full(fixtureTables(SMALL)), {
      version: 2,
      kind: 'delta',
      base: 1,
      tables: fixtureNdjson({
        trades: [{ ...(fixtureTables(SMALL).trades?.[0] ?? {}), id: 'T-x', account: 'A404' }],
      }),
      recipients: [harness.recipient],
    });
    const outcome = expectStatus(await runPull(harness, { reader }), 'refused');
    expect(outcome.refusal).toMatchObject({
      reason: 'dangling-reference',
      table: 'trades',
      line: 1,
      version: 2,
    });
    expect(outcome.imported.map((version) => version.version)).toEqual([1]);
  });

  it('is refused as a gap when its base is not the version imported', async () => {
    const reader = await repository(full(fixtureTables(SMALL)), {
      version: 3,
      kind: 'delta',
      base: 2,
      tables: fixtureNdjson(deltaTables()),
      recipients: [harness.recipient],
    });
    await runPull(harness, { reader, targetVersion: 1 });
    const before = await snapshotData(harness.db);
    const outcome = expectStatus(await runPull(harness, { reader }), 'refused');
    expect(outcome.refusal).toMatchObject({ reason: 'gap', dataset: 'gd', version: 3 });
    expect(await snapshotData(harness.db)).toEqual(before);
  });
});

describe('a refused package changes nothing but its marker and the audit log', () => {
  async function expectRefusedWithoutChange(
    build: () => Promise<MemoryRepository>,
    refusal: Record<string, unknown>,
    options: { targetVersion?: number; identities?: string[] } = {},
  ): Promise<void> {
    const reader = await build();
    const before = await snapshotData(harness.db);
    const auditBefore = await harness.db.audit.count();
    const failedBefore = await harness.db.imports.where('state').equals('failed').count();
    const outcome = expectStatus(await runPull(harness, { reader, ...options }), 'refused');
    expect(outcome.refusal).toMatchObject(refusal);
    expect(await snapshotData(harness.db)).toEqual(before);
    const audit = await harness.db.audit.orderBy('seq').offset(auditBefore).toArray();
    expect(audit.map((entry) => entry.action)).toEqual(['import.refused']);
    expect(audit[0]?.detail).toContain(`import refused: ${String(refusal.reason)}`);
    expect(await harness.db.imports.where('state').equals('failed').count()).toBe(failedBefore + 1);
  }

  it('a bit flipped in a table file', async () => {
    await expectRefusedWithoutChange(
      async () => {
        const repo = await repository(full(fixtureTables(SMALL)));
        const path = 'packages/gd/1/trades.ndjson.gz.age';
        const bytes = repo.files.get(path) ?? new Uint8Array();
        const flipped = bytes.slice();
        flipped[Math.floor(flipped.length / 2)] =
          (flipped[Math.floor(flipped.length / 2)] ?? 0) ^ 0x08;
        repo.files.set(path, flipped);
        return repo;
      },
      { reason: 'table-hash', table: 'trades', dataset: 'gd', version: 1 },
    );
  });

  it('an unknown enum value on line N, naming table, line and column', async () => {
    const tables = fixtureTables(SMALL);
    tables.orders = (tables.orders ?? []).map((order, i) =>
      i === 6 ? { ...order, side: 'X' } : order,
    );
    await expectRefusedWithoutChange(() => repository(full(tables)), {
      reason: 'row-invalid',
      table: 'orders',
      line: 7,
      column: 'side',
    });
  });

  it('a dangling reference', async () => {
    const tables = fixtureTables(SMALL);
    tables.trades = [
      ...(tables.trades ?? []),
      { ...(tables.trades?.[0] ?? {}), id: 'T-bad', order: 'O-missing' },
    ];
    await expectRefusedWithoutChange(() => repository(full(tables)), {
      reason: 'dangling-reference',
      table: 'trades',
      line: tables.trades.length,
      column: 'order',
    });
  });

  it('a package encrypted to someone else', async () => {
    const stranger = await generateX25519Identity();
    await expectRefusedWithoutChange(
      () => repository(full(fixtureTables(SMALL))),
      { reason: 'not-a-recipient' },
      {
        identities: [stranger],
      },
    );
  });

  it('a table whose row count differs from its manifest', async () => {
    await expectRefusedWithoutChange(
      () =>
        repository(
          full(fixtureTables(SMALL), {
            editManifest: (manifest) => {
              const tables = manifest.tables as { name: string; rows: number }[];
              const trades = tables.find((table) => table.name === 'trades');
              if (trades) trades.rows += 1;
            },
          }),
        ),
      { reason: 'row-count', table: 'trades' },
    );
  });

  it('a rollback to an older version', async () => {
    await expectRefusedWithoutChange(
      async () => {
        const reader = await repository(
          full(fixtureTables(SMALL)),
          full(fixtureTables(SMALL), { version: 2 }),
        );
        expectStatus(await runPull(harness, { reader }), 'imported');
        return reader;
      },
      { reason: 'rollback', version: 1 },
      { targetVersion: 1 },
    );
  });
});

describe('a catalog older than one already read from the source', () => {
  const FIXTURE_GENERATED = '2026-11-20T08:00:00+08:00';
  const addSource = (newestCatalogGenerated?: string) =>
    harness.db.sources.add({
      id: 'source-1',
      kind: 'folder',
      location: 'grant-usb',
      title: 'U 盘',
      publisherKeyPem: harness.publisherKeyPem,
      fingerprint: 'ab',
      addedAt: '2026-11-01T00:00:00.000Z',
      ...(newestCatalogGenerated ? { newestCatalogGenerated } : {}),
    });

  it('is remembered by a pull', async () => {
    await addSource();
    const reader = await repository(full(fixtureTables(SMALL)));
    expectStatus(await runPull(harness, { reader }), 'imported');
    expect((await harness.db.sources.get('source-1'))?.newestCatalogGenerated).toBe(
      FIXTURE_GENERATED,
    );
  });

  it('is refused, naming both times, and nothing is imported', async () => {
    await addSource('2026-11-25T08:00:00+08:00');
    const reader = await repository(full(fixtureTables(SMALL)));
    const before = await snapshotData(harness.db);
    const outcome = expectStatus(await runPull(harness, { reader }), 'stale-catalog');
    expect(outcome).toMatchObject({ seen: '2026-11-25T08:00:00+08:00', served: FIXTURE_GENERATED });
    expect(await harness.db.datasets.count()).toBe(0);
    expect(await snapshotData(harness.db)).toEqual(before);
  });
});

describe('cancelling, expiry, interruptions', () => {
  it('cancel in the middle of a table leaves the database as it was', async () => {
    const reader = await repository(full(fixtureTables({ accounts: 100, ordersPerAccount: 60 })));
    const before = await snapshotData(harness.db);
    const controller = new AbortController();
    const outcome = await runPull(harness, {
      reader,
      signal: controller.signal,
      onProgress: (progress) => {
        const validated = progress.stages.find((stage) => stage.stage === 'validate')?.done ?? 0;
        if (progress.table === 'trades' && validated > 6000 + 100) controller.abort();
      },
    });
    expectStatus(outcome, 'cancelled');
    expect(await snapshotData(harness.db)).toEqual(before);
    expect(await auditActions()).toEqual(['import.cancelled']);
    expect(await harness.db.imports.toArray()).toMatchObject([
      { state: 'failed', error: 'import cancelled' },
    ]);
  });

  it('refuses a package whose retention deadline has passed', async () => {
    const reader = await repository(full(fixtureTables(SMALL)));
    const outcome = await runPull(harness, { reader, now: new Date('2027-10-02T00:00:00Z') });
    expect(expectStatus(outcome, 'expired')).toMatchObject({
      version: 1,
      expires: '2027-10-01T00:00:00+08:00',
    });
    expect(await harness.db.datasets.count()).toBe(0);
  });

  it('carries on after a failed read, retrying the same range', async () => {
    const repo = await repository(full(fixtureTables(SMALL)));
    let failures = 0;
    const flaky = {
      stat: (path: string) => repo.stat(path),
      read: async (
        path: string,
        range?: { start: number; end?: number },
      ): Promise<RepositoryChunk> => {
        if (path.endsWith('trades.ndjson.gz.age') && failures < 2) {
          failures++;
          throw new Error('connection reset');
        }
        return repo.read(path, range);
      },
    };
    const retries: PullProgress['retry'][] = [];
    const outcome = await runPull(harness, {
      reader: flaky,
      onProgress: (progress) => retries.push(progress.retry),
    });
    expectStatus(outcome, 'imported');
    expect(failures).toBe(2);
    expect(retries).toContainEqual({ attempt: 2, limit: 2 });
  });

  it('tells a second pull of the same dataset that one is already running', async () => {
    const reader = await repository(full(fixtureTables(SMALL)));
    const [first, second] = await Promise.all([
      runPull(harness, { reader }),
      runPull(harness, { reader }),
    ]);
    expect([first.status, second.status].sort()).toEqual(['busy', 'imported']);
  });

  it('a refusal of the catalog itself names no package and writes nothing', async () => {
    const repo = await repository(full(fixtureTables(SMALL)));
    repo.files.set('index.json.sig', new TextEncoder().encode(`${'A'.repeat(86)}==\n`));
    const outcome = expectStatus(await runPull(harness, { reader: repo }), 'refused');
    expect(outcome.refusal).toMatchObject({ reason: 'signature', dataset: null });
    expect(await harness.db.imports.count()).toBe(0);
  });
});

describe('rows given to the writer', () => {
  it('keep their order within an account across chunks', async () => {
    const tables = fixtureTables({ accounts: 3, ordersPerAccount: 3000 });
    const reader = await repository(full(tables));
    expectStatus(await runPull(harness, { reader }), 'imported');
    const expected = (tables.trades ?? []).filter((trade: FixtureRow) => trade.account === 'A2');
    const stored = await tradesForAccount('gd#1', 'A2', {}, harness.db);
    expect(stored.map((trade) => trade.id)).toEqual(expected.map((trade) => trade.id));
    expect(
      await harness.db.chunks.where('[generation+table]').equals(['gd#1', 'trades']).count(),
    ).toBeGreaterThan(2);
  });
});
