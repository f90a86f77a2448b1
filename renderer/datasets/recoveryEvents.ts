/**
 * What the workstation did to the data on its own, which the user must hear about: imports cut
 * off by a crash, reload or closed window (undone), and datasets purged at their retention
 * deadline. Read from the audit log, so every path that records one (start-up, the daily
 * run, the tidy-up after a worker died) is covered, and a dismissal is remembered by sequence.
 */
import type { WorkstationDatabase } from '../db/database';
import { getDatabase } from '../db/database';
import type { AuditRecord } from '../db/records';

export const RECOVERY_ACTIONS = ['import.interrupted', 'dataset.purged'] as const;
export type RecoveryAction = (typeof RECOVERY_ACTIONS)[number];

export interface RecoveryEvent {
  seq: number;
  action: RecoveryAction;
  dataset: string;
  /** The dataset's title when known (a purge records it), else null: show the id. */
  title: string | null;
  version: number | null;
  ts: string;
}

function versionOf(entry: AuditRecord): number | null {
  const recorded = (entry.before as { version?: unknown } | undefined)?.version;
  if (typeof recorded === 'number') return recorded;
  const stated = /^version (\d+):/.exec(entry.detail ?? '');
  return stated ? Number(stated[1]) : null;
}

function titleOf(entry: AuditRecord): string | null {
  const title = (entry.before as { title?: unknown } | undefined)?.title;
  return typeof title === 'string' && title.length > 0 ? title : null;
}

/** The recovery events recorded after `seenSeq`, oldest first, titled from `datasets` where the entry has none. */
export async function recoveryEventsAfter(
  seenSeq: number,
  db: WorkstationDatabase = getDatabase(),
): Promise<RecoveryEvent[]> {
  const entries = await db.audit
    .where('action')
    .anyOf([...RECOVERY_ACTIONS])
    .filter((entry) => entry.seq > seenSeq)
    .toArray();
  if (entries.length === 0) return [];
  const titles = new Map((await db.datasets.toArray()).map((record) => [record.id, record.title]));
  return entries
    .sort((a, b) => a.seq - b.seq)
    .map((entry) => ({
      seq: entry.seq,
      action: entry.action as RecoveryAction,
      dataset: entry.entityId,
      title: titleOf(entry) ?? titles.get(entry.entityId) ?? null,
      version: versionOf(entry),
      ts: entry.ts,
    }));
}
