/**
 * Consistent NDJSON tables of the dictionary (every reference resolves), of any size, for the
 * interop tests and for throughput measurements.
 */

export type SyntheticTables = Record<string, string>;

const lines = (rows: readonly object[]): string =>
  rows.map((row) => `${JSON.stringify(row)}\n`).join('');

function timestampAt(second: number): string {
  const date = new Date(Date.UTC(2026, 6, 1, 1, 30) + second * 1000);
  return `${date.toISOString().slice(0, 19)}+08:00`;
}

/** `orders` orders with one trade each, over a handful of accounts and instruments. */
export function syntheticTables(orders: number): SyntheticTables {
  const accounts = Math.max(2, Math.ceil(orders / 50));
  const instruments = ['600519.SH', '000001.SZ', '300750.SZ'];
  return {
    regions: lines([
      {
        code: '440000',
        name: '广东省',
        level: 'province',
        parent: null,
        centroid: [113.27, 23.13],
      },
      {
        code: '440300',
        name: '深圳市',
        level: 'city',
        parent: '440000',
        centroid: [114.06, 22.54],
      },
      {
        code: '440304',
        name: '福田区',
        level: 'district',
        parent: '440300',
        centroid: [114.05, 22.52],
      },
    ]),
    brokers: lines([{ id: 'B01', name: '某证券', region: '440300' }]),
    branches: lines([
      {
        id: 'BR01',
        broker: 'B01',
        name: '福田营业部',
        region: '440304',
        location: [114.05, 22.52],
      },
    ]),
    accounts: lines(
      Array.from({ length: accounts }, (_, i) => ({
        id: `A${i}`,
        broker: 'B01',
        branch: 'BR01',
        region: '440304',
        kind: 'individual',
        opened: '2019-03-18',
        risk_level: 'C3',
        holder_masked: '张*',
        status: 'active',
      })),
    ),
    instruments: lines(
      instruments.map((code) => ({
        code,
        name: code,
        exchange: code.endsWith('SH') ? 'SSE' : 'SZSE',
        board: 'main',
        sector: 'x',
      })),
    ),
    orders: lines(
      Array.from({ length: orders }, (_, i) => ({
        id: `O${i}`,
        account: `A${i % accounts}`,
        instrument: instruments[i % instruments.length],
        ts: timestampAt(i),
        side: i % 2 === 0 ? 'B' : 'S',
        price: 10 + (i % 100) / 100,
        qty: 100 * (1 + (i % 10)),
        type: 'limit',
        status: 'filled',
        filled_qty: 100 * (1 + (i % 10)),
      })),
    ),
    trades: lines(
      Array.from({ length: orders }, (_, i) => ({
        id: `T${i}`,
        order: `O${i}`,
        account: `A${i % accounts}`,
        counterparty: `A${(i + 1) % accounts}`,
        instrument: instruments[i % instruments.length],
        ts: timestampAt(i + 1),
        side: i % 2 === 0 ? 'B' : 'S',
        price: 10 + (i % 100) / 100,
        qty: 100 * (1 + (i % 10)),
      })),
    ),
  };
}
