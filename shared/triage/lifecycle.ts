/**
 * The alert lifecycle: new → in review → escalated / closed, with who may do what. Escalating or
 * closing a high-severity alert needs a second user's review (four-eyes); reopening a closed alert
 * needs the compliance officer's role. Pure, so the UI and the tests share one set of rules.
 */

export const ALERT_STATUSES = ['new', 'in_review', 'escalated', 'closed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type TriageSeverity = (typeof SEVERITIES)[number];

export const USER_ROLES = ['examiner', 'compliance_officer'] as const;
export type TriageRole = (typeof USER_ROLES)[number];

export const LIFECYCLE_ACTIONS = ['start_review', 'escalate', 'close', 'reopen'] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

/** Why an alert was escalated or closed; the user picks one, the audit log keeps it. */
export const STATUS_REASONS = {
  escalate: ['suspected_violation', 'needs_investigation', 'cross_jurisdiction', 'other'],
  close: ['dispositioned', 'duplicate', 'insufficient_evidence', 'other'],
  reopen: ['new_evidence', 'error', 'other'],
  start_review: [],
} as const satisfies Record<LifecycleAction, readonly string[]>;
export type StatusReason = (typeof STATUS_REASONS)[LifecycleAction][number];

const TARGET: Record<LifecycleAction, AlertStatus> = {
  start_review: 'in_review',
  escalate: 'escalated',
  close: 'closed',
  reopen: 'in_review',
};

const ALLOWED_FROM: Record<LifecycleAction, readonly AlertStatus[]> = {
  start_review: ['new'],
  escalate: ['new', 'in_review'],
  close: ['new', 'in_review', 'escalated'],
  reopen: ['closed', 'escalated'],
};

export interface Actor {
  id: string;
  role: TriageRole;
}

export type TransitionCheck =
  | { ok: true; to: AlertStatus; needsSecondReview: boolean }
  | { ok: false; problem: 'not-allowed-from' | 'needs-role' | 'needs-reason' };

export function isHighSeverity(severity: TriageSeverity | null | undefined): boolean {
  return severity === 'high' || severity === 'critical';
}

/** Whether escalating or closing at this severity must wait for a second user. */
export function needsSecondReview(
  action: LifecycleAction,
  severity: TriageSeverity | null | undefined,
): boolean {
  return (action === 'escalate' || action === 'close') && isHighSeverity(severity);
}

/** Checks one transition; `reason` is required for every action but starting a review. */
export function checkTransition(
  from: AlertStatus,
  action: LifecycleAction,
  actor: Actor,
  severity: TriageSeverity | null | undefined,
  reason: string | null,
): TransitionCheck {
  if (!ALLOWED_FROM[action].includes(from)) return { ok: false, problem: 'not-allowed-from' };
  if (action === 'reopen' && actor.role !== 'compliance_officer')
    return { ok: false, problem: 'needs-role' };
  const reasons: readonly string[] = STATUS_REASONS[action];
  if (reasons.length > 0 && (reason === null || !reasons.includes(reason)))
    return { ok: false, problem: 'needs-reason' };
  return { ok: true, to: TARGET[action], needsSecondReview: needsSecondReview(action, severity) };
}

/** The actions offered from a status, in the order the UI lists them. */
export function actionsFrom(from: AlertStatus): LifecycleAction[] {
  return LIFECYCLE_ACTIONS.filter((action) => ALLOWED_FROM[action].includes(from));
}

export type ReviewCheck = { ok: true } | { ok: false; problem: 'same-user' | 'not-pending' };

/** A four-eyes request may be decided only while pending, and never by the user who asked. */
export function checkReviewer(
  request: { requestedBy: string; status: 'pending' | 'approved' | 'rejected' },
  reviewer: Actor,
): ReviewCheck {
  if (request.status !== 'pending') return { ok: false, problem: 'not-pending' };
  if (request.requestedBy === reviewer.id) return { ok: false, problem: 'same-user' };
  return { ok: true };
}

/** A snoozed alert leaves the default queue until its date has passed. */
export function isSnoozed(snoozedUntil: string | null | undefined, now: Date): boolean {
  return (
    snoozedUntil !== null && snoozedUntil !== undefined && Date.parse(snoozedUntil) > now.getTime()
  );
}
