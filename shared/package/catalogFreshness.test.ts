import { describe, expect, it } from 'vitest';
import { CatalogRollbackError, newestCatalogSeen } from './catalogFreshness';

describe('catalog freshness', () => {
  it('remembers the first catalog a source serves', () => {
    expect(newestCatalogSeen('2026-11-20T08:00:00+08:00', undefined)).toBe(
      '2026-11-20T08:00:00+08:00',
    );
  });

  it('moves forward to a newer catalog and accepts the same one again', () => {
    expect(newestCatalogSeen('2026-11-21T00:00:00Z', '2026-11-20T08:00:00+08:00')).toBe(
      '2026-11-21T00:00:00Z',
    );
    expect(newestCatalogSeen('2026-11-20T08:00:00+08:00', '2026-11-20T08:00:00+08:00')).toBe(
      '2026-11-20T08:00:00+08:00',
    );
    // The same instant written with another offset is the same catalog time, not older.
    expect(newestCatalogSeen('2026-11-20T00:00:00Z', '2026-11-20T08:00:00+08:00')).toBe(
      '2026-11-20T08:00:00+08:00',
    );
  });

  it('refuses an older catalog, naming both times', () => {
    let refusal: unknown;
    try {
      newestCatalogSeen('2026-11-19T23:59:59Z', '2026-11-20T08:00:00+08:00');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(CatalogRollbackError);
    expect(refusal).toMatchObject({
      seen: '2026-11-20T08:00:00+08:00',
      served: '2026-11-19T23:59:59Z',
    });
    expect((refusal as Error).message).toContain('2026-11-19T23:59:59Z');
    expect((refusal as Error).message).toContain('2026-11-20T08:00:00+08:00');
  });

  it('compares instants, not text: an earlier instant that sorts later as text is refused', () => {
    // As text "2026-11-20T07…" > "2026-11-20T00…", but 07:00+08:00 is 23:00Z the day before.
    expect(() => newestCatalogSeen('2026-11-20T07:00:00+08:00', '2026-11-20T00:00:00Z')).toThrow(
      CatalogRollbackError,
    );
  });
});
