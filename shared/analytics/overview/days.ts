/**
 * Days of the jurisdiction's calendar. Sandbox timestamps carry their offset; the supervised
 * markets trade on China Standard Time (+08:00, no daylight saving), so a trade belongs to the
 * day it happened on there, whatever zone the workstation runs in.
 */
import { isoDateMs, isoTimestampMs } from '../../importer/epochMs';

export const DAY_MS = 86_400_000;
const JURISDICTION_OFFSET_MS = 8 * 3_600_000;

/** A day as a whole number of days since 1970-01-01 (jurisdiction calendar). */
export type DayNumber = number;

export function dayOfEpochMs(ms: number): DayNumber {
  return Math.floor((ms + JURISDICTION_OFFSET_MS) / DAY_MS);
}

export function dayOfTimestamp(timestamp: string): DayNumber {
  return dayOfEpochMs(isoTimestampMs(timestamp));
}

/** `YYYY-MM-DD` names its own day: its UTC midnight is that day's number. */
export function dayOfIsoDate(date: string): DayNumber {
  return Math.floor(isoDateMs(date) / DAY_MS);
}

export function isoDateOfDay(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** An inclusive range of days. */
export interface DayRange {
  from: DayNumber;
  to: DayNumber;
}

export function dayCount(range: DayRange): number {
  return Math.max(0, range.to - range.from + 1);
}

export function clampRange(range: DayRange, within: DayRange): DayRange {
  const from = Math.min(Math.max(range.from, within.from), within.to);
  const to = Math.max(Math.min(range.to, within.to), from);
  return { from, to };
}
