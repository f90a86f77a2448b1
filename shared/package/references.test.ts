import { describe, expect, it } from 'vitest';
import { DICTIONARY_TABLES } from '../dictionary/tables';
import { dictionaryRowChecker } from './dictionaryRowChecker';
import type { NdjsonRow } from './ndjson';
import type { IdSeed } from './references';
import { MemorySpillStore } from './spillStore';
import {
  ReferenceChecker,
  TABLE_IMPORT_ORDER,
  TABLE_REFERENCES,
  sortTablesForImport,
} from './references';

/** Feeds tables in import order; returns the first problem as `table:line:column message`, or null. */
async function firstProblem(
  checker: ReferenceChecker,
  tables: Record<string, NdjsonRow[]>,
): Promise<string | null> {
  for (const table of sortTablesForImport(Object.keys(tables))) {
    await checker.beginTable(table);
    for (const [i, row] of tables[table]!.entries()) {
      const problem = checker.check(table, row, i + 1);
      if (problem) return `${table}:${problem.line}:${problem.column} ${problem.message}`;
    }
    const problem = checker.endTable(table) ?? (await checker.checkSpilled(table));
    if (problem) return `${table}:${problem.line}:${problem.column} ${problem.message}`;
  }
  return null;
}

/** A checker that spills order ids into `store`, a few ids a bucket so that many buckets are used. */
function spillingChecker(store: MemorySpillStore, seed?: IdSeed): ReferenceChecker {
  return new ReferenceChecker(seed, { store, expectedIds: () => 40, idsPerBucket: 4 });
}

function ordersAndTrades(count: number): Record<string, NdjsonRow[]> {
  const orders = Array.from({ length: count }, (_, i) => ({
    id: `O${i}`,
    account: 'A1',
    instrument: '600519.SH',
  }));
  const trades = orders.map((order, i) => ({
    id: `T${i}`,
    order: order.id,
    account: 'A1',
    instrument: '600519.SH',
  }));
  return { ...base, orders, trades };
}

const base = {
  regions: [{ code: '440000' }, { code: '440300', parent: '440000' }],
  brokers: [{ id: 'B1', region: '440300' }],
  branches: [{ id: 'BR1', broker: 'B1', region: '440300' }],
  accounts: [
    { id: 'A1', broker: 'B1', branch: 'BR1', region: '440300' },
    { id: 'A2', broker: 'B1', branch: 'BR1', region: '440300' },
  ],
  instruments: [{ code: '600519.SH' }],
};

describe('table import order', () => {
  it('lists every dictionary table once', () => {
    expect([...TABLE_IMPORT_ORDER].sort()).toEqual(
      DICTIONARY_TABLES.map((table) => table.name).sort(),
    );
  });

  it('puts every referenced table before the tables that refer to it', () => {
    for (const reference of TABLE_REFERENCES) {
      expect(
        TABLE_IMPORT_ORDER.indexOf(reference.target),
        `${reference.table}.${reference.column}`,
      ).toBeLessThanOrEqual(TABLE_IMPORT_ORDER.indexOf(reference.table));
    }
  });

  it('sorts names outside the dictionary last', () => {
    expect(sortTablesForImport(['trades', 'zeta', 'accounts', 'alpha', 'tombstones'])).toEqual([
      'tombstones',
      'accounts',
      'trades',
      'alpha',
      'zeta',
    ]);
  });
});

