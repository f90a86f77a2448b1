/**
 * Keeping the queue free of doubles. A local detection that matches a sandbox alert (same
 * typology, an account and an instrument in common, overlapping windows) raises that alert
 * instead of adding one; and a broad finding (account control, short-swing trading) about
 * accounts that a more specific local alert already names is left out.
 */
import type { Alert, Typology } from '../dictionary/types';
import { epochMs, marketTimestamp } from './time';

const overlaps = <T>(a: readonly T[], b: readonly T[]): boolean => a.some((x) => b.includes(x));

function windowsOverlap(a: Alert, b: Alert): boolean {
  return (
    epochMs(a.window.from) <= epochMs(b.window.to) && epochMs(b.window.from) <= epochMs(a.window.to)
  );
}

export function matchesSandboxAlert(local: Alert, sandbox: Alert): boolean {
  return (
    local.typology === sandbox.typology &&
    overlaps(local.accounts, sandbox.accounts) &&
    (local.instruments.length === 0 ||
      sandbox.instruments.length === 0 ||
      overlaps(local.instruments, sandbox.instruments)) &&
    windowsOverlap(local, sandbox)
  );
}

export interface DedupResult {
  /** Local alerts that match no sandbox alert: new rows. */
  fresh: Alert[];
  /** Sandbox alerts raised by local detections: updated rows under their own ids. */
  raised: Alert[];
  /** Which local alert raised which sandbox alert. */
  matches: Array<{ local: string; sandbox: string }>;
}

export const LOCAL_FEATURE_PREFIX = 'local:';

/** The sandbox alert with the local evidence folded in: its features, accounts and score. */
export function raiseSandboxAlert(sandbox: Alert, locals: readonly Alert[]): Alert {
  const from = Math.min(epochMs(sandbox.window.from), ...locals.map((a) => epochMs(a.window.from)));
  const to = Math.max(epochMs(sandbox.window.to), ...locals.map((a) => epochMs(a.window.to)));
  const localFeatures = locals.flatMap((local) =>
    local.features.map((feature) => ({
      ...feature,
      name: `${LOCAL_FEATURE_PREFIX}${feature.name}`,
    })),
  );
  return {
    ...sandbox,
    score: Math.max(sandbox.score, ...locals.map((local) => local.score)),
    accounts: [...new Set([...sandbox.accounts, ...locals.flatMap((local) => local.accounts)])],
    instruments: [
      ...new Set([...sandbox.instruments, ...locals.flatMap((local) => local.instruments)]),
    ],
    window: {
      from: from === epochMs(sandbox.window.from) ? sandbox.window.from : marketTimestamp(from),
      to: to === epochMs(sandbox.window.to) ? sandbox.window.to : marketTimestamp(to),
    },
    features: [
      ...sandbox.features.filter((feature) => !feature.name.startsWith(LOCAL_FEATURE_PREFIX)),
      ...localFeatures,
    ],
    summary: `${sandbox.summary}（本地检测印证：${locals.map((local) => local.summary).join('；')}）`,
  };
}

export function dedupAgainstSandbox(
  local: readonly Alert[],
  sandbox: readonly Alert[],
): DedupResult {
  const fresh: Alert[] = [];
  const raisedBy = new Map<string, Alert[]>();
  const matches: DedupResult['matches'] = [];
  for (const alert of local) {
    // The sandbox alert sharing the most accounts with it, when several match.
    let best: Alert | null = null;
    let bestShared = 0;
    for (const candidate of sandbox) {
      if (!matchesSandboxAlert(alert, candidate)) continue;
      const shared = alert.accounts.filter((account) =>
        candidate.accounts.includes(account),
      ).length;
      if (shared > bestShared) {
        best = candidate;
        bestShared = shared;
      }
    }
    if (best === null) {
      fresh.push(alert);
      continue;
    }
    matches.push({ local: alert.id, sandbox: best.id });
    const list = raisedBy.get(best.id);
    if (list) list.push(alert);
    else raisedBy.set(best.id, [alert]);
  }
  const raised = sandbox
    .filter((alert) => raisedBy.has(alert.id))
    .map((alert) => raiseSandboxAlert(alert, raisedBy.get(alert.id)!));
  return { fresh, raised, matches };
}

/** Typologies that describe who the accounts are rather than what they did. */
const BROAD_TYPOLOGIES: ReadonlySet<Typology> = new Set(['account_control', 'other']);

/** Drops broad findings whose accounts a more specific alert already names (with its instrument, for `other`). */
export function withoutSubsumed(alerts: readonly Alert[]): Alert[] {
  const specific = alerts.filter((alert) => !BROAD_TYPOLOGIES.has(alert.typology));
  return alerts.filter((alert) => {
    if (!BROAD_TYPOLOGIES.has(alert.typology)) return true;
    const covering = specific.filter(
      (other) =>
        (alert.typology === 'account_control' || overlaps(alert.instruments, other.instruments)) &&
        overlaps(alert.accounts, other.accounts),
    );
    const covered = new Set(covering.flatMap((other) => other.accounts));
    return !alert.accounts.every((account) => covered.has(account));
  });
}
