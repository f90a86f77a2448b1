/** Dates, numbers and sizes formatted with Intl in the UI language. */
import type { Language } from '../../shared/host/hostApi';

const DAY_MS = 86_400_000;

export function formatDateTime(language: Language, value: Date | number | string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(value),
  );
}

/** With seconds, for records where the order of events matters (the audit log). */
export function formatTimestamp(language: Language, value: Date | number | string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(
    new Date(value),
  );
}

/** The exchanges' time zone: trading times read as the market saw them, wherever the workstation is. */
export const MARKET_TIME_ZONE = 'Asia/Shanghai';

/** A trade, order or transfer time with seconds, in Beijing time (UTC+8). */
export function formatMarketTime(language: Language, value: Date | number | string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: MARKET_TIME_ZONE,
  }).format(new Date(value));
}

export function formatDate(language: Language, value: Date | number | string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(value));
}

export function formatNumber(language: Language, value: number): string {
  return new Intl.NumberFormat(language).format(value);
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * DAY_MS],
  ['month', 30 * DAY_MS],
  ['week', 7 * DAY_MS],
  ['day', DAY_MS],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 days ago" / "3天前", in the largest unit that fits. */
export function formatRelative(
  language: Language,
  value: Date | number | string,
  now: number,
): string {
  const difference = new Date(value).getTime() - now;
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(difference) >= size) return format.format(Math.round(difference / size), unit);
  }
  return format.format(0, 'minute');
}

/** Whole days from now until the deadline, rounded up; negative once it has passed. */
export function daysUntil(deadline: Date | number | string, now: number): number {
  return Math.ceil((new Date(deadline).getTime() - now) / DAY_MS);
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

export function formatBytes(language: Language, bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  // Intl spells short bytes "12 byte" and narrow ones "12B"; "12 B" sits beside "12 kB".
  if (unit === 0) return `${new Intl.NumberFormat(language).format(value)} B`;
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
