import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoTimestamp } from '../dictionary/rowValidation';
import { epochMsOf, isoDateMs, isoTimestampMs } from './epochMs';

describe('isoTimestampMs', () => {
  it('agrees with Date.parse on the forms the dictionary allows', () => {
    for (const text of [
      '2026-09-01T09:30:01.250+08:00',
      '2026-09-01T09:30+08:00',
      '2026-09-01T09:30:01Z',
      '2026-09-01T23:59:59.999-05:30',
      '2024-02-29T00:00:00.5+14:00',
      '1969-12-31T23:59:59.001Z',
      '2000-03-01T00:00:00+00:00',
    ]) {
      expect(isoTimestampMs(text), text).toBe(Date.parse(text));
    }
  });

  it('cuts fractions past milliseconds, as Date.parse does', () => {
    const text = '2026-09-01T09:30:01.123456789+08:00';
    expect(isoTimestampMs(text)).toBe(Date.parse(text));
    expect(isoTimestampMs(text) % 1000).toBe(123);
  });

  it('orders instants across offsets', () => {
    expect(isoTimestampMs('2026-09-01T09:30:00+08:00')).toBeLessThan(
      isoTimestampMs('2026-09-01T02:00:00Z'),
    );
  });

  it('agrees with Date.parse on any valid instant and offset', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2199-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (date, offsetMinutes) => {
          const local = new Date(date.getTime() + offsetMinutes * 60_000)
            .toISOString()
            .slice(0, 23);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const magnitude = Math.abs(offsetMinutes);
          const offset = `${sign}${String(Math.floor(magnitude / 60)).padStart(2, '0')}:${String(magnitude % 60).padStart(2, '0')}`;
          const text = `${local}${offset}`;
          expect(isIsoTimestamp(text)).toBe(true);
          expect(isoTimestampMs(text)).toBe(date.getTime());
        },
      ),
    );
  });

  it('gives NaN for what is not a timestamp', () => {
    for (const text of [
      '',
      '2026-09-01',
      '2026-09-01 09:30:00+08:00',
      '2026-09-01T09:30:00',
      'x'.repeat(25),
    ]) {
      expect(isoTimestampMs(text), text).toBeNaN();
    }
  });
});

describe('isoDateMs and epochMsOf', () => {
  it('gives the UTC midnight of a date', () => {
    expect(isoDateMs('2026-09-01')).toBe(Date.parse('2026-09-01T00:00:00Z'));
    expect(isoDateMs('2024-02-29')).toBe(Date.parse('2024-02-29T00:00:00Z'));
    expect(isoDateMs('2026-9-1')).toBeNaN();
  });

  it('gives NaN for null and non-strings', () => {
    expect(epochMsOf('time', null)).toBeNaN();
    expect(epochMsOf('date', 20260901)).toBeNaN();
    expect(epochMsOf('date', '2026-09-01')).toBe(isoDateMs('2026-09-01'));
  });
});
