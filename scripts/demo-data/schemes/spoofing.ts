/**
 * 虚假申报 / 频繁申报撤单 (spoofing): large orders rest a tick or two from the price for a few
 * seconds, never meant to fill, while the ring trades the other side at the price they nudged.
 * Variant 1 spoofs bids and sells; variant 2 spoofs offers and buys.
 */
import type { Side } from '../../../shared/dictionary/types';
import { median, percent, round } from '../format';
import { SEQUENCE_MODEL } from '../sandboxModels';
import { shareOfMarket } from './orders';
import { externalParty, fundMembers, shareIdentifier } from './ring';
import { pickDays } from './schedule';
import type { PlantedScheme, SchemePlanner } from './types';

export function planSpoofing(variant: 1 | 2): SchemePlanner {
  return (id, context) => {
    const { random } = context;
    const instrument = context.instruments.take(id, { smallCap: true });
    const start = variant === 1 ? random.int(12, 22) : random.int(40, 50);
    const activeDays = pickDays(random, start, start + 8, 5);
    const firstDay = activeDays[0]!;
    const lastDay = activeDays.at(-1)!;
    const [trader, nominee] = context.accounts.recruitEach(id, [
      { city: '440100', openedBy: '2024-12-31' },
      { city: '440100', openedBy: '2025-12-31' },
    ]);
    const members = [trader!, nominee!];
    const shared = [
      shareIdentifier(context, 'device', members, firstDay - 30, lastDay),
      shareIdentifier(context, 'mac', members, firstDay - 30, lastDay),
      shareIdentifier(context, 'phone', members, firstDay - 60, lastDay),
    ];
    const transfers = fundMembers(
      context,
      externalParty(context, 'CARD'),
      members,
      firstDay - 1,
      1_500_000,
    );
    const spoofSide: Side = variant === 1 ? 'B' : 'S';
    const tradeSide: Side = variant === 1 ? 'S' : 'B';
    for (const day of activeDays)
      context.effects.add(instrument.index, day, { drift: variant === 1 ? 0.004 : -0.004 });

    const scheme: PlantedScheme = {
      id,
      typology: 'spoofing',
      title: `${instrument.row.name}虚假申报案（${variant === 1 ? '虚假买单' : '虚假卖单'}）`,
      signature: `Episodes of two or three large ${variant === 1 ? 'bids' : 'offers'} (several times the usual order) one to three ticks from the price, cancelled within 1–6 s, with fills on the opposite side from the other account of the pair within those seconds; the two accounts share a device, MAC and phone.`,
      members: [
        { account: trader!, role: 'trader (opposite-side fills)' },
        { account: nominee!, role: 'nominee account placing the cancelled orders' },
      ],
      instruments: [instrument],
      firstDay,
      lastDay,
      eventIds: [],
      sharedIdentifiers: shared,
      transfers,
      detections: [
        {
          typology: 'spoofing',
          score: variant === 1 ? 0.95 : 0.86,
          accounts: members,
          instruments: [instrument],
          model: SEQUENCE_MODEL,
          ruleFired: true,
          delayDays: 1,
          describe: ({ statistics }) => {
            const cancelRatio = statistics.cancelledOrders / Math.max(1, statistics.orders);
            const medianSeconds = median(statistics.cancelLifetimesMs) / 1000;
            return {
              features: [
                ['cancel_ratio', round(cancelRatio, 3), 3],
                ['median_cancel_seconds', round(medianSeconds, 2), 3],
                ['largest_order_qty', statistics.largestOrderQty, 2],
                [
                  'opposite_side_fill_qty',
                  variant === 1 ? statistics.soldQty : statistics.boughtQty,
                  2,
                ],
              ],
              summary: `${instrument.row.name}上大额${variant === 1 ? '买' : '卖'}单申报后平均${round(medianSeconds, 1)}秒内撤单，撤单比例${percent(cancelRatio)}，同期关联账户反向成交${variant === 1 ? statistics.soldQty : statistics.boughtQty}股。`,
            };
          },
        },
      ],
      trade(book, day, dayRandom) {
        if (!activeDays.includes(day)) return;
        for (let episode = dayRandom.int(10, 16); episode > 0; episode--) {
          const atMs = dayRandom.between(600_000, 14_000_000);
          // Layering: two or three large orders at neighbouring prices, all pulled within seconds.
          for (let layer = dayRandom.int(2, 3); layer > 0; layer--) {
            book.cancel({
              account: nominee!,
              instrument: instrument.index,
              side: spoofSide,
              atMs: atMs + dayRandom.int(0, 400),
              qty: shareOfMarket(book, instrument.index, dayRandom.between(0.008, 0.02)),
              ticksAway: layer,
              cancelAfterMs: dayRandom.int(900, 6_000),
              tag: id,
            });
          }
          book.fill(
            {
              account: trader!,
              instrument: instrument.index,
              side: tradeSide,
              atMs: atMs + dayRandom.int(250, 2_500),
              qty: shareOfMarket(book, instrument.index, dayRandom.between(0.001, 0.003)),
              fills: dayRandom.int(1, 2),
              tag: id,
            },
            dayRandom,
          );
        }
      },
    };
    return scheme;
  };
}
