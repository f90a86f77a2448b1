/**
 * Where each alert stands, for the Overview's counts: the triage workflow's `alertStates` store,
 * the same record the Alerts page counts. An alert without a state record is `new`. A snoozed
 * alert keeps its status here (it is still open work); the Alerts page hides it from its default
 * queue only until the snooze ends.
 */
import type { AlertStatusLookup } from '../../shared/analytics/overview/alertStatus';
import type { AlertStatus } from '../../shared/triage/lifecycle';
import type { WorkstationDatabase } from '../db/database';
import type { AlertStateRecord } from '../db/records';

/** States name the bare dataset id; a generation key (`<dataset>#<version>`) is cut back to it. */
function alertKey(dataset: string, alertId: string): string {
  const hash = dataset.indexOf('#');
  return `${hash === -1 ? dataset : dataset.slice(0, hash)}:${alertId}`;
}

export function statusLookup(states: readonly Pick<AlertStateRecord, 'dataset' | 'alertId' | 'status'>[]): AlertStatusLookup {
  const statuses = new Map<string, AlertStatus>();
  for (const state of states) statuses.set(alertKey(state.dataset, state.alertId), state.status);
  return (key) => statuses.get(key) ?? 'new';
}

export async function loadAlertStatuses(db: WorkstationDatabase): Promise<AlertStatusLookup> {
  return statusLookup(await db.alertStates.toArray());
}

/** Changes whenever a status or the set of alerts may have: the page hands it to the worker to know when to reload. */
export async function alertStatusVersion(db: WorkstationDatabase): Promise<string> {
  const [states, last, locals, lastLocal] = await Promise.all([
    db.alertStates.count(),
    db.alertStates.orderBy('updatedAt').last(),
    db.localAlerts.count(),
    db.localAlerts.orderBy('created').last(),
  ]);
  // Local detections add alerts to count, so a detection run changes it too.
  return `${states}|${last?.updatedAt ?? ''}|${last?.alertId ?? ''}|${last?.status ?? ''}|${locals}@${lastLocal?.created ?? ''}`;
}
