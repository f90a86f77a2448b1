/** What groups (账户组) bought before a public announcement and sold after it, in one instrument. */
import { lowerBound, rowsOf } from '../columns';
import type { DetectionContext } from '../context';
import { SIDE_BUY } from '../marketData';
import { DAY_MS, marketDay } from '../time';

export interface EventRoundTrip {
  group: number;
  accounts: Set<number>;
  bought: number;
  boughtValue: number;
  sold: number;
  soldValue: number;
}

/** Purchases in [buyFrom, publicMs) and sales in [publicMs, sellTo), per group. */
export function roundTripsAround(
  context: DetectionContext,
  instrument: number,
  buyFrom: number,
  publicMs: number,
  sellTo: number,
): Map<number, EventRoundTrip> {
  const { trades } = context.data;
  const rows = rowsOf(context.data.tradesByInstrument(), instrument);
  const trips = new Map<number, EventRoundTrip>();
  for (let i = lowerBound(rows, trades.ts, buyFrom); i < rows.length; i++) {
    const row = rows[i]!;
    const ts = trades.ts[row]!;
    if (ts >= sellTo) break;
    const buying = trades.side[row] === SIDE_BUY;
    if (buying !== ts < publicMs) continue;
    const account = trades.account[row]!;
    const group = context.groups.groupOf[account]!;
    let trip = trips.get(group);
    if (!trip)
      trips.set(
        group,
        (trip = { group, accounts: new Set(), bought: 0, boughtValue: 0, sold: 0, soldValue: 0 }),
      );
    trip.accounts.add(account);
    const value = trades.qty[row]! * trades.price[row]!;
    if (buying) {
      trip.bought += trades.qty[row]!;
      trip.boughtValue += value;
    } else {
      trip.sold += trades.qty[row]!;
      trip.soldValue += value;
    }
  }
  return trips;
}

/** Trading-day positions around an instant: the last day that closed before it, the first after. */
export function tradingDaysAround(
  context: DetectionContext,
  ms: number,
): { lastBefore: number; firstAfter: number } {
  const { days } = context.data.bars;
  const day = marketDay(ms);
  // An announcement before the 15:00 close still moves that day's close.
  const closedBefore = (d: number) =>
    days[d]! < day || (days[d] === day && ms >= days[d]! * DAY_MS + 7 * 3_600_000);
  let lastBefore = -1;
  for (let d = 0; d < days.length && closedBefore(d); d++) lastBefore = d;
  return { lastBefore, firstAfter: lastBefore + 1 };
}

/**
 * The largest move within `days` trading days after the announcement, from the last close
 * before it to the highest high (or lowest low) since: what a seller into the news could get.
 */
export function eventReturn(
  context: DetectionContext,
  instrument: number,
  publicMs: number,
  days: number,
): number {
  const { bars } = context.data;
  const { lastBefore, firstAfter } = tradingDaysAround(context, publicMs);
  if (lastBefore < 0 || firstAfter >= bars.days.length) return 0;
  const base = instrument * bars.days.length;
  const before = bars.close[base + lastBefore]!;
  let move = 0;
  for (let d = firstAfter; d < Math.min(bars.days.length, firstAfter + days); d++) {
    for (const price of [bars.high[base + d]!, bars.low[base + d]!]) {
      const change = price / before - 1;
      if (Math.abs(change) > Math.abs(move)) move = change;
    }
  }
  return Number.isFinite(move) ? move : 0;
}

/** The instant `days` trading days after (positive) or before (negative) an instant's day. */
export function tradingDaysFrom(context: DetectionContext, ms: number, days: number): number {
  const list = context.data.bars.days;
  const { lastBefore, firstAfter } = tradingDaysAround(context, ms);
  if (days >= 0) {
    const index = Math.min(list.length - 1, firstAfter + days - 1);
    return index < 0 ? ms : (list[index]! + 1) * DAY_MS - 8 * 3_600_000;
  }
  const index = Math.max(0, lastBefore + days + 1);
  return list.length ? list[index]! * DAY_MS - 8 * 3_600_000 : ms;
}

/** Accounts that are insiders of record of the event or tied to one by any link. */
export function insiderCircle(context: DetectionContext, eventId: string): Set<number> {
  const circle = new Set<number>();
  for (const insider of context.data.insiders) {
    if (insider.event !== eventId) continue;
    const account = context.data.accounts.index.get(insider.account);
    if (account === undefined) continue;
    circle.add(account);
    if (context.links.hasNode(String(account)))
      context.links.forEachNeighbor(String(account), (neighbour) => circle.add(Number(neighbour)));
  }
  return circle;
}
