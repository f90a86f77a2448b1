/**
 * Time on the exchanges' clock (China Standard Time, UTC+8, no daylight saving): timestamps of
 * any offset become epoch milliseconds, trading days become day numbers on that clock.
 */

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
const MARKET_OFFSET_MS = 8 * 3_600_000;

export function epochMs(timestamp: string): number {
  const ms = Date.parse(timestamp);
  if (Number.isNaN(ms)) throw new RangeError(`"${timestamp}" is not an ISO 8601 timestamp`);
  return ms;
}

/** The market's calendar day of an instant, as days since 1970-01-01. */
export function marketDay(ms: number): number {
  return Math.floor((ms + MARKET_OFFSET_MS) / DAY_MS);
}

/** Milliseconds since the market day's midnight. */
export function marketTimeOfDay(ms: number): number {
  return (ms + MARKET_OFFSET_MS) % DAY_MS;
}

export function dayNumberOfDate(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** An instant as the dictionary writes it, on the market's clock: `2026-09-01T09:30:01.250+08:00`. */
export function marketTimestamp(ms: number): string {
  return `${new Date(ms + MARKET_OFFSET_MS).toISOString().slice(0, 23)}+08:00`;
}

export function atMarketClock(day: number, hours: number, minutes: number): number {
  return day * DAY_MS - MARKET_OFFSET_MS + (hours * 60 + minutes) * MINUTE_MS;
}

/**
 * The instant `minutes` of trading time before `ms`: the midday break (11:30–13:00) does not
 * count, so an order at 13:10 is 10 trading minutes after one at 11:20.
 */
export function tradingTimeBefore(ms: number, minutes: number): number {
  const day = marketDay(ms);
  const afternoonOpen = atMarketClock(day, 13, 0);
  const morningClose = atMarketClock(day, 11, 30);
  const from = ms - minutes * MINUTE_MS;
  if (ms >= afternoonOpen && from < afternoonOpen) return from - (afternoonOpen - morningClose);
  return from;
}
