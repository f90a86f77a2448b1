import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateRow } from '../../shared/dictionary/rowValidation';
import type { DictionaryTableName } from '../../shared/dictionary/tables';
import { ReferenceChecker, sortTablesForImport } from '../../shared/package/references';
import { FULL_VERSION_TABLES } from './tableWriters';
import type { TinyJurisdiction } from './tinyJurisdiction';
import { GENERATION_TIMEOUT_MS, generateTinyJurisdiction } from './tinyJurisdiction';

let first: TinyJurisdiction;
let second: TinyJurisdiction;

beforeAll(() => {
  first = generateTinyJurisdiction();
  second = generateTinyJurisdiction();
}, GENERATION_TIMEOUT_MS);

afterAll(() => {
  for (const run of [first, second]) rmSync(dirname(run.outDir), { recursive: true, force: true });
});

describe('the generated folder', () => {
  it('holds one NDJSON file per table of a full version, and the ground truth outside it', () => {
    expect(readdirSync(first.outDir).sort()).toEqual(
      FULL_VERSION_TABLES.map((table) => `${table}.ndjson`).sort(),
    );
    expect(dirname(first.truthFile)).toBe(dirname(first.outDir));
  });

  it('is byte-identical for the same seed and scale', () => {
    for (const table of FULL_VERSION_TABLES) {
      const a = readFileSync(join(first.outDir, `${table}.ndjson`));
      const b = readFileSync(join(second.outDir, `${table}.ndjson`));
      expect(a.equals(b), table).toBe(true);
    }
    expect(readFileSync(first.truthFile, 'utf8')).toBe(readFileSync(second.truthFile, 'utf8'));
  });

  it('writes LF-terminated lines of one JSON object each', () => {
    for (const table of FULL_VERSION_TABLES) {
      const text = readFileSync(join(first.outDir, `${table}.ndjson`), 'utf8');
      expect(text.includes('\r'), table).toBe(false);
      expect(text.endsWith('\n'), table).toBe(true);
      expect(text.includes('\n\n'), table).toBe(false);
    }
  });
});

describe('every row', () => {
  it('passes the dictionary and every reference resolves, in import order', async () => {
    const checker = new ReferenceChecker();
    for (const table of sortTablesForImport([...FULL_VERSION_TABLES])) {
      await checker.beginTable(table);
      const rows = first.rows(table) as unknown as Array<Record<string, unknown>>;
      expect(rows.length, table).toBeGreaterThan(0);
      const problems: string[] = [];
      rows.forEach((row, i) => {
        const invalid = validateRow(table as DictionaryTableName, row);
        const dangling = checker.check(table, row, i + 1);
        if (invalid !== null)
          problems.push(`${table} line ${i + 1}: ${invalid.column} ${invalid.message}`);
        if (dangling !== null)
          problems.push(`${table} line ${i + 1}: ${dangling.column} ${dangling.message}`);
      });
      expect(problems).toEqual([]);
      expect(checker.endTable(table), table).toBeNull();
    }
  });

  it('has a unique primary key', () => {
    const unique = (keys: string[]) => new Set(keys).size === keys.length;
    expect(unique(first.rows('accounts').map((row) => row.id))).toBe(true);
    expect(unique(first.rows('orders').map((row) => row.id))).toBe(true);
    expect(unique(first.rows('trades').map((row) => row.id))).toBe(true);
    expect(
      unique(
        first.rows('identifiers').map((row) => `${row.account}|${row.kind}|${row.value_hash}`),
      ),
    ).toBe(true);
    expect(unique(first.rows('market_bars').map((row) => `${row.instrument}|${row.date}`))).toBe(
      true,
    );
    expect(unique(first.rows('insiders').map((row) => `${row.event}|${row.account}`))).toBe(true);
    expect(
      unique(first.rows('region_metrics').map((row) => `${row.region}|${row.date}|${row.metric}`)),
    ).toBe(true);
  });
});

