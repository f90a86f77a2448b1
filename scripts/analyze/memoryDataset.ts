/**
 * A dataset held in Node's memory, built the way the workstation commits packages: a full
 * version replaces everything, a delta upserts rows by primary key and applies tombstones.
 */
import type { AnalysedTableName, AnalysisDataset } from '../../shared/analytics/dataset';
import { primaryKeyOf } from '../../shared/dictionary/primaryKey';
import type { DictionaryRows, Tombstone } from '../../shared/dictionary/types';

type RowMap = Map<string, unknown>;

const BATCH_ROWS = 4096;

export class MemoryDataset implements AnalysisDataset {
  version = 0;
  private tables = new Map<AnalysedTableName, RowMap>();

  constructor(readonly id: string) {}

  /** Starts a full version: everything before it is dropped. */
  replaceAll(version: number): void {
    this.tables.clear();
    this.version = version;
  }

  upsert<T extends AnalysedTableName>(table: T, rows: readonly DictionaryRows[T][]): void {
    let map = this.tables.get(table);
    if (!map) this.tables.set(table, (map = new Map()));
    for (const row of rows) map.set(primaryKeyOf(table, row), row);
  }

  applyTombstones(tombstones: readonly Tombstone[]): void {
    for (const { table, id } of tombstones) this.tables.get(table)?.delete(id);
  }

  count(table: AnalysedTableName): number {
    return this.tables.get(table)?.size ?? 0;
  }

  *rows<T extends AnalysedTableName>(table: T): Iterable<DictionaryRows[T]> {
    const map = this.tables.get(table);
    if (map) yield* map.values() as Iterable<DictionaryRows[T]>;
  }

  async *batches<T extends AnalysedTableName>(table: T): AsyncIterable<DictionaryRows[T][]> {
    let batch: DictionaryRows[T][] = [];
    for (const row of this.rows(table)) {
      batch.push(row);
      if (batch.length === BATCH_ROWS) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }
}
