/**
 * 内幕交易 (insider trading). Variant 1: a company secretary learns of a merger; her husband
 * and a friend she pays buy between the information arising and the announcement, then sell
 * after the limit-up days. Variant 2: an auditor's sister buys before a profit pre-announcement;
 * the sandbox misses it.
 */
import { timestampAt } from '../clock';
import { percent, round, tenThousands } from '../format';
import { GBDT_MODEL } from '../sandboxModels';
import { shareOfMarket, workBlock } from './orders';
import { dateOf, planTransfer, shareIdentifier } from './ring';
import { pickDays } from './schedule';
import type { PlantedScheme, SchemePlanner } from './types';

export function planInsiderTrading(variant: 1 | 2): SchemePlanner {
  return variant === 1 ? planMergerInsiders : planEarningsInsiders;
}

const planMergerInsiders: SchemePlanner = (id, context) => {
  const { random } = context;
  const instrument = context.instruments.take(id, { board: '主板' });
  const announcementDay = random.int(28, 40);
  const sensitiveDay = announcementDay - 15;
  const buyDays = pickDays(random, sensitiveDay + 2, announcementDay - 1, 6);
  const sellDays = [announcementDay + 3, announcementDay + 4, announcementDay + 5];
  const [secretary, husband, friend, ...otherOfficers] = context.accounts.recruitEach(id, [
    { city: '440300', openedBy: '2022-12-31' },
    { city: '440300', openedBy: '2022-12-31' },
    { city: '441900', openedBy: '2025-12-31' },
    { openedBy: '2025-12-31' },
    { openedBy: '2025-12-31' },
  ]);
  // The other officers are insiders of record who keep away from the stock: not part of the scheme.
  for (const officer of otherOfficers) {
    officer.reservedBy = `${id}-bystander`;
    officer.portfolio = officer.portfolio.filter((index) => index !== instrument.index);
    if (officer.portfolio.length === 0) officer.activity = 0;
  }
  const firstDay = buyDays[0]!;
  const lastDay = sellDays.at(-1)!;
  const shared = [
    shareIdentifier(context, 'address', [secretary!, husband!], sensitiveDay - 200, lastDay, {
      replaceOwn: true,
    }),
    shareIdentifier(context, 'device', [secretary!, husband!], sensitiveDay - 100, lastDay),
  ];
  const transfers = [
    planTransfer(
      context,
      sensitiveDay + 1,
      secretary!.row.id,
      friend!.row.id,
      900_000,
      'third_party',
    ),
    planTransfer(context, lastDay + 1, friend!.row.id, secretary!.row.id, 1_050_000, 'third_party'),
  ];
  const event = context.events.add(
    instrument,
    'merger',
    `${instrument.row.name}关于筹划发行股份吸收合并事项的公告`,
    timestampAt(dateOf(sensitiveDay), 10, 30),
    timestampAt(dateOf(announcementDay), 19, 30),
  );
  context.events.addInsider(event, secretary!, 'officer');
  context.events.addInsider(event, husband!, 'relative');
  for (const officer of otherOfficers) context.events.addInsider(event, officer, 'officer');
  context.effects.add(instrument.index, announcementDay + 1, {
    gap: 0.094,
    drift: 0.095,
    volume: 0.4,
  });
  context.effects.add(instrument.index, announcementDay + 2, {
    gap: 0.05,
    drift: 0.07,
    volume: 1.5,
  });
  context.effects.add(instrument.index, announcementDay + 3, { drift: 0.01, volume: 2 });
  const traders = [husband!, friend!];
  let held = 0;

  const scheme: PlantedScheme = {
    id,
    typology: 'insider_trading',
    title: `${instrument.row.name}吸收合并内幕交易案`,
    signature:
      "Between the merger's sensitive_from and public_ts, the secretary's husband (insiders: relative; shares her address and device) and a friend she paid (third-party transfer) buy on six days; both sell three to five days after the announcement's limit-up; the friend pays the secretary back.",
    members: [
      { account: secretary!, role: 'board secretary (insider, officer) — did not trade' },
      { account: husband!, role: "secretary's husband (insider, relative)" },
      { account: friend!, role: 'friend funded by the secretary' },
    ],
    instruments: [instrument],
    firstDay,
    lastDay,
    windowStart: event.sensitive_from,
    eventIds: [event.id],
    sharedIdentifiers: shared,
    transfers,
    detections: [
      {
        typology: 'insider_trading',
        score: 0.9,
        accounts: traders,
        instruments: [instrument],
        model: GBDT_MODEL,
        ruleFired: true,
        delayDays: 1,
        describe: ({ statistics, closeOn }) => {
          const jump =
            closeOn(instrument, announcementDay + 2) / closeOn(instrument, announcementDay) - 1;
          return {
            features: [
              ['bought_in_sensitive_period_value', round(statistics.boughtValue, 0), 3],
              ['return_after_public', round(jump, 3), 3],
              ['insider_relation', 'relative', 3],
              ['funded_by_insider', true, 2],
            ],
            summary: `内幕信息敏感期内，内幕信息知情人配偶及受其资助的账户买入${instrument.row.name}${tenThousands(statistics.boughtValue)}元，公告后两日股价上涨${percent(jump)}，随后卖出。`,
          };
        },
      },
    ],
    trade(book, day, dayRandom) {
      if (buyDays.includes(day)) {
        const qty = shareOfMarket(book, instrument.index, dayRandom.between(0.03, 0.05));
        held += qty;
        workBlock(
          book,
          {
            accounts: traders,
            instrument: instrument.index,
            side: 'B',
            qty,
            orders: dayRandom.int(2, 4),
            tag: id,
          },
          dayRandom,
        );
      }
      const sellAt = sellDays.indexOf(day);
      if (sellAt !== -1 && held > 0) {
        const qty = Math.round(held / (sellDays.length - sellAt) / 100) * 100;
        held -= qty;
        workBlock(
          book,
          {
            accounts: traders,
            instrument: instrument.index,
            side: 'S',
            qty,
            orders: dayRandom.int(2, 4),
            tag: id,
          },
          dayRandom,
        );
      }
    },
  };
  return scheme;
};

