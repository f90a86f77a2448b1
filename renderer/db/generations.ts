/**
 * Which generation of each dataset readers use. Rows of a generation that no dataset record
 * names (an import still running, or an old generation waiting to be purged) are invisible:
 * every query of imported rows goes through these.
 */
import type { WorkstationDatabase } from './database';
import { getDatabase } from './database';
import type { RowCounts } from './records';

/** The generation key readers use for `dataset`, or null when nothing of it is imported. */
export async function currentGeneration(
  dataset: string,
  db: WorkstationDatabase = getDatabase(),
): Promise<string | null> {
  return (await db.datasets.get(dataset))?.generation ?? null;
}

/** The current generation of every imported dataset. */
export async function currentGenerations(
  db: WorkstationDatabase = getDatabase(),
): Promise<string[]> {
  return (await db.datasets.toArray()).map((dataset) => dataset.generation);
}

/** Rows of `table` over every imported dataset's current generation, from the dataset records. */
export async function countCurrentRows(
  table: keyof RowCounts,
  db: WorkstationDatabase = getDatabase(),
): Promise<number> {
  const datasets = await db.datasets.toArray();
  return datasets.reduce((sum, dataset) => sum + (dataset.rowCounts[table] ?? 0), 0);
}
