/**
 * Creates a case from alerts picked on the Reports page, so a report can be drafted before the
 * Cases page holds one: through the case store, so it is audited like any case, with the alerts'
 * accounts as members (`<dataset>:<accountId>`).
 */
import { createCase } from '../cases/caseStore';
import type { WorkstationDatabase } from '../db/database';
import { getDatabase } from '../db/database';
import type { CaseRecord } from '../db/records';
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
    for (const account of alert.accounts) accounts.add(`${dataset}:${account}`);
  }
  return createCase(
    { title, alertIds: [...alertKeys], accountIds: [...accounts].sort() },
    { db, now },
  );
}
