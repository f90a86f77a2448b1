/**
 * What each scheme and look-alike actually did, measured on the written orders and trades: the
 * sandbox's alerts quote these figures as features, so they match the data an analyst sees.
 */
import type { MarketBar } from '../../shared/dictionary/types';
import { atClock } from './clock';
import type { WrittenDay } from './dayOrderBook';

export interface TagStatistics {
  orders: number;
  cancelledOrders: number;
  /** Lifetimes of cancelled orders, in milliseconds. */
  cancelLifetimesMs: number[];
  largestOrderQty: number;
  /** Trade rows. */
  trades: number;
  /** Trade rows whose counterparty is an account of the same group. */
  groupTrades: number;
  boughtQty: number;
  soldQty: number;
  boughtValue: number;
  soldValue: number;
  /** Shares bought from 14:50 on. */
  closingBuyQty: number;
  /** Shares traded in the market: a trade inside the group counts once, not per side. */
  marketQty: number;
  /** Market-wide volume of the instruments the group traded, on the days it traded them. */
  instrumentVolume: number;
  days: Set<number>;
}

const CLOSING_MINUTES_FROM = atClock(14, 50);

function emptyStatistics(): TagStatistics {
  return {
    orders: 0,
    cancelledOrders: 0,
    cancelLifetimesMs: [],
    largestOrderQty: 0,
    trades: 0,
    groupTrades: 0,
    boughtQty: 0,
    soldQty: 0,
    boughtValue: 0,
    soldValue: 0,
    closingBuyQty: 0,
    marketQty: 0,
    instrumentVolume: 0,
    days: new Set(),
  };
}

export class StatisticsCollector {
  private readonly byTag = new Map<string, TagStatistics>();
  private tradedToday = new Map<string, Set<number>>();

  of(tag: string): TagStatistics {
    let statistics = this.byTag.get(tag);
    if (statistics === undefined) {
      statistics = emptyStatistics();
      this.byTag.set(tag, statistics);
    }
    return statistics;
  }

  observe(day: number, written: WrittenDay): void {
    this.tradedToday = new Map();
    for (const { pending } of written.orders) {
      if (pending.tag === null) continue;
      const statistics = this.of(pending.tag);
      statistics.orders++;
      statistics.largestOrderQty = Math.max(statistics.largestOrderQty, pending.qty);
      if (pending.status === 'cancelled' && pending.cancelMs !== null) {
        statistics.cancelledOrders++;
        statistics.cancelLifetimesMs.push(pending.cancelMs - pending.sessionMs);
      }
    }
    for (const { trade, pending, fill } of written.trades) {
      if (pending.tag === null) continue;
      const statistics = this.of(pending.tag);
      const inGroup = fill.counterparty !== null && fill.counterparty.reservedBy === pending.tag;
      statistics.trades++;
      if (inGroup) statistics.groupTrades++;
      // A trade between two members shows up twice; count its shares once.
      if (!inGroup || trade.side === 'B') statistics.marketQty += trade.qty;
      const value = trade.price * trade.qty;
      if (trade.side === 'B') {
        statistics.boughtQty += trade.qty;
        statistics.boughtValue += value;
        if (fill.sessionMs >= CLOSING_MINUTES_FROM) statistics.closingBuyQty += trade.qty;
      } else {
        statistics.soldQty += trade.qty;
        statistics.soldValue += value;
      }
      statistics.days.add(day);
      const instruments = this.tradedToday.get(pending.tag) ?? new Set<number>();
      instruments.add(pending.instrument);
      this.tradedToday.set(pending.tag, instruments);
    }
  }

  /** After `observe`: adds the day's bar volumes of what each group traded. */
  addBarVolumes(bars: readonly MarketBar[]): void {
    for (const [tag, instruments] of this.tradedToday) {
      const statistics = this.of(tag);
      for (const instrument of instruments) statistics.instrumentVolume += bars[instrument]!.volume;
    }
  }
}