describe('ReferenceChecker', () => {
  it('accepts a consistent package', async () => {
    const tables = {
      ...base,
      trades: [
        { id: 'T1', order: 'O1', account: 'A1', counterparty: 'A2', instrument: '600519.SH' },
      ],
      orders: [{ id: 'O1', account: 'A1', instrument: '600519.SH' }],
      transfers: [{ id: 'X1', from: 'EXT:bank-77', to: 'A1' }],
      alerts: [{ id: 'AL1', accounts: ['A1', 'A2'], instruments: ['600519.SH'] }],
    };
    expect(await firstProblem(new ReferenceChecker(), tables)).toBeNull();
  });

  it('names table, line and column of the first dangling reference', async () => {
    const tables = {
      ...base,
      orders: [
        { id: 'O1', account: 'A1', instrument: '600519.SH' },
        { id: 'O2', account: 'A9', instrument: '600519.SH' },
      ],
    };
    expect(await firstProblem(new ReferenceChecker(), tables)).toBe(
      'orders:2:account "A9" names no row of accounts',
    );
  });

  it('names the array element of a dangling id in a list column', async () => {
    const tables = { ...base, alerts: [{ id: 'AL1', accounts: ['A1', 'A3'], instruments: [] }] };
    expect(await firstProblem(new ReferenceChecker(), tables)).toBe(
      'alerts:1:accounts[1] "A3" names no row of accounts',
    );
  });

  it('takes EXT: parties as outside the sandbox only in transfers', async () => {
    expect(
      await firstProblem(new ReferenceChecker(), {
        ...base,
        transfers: [{ id: 'X', from: 'A1', to: 'EXT:9' }],
      }),
    ).toBeNull();
    expect(
      await firstProblem(new ReferenceChecker(), {
        ...base,
        transfers: [{ id: 'X', from: 'A7', to: 'EXT:9' }],
      }),
    ).toMatch(/^transfers:1:from/);
    expect(
      await firstProblem(new ReferenceChecker(), { ...base, identifiers: [{ account: 'EXT:1' }] }),
    ).toMatch(/^identifiers:1:account/);
  });

  it('lets a region name a parent further down, and refuses one that never comes', async () => {
    const forward = { regions: [{ code: '440300', parent: '440000' }, { code: '440000' }] };
    expect(await firstProblem(new ReferenceChecker(), forward)).toBeNull();
    const missing = {
      regions: [
        { code: '440300', parent: '440000' },
        { code: '440100', parent: '440000' },
      ],
    };
    expect(await firstProblem(new ReferenceChecker(), missing)).toBe(
      'regions:1:parent "440000" names no row of regions',
    );
  });

  it('skips absent or null optional references', async () => {
    expect(await firstProblem(new ReferenceChecker(), { ...base, trades: [] })).toBeNull();
    const checker = new ReferenceChecker();
    await checker.beginTable('regions');
    expect(checker.check('regions', { code: '440000', parent: null }, 1)).toBeNull();
  });

  it('checks a delta against the ids the database holds, seeded once per table', async () => {
    const seeded: string[] = [];
    const database: Record<string, string[]> = {
      accounts: ['A1'],
      instruments: ['600519.SH'],
      orders: ['O0'],
    };
    const seed = async function* (table: string) {
      seeded.push(table);
      yield* database[table] ?? [];
    };
    const delta = {
      orders: [{ id: 'O1', account: 'A1', instrument: '600519.SH' }],
      trades: [
        { id: 'T1', order: 'O0', account: 'A1', instrument: '600519.SH' },
        { id: 'T2', order: 'O1', account: 'A1', instrument: '600519.SH' },
      ],
    };
    expect(await firstProblem(new ReferenceChecker(seed), delta)).toBeNull();
    expect(seeded.sort()).toEqual(['accounts', 'instruments', 'orders']);
  });

  it('no longer counts a tombstoned id as defined', async () => {
    const seed = (table: string) =>
      table === 'accounts' ? ['A1', 'A2'] : table === 'instruments' ? ['600519.SH'] : [];
    const delta = {
      tombstones: [{ table: 'accounts', id: 'A2' }],
      orders: [
        { id: 'O1', account: 'A1', instrument: '600519.SH' },
        { id: 'O2', account: 'A2', instrument: '600519.SH' },
      ],
    };
    expect(await firstProblem(new ReferenceChecker(seed), delta)).toBe(
      'orders:2:account "A2" names no row of accounts',
    );
  });

  it('hands its ids on to the next delta', async () => {
    const first = new ReferenceChecker();
    await firstProblem(first, base);
    const next = new ReferenceChecker((table) => first.definedIds(table));
    expect(
      await firstProblem(next, { orders: [{ id: 'O1', account: 'A2', instrument: '600519.SH' }] }),
    ).toBeNull();
  });
});

