/**
 * The queue an analyst sees after the local detectors ran: the sandbox's alerts, those a local
 * detection confirmed replaced by their raised form, plus the local alerts that matched nothing.
 */
import type { Alert } from '../../shared/dictionary/types';
import { dedupAgainstSandbox } from '../../shared/analytics/dedup';

export interface AlertPool {
  alerts: Alert[];
  /** The sandbox's own score of each of its alerts, before any local raise. */
  sandboxScores: Map<string, number>;
  raised: number;
  fresh: number;
}

export function alertPool(local: readonly Alert[], sandbox: readonly Alert[]): AlertPool {
  const { fresh, raised } = dedupAgainstSandbox([...local], [...sandbox]);
  const raisedIds = new Set(raised.map((alert) => alert.id));
  return {
    alerts: [...sandbox.filter((alert) => !raisedIds.has(alert.id)), ...raised, ...fresh],
    sandboxScores: new Map(sandbox.map((alert) => [alert.id, alert.score])),
    raised: raised.length,
    fresh: fresh.length,
  };
}
