/**
 * A legitimate large order: a fund product builds a position over three days through many
 * child orders. Ordinary investors who happened to buy the same stock earlier those mornings
 * look, to a model, like they ran ahead of it.
 */
import type { AccountProfile } from '../accounts';
import { MINUTE_MS, atClock } from '../clock';
import { GBDT_MODEL } from '../sandboxModels';
import { shareOfMarket, workBlock } from '../schemes/orders';
import type { LookAlike, LookAlikePlanner } from './types';

export const planFundBlock: LookAlikePlanner = (id, context) => {
  const { random } = context;
  const [fund] = context.accounts.recruit(id, 1, { kind: 'product', openedBy: '2025-06-30' });
  const instrument = context.instruments.take(id, { board: '主板' });
  const firstDay = random.int(18, 40);
  const days = [firstDay, firstDay + 1, firstDay + 2];
  for (const day of days) context.effects.add(instrument.index, day, { drift: 0.01, volume: 1.2 });
  const startMs = atClock(10, 15);
  const alertAccounts: AccountProfile[] = [fund!];
  const members: AccountProfile[] = [fund!];

  const lookAlike: LookAlike = {
    id,
    kind: 'legitimate_block_order',
    explanation:
      "A fund product buys about a tenth of the stock's market volume on three consecutive days through many child orders from 10:15 (an ordinary rebalancing, no link to anyone). The ordinary accounts that bought the same stock earlier on its first morning are coincidence: no shared identifiers, no fund flows.",
    members,
    instruments: [instrument],
    firstDay,
    lastDay: firstDay + 2,
    sharedIdentifiers: [],
    transfers: [],
    falseAlarms: [
      {
        typology: 'front_running',
        score: 0.47,
        accounts: alertAccounts,
        instruments: [instrument],
        model: GBDT_MODEL,
        ruleFired: false,
        delayDays: 1,
        describe: () => ({
          features: [
            ['same_direction_occurrences', 1, 2],
            ['median_lead_minutes', 35, 2],
            ['shared_terminal_with_product', false, 1],
          ],
          summary: `产品账户大额买入${instrument.row.name}前，有个人账户同向买入同一股票。`,
        }),
      },
    ],
    trade(book, day, dayRandom) {
      if (!days.includes(day)) return;
      workBlock(
        book,
        {
          accounts: [fund!],
          instrument: instrument.index,
          side: 'B',
          qty: shareOfMarket(book, instrument.index, dayRandom.between(0.08, 0.12)),
          orders: dayRandom.int(12, 18),
          fromMs: startMs,
          toMs: atClock(14, 30),
          tag: id,
        },
        dayRandom,
      );
    },
    observe(day, written) {
      if (day !== firstDay) return;
      // Ordinary buyers of the stock in the hour before the fund started: the false alarm names one.
      const earlier = written.orders.find(
        ({ pending }) =>
          pending.tag === null &&
          pending.instrument === instrument.index &&
          pending.side === 'B' &&
          pending.status === 'filled' &&
          pending.account.reservedBy === null &&
          pending.sessionMs < startMs &&
          pending.sessionMs > startMs - 60 * MINUTE_MS,
      );
      if (earlier === undefined) return;
      earlier.pending.account.reservedBy = id;
      alertAccounts.push(earlier.pending.account);
      members.push(earlier.pending.account);
    },
  };
  return [lookAlike];
};
