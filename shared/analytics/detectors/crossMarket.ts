/**
 * 跨市场操纵 / 关联证券交易 (cross-market, art. 55 and the 2019 interpretation on related
 * securities). Signals, per announcement:
 * - related securities: other instruments that the announcement names, or that carry the same
 *   brand (first two characters of the name) on another exchange;
 * - a group (账户组) bought a related security in the `event_window_days` trading days before the
 *   announcement became public, at least `min_volume_share` of its market volume;
 * - and sold at least `min_sold_share` of it within `event_window_days` after, into a move of at
 *   least `min_event_return`.
 */
import type { AlertDraft } from '../alerts';
import { round, strengthPast } from '../alerts';
import { accountIds, type LocalDetector } from '../context';
import { instrumentLabel, percent } from '../format';
import { epochMs } from '../time';
import { marketVolume } from './crossTrades';
import { eventReturn, roundTripsAround, tradingDaysAround, tradingDaysFrom } from './eventTrading';

export const CROSS_MARKET_DEFAULTS = {
  event_window_days: 5,
  min_volume_share: 0.05,
  min_sold_share: 0.5,
  min_event_return: 0.05,
};

export const crossMarketDetector: LocalDetector = {
  name: 'cross_market',
  typologies: ['cross_market'],
  detect(context) {
    const { values: p, rule } = context.params('cross_market', CROSS_MARKET_DEFAULTS);
    const { data } = context;
    // One finding per group and related security: the announcement that names it, else the strongest.
    const best = new Map<string, { draft: AlertDraft; named: boolean; share: number }>();
    const exchangeOf = (code: string) => code.slice(code.lastIndexOf('.') + 1);
    for (const event of data.events) {
      const own = data.instruments.index.get(event.instrument);
      if (own === undefined) continue;
      const ownName = data.instrumentNames[own] ?? '';
      const related: Array<{ instrument: number; named: boolean }> = [];
      data.instrumentNames.forEach((name, instrument) => {
        if (instrument === own || !name) return;
        const code = data.instruments.names[instrument]!;
        const named = event.title.includes(name);
        const sameBrand =
          ownName.length >= 2 &&
          name.slice(0, 2) === ownName.slice(0, 2) &&
          exchangeOf(code) !== exchangeOf(event.instrument);
        if (named || sameBrand) related.push({ instrument, named });
      });
      if (related.length === 0) continue;
      const publicMs = epochMs(event.public_ts);
      const buyFrom = tradingDaysFrom(context, publicMs, -p.event_window_days);
      const sellTo = tradingDaysFrom(context, publicMs, p.event_window_days);
      const { lastBefore } = tradingDaysAround(context, publicMs);
      const days = data.bars.days;
      for (const { instrument, named } of related) {
        const move = eventReturn(context, instrument, publicMs, p.event_window_days);
        if (move < p.min_event_return) continue;
        const market = marketVolume(
          context,
          instrument,
          days[Math.max(0, lastBefore - p.event_window_days + 1)]!,
          days[Math.max(0, lastBefore)]!,
        );
        if (market <= 0) continue;
        for (const trip of roundTripsAround(
          context,
          instrument,
          buyFrom,
          publicMs,
          sellTo,
        ).values()) {
          const share = trip.bought / market;
          const soldShare = trip.bought > 0 ? trip.sold / trip.bought : 0;
          if (share < p.min_volume_share || soldShare < p.min_sold_share) continue;
          const members = context.groups.members[trip.group]!;
          const code = data.instruments.names[instrument]!;
          const key = `${trip.group}|${instrument}`;
          const previous = best.get(key);
          if (
            previous &&
            (previous.named > named || (previous.named === named && previous.share >= share))
          )
            continue;
          best.set(key, {
            named,
            share,
            draft: {
              typology: 'cross_market',
              accounts: accountIds(data, members.length <= 12 ? members : trip.accounts),
              instruments: [code, event.instrument],
              fromMs: buyFrom,
              toMs: sellTo,
              rule: rule?.id ?? null,
              signals: [
                {
                  name: 'related_security_volume_share',
                  value: round(share),
                  strength: strengthPast(share, p.min_volume_share, p.min_volume_share * 4),
                  weight: 3,
                },
                {
                  name: 'related_security_return',
                  value: round(move),
                  strength: strengthPast(move, p.min_event_return, p.min_event_return * 3),
                  weight: 2,
                },
                {
                  name: 'sold_after_share',
                  value: round(soldShare),
                  strength: strengthPast(soldShare, p.min_sold_share, 1),
                  weight: 2,
                },
                { name: 'announcing_security', value: event.instrument, strength: 1, weight: 1 },
              ],
              summary: `${instrumentLabel(data.instrumentNames[own], event.instrument)}公告“${event.title}”前${p.event_window_days}个交易日，一个账户组在另一市场买入关联证券${instrumentLabel(data.instrumentNames[instrument], code)}占其成交量${percent(share)}，公告后该证券变动${percent(move)}，该组卖出${percent(soldShare)}。`,
            },
          });
        }
      }
    }
    return [...best.values()].map((entry) => entry.draft);
  },
};
