import type { Dexie, IndexableType, TableSchema } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ROWS } from '../../shared/dictionary/sampleRows';
import { WorkstationDatabase, openWorkstationDatabase } from './database';
import type { Migration } from './migrations';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { tradesForAccount } from './chunks';
import { ROW_STORE_TABLES } from './schemaV2';

/** How the test proves that one migration's upgrade function did its work. */
interface UpgradeCheck {
  /** Writes rows for the upgrade to work on, at the version just before it. */
  seed: (db: Dexie) => Promise<void>;
  /** Fails unless the upgrade did its work; runs on the database at the latest version. */
  verify: (db: WorkstationDatabase) => Promise<void>;
  /** Stores whose rows the upgrade rewrites on purpose, so generic rows there may change. */
  rewrites?: readonly string[];
}

/** Version 2: bulk rows become chunks under their dataset's generation; row stores are re-keyed. */
const chunkedStorageCheck: UpgradeCheck = {
  async seed(db) {
    await db.table('datasets').put({
      id: 'gd',
      sourceId: 'src',
      title: 'Guangdong',
      currentVersion: 3,
      kind: 'delta',
      importedAt: '2026-11-20T01:00:00.000Z',
      expires: '2027-10-01T00:00:00+08:00',
      scope: {
        jurisdiction: '440000',
        brokers: [],
        period: { from: '2026-07-01', to: '2026-09-30' },
      },
      manifestHash: 'ab'.repeat(32),
    });
    await db.table('accounts').put({ ...SAMPLE_ROWS.accounts, dataset: 'gd' });
    await db.table('trades').bulkPut([
      { ...SAMPLE_ROWS.trades, id: 'T2', ts: '2026-09-01T10:00:00+08:00', dataset: 'gd' },
      { ...SAMPLE_ROWS.trades, id: 'T1', ts: '2026-09-01T01:00:00Z', note: 'kept', dataset: 'gd' },
      { ...SAMPLE_ROWS.trades, id: 'T3', account: 'A2', dataset: 'gd' },
      { ...SAMPLE_ROWS.trades, id: 'T9', dataset: 'never-committed' },
    ]);
    await db.table('transfers').put({ ...SAMPLE_ROWS.transfers, dataset: 'gd' });
  },
  async verify(db) {
    const dataset = await db.datasets.get('gd');
    expect(dataset?.generation).toBe('gd#3');
    expect(dataset?.rowCounts).toMatchObject({ trades: 3, transfers: 1, accounts: 1 });
    expect(await db.accounts.get(['gd#3', 'A1'])).toMatchObject({ holder_masked: '张*' });
    expect(await db.accounts.get(['gd', 'A1'])).toBeUndefined();
    const trades = await tradesForAccount('gd#3', 'A1', {}, db);
    expect(trades.map((trade) => trade.id)).toEqual(['T1', 'T2']);
    expect(trades[0]).toMatchObject({
      ...SAMPLE_ROWS.trades,
      id: 'T1',
      ts: '2026-09-01T01:00:00Z',
      note: 'kept',
    });
    expect(
      await db.chunks.where('[generation+table]').equals(['never-committed#0', 'trades']).count(),
    ).toBe(1);
    expect(db.tables.map((table) => table.name)).not.toContain('trades');
  },
  rewrites: ROW_STORE_TABLES,
};

/** One entry per migration that has an upgrade function, keyed by its version. Append with it. */
const UPGRADE_CHECKS: Readonly<Record<number, UpgradeCheck>> = {
  2: chunkedStorageCheck,
};

interface SeededRow {
  table: string;
  key: IndexableType;
  row: Record<string, unknown>;
}

/** A row that fills every key path of the table's primary key and indexes, as at `version`. */
function genericRow(schema: TableSchema, version: number): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const spec of [schema.primKey, ...schema.indexes]) {
    if (spec.auto) continue;
    const paths = Array.isArray(spec.keyPath) ? spec.keyPath : [spec.keyPath ?? ''];
    for (const path of paths) {
      if (path === '' || path.includes('.')) {
        throw new Error(
          `${schema.name}: give this table its own seed; "${path}" is not a plain column`,
        );
      }
      const value = `${schema.name}.${path}@v${version}`;
      row[path] = spec.multi ? [value] : value;
    }
  }
  return row;
}

async function seedEveryTable(db: Dexie, version: number): Promise<SeededRow[]> {
  const seeded: SeededRow[] = [];
  for (const table of db.tables) {
    const row = genericRow(table.schema, version);
    const key = await table.add({ ...row });
    seeded.push({ table: table.name, key, row });
  }
  return seeded;
}

/**
 * Builds a database at `fromVersion` with one row in every table, lets each later migration's
 * check seed its rows at the version before that migration, then opens the database at the last
 * version of `migrations` and checks that the rows survived and every upgrade did its work.
 */
