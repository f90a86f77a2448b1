/**
 * 抢帽子交易 (scalping): a financial commentator's circle buys a stock in the afternoon, the
 * commentator recommends it to followers that evening, and the circle sells into the next
 * morning's rise. Three round trips on three stocks.
 */
import { timestampAt } from '../clock';
import { percent, round } from '../format';
import type { InstrumentProfile } from '../instruments';
import { GBDT_MODEL } from '../sandboxModels';
import { shareOfMarket, workBlock } from './orders';
import { dateOf, externalParty, fundMembers, shareIdentifier } from './ring';
import type { PlantedScheme, SchemePlanner } from './types';

const COMMENTATOR = '粤股老司机';

export const planScalping: SchemePlanner = (id, context) => {
  const { random } = context;
  const [commentator, ...relatives] = context.accounts.recruitEach(id, [
    { city: '440100', openedBy: '2023-12-31' },
    { city: '440100', openedBy: '2025-12-31' },
    { city: '440600', openedBy: '2025-12-31' },
  ]);
  const members = [commentator!, ...relatives];
  commentator!.row.risk_level = 'C5';
  const first = random.int(5, 12);
  const recommendationDays = [first, first + random.int(14, 18), first + random.int(32, 40)];
  const instruments: InstrumentProfile[] = recommendationDays.map(() =>
    context.instruments.take(id, { smallCap: true }),
  );
  const firstDay = recommendationDays[0]!;
  const lastDay = recommendationDays.at(-1)! + 1;
  const shared = [
    shareIdentifier(context, 'address', [commentator!, relatives[0]!], firstDay - 40, lastDay, {
      replaceOwn: true,
    }),
    shareIdentifier(context, 'device', members, firstDay - 20, lastDay),
  ];
  const transfers = fundMembers(
    context,
    externalParty(context, 'PAY'),
    members,
    firstDay - 1,
    800_000,
    'third_party',
  );
  const eventIds = recommendationDays.map((day, i) => {
    const instrument = instruments[i]!;
    context.effects.add(instrument.index, day + 1, { gap: 0.035, drift: 0.045, volume: 2.2 });
    return context.events.add(
      instrument,
      'other',
      `财经自媒体“${COMMENTATOR}”发文公开推荐${instrument.row.name}`,
      timestampAt(dateOf(day), 13, 5),
      timestampAt(dateOf(day), 20, 30),
    ).id;
  });
  const bought = new Map<number, number>();

  const scheme: PlantedScheme = {
    id,
    typology: 'scalping',
    title: `财经自媒体“${COMMENTATOR}”抢帽子交易案`,
    signature:
      'Three times: the circle buys in the afternoon, the commentator publicly recommends the stock that evening (events: type other), the stock opens higher and the circle sells everything that morning. The commentator shares an address with one relative and a device with both.',
    members: [
      { account: commentator!, role: `financial commentator “${COMMENTATOR}”` },
      { account: relatives[0]!, role: "commentator's spouse" },
      { account: relatives[1]!, role: "commentator's cousin" },
    ],
    instruments,
    firstDay,
    lastDay,
    eventIds,
    sharedIdentifiers: shared,
    transfers,
    detections: [
      {
        typology: 'scalping',
        score: 0.77,
        accounts: [commentator!, relatives[0]!],
        instruments,
        model: GBDT_MODEL,
        ruleFired: true,
        delayDays: 2,
        describe: ({ statistics, closeOn }) => {
          const returns = recommendationDays.map(
            (day, i) => closeOn(instruments[i]!, day + 1) / closeOn(instruments[i]!, day) - 1,
          );
          const averageReturn = returns.reduce((sum, value) => sum + value, 0) / returns.length;
          return {
            features: [
              ['round_trips_around_recommendation', recommendationDays.length, 4],
              ['avg_next_day_return', round(averageReturn, 3), 3],
              ['holding_hours_median', 18, 2],
              ['profit_value', round(statistics.soldValue - statistics.boughtValue, 0), 1],
            ],
            summary: `自媒体公开荐股前买入、荐股次日即卖出，共${recommendationDays.length}次，涉及${instruments.map((instrument) => instrument.row.name).join('、')}，荐股次日平均涨幅${percent(averageReturn)}。`,
          };
        },
      },
    ],
    trade(book, day, dayRandom) {
      recommendationDays.forEach((recommendationDay, i) => {
        const instrument = instruments[i]!.index;
        if (day === recommendationDay) {
          const qty = shareOfMarket(book, instrument, 0.05);
          bought.set(i, qty);
          workBlock(
            book,
            {
              accounts: members,
              instrument,
              side: 'B',
              qty,
              orders: dayRandom.int(5, 9),
              fromMs: 9_000_000,
              toMs: 14_100_000,
              tag: id,
            },
            dayRandom,
          );
        }
        const qty = bought.get(i);
        if (day === recommendationDay + 1 && qty !== undefined) {
          workBlock(
            book,
            {
              accounts: members,
              instrument,
              side: 'S',
              qty,
              orders: dayRandom.int(5, 9),
              fromMs: 0,
              toMs: 3_600_000,
              tag: id,
            },
            dayRandom,
          );
        }
      });
    },
  };
  return scheme;
};
