import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaError } from './quotaError';

describe('isQuotaError', () => {
  it('finds the quota error itself, and inside a Dexie error or a cause', () => {
    const quota = new DOMException('disk full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', quota))).toBe(true);
    expect(isQuotaError(new Error('write failed', { cause: quota }))).toBe(true);
  });
  it('leaves other failures alone', () => {
    expect(isQuotaError(new DOMException('gone', 'NotFoundError'))).toBe(false);
    expect(isQuotaError(new Error('no'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
