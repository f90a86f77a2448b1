/**
 * 连续交易操纵 (continuous trading, art. 55(1)(1)). Signals, per group (账户组) and instrument,
 * over sliding windows of `min_active_days` up to `window_days` trading days:
 * - the group's purchases as a share of the market's volume (`min_volume_share`);
 * - the close's rise over the window (`min_price_change`);
 * - days the group bought on (`min_active_days`);
 * - distribution afterwards: the group's sales in the `window_days` after the window.
 */
import type { AlertDraft } from '../alerts';
import { round, strengthPast } from '../alerts';
import { rowsOf } from '../columns';
import { accountIds, type LocalDetector } from '../context';
import { instrumentLabel, percent } from '../format';
import { SIDE_BUY } from '../marketData';
import { atMarketClock } from '../time';

export const CONTINUOUS_TRADING_DEFAULTS = {
  window_days: 10,
  min_volume_share: 0.2,
  min_price_change: 0.15,
  min_active_days: 5,
};

export const continuousTradingDetector: LocalDetector = {
  name: 'continuous_trading',
  typologies: ['continuous_trading'],
  detect(context) {
    const { values: p, rule } = context.params('continuous_trading', CONTINUOUS_TRADING_DEFAULTS);
    const { data, groups } = context;
    const { trades, bars } = data;
    const dayCount = bars.days.length;
    const window = Math.max(1, Math.min(p.window_days, dayCount - 1));
    const byInstrument = data.tradesByInstrument();
    const drafts: AlertDraft[] = [];
    for (let instrument = 0; instrument < data.instruments.size; instrument++) {
      const rows = rowsOf(byInstrument, instrument);
      if (rows.length === 0) continue;
      const base = instrument * dayCount;
      // Per group: bought and sold quantity per trading day.
      const bought = new Map<number, Float64Array>();
      const sold = new Map<number, Float64Array>();
      const members = new Map<number, Set<number>>();
      // Prefix sums: the window's totals in constant time per start day.
      const marketBefore = new Float64Array(dayCount + 1);
      for (let d = 0; d < dayCount; d++) {
        const volume = bars.volume[base + d]!;
        marketBefore[d + 1] = marketBefore[d]! + (Number.isNaN(volume) ? 0 : volume);
      }
      const groupBefore = new Float64Array(dayCount + 1);
      const activeBefore = new Int32Array(dayCount + 1);
      // A group that bought less in the whole period than the share of the quietest window
      // cannot reach it in any window: skip it before building its daily series.
      const shortest = Math.min(p.min_active_days, window);
      let quietest = Infinity;
      for (let start = 1; start + shortest <= dayCount; start++)
        quietest = Math.min(quietest, marketBefore[start + shortest]! - marketBefore[start]!);
      const totalBought = new Map<number, number>();
      for (const row of rows) {
        if (trades.side[row] !== SIDE_BUY) continue;
        const group = groups.groupOf[trades.account[row]!]!;
        totalBought.set(group, (totalBought.get(group) ?? 0) + trades.qty[row]!);
      }
      const candidate = (group: number) =>
        (totalBought.get(group) ?? 0) >= p.min_volume_share * quietest;
      for (const row of rows) {
        const d = bars.dayIndex.get(trades.day[row]!);
        if (d === undefined) continue;
        const account = trades.account[row]!;
        const group = groups.groupOf[account]!;
        if (!candidate(group)) continue;
        const target = trades.side[row] === SIDE_BUY ? bought : sold;
        let series = target.get(group);
        if (!series) target.set(group, (series = new Float64Array(dayCount)));
        series[d]! += trades.qty[row]!;
        let set = members.get(group);
        if (!set) members.set(group, (set = new Set()));
        set.add(account);
      }
      for (const [group, buys] of bought) {
        for (let d = 0; d < dayCount; d++) {
          groupBefore[d + 1] = groupBefore[d]! + buys[d]!;
          activeBefore[d + 1] = activeBefore[d]! + (buys[d]! > 0 ? 1 : 0);
        }
        let best: {
          start: number;
          length: number;
          share: number;
          change: number;
          active: number;
        } | null = null;
        // Every window of `min_active_days` to `window_days` trading days: a push of one week
        // inside a quieter fortnight counts.
        for (let length = Math.min(p.min_active_days, window); length <= window; length++) {
          for (let start = 1; start + length <= dayCount; start++) {
            const end = start + length;
            const active = activeBefore[end]! - activeBefore[start]!;
            const marketQty = marketBefore[end]! - marketBefore[start]!;
            if (active < p.min_active_days || marketQty <= 0) continue;
            const share = (groupBefore[end]! - groupBefore[start]!) / marketQty;
            if (share < p.min_volume_share) continue;
            const change = bars.close[base + end - 1]! / bars.close[base + start - 1]! - 1;
            if (!(change >= p.min_price_change)) continue;
            if (!best || share * change > best.share * best.change)
              best = { start, length, share, change, active };
          }
        }
        if (!best) continue;
        const sales = sold.get(group);
        let distributed = 0;
        let boughtInWindow = 0;
        for (let d = best.start; d < best.start + best.length; d++) boughtInWindow += buys[d]!;
        for (let d = best.start; d < Math.min(dayCount, best.start + 2 * window); d++)
          distributed += sales?.[d] ?? 0;
        const distributionShare = boughtInWindow > 0 ? distributed / boughtInWindow : 0;
        const accounts = members.get(group)!;
        const code = data.instruments.names[instrument]!;
        const firstDay = bars.days[best.start]!;
        const lastDay = bars.days[best.start + best.length - 1]!;
        drafts.push({
          typology: 'continuous_trading',
          accounts: accountIds(data, accounts),
          instruments: [code],
          fromMs: atMarketClock(firstDay, 9, 30),
          toMs: atMarketClock(lastDay, 15, 0),
          rule: rule?.id ?? null,
          signals: [
            {
              name: 'volume_share',
              value: round(best.share),
              strength: strengthPast(best.share, p.min_volume_share, p.min_volume_share * 2),
              weight: 4,
            },
            {
              name: 'price_change',
              value: round(best.change),
              strength: strengthPast(best.change, p.min_price_change, p.min_price_change * 2.5),
              weight: 3,
            },
            {
              name: 'active_days',
              value: best.active,
              strength: strengthPast(best.active, p.min_active_days, window),
              weight: 1,
            },
            {
              name: 'group_accounts',
              value: accounts.size,
              strength: strengthPast(accounts.size, 1, 5, 0),
              weight: 1,
            },
            {
              name: 'distribution_share',
              value: round(distributionShare),
              strength: strengthPast(distributionShare, 0, 0.8, 0),
              weight: 2,
            },
          ],
          summary: `${accounts.size}个账户组成的账户组在${best.length}个交易日内买入${instrumentLabel(data.instrumentNames[instrument], code)}占市场成交量${percent(best.share)}，期间收盘价上涨${percent(best.change)}${distributionShare > 0.2 ? `，随后卖出相当于买入量${percent(distributionShare)}的股份` : ''}。`,
        });
      }
    }
    return drafts;
  },
};
