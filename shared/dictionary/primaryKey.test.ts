import { describe, expect, it } from 'vitest';
import { parsePrimaryKey, primaryKeyOf, primaryKeyValuesOf } from './primaryKey';
import { SAMPLE_ROWS } from './sampleRows';
import { DICTIONARY_TABLES } from './tables';
import type { RegionMetric } from './types';

describe('primaryKeyOf', () => {
  it('is the id itself for a single-column key', () => {
    expect(primaryKeyOf('accounts', SAMPLE_ROWS.accounts)).toBe('A1');
    expect(primaryKeyOf('instruments', SAMPLE_ROWS.instruments)).toBe('600519.SH');
  });

  it('joins several key columns with | in the dictionary order, as the spec example', () => {
    expect(primaryKeyOf('identifiers', SAMPLE_ROWS.identifiers)).toBe('A1|device|9f2c4e');
    expect(primaryKeyOf('insiders', SAMPLE_ROWS.insiders)).toBe('E1|A1');
    expect(primaryKeyOf('market_bars', SAMPLE_ROWS.market_bars)).toBe('600519.SH|2026-09-01');
  });

  it('follows the dictionary order, not the order of the row object’s properties', () => {
    const metric: RegionMetric = {
      value: 7,
      metric: 'alert_count',
      date: '2026-09-02',
      region: '440305',
    };
    expect(primaryKeyOf('region_metrics', metric)).toBe('440305|2026-09-02|alert_count');
  });

  it('refuses a row whose key column is missing or not a string', () => {
    const noKind = {
      ...SAMPLE_ROWS.identifiers,
      kind: undefined,
    } as unknown as typeof SAMPLE_ROWS.identifiers;
    expect(() => primaryKeyOf('identifiers', noKind)).toThrow(
      /identifiers: primary-key column "kind"/,
    );
    const numericId = { ...SAMPLE_ROWS.trades, id: 17 } as unknown as typeof SAMPLE_ROWS.trades;
    expect(() => primaryKeyValuesOf('trades', numericId)).toThrow(
      /trades: primary-key column "id"/,
    );
  });
});

describe('parsePrimaryKey', () => {
  it('round-trips the key of every sample row that a tombstone can delete', () => {
    for (const { name: table } of DICTIONARY_TABLES) {
      if (table === 'tombstones') continue;
      const row = SAMPLE_ROWS[table];
      const values = primaryKeyValuesOf(table, row);
      expect(parsePrimaryKey(table, primaryKeyOf(table, row))).toEqual(values);
    }
  });

  it('keeps a | inside a single-column id', () => {
    expect(parsePrimaryKey('trades', 'T|1')).toEqual(['T|1']);
  });

  it('refuses ids with the wrong number of parts or an empty part', () => {
    expect(parsePrimaryKey('identifiers', 'A1|device')).toBeNull();
    expect(parsePrimaryKey('identifiers', 'A1|device|9f|2c')).toBeNull();
    expect(parsePrimaryKey('insiders', 'E1|')).toBeNull();
    expect(parsePrimaryKey('accounts', '')).toBeNull();
  });
});
