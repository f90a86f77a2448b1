/**
 * 虚假申报 / 频繁申报撤单 (spoofing and layering, art. 55(1)(4)). Signals:
 * - large orders: at least `min_order_multiple` times the instrument's median trade size (trades,
 *   not orders, so that the spoofer's own unfilled orders do not set the yardstick);
 * - cancelled within `cancel_window_seconds` of being placed, nothing filled;
 * - an opposite-side fill by the same account or one of its group (账户组) within
 *   `opposite_fill_window_seconds` of the large order: the order moved the price for that fill;
 * - repeated (`min_episodes`) on several days (`min_days`), with the group's large orders mostly
 *   cancelled (`min_cancel_ratio`).
 */
import type { AlertDraft } from '../alerts';
import { round, strengthPast } from '../alerts';
import { lowerBound, rowsOf } from '../columns';
import { accountIds, type LocalDetector } from '../context';
import { instrumentLabel, median, percent } from '../format';

export const SPOOFING_DEFAULTS = {
  cancel_window_seconds: 10,
  min_order_multiple: 5,
  min_cancel_ratio: 0.6,
  opposite_fill_window_seconds: 30,
  min_episodes: 8,
  min_days: 2,
};

interface Episode {
  order: number;
  /** Rows of the opposite-side trades. */
  fills: number[];
}

export const spoofingDetector: LocalDetector = {
  name: 'spoofing',
  typologies: ['spoofing'],
  detect(context) {
    const { values: p, rule } = context.params('spoofing', SPOOFING_DEFAULTS);
    const { data, groups } = context;
    const { orders, trades } = data;
    const ordersByInstrument = data.ordersByInstrument();
    const tradesByInstrument = data.tradesByInstrument();
    const drafts: AlertDraft[] = [];
    for (let instrument = 0; instrument < data.instruments.size; instrument++) {
      const orderRows = rowsOf(ordersByInstrument, instrument);
      if (orderRows.length === 0) continue;
      const tradeRows = rowsOf(tradesByInstrument, instrument);
      if (tradeRows.length === 0) continue;
      const typicalQty = median(Array.from(tradeRows, (row) => trades.qty[row]!));
      const largeFrom = typicalQty * p.min_order_multiple;
      // Per group: its large orders, and the episodes among them.
      const large = new Map<number, number>();
      const episodes = new Map<number, Episode[]>();
      for (const row of orderRows) {
        if (orders.qty[row]! < largeFrom) continue;
        const group = groups.groupOf[orders.account[row]!]!;
        large.set(group, (large.get(group) ?? 0) + 1);
        const cancelled = orders.cancelTs[row]!;
        if (Number.isNaN(cancelled) || orders.filledQty[row]! > 0) continue;
        if (cancelled - orders.ts[row]! > p.cancel_window_seconds * 1000) continue;
        const from = orders.ts[row]!;
        const to = from + p.opposite_fill_window_seconds * 1000;
        const fills: number[] = [];
        for (let i = lowerBound(tradeRows, trades.ts, from); i < tradeRows.length; i++) {
          const trade = tradeRows[i]!;
          if (trades.ts[trade]! > to) break;
          if (trades.side[trade] === orders.side[row]) continue;
          if (groups.groupOf[trades.account[trade]!] !== group) continue;
          fills.push(trade);
        }
        if (fills.length === 0) continue;
        const list = episodes.get(group);
        const episode = { order: row, fills };
        if (list) list.push(episode);
        else episodes.set(group, [episode]);
      }
      for (const [group, list] of episodes) {
        const days = new Set(list.map((episode) => orders.day[episode.order]!));
        if (list.length < p.min_episodes || days.size < p.min_days) continue;
        const cancelRatio = list.length / (large.get(group) ?? list.length);
        if (cancelRatio < p.min_cancel_ratio) continue;
        const accounts = new Set<number>();
        const fills = new Set<number>();
        for (const episode of list) {
          accounts.add(orders.account[episode.order]!);
          for (const trade of episode.fills) {
            accounts.add(trades.account[trade]!);
            fills.add(trade);
          }
        }
        const lifetimes = list.map(
          (episode) => (orders.cancelTs[episode.order]! - orders.ts[episode.order]!) / 1000,
        );
        const medianLifetime = median(lifetimes);
        const sizeMultiple = median(list.map((episode) => orders.qty[episode.order]!)) / typicalQty;
        let fillQty = 0;
        for (const trade of fills) fillQty += trades.qty[trade]!;
        const spoofSide = orders.side[list[0]!.order] === 0 ? '买' : '卖';
        const code = data.instruments.names[instrument]!;
        const times = list.map((episode) => orders.ts[episode.order]!);
        drafts.push({
          typology: 'spoofing',
          accounts: accountIds(data, accounts),
          instruments: [code],
          fromMs: Math.min(...times),
          toMs: Math.max(...times),
          rule: rule?.id ?? null,
          signals: [
            {
              name: 'cancelled_large_orders_with_opposite_fill',
              value: list.length,
              strength: strengthPast(list.length, p.min_episodes, p.min_episodes * 5),
              weight: 3,
            },
            {
              name: 'active_days',
              value: days.size,
              strength: strengthPast(days.size, p.min_days, p.min_days * 3),
              weight: 1,
            },
            {
              name: 'large_order_cancel_ratio',
              value: round(cancelRatio),
              strength: strengthPast(cancelRatio, p.min_cancel_ratio, 1),
              weight: 2,
            },
            {
              name: 'median_cancel_seconds',
              value: round(medianLifetime, 2),
              strength: strengthPast(
                p.cancel_window_seconds - medianLifetime,
                0,
                p.cancel_window_seconds,
              ),
              weight: 2,
            },
            {
              name: 'order_size_multiple',
              value: round(sizeMultiple, 1),
              strength: strengthPast(sizeMultiple, p.min_order_multiple, p.min_order_multiple * 4),
              weight: 1,
            },
            {
              name: 'opposite_side_fill_qty',
              value: fillQty,
              strength: 1,
              weight: 1,
            },
          ],
          summary: `${instrumentLabel(data.instrumentNames[instrument], code)}上${days.size}个交易日内${list.length}次大额${spoofSide}单（中位为常规委托的${round(sizeMultiple, 1)}倍）申报后中位${round(medianLifetime, 1)}秒撤单，期间同一账户组反向成交${fillQty}股；该组大额委托撤单比例${percent(cancelRatio)}。`,
        });
      }
    }
    return drafts;
  },
};
