/**
 * Every change an examiner makes to an alert: disposition, annotation, status, assignment,
 * snooze, label confirmation and four-eyes reviews. Each write and its audit entry commit in one
 * transaction, with the value before and after.
 */
import type { TriageDisposition } from '../../shared/triage/disposition';
import { confirmLabel, isReasonFor, labelAfterDisposition } from '../../shared/triage/disposition';
import type { LifecycleAction } from '../../shared/triage/lifecycle';
import { checkReviewer, checkTransition } from '../../shared/triage/lifecycle';
import { appendAudit } from '../db/audit';
import type { WorkstationDatabase } from '../db/database';
import { getDatabase } from '../db/database';
import type {
  AlertStateRecord,
  AnnotationRecord,
  ReviewRequestRecord,
  Severity,
  UserRecord,
} from '../db/records';
import type { Typology } from '../../shared/dictionary/types';
import { alertKey, parseAlertKey } from './alertKey';

export class TriageError extends Error {
  constructor(
    readonly problem:
      | 'no-user'
      | 'bad-key'
      | 'needs-reason'
      | 'not-allowed-from'
      | 'needs-role'
      | 'same-user'
      | 'not-pending'
      | 'nothing-to-confirm'
      | 'review-pending',
  ) {
    super(`Triage refused: ${problem}`);
  }
}

function split(key: string): { dataset: string; alertId: string } {
  const parts = parseAlertKey(key);
  if (!parts) throw new TriageError('bad-key');
  return parts;
}

function emptyState(dataset: string, alertId: string, user: UserRecord, now: string): AlertStateRecord {
  return {
    dataset,
    alertId,
    status: 'new',
    assignee: null,
    snoozedUntil: null,
    statusReason: null,
    labelStatus: 'none',
    labelledBy: null,
    labelConfirmedBy: null,
    updatedAt: now,
    updatedBy: user.id,
  };
}

export function emptyAnnotation(dataset: string, alertId: string, author: string, now: string): AnnotationRecord {
  return {
    id: alertKey(dataset, alertId),
    dataset,
    alertId,
    disposition: null,
    reasonCode: null,
    typology: null,
    severity: null,
    tags: [],
    note: '',
    author,
    updatedAt: now,
    status: 'draft',
  };
}

interface Context {
  db?: WorkstationDatabase;
  now?: Date;
}

async function readState(db: WorkstationDatabase, dataset: string, alertId: string) {
  return db.alertStates.get([dataset, alertId]);
}

/** Sets a disposition with its reason code on each alert; the label then awaits confirmation. */
export async function setDisposition(
  keys: readonly string[],
  disposition: TriageDisposition,
  reasonCode: string,
  user: UserRecord,
  { db = getDatabase(), now = new Date() }: Context = {},
): Promise<void> {
  if (!isReasonFor(disposition, reasonCode)) throw new TriageError('needs-reason');
  const at = now.toISOString();
  await db.transaction('rw', db.annotations, db.alertStates, db.audit, async () => {
    for (const key of keys) {
      const { dataset, alertId } = split(key);
      const before = await db.annotations.get(key);
      const annotation: AnnotationRecord = {
        ...(before ?? emptyAnnotation(dataset, alertId, user.id, at)),
        disposition,
        reasonCode,
        author: user.id,
        updatedAt: at,
        status: 'final',
      };
      await db.annotations.put(annotation);
      const state = (await readState(db, dataset, alertId)) ?? emptyState(dataset, alertId, user, at);
      await db.alertStates.put({
        ...state,
        // Giving a disposition means the alert is being worked.
        status: state.status === 'new' ? 'in_review' : state.status,
        ...labelAfterDisposition(disposition, user.id),
        updatedAt: at,
        updatedBy: user.id,
      });
      await appendAudit(
        db,
        {
          actor: user.id,
          action: 'alert.disposition',
          entity: 'alert',
          entityId: key,
          before: before ? { disposition: before.disposition, reasonCode: before.reasonCode } : null,
          after: { disposition, reasonCode },
        },
        now,
      );
    }
  });
}

export interface AnnotationPatch {
  note?: string;
  tags?: string[];
  severity?: Severity | null;
  typology?: Typology | null;
}

