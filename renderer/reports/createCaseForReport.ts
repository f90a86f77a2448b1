/**
 * Creates a case from alerts picked on the Reports page, so a report can be drafted before the
 * Cases page holds one; recorded in the audit log like any case.
 */
import { appendAudit } from '../db/audit';
import type { WorkstationDatabase } from '../db/database';
import { getDatabase } from '../db/database';
import type { CaseRecord } from '../db/records';
import { auditActor } from '../keys/auditActor';
import { parseAlertKey } from './evidence/alertKeys';

export async function createCaseForReport(
  title: string,
  alertKeys: readonly string[],
  db: WorkstationDatabase = getDatabase(),
  now = new Date(),
): Promise<CaseRecord> {
  if (title.trim() === '') throw new RangeError('The case needs a title.');
  if (alertKeys.length === 0) throw new RangeError('Pick at least one alert for the case.');
  const datasets = new Map((await db.datasets.toArray()).map((d) => [d.id, d.generation]));
  const accounts = new Set<string>();
  for (const key of alertKeys) {
    const { dataset, alertId } = parseAlertKey(key);
    const generation = datasets.get(dataset);
    const alert = generation ? await db.alerts.get([generation, alertId]) : undefined;
    if (!alert) throw new RangeError(`Alert ${key} is not in the current data.`);
    for (const account of alert.accounts) accounts.add(account);
  }
  const actor = await auditActor(db);
  const record: CaseRecord = {
    id: `case-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    title: title.trim(),
    status: 'open',
    owner: actor,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    alertIds: [...alertKeys],
    accountIds: [...accounts].sort(),
  };
  await db.transaction('rw', db.cases, db.audit, async () => {
    await db.cases.add(record);
    await appendAudit(
      db,
      {
        actor,
        action: 'case.create',
        entity: 'case',
        entityId: record.id,
        after: { title: record.title, alertIds: record.alertIds, accountIds: record.accountIds },
        detail: 'created from the Reports page',
      },
      now,
    );
  });
  return record;
}
