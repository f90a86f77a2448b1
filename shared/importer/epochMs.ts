/**
 * Epoch milliseconds of dictionary timestamps and dates, by character codes: an import converts
 * millions of them and Date.parse is several times slower. Inputs have passed row validation
 * (shared/dictionary/rowValidation.ts); anything else gives NaN.
 */

const ZERO = 48;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function dateMsAt(text: string): number {
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  return daysFromCivil(year, month, day) * DAY_MS;
}

/** `YYYY-MM-DD` → its UTC midnight. */
export function isoDateMs(text: string): number {
  return text.length === 10 ? dateMsAt(text) : Number.NaN;
}

/** `YYYY-MM-DDTHH:MM[:SS[.fraction]](Z|±HH:MM)` → the instant it names; fractions past ms are cut. */
export function isoTimestampMs(text: string): number {
  if (text.length < 17 || text.charCodeAt(10) !== 84 /* T */) return Number.NaN;
  let ms = dateMsAt(text) + digits(text, 11, 2) * 3_600_000 + digits(text, 14, 2) * MINUTE_MS;
  let at = 16;
  if (text[at] === ':') {
    ms += digits(text, at + 1, 2) * 1000;
    at += 3;
    if (text[at] === '.') {
      at++;
      let scale = 100;
      while (at < text.length) {
        const digit = text.charCodeAt(at) - ZERO;
        if (digit < 0 || digit > 9) break;
        ms += digit * scale;
        scale /= 10;
        at++;
      }
      ms = Math.floor(ms);
    }
  }
  const sign = text[at];
  if (sign === 'Z') return at + 1 === text.length ? ms : Number.NaN;
  if ((sign !== '+' && sign !== '-') || at + 6 !== text.length) return Number.NaN;
  const offset = (digits(text, at + 1, 2) * 60 + digits(text, at + 4, 2)) * MINUTE_MS;
  return sign === '+' ? ms - offset : ms + offset;
}

/** Epoch ms of a time or date value, NaN for null or anything else. */
export function epochMsOf(kind: 'time' | 'date', value: unknown): number {
  if (typeof value !== 'string') return Number.NaN;
  return kind === 'time' ? isoTimestampMs(value) : isoDateMs(value);
}
