/**
 * 跨市场操纵 (cross-market): a group's listed parent (Shanghai) announces it will inject assets
 * into its listed subsidiary (Shenzhen); a ring that knew buys the subsidiary on the other
 * exchange before the announcement and sells after the sympathy jump. The sandbox misses it:
 * its models look at one instrument at a time.
 */
import { timestampAt } from '../clock';
import { fictionalBrand, renameInstrument } from '../instruments';
import { shareOfMarket, workBlock } from './orders';
import { collectFromMembers, dateOf, externalParty, fundMembers, shareIdentifier } from './ring';
import type { PlantedScheme, SchemePlanner } from './types';

export const planCrossMarket: SchemePlanner = (id, context) => {
  const { random } = context;
  const parent = context.instruments.take(id, { exchange: 'SSE', board: '主板' });
  const subsidiary = context.instruments.take(id, { exchange: 'SZSE', smallCap: true });
  const brand = fictionalBrand(random);
  renameInstrument(parent, `${brand}控股`);
  renameInstrument(subsidiary, `${brand}科技`);
  const announcementDay = random.int(26, 44);
  const firstDay = announcementDay - 4;
  const lastDay = announcementDay + 3;
  const members = context.accounts.recruit(id, 4, { city: '441300', openedBy: '2025-12-31' });
  const shared = [
    shareIdentifier(context, 'device', members, firstDay - 10, lastDay),
    shareIdentifier(context, 'email', members.slice(0, 2), firstDay - 60, lastDay),
  ];
  const transfers = [
    ...fundMembers(context, externalParty(context, 'CORP'), members, firstDay - 1, 2_200_000),
    ...collectFromMembers(context, members, externalParty(context, 'CARD'), lastDay + 1, 2_000_000),
  ];
  const event = context.events.add(
    parent,
    'restructuring',
    `${parent.row.name}关于筹划将控股子公司${subsidiary.row.name}相关资产重组的提示性公告`,
    timestampAt(dateOf(announcementDay - 8), 10, 0),
    timestampAt(dateOf(announcementDay), 19, 30),
  );
  context.effects.add(parent.index, announcementDay + 1, { gap: 0.05, drift: 0.06, volume: 2.5 });
  context.effects.add(subsidiary.index, announcementDay + 1, { gap: 0.07, drift: 0.09, volume: 3 });
  context.effects.add(subsidiary.index, announcementDay + 2, { drift: 0.03, volume: 1.8 });
  let subsidiaryBought = 0;

  const scheme: PlantedScheme = {
    id,
    typology: 'cross_market',
    title: `${brand}系跨市场操纵案（沪市母公司公告、深市子公司交易）`,
    signature:
      'Before the Shanghai-listed parent announces a restructuring involving its Shenzhen-listed subsidiary (events: restructuring on the parent), the ring buys the subsidiary on the other exchange, and a little of the parent; it sells the subsidiary after the sympathy jump. Shared device and e-mail, one funder, proceeds collected to one card.',
    members: members.map((account, i) => ({
      account,
      role: i === 0 ? 'organiser (knew of the plan)' : 'ring account',
    })),
    instruments: [subsidiary, parent],
    firstDay,
    lastDay,
    eventIds: [event.id],
    sharedIdentifiers: shared,
    transfers,
    detections: [],
    trade(book, day, dayRandom) {
      if (day >= firstDay && day <= announcementDay) {
        const qty = shareOfMarket(book, subsidiary.index, 0.09);
        subsidiaryBought += qty;
        workBlock(
          book,
          {
            accounts: members,
            instrument: subsidiary.index,
            side: 'B',
            qty,
            orders: dayRandom.int(6, 10),
            tag: id,
          },
          dayRandom,
        );
        if (dayRandom.chance(0.5)) {
          workBlock(
            book,
            {
              accounts: members,
              instrument: parent.index,
              side: 'B',
              qty: shareOfMarket(book, parent.index, 0.01),
              orders: 2,
              tag: id,
            },
            dayRandom,
          );
        }
      } else if (day > announcementDay && day <= lastDay) {
        const qty = Math.round(subsidiaryBought / (lastDay - day + 1) / 100) * 100;
        if (qty <= 0) return;
        subsidiaryBought -= qty;
        workBlock(
          book,
          {
            accounts: members,
            instrument: subsidiary.index,
            side: 'S',
            qty,
            orders: dayRandom.int(6, 10),
            tag: id,
          },
          dayRandom,
        );
      }
    },
  };
  return scheme;
};
