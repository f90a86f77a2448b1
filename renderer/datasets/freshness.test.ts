import { describe, expect, it } from 'vitest';
import type { DatasetRecord } from '../db/records';
import { isCatalogExpired, isNearRetention, isPastRetention, latestImport } from './freshness';

const dataset = (
  id: string,
  importedAt: string,
  expires = '2027-10-01T00:00:00+08:00',
): DatasetRecord => ({
  id,
  sourceId: 'source',
  title: id,
  currentVersion: 1,
  kind: 'full',
  importedAt,
  expires,
  scope: { jurisdiction: '440000', brokers: [], period: { from: '2026-07-01', to: '2026-09-30' } },
  manifestHash: '',
  generation: `${id}#1`,
  rowCounts: {},
});

describe('latestImport', () => {
  it('picks the most recent import', () => {
    const datasets = [
      dataset('a', '2026-11-01T00:00:00.000Z'),
      dataset('b', '2026-11-20T00:00:00.000Z'),
      dataset('c', '2026-10-01T00:00:00.000Z'),
    ];
    expect(latestImport(datasets)?.id).toBe('b');
  });

  it('is null without datasets', () => {
    expect(latestImport([])).toBeNull();
  });
});

describe('isPastRetention', () => {
  const now = Date.parse('2026-11-26T02:00:00.000Z');
  it('compares the deadline with its offset', () => {
    expect(isPastRetention({ expires: '2026-11-26T09:59:00+08:00' }, now)).toBe(true);
    expect(isPastRetention({ expires: '2026-11-26T10:01:00+08:00' }, now)).toBe(false);
  });
});

describe('isNearRetention', () => {
  const now = Date.parse('2026-11-26T02:00:00.000Z');
  it('is true within the last seven days before the deadline, not after it or before them', () => {
    expect(isNearRetention({ expires: '2026-12-03T10:00:00+08:00' }, now)).toBe(true);
    expect(isNearRetention({ expires: '2026-12-03T10:01:00+08:00' }, now)).toBe(false);
    expect(isNearRetention({ expires: '2026-11-26T09:59:00+08:00' }, now)).toBe(false);
  });
});

describe('isCatalogExpired', () => {
  const now = Date.parse('2026-11-26T10:00:00+08:00');
  it('flags a catalog past its expiry, not one still valid or without one', () => {
    expect(isCatalogExpired({ expires: '2026-11-20T08:00:00+08:00' }, now)).toBe(true);
    expect(isCatalogExpired({ expires: '2026-12-20T08:00:00+08:00' }, now)).toBe(false);
    expect(isCatalogExpired({}, now)).toBe(false);
  });
});
