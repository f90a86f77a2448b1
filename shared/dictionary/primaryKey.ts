/**
 * Primary keys as the sandbox writes them in tombstones: the key columns' values in the
 * dictionary's order, joined by `|` (e.g. `A1|device|9f2c…`).
 */
import type { DictionaryTableName, PrimaryKeyColumns, TombstonedTableName } from './tables';
import { primaryKeyColumnsOf } from './tables';
import type { DictionaryRows } from './types';

export const PRIMARY_KEY_SEPARATOR = '|';

// Compile-time proof that the row types and the key lists describe the same tables and columns.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<Check extends true> = Check;
type TablesWhoseKeyColumnsAreColumns = {
  [T in DictionaryTableName]: PrimaryKeyColumns<T>[number] extends keyof DictionaryRows[T]
    ? T
    : never;
}[DictionaryTableName];
export type _EveryTableHasARowType = Holds<Same<keyof DictionaryRows, DictionaryTableName>>;
export type _EveryKeyColumnIsAColumn = Holds<
  Same<TablesWhoseKeyColumnsAreColumns, DictionaryTableName>
>;

/** The key values of `row` in dictionary order; throws when a key column is missing or not a string. */
export function primaryKeyValuesOf<T extends DictionaryTableName>(
  table: T,
  row: DictionaryRows[T],
): string[] {
  // Interfaces have no index signature; key columns were checked against the row type above.
  const columns = row as unknown as Readonly<Record<string, unknown>>;
  const keyColumns: readonly string[] = primaryKeyColumnsOf(table);
  return keyColumns.map((column) => {
    const value = columns[column];
    if (typeof value !== 'string' || value.length === 0) {
      throw new TypeError(`${table}: primary-key column "${column}" must be a non-empty string`);
    }
    return value;
  });
}

export function primaryKeyOf<T extends DictionaryTableName>(
  table: T,
  row: DictionaryRows[T],
): string {
  return primaryKeyValuesOf(table, row).join(PRIMARY_KEY_SEPARATOR);
}

/**
 * Splits a tombstone id back into key values, or returns null when it does not have one
 * non-empty part per key column. In a key of several columns a `|` inside a value cannot be
 * told from the separator, so such ids are refused rather than guessed at.
 */
export function parsePrimaryKey(table: TombstonedTableName, id: string): string[] | null {
  if (id.length === 0) return null;
  const columnCount = primaryKeyColumnsOf(table).length;
  if (columnCount === 1) return [id];
  const parts = id.split(PRIMARY_KEY_SEPARATOR);
  if (parts.length !== columnCount || parts.some((part) => part.length === 0)) return null;
  return parts;
}