/** Saves the annotation's free fields (the autosave calls this once typing pauses). */
export async function saveAnnotation(
  key: string,
  patch: AnnotationPatch,
  user: UserRecord,
  { db = getDatabase(), now = new Date() }: Context = {},
): Promise<AnnotationRecord> {
  const { dataset, alertId } = split(key);
  const at = now.toISOString();
  return db.transaction('rw', db.annotations, db.audit, async () => {
    const before = (await db.annotations.get(key)) ?? emptyAnnotation(dataset, alertId, user.id, at);
    const changed = (Object.keys(patch) as (keyof AnnotationPatch)[]).filter(
      (field) => JSON.stringify(before[field]) !== JSON.stringify(patch[field]),
    );
    if (changed.length === 0) return before;
    const after: AnnotationRecord = { ...before, ...patch, author: user.id, updatedAt: at };
    await db.annotations.put(after);
    await appendAudit(
      db,
      {
        actor: user.id,
        action: changed.includes('note') ? 'alert.note' : 'alert.annotate',
        entity: 'alert',
        entityId: key,
        before: Object.fromEntries(changed.map((field) => [field, before[field]])),
        after: Object.fromEntries(changed.map((field) => [field, after[field]])),
      },
      now,
    );
    return after;
  });
}

export type TransitionOutcome = { applied: true } | { applied: false; reviewRequestId: string };

/**
 * Moves an alert through its lifecycle. When four-eyes applies, nothing changes yet: a review
 * request waits for a second user and the outcome names it.
 */
export async function transitionAlert(
  key: string,
  action: LifecycleAction,
  reason: string | null,
  user: UserRecord,
  { db = getDatabase(), now = new Date() }: Context = {},
): Promise<TransitionOutcome> {
  const { dataset, alertId } = split(key);
  const at = now.toISOString();
  return db.transaction('rw', [db.alertStates, db.annotations, db.reviewRequests, db.audit], async () => {
    const state = (await readState(db, dataset, alertId)) ?? emptyState(dataset, alertId, user, at);
    const annotation = await db.annotations.get(key);
    const check = checkTransition(state.status, action, user, annotation?.severity ?? null, reason);
    if (!check.ok) throw new TriageError(check.problem);
    if (check.needsSecondReview) {
      const pending = await db.reviewRequests
        .where('[dataset+alertId]')
        .equals([dataset, alertId])
        .filter((request) => request.status === 'pending')
        .first();
      if (pending) throw new TriageError('review-pending');
      const request: ReviewRequestRecord = {
        id: `rv-${crypto.randomUUID()}`,
        dataset,
        alertId,
        action,
        reason: reason ?? '',
        requestedBy: user.id,
        createdAt: at,
        status: 'pending',
        decidedBy: null,
        decidedAt: null,
      };
      await db.reviewRequests.add(request);
      await appendAudit(
        db,
        {
          actor: user.id,
          action: 'alert.review-request',
          entity: 'alert',
          entityId: key,
          after: { action, reason, request: request.id, severity: annotation?.severity ?? null },
        },
        now,
      );
      return { applied: false, reviewRequestId: request.id };
    }
    await writeStatus(db, state, check.to, reason, user, now, `alert.${action}`);
    return { applied: true };
  });
}

async function writeStatus(
  db: WorkstationDatabase,
  state: AlertStateRecord,
  to: AlertStateRecord['status'],
  reason: string | null,
  user: UserRecord,
  now: Date,
  action: string,
  detail?: string,
): Promise<void> {
  const at = now.toISOString();
  await db.alertStates.put({
    ...state,
    status: to,
    statusReason: reason,
    snoozedUntil: to === 'closed' ? null : state.snoozedUntil,
    updatedAt: at,
    updatedBy: user.id,
  });
  await appendAudit(
    db,
    {
      actor: user.id,
      action,
      entity: 'alert',
      entityId: alertKey(state.dataset, state.alertId),
      before: { status: state.status },
      after: { status: to, reason },
      detail: detail ?? null,
    },
    now,
  );
}

