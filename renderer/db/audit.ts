/**
 * Appending to and verifying the hash-chained audit log. `appendAudit` joins the caller's
 * transaction when there is one, so an entry commits or rolls back with the change it records.
 */
import {
  auditHash,
  GENESIS_HASH,
  verifyAuditChain,
  type ChainCheck,
} from '../../shared/audit/auditChain';
import type { WorkstationDatabase } from './database';
import type { AuditRecord } from './records';

export interface AuditInput {
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  detail?: string | null;
}

export async function appendAudit(
  db: WorkstationDatabase,
  input: AuditInput,
  now = new Date(),
): Promise<AuditRecord> {
  return db.transaction('rw', db.audit, async () => {
    const last = await db.audit.orderBy('seq').last();
    const content = {
      ...input,
      seq: (last?.seq ?? 0) + 1,
      ts: now.toISOString(),
      detail: input.detail ?? null,
    };
    const record: AuditRecord = {
      ...content,
      hash: auditHash(last?.hash ?? GENESIS_HASH, content),
    };
    await db.audit.add(record);
    return record;
  });
}

/** Walks the whole log in order, in pages, and reports the first entry that breaks the chain. */
export async function verifyAuditLog(
  db: WorkstationDatabase,
  pageSize = 5_000,
): Promise<ChainCheck> {
  let previousHash = GENESIS_HASH;
  let lastSeq = 0;
  let total = 0;
  for (;;) {
    const page = await db.audit.where('seq').above(lastSeq).limit(pageSize).toArray();
    if (page.length === 0) return { ok: true, entries: total };
    if (page[0] && page[0].seq !== lastSeq + 1)
      return { ok: false, brokenAt: page[0].seq, reason: 'sequence' };
    const check = verifyAuditChain(page, previousHash);
    if (!check.ok) return check;
    const tail = page[page.length - 1] as AuditRecord;
    previousHash = tail.hash;
    lastSeq = tail.seq;
    total += page.length;
  }
}
