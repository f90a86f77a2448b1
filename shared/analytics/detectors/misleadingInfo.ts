/**
 * 蛊惑交易 (trading on misleading information, art. 55(1)(6)). Signals, per announcement or
 * published item (`events`) whose stock then moved at least `min_event_return` within
 * `post_event_days` trading days:
 * - a group (账户组) with no tie to the event's insiders bought at least `min_volume_share` of the
 *   market's volume in the `pre_event_days` trading days before it became public;
 * - and sold at least `min_sold_share` of that within `post_event_days` trading days after;
 * - a later event on the stock that reverses the move (a denial) adds to it.
 */
import type { AlertDraft } from '../alerts';
import { round, strengthPast } from '../alerts';
import { accountIds, type LocalDetector } from '../context';
import { instrumentLabel, percent } from '../format';
import { epochMs } from '../time';
import { marketVolume } from './crossTrades';
import {
  eventReturn,
  insiderCircle,
  roundTripsAround,
  tradingDaysAround,
  tradingDaysFrom,
} from './eventTrading';

export const MISLEADING_INFO_DEFAULTS = {
  pre_event_days: 5,
  post_event_days: 3,
  min_event_return: 0.1,
  min_volume_share: 0.05,
  min_sold_share: 0.5,
};

export const misleadingInfoDetector: LocalDetector = {
  name: 'misleading_info',
  typologies: ['misleading_info'],
  detect(context) {
    const { values: p, rule } = context.params('misleading_info', MISLEADING_INFO_DEFAULTS);
    const { data } = context;
    // One finding per group and stock: the announcement it traded around most heavily.
    const best = new Map<string, { draft: AlertDraft; share: number }>();
    for (const event of data.events) {
      const instrument = data.instruments.index.get(event.instrument);
      if (instrument === undefined) continue;
      const publicMs = epochMs(event.public_ts);
      const move = eventReturn(context, instrument, publicMs, p.post_event_days);
      if (move < p.min_event_return) continue;
      const buyFrom = tradingDaysFrom(context, publicMs, -p.pre_event_days);
      const sellTo = tradingDaysFrom(context, publicMs, p.post_event_days);
      const { lastBefore } = tradingDaysAround(context, publicMs);
      const day = data.bars.days;
      const market = marketVolume(
        context,
        instrument,
        day[Math.max(0, lastBefore - p.pre_event_days + 1)]!,
        day[Math.max(0, lastBefore)]!,
      );
      if (market <= 0) continue;
      const circle = insiderCircle(context, event.id);
      // A later item on the same stock that moved it back: the denial.
      const denial = data.events.find(
        (other) =>
          other.instrument === event.instrument &&
          epochMs(other.public_ts) > publicMs &&
          epochMs(other.public_ts) < sellTo + 10 * 86_400_000 &&
          eventReturn(context, instrument, epochMs(other.public_ts), 2) < 0,
      );
      for (const trip of roundTripsAround(
        context,
        instrument,
        buyFrom,
        publicMs,
        sellTo,
      ).values()) {
        if ([...trip.accounts].some((account) => circle.has(account))) continue;
        const share = trip.bought / market;
        const soldShare = trip.bought > 0 ? trip.sold / trip.bought : 0;
        if (share < p.min_volume_share || soldShare < p.min_sold_share) continue;
        const members = context.groups.members[trip.group]!;
        const code = event.instrument;
        const key = `${trip.group}|${instrument}`;
        if ((best.get(key)?.share ?? -1) >= share) continue;
        best.set(key, {
          share,
          draft: {
            typology: 'misleading_info',
            accounts: accountIds(data, members.length <= 12 ? members : trip.accounts),
            instruments: [code],
            fromMs: buyFrom,
            toMs: sellTo,
            rule: rule?.id ?? null,
            signals: [
              {
                name: 'pre_event_volume_share',
                value: round(share),
                strength: strengthPast(share, p.min_volume_share, p.min_volume_share * 3),
                weight: 3,
              },
              {
                name: 'event_return',
                value: round(move),
                strength: strengthPast(move, p.min_event_return, p.min_event_return * 2),
                weight: 2,
              },
              {
                name: 'sold_after_share',
                value: round(soldShare),
                strength: strengthPast(soldShare, p.min_sold_share, 1),
                weight: 2,
              },
              {
                name: 'reversed_by_later_event',
                value: denial ? denial.id : false,
                strength: denial ? 1 : 0,
                weight: 2,
              },
              { name: 'event', value: event.id, strength: 1, weight: 1 },
            ],
            summary: `“${event.title}”公开前${p.pre_event_days}个交易日，一个账户组买入${instrumentLabel(data.instrumentNames[instrument], code)}占市场成交量${percent(share)}，消息公开后股价变动${percent(move)}，该组随即卖出${percent(soldShare)}${denial ? `；其后“${denial.title}”` : ''}。`,
          },
        });
      }
    }
    return [...best.values()].map((entry) => entry.draft);
  },
};
