/**
 * 自买自卖 / 对倒 (wash trades): one controller's accounts trade with each other, the two orders
 * of each pair less than a second apart at the same price and size, painting volume that draws
 * followers in.
 */
import { GBDT_MODEL } from '../sandboxModels';
import { percent, round, tenThousands } from '../format';
import { SESSION_MS } from '../clock';
import { shareOfMarket } from './orders';
import { externalParty, fundMembers, shareIdentifier } from './ring';
import { pickDays } from './schedule';
import type { PlantedScheme, SchemePlanner } from './types';

export function planWashTrade(variant: 1 | 2): SchemePlanner {
  return (id, context) => {
    const { random } = context;
    const instrument = context.instruments.take(
      id,
      variant === 1
        ? { smallCap: true, exchange: 'SZSE', board: '主板' }
        : { smallCap: true, board: '创业板' },
    );
    const start = variant === 1 ? random.int(6, 16) : random.int(34, 44);
    const activeDays = pickDays(random, start, start + 10, variant === 1 ? 8 : 6);
    const firstDay = activeDays[0]!;
    const lastDay = activeDays.at(-1)!;
    const [controller, ...nominees] =
      variant === 1
        ? context.accounts.recruitEach(id, [
            { openedBy: '2024-12-31' },
            { openedBy: '2024-12-31' },
            { openedBy: '2024-12-31' },
          ])
        : context.accounts.recruitEach(id, [
            { openedBy: '2024-12-31' },
            { openedBy: '2025-12-31' },
          ]);
    const members = [controller!, ...nominees];
    const shared = [
      shareIdentifier(context, 'device', members, firstDay - 10, lastDay),
      shareIdentifier(context, 'mac', members, firstDay - 10, lastDay),
      shareIdentifier(context, 'ip', members, firstDay - 3, lastDay),
      variant === 1
        ? shareIdentifier(context, 'bank_card', members.slice(0, 2), firstDay - 20, lastDay)
        : shareIdentifier(context, 'phone', members, firstDay - 20, lastDay),
    ];
    const source = externalParty(context, 'CARD');
    const transfers = fundMembers(
      context,
      source,
      members,
      firstDay - 1,
      variant === 1 ? 3_000_000 : 1_500_000,
    );
    for (const day of activeDays)
      context.effects.add(instrument.index, day, { drift: 0.007, volume: 1.3 });

    const scheme: PlantedScheme = {
      id,
      typology: 'wash_trade',
      title: `${instrument.row.name}自买自卖案（${variant === 1 ? '三账户' : '双账户'}对倒）`,
      signature:
        'Accounts of one controller trade with each other (counterparty inside the ring), both orders within a second at the same price and size, on most days of the window; they share a device, MAC, IP and a bank card or phone, and are funded from one card.',
      members: members.map((account, i) => ({
        account,
        role: i === 0 ? 'controller (own account)' : 'nominee account used by the controller',
      })),
      instruments: [instrument],
      firstDay,
      lastDay,
      eventIds: [],
      sharedIdentifiers: shared,
      transfers,
      detections: [
        {
          typology: 'wash_trade',
          score: variant === 1 ? 0.93 : 0.81,
          accounts: members,
          instruments: [instrument],
          model: GBDT_MODEL,
          ruleFired: true,
          delayDays: 1,
          describe: ({ statistics }) => {
            const groupShare = statistics.groupTrades / Math.max(1, statistics.trades);
            const volumeShare = statistics.marketQty / Math.max(1, statistics.instrumentVolume);
            return {
              features: [
                ['group_trade_ratio', round(groupShare, 3), 4],
                ['volume_share', round(volumeShare, 3), 3],
                ['active_days', statistics.days.size, 1],
                ['shared_identifier_kinds', shared.length, 2],
              ],
              summary: `${members.length}个关联账户在${instrument.row.name}上相互成交，账户组内成交占其成交笔数${percent(groupShare)}，占同期市场成交量${percent(volumeShare)}，累计成交${tenThousands(statistics.boughtValue)}元；账户共用设备、MAC与IP。`,
            };
          },
        },
      ],
      trade(book, day, dayRandom) {
        if (!activeDays.includes(day)) return;
        const pairs = dayRandom.int(14, 24);
        for (let i = 0; i < pairs; i++) {
          const buyer = dayRandom.pick(members);
          let seller = dayRandom.pick(members);
          while (seller === buyer) seller = dayRandom.pick(members);
          book.cross(
            {
              buyer,
              seller,
              instrument: instrument.index,
              atMs: dayRandom.between(300_000, SESSION_MS - 120_000),
              qty: shareOfMarket(book, instrument.index, dayRandom.between(0.008, 0.018)),
              sellerDelayMs: dayRandom.int(-900, 900),
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