/** A second user approves (the change then applies) or rejects a four-eyes request. */
export async function decideReview(
  requestId: string,
  approve: boolean,
  reviewer: UserRecord,
  { db = getDatabase(), now = new Date() }: Context = {},
): Promise<void> {
  const at = now.toISOString();
  await db.transaction('rw', [db.alertStates, db.reviewRequests, db.audit], async () => {
    const request = await db.reviewRequests.get(requestId);
    if (!request) throw new TriageError('not-pending');
    const check = checkReviewer(request, reviewer);
    if (!check.ok) throw new TriageError(check.problem);
    await db.reviewRequests.put({
      ...request,
      status: approve ? 'approved' : 'rejected',
      decidedBy: reviewer.id,
      decidedAt: at,
    });
    const key = alertKey(request.dataset, request.alertId);
    await appendAudit(
      db,
      {
        actor: reviewer.id,
        action: approve ? 'alert.review-approve' : 'alert.review-reject',
        entity: 'alert',
        entityId: key,
        after: { request: request.id, action: request.action, requestedBy: request.requestedBy },
      },
      now,
    );
    if (!approve) return;
    const state =
      (await readState(db, request.dataset, request.alertId)) ??
      emptyState(request.dataset, request.alertId, reviewer, at);
    const to = request.action === 'escalate' ? 'escalated' : 'closed';
    await writeStatus(
      db,
      state,
      to,
      request.reason,
      reviewer,
      now,
      `alert.${request.action}`,
      `four-eyes: requested by ${request.requestedBy}, approved by ${reviewer.id}`,
    );
  });
}

/** Assigns alerts to a user (null: unassigned). */
export async function assignAlerts(
  keys: readonly string[],
  assignee: string | null,
  user: UserRecord,
  { db = getDatabase(), now = new Date() }: Context = {},
): Promise<void> {
  const at = now.toISOString();
  await db.transaction('rw', db.alertStates, db.audit, async () => {
    for (const key of keys) {
      const { dataset, alertId } = split(key);
      const state = (await readState(db, dataset, alertId)) ?? emptyState(dataset, alertId, user, at);
      if (state.assignee === assignee) continue;
      await db.alertStates.put({ ...state, assignee, updatedAt: at, updatedBy: user.id });
      await appendAudit(
        db,
        {
          actor: user.id,
          action: 'alert.assign',
          entity: 'alert',
          entityId: key,
          before: { assignee: state.assignee },
          after: { assignee },
        },
        now,
      );
    }
  });
}

/** Snoozes alerts until a date (null wakes them). */
export async function snoozeAlerts(
  keys: readonly string[],
  until: string | null,
  user: UserRecord,
  { db = getDatabase(), now = new Date() }: Context = {},
): Promise<void> {
  const at = now.toISOString();
  await db.transaction('rw', db.alertStates, db.audit, async () => {
    for (const key of keys) {
      const { dataset, alertId } = split(key);
      const state = (await readState(db, dataset, alertId)) ?? emptyState(dataset, alertId, user, at);
      await db.alertStates.put({ ...state, snoozedUntil: until, updatedAt: at, updatedBy: user.id });
      await appendAudit(
        db,
        {
          actor: user.id,
          action: 'alert.snooze',
          entity: 'alert',
          entityId: key,
          before: { snoozedUntil: state.snoozedUntil },
          after: { snoozedUntil: until },
        },
        now,
      );
    }
  });
}

/** A second user confirms the disposition, which may then train the local model. */
export async function confirmAlertLabel(
  key: string,
  user: UserRecord,
  { db = getDatabase(), now = new Date() }: Context = {},
): Promise<void> {
  const { dataset, alertId } = split(key);
  const at = now.toISOString();
  await db.transaction('rw', db.alertStates, db.annotations, db.audit, async () => {
    const state = await readState(db, dataset, alertId);
    if (!state) throw new TriageError('nothing-to-confirm');
    const confirmed = confirmLabel(state, user.id);
    if (!confirmed.ok) throw new TriageError(confirmed.problem);
    await db.alertStates.put({ ...state, ...confirmed.label, updatedAt: at, updatedBy: user.id });
    const annotation = await db.annotations.get(key);
    await appendAudit(
      db,
      {
        actor: user.id,
        action: 'alert.label-confirm',
        entity: 'alert',
        entityId: key,
        after: { disposition: annotation?.disposition ?? null, labelledBy: state.labelledBy },
      },
      now,
    );
  });
}

/** Alert keys whose confirmed dispositions may train the local model. */
export async function trainingLabels(
  db: WorkstationDatabase = getDatabase(),
): Promise<{ key: string; disposition: TriageDisposition }[]> {
  const confirmed = await db.alertStates.where('labelStatus').equals('confirmed').toArray();
  const labels: { key: string; disposition: TriageDisposition }[] = [];
  for (const state of confirmed) {
    const key = alertKey(state.dataset, state.alertId);
    const disposition = (await db.annotations.get(key))?.disposition;
    if (disposition) labels.push({ key, disposition });
  }
  return labels;
}
