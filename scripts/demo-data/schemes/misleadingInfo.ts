/**
 * 蛊惑交易 (misleading information): a ring buys quietly, a rumour of a large order spreads
 * before the open, the price jumps, the ring sells into it; two days later the company denies it
 * and the price falls back.
 */
import { percent, round, tenThousands } from '../format';
import { timestampAt } from '../clock';
import { GBDT_MODEL } from '../sandboxModels';
import { shareOfMarket, workBlock } from './orders';
import { dateOf, externalParty, fundMembers, shareIdentifier } from './ring';
import type { PlantedScheme, SchemePlanner } from './types';

export const planMisleadingInfo: SchemePlanner = (id, context) => {
  const { random } = context;
  const instrument = context.instruments.take(id, { smallCap: true });
  const rumourDay = random.int(24, 40);
  const firstDay = rumourDay - 5;
  const lastDay = rumourDay + 3;
  const members = context.accounts.recruit(id, 4, { city: '440500', openedBy: '2025-12-31' });
  const shared = [
    shareIdentifier(context, 'device', members.slice(0, 2), firstDay - 20, lastDay),
    shareIdentifier(context, 'device', members.slice(2), firstDay - 20, lastDay),
    shareIdentifier(context, 'ip', members, firstDay - 5, lastDay),
  ];
  const transfers = fundMembers(
    context,
    externalParty(context, 'CORP'),
    members,
    firstDay - 1,
    1_800_000,
  );
  const rumour = context.events.add(
    instrument,
    'other',
    `网络传闻：${instrument.row.name}获某新能源车企大额订单`,
    timestampAt(dateOf(firstDay - 1), 21, 10),
    timestampAt(dateOf(rumourDay), 8, 12),
  );
  const denial = context.events.add(
    instrument,
    'other',
    `${instrument.row.name}关于媒体报道的澄清公告：未获相关订单`,
    timestampAt(dateOf(rumourDay + 2), 17, 30),
    timestampAt(dateOf(rumourDay + 2), 19, 45),
  );
  context.effects.add(instrument.index, rumourDay, { gap: 0.05, drift: 0.085, volume: 3 });
  context.effects.add(instrument.index, rumourDay + 1, { drift: 0.04, volume: 2 });
  context.effects.add(instrument.index, rumourDay + 2, { drift: -0.01, volume: 1.5 });
  context.effects.add(instrument.index, rumourDay + 3, { gap: -0.05, drift: -0.07, volume: 2 });

  let boughtSoFar = 0;

  const scheme: PlantedScheme = {
    id,
    typology: 'misleading_info',
    title: `${instrument.row.name}编造传播虚假订单信息蛊惑交易案`,
    signature:
      'The ring buys for five days, a rumour of a large order (events: type other) appears before the open, the stock jumps and the ring sells over the next three days; the company denies it and the price falls back. Two device pairs, one IP and one corporate funder tie the ring.',
    members: members.map((account, i) => ({
      account,
      role: i === 0 ? 'rumour originator' : 'ring account',
    })),
    instruments: [instrument],
    firstDay,
    lastDay,
    eventIds: [rumour.id, denial.id],
    sharedIdentifiers: shared,
    transfers,
    detections: [
      {
        typology: 'misleading_info',
        score: 0.84,
        accounts: members.slice(0, 3),
        instruments: [instrument],
        model: GBDT_MODEL,
        ruleFired: true,
        delayDays: 2,
        describe: ({ statistics, closeOn }) => {
          const jump = closeOn(instrument, rumourDay + 1) / closeOn(instrument, rumourDay - 1) - 1;
          const soldShare = statistics.soldQty / Math.max(1, statistics.boughtQty);
          return {
            features: [
              ['pre_event_buy_value', round(statistics.boughtValue, 0), 3],
              ['post_event_return', round(jump, 3), 3],
              ['sold_after_event_ratio', round(soldShare, 3), 3],
              ['event_type', 'rumour', 1],
            ],
            summary: `传闻发布前5个交易日账户组买入${instrument.row.name}${tenThousands(statistics.boughtValue)}元，传闻后两日股价上涨${percent(jump)}，账户组随即卖出${percent(soldShare)}的持仓。`,
          };
        },
      },
    ],
    trade(book, day, dayRandom) {
      if (day < firstDay || day >= lastDay) return;
      const buying = day < rumourDay;
      // Sell what was bought: 45 %, 35 %, then the rest over the rumour's three days.
      const qty = buying
        ? shareOfMarket(book, instrument.index, 0.1)
        : Math.round((boughtSoFar * [0.45, 0.35 / 0.55, 1][day - rumourDay]!) / 100) * 100;
      if (qty <= 0) return;
      workBlock(
        book,
        {
          accounts: members,
          instrument: instrument.index,
          side: buying ? 'B' : 'S',
          qty,
          orders: dayRandom.int(8, 14),
          tag: id,
        },
        dayRandom,
      );
      boughtSoFar += buying ? qty : -qty;
    },
  };
  return scheme;
};
