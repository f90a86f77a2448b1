/**
 * 实际控制关联账户 / 出借账户 (account control). Variant 1: one person runs eight accounts
 * borrowed from elderly holders, from two devices, all with his phone and his money, buying and
 * selling the same stocks within minutes of each other. Variant 2: five accounts at three
 * brokers settled through one bank card and one e-mail, trading in step.
 */
import type { Side } from '../../../shared/dictionary/types';
import { MINUTE_MS } from '../clock';
import { round } from '../format';
import type { InstrumentProfile } from '../instruments';
import { GRAPH_MODEL } from '../sandboxModels';
import { shareOfMarket } from './orders';
import { collectFromMembers, externalParty, fundMembers, shareIdentifier } from './ring';
import { pickDays } from './schedule';
import type { PlantedScheme, SchemePlanner } from './types';

export function planAccountControl(variant: 1 | 2): SchemePlanner {
  return (id, context) => {
    const { random } = context;
    const size = variant === 1 ? 8 : 5;
    const members =
      variant === 1
        ? context.accounts.recruit(id, size, { city: '440500', openedBy: '2013-12-31' })
        : context.accounts.recruitEach(
            id,
            Array.from({ length: size }, (_, i) => ({
              openedBy: '2025-12-31',
              broker: ['B01', 'B02', 'B05'][i % 3]!,
            })),
          );
    if (variant === 1) {
      // Lent accounts: long-dormant holders of modest risk profile, woken up for the scheme.
      for (const member of members) member.row.risk_level = 'C2';
    }
    const instruments: InstrumentProfile[] = Array.from({ length: variant === 1 ? 3 : 2 }, () =>
      context.instruments.take(id, { smallCap: true }),
    );
    const start = variant === 1 ? random.int(4, 12) : random.int(30, 38);
    const activeDays = pickDays(
      random,
      start,
      start + (variant === 1 ? 40 : 22),
      variant === 1 ? 20 : 12,
    );
    const firstDay = activeDays[0]!;
    const lastDay = activeDays.at(-1)!;
    const half = Math.ceil(size / 2);
    const shared =
      variant === 1
        ? [
            shareIdentifier(context, 'device', members.slice(0, half), firstDay - 5, lastDay),
            shareIdentifier(context, 'device', members.slice(half), firstDay - 5, lastDay),
            shareIdentifier(context, 'ip', members, firstDay - 5, lastDay),
            shareIdentifier(context, 'phone', members, firstDay - 10, lastDay),
          ]
        : [
            shareIdentifier(context, 'bank_card', members, firstDay - 30, lastDay),
            shareIdentifier(context, 'email', members, firstDay - 30, lastDay),
          ];
    const controllerCard = externalParty(context, 'CARD');
    const transfers = [
      ...fundMembers(
        context,
        controllerCard,
        members,
        firstDay - 1,
        variant === 1 ? 600_000 : 1_000_000,
      ),
      ...collectFromMembers(
        context,
        members,
        controllerCard,
        lastDay + 1,
        variant === 1 ? 550_000 : 900_000,
      ),
    ];

    const scheme: PlantedScheme = {
      id,
      typology: 'account_control',
      title:
        variant === 1
          ? '借用他人账户集中控制交易案（8个出借账户）'
          : '跨券商关联账户共用银行卡实控案',
      signature:
        variant === 1
          ? 'Eight accounts of elderly holders opened before 2014 trade again, from two devices and one IP, all with one contact phone, funded from and paying back to one card; on each active day several of them buy or sell the same stock in the same direction within ten minutes.'
          : 'Five accounts at three brokers settle through one bank card and share one e-mail; funded from and paying back to one card; they trade two stocks in step (same day, same direction, minutes apart).',
      members: members.map((account, i) => ({
        account,
        role:
          variant === 1
            ? i === 0
              ? 'controller (uses this account himself)'
              : 'lent account'
            : 'controlled account',
      })),
      instruments,
      firstDay,
      lastDay,
      eventIds: [],
      sharedIdentifiers: shared,
      transfers,
      detections: [
        {
          typology: 'account_control',
          score: variant === 1 ? 0.92 : 0.68,
          accounts: variant === 1 ? members : members.slice(0, 3),
          instruments,
          model: GRAPH_MODEL,
          ruleFired: variant === 1,
          delayDays: 3,
          describe: ({ statistics }) => ({
            features: [
              ['cluster_accounts', variant === 1 ? size : 3, 2],
              ['shared_identifier_kinds', shared.length, 4],
              ['common_funding_sources', 1, 3],
              ['co_trading_days', statistics.days.size, 2],
              [
                'avg_trade_value',
                round(
                  (statistics.boughtValue + statistics.soldValue) / Math.max(1, statistics.trades),
                  0,
                ),
                1,
              ],
            ],
            summary:
              variant === 1
                ? `${size}个开户多年的账户近期由同一设备、同一IP登录，预留同一手机号，资金来自同一银行卡，并在十分钟内同向交易相同股票。`
                : '3个不同券商的账户绑定同一银行卡、共用电子邮箱，资金同源并同步交易。',
          }),
        },
      ],
      trade(book, day, dayRandom) {
        if (!activeDays.includes(day)) return;
        const instrument = dayRandom.pick(instruments).index;
        const side: Side = dayRandom.chance(0.55) ? 'B' : 'S';
        const startMs = dayRandom.between(0, 13_500_000);
        const traders = dayRandom.sample(members, dayRandom.int(3, Math.min(6, members.length)));
        for (const account of traders) {
          book.fill(
            {
              account,
              instrument,
              side,
              atMs: startMs + dayRandom.between(0, 10 * MINUTE_MS),
              qty: shareOfMarket(book, instrument, dayRandom.between(0.004, 0.01)),
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
