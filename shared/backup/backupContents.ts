/**
 * What a backup carries: the workstation's own work, one array per table, checked with zod on
 * restore before anything is written. Imported datasets and private keys are never in it.
 */
import { z } from 'zod';

export const BACKUP_CONTENTS_FORMAT = 'examiner-backup-contents/1';

/** The tables a backup carries, in the order they are written back. */
export const BACKUP_TABLES = [
  'users',
  'settings',
  'annotations',
  'alertStates',
  'cases',
  'evidence',
  'reports',
  'reportVersions',
  'drafts',
  'savedViews',
  'reviewRequests',
  'audit',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

const text = z.string();
const time = z.string().min(1);

/** Key fields and the fields readers rely on are checked; other fields pass through unchanged. */
const ROW_SCHEMAS = {
  users: z.looseObject({
    id: text.min(1),
    name: text,
    role: z.enum(['examiner', 'compliance_officer']),
    createdAt: time,
  }),
  settings: z.looseObject({
    key: z.enum(['language', 'theme', 'idleLockMinutes']),
    value: z.unknown(),
  }),
  annotations: z.looseObject({
    id: text.min(1),
    dataset: text,
    alertId: text,
    author: text,
    updatedAt: time,
  }),
  alertStates: z.looseObject({
    dataset: text.min(1),
    alertId: text.min(1),
    status: text,
    updatedAt: time,
  }),
  cases: z.looseObject({
    id: text.min(1),
    title: text,
    status: z.enum(['open', 'in_review', 'closed']),
    owner: text,
    alertIds: z.array(text),
    accountIds: z.array(text),
  }),
  evidence: z.looseObject({
    id: text.min(1),
    caseId: text,
    kind: z.enum(['map', 'chart', 'graph', 'rows']),
    title: text,
  }),
  reports: z.looseObject({
    id: text.min(1),
    caseId: text.nullable(),
    kind: z.enum(['case', 'thematic', 'periodic']),
    title: text,
    status: z.enum(['draft', 'final']),
  }),
  reportVersions: z.looseObject({
    reportId: text.min(1),
    version: z.number().int().positive(),
    body: text,
    hash: text,
    final: z.boolean(),
  }),
  drafts: z.looseObject({
    key: text.min(1),
    value: z.record(z.string(), z.unknown()),
    updatedAt: time,
  }),
  savedViews: z.looseObject({ id: text.min(1), owner: text, name: text }),
  reviewRequests: z.looseObject({
    id: text.min(1),
    dataset: text,
    alertId: text,
    status: z.enum(['pending', 'approved', 'rejected']),
  }),
  audit: z.looseObject({
    seq: z.number().int().positive(),
    ts: time,
    actor: text,
    action: text,
    entity: text,
    entityId: text,
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  }),
} satisfies Record<BackupTable, z.ZodType>;

export const backupContentsSchema = z.object({
  format: z.literal(BACKUP_CONTENTS_FORMAT),
  createdAt: time,
  tables: z.object(
    Object.fromEntries(BACKUP_TABLES.map((table) => [table, z.array(ROW_SCHEMAS[table])])) as {
      [T in BackupTable]: z.ZodArray<(typeof ROW_SCHEMAS)[T]>;
    },
  ),
});

export type BackupRows = { [T in BackupTable]: Record<string, unknown>[] };

export interface BackupContents {
  format: typeof BACKUP_CONTENTS_FORMAT;
  createdAt: string;
  tables: BackupRows;
}

/** Rows per table, for the confirmation and the audit entry. */
export function backupRowCounts(contents: BackupContents): Record<BackupTable, number> {
  return Object.fromEntries(
    BACKUP_TABLES.map((table) => [table, contents.tables[table].length]),
  ) as Record<BackupTable, number>;
}
