/**
 * Public addresses behind network address translation: a university campus network and a
 * branch office's Wi-Fi, each seen on dozens of unrelated accounts that never trade together
 * or share money. IPs come from the RFC 5737 documentation ranges.
 */
import { GRAPH_MODEL } from '../sandboxModels';
import { TRADING_DAYS } from '../calendar';
import { timestampAt } from '../clock';
import { LAST_DAY } from '../schemes/schedule';
import type { LookAlike, LookAlikePlanner } from './types';

/** The test asks for at least 24; a campus has many more. */
const MINIMUM_CAMPUS_ACCOUNTS = 36;

export const CAMPUS_NAT_IP = '198.51.100.23';
export const BRANCH_OFFICE_NAT_IP = '203.0.113.45';

export function campusAccountCountFor(scale: number): number {
  return Math.min(120, MINIMUM_CAMPUS_ACCOUNTS + Math.round(12 * scale));
}

export function planSharedNat(scale: number): LookAlikePlanner {
  return (id, context) => {
    const students = context.accounts.recruit(`${id}-campus`, campusAccountCountFor(scale), {
      city: '440100',
      openedFrom: '2022-09-01',
      // Seen behind the campus address since the autumn term.
      openedBy: '2025-08-31',
    });
    const campusIp = context.identifiers.share(
      'ip',
      CAMPUS_NAT_IP,
      students,
      timestampAt('2025-09-01', 8, 12),
      timestampAt(TRADING_DAYS[LAST_DAY]!, 22, 40),
    );
    const alertDay = context.random.int(20, 40);
    const campus: LookAlike = {
      id: `${id}-campus`,
      kind: 'shared_nat_ip',
      explanation:
        'A university campus network: dozens of students at several brokers reach their trading apps through one public NAT address. They share nothing else (no device, card, phone or funding) and do not trade together.',
      members: students,
      instruments: [],
      firstDay: 0,
      lastDay: LAST_DAY,
      sharedIdentifiers: [campusIp],
      transfers: [],
      falseAlarms: [
        {
          typology: 'account_control',
          score: 0.41,
          accounts: students.slice(0, 8),
          instruments: [],
          model: GRAPH_MODEL,
          ruleFired: false,
          delayDays: 1,
          windowDays: [alertDay - 9, alertDay],
          describe: () => ({
            features: [
              ['accounts_on_shared_ip', students.length, 4],
              ['shared_device_pairs', 0, 1],
              ['common_funding_sources', 0, 1],
              ['co_trading_ratio', 0.02, 1],
            ],
            summary: `${students.length}个账户使用同一公网IP登录交易，疑似关联账户。`,
          }),
        },
      ],
    };

    const [anchor] = context.accounts.recruit(`${id}-office`, 1, { openedBy: '2016-12-31' });
    const clients = [
      anchor!,
      ...context.accounts.recruit(`${id}-office`, 27, {
        branch: anchor!.row.branch,
        openedBy: '2020-12-31',
      }),
    ];
    const officeIp = context.identifiers.share(
      'ip',
      BRANCH_OFFICE_NAT_IP,
      clients,
      timestampAt('2024-03-04', 9, 31),
      timestampAt(TRADING_DAYS[LAST_DAY]!, 14, 58),
    );
    const office: LookAlike = {
      id: `${id}-office`,
      kind: 'shared_nat_ip',
      explanation:
        "A branch office's public Wi-Fi address: long-standing clients who trade from the branch's trading hall (or its guest terminals) all appear behind it. Unrelated holders, unrelated money.",
      members: clients,
      instruments: [],
      firstDay: 0,
      lastDay: LAST_DAY,
      sharedIdentifiers: [officeIp],
      transfers: [],
      falseAlarms: [],
    };
    return [campus, office];
  };
}
