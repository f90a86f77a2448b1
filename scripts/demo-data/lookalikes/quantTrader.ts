/**
 * A quantitative trading firm: many small orders a tick from the price, most cancelled within
 * seconds as the price moves, on both sides of liquid stocks. A high cancel ratio, but small
 * orders, no opposite-side pattern, no price impact: not spoofing.
 */
import { median, round } from '../format';
import type { InstrumentProfile } from '../instruments';
import { SEQUENCE_MODEL } from '../sandboxModels';
import { LAST_DAY } from '../schemes/schedule';
import type { LookAlike, LookAlikePlanner } from './types';

export const planQuantTrader: LookAlikePlanner = (id, context) => {
  const { random } = context;
  const [firm] = context.accounts.recruit(id, 1, { kind: 'institution', openedBy: '2025-06-30' });
  firm!.row.holder_masked = '深圳**量化投资管理有限公司';
  const instruments: InstrumentProfile[] = Array.from({ length: 4 }, () =>
    context.instruments.take(id),
  );
  const alertDay = random.int(10, 50);

  const lookAlike: LookAlike = {
    id,
    kind: 'quantitative_trader',
    explanation:
      'A quantitative firm quoting small orders one to three ticks from the price on both sides of four stocks every day and cancelling most within seconds. The cancel ratio is high, but the orders are small, two-sided and unaccompanied by opposite-side fills that exploit them.',
    members: [firm!],
    instruments,
    firstDay: 0,
    lastDay: LAST_DAY,
    sharedIdentifiers: [],
    transfers: [],
    falseAlarms: [
      {
        typology: 'spoofing',
        score: 0.44,
        accounts: [firm!],
        instruments: instruments.slice(0, 2),
        model: SEQUENCE_MODEL,
        ruleFired: true,
        delayDays: 1,
        windowDays: [alertDay - 2, alertDay],
        describe: ({ statistics }) => {
          const cancelRatio = statistics.cancelledOrders / Math.max(1, statistics.orders);
          return {
            features: [
              ['cancel_ratio', round(cancelRatio, 3), 4],
              ['median_cancel_seconds', round(median(statistics.cancelLifetimesMs) / 1000, 2), 2],
              ['largest_order_qty', statistics.largestOrderQty, 0.5],
              [
                'opposite_side_fill_qty',
                round((statistics.boughtQty + statistics.soldQty) / 2, 0),
                0.5,
              ],
            ],
            summary: `该账户频繁申报并在数秒内撤单，撤单比例${round(cancelRatio * 100, 1)}%。`,
          };
        },
      },
    ],
    trade(book, day, dayRandom) {
      for (let i = dayRandom.int(30, 55); i > 0; i--) {
        const instrument = dayRandom.pick(instruments).index;
        const side = dayRandom.chance(0.5) ? 'B' : 'S';
        const atMs = dayRandom.between(0, 14_300_000);
        const qty = dayRandom.int(2, 15) * 100;
        if (dayRandom.chance(0.85)) {
          book.cancel({
            account: firm!,
            instrument,
            side,
            atMs,
            qty,
            ticksAway: dayRandom.int(1, 3),
            cancelAfterMs: dayRandom.int(300, 4_000),
            tag: id,
          });
        } else {
          book.fill({ account: firm!, instrument, side, atMs, qty, tag: id }, dayRandom);
        }
      }
    },
  };
  return [lookAlike];
};
