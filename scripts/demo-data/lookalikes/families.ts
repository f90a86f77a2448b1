/**
 * Households: spouses and grown children with accounts of their own, one home address, often
 * one family tablet, and the occasional transfer between them. Linked, but each trades for
 * itself.
 */
import { timestampAt } from '../clock';
import { GRAPH_MODEL } from '../sandboxModels';
import { CITIES } from '../guangdongCities';
import { planTransfer, shareIdentifier } from '../schemes/ring';
import { LAST_DAY } from '../schemes/schedule';
import { syntheticValue } from '../syntheticValues';
import type { LookAlike, LookAlikePlanner } from './types';

export function householdCountFor(accountCount: number): number {
  return Math.max(6, Math.round(accountCount * 0.006));
}

export function planFamilies(accountCount: number): LookAlikePlanner {
  return (id, context) => {
    const { random } = context;
    const households: LookAlike[] = [];
    for (let n = 1; n <= householdCountFor(accountCount); n++) {
      const householdId = `${id}-${String(n).padStart(3, '0')}`;
      const [first] = context.accounts.recruit(householdId, 1, { openedBy: '2025-12-31' });
      const others = context.accounts.recruit(householdId, random.chance(0.3) ? 2 : 1, {
        city: first!.row.region,
        openedBy: '2026-06-30',
      });
      const members = [first!, ...others];
      const cityName = CITIES.find((city) => city.code === first!.row.region)?.name;
      // Their shared identifiers are seen from the day the last of them opened an account.
      const since = members
        .map((member) => member.row.opened)
        .sort()
        .at(-1)!;
      const shared = [
        shareIdentifier(context, 'address', members, 0, LAST_DAY, {
          replaceOwn: true,
          value: syntheticValue('address', random, cityName),
          firstSeen: timestampAt(since, 10, random.int(0, 59)),
        }),
        ...(random.chance(0.6)
          ? [
              shareIdentifier(context, 'device', members, 0, LAST_DAY, {
                firstSeen: timestampAt(
                  since > '2025-02-01' ? since : '2025-02-01',
                  20,
                  random.int(0, 59),
                ),
              }),
            ]
          : []),
      ];
      const transfers = random.chance(0.5)
        ? [
            planTransfer(
              context,
              random.int(0, LAST_DAY),
              first!.row.id,
              others[0]!.row.id,
              Math.round(random.logNormal(50_000, 0.8) / 100) * 100,
              first!.row.broker === others[0]!.row.broker ? 'internal' : 'bank',
            ),
          ]
        : [];
      const alertDay = random.int(15, LAST_DAY - 5);
      households.push({
        id: householdId,
        kind: 'family',
        explanation: `A household of ${members.length}: one home address${shared.length > 1 ? ' and a family tablet' : ''}${transfers.length > 0 ? ', a transfer between spouses' : ''}; each member trades their own portfolio, on their own days.`,
        members,
        instruments: [],
        firstDay: 0,
        lastDay: LAST_DAY,
        sharedIdentifiers: shared,
        transfers,
        // The graph model flags the first household it meets; an examiner closes it as family.
        falseAlarms:
          n === 1
            ? [
                {
                  typology: 'account_control',
                  score: 0.36,
                  accounts: members,
                  instruments: [],
                  model: GRAPH_MODEL,
                  ruleFired: false,
                  delayDays: 1,
                  windowDays: [alertDay - 19, alertDay],
                  describe: () => ({
                    features: [
                      ['shared_identifier_kinds', shared.length, 3],
                      ['common_funding_sources', 0, 1],
                      ['co_trading_ratio', 0.05, 1],
                    ],
                    summary: `${members.length}个账户共用地址${shared.length > 1 ? '和设备' : ''}，疑似关联账户。`,
                  }),
                },
              ]
            : [],
      });
    }
    return households;
  };
}
