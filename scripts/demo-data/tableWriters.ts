/** One NDJSON writer per table of a full version (every dictionary table but `tombstones`). */
import { join } from 'node:path';
import type { TombstonedTableName } from '../../shared/dictionary/tables';
import { DICTIONARY_TABLES } from '../../shared/dictionary/tables';
import { NdjsonWriter } from './ndjsonWriter';

export const FULL_VERSION_TABLES: readonly TombstonedTableName[] = DICTIONARY_TABLES.map(
  (table) => table.name,
).filter((name): name is TombstonedTableName => name !== 'tombstones');

export type TableWriters = Record<TombstonedTableName, NdjsonWriter>;

export function openTableWriters(folder: string): TableWriters {
  return Object.fromEntries(
    FULL_VERSION_TABLES.map((table) => [table, new NdjsonWriter(join(folder, `${table}.ndjson`))]),
  ) as TableWriters;
}

export function closeTableWriters(
  writers: TableWriters,
): Array<{ table: TombstonedTableName; rows: number; bytes: number }> {
  return FULL_VERSION_TABLES.map((table) => {
    writers[table].close();
    return { table, rows: writers[table].rows, bytes: writers[table].bytes };
  });
}
