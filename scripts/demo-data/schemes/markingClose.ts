/**
 * 尾市操纵 (marking the close): buys crowded into the last minutes lift the closing price, which
 * values positions and, for a product, its reported net asset value. Variant 1 is a ring of
 * individuals that sells part the next morning; variant 2 is a private fund's product account
 * and its manager's own account, on month ends (window dressing).
 */
import { atClock } from '../clock';
import { percent, round } from '../format';
import { GBDT_MODEL } from '../sandboxModels';
import { shareOfMarket } from './orders';
import { externalParty, fundMembers, shareIdentifier } from './ring';
import { LAST_DAY, pickDays } from './schedule';
import { TRADING_DAYS } from '../calendar';
import type { PlantedScheme, SchemeMember, SchemePlanner } from './types';

const MARKING_FROM = atClock(14, 52);
const MARKING_TO = atClock(14, 59, 50);

/** The last trading day of each month of the period. */
function monthEndDays(): number[] {
  return TRADING_DAYS.flatMap((date, day) =>
    TRADING_DAYS[day + 1]?.slice(0, 7) !== date.slice(0, 7) ? [day] : [],
  );
}

export function planMarkingClose(variant: 1 | 2): SchemePlanner {
  return (id, context) => {
    const { random } = context;
    const instrument = context.instruments.take(id, { smallCap: true });
    let markedDays: number[];
    let members: SchemeMember[];
    if (variant === 1) {
      const start = random.int(15, 35);
      markedDays = pickDays(random, start, start + 14, 7);
      const ring = context.accounts.recruit(id, 3, { city: '440600', openedBy: '2025-12-31' });
      members = ring.map((account, i) => ({
        account,
        role: i === 0 ? 'controller' : 'ring account',
      }));
    } else {
      markedDays = monthEndDays()
        .flatMap((end) => [end - 1, end])
        .filter((day) => day >= 0 && day <= LAST_DAY);
      const [product] = context.accounts.recruit(id, 1, {
        kind: 'product',
        openedBy: '2025-12-31',
      });
      const [manager] = context.accounts.recruit(id, 1, { city: '440300', openedBy: '2025-12-31' });
      members = [
        { account: product!, role: 'private fund product (window dressing its NAV)' },
        { account: manager!, role: "fund manager's own account" },
      ];
    }
    const accounts = members.map((member) => member.account);
    const firstDay = markedDays[0]!;
    const lastDay = markedDays.at(-1)!;
    const shared = [
      shareIdentifier(context, 'device', accounts, firstDay - 10, lastDay),
      shareIdentifier(context, 'ip', accounts, firstDay - 10, lastDay),
    ];
    const transfers =
      variant === 1
        ? fundMembers(context, externalParty(context, 'CARD'), accounts, firstDay - 1, 2_000_000)
        : [];
    const lifts = new Map<number, number>();
    for (const day of markedDays) {
      const lift = random.between(0.025, 0.045);
      lifts.set(day, lift);
      context.effects.add(instrument.index, day, { closeLift: lift, drift: lift * 0.6 });
      if (day < LAST_DAY) context.effects.add(instrument.index, day + 1, { gap: -lift * 0.6 });
    }
    const boughtOn = new Map<number, number>();

    const scheme: PlantedScheme = {
      id,
      typology: 'marking_close',
      title:
        variant === 1
          ? `${instrument.row.name}尾市拉抬案`
          : `${instrument.row.name}月末尾市拉抬（私募产品净值）案`,
      signature:
        'On each marked day most of the group’s buying falls in 14:52–14:59:50 and the close ends 2.5–4.5 % above the 14:50 price, then gaps back down the next morning; the accounts share a device and IP.',
      members,
      instruments: [instrument],
      firstDay,
      lastDay,
      eventIds: [],
      sharedIdentifiers: shared,
      transfers,
      detections: [
        {
          typology: 'marking_close',
          score: variant === 1 ? 0.88 : 0.79,
          accounts,
          instruments: [instrument],
          model: GBDT_MODEL,
          ruleFired: true,
          delayDays: 1,
          describe: ({ statistics }) => {
            const closingShare = statistics.closingBuyQty / Math.max(1, statistics.boughtQty);
            const averageLift =
              [...lifts.values()].reduce((sum, lift) => sum + lift, 0) / lifts.size;
            return {
              features: [
                ['closing_buy_share', round(closingShare, 3), 3],
                ['avg_close_impact', round(averageLift, 4), 4],
                ['marked_days', lifts.size, 2],
              ],
              summary: `${lifts.size}个交易日收盘前10分钟集中买入${instrument.row.name}，尾盘买入占其买入量${percent(closingShare)}，收盘价平均被抬高约${percent(averageLift)}。`,
            };
          },
        },
      ],
      trade(book, day, dayRandom) {
        if (lifts.has(day)) {
          const orders = dayRandom.int(6, 11);
          let bought = 0;
          for (let i = 0; i < orders; i++) {
            const qty = shareOfMarket(book, instrument.index, dayRandom.between(0.004, 0.008));
            bought += qty;
            book.fill(
              {
                account: dayRandom.pick(accounts),
                instrument: instrument.index,
                side: 'B',
                atMs:
                  MARKING_FROM + ((MARKING_TO - MARKING_FROM) * (i + dayRandom.next())) / orders,
                qty,
                type: dayRandom.chance(0.4) ? 'market' : 'limit',
                tag: id,
              },
              dayRandom,
            );
          }
          boughtOn.set(day, bought);
        }
        const boughtYesterday = boughtOn.get(day - 1);
        if (variant === 1 && boughtYesterday !== undefined) {
          book.fill(
            {
              account: dayRandom.pick(accounts),
              instrument: instrument.index,
              side: 'S',
              atMs: dayRandom.between(0, 3_600_000),
              qty: Math.max(100, Math.round((boughtYesterday * 0.5) / 100) * 100),
              fills: 3,
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
