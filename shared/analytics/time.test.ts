import { describe, expect, it } from 'vitest';
import {
  atMarketClock,
  dayNumberOfDate,
  epochMs,
  marketDay,
  marketTimestamp,
  tradingTimeBefore,
} from './time';

describe('the exchanges’ clock', () => {
  it('puts an instant written with any offset on the Beijing trading day', () => {
    const day = dayNumberOfDate('2026-09-01');
    expect(marketDay(epochMs('2026-09-01T09:30:00+08:00'))).toBe(day);
    expect(marketDay(epochMs('2026-08-31T17:00:00Z'))).toBe(day);
    expect(marketTimestamp(atMarketClock(day, 14, 50))).toBe('2026-09-01T14:50:00.000+08:00');
  });

  it('does not count the midday break in trading time', () => {
    const day = dayNumberOfDate('2026-09-01');
    expect(tradingTimeBefore(atMarketClock(day, 13, 10), 40)).toBe(atMarketClock(day, 11, 0));
    expect(tradingTimeBefore(atMarketClock(day, 10, 40), 40)).toBe(atMarketClock(day, 10, 0));
  });

  it('names a timestamp it cannot read', () => {
    expect(() => epochMs('yesterday')).toThrow(/"yesterday"/);
  });
});
