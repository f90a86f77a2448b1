/**
 * Schema version 3: alert triage, cases' evidence and the workstation's local detections.
 *
 * - `alertStates`: key `[dataset+alertId]`, the alert's workflow (status, assignee, snooze, label
 *   confirmation). `dataset` is the bare dataset id, not a generation key, so an examiner's work
 *   survives a new version of the dataset that keeps the alert id.
 * - `localAlerts`: key `[dataset+id]`; alerts of the local detectors, in the dictionary's `alerts`
 *   row form with `model` = LOCAL_MODEL_NAME. `dataset` is the generation key they were computed
 *   on, as in the `alerts` row store, so readers list only current generations.
 * - `evidence`: snapshots (PNG data URLs) and row selections collected into a case.
 * - `savedViews`: a user's named queue filter and sort.
 * - `reviewRequests`: four-eyes requests waiting for a second user.
 * - `drafts`: autosaved text a user is still typing, keyed by what it is a draft of.
 * Annotations (disposition, note…) stay in version 1's `annotations` store, id `<dataset>:<alertId>`.
 */
import type { StoreDefinitions } from './schema';

export const SCHEMA_V3_CHANGES: StoreDefinitions = {
  alertStates: '[dataset+alertId], dataset, status, assignee, labelStatus, updatedAt',
  localAlerts: '[dataset+id], dataset, typology, created',
  evidence: 'id, caseId, kind, createdAt',
  savedViews: 'id, owner, name',
  reviewRequests: 'id, [dataset+alertId], status, requestedBy, createdAt',
  drafts: 'key, updatedAt',
};
