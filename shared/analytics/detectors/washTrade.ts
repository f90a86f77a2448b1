/**
 * 自买自卖 / 对倒 (wash trades, Securities Law art. 55(1)(3)). Signals:
 * - matched crosses: trades between two accounts of one controller (sharing a device, MAC, phone,
 *   card or e-mail) whose orders were placed within `max_gap_seconds` at the same price and size;
 * - how many there are (`min_matched_trades`) and on how many days (`min_days`);
 * - the ring's self-trade share: matched quantity over all the ring traded in the stock then
 *   (`min_group_trade_ratio`);
 * - its share of the market's volume on those days, and the kinds of identifiers it shares
 *   (`min_shared_identifiers`).
 */
import type { AlertDraft } from '../alerts';
import { strengthPast } from '../alerts';
import { accountIds, type DetectionContext, type LocalDetector } from '../context';
import { CONTROL_KINDS, linkBetween, type LinkKind } from '../links';
import { median, percent } from '../format';
import { clusterCrosses, marketVolume, matchedCrosses, tradedQty } from './crossTrades';
import { round } from '../alerts';

export const WASH_TRADE_DEFAULTS = {
  max_gap_seconds: 3,
  min_matched_trades: 6,
  min_days: 2,
  min_group_trade_ratio: 0.3,
  min_shared_identifiers: 2,
};

/** The identifier kinds that the accounts share with each other, across the ring's pairs. */
export function sharedKindsWithin(
  context: DetectionContext,
  accounts: readonly number[],
): LinkKind[] {
  const kinds = new Set<LinkKind>();
  for (let i = 0; i < accounts.length; i++)
    for (let j = i + 1; j < accounts.length; j++)
      for (const kind of linkBetween(context.links, accounts[i]!, accounts[j]!)?.kinds ?? [])
        kinds.add(kind);
  return [...kinds].sort();
}

export const washTradeDetector: LocalDetector = {
  name: 'wash_trade',
  typologies: ['wash_trade'],
  detect(context) {
    const { values: p, rule } = context.params('wash_trade', WASH_TRADE_DEFAULTS);
    const { data, sameController } = context;
    const crosses = matchedCrosses(context, p.max_gap_seconds);
    const clusters = clusterCrosses(crosses, (cross) => {
      const group = sameController.groupOf[cross.buyer]!;
      return group === sameController.groupOf[cross.seller] ? String(group) : null;
    });
    const drafts: AlertDraft[] = [];
    for (const cluster of clusters) {
      const days = new Set(cluster.crosses.map((cross) => cross.day));
      if (cluster.crosses.length < p.min_matched_trades || days.size < p.min_days) continue;
      const accounts = [...cluster.accounts];
      const kinds = sharedKindsWithin(context, accounts);
      const controlKinds = kinds.filter((kind) => CONTROL_KINDS.has(kind) || kind === 'ip');
      if (controlKinds.length < p.min_shared_identifiers) continue;
      const fromMs = Math.min(...cluster.crosses.map((cross) => cross.ts));
      const toMs = Math.max(...cluster.crosses.map((cross) => cross.ts));
      const matchedQty = cluster.crosses.reduce((sum, cross) => sum + cross.qty, 0);
      // Each cross is one trade of each side: the ring traded 2 × matchedQty with itself.
      const ringQty = tradedQty(context, cluster.accounts, cluster.instrument, fromMs, toMs);
      const selfShare = ringQty > 0 ? (2 * matchedQty) / ringQty : 0;
      if (selfShare < p.min_group_trade_ratio) continue;
      const dayList = [...days];
      const market = marketVolume(
        context,
        cluster.instrument,
        Math.min(...dayList),
        Math.max(...dayList),
      );
      const volumeShare = market > 0 ? matchedQty / market : 0;
      const medianGap = median(cluster.crosses.map((cross) => cross.gapSeconds));
      const code = data.instruments.names[cluster.instrument]!;
      const name = data.instrumentNames[cluster.instrument] ?? code;
      drafts.push({
        typology: 'wash_trade',
        accounts: accountIds(data, accounts),
        instruments: [code],
        fromMs,
        toMs,
        rule: rule?.id ?? null,
        signals: [
          {
            name: 'matched_trades',
            value: cluster.crosses.length,
            strength: strengthPast(
              cluster.crosses.length,
              p.min_matched_trades,
              p.min_matched_trades * 4,
            ),
            weight: 3,
          },
          {
            name: 'active_days',
            value: days.size,
            strength: strengthPast(days.size, p.min_days, p.min_days * 3),
            weight: 1,
          },
          {
            name: 'self_trade_share',
            value: round(selfShare),
            strength: strengthPast(selfShare, p.min_group_trade_ratio, 0.9),
            weight: 3,
          },
          {
            name: 'median_order_gap_seconds',
            value: round(medianGap, 2),
            strength: strengthPast(p.max_gap_seconds - medianGap, 0, p.max_gap_seconds),
            weight: 1,
          },
          {
            name: 'volume_share',
            value: round(volumeShare),
            strength: strengthPast(volumeShare, 0, 0.2, 0.2),
            weight: 1,
          },
          {
            name: 'shared_identifier_kinds',
            value: controlKinds.join(','),
            strength: strengthPast(controlKinds.length, p.min_shared_identifiers, 4),
            weight: 2,
          },
        ],
        summary: `${accounts.length}个同一控制人账户（共用${controlKinds.join('、')}）在${name}（${code}）上${days.size}个交易日相互成交${cluster.crosses.length}笔，委托间隔中位${round(medianGap, 1)}秒、同价同量；账户组内成交占其成交量${percent(selfShare)}，占同期市场成交量${percent(volumeShare)}。`,
      });
    }
    return drafts;
  },
};
