/**
 * The evidence table of the account groups (账户组), per group and instrument, in the figures
 * Chinese enforcement cites: share of market volume over rolling 10 and 20 trading days,
 * matched/self-trade share of the group's volume, intraday cancellation ratio, turnover and
 * gains. The dictionary carries no share capital, so the share of free float held cannot be
 * computed: the table gives the largest net position in shares instead, for the examiner to
 * divide by the float. Thresholds come from the sandbox's rules where present.
 */
import { round } from './alerts';
import { rowsOf } from './columns';
import type { DetectionContext } from './context';
import { SIDE_BUY } from './marketData';
import { marketDay } from './time';

export const GROUP_EVIDENCE_DEFAULTS = {
  /** Rolling windows, in trading days. */
  short_window_days: 10,
  long_window_days: 20,
  /** From the continuous-trading rule's `min_volume_share` when present. */
  min_volume_share: 0.2,
  /** From the wash-trade rule's `min_group_trade_ratio` when present. */
  min_group_trade_ratio: 0.3,
  /** From the spoofing rule's `min_cancel_ratio` when present. */
  min_cancel_ratio: 0.6,
};

export interface GroupEvidenceRow {
  group: number;
  accounts: string[];
  instrument: string;
  /** Largest share of the market's volume the group traded in any 10 (20) trading days. */
  volumeShare10: number;
  volumeShare20: number;
  /** Quantity traded between the group's own accounts, over all it traded. */
  selfTradeShare: number;
  /** Orders cancelled on the day they were placed, over all orders placed. */
  intradayCancelRatio: number;
  orders: number;
  turnover: number;
  /** Largest net long position held during the period, in shares. */
  maxNetPosition: number;
  /** Share of free float held: null, the dictionary carries no share capital. */
  floatShare: null;
  /** Sales minus purchases, plus the remaining position at the last close. */
  gains: number;
  /** Names of the thresholds this row reaches. */
  reaches: string[];
}

export interface GroupEvidenceTable {
  thresholds: typeof GROUP_EVIDENCE_DEFAULTS;
  rows: GroupEvidenceRow[];
}

export function groupEvidenceTable(context: DetectionContext, minMembers = 2): GroupEvidenceTable {
  const { data, groups } = context;
  const thresholds = {
    ...GROUP_EVIDENCE_DEFAULTS,
    min_volume_share: context.params('continuous_trading', {
      min_volume_share: GROUP_EVIDENCE_DEFAULTS.min_volume_share,
    }).values.min_volume_share,
    min_group_trade_ratio: context.params('wash_trade', {
      min_group_trade_ratio: GROUP_EVIDENCE_DEFAULTS.min_group_trade_ratio,
    }).values.min_group_trade_ratio,
    min_cancel_ratio: context.params('spoofing', {
      min_cancel_ratio: GROUP_EVIDENCE_DEFAULTS.min_cancel_ratio,
    }).values.min_cancel_ratio,
  };
  const { trades, orders, bars } = data;
  const dayCount = bars.days.length;
  // Orders and cancellations per (group, instrument), in one pass.
  const orderCounts = new Map<string, { placed: number; cancelled: number }>();
  for (let row = 0; row < orders.length; row++) {
    const group = groups.groupOf[orders.account[row]!]!;
    if (groups.members[group]!.length < minMembers) continue;
    const key = `${group}|${orders.instrument[row]}`;
    const counts = orderCounts.get(key) ?? { placed: 0, cancelled: 0 };
    orderCounts.set(key, counts);
    counts.placed++;
    const cancelled = orders.cancelTs[row]!;
    if (!Number.isNaN(cancelled) && marketDay(cancelled) === orders.day[row]) counts.cancelled++;
  }
  const byAccount = data.tradesByAccount();
  const rows: GroupEvidenceRow[] = [];
  groups.members.forEach((members, group) => {
    if (members.length < minMembers) return;
    const memberSet = new Set(members);
    const perInstrument = new Map<number, number[]>();
    for (const account of members)
      for (const row of rowsOf(byAccount, account)) {
        const list = perInstrument.get(trades.instrument[row]!);
        if (list) list.push(row);
        else perInstrument.set(trades.instrument[row]!, [row]);
      }
    for (const [instrument, tradeRows] of perInstrument) {
      tradeRows.sort((a, b) => trades.ts[a]! - trades.ts[b]!);
      const daily = new Float64Array(dayCount);
      let total = 0;
      let self = 0;
      let turnover = 0;
      let cash = 0;
      let position = 0;
      let maxPosition = 0;
      for (const row of tradeRows) {
        const qty = trades.qty[row]!;
        const d = bars.dayIndex.get(trades.day[row]!);
        if (d !== undefined) daily[d]! += qty;
        total += qty;
        if (memberSet.has(trades.counterparty[row]!)) self += qty;
        turnover += qty * trades.price[row]!;
        const sign = trades.side[row] === SIDE_BUY ? 1 : -1;
        position += sign * qty;
        cash -= sign * qty * trades.price[row]!;
        maxPosition = Math.max(maxPosition, position);
      }
      const base = instrument * dayCount;
      const rollingShare = (window: number) => {
        let best = 0;
        for (let start = 0; start + window <= dayCount; start++) {
          let group = 0;
          let market = 0;
          for (let d = start; d < start + window; d++) {
            group += daily[d]!;
            const volume = bars.volume[base + d]!;
            if (!Number.isNaN(volume)) market += volume;
          }
          if (market > 0) best = Math.max(best, group / market);
        }
        return best;
      };
      let lastClose = NaN;
      for (let d = dayCount - 1; d >= 0 && Number.isNaN(lastClose); d--)
        lastClose = bars.close[base + d]!;
      const counts = orderCounts.get(`${group}|${instrument}`) ?? { placed: 0, cancelled: 0 };
      const row: GroupEvidenceRow = {
        group,
        accounts: members.map((account) => data.accounts.names[account]!),
        instrument: data.instruments.names[instrument]!,
        volumeShare10: round(rollingShare(Math.min(thresholds.short_window_days, dayCount)), 4),
        volumeShare20: round(rollingShare(Math.min(thresholds.long_window_days, dayCount)), 4),
        selfTradeShare: round(total > 0 ? self / total : 0, 4),
        intradayCancelRatio: round(counts.placed > 0 ? counts.cancelled / counts.placed : 0, 4),
        orders: counts.placed,
        turnover: round(turnover, 2),
        maxNetPosition: maxPosition,
        floatShare: null,
        gains: round(cash + position * (Number.isNaN(lastClose) ? 0 : lastClose), 2),
        reaches: [],
      };
      if (row.volumeShare10 >= thresholds.min_volume_share) row.reaches.push('volume_share_10d');
      if (row.volumeShare20 >= thresholds.min_volume_share) row.reaches.push('volume_share_20d');
      if (row.selfTradeShare >= thresholds.min_group_trade_ratio)
        row.reaches.push('self_trade_share');
      if (row.intradayCancelRatio >= thresholds.min_cancel_ratio && counts.placed >= 10)
        row.reaches.push('intraday_cancel_ratio');
      rows.push(row);
    }
  });
  rows.sort((a, b) => b.reaches.length - a.reaches.length || b.turnover - a.turnover);
  return { thresholds, rows };
}
