/**
 * 约定交易 (matched orders, art. 55(1)(2)). Signals:
 * - matched crosses between accounts of different holders (no device, MAC, phone, card or e-mail
 *   in common), orders within `max_gap_seconds`, at one price and size;
 * - repeated between the same two parties (`min_pairs`) on several days, in lots of at least
 *   `min_pair_qty` shares on the median, alternating direction;
 * - the parties' share of the market's volume on those days, and any weaker tie between them
 *   (an IP, a payment, a common funder) that shows they know each other.
 */
import type { AlertDraft } from '../alerts';
import { round, strengthPast } from '../alerts';
import { accountIds, type LocalDetector } from '../context';
import { instrumentLabel, median, percent } from '../format';
import { linkBetween } from '../links';
import { clusterCrosses, marketVolume, matchedCrosses } from './crossTrades';

export const MATCHED_ORDERS_DEFAULTS = {
  max_gap_seconds: 5,
  min_pairs: 6,
  min_pair_qty: 10_000,
  min_days: 2,
};

export const matchedOrdersDetector: LocalDetector = {
  name: 'matched_orders',
  typologies: ['matched_orders'],
  detect(context) {
    const { values: p, rule } = context.params('matched_orders', MATCHED_ORDERS_DEFAULTS);
    const { data, sameController } = context;
    const crosses = matchedCrosses(context, p.max_gap_seconds);
    const clusters = clusterCrosses(crosses, (cross) => {
      const a = sameController.groupOf[cross.buyer]!;
      const b = sameController.groupOf[cross.seller]!;
      if (a === b) return null;
      return a < b ? `${a}-${b}` : `${b}-${a}`;
    });
    const drafts: AlertDraft[] = [];
    for (const cluster of clusters) {
      const days = new Set(cluster.crosses.map((cross) => cross.day));
      const medianQty = median(cluster.crosses.map((cross) => cross.qty));
      if (cluster.crosses.length < p.min_pairs || days.size < p.min_days) continue;
      if (medianQty < p.min_pair_qty) continue;
      const accounts = [...cluster.accounts];
      // Direction changes between consecutive crosses: agreed back-and-forth trading.
      const ordered = [...cluster.crosses].sort((x, y) => x.ts - y.ts);
      const firstBuyerGroup = sameController.groupOf[ordered[0]!.buyer];
      let reversals = 0;
      for (let i = 1; i < ordered.length; i++)
        if (
          (sameController.groupOf[ordered[i]!.buyer] === firstBuyerGroup) !==
          (sameController.groupOf[ordered[i - 1]!.buyer] === firstBuyerGroup)
        )
          reversals++;
      const reversalShare = ordered.length > 1 ? reversals / (ordered.length - 1) : 0;
      const ties = new Set<string>();
      for (const x of accounts)
        for (const y of accounts)
          if (x < y && sameController.groupOf[x] !== sameController.groupOf[y])
            for (const kind of linkBetween(context.links, x, y)?.kinds ?? []) ties.add(kind);
      const matchedQty = cluster.crosses.reduce((sum, cross) => sum + cross.qty, 0);
      const dayList = [...days];
      const market = marketVolume(
        context,
        cluster.instrument,
        Math.min(...dayList),
        Math.max(...dayList),
      );
      const volumeShare = market > 0 ? matchedQty / market : 0;
      const code = data.instruments.names[cluster.instrument]!;
      const label = instrumentLabel(data.instrumentNames[cluster.instrument], code);
      const tieList = [...ties].sort();
      drafts.push({
        typology: 'matched_orders',
        accounts: accountIds(data, accounts),
        instruments: [code],
        fromMs: ordered[0]!.ts,
        toMs: ordered.at(-1)!.ts,
        rule: rule?.id ?? null,
        signals: [
          {
            name: 'matched_pairs',
            value: cluster.crosses.length,
            strength: strengthPast(cluster.crosses.length, p.min_pairs, p.min_pairs * 3),
            weight: 3,
          },
          {
            name: 'median_pair_qty',
            value: medianQty,
            strength: strengthPast(medianQty, p.min_pair_qty, p.min_pair_qty * 5),
            weight: 2,
          },
          {
            name: 'active_days',
            value: days.size,
            strength: strengthPast(days.size, p.min_days, p.min_days * 3),
            weight: 1,
          },
          {
            name: 'direction_reversal_share',
            value: round(reversalShare),
            strength: reversalShare,
            weight: 1,
          },
          {
            name: 'volume_share',
            value: round(volumeShare),
            strength: strengthPast(volumeShare, 0, 0.2, 0.2),
            weight: 2,
          },
          {
            name: 'ties_between_parties',
            value: tieList.join(',') || 'none',
            strength: tieList.length ? strengthPast(tieList.length, 1, 3) : 0,
            weight: 1,
          },
        ],
        summary: `不同持有人账户在${label}上${days.size}个交易日相互成交${cluster.crosses.length}笔，同价同量、委托间隔数秒，成交量中位${medianQty}股，占同期市场成交量${percent(volumeShare)}${tieList.length ? `；双方之间存在关联（${tieList.join('、')}）` : ''}。`,
      });
    }
    return drafts;
  },
};
