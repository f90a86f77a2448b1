/**
 * 利用未公开信息交易 (老鼠仓, front running): a fund manager trades the same stocks, in the same
 * direction, minutes before the large orders he places for his product, from the product's own
 * trading terminal. Variant 1 runs ahead of the product's buying (and sells the next morning);
 * variant 2 ahead of its selling (having bought a few days before).
 */
import type { Side } from '../../../shared/dictionary/types';
import { MINUTE_MS, atClock } from '../clock';
import { median, round } from '../format';
import type { InstrumentProfile } from '../instruments';
import { GBDT_MODEL } from '../sandboxModels';
import { shareOfMarket, workBlock } from './orders';
import { shareIdentifier } from './ring';
import { LAST_DAY } from './schedule';
import type { PlantedScheme, SchemePlanner } from './types';

interface Occasion {
  day: number;
  instrument: InstrumentProfile;
  /** When the product's block starts, and how far ahead the manager's orders come. */
  productStartMs: number;
  leadMs: number;
}

export function planFrontRunning(variant: 1 | 2): SchemePlanner {
  return (id, context) => {
    const { random } = context;
    const [product] = context.accounts.recruit(id, 1, { kind: 'product', openedBy: '2025-06-30' });
    const runners =
      variant === 1
        ? context.accounts.recruitEach(id, [
            { city: '440300', openedBy: '2024-12-31' },
            { city: '440300', openedBy: '2024-12-31' },
          ])
        : context.accounts.recruit(id, 1, { city: '440100', openedBy: '2024-12-31' });
    const occasionCount = variant === 1 ? 5 : 4;
    const span = Math.floor((LAST_DAY - 4) / occasionCount);
    const occasions: Occasion[] = Array.from({ length: occasionCount }, (_, i) => ({
      day: 4 + i * span + random.int(0, span - 2),
      instrument: context.instruments.take(id),
      productStartMs: random.between(atClock(10, 30), atClock(14, 0)),
      leadMs: random.int(6, 40) * MINUTE_MS,
    }));
    const firstDay = occasions[0]!.day - (variant === 2 ? 3 : 0);
    const lastDay = Math.min(LAST_DAY, occasions.at(-1)!.day + 1);
    const members = [product!, ...runners];
    const shared = [
      // The manager logs into his own accounts from the product's trading terminal.
      shareIdentifier(context, 'device', members, firstDay - 30, lastDay),
      shareIdentifier(context, 'mac', members, firstDay - 30, lastDay),
      shareIdentifier(context, 'ip', members, firstDay - 30, lastDay),
      ...(runners.length > 1
        ? [shareIdentifier(context, 'phone', runners, firstDay - 200, lastDay)]
        : []),
    ];
    const productSide: Side = variant === 1 ? 'B' : 'S';
    for (const occasion of occasions) {
      context.effects.add(occasion.instrument.index, occasion.day, {
        drift: variant === 1 ? 0.022 : -0.022,
        volume: 1.3,
      });
    }
    const runnerQty = new Map<Occasion, number>();

    const scheme: PlantedScheme = {
      id,
      typology: 'front_running',
      title:
        variant === 1
          ? '基金经理利用未公开信息交易案（老鼠仓）'
          : '私募产品经理利用未公开信息先行卖出案',
      signature: `On ${occasionCount} days, minutes before the product account's large ${variant === 1 ? 'buy' : 'sell'} block in an instrument, the manager's account(s) trade the same instrument in the same direction${variant === 1 ? ' and sell the next morning' : ' (having bought it a few days earlier)'}; the manager's accounts share the product's terminal (device, MAC, IP).`,
      members: [
        { account: product!, role: 'product account managed by the fund manager' },
        ...runners.map((account, i) => ({
          account,
          role:
            i === 0
              ? "fund manager's own account (in a relative's name)"
              : "manager's mother's account",
        })),
      ],
      instruments: occasions.map((occasion) => occasion.instrument),
      firstDay,
      lastDay,
      eventIds: [],
      sharedIdentifiers: shared,
      transfers: [],
      detections: [
        {
          typology: 'front_running',
          score: variant === 1 ? 0.89 : 0.72,
          accounts: variant === 1 ? members : [product!, runners[0]!],
          instruments: occasions.map((occasion) => occasion.instrument),
          model: GBDT_MODEL,
          ruleFired: variant === 1,
          delayDays: 2,
          describe: () => {
            const leadMinutes = median(occasions.map((occasion) => occasion.leadMs / MINUTE_MS));
            return {
              features: [
                ['same_direction_occurrences', occasionCount, 4],
                ['median_lead_minutes', round(leadMinutes, 1), 3],
                ['shared_terminal_with_product', true, 3],
              ],
              summary: `${occasionCount}次在产品账户大额${variant === 1 ? '买入' : '卖出'}前约${round(leadMinutes, 0)}分钟，与产品共用交易终端的个人账户同向交易同一股票。`,
            };
          },
        },
      ],
      trade(book, day, dayRandom) {
        for (const occasion of occasions) {
          const instrument = occasion.instrument.index;
          if (variant === 2 && day === occasion.day - 3) {
            const qty = shareOfMarket(book, instrument, 0.012);
            runnerQty.set(occasion, qty);
            workBlock(
              book,
              { accounts: runners, instrument, side: 'B', qty, orders: 2, tag: id },
              dayRandom,
            );
          }
          if (day === occasion.day) {
            const start = occasion.productStartMs - occasion.leadMs;
            const qty =
              variant === 1
                ? shareOfMarket(book, instrument, 0.015)
                : (runnerQty.get(occasion) ?? 0);
            if (variant === 1) runnerQty.set(occasion, qty);
            if (qty > 0) {
              workBlock(
                book,
                {
                  accounts: runners,
                  instrument,
                  side: productSide,
                  qty,
                  orders: runners.length,
                  fromMs: start,
                  toMs: start + 3 * MINUTE_MS,
                  tag: id,
                },
                dayRandom,
              );
            }
            workBlock(
              book,
              {
                accounts: [product!],
                instrument,
                side: productSide,
                qty: shareOfMarket(book, instrument, dayRandom.between(0.08, 0.14)),
                orders: dayRandom.int(8, 14),
                fromMs: occasion.productStartMs,
                toMs: occasion.productStartMs + 70 * MINUTE_MS,
                tag: id,
              },
              dayRandom,
            );
          }
          const held = runnerQty.get(occasion);
          if (variant === 1 && day === occasion.day + 1 && held !== undefined) {
            workBlock(
              book,
              {
                accounts: runners,
                instrument,
                side: 'S',
                qty: held,
                orders: runners.length,
                fromMs: 0,
                toMs: 45 * MINUTE_MS,
                tag: id,
              },
              dayRandom,
            );
          }
        }
      },
    };
    return scheme;
  };
}
