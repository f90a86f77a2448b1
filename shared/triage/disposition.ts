/**
 * Dispositions as the examiner records them, with the reason codes each requires, and label
 * governance: a disposition trains the local model only once a second user has confirmed it.
 */
import type { Disposition } from '../dictionary/feedback';

/** The feedback package's dispositions plus `duplicate`, which stays on the workstation. */
export const TRIAGE_DISPOSITIONS = [
  'true_positive',
  'false_positive',
  'inconclusive',
  'duplicate',
] as const;
export type TriageDisposition = (typeof TRIAGE_DISPOSITIONS)[number];

export const REASON_CODES = {
  true_positive: ['pattern_confirmed', 'corroborated_by_trades', 'corroborated_by_links'],
  false_positive: ['legitimate_activity', 'market_maker', 'data_error', 'threshold_too_low'],
  inconclusive: ['insufficient_data', 'needs_external_info'],
  duplicate: ['same_activity_other_alert'],
} as const satisfies Record<TriageDisposition, readonly string[]>;
export type ReasonCode = (typeof REASON_CODES)[TriageDisposition][number];

export function reasonCodesOf(disposition: TriageDisposition): readonly ReasonCode[] {
  return REASON_CODES[disposition];
}

export function isReasonFor(disposition: TriageDisposition, reason: string | null): boolean {
  return reason !== null && (reasonCodesOf(disposition) as readonly string[]).includes(reason);
}

/** Dispositions that may leave in a feedback package (spec §4 knows three). */
export function feedbackDisposition(disposition: TriageDisposition): Disposition | null {
  return disposition === 'duplicate' ? null : disposition;
}

export type LabelStatus = 'none' | 'awaiting' | 'confirmed';

export interface LabelState {
  labelStatus: LabelStatus;
  /** Who gave the disposition now on the alert. */
  labelledBy: string | null;
  labelConfirmedBy: string | null;
}

/** Setting or changing a disposition (re)opens its confirmation. */
export function labelAfterDisposition(
  disposition: TriageDisposition | null,
  author: string,
): LabelState {
  return disposition === null
    ? { labelStatus: 'none', labelledBy: null, labelConfirmedBy: null }
    : { labelStatus: 'awaiting', labelledBy: author, labelConfirmedBy: null };
}

export type LabelConfirmation =
  | { ok: true; label: LabelState }
  | { ok: false; problem: 'nothing-to-confirm' | 'same-user' };

export function confirmLabel(label: LabelState, confirmer: string): LabelConfirmation {
  if (label.labelStatus !== 'awaiting' || label.labelledBy === null)
    return { ok: false, problem: 'nothing-to-confirm' };
  if (label.labelledBy === confirmer) return { ok: false, problem: 'same-user' };
  return { ok: true, label: { ...label, labelStatus: 'confirmed', labelConfirmedBy: confirmer } };
}

/** Only confirmed labels train the local model. */
export function isTrainingLabel(label: Pick<LabelState, 'labelStatus'>): boolean {
  return label.labelStatus === 'confirmed';
}
