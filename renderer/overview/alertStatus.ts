/**
 * Where each alert stands, for the Overview's counts. Until the triage store arrives (schema v3)
 * this reads the stores that exist: a disposition in `annotations` closes an alert, any other
 * annotation puts it under review, an open case that names it escalates it. The triage workflow
 * replaces `loadAlertStatuses` alone; the aggregation only sees the lookup.
 */
import type { AlertStatus, AlertStatusLookup } from '../../shared/analytics/overview/alertStatus';
import type { WorkstationDatabase } from '../db/database';
import type { AnnotationRecord, CaseRecord } from '../db/records';

/** Annotations name the bare dataset id; a generation key (`<dataset>#<version>`) is cut back to it. */
function alertKey(dataset: string, alertId: string): string {
  const hash = dataset.indexOf('#');
  return `${hash === -1 ? dataset : dataset.slice(0, hash)}:${alertId}`;
}

export function statusLookup(
  annotations: readonly AnnotationRecord[],
  cases: readonly CaseRecord[],
): AlertStatusLookup {
  const statuses = new Map<string, AlertStatus>();
  const escalated = new Set<string>();
  for (const record of cases) {
    if (record.status === 'closed') continue;
    // Cases name alerts by key (`<dataset>:<id>`) or, in older records, by bare id.
    for (const alert of record.alertIds) escalated.add(alert);
  }
  for (const annotation of annotations) {
    const key = alertKey(annotation.dataset, annotation.alertId);
    if (annotation.disposition !== null) statuses.set(key, 'closed');
    else if (!statuses.has(key)) statuses.set(key, 'under_review');
  }
  return (key) => {
    const status = statuses.get(key);
    if (status === 'closed') return status;
    if (escalated.has(key) || escalated.has(key.slice(key.indexOf(':') + 1))) return 'escalated';
    return status ?? 'open';
  };
}

export async function loadAlertStatuses(db: WorkstationDatabase): Promise<AlertStatusLookup> {
  const [annotations, cases] = await Promise.all([db.annotations.toArray(), db.cases.toArray()]);
  return statusLookup(annotations, cases);
}

/** Changes whenever a status may have: the page hands it to the worker to know when to reload. */
export async function alertStatusVersion(db: WorkstationDatabase): Promise<string> {
  const [annotations, lastAnnotation, cases, lastCase] = await Promise.all([
    db.annotations.count(),
    db.annotations.orderBy('updatedAt').last(),
    db.cases.count(),
    db.cases.orderBy('updatedAt').last(),
  ]);
  return `${annotations}|${lastAnnotation?.updatedAt ?? ''}|${cases}|${lastCase?.updatedAt ?? ''}`;
}
