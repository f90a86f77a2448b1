/**
 * Time of day on the A-share exchanges. Continuous trading runs 09:30–11:30 and 13:00–15:00
 * (+08:00); inside the generator a moment of a trading day is "session milliseconds": 0 at
 * 09:30, 7 200 000 at 11:30 = 13:00, 14 400 000 at 15:00, so the lunch break takes no time.
 */
import type { IsoDate, Timestamp } from '../../shared/dictionary/types';
import type { Random } from './random';

export const MINUTE_MS = 60_000;
export const SESSION_MINUTES = 240;
export const SESSION_MS = SESSION_MINUTES * MINUTE_MS;
const MORNING_MS = 120 * MINUTE_MS;
const MORNING_OPEN_MS = (9 * 60 + 30) * MINUTE_MS;
const AFTERNOON_OPEN_MS = 13 * 60 * MINUTE_MS;

const pad2 = (value: number): string => (value < 10 ? `0${value}` : String(value));
const pad3 = (value: number): string =>
  value < 10 ? `00${value}` : value < 100 ? `0${value}` : String(value);

/** `2026-09-01T09:30:01.250+08:00` for a moment given as milliseconds since local midnight. */
export function timestampAtDayMs(date: IsoDate, dayMs: number): Timestamp {
  const ms = Math.round(dayMs);
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor(ms / MINUTE_MS) % 60;
  const seconds = Math.floor(ms / 1000) % 60;
  return `${date}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${pad3(ms % 1000)}+08:00`;
}

/** A local clock time, e.g. `timestampAt('2026-08-10', 19, 30)`. */
export function timestampAt(date: IsoDate, hours: number, minutes: number, seconds = 0): Timestamp {
  return `${date}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}+08:00`;
}

/** Milliseconds since local midnight of a session moment (clamped to the session). */
function sessionToDayMs(sessionMs: number): number {
  const clamped = Math.min(SESSION_MS, Math.max(0, sessionMs));
  return clamped < MORNING_MS
    ? MORNING_OPEN_MS + clamped
    : AFTERNOON_OPEN_MS + (clamped - MORNING_MS);
}

export function sessionTimestamp(date: IsoDate, sessionMs: number): Timestamp {
  return timestampAtDayMs(date, sessionToDayMs(sessionMs));
}

/** Session milliseconds of a clock time inside the sessions, e.g. `atClock(14, 55)`. */
export function atClock(hours: number, minutes: number, seconds = 0): number {
  const dayMs = ((hours * 60 + minutes) * 60 + seconds) * 1000;
  if (dayMs >= MORNING_OPEN_MS && dayMs <= MORNING_OPEN_MS + MORNING_MS)
    return dayMs - MORNING_OPEN_MS;
  if (dayMs >= AFTERNOON_OPEN_MS && dayMs <= AFTERNOON_OPEN_MS + MORNING_MS)
    return MORNING_MS + dayMs - AFTERNOON_OPEN_MS;
  throw new RangeError(`${hours}:${minutes}:${seconds} is outside the trading sessions`);
}

/**
 * Order arrivals through the day: heavy after the open, a smaller burst after lunch, rising
 * again into the close (the U shape of A-share intraday volume).
 */
export class IntradayIntensity {
  private readonly cumulative = new Float64Array(SESSION_MINUTES);
  private readonly total: number;

  constructor() {
    let sum = 0;
    for (let minute = 0; minute < SESSION_MINUTES; minute++) {
      const afterOpen = 2.4 * Math.exp(-minute / 14);
      const intoClose = 1.7 * Math.exp(-(SESSION_MINUTES - 1 - minute) / 12);
      const afterLunch = minute >= 120 ? 0.45 * Math.exp(-(minute - 120) / 9) : 0;
      sum += 1 + afterOpen + intoClose + afterLunch;
      this.cumulative[minute] = sum;
    }
    this.total = sum;
  }

  /** A random moment of the session, in session milliseconds. */
  sample(random: Random): number {
    const target = random.next() * this.total;
    let low = 0;
    let high = SESSION_MINUTES - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return Math.floor((low + random.next()) * MINUTE_MS);
  }
}