describe('ReferenceChecker with spilled order ids', () => {
  it('accepts trades whose orders all exist, holding no order id in memory', async () => {
    const store = new MemorySpillStore();
    const checker = spillingChecker(store);
    expect(await firstProblem(checker, ordersAndTrades(40))).toBeNull();
    expect(store.names().filter((name) => name.startsWith('orders.ids.')).length).toBe(10);
    expect(() => checker.definedIds('orders')).toThrow(/spilled/);
    await checker.dispose();
    expect(store.names()).toEqual([]);
  });

  it('refuses the first trade, by line, whose order no row defines', async () => {
    const tables = ordersAndTrades(40);
    tables.trades![30] = { ...tables.trades![30], order: 'O404' };
    tables.trades![12] = { ...tables.trades![12], order: 'O99' };
    expect(await firstProblem(spillingChecker(new MemorySpillStore()), tables)).toBe(
      'trades:13:order "O99" names no row of orders',
    );
  });

  it('keeps ids with line breaks and backslashes apart', async () => {
    const tables = ordersAndTrades(2);
    tables.orders![0] = { ...tables.orders![0], id: 'O\\n1' };
    tables.orders![1] = { ...tables.orders![1], id: 'O\n1' };
    tables.trades![0] = { ...tables.trades![0], order: 'O\n1' };
    tables.trades![1] = { ...tables.trades![1], order: 'O\\n1' };
    expect(await firstProblem(spillingChecker(new MemorySpillStore()), tables)).toBeNull();
    tables.trades![1] = { ...tables.trades![1], order: 'O\\\\n1' };
    expect(await firstProblem(spillingChecker(new MemorySpillStore()), tables)).toBe(
      'trades:2:order "O\\\\n1" names no row of orders',
    );
  });

  it('checks a delta against the orders the database holds, minus the tombstoned', async () => {
    const seed: IdSeed = async function* (table) {
      if (table === 'accounts') yield 'A1';
      if (table === 'instruments') yield '600519.SH';
      if (table === 'orders') yield* ['O0', 'O1', 'O2'];
    };
    const trade = (id: string, order: string) => ({
      id,
      order,
      account: 'A1',
      instrument: '600519.SH',
    });
    const delta = {
      tombstones: [
        { table: 'orders', id: 'O1' },
        { table: 'orders', id: 'O2' },
      ],
      orders: [{ id: 'O2', account: 'A1', instrument: '600519.SH' }],
      trades: [trade('T1', 'O0'), trade('T2', 'O2'), trade('T3', 'O1')],
    };
    expect(await firstProblem(spillingChecker(new MemorySpillStore(), seed), delta)).toBe(
      'trades:3:order "O1" names no row of orders',
    );
  });
});

describe('dictionaryRowChecker', () => {
  it('reports row rules before references, each with its reason', async () => {
    const references = new ReferenceChecker();
    const checker = await dictionaryRowChecker('brokers', references);
    expect(checker.check({ id: 'B1', name: 'x', region: 'nowhere' }, 4)).toMatchObject({
      reason: 'row-invalid',
      line: 4,
      column: 'region',
    });
    expect(checker.check({ id: 'B1', name: 'x', region: '440300' }, 5)).toMatchObject({
      reason: 'dangling-reference',
      line: 5,
      column: 'region',
    });
    expect(checker.finish()).toBeNull();
  });

  it('passes tables outside the dictionary unchecked', async () => {
    const checker = await dictionaryRowChecker('broker_ratings', new ReferenceChecker());
    expect(checker.check({ anything: true }, 1)).toBeNull();
  });
});
