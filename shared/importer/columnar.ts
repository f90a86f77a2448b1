/**
 * A columnar chunk: up to CHUNK_ROWS rows of one bulk table, one array per column. Chunks are
 * what the workstation stores for bulk tables: thousands of rows per IndexedDB record instead of
 * one, so an import writes a few hundred records where it would write millions.
 */
import type { ChunkLayoutName } from './layouts';

/** Rows per chunk at most: codes of a `dict` column then fit a Uint16Array. */
export const CHUNK_ROWS = 4096;

/** A repeated string column: each row's code indexes `labels`, which holds each distinct value once. */
export interface DictColumn {
  codes: Uint16Array;
  labels: (string | null)[];
}

export type ColumnValues = (string | null)[] | DictColumn | Float64Array;

/** A row's columns outside the dictionary (kept, per spec §3), or values that did not fit their column. */
export type ExtraColumns = Record<string, unknown>;

export interface ColumnarChunk {
  table: ChunkLayoutName;
  /** Position among the table's chunks in one generation, from 0. */
  seq: number;
  rows: number;
  /** Dictionary column → values, in the row order of the chunk. */
  columns: Record<string, ColumnValues>;
  /** Time and date columns → epoch milliseconds (NaN where the value is null). */
  epochMs: Record<string, Float64Array>;
  /** Per row: its extra columns, or null; absent when no row has any. */
  extra?: (ExtraColumns | null)[];
  /** Earliest and latest epoch ms of the layout's time columns; NaN when the table has none. */
  tsFrom: number;
  tsTo: number;
  /** Distinct instruments of the chunk, sorted (multi-entry indexed). */
  instruments: string[];
  /** For staged rows (`table: 'rows'`): the row store they are bound for. */
  target?: string;
}

export function isDictColumn(values: ColumnValues | undefined): values is DictColumn {
  return values !== undefined && !Array.isArray(values) && !(values instanceof Float64Array);
}
