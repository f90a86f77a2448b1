/**
 * Trades between two of the sandbox's own accounts whose two orders were placed within seconds of
 * each other at the same price and size: the raw material of wash trades and matched orders.
 */
import type { DetectionContext } from '../context';
import { rowsOf } from '../columns';
import { SIDE_BUY } from '../marketData';

export interface MatchedCross {
  buyer: number;
  seller: number;
  instrument: number;
  ts: number;
  day: number;
  qty: number;
  price: number;
  /** Seconds between the two orders. */
  gapSeconds: number;
}

/** Buyer-side trades with an inside counterparty whose order pair matches in price, size and time. */
export function matchedCrosses(context: DetectionContext, maxGapSeconds: number): MatchedCross[] {
  const { trades, orders } = context.data;
  const byInstrument = context.data.tradesByInstrument();
  const crosses: MatchedCross[] = [];
  for (let instrument = 0; instrument < context.data.instruments.size; instrument++) {
    const rows = rowsOf(byInstrument, instrument);
    for (let i = 0; i < rows.length; i++) {
      const buy = rows[i]!;
      const seller = trades.counterparty[buy]!;
      if (seller < 0 || trades.side[buy] !== SIDE_BUY) continue;
      // The seller's side of the same trade: same instant, the buyer as its counterparty.
      let sell = -1;
      const at = trades.ts[buy]!;
      let j = i;
      while (j > 0 && trades.ts[rows[j - 1]!] === at) j--;
      for (; j < rows.length && trades.ts[rows[j]!] === at; j++) {
        const candidate = rows[j]!;
        if (
          trades.account[candidate] === seller &&
          trades.counterparty[candidate] === trades.account[buy] &&
          trades.side[candidate] !== SIDE_BUY
        ) {
          sell = candidate;
          break;
        }
      }
      if (sell < 0) continue;
      const buyOrder = trades.order[buy]!;
      const sellOrder = trades.order[sell]!;
      if (buyOrder < 0 || sellOrder < 0) continue;
      const gapSeconds = Math.abs(orders.ts[buyOrder]! - orders.ts[sellOrder]!) / 1000;
      if (gapSeconds > maxGapSeconds) continue;
      if (orders.price[buyOrder] !== orders.price[sellOrder]) continue;
      if (orders.qty[buyOrder] !== orders.qty[sellOrder]) continue;
      crosses.push({
        buyer: trades.account[buy]!,
        seller,
        instrument,
        ts: trades.ts[buy]!,
        day: trades.day[buy]!,
        qty: trades.qty[buy]!,
        price: trades.price[buy]!,
        gapSeconds,
      });
    }
  }
  return crosses;
}

/** Matched crosses collected per key (a ring, a pair of parties) and instrument. */
export interface CrossCluster {
  instrument: number;
  accounts: Set<number>;
  crosses: MatchedCross[];
}

export function clusterCrosses(
  crosses: readonly MatchedCross[],
  keyOf: (cross: MatchedCross) => string | null,
): CrossCluster[] {
  const clusters = new Map<string, CrossCluster>();
  for (const cross of crosses) {
    const key = keyOf(cross);
    if (key === null) continue;
    const fullKey = `${key}|${cross.instrument}`;
    let cluster = clusters.get(fullKey);
    if (!cluster)
      clusters.set(
        fullKey,
        (cluster = { instrument: cross.instrument, accounts: new Set(), crosses: [] }),
      );
    cluster.accounts.add(cross.buyer);
    cluster.accounts.add(cross.seller);
    cluster.crosses.push(cross);
  }
  return [...clusters.values()];
}

/** Everything the accounts traded in the instrument between two instants: quantity. */
export function tradedQty(
  context: DetectionContext,
  accounts: ReadonlySet<number>,
  instrument: number,
  fromMs: number,
  toMs: number,
): number {
  const { trades } = context.data;
  const byAccount = context.data.tradesByAccount();
  let qty = 0;
  for (const account of accounts) {
    for (const row of rowsOf(byAccount, account)) {
      if (trades.instrument[row] !== instrument) continue;
      const ts = trades.ts[row]!;
      if (ts >= fromMs && ts <= toMs) qty += trades.qty[row]!;
    }
  }
  return qty;
}

/** The market's volume of an instrument over the trading days of [fromDay, toDay]. */
export function marketVolume(
  context: DetectionContext,
  instrument: number,
  fromDay: number,
  toDay: number,
): number {
  const { bars } = context.data;
  let volume = 0;
  for (let d = 0; d < bars.days.length; d++) {
    const day = bars.days[d]!;
    if (day < fromDay || day > toDay) continue;
    const value = bars.volume[instrument * bars.days.length + d]!;
    if (!Number.isNaN(value)) volume += value;
  }
  return volume;
}
