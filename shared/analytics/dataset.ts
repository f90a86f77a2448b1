/**
 * What local detectors read: the committed rows of one dataset, table by table. A table is read
 * in batches, one pass per call, so a reader that keeps only what it needs stays within bounded
 * memory whether the rows come from IndexedDB chunks, a file stream or memory.
 */
import type { DictionaryTableName } from '../dictionary/tables';
import type { DictionaryRows } from '../dictionary/types';

export type AnalysedTableName = Exclude<DictionaryTableName, 'tombstones'>;

export interface AnalysisDataset {
  id: string;
  version: number;
  /** One pass over the table's rows, in batches (each call starts a new pass; empty if absent). */
  batches<T extends AnalysedTableName>(table: T): AsyncIterable<readonly DictionaryRows[T][]>;
}

/** Every row of a (small) table, collected: for the tables that fit in memory as rows. */
export async function collectRows<T extends AnalysedTableName>(
  dataset: AnalysisDataset,
  table: T,
): Promise<DictionaryRows[T][]> {
  const rows: DictionaryRows[T][] = [];
  for await (const batch of dataset.batches(table)) for (const row of batch) rows.push(row);
  return rows;
}
