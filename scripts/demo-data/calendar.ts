/**
 * The period of the demo jurisdiction: the trading days of 2026 Q3 and calendar arithmetic on
 * `YYYY-MM-DD` dates (all in China Standard Time, which has no daylight saving).
 */
import type { IsoDate } from '../../shared/dictionary/types';

export const PERIOD = { from: '2026-07-01', to: '2026-09-30' } as const;

/** Exchange holidays inside the period: 2026-09-25 is the Mid-Autumn Festival (中秋节). */
const EXCHANGE_HOLIDAYS: ReadonlySet<IsoDate> = new Set(['2026-09-25']);

const DAY_MS = 86_400_000;

function toUtcMs(date: IsoDate): number {
  return Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

// Identifiers alone need a few hundred thousand date computations: a table of the dates the
// generator uses (2000–2027) turns each into a lookup.
const TABLE_FROM_MS = Date.UTC(2000, 0, 1);
const TABLE_DATES: readonly IsoDate[] = Array.from({ length: 28 * 366 }, (_, i) =>
  fromUtcMs(TABLE_FROM_MS + i * DAY_MS),
);
const TABLE_INDEX: ReadonlyMap<IsoDate, number> = new Map(TABLE_DATES.map((date, i) => [date, i]));

function dayNumber(date: IsoDate): number {
  return TABLE_INDEX.get(date) ?? Math.round((toUtcMs(date) - TABLE_FROM_MS) / DAY_MS);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const target = dayNumber(date) + days;
  return TABLE_DATES[target] ?? fromUtcMs(TABLE_FROM_MS + target * DAY_MS);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

function isWeekday(date: IsoDate): boolean {
  const weekday = new Date(toUtcMs(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Weekdays of `from`…`to` (both included) on which the exchanges are open. */
function tradingDaysBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (isWeekday(date) && !EXCHANGE_HOLIDAYS.has(date)) days.push(date);
  }
  return days;
}

/** The 65 trading days of 2026 Q3. */
export const TRADING_DAYS: readonly IsoDate[] = tradingDaysBetween(PERIOD.from, PERIOD.to);

/** The weekday on or before `date` (ignores holidays: for dates before the period). */
export function weekdayOnOrBefore(date: IsoDate): IsoDate {
  let day = date;
  while (!isWeekday(day)) day = addDays(day, -1);
  return day;
}

/** A uniformly random date of `from`…`to` (both included). */
export function randomDateBetween(
  from: IsoDate,
  to: IsoDate,
  random: { int(min: number, max: number): number },
): IsoDate {
  return addDays(from, random.int(0, Math.max(0, daysBetween(from, to))));
}
