/**
 * `other`: 短线交易 (short-swing trading, Securities Law art. 44). A director and his wife buy
 * their own company's stock in July and sell it in September, inside six months; the gain
 * belongs to the company whether or not they used inside information. The insiders table
 * names him (officer) and her (relative) for the company's half-year report. The sandbox has
 * no model for it.
 */
import { timestampAt } from '../clock';
import { shareOfMarket, workBlock } from './orders';
import { dateOf, shareIdentifier } from './ring';
import { pickDays } from './schedule';
import type { PlantedScheme, SchemePlanner } from './types';

export const planShortSwing: SchemePlanner = (id, context) => {
  const { random } = context;
  const instrument = context.instruments.take(id, { board: '主板' });
  const buyDays = pickDays(random, 2, 14, 3);
  const sellDays = pickDays(random, 46, 60, 2);
  const [director, wife] = context.accounts.recruitEach(id, [
    { city: '440600', openedBy: '2020-12-31' },
    { city: '440600', openedBy: '2020-12-31' },
  ]);
  const firstDay = buyDays[0]!;
  const lastDay = sellDays.at(-1)!;
  const shared = [
    shareIdentifier(context, 'address', [director!, wife!], firstDay - 300, lastDay, {
      replaceOwn: true,
    }),
    shareIdentifier(context, 'ip', [director!, wife!], firstDay - 100, lastDay),
  ];
  const reportDay = random.int(36, 40);
  const report = context.events.add(
    instrument,
    'earnings',
    `${instrument.row.name}2026年半年度报告`,
    timestampAt(dateOf(reportDay - 12), 9, 0),
    timestampAt(dateOf(reportDay), 19, 0),
  );
  context.events.addInsider(report, director!, 'officer');
  context.events.addInsider(report, wife!, 'relative');
  const bought = new Map<string, number>();

  const scheme: PlantedScheme = {
    id,
    typology: 'other',
    title: `${instrument.row.name}董事及配偶短线交易案`,
    signature:
      "A director of the company (insiders: officer) and his wife (relative; shared address and home IP) buy the company's stock on three July days and sell it all on two September days: a purchase and a sale within six months by an insider of record.",
    members: [
      { account: director!, role: 'director of the company (officer)' },
      { account: wife!, role: "director's wife (relative)" },
    ],
    instruments: [instrument],
    firstDay,
    lastDay,
    eventIds: [report.id],
    sharedIdentifiers: shared,
    transfers: [],
    detections: [],
    trade(book, day, dayRandom) {
      const members = [director!, wife!];
      if (buyDays.includes(day)) {
        for (const member of members) {
          const qty = shareOfMarket(book, instrument.index, dayRandom.between(0.002, 0.004));
          bought.set(member.row.id, (bought.get(member.row.id) ?? 0) + qty);
          workBlock(
            book,
            {
              accounts: [member],
              instrument: instrument.index,
              side: 'B',
              qty,
              orders: 1,
              tag: id,
            },
            dayRandom,
          );
        }
      }
      const sellAt = sellDays.indexOf(day);
      if (sellAt === -1) return;
      for (const member of members) {
        const held = bought.get(member.row.id) ?? 0;
        const qty = sellAt === sellDays.length - 1 ? held : Math.round(held / 2 / 100) * 100;
        if (qty <= 0) continue;
        bought.set(member.row.id, held - qty);
        workBlock(
          book,
          { accounts: [member], instrument: instrument.index, side: 'S', qty, orders: 1, tag: id },
          dayRandom,
        );
      }
    },
  };
  return scheme;
};
