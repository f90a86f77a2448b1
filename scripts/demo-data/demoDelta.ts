/**
 * Version 2 of the demo dataset, a small delta on version 1 that the app can show as one: the
 * sandbox's next model release catches a matched-orders scheme it missed (a new alert) and
 * widens a partial detection (an upserted alert); brokers restricted two lent accounts
 * (upserted accounts); and a false alarm was withdrawn (a tombstone). The ground truth follows.
 */
import type { Account, Alert, Tombstone } from '../../shared/dictionary/types';
import type { GroundTruth } from './groundTruth';

export const DELTA_MODEL = 'sandbox-graph-2026.4';

export interface DemoDelta {
  tables: { alerts: Alert[]; accounts: Account[]; tombstones: Tombstone[] };
  truth: GroundTruth & { versions: DemoVersionNote[] };
}

export interface DemoVersionNote {
  version: number;
  kind: 'full' | 'delta';
  changes: string[];
}

function schemeOf(truth: GroundTruth, typology: string, detected: boolean) {
  const scheme = truth.schemes.find(
    (candidate) => candidate.typology === typology && candidate.detected === detected,
  );
  if (scheme === undefined)
    throw new Error(
      `the ground truth has no ${detected ? 'detected' : 'missed'} ${typology} scheme`,
    );
  return scheme;
}

/** `matchedPairs` counts the trades between two of the given accounts (each pair once). */
export function buildDemoDelta(
  truth: GroundTruth,
  alerts: readonly Alert[],
  accounts: readonly Account[],
  matchedPairs: (accounts: ReadonlySet<string>) => number,
): DemoDelta {
  const alertById = new Map(alerts.map((alert) => [alert.id, alert]));
  const accountById = new Map(accounts.map((account) => [account.id, account]));
  const lastNumber = Math.max(...alerts.map((alert) => Number(alert.id.slice(-4))));
  const newAlertId = `${alerts[0]!.id.slice(0, -4)}${String(lastNumber + 1).padStart(4, '0')}`;

  // The missed matched-orders ring, caught by the new graph model.
  const missed = schemeOf(truth, 'matched_orders', false);
  const caught: Alert = {
    id: newAlertId,
    typology: 'matched_orders',
    score: 0.79,
    created: '2026-10-09T07:40:00+08:00',
    accounts: missed.accounts.map((account) => account.id),
    instruments: missed.instruments,
    window: missed.window,
    model: DELTA_MODEL,
    rule: 'R-MO-01',
    features: [
      { name: 'group_trade_ratio', value: 1, contribution: 0.24 },
      { name: 'shared_ip_across_parties', value: true, contribution: 0.21 },
      { name: 'common_funding_sources', value: 1, contribution: 0.18 },
      {
        name: 'matched_pairs',
        value: matchedPairs(new Set(missed.accounts.map((account) => account.id))),
        contribution: 0.08,
      },
    ],
    summary:
      '模型更新（2026.4）后回溯发现：两组不同持有人账户在固定时点同价同量相互成交，双方共用IP、资金同源。',
  };

  // The partially detected continuous-trading ring, now with all its accounts.
  const partial = truth.schemes.find(
    (scheme) =>
      scheme.typology === 'continuous_trading' &&
      scheme.alerts.some(
        (id) => (alertById.get(id)?.accounts.length ?? 0) < scheme.accounts.length,
      ),
  );
  const widened: Alert[] = [];
  if (partial !== undefined) {
    const before = alertById.get(partial.alerts[0]!)!;
    widened.push({
      ...before,
      score: 0.83,
      accounts: partial.accounts.map((account) => account.id),
      model: DELTA_MODEL,
      summary: `${before.summary}（2026.4模型扩展关联账户后复核：账户组共${partial.accounts.length}个账户）`,
    });
  }

  // Brokers restricted the lent accounts once the alert reached them.
  const lent = schemeOf(truth, 'account_control', true).accounts.slice(1, 3);
  const restricted = lent.map((member) => ({
    ...accountById.get(member.id)!,
    status: 'closed' as const,
  }));

  // One false alarm on an ordinary account, withdrawn by the sandbox.
  const withdrawn = truth.background_false_alarms[0];
  const tombstones: Tombstone[] =
    withdrawn === undefined ? [] : [{ table: 'alerts', id: withdrawn.alert }];

  const changes = [
    `new alert ${caught.id} (${DELTA_MODEL}) catches ${missed.id}, the matched-orders scheme version 1 missed`,
    ...widened.map(
      (alert) =>
        `alert ${alert.id} upserted: rescored to ${alert.score} and widened to every account of ${partial!.id}`,
    ),
    ...restricted.map(
      (account) =>
        `account ${account.id} upserted: status closed (lent account of the account-control ring)`,
    ),
    ...tombstones.map(
      (tombstone) =>
        `alert ${tombstone.id} withdrawn (tombstone): a false alarm on an ordinary account`,
    ),
  ];
  const updated: DemoDelta['truth'] = {
    ...truth,
    tables: { ...truth.tables },
    schemes: truth.schemes.map((scheme) =>
      scheme.id === missed.id
        ? { ...scheme, detected: true, alerts: [...scheme.alerts, caught.id] }
        : scheme,
    ),
    background_false_alarms: truth.background_false_alarms.filter(
      (alarm) => alarm.alert !== withdrawn?.alert,
    ),
    alerts: {
      true_positive: [...truth.alerts.true_positive, caught.id].sort(),
      false_positive: truth.alerts.false_positive.filter((id) => id !== withdrawn?.alert),
    },
    versions: [
      { version: 1, kind: 'full', changes: ['the whole jurisdiction'] },
      { version: 2, kind: 'delta', changes },
    ],
  };
  return {
    tables: { alerts: [caught, ...widened], accounts: restricted, tombstones },
    truth: updated,
  };
}