async function checkUpgradeFrom(
  fromVersion: number,
  migrations: readonly Migration[],
  checks: Readonly<Record<number, UpgradeCheck>>,
): Promise<void> {
  const backend = { indexedDB: new IDBFactory(), IDBKeyRange };
  const upTo = (version: number) => migrations.filter((migration) => migration.version <= version);
  const later = migrations.filter((migration) => migration.version > fromVersion);

  let db = await openWorkstationDatabase({ ...backend, migrations: upTo(fromVersion) });
  const seeded = await seedEveryTable(db, fromVersion);
  for (const migration of later) {
    const check = checks[migration.version];
    if (check === undefined) continue;
    db.close();
    db = await openWorkstationDatabase({ ...backend, migrations: upTo(migration.version - 1) });
    await check.seed(db);
  }
  db.close();

  const latest = await openWorkstationDatabase({ ...backend, migrations });
  try {
    expect(latest.verno).toBe(migrations.at(-1)?.version);
    const rewritten = new Set(
      later.flatMap((migration) => checks[migration.version]?.rewrites ?? []),
    );
    const remaining = new Set(latest.tables.map((table) => table.name));
    for (const { table, key, row } of seeded) {
      if (rewritten.has(table) || !remaining.has(table)) continue;
      expect(
        await latest.table(table).get(key),
        `${table} row from version ${fromVersion}`,
      ).toMatchObject(row);
    }
    for (const migration of later) await checks[migration.version]?.verify(latest);
  } finally {
    latest.close();
  }
}

describe('MIGRATIONS', () => {
  it('numbers versions 1, 2, 3… with no gap, and starts with a schema', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(
      Array.from({ length: MIGRATIONS.length }, (_, index) => index + 1),
    );
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
    expect(Object.keys(MIGRATIONS[0]?.stores ?? {}).length).toBeGreaterThan(0);
  });

  it('has a check for every upgrade function, and only for those', () => {
    const withUpgrade = MIGRATIONS.filter((migration) => migration.upgrade !== undefined);
    expect(Object.keys(UPGRADE_CHECKS).map(Number).sort()).toEqual(
      withUpgrade.map((m) => m.version),
    );
  });

  it('refuses a list with a gap before touching IndexedDB', () => {
    const gap: Migration[] = [...MIGRATIONS, { version: LATEST_VERSION + 2, stores: {} }];
    expect(
      () => new WorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange, migrations: gap }),
    ).toThrow(/versions must run 1, 2, 3… with no gap/);
  });

  for (const { version } of MIGRATIONS.filter((migration) => migration.version < LATEST_VERSION)) {
    it(`upgrades a version ${version} database to version ${LATEST_VERSION}, keeping its rows`, async () => {
      await checkUpgradeFrom(version, MIGRATIONS, UPGRADE_CHECKS);
    });
  }
});

describe('the upgrade check itself, on a version appended for the test', () => {
  const next = LATEST_VERSION + 1;
  const accountsWithStatus =
    '[dataset+id], dataset, region, broker, branch, [dataset+region], status';
  const backfillStatus: Migration['upgrade'] = async (transaction) => {
    await transaction
      .table('accounts')
      .toCollection()
      .modify((account: Record<string, unknown>) => {
        account.status ??= 'active';
      });
  };
  const withNext = (upgrade?: Migration['upgrade']): Migration[] => [
    ...MIGRATIONS,
    {
      version: next,
      stores: { accounts: accountsWithStatus, trade_chunks: '[dataset+instrument+day]' },
      upgrade,
    },
  ];
  const checks: Record<number, UpgradeCheck> = {
    [next]: {
      async seed(db) {
        await db.table('accounts').add({ dataset: 'ds-old', id: 'A9', region: '440304' });
      },
      async verify(db) {
        expect((await db.accounts.get(['ds-old', 'A9']))?.status).toBe('active');
        const active = await db.accounts.where('status').equals('active').primaryKeys();
        expect(active).toContainEqual(['ds-old', 'A9']);
        expect(db.tables.map((table) => table.name)).toContain('trade_chunks');
      },
    },
  };

  it('passes when the appended upgrade runs, keeping the rows of every table', async () => {
    await checkUpgradeFrom(LATEST_VERSION, withNext(backfillStatus), checks);
  });

  it('fails when the appended version forgets its upgrade', async () => {
    await expect(checkUpgradeFrom(LATEST_VERSION, withNext(undefined), checks)).rejects.toThrow(
      /expected undefined to be 'active'/,
    );
  });

  it('fails when a migration loses rows', async () => {
    const dropsAccounts: Migration['upgrade'] = async (transaction) => {
      await transaction.table('accounts').clear();
    };
    await expect(checkUpgradeFrom(LATEST_VERSION, withNext(dropsAccounts), checks)).rejects.toThrow(
      new RegExp(`accounts row from version ${LATEST_VERSION}`),
    );
  });
});
