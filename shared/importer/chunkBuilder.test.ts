import { describe, expect, it } from 'vitest';
import { SAMPLE_ROWS } from '../dictionary/sampleRows';
import { ChunkBuilder } from './chunkBuilder';
import { ChunkView } from './chunkView';
import { isDictColumn } from './columnar';
import type { ChunkLayoutName } from './layouts';
import { TABLE_LAYOUTS } from './layouts';

/** What decoding should give: every dictionary column present, absent ones as null. */
function normalised(table: ChunkLayoutName, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column of TABLE_LAYOUTS[table].columns) out[column.name] = row[column.name] ?? null;
  return { ...out, ...Object.fromEntries(Object.entries(row).filter(([key]) => !(key in out))) };
}

const roundTrip = (table: ChunkLayoutName, rows: Record<string, unknown>[]) => {
  const builder = new ChunkBuilder(TABLE_LAYOUTS[table]);
  for (const row of rows) builder.add(row);
  const chunk = builder.build(7);
  const view = new ChunkView(chunk);
  return { chunk, view, decoded: rows.map((_, i) => view.row(i)) };
};

describe('a chunk built from rows', () => {
  for (const table of Object.keys(TABLE_LAYOUTS) as ChunkLayoutName[]) {
    it(`gives back the ${table} rows it was built from`, () => {
      // Staged rows hold any row store's rows, nested values included: alerts have the most.
      const sample = (table === 'rows'
        ? SAMPLE_ROWS.alerts
        : SAMPLE_ROWS[table]) as unknown as Record<string, unknown>;
      const rows = [sample, { ...sample }, { ...sample, extra_column: { nested: [1, 2] } }];
      const { chunk, decoded } = roundTrip(table, rows);
      expect(chunk.seq).toBe(7);
      expect(chunk.rows).toBe(3);
      expect(decoded).toEqual(rows.map((row) => normalised(table, row)));
    });
  }

  it('stores repeated strings once, numbers and times as typed arrays', () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({
      ...SAMPLE_ROWS.trades,
      id: `T${i}`,
      account: `A${i % 3}`,
      price: 10 + i,
      ts: `2026-09-01T09:${String(30 + (i % 30)).padStart(2, '0')}:00+08:00`,
    }));
    const { chunk } = roundTrip('trades', rows);
    const account = chunk.columns.account;
    expect(isDictColumn(account) && account.labels).toEqual(['A0', 'A1', 'A2']);
    expect(chunk.columns.price).toBeInstanceOf(Float64Array);
    expect(chunk.epochMs.ts?.[0]).toBe(Date.parse('2026-09-01T09:30:00+08:00'));
    expect(chunk.tsFrom).toBe(Date.parse('2026-09-01T09:30:00+08:00'));
    expect(chunk.tsTo).toBe(Date.parse('2026-09-01T09:59:00+08:00'));
    expect(chunk.instruments).toEqual(['600519.SH']);
    expect(chunk.extra).toBeUndefined();
  });

  it('keeps a value that does not fit its column among the extra columns', () => {
    const odd = { ...SAMPLE_ROWS.trades, price: '1452.00', counterparty: 42 };
    const { chunk, decoded } = roundTrip('trades', [odd]);
    expect(decoded[0]).toEqual(normalised('trades', odd));
    expect(chunk.extra?.[0]).toEqual({ price: '1452.00', counterparty: 42 });
  });

  it('spans identifiers from first seen to last seen, and has no time range without times', () => {
    const { chunk } = roundTrip('identifiers', [SAMPLE_ROWS.identifiers as never]);
    expect(chunk.tsFrom).toBe(Date.parse(SAMPLE_ROWS.identifiers.first_seen));
    expect(chunk.tsTo).toBe(Date.parse(SAMPLE_ROWS.identifiers.last_seen));
    expect(roundTrip('tombstones', [SAMPLE_ROWS.tombstones as never]).chunk.tsFrom).toBeNaN();
  });

  it('refuses a row past its capacity', () => {
    const builder = new ChunkBuilder(TABLE_LAYOUTS.trades, 1);
    builder.add(SAMPLE_ROWS.trades as never);
    expect(builder.isFull).toBe(true);
    expect(() => builder.add(SAMPLE_ROWS.trades as never)).toThrow(RangeError);
  });
});

describe('ChunkView', () => {
  const rows = [
    { ...SAMPLE_ROWS.identifiers, account: 'A1', kind: 'device', value_hash: 'h1' },
    { ...SAMPLE_ROWS.identifiers, account: 'A2', kind: 'ip', value_hash: 'h2' },
    { ...SAMPLE_ROWS.identifiers, account: 'A1', kind: 'ip', value_hash: 'h3' },
  ];
  const { view } = roundTrip('identifiers', rows);

  it('finds rows by value, in dict and text columns', () => {
    expect(view.indexesWhere('account', 'A1')).toEqual([0, 2]);
    expect(view.indexesWhere('value_hash', 'h2')).toEqual([1]);
    expect(view.indexesWhere('account', 'A9')).toEqual([]);
  });

  it('joins a composite primary key with |', () => {
    expect(view.primaryKey(1)).toBe('A2|ip|h2');
  });

  it('lists distinct values', () => {
    expect(view.distinct('account')).toEqual(['A1', 'A2']);
    expect(view.distinct('value_hash').sort()).toEqual(['h1', 'h2', 'h3']);
  });
});
