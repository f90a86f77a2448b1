/**
 * 约定交易 (matched orders): two parties agree on times, prices and sizes and trade with each
 * other, back and forth, at those moments. Unlike wash trades the holders differ; what ties them
 * is a meeting-place IP, a payment between the parties and a common funder.
 */
import { atClock } from '../clock';
import { percent, round } from '../format';
import { GRAPH_MODEL } from '../sandboxModels';
import { shareOfMarket } from './orders';
import { externalParty, fundMembers, planTransfer, shareIdentifier } from './ring';
import { pickDays } from './schedule';
import type { PlantedScheme, SchemePlanner } from './types';

/** The agreed moments of the day. */
const AGREED_TIMES = [atClock(10, 0), atClock(10, 30), atClock(13, 30), atClock(14, 15)];

export function planMatchedOrders(variant: 1 | 2): SchemePlanner {
  return (id, context) => {
    const { random } = context;
    const instrument = context.instruments.take(id, {
      smallCap: true,
      exchange: variant === 1 ? 'SSE' : 'SZSE',
    });
    const start = variant === 1 ? random.int(20, 30) : random.int(44, 52);
    const activeDays = pickDays(random, start, start + 9, variant === 1 ? 6 : 5);
    const firstDay = activeDays[0]!;
    const lastDay = activeDays.at(-1)!;
    const partyA = context.accounts.recruit(id, variant === 1 ? 2 : 1, {
      city: '440300',
      openedBy: '2025-06-30',
    });
    const partyB = context.accounts.recruit(id, 2, {
      city: '440100',
      openedBy: '2025-06-30',
      avoidBrokers: partyA.map((account) => account.row.broker),
    });
    const members = [...partyA, ...partyB];
    const shared = [
      ...(partyA.length > 1
        ? [shareIdentifier(context, 'device', partyA, firstDay - 15, lastDay)]
        : []),
      shareIdentifier(context, 'device', partyB, firstDay - 15, lastDay),
      // Orders of both parties placed from the same place: the link the graph model follows.
      shareIdentifier(context, 'ip', [partyA[0]!, partyB[0]!], firstDay, lastDay),
    ];
    const funder = externalParty(context, 'CORP');
    const transfers = [
      ...fundMembers(context, funder, members, firstDay - 2, variant === 1 ? 2_500_000 : 1_200_000),
      planTransfer(
        context,
        firstDay - 1,
        partyA[0]!.row.id,
        partyB[0]!.row.id,
        380_000,
        'third_party',
      ),
    ];
    for (const day of activeDays) context.effects.add(instrument.index, day, { drift: 0.01 });

    const scheme: PlantedScheme = {
      id,
      typology: 'matched_orders',
      title: `${instrument.row.name}约定交易案`,
      signature:
        'Two parties (different holders and brokers) trade with each other at agreed moments (about 10:00, 10:30, 13:30, 14:15) in large equal lots at one price, alternating direction; one IP used by both sides, a third-party payment from A to B, and one corporate funder of all.',
      members: members.map((account) => ({
        account,
        role: partyA.includes(account) ? 'party A' : 'party B',
      })),
      instruments: [instrument],
      firstDay,
      lastDay,
      eventIds: [],
      sharedIdentifiers: shared,
      transfers,
      detections:
        variant === 1
          ? [
              {
                typology: 'matched_orders',
                score: 0.86,
                accounts: members,
                instruments: [instrument],
                model: GRAPH_MODEL,
                ruleFired: true,
                delayDays: 2,
                describe: ({ statistics }) => {
                  const groupShare = statistics.groupTrades / Math.max(1, statistics.trades);
                  const volumeShare =
                    statistics.marketQty / Math.max(1, statistics.instrumentVolume);
                  return {
                    features: [
                      ['group_trade_ratio', round(groupShare, 3), 3],
                      ['matched_pairs', statistics.groupTrades / 2, 3],
                      ['volume_share', round(volumeShare, 3), 2],
                      ['shared_ip_across_parties', true, 2],
                    ],
                    summary: `两组不同持有人账户在${instrument.row.name}上于固定时点相互成交${statistics.groupTrades / 2}笔，同价同量、间隔数秒，占同期市场成交量${percent(volumeShare)}；双方曾使用同一IP并有第三方支付往来。`,
                  };
                },
              },
            ]
          : [],
      trade(book, day, dayRandom) {
        if (!activeDays.includes(day)) return;
        const times = dayRandom.sample(AGREED_TIMES, dayRandom.int(3, 4)).sort((a, b) => a - b);
        times.forEach((time, i) => {
          const aSells = i % 2 === 0;
          const a = dayRandom.pick(partyA);
          const b = dayRandom.pick(partyB);
          book.cross(
            {
              buyer: aSells ? b : a,
              seller: aSells ? a : b,
              instrument: instrument.index,
              atMs: time + dayRandom.int(0, 8_000),
              qty: shareOfMarket(book, instrument.index, dayRandom.between(0.03, 0.06)),
              sellerDelayMs: dayRandom.int(-2_500, 2_500),
              tag: id,
            },
            dayRandom,
          );
        });
      },
    };
    return scheme;
  };
}
