/**
 * 短线交易 (short-swing trading, art. 44; typology `other`). Signals: an insider of record of a
 * company (`relations`: its officers and their relatives) who bought its stock and sold it, or
 * sold and bought back, within `holding_months`.
 */
import type { AlertDraft } from '../alerts';
import { strengthPast } from '../alerts';
import { rowsOf } from '../columns';
import { accountIds, type LocalDetector } from '../context';
import { instrumentLabel } from '../format';
import { SIDE_BUY } from '../marketData';
import { DAY_MS } from '../time';

export const SHORT_SWING_DEFAULTS = {
  holding_months: 6,
  relations: ['officer', 'relative'] as readonly string[],
};

export const shortSwingDetector: LocalDetector = {
  name: 'short_swing',
  typologies: ['other'],
  detect(context) {
    const { values: p, rule } = context.params('other', SHORT_SWING_DEFAULTS);
    const { data } = context;
    const { trades } = data;
    const byAccount = data.tradesByAccount();
    // Insiders of each company, whatever the event that named them.
    const insidersOf = new Map<string, Map<number, string>>();
    const eventInstrument = new Map(data.events.map((event) => [event.id, event.instrument]));
    for (const insider of data.insiders) {
      const code = eventInstrument.get(insider.event);
      const account = data.accounts.index.get(insider.account);
      if (!code || account === undefined || !p.relations.includes(insider.relation)) continue;
      let map = insidersOf.get(code);
      if (!map) insidersOf.set(code, (map = new Map()));
      map.set(account, insider.relation);
    }
    const horizon = p.holding_months * 30.5 * DAY_MS;
    const drafts: AlertDraft[] = [];
    for (const [code, insiders] of insidersOf) {
      const instrument = data.instruments.index.get(code);
      if (instrument === undefined) continue;
      const swingers: number[] = [];
      const relations = new Set<string>();
      let from = Infinity;
      let to = -Infinity;
      let roundTrips = 0;
      for (const [account, relation] of insiders) {
        let firstBuy = Infinity;
        let firstSell = Infinity;
        let swing: [number, number] | null = null;
        for (const row of rowsOf(byAccount, account)) {
          if (trades.instrument[row] !== instrument) continue;
          const ts = trades.ts[row]!;
          if (trades.side[row] === SIDE_BUY) {
            if (firstSell < ts && ts - firstSell <= horizon) swing ??= [firstSell, ts];
            firstBuy = Math.min(firstBuy, ts);
          } else {
            if (firstBuy < ts && ts - firstBuy <= horizon) swing ??= [firstBuy, ts];
            firstSell = Math.min(firstSell, ts);
          }
        }
        if (!swing) continue;
        swingers.push(account);
        relations.add(relation);
        roundTrips++;
        from = Math.min(from, swing[0]);
        to = Math.max(to, swing[1]);
      }
      if (swingers.length === 0) continue;
      const days = Math.round((to - from) / DAY_MS);
      drafts.push({
        typology: 'other',
        accounts: accountIds(data, swingers),
        instruments: [code],
        fromMs: from,
        toMs: to,
        rule: rule?.id ?? null,
        signals: [
          {
            name: 'insider_relation',
            value: [...relations].sort().join(','),
            strength: 1,
            weight: 3,
          },
          {
            name: 'round_trip_days',
            value: days,
            strength: strengthPast(p.holding_months * 30 - days, 0, p.holding_months * 30),
            weight: 2,
          },
          { name: 'insider_accounts_trading', value: roundTrips, strength: 1, weight: 1 },
        ],
        summary: `${instrumentLabel(data.instrumentNames[instrument], code)}的${swingers.length}名内幕知情人（${[...relations].join('、')}）在${days}天内买入又卖出（或卖出又买入）本公司股票，涉嫌短线交易。`,
      });
    }
    return drafts;
  },
};
