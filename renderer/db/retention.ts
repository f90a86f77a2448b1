/**
 * Retention (spec §2): once a dataset's `expires` has passed, its rows are purged. The dataset
 * record goes (so nothing counts the dataset as imported any more); its version history stays,
 * stamped with the purge; analysts' annotations, cases and reports stay; the audit log records it.
 */
import { appendAudit } from './audit';
import type { WorkstationDatabase } from './database';
import { generationStores, purgeGeneration } from './purge';
import type { DatasetRecord } from './records';

/** The Datasets page and the top bar warn this many days before a deadline. */
export const RETENTION_WARNING_DAYS = 7;
const DAY_MS = 86_400_000;

export function isPastRetention(dataset: Pick<DatasetRecord, 'expires'>, now: number): boolean {
  return Date.parse(dataset.expires) <= now;
}

/** Due within the warning period, but not yet past. */
export function isNearRetention(dataset: Pick<DatasetRecord, 'expires'>, now: number): boolean {
  const deadline = Date.parse(dataset.expires);
  return deadline > now && deadline - now <= RETENTION_WARNING_DAYS * DAY_MS;
}

/** Purges every dataset past its deadline; returns the ids purged. */
export async function purgeExpiredDatasets(
  db: WorkstationDatabase,
  actor: string,
  now: Date,
): Promise<string[]> {
  const expired = (await db.datasets.toArray()).filter((dataset) =>
    isPastRetention(dataset, now.getTime()),
  );
  for (const dataset of expired) await purgeDataset(db, dataset.id, actor, now);
  return expired.map((dataset) => dataset.id);
}

async function purgeDataset(
  db: WorkstationDatabase,
  id: string,
  actor: string,
  now: Date,
): Promise<void> {
  const stores = [...generationStores(db), db.datasets, db.datasetVersions, db.audit];
  await db.transaction('rw', stores, async () => {
    const dataset = await db.datasets.get(id);
    if (!dataset || !isPastRetention(dataset, now.getTime())) return;
    await purgeGeneration(db, dataset.generation);
    await db.datasets.delete(id);
    await db.datasetVersions.where('dataset').equals(id).modify({ purgedAt: now.toISOString() });
    await appendAudit(
      db,
      {
        actor,
        action: 'dataset.purged',
        entity: 'dataset',
        entityId: id,
        before: {
          title: dataset.title,
          version: dataset.currentVersion,
          expires: dataset.expires,
          rowCounts: dataset.rowCounts,
        },
        detail: 'dataset purged (retention)',
      },
      now,
    );
  });
}
