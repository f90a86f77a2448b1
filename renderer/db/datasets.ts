/** Read access to the imported datasets, for the shell and the datasets page. */
import type { WorkstationDatabase } from './database';
import { getDatabase } from './database';
import type { DatasetRecord } from './records';

/** Every dataset with a committed import, by title (then id, for datasets that share a title). */
export async function listDatasets(
  db: WorkstationDatabase = getDatabase(),
): Promise<DatasetRecord[]> {
  const datasets = await db.datasets.toArray();
  return datasets.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

/** How many datasets have a committed import: a `datasets` row is written only when one commits. */
export function countImportedDatasets(db: WorkstationDatabase = getDatabase()): Promise<number> {
  return db.datasets.count();
}
