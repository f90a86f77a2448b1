import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_KINDS,
  ACCOUNT_STATUSES,
  DICTIONARY_TABLES,
  EVENT_TYPES,
  EXCHANGES,
  IDENTIFIER_KINDS,
  INSIDER_RELATIONS,
  ORDER_STATUSES,
  ORDER_TYPES,
  REGION_LEVELS,
  RISK_LEVELS,
  SIDES,
  TRANSFER_CHANNELS,
  TYPOLOGIES,
  isDictionaryTableName,
  primaryKeyColumnsOf,
} from './tables';
import { SAMPLE_ROWS } from './sampleRows';

describe('DICTIONARY_TABLES', () => {
  it('lists the 18 tables of spec §3 in its order', () => {
    expect(DICTIONARY_TABLES.map((table) => table.name)).toEqual([
      'regions',
      'region_shapes',
      'brokers',
      'branches',
      'accounts',
      'identifiers',
      'instruments',
      'market_bars',
      'orders',
      'trades',
      'transfers',
      'events',
      'insiders',
      'alerts',
      'rules',
      'violation_cases',
      'region_metrics',
      'tombstones',
    ]);
  });

  it('keeps multi-column keys in the dictionary order that tombstone ids use', () => {
    expect(primaryKeyColumnsOf('identifiers')).toEqual(['account', 'kind', 'value_hash']);
    expect(primaryKeyColumnsOf('market_bars')).toEqual(['instrument', 'date']);
    expect(primaryKeyColumnsOf('insiders')).toEqual(['event', 'account']);
    expect(primaryKeyColumnsOf('region_metrics')).toEqual(['region', 'date', 'metric']);
    expect(primaryKeyColumnsOf('tombstones')).toEqual(['table', 'id']);
    expect(primaryKeyColumnsOf('accounts')).toEqual(['id']);
  });

  it('names only columns that the sample row of each table has', () => {
    for (const { name, primaryKey } of DICTIONARY_TABLES) {
      for (const column of primaryKey) expect(Object.keys(SAMPLE_ROWS[name])).toContain(column);
    }
  });

  it('tells dictionary table names from other strings', () => {
    expect(isDictionaryTableName('trades')).toBe(true);
    expect(isDictionaryTableName('region_metrics')).toBe(true);
    expect(isDictionaryTableName('Trades')).toBe(false);
    expect(isDictionaryTableName('datasets')).toBe(false);
    expect(isDictionaryTableName('')).toBe(false);
  });

  it('refuses an unknown table where a key is asked for', () => {
    // A name that slipped past the type checker, as it would from a parsed tombstone.
    const unknown = 'positions' as Parameters<typeof primaryKeyColumnsOf>[0];
    expect(() => primaryKeyColumnsOf(unknown)).toThrow(/not a sandbox-dictionary\/1 table/);
  });
});

describe('enum values', () => {
  it('has the 12 typologies of the Securities Law, arts. 50–55', () => {
    expect(TYPOLOGIES).toHaveLength(12);
    expect(TYPOLOGIES).toContain('front_running');
    expect(TYPOLOGIES).toContain('account_control');
    expect(TYPOLOGIES.at(-1)).toBe('other');
  });

  it('matches the dictionary value lists exactly', () => {
    expect(REGION_LEVELS).toEqual(['province', 'city', 'district']);
    expect(ACCOUNT_KINDS).toEqual(['individual', 'institution', 'product']);
    expect(RISK_LEVELS).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
    expect(ACCOUNT_STATUSES).toEqual(['active', 'dormant', 'closed']);
    expect(IDENTIFIER_KINDS).toEqual([
      'device',
      'ip',
      'phone',
      'bank_card',
      'address',
      'email',
      'mac',
    ]);
    expect(EXCHANGES).toEqual(['SSE', 'SZSE', 'BSE']);
    expect(SIDES).toEqual(['B', 'S']);
    expect(ORDER_TYPES).toEqual(['limit', 'market']);
    expect(ORDER_STATUSES).toEqual(['filled', 'partial', 'cancelled']);
    expect(TRANSFER_CHANNELS).toEqual(['bank', 'internal', 'third_party']);
    expect(EVENT_TYPES).toEqual([
      'earnings',
      'merger',
      'restructuring',
      'dividend',
      'suspension',
      'other',
    ]);
    expect(INSIDER_RELATIONS).toEqual(['officer', 'relative', 'advisor', 'other']);
  });

  it('has no duplicate values in any list', () => {
    const lists = [
      TYPOLOGIES,
      REGION_LEVELS,
      ACCOUNT_KINDS,
      RISK_LEVELS,
      ACCOUNT_STATUSES,
      IDENTIFIER_KINDS,
      EXCHANGES,
      SIDES,
      ORDER_TYPES,
      ORDER_STATUSES,
      TRANSFER_CHANNELS,
      EVENT_TYPES,
      INSIDER_RELATIONS,
    ];
    for (const list of lists) expect(new Set(list).size).toBe(list.length);
  });
});
