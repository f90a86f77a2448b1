/** Writes the whole audit log as signed NDJSON (shared/triage/auditExport.ts) and records it. */
import { auditExportBody, AUDIT_EXPORT_FORMAT, signedAuditExport } from '../../shared/triage/auditExport';
import { appendAudit } from '../db/audit';
import { getDatabase } from '../db/database';
import type { AuditRecord } from '../db/records';
import { host } from '../host';
import { signingKeyFingerprint, signWithWorkstationKey } from '../keys/identities';
import { currentUser } from '../users/userStore';

export interface AuditExportOutcome {
  saved: boolean;
  entries: number;
  location?: string;
}

/** Throws KeysLockedError while the workstation keys are locked. */
export async function exportAuditLog(now = new Date()): Promise<AuditExportOutcome> {
  const db = getDatabase();
  const entries: AuditRecord[] = await db.audit.orderBy('seq').toArray();
  const fingerprint = (await signingKeyFingerprint()) ?? '';
  const body = auditExportBody(
    {
      format: AUDIT_EXPORT_FORMAT,
      exportedAt: now.toISOString(),
      signingKey: fingerprint,
      entries: entries.length,
      head: entries.at(-1)?.hash ?? '',
    },
    entries,
  );
  const signature = await signWithWorkstationKey(new TextEncoder().encode(body));
  const data = new TextEncoder().encode(signedAuditExport(body, signature));
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const outcome = await host.saveFile({
    suggestedName: `audit-log-${stamp}.ndjson`,
    mimeType: 'application/x-ndjson',
    data,
  });
  if (outcome.saved) {
    await appendAudit(db, {
      actor: (await currentUser(db))?.id ?? 'workstation',
      action: 'audit.export',
      entity: 'audit',
      entityId: 'log',
      after: { entries: entries.length, head: entries.at(-1)?.hash ?? null, signingKey: fingerprint },
    });
  }
  return { saved: outcome.saved, entries: entries.length, ...(outcome.location ? { location: outcome.location } : {}) };
}
