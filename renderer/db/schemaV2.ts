/**
 * Schema version 2: bulk tables move from one record per row into columnar chunks.
 *
 * - `chunks`: key `[generation+table+seq]`; one record per ≤ 4,096 rows of one table
 *   (shared/importer/columnar.ts). `[generation+table]` lists and counts a table's chunks,
 *   `*instruments` finds the chunks holding an instrument.
 * - `accountPostings`: key `[generation+table+bucket+part]`; account → chunk seqs, one record per
 *   hash bucket (and spill part), replacing the per-row account indexes.
 * - The six bulk row stores are deleted; the version's upgrade converts their rows first.
 * - `accounts` keeps only generation-led indexes: a single-column index (region, broker, branch)
 *   mixes every generation in the store, and each index costs every imported row a write
 *   (measured: 5 indexes 0.23–0.29 ms a row, 2 indexes 0.16–0.22 ms, at 200,000 accounts
 *   some 14 s of an import).
 * Row stores that stay keep their keys; their `dataset` column now holds a generation key.
 */
import { CHUNKED_TABLES } from '../../shared/importer/layouts';
import type { RowStoreTableName } from './records';
import type { StoreDefinitions } from './schema';
import { STORED_DICTIONARY_TABLES } from './schema';

export const ROW_STORE_TABLES: readonly RowStoreTableName[] = STORED_DICTIONARY_TABLES.filter(
  (table): table is RowStoreTableName => !(CHUNKED_TABLES as readonly string[]).includes(table),
);

export const SCHEMA_V2_CHANGES: StoreDefinitions = {
  ...Object.fromEntries(CHUNKED_TABLES.map((table) => [table, null])),
  accounts: '[dataset+id], dataset, [dataset+region]',
  chunks: '[generation+table+seq], [generation+table], *instruments',
  accountPostings: '[generation+table+bucket+part]',
};
