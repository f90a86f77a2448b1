/** What local detectors read: the committed rows of one dataset, table by table. */
import type { DictionaryTableName } from '../dictionary/tables';
import type { DictionaryRows } from '../dictionary/types';

export type AnalysedTableName = Exclude<DictionaryTableName, 'tombstones'>;

export interface AnalysisDataset {
  id: string;
  version: number;
  rows<T extends AnalysedTableName>(table: T): Iterable<DictionaryRows[T]>;
}
