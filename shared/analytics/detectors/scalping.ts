/**
 * 抢帽子交易 (scalping, art. 55(1)(7)): buying a stock, recommending it publicly, selling into
 * the rise. Signals, per group (账户组):
 * - items of `event_types` published outside trading hours (a commentator's recommendation);
 * - the group bought the stock in the `recommendation_lag_days` trading days up to publication,
 *   a new position: it had not traded the stock in the `quiet_days` trading days before;
 * - and sold at least half of it within `max_holding_days` trading days after;
 * - on at least `min_round_trips` different items, the stock rising after them on average.
 */
import type { AlertDraft } from '../alerts';
import { round, strengthPast } from '../alerts';
import { accountIds, type LocalDetector } from '../context';
import { percent } from '../format';
import { epochMs, marketTimeOfDay } from '../time';
import { eventReturn, insiderCircle, roundTripsAround, tradingDaysFrom } from './eventTrading';

export const SCALPING_DEFAULTS = {
  recommendation_lag_days: 1,
  min_round_trips: 2,
  max_holding_days: 2,
  min_sold_share: 0.5,
  quiet_days: 10,
  event_types: ['other'] as readonly string[],
};

const OPEN_MS = (9 * 60 + 30) * 60_000;
const CLOSE_MS = 15 * 60 * 60_000;

export const scalpingDetector: LocalDetector = {
  name: 'scalping',
  typologies: ['scalping'],
  detect(context) {
    const { values: p, rule } = context.params('scalping', SCALPING_DEFAULTS);
    const { data } = context;
    const byGroup = new Map<
      number,
      {
        accounts: Set<number>;
        events: string[];
        instruments: Set<string>;
        returns: number[];
        value: number;
        from: number;
        to: number;
      }
    >();
    for (const event of data.events) {
      const instrument = data.instruments.index.get(event.instrument);
      if (instrument === undefined) continue;
      if (!p.event_types.includes(event.type)) continue;
      const publicMs = epochMs(event.public_ts);
      const time = marketTimeOfDay(publicMs);
      if (time > OPEN_MS && time < CLOSE_MS) continue;
      const buyFrom = tradingDaysFrom(context, publicMs, -p.recommendation_lag_days);
      const sellTo = tradingDaysFrom(context, publicMs, p.max_holding_days);
      const circle = insiderCircle(context, event.id);
      const quietFrom = tradingDaysFrom(context, buyFrom, -p.quiet_days);
      const tradedBefore = roundTripsAround(context, instrument, quietFrom, buyFrom, buyFrom);
      for (const trip of roundTripsAround(
        context,
        instrument,
        buyFrom,
        publicMs,
        sellTo,
      ).values()) {
        if (trip.bought === 0 || trip.sold < p.min_sold_share * trip.bought) continue;
        if ((tradedBefore.get(trip.group)?.bought ?? 0) > 0) continue;
        if ([...trip.accounts].some((account) => circle.has(account))) continue;
        let entry = byGroup.get(trip.group);
        if (!entry)
          byGroup.set(
            trip.group,
            (entry = {
              accounts: new Set(),
              events: [],
              instruments: new Set(),
              returns: [],
              value: 0,
              from: buyFrom,
              to: sellTo,
            }),
          );
        for (const account of trip.accounts) entry.accounts.add(account);
        entry.events.push(event.id);
        entry.instruments.add(event.instrument);
        entry.returns.push(eventReturn(context, instrument, publicMs, p.max_holding_days));
        entry.value += trip.soldValue - trip.boughtValue;
        entry.from = Math.min(entry.from, buyFrom);
        entry.to = Math.max(entry.to, sellTo);
      }
    }
    const drafts: AlertDraft[] = [];
    for (const entry of byGroup.values()) {
      const trips = new Set(entry.events).size;
      if (trips < p.min_round_trips) continue;
      const meanReturn =
        entry.returns.reduce((sum, value) => sum + value, 0) / entry.returns.length;
      if (meanReturn <= 0) continue;
      drafts.push({
        typology: 'scalping',
        accounts: accountIds(data, entry.accounts),
        instruments: [...entry.instruments],
        fromMs: entry.from,
        toMs: entry.to,
        rule: rule?.id ?? null,
        signals: [
          {
            name: 'round_trips_around_publications',
            value: trips,
            strength: strengthPast(trips, p.min_round_trips, p.min_round_trips * 2),
            weight: 4,
          },
          {
            name: 'mean_return_after_publication',
            value: round(meanReturn),
            strength: strengthPast(meanReturn, 0, 0.08, 0),
            weight: 2,
          },
          {
            name: 'realised_gain',
            value: Math.round(entry.value),
            strength: entry.value > 0 ? 1 : 0,
            weight: 1,
          },
          { name: 'events', value: entry.events.join(','), strength: 1, weight: 1 },
        ],
        summary: `同一账户组${trips}次在非交易时段发布的信息（${entry.events.join('、')}）公开前买入相关股票、公开后${p.max_holding_days}个交易日内卖出，涉及${[...entry.instruments].join('、')}，发布后股价平均变动${percent(meanReturn)}，获利约${Math.round(entry.value / 10_000)}万元。`,
      });
    }
    return drafts;
  },
};
