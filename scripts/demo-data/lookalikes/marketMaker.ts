/**
 * A market maker on the Beijing Stock Exchange (北交所做市商): every day it buys and sells the
 * same stocks, often against jurisdiction accounts, so it both buys and sells one stock on one
 * day with many counterparties. That is its licence, not wash trading.
 */
import type { AccountProfile } from '../accounts';
import { round } from '../format';
import type { InstrumentProfile } from '../instruments';
import { GBDT_MODEL } from '../sandboxModels';
import { LAST_DAY } from '../schemes/schedule';
import type { LookAlike, LookAlikePlanner } from './types';

export const planMarketMaker: LookAlikePlanner = (id, context) => {
  const { random } = context;
  const [maker] = context.accounts.recruit(id, 1, { kind: 'institution', openedBy: '2024-12-31' });
  maker!.row.holder_masked = '**证券股份有限公司（做市专用）';
  const instruments: InstrumentProfile[] = [];
  for (let i = 0; i < 3; i++) {
    try {
      instruments.push(context.instruments.take(id, { board: '北交所' }));
    } catch {
      // Few instruments at small scales: make markets in what there is.
      instruments.push(context.instruments.take(id));
    }
  }
  const counterparties: AccountProfile[] = context.accounts.accounts.filter(
    (account) => account.reservedBy === null && account.activity > 0,
  );
  const seen = new Set<string>();
  const alertDay = random.int(25, 45);

  const lookAlike: LookAlike = {
    id,
    kind: 'market_maker',
    explanation:
      'A licensed market maker quoting both sides of three BSE stocks all quarter: it buys and sells each stock every day against many different accounts (counterparty set when they are in the jurisdiction), with small inventory changes. Two-sided, many counterparties, no shared identifiers or funding.',
    members: [maker!],
    instruments,
    firstDay: 0,
    lastDay: LAST_DAY,
    sharedIdentifiers: [],
    transfers: [],
    falseAlarms: [
      {
        typology: 'wash_trade',
        score: 0.52,
        accounts: [maker!],
        instruments: instruments.slice(0, 1),
        model: GBDT_MODEL,
        ruleFired: false,
        delayDays: 1,
        windowDays: [alertDay - 4, alertDay],
        describe: ({ statistics }) => ({
          features: [
            ['same_day_buy_and_sell', true, 3],
            ['distinct_counterparties', seen.size, 1],
            ['group_trade_ratio', 0, 1],
            [
              'inventory_turnover',
              round(
                (statistics.boughtQty + statistics.soldQty) /
                  Math.max(1, Math.abs(statistics.boughtQty - statistics.soldQty)),
                1,
              ),
              2,
            ],
          ],
          summary: `该账户同日反复买卖${instruments[0]!.row.name}，买卖数量接近，疑似对倒。`,
        }),
      },
    ],
    trade(book, day, dayRandom) {
      for (const instrument of instruments) {
        for (let i = dayRandom.int(6, 12); i > 0; i--) {
          const other = dayRandom.pick(counterparties);
          if (other.firstTradingDay > day) continue;
          seen.add(other.row.id);
          const makerBuys = dayRandom.chance(0.5);
          book.cross(
            {
              buyer: makerBuys ? maker! : other,
              seller: makerBuys ? other : maker!,
              instrument: instrument.index,
              atMs: dayRandom.between(0, 14_300_000),
              qty: dayRandom.int(5, 40) * 100,
              sellerDelayMs: dayRandom.int(-60_000, 60_000),
              buyerTag: makerBuys ? id : null,
              sellerTag: makerBuys ? null : id,
            },
            dayRandom,
          );
        }
        for (let i = dayRandom.int(4, 8); i > 0; i--) {
          book.fill(
            {
              account: maker!,
              instrument: instrument.index,
              side: dayRandom.chance(0.5) ? 'B' : 'S',
              atMs: dayRandom.between(0, 14_300_000),
              qty: dayRandom.int(5, 50) * 100,
              tag: id,
            },
            dayRandom,
          );
        }
      }
    },
  };
  return [lookAlike];
};
