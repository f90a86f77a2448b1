import { describe, expect, it } from 'vitest';
import { daysUntil, formatBytes, formatMarketTime, formatNumber, formatRelative } from './format';

const now = Date.parse('2026-11-26T10:00:00+08:00');

describe('formatRelative', () => {
  it('speaks each language', () => {
    expect(formatRelative('en', now - 3 * 86_400_000, now)).toBe('3 days ago');
    expect(formatRelative('zh-CN', now - 3 * 86_400_000, now)).toBe('3天前');
  });

  it('chooses the largest unit that fits', () => {
    expect(formatRelative('en', now - 2 * 3_600_000, now)).toBe('2 hours ago');
    expect(formatRelative('en', now - 20_000, now)).toBe('this minute');
    expect(formatRelative('en', now - 400 * 86_400_000, now)).toBe('last year');
  });
});

describe('daysUntil', () => {
  it('rounds up partial days and goes negative after the deadline', () => {
    expect(daysUntil('2026-11-27T09:00:00+08:00', now)).toBe(1);
    expect(daysUntil('2026-12-06T10:00:00+08:00', now)).toBe(10);
    expect(daysUntil('2026-11-24T10:00:00+08:00', now)).toBe(-2);
  });
});

describe('formatBytes', () => {
  it('uses binary steps and readable precision', () => {
    expect(formatBytes('en', 512)).toBe('512 B');
    expect(formatBytes('zh-CN', 901)).toBe('901 B');
    expect(formatBytes('en', 1536)).toBe('1.5 kB');
    expect(formatBytes('en', 300 * 1024 * 1024)).toBe('300 MB');
    expect(formatBytes('zh-CN', 2.5 * 1024 ** 3)).toBe('2.5 GB');
  });
});

describe('formatNumber', () => {
  it('groups digits', () => {
    expect(formatNumber('en', 1203345)).toBe('1,203,345');
    expect(formatNumber('zh-CN', 1203345)).toBe('1,203,345');
  });
});

describe('formatMarketTime', () => {
  it('shows a trade at the time the exchange saw it, whatever the machine time zone', () => {
    // 09:30:05 in Shanghai is 01:30:05 UTC; the test runner's own zone must not matter.
    expect(formatMarketTime('en', '2026-07-21T01:30:05Z')).toContain('9:30:05 AM');
    expect(formatMarketTime('zh-CN', '2026-07-21T09:30:05+08:00')).toContain('09:30:05');
  });
});
