/**
 * 尾市操纵 (marking the close, art. 55(1)(8) and CSRC practice). Signals:
 * - on a day the close ends at least `min_close_impact` above the last price before the final
 *   `marking_close_minutes` (the first price within them when nothing traded before), one group (账户组) bought at least `min_closing_buy_share` of what
 *   the sandbox's accounts bought in those minutes;
 * - most of the group's buying that day fell in those minutes;
 * - repeated on `min_days` days; selling the next morning adds to it.
 */
import type { AlertDraft } from '../alerts';
import { round, strengthPast } from '../alerts';
import { rowsOf } from '../columns';
import { accountIds, type LocalDetector } from '../context';
import { instrumentLabel, percent } from '../format';
import { SIDE_BUY } from '../marketData';
import { atMarketClock } from '../time';

export const MARKING_CLOSE_DEFAULTS = {
  marking_close_minutes: 10,
  min_close_impact: 0.02,
  min_days: 3,
  min_closing_buy_share: 0.5,
  /** The group's closing buys as a share of all it bought that day. */
  min_closing_concentration: 0.6,
};

interface MarkedDay {
  day: number;
  impact: number;
  share: number;
  qty: number;
}

export const markingCloseDetector: LocalDetector = {
  name: 'marking_close',
  typologies: ['marking_close'],
  detect(context) {
    const { values: p, rule } = context.params('marking_close', MARKING_CLOSE_DEFAULTS);
    const { data, groups } = context;
    const { trades, bars } = data;
    const byInstrument = data.tradesByInstrument();
    const drafts: AlertDraft[] = [];
    const closeMinute = 15 * 60;
    const fromMinute = closeMinute - p.marking_close_minutes;
    for (let instrument = 0; instrument < data.instruments.size; instrument++) {
      const rows = rowsOf(byInstrument, instrument);
      const marked = new Map<number, MarkedDay[]>();
      let i = 0;
      while (i < rows.length) {
        const day = trades.day[rows[i]!]!;
        let end = i;
        while (end < rows.length && trades.day[rows[end]!] === day) end++;
        const d = bars.dayIndex.get(day);
        const close = d === undefined ? NaN : bars.close[instrument * bars.days.length + d]!;
        const windowStart = atMarketClock(day, Math.floor(fromMinute / 60), fromMinute % 60);
        let reference = NaN;
        const closingBuys = new Map<number, number>();
        const dayBuys = new Map<number, number>();
        let closingTotal = 0;
        for (let k = i; k < end; k++) {
          const row = rows[k]!;
          // The last price before the final minutes; failing that, the first price within them.
          if (trades.ts[row]! < windowStart || Number.isNaN(reference))
            reference = trades.price[row]!;
          if (trades.side[row] !== SIDE_BUY) continue;
          const group = groups.groupOf[trades.account[row]!]!;
          dayBuys.set(group, (dayBuys.get(group) ?? 0) + trades.qty[row]!);
          if (trades.ts[row]! >= windowStart) {
            closingTotal += trades.qty[row]!;
            closingBuys.set(group, (closingBuys.get(group) ?? 0) + trades.qty[row]!);
          }
        }
        const impact = close / reference - 1;
        if (impact >= p.min_close_impact && closingTotal > 0) {
          for (const [group, qty] of closingBuys) {
            const share = qty / closingTotal;
            if (share < p.min_closing_buy_share) continue;
            if (qty / dayBuys.get(group)! < p.min_closing_concentration) continue;
            const list = marked.get(group);
            const entry = { day, impact, share, qty };
            if (list) list.push(entry);
            else marked.set(group, [entry]);
          }
        }
        i = end;
      }
      for (const [group, days] of marked) {
        if (days.length < p.min_days) continue;
        const members = groups.members[group]!;
        const memberSet = new Set(members);
        const buyers = new Set<number>();
        let soldNextMorning = 0;
        const markedDays = new Set(days.map((entry) => entry.day));
        const nextDays = new Set(
          days.map((entry) => bars.days[(bars.dayIndex.get(entry.day) ?? -2) + 1]),
        );
        for (const row of rows) {
          const account = trades.account[row]!;
          if (!memberSet.has(account)) continue;
          const day = trades.day[row]!;
          if (markedDays.has(day) && trades.side[row] === SIDE_BUY) buyers.add(account);
          if (trades.side[row] !== SIDE_BUY && nextDays.has(day))
            soldNextMorning += trades.qty[row]!;
        }
        const boughtQty = days.reduce((sum, entry) => sum + entry.qty, 0);
        const meanImpact = days.reduce((sum, entry) => sum + entry.impact, 0) / days.length;
        const meanShare = days.reduce((sum, entry) => sum + entry.share, 0) / days.length;
        const code = data.instruments.names[instrument]!;
        const first = days[0]!.day;
        const last = days.at(-1)!.day;
        drafts.push({
          typology: 'marking_close',
          accounts: accountIds(data, buyers.size ? buyers : members),
          instruments: [code],
          fromMs: atMarketClock(first, 9, 30),
          toMs: atMarketClock(last, 15, 0),
          rule: rule?.id ?? null,
          signals: [
            {
              name: 'marked_days',
              value: days.length,
              strength: strengthPast(days.length, p.min_days, p.min_days * 3),
              weight: 3,
            },
            {
              name: 'mean_close_impact',
              value: round(meanImpact),
              strength: strengthPast(meanImpact, p.min_close_impact, p.min_close_impact * 3),
              weight: 3,
            },
            {
              name: 'closing_buy_share',
              value: round(meanShare),
              strength: strengthPast(meanShare, p.min_closing_buy_share, 1),
              weight: 2,
            },
            {
              name: 'closing_buy_qty',
              value: boughtQty,
              strength: 1,
              weight: 1,
            },
            {
              name: 'sold_next_morning_qty',
              value: soldNextMorning,
              strength: soldNextMorning > 0 ? 1 : 0,
              weight: 1,
            },
          ],
          summary: `${instrumentLabel(data.instrumentNames[instrument], code)}在${days.length}个交易日收盘前${p.marking_close_minutes}分钟内由同一账户组集中买入（占该时段辖区买入量${percent(meanShare)}），收盘价较尾市前平均抬高${percent(meanImpact)}${soldNextMorning > 0 ? `，次日卖出${soldNextMorning}股` : ''}。`,
        });
      }
    }
    return drafts;
  },
};
