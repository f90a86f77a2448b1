/**
 * Revealing personal fields. Every view shows them masked; revealing one needs a stated reason,
 * is written to the audit log (the field and reason, never the value) and lasts until reload or
 * until the workstation locks (revealedFields.ts).
 */
import { useSyncExternalStore } from 'react';
import { appendAudit } from '../db/audit';
import { getDatabase } from '../db/database';
import type { UserRecord } from '../db/records';
import { isRevealed, markRevealed, revealsVersion, subscribeToReveals } from './revealedFields';

export const REVEAL_REASONS = ['investigation', 'identity_check', 'report_drafting'] as const;
export type RevealReason = (typeof REVEAL_REASONS)[number];

export function revealKey(dataset: string, account: string, field: string): string {
  return `${dataset}|${account}|${field}`;
}

export async function revealPersonalField(
  dataset: string,
  account: string,
  field: string,
  reason: RevealReason,
  user: UserRecord,
): Promise<void> {
  await appendAudit(getDatabase(), {
    actor: user.id,
    action: 'personal.reveal',
    entity: 'account',
    entityId: `${dataset}:${account}`,
    after: { field, reason },
  });
  markRevealed(revealKey(dataset, account, field));
}

/** Whether a field was revealed in this session; re-renders when one is. */
export function useRevealed(): (key: string) => boolean {
  useSyncExternalStore(subscribeToReveals, revealsVersion);
  return (key) => isRevealed(key);
}

/** The mask shown in place of a personal value, whatever its length. */
export const MASK = '••••';
