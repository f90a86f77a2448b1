/**
 * 连续交易操纵 (拉抬): a funded ring accumulates a thin stock, then buys in a concentrated way
 * day after day while the price climbs, painting the tape with a few trades among itself, then
 * distributes into the followers' demand.
 */
import { percent, round } from '../format';
import { GBDT_MODEL } from '../sandboxModels';
import { shareOfMarket, workBlock } from './orders';
import { collectFromMembers, externalParty, fundMembers, shareIdentifier } from './ring';
import type { PlantedScheme, SchemePlanner } from './types';

type Phase = 'accumulate' | 'pump' | 'distribute';

export function planContinuousTrading(variant: 1 | 2): SchemePlanner {
  return (id, context) => {
    const { random } = context;
    const instrument = context.instruments.take(
      id,
      variant === 1 ? { smallCap: true, board: '主板' } : { smallCap: true, board: '科创板' },
    );
    const firstDay = variant === 1 ? random.int(3, 10) : random.int(30, 38);
    const lengths = variant === 1 ? [7, 7, 6] : [5, 6, 5];
    const phaseOf = new Map<number, Phase>();
    let day = firstDay;
    (['accumulate', 'pump', 'distribute'] as const).forEach((phase, i) => {
      for (let n = 0; n < lengths[i]!; n++) phaseOf.set(day++, phase);
    });
    const lastDay = day - 1;
    const size = variant === 1 ? 6 : 4;
    const members = [
      ...context.accounts.recruit(id, Math.ceil(size / 2), {
        city: '440300',
        openedBy: '2025-12-31',
      }),
      ...context.accounts.recruit(id, Math.floor(size / 2), {
        city: '441900',
        openedBy: '2025-12-31',
      }),
    ];
    const half = Math.ceil(size / 2);
    const shared = [
      shareIdentifier(context, 'device', members.slice(0, half), firstDay - 20, lastDay),
      shareIdentifier(context, 'device', members.slice(half), firstDay - 20, lastDay),
      shareIdentifier(context, 'ip', members, firstDay, lastDay),
      shareIdentifier(context, 'bank_card', [members[0]!, members[half]!], firstDay - 30, lastDay),
    ];
    const funder = externalParty(context, 'CORP');
    const transfers = [
      ...fundMembers(context, funder, members, firstDay - 1, variant === 1 ? 6_000_000 : 4_000_000),
      ...collectFromMembers(
        context,
        members,
        externalParty(context, 'CARD'),
        lastDay + 1,
        5_000_000,
      ),
    ];
    const pumpDrift = variant === 1 ? 0.032 : 0.05;
    for (const [activeDay, phase] of phaseOf) {
      if (phase === 'accumulate')
        context.effects.add(instrument.index, activeDay, { drift: 0.006 });
      if (phase === 'pump')
        context.effects.add(instrument.index, activeDay, { drift: pumpDrift, volume: 1.6 });
      if (phase === 'distribute')
        context.effects.add(instrument.index, activeDay, { drift: -0.012, volume: 1.3 });
    }

    const scheme: PlantedScheme = {
      id,
      typology: 'continuous_trading',
      title: `${instrument.row.name}连续交易操纵案`,
      signature:
        'A funded ring accumulates a thin stock, then takes about a quarter of its market volume for a week while the price climbs several per cent a day (with a few trades among itself), then sells into the rise; shared devices, IP and card, one corporate funder, proceeds collected to one card.',
      members: members.map((account, i) => ({
        account,
        role: i === 0 ? 'controller' : 'account controlled by the ring',
      })),
      instruments: [instrument],
      firstDay,
      lastDay,
      eventIds: [],
      sharedIdentifiers: shared,
      transfers,
      detections: [
        {
          typology: 'continuous_trading',
          score: variant === 1 ? 0.91 : 0.74,
          accounts: variant === 1 ? members : members.slice(0, 2),
          instruments: [instrument],
          model: GBDT_MODEL,
          ruleFired: variant === 1,
          delayDays: 1,
          describe: ({ statistics, closeOn }) => {
            const rise =
              closeOn(instrument, firstDay + lengths[0]! + lengths[1]! - 1) /
                closeOn(instrument, firstDay) -
              1;
            const volumeShare = statistics.marketQty / Math.max(1, statistics.instrumentVolume);
            return {
              features: [
                ['volume_share', round(volumeShare, 3), 4],
                ['price_change', round(rise, 3), 3],
                ['buy_sell_reversal', true, 1],
                ['active_days', statistics.days.size, 1],
              ],
              summary: `账户组在${statistics.days.size}个交易日集中买卖${instrument.row.name}，占同期市场成交量${percent(volumeShare)}；拉抬阶段股价累计上涨${percent(rise)}后转为集中卖出。`,
            };
          },
        },
      ],
      trade(book, activeDay, dayRandom) {
        const phase = phaseOf.get(activeDay);
        if (phase === undefined) return;
        const share = phase === 'accumulate' ? 0.16 : phase === 'pump' ? 0.28 : 0.34;
        workBlock(
          book,
          {
            accounts: members,
            instrument: instrument.index,
            side: phase === 'distribute' ? 'S' : 'B',
            qty: shareOfMarket(book, instrument.index, share * dayRandom.between(0.85, 1.15)),
            orders: dayRandom.int(12, 22),
            tag: id,
          },
          dayRandom,
        );
        if (phase !== 'pump') return;
        for (let i = dayRandom.int(2, 4); i > 0; i--) {
          const [buyer, seller] = dayRandom.sample(members, 2);
          book.cross(
            {
              buyer: buyer!,
              seller: seller!,
              instrument: instrument.index,
              atMs: dayRandom.between(3_600_000, 14_000_000),
              qty: shareOfMarket(book, instrument.index, dayRandom.between(0.005, 0.012)),
              sellerDelayMs: dayRandom.int(-3_000, 3_000),
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
