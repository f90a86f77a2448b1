/** Choosing the trading days a scheme is active on. */
import { TRADING_DAYS } from '../calendar';
import type { Random } from '../random';

export const LAST_DAY = TRADING_DAYS.length - 1;

/** `count` distinct days of `from`…`to` (clamped to the period), ascending. */
export function pickDays(random: Random, from: number, to: number, count: number): number[] {
  const first = Math.max(0, from);
  const last = Math.min(LAST_DAY, to);
  const all = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return random.sample(all, Math.min(count, all.length)).sort((a, b) => a - b);
}