describe('accounts and identifiers', () => {
  it('see identifiers after the account opened, first sighting before last', () => {
    const opened = new Map(first.rows('accounts').map((account) => [account.id, account.opened]));
    const wrong = first
      .rows('identifiers')
      .filter(
        (row) =>
          row.first_seen.slice(0, 10) < opened.get(row.account)! || row.first_seen > row.last_seen,
      );
    expect(wrong).toEqual([]);
  });

  it('trade only when active and opened', () => {
    const accounts = new Map(first.rows('accounts').map((account) => [account.id, account]));
    const wrong = first.rows('trades').filter((trade) => {
      const account = accounts.get(trade.account)!;
      return account.status !== 'active' || trade.ts.slice(0, 10) < account.opened;
    });
    expect(wrong).toEqual([]);
  });

  it('mask personal data', () => {
    for (const account of first.rows('accounts')) {
      if (account.kind === 'individual')
        expect(account.holder_masked).toMatch(/^\p{Script=Han}{1,2}\*{1,2}$/u);
      if (account.id_number_masked)
        expect(account.id_number_masked).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
      if (account.phone_masked) expect(account.phone_masked).toMatch(/^1\d{2}\*{4}\d{4}$/);
    }
  });
});

describe('orders and trades', () => {
  it('trade in board lots within the sessions, after their order, at millisecond timestamps', () => {
    const orders = new Map(first.rows('orders').map((order) => [order.id, order]));
    const inSession = (ts: string) => {
      const time = ts.slice(11, 23);
      return (
        (time >= '09:30:00.000' && time <= '11:30:00.000') ||
        (time >= '13:00:00.000' && time <= '15:00:00.000')
      );
    };
    const timestamp = /^2026-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+08:00$/;
    const wrong = first.rows('trades').filter((trade) => {
      const order = orders.get(trade.order)!;
      const withinLimit =
        order.type !== 'limit' ||
        (order.side === 'B' ? trade.price <= order.price : trade.price >= order.price);
      return (
        trade.qty % 100 !== 0 ||
        !timestamp.test(trade.ts) ||
        !inSession(trade.ts) ||
        Date.parse(trade.ts) < Date.parse(order.ts) ||
        trade.account !== order.account ||
        trade.side !== order.side ||
        !withinLimit
      );
    });
    expect(wrong).toEqual([]);
  });

  it('keep fills, statuses and cancellations consistent', () => {
    const filled = new Map<string, number>();
    for (const trade of first.rows('trades'))
      filled.set(trade.order, (filled.get(trade.order) ?? 0) + trade.qty);
    const orders = first.rows('orders');
    const wrong = orders.filter(
      (order) =>
        order.filled_qty !== (filled.get(order.id) ?? 0) ||
        (order.status === 'filled' && order.filled_qty !== order.qty) ||
        (order.status === 'partial' && !(order.filled_qty > 0 && order.filled_qty < order.qty)) ||
        (order.status === 'cancelled' &&
          (order.filled_qty !== 0 || !(Date.parse(order.cancel_ts!) > Date.parse(order.ts)))),
    );
    expect(wrong).toEqual([]);
    expect([...new Set(orders.map((order) => order.status))].sort()).toEqual([
      'cancelled',
      'filled',
      'partial',
    ]);
  });

  it('name the counterparty on both sides of a trade between jurisdiction accounts', () => {
    const crossed = first.rows('trades').filter((trade) => trade.counterparty !== undefined);
    expect(crossed.length).toBeGreaterThan(0);
    const key = (account: string, counterparty: string, ts: string, price: number, qty: number) =>
      `${account}|${counterparty}|${ts}|${price}|${qty}`;
    const sides = new Set(
      crossed.map((trade) =>
        key(trade.account, trade.counterparty!, trade.ts, trade.price, trade.qty),
      ),
    );
    for (const trade of crossed) {
      expect(
        sides.has(key(trade.counterparty!, trade.account, trade.ts, trade.price, trade.qty)),
      ).toBe(true);
    }
  });
});
