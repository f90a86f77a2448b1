/**
 * Cases: the API other features call to gather alerts, accounts and evidence under one lead.
 *
 *   const record = await createCase({ title: '某某账户组连续交易操纵' });
 *   await addAlertsToCase(record.id, ['gd-2026q3:AL-0001']);        // `<dataset>:<alertId>`
 *   await addAccountsToCase(record.id, ['gd-2026q3:A000123']);       // `<dataset>:<accountId>`
 *   await addEvidence(record.id, {
 *     kind: 'map',                          // 'map' | 'chart' | 'graph' | 'rows'
 *     title: '深圳市南山区 9 月成交额',
 *     image: canvas.toDataURL('image/png'), // or `columns` + `rows` for a row selection
 *     provenance: { view: 'overview', dataset: 'gd-2026q3', parameters: { metric: 'turnover' } },
 *   });
 *   const cases = await listCases();
 *
 * Every call writes its change and an audit entry (who, what, before/after) in one transaction,
 * in the name of the signed-in user. Evidence is stored whole; the audit entry keeps its SHA-256.
 */
import { sha256Hex } from '../../shared/crypto/sha256';
import { appendAudit } from '../db/audit';
import type { WorkstationDatabase } from '../db/database';
import { getDatabase } from '../db/database';
import type {
  AuditRecord,
  CaseRecord,
  CaseStatus,
  EvidenceKind,
  EvidenceProvenance,
  EvidenceRecord,
} from '../db/records';
import { currentUser } from '../users/userStore';

export class CaseError extends Error {
  constructor(
    readonly problem: 'no-case' | 'empty-title' | 'bad-evidence',
    detail: string,
  ) {
    super(detail);
  }
}

export interface NewCase {
  title: string;
  description?: string;
  alertIds?: string[];
  accountIds?: string[];
}

export interface NewEvidence {
  kind: EvidenceKind;
  title: string;
  /** PNG data URL (`data:image/png;base64,…`) for map, chart and graph snapshots. */
  image?: string;
  /** For `rows`: column names and the selected rows. */
  columns?: string[];
  rows?: (string | number | null)[][];
  provenance: EvidenceProvenance;
}

interface Options {
  db?: WorkstationDatabase;
  now?: Date;
  /** The acting user's id; defaults to the signed-in user. */
  actor?: string;
}

async function actorOf(db: WorkstationDatabase, actor: string | undefined): Promise<string> {
  return actor ?? (await currentUser(db))?.id ?? 'workstation';
}

async function requireCase(db: WorkstationDatabase, caseId: string): Promise<CaseRecord> {
  const record = await db.cases.get(caseId);
  if (!record) throw new CaseError('no-case', `No case with id "${caseId}"`);
  return record;
}

export async function createCase(input: NewCase, options: Options = {}): Promise<CaseRecord> {
  const { db = getDatabase(), now = new Date() } = options;
  const title = input.title.trim();
  if (title === '') throw new CaseError('empty-title', 'A case needs a title');
  const actor = await actorOf(db, options.actor);
  const at = now.toISOString();
  const record: CaseRecord = {
    id: `case-${crypto.randomUUID()}`,
    title,
    status: 'open',
    owner: actor,
    createdAt: at,
    updatedAt: at,
    alertIds: [...new Set(input.alertIds ?? [])],
    accountIds: [...new Set(input.accountIds ?? [])],
    ...(input.description ? { description: input.description } : {}),
  };
  await db.transaction('rw', db.cases, db.audit, async () => {
    await db.cases.add(record);
    await appendAudit(
      db,
      { actor, action: 'case.create', entity: 'case', entityId: record.id, after: record },
      now,
    );
  });
  return record;
}

async function addMembers(
  caseId: string,
  field: 'alertIds' | 'accountIds',
  ids: readonly string[],
  options: Options,
): Promise<CaseRecord> {
  const { db = getDatabase(), now = new Date() } = options;
  const actor = await actorOf(db, options.actor);
  return db.transaction('rw', db.cases, db.audit, async () => {
    const before = await requireCase(db, caseId);
    const added = ids.filter((id) => !before[field].includes(id));
    if (added.length === 0) return before;
    const after: CaseRecord = {
      ...before,
      [field]: [...before[field], ...new Set(added)],
      updatedAt: now.toISOString(),
    };
    await db.cases.put(after);
    await appendAudit(
      db,
      {
        actor,
        action: field === 'alertIds' ? 'case.add-alerts' : 'case.add-accounts',
        entity: 'case',
        entityId: caseId,
        before: { [field]: before[field] },
        after: { [field]: after[field] },
      },
      now,
    );
    return after;
  });
}