const planEarningsInsiders: SchemePlanner = (id, context) => {
  const { random } = context;
  const instrument = context.instruments.take(id, { exchange: 'SZSE' });
  const announcementDay = random.int(48, 56);
  const sensitiveDay = announcementDay - 10;
  const buyDays = pickDays(random, sensitiveDay + 1, announcementDay - 1, 5);
  const sellDays = [announcementDay + 2, announcementDay + 3, announcementDay + 4];
  const [auditor, sister] = context.accounts.recruitEach(id, [
    { city: '440100', openedBy: '2024-12-31' },
    { city: '440200', openedBy: '2025-12-31' },
  ]);
  const firstDay = buyDays[0]!;
  const lastDay = sellDays.at(-1)!;
  const shared = [
    shareIdentifier(context, 'phone', [auditor!, sister!], sensitiveDay - 100, lastDay),
  ];
  const transfers = [
    planTransfer(context, sensitiveDay, auditor!.row.id, sister!.row.id, 600_000, 'bank'),
  ];
  const event = context.events.add(
    instrument,
    'earnings',
    `${instrument.row.name}2026年前三季度业绩预增公告（净利润同比增长120%–150%）`,
    timestampAt(dateOf(sensitiveDay), 15, 30),
    timestampAt(dateOf(announcementDay), 20, 0),
  );
  context.events.addInsider(event, auditor!, 'advisor');
  context.effects.add(instrument.index, announcementDay + 1, {
    gap: 0.06,
    drift: 0.075,
    volume: 2.2,
  });
  context.effects.add(instrument.index, announcementDay + 2, { drift: 0.025, volume: 1.5 });
  let held = 0;

  const scheme: PlantedScheme = {
    id,
    typology: 'insider_trading',
    title: `${instrument.row.name}业绩预增内幕交易案（审计人员）`,
    signature:
      'An auditor (insiders: advisor) passes the profit pre-announcement to his sister, whose account shares his phone and received his bank transfer; she buys on five days before public_ts and sells from the second day after. Missed by the sandbox: the trader is not an insider of record.',
    members: [
      { account: auditor!, role: 'auditor of the company (insider, advisor) — did not trade' },
      { account: sister!, role: "auditor's sister (tipped)" },
    ],
    instruments: [instrument],
    firstDay,
    lastDay,
    windowStart: event.sensitive_from,
    eventIds: [event.id],
    sharedIdentifiers: shared,
    transfers,
    detections: [],
    trade(book, day, dayRandom) {
      if (buyDays.includes(day)) {
        const qty = shareOfMarket(book, instrument.index, dayRandom.between(0.015, 0.03));
        held += qty;
        workBlock(
          book,
          {
            accounts: [sister!],
            instrument: instrument.index,
            side: 'B',
            qty,
            orders: dayRandom.int(1, 3),
            tag: id,
          },
          dayRandom,
        );
      }
      const sellAt = sellDays.indexOf(day);
      if (sellAt !== -1 && held > 0) {
        const qty = Math.round(held / (sellDays.length - sellAt) / 100) * 100;
        held -= qty;
        workBlock(
          book,
          {
            accounts: [sister!],
            instrument: instrument.index,
            side: 'S',
            qty,
            orders: dayRandom.int(1, 3),
            tag: id,
          },
          dayRandom,
        );
      }
    },
  };
  return scheme;
};
