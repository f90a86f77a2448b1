/**
 * A small, consistent dataset of every dictionary table (each reference resolves), sized by the
 * number of accounts, for tests of the import pipeline and the e2e fixture repositories.
 */
import { SAMPLE_ROWS } from '../../dictionary/sampleRows';

export type FixtureRow = Record<string, unknown>;
export type FixtureTables = Record<string, FixtureRow[]>;

export const FIXTURE_INSTRUMENTS = ['600519.SH', '000001.SZ', '300750.SZ'] as const;

export interface FixtureSize {
  accounts: number;
  /** Orders per account; each order has one trade. */
  ordersPerAccount: number;
}

function timestamp(second: number): string {
  const date = new Date(Date.UTC(2026, 6, 1, 1, 30) + second * 1000);
  return `${date.toISOString().slice(0, 19)}+08:00`;
}

export function fixtureTables({ accounts, ordersPerAccount }: FixtureSize): FixtureTables {
  const accountIds = Array.from({ length: accounts }, (_, i) => `A${i}`);
  const orders: FixtureRow[] = [];
  const trades: FixtureRow[] = [];
  let second = 0;
  for (let round = 0; round < ordersPerAccount; round++) {
    accountIds.forEach((account, a) => {
      const n = orders.length;
      const instrument = FIXTURE_INSTRUMENTS[(a + round) % FIXTURE_INSTRUMENTS.length];
      const ts = timestamp(second++);
      orders.push({
        ...SAMPLE_ROWS.orders,
        id: `O${n}`,
        account,
        instrument,
        ts,
        qty: 100 + n,
        filled_qty: 100 + n,
      });
      trades.push({
        ...SAMPLE_ROWS.trades,
        id: `T${n}`,
        order: `O${n}`,
        account,
        counterparty: accountIds[(a + 1) % accounts],
        instrument,
        ts,
        qty: 100 + n,
      });
    });
  }
  return {
    regions: [
      {
        code: '440000',
        name: '广东省',
        level: 'province',
        parent: null,
        centroid: [113.27, 23.13],
      },
      { ...SAMPLE_ROWS.regions },
      {
        code: '440304',
        name: '福田区',
        level: 'district',
        parent: '440300',
        centroid: [114.05, 22.52],
      },
    ],
    region_shapes: [{ ...SAMPLE_ROWS.region_shapes }],
    region_metrics: [
      { region: '440304', date: '2026-09-01', metric: 'alert_count', value: 3 },
      { region: '440300', date: '2026-09-01', metric: 'turnover', value: 9.5e8 },
    ],
    brokers: [{ ...SAMPLE_ROWS.brokers }],
    branches: [{ ...SAMPLE_ROWS.branches }],
    accounts: accountIds.map((id) => ({ ...SAMPLE_ROWS.accounts, id })),
    identifiers: accountIds.map((account, i) => ({
      ...SAMPLE_ROWS.identifiers,
      account,
      value_hash: `device-${Math.floor(i / 2)}`,
    })),
    instruments: FIXTURE_INSTRUMENTS.map((code) => ({ ...SAMPLE_ROWS.instruments, code })),
    market_bars: FIXTURE_INSTRUMENTS.flatMap((instrument) =>
      ['2026-09-01', '2026-09-02'].map((date) => ({
        ...SAMPLE_ROWS.market_bars,
        instrument,
        date,
      })),
    ),
    events: [{ ...SAMPLE_ROWS.events }],
    insiders: [{ event: 'E1', account: 'A0', relation: 'relative' }],
    orders,
    trades,
    transfers: accountIds.map((to, i) => ({
      ...SAMPLE_ROWS.transfers,
      id: `X${i}`,
      from: i === 0 ? 'EXT:7d1a' : accountIds[i - 1],
      to,
      ts: timestamp(i),
    })),
    rules: [{ ...SAMPLE_ROWS.rules }],
    alerts: [{ ...SAMPLE_ROWS.alerts, accounts: ['A0'] }],
    violation_cases: [{ ...SAMPLE_ROWS.violation_cases, accounts: ['A0'] }],
  };
}

export function toNdjson(rows: readonly FixtureRow[]): string {
  return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}

export function fixtureNdjson(tables: FixtureTables): Record<string, string> {
  return Object.fromEntries(Object.entries(tables).map(([table, rows]) => [table, toNdjson(rows)]));
}