/** Adds alerts (`<dataset>:<alertId>`) to a case; ones already in it are left alone. */
export function addAlertsToCase(caseId: string, alertKeys: readonly string[], options: Options = {}) {
  return addMembers(caseId, 'alertIds', alertKeys, options);
}

/** Adds accounts (`<dataset>:<accountId>`) to a case. */
export function addAccountsToCase(caseId: string, accountKeys: readonly string[], options: Options = {}) {
  return addMembers(caseId, 'accountIds', accountKeys, options);
}

function checkEvidence(evidence: NewEvidence): void {
  if (evidence.title.trim() === '') throw new CaseError('bad-evidence', 'Evidence needs a title');
  if (evidence.kind === 'rows') {
    if (!evidence.columns || !evidence.rows)
      throw new CaseError('bad-evidence', 'Row evidence needs `columns` and `rows`');
    const width = evidence.columns.length;
    const bad = evidence.rows.findIndex((row) => row.length !== width);
    if (bad >= 0)
      throw new CaseError('bad-evidence', `Row ${bad + 1} has ${evidence.rows[bad]?.length} cells; the columns are ${width}`);
  } else if (!evidence.image?.startsWith('data:image/png;base64,')) {
    throw new CaseError('bad-evidence', `A ${evidence.kind} snapshot needs a PNG data URL in \`image\``);
  }
}

/** Stores a snapshot or row selection in a case. */
export async function addEvidence(
  caseId: string,
  evidence: NewEvidence,
  options: Options = {},
): Promise<EvidenceRecord> {
  checkEvidence(evidence);
  const { db = getDatabase(), now = new Date() } = options;
  const actor = await actorOf(db, options.actor);
  const record: EvidenceRecord = {
    id: `ev-${crypto.randomUUID()}`,
    caseId,
    kind: evidence.kind,
    title: evidence.title.trim(),
    ...(evidence.image ? { image: evidence.image } : {}),
    ...(evidence.columns ? { columns: evidence.columns, rows: evidence.rows ?? [] } : {}),
    provenance: evidence.provenance,
    createdAt: now.toISOString(),
    createdBy: actor,
  };
  const content = new TextEncoder().encode(
    record.image ?? JSON.stringify({ columns: record.columns, rows: record.rows }),
  );
  await db.transaction('rw', db.cases, db.evidence, db.audit, async () => {
    const before = await requireCase(db, caseId);
    await db.evidence.add(record);
    await db.cases.put({ ...before, updatedAt: record.createdAt });
    await appendAudit(
      db,
      {
        actor,
        action: 'case.add-evidence',
        entity: 'case',
        entityId: caseId,
        after: {
          evidence: record.id,
          kind: record.kind,
          title: record.title,
          provenance: record.provenance,
          sha256: sha256Hex(content),
        },
      },
      now,
    );
  });
  return record;
}

export async function setCaseStatus(caseId: string, status: CaseStatus, options: Options = {}): Promise<void> {
  const { db = getDatabase(), now = new Date() } = options;
  const actor = await actorOf(db, options.actor);
  await db.transaction('rw', db.cases, db.audit, async () => {
    const before = await requireCase(db, caseId);
    if (before.status === status) return;
    await db.cases.put({ ...before, status, updatedAt: now.toISOString() });
    await appendAudit(
      db,
      { actor, action: 'case.status', entity: 'case', entityId: caseId, before: { status: before.status }, after: { status } },
      now,
    );
  });
}

/** Every case, most recently updated first. */
export function listCases(db: WorkstationDatabase = getDatabase()): Promise<CaseRecord[]> {
  return db.cases.orderBy('updatedAt').reverse().toArray();
}

export function listEvidence(caseId: string, db: WorkstationDatabase = getDatabase()): Promise<EvidenceRecord[]> {
  return db.evidence.where('caseId').equals(caseId).sortBy('createdAt');
}

/** The case's timeline: its audit entries, oldest first. */
export function caseTimeline(caseId: string, db: WorkstationDatabase = getDatabase()): Promise<AuditRecord[]> {
  return db.audit.where('[entity+entityId]').equals(['case', caseId]).sortBy('seq');
}
