/**
 * 内幕交易 (insider trading, arts. 50–53). Signals, per price-sensitive event:
 * - accounts of its insiders of record (`relations`) and accounts tied to them (shared device,
 *   address, phone…; payments too when `follow_fund_flows`);
 * - that bought the event's stock between `sensitive_from` (at most `lookback_days` before) and
 *   `public_ts`;
 * - and sold within `sell_within_days` trading days after it, the stock having moved at least
 *   `min_abnormal_return` from the last close before the news (for bad news: sold before it,
 *   a loss avoided, and bought back after).
 */
import type { AlertDraft } from '../alerts';
import { round, strengthPast } from '../alerts';
import { rowsOf } from '../columns';
import { accountIds, type LocalDetector } from '../context';
import { instrumentLabel, percent } from '../format';
import { SIDE_BUY, SIDE_SELL } from '../marketData';
import { eventReturn, tradingDaysFrom } from './eventTrading';
import { DAY_MS, epochMs } from '../time';

export const INSIDER_TRADING_DEFAULTS = {
  lookback_days: 30,
  min_abnormal_return: 0.05,
  relations: ['officer', 'relative', 'advisor'] as readonly string[],
  follow_fund_flows: true,
  sell_within_days: 10,
};

const FUND_KINDS = new Set(['transfer', 'common_outside_party']);

export const insiderTradingDetector: LocalDetector = {
  name: 'insider_trading',
  typologies: ['insider_trading'],
  detect(context) {
    const { values: p, rule } = context.params('insider_trading', INSIDER_TRADING_DEFAULTS);
    const { data, links } = context;
    const { trades } = data;
    const byAccount = data.tradesByAccount();
    const drafts: AlertDraft[] = [];
    for (const event of data.events) {
      const instrument = data.instruments.index.get(event.instrument);
      if (instrument === undefined) continue;
      const insiders = data.insiders.filter(
        (insider) => insider.event === event.id && p.relations.includes(insider.relation),
      );
      if (insiders.length === 0) continue;
      // Each candidate trader with the insider it is tied to and how.
      const tied = new Map<number, { insider: number; how: string }>();
      for (const insider of insiders) {
        const account = data.accounts.index.get(insider.account);
        if (account === undefined) continue;
        tied.set(account, { insider: account, how: `insider:${insider.relation}` });
        const node = String(account);
        if (!links.hasNode(node)) continue;
        links.forEachEdge(node, (_edge, attributes, source, target) => {
          const kinds = attributes.kinds.filter(
            (kind) => p.follow_fund_flows || !FUND_KINDS.has(kind),
          );
          if (kinds.length === 0) return;
          const other = Number(source === node ? target : source);
          if (!tied.has(other)) tied.set(other, { insider: account, how: kinds.join('+') });
        });
      }
      const publicMs = epochMs(event.public_ts);
      const fromMs = Math.max(epochMs(event.sensitive_from), publicMs - p.lookback_days * DAY_MS);
      const sellUntil = tradingDaysFrom(context, publicMs, p.sell_within_days);
      const move = eventReturn(context, instrument, publicMs, p.sell_within_days);
      if (!(Math.abs(move) >= p.min_abnormal_return)) continue;
      // Good news: buying before it; bad news: selling before it (a loss avoided).
      const aheadSide = move > 0 ? SIDE_BUY : SIDE_SELL;
      const traders: number[] = [];
      const ties = new Set<string>();
      const insidersInvolved = new Set<number>();
      let boughtValue = 0;
      let soldQty = 0;
      let boughtQty = 0;
      let last = -Infinity;
      for (const [account, tie] of tied) {
        let bought = 0;
        let sold = 0;
        for (const row of rowsOf(byAccount, account)) {
          if (trades.instrument[row] !== instrument) continue;
          const ts = trades.ts[row]!;
          if (trades.side[row] === aheadSide && ts >= fromMs && ts < publicMs) {
            bought += trades.qty[row]!;
            boughtValue += trades.qty[row]! * trades.price[row]!;
          } else if (trades.side[row] !== aheadSide && ts >= publicMs && ts < sellUntil) {
            sold += trades.qty[row]!;
            last = Math.max(last, ts);
          }
        }
        if (bought === 0) continue;
        traders.push(account);
        insidersInvolved.add(tie.insider);
        ties.add(tie.how);
        boughtQty += bought;
        soldQty += sold;
      }
      if (traders.length === 0) continue;
      const soldShare = boughtQty > 0 ? soldQty / boughtQty : 0;
      const code = event.instrument;
      drafts.push({
        typology: 'insider_trading',
        accounts: accountIds(data, new Set([...insidersInvolved, ...traders])),
        instruments: [code],
        fromMs: epochMs(event.sensitive_from),
        toMs: Number.isFinite(last) ? last : publicMs,
        rule: rule?.id ?? null,
        signals: [
          {
            name: 'traded_in_sensitive_period_value',
            value: Math.round(boughtValue),
            strength: strengthPast(boughtValue, 0, 1_000_000),
            weight: 3,
          },
          {
            name: 'tie_to_insider',
            value: [...ties].sort().join(';'),
            strength: 1,
            weight: 3,
          },
          {
            name: 'event_return',
            value: round(move),
            strength: strengthPast(
              Math.abs(move),
              p.min_abnormal_return,
              p.min_abnormal_return * 4,
            ),
            weight: 2,
          },
          {
            name: 'sold_after_public_share',
            value: round(soldShare),
            strength: soldShare,
            weight: 2,
          },
        ],
        summary: `${event.title}（敏感期起${event.sensitive_from.slice(0, 10)}，公开${event.public_ts.slice(0, 10)}）：${traders.length}个内幕知情人或其关联账户在敏感期内${move > 0 ? '买入' : '卖出'}${instrumentLabel(data.instrumentNames[instrument], code)}${boughtQty}股（约${Math.round(boughtValue / 10_000)}万元），公开后股价变动${percent(move)}，其后反向${move > 0 ? '卖出' : '买回'}${percent(soldShare)}。`,
      });
    }
    return drafts;
  },
};
