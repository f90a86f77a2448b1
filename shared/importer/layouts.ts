/**
 * How each bulk table is laid out in columnar chunks: the kind of every dictionary column, the
 * column that gives a chunk its time range, the instrument column that chunks are partitioned by
 * and the account columns that the account postings index.
 */
import { primaryKeyColumnsOf } from '../dictionary/tables';

/** Tables held as columnar chunks rather than one record per row. */
export const CHUNKED_TABLES = [
  'identifiers',
  'market_bars',
  'orders',
  'trades',
  'transfers',
  'region_metrics',
] as const;
export type ChunkedTableName = (typeof CHUNKED_TABLES)[number];

/**
 * Delta tombstones are staged as chunks too, until the delta commits; so are the rows of row-store
 * tables (`rows`), whole and untyped, until they are written one record per row behind the stream.
 */
export type ChunkLayoutName = ChunkedTableName | 'tombstones' | 'rows';

/**
 * - `text`: strings that rarely repeat (ids, hashes), `(string | null)[]`;
 * - `dict`: strings that repeat (enums, account and instrument ids), codes into per-chunk labels;
 * - `number`: `Float64Array`, NaN for null;
 * - `time`: ISO 8601 text kept verbatim, plus epoch milliseconds so ranges compare across offsets;
 * - `date`: `YYYY-MM-DD` as `dict`, plus epoch milliseconds of its UTC midnight.
 */
export type ColumnKind = 'text' | 'dict' | 'number' | 'time' | 'date';

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
}

export interface TableLayout {
  table: ChunkLayoutName;
  columns: readonly ColumnSpec[];
  /** Primary-key columns in dictionary order; a row's key joins their values with `|`. */
  primaryKey: readonly string[];
  /** Sets the chunk's `tsFrom`; `timeEndColumn` (else the same column) sets `tsTo`. */
  timeColumn: string | null;
  timeEndColumn: string | null;
  /** Feeds the chunk's distinct `instruments`, and routes rows to partitions. */
  instrumentColumn: string | null;
  /** Columns whose account ids the postings map to chunk seqs. */
  accountColumns: readonly string[];
}

const text = (name: string): ColumnSpec => ({ name, kind: 'text' });
const dict = (name: string): ColumnSpec => ({ name, kind: 'dict' });
const number = (name: string): ColumnSpec => ({ name, kind: 'number' });
const time = (name: string): ColumnSpec => ({ name, kind: 'time' });
const date = (name: string): ColumnSpec => ({ name, kind: 'date' });

type LayoutBody = Omit<TableLayout, 'table' | 'primaryKey'>;

const BODIES: { readonly [T in Exclude<ChunkLayoutName, 'rows'>]: LayoutBody } = {
  identifiers: {
    columns: [
      dict('account'),
      dict('kind'),
      text('value_hash'),
      time('first_seen'),
      time('last_seen'),
    ],
    timeColumn: 'first_seen',
    timeEndColumn: 'last_seen',
    instrumentColumn: null,
    accountColumns: ['account'],
  },
  market_bars: {
    columns: [
      dict('instrument'),
      date('date'),
      number('open'),
      number('high'),
      number('low'),
      number('close'),
      number('volume'),
      number('turnover'),
    ],
    timeColumn: 'date',
    timeEndColumn: null,
    instrumentColumn: 'instrument',
    accountColumns: [],
  },
  orders: {
    columns: [
      text('id'),
      dict('account'),
      dict('instrument'),
      time('ts'),
      dict('side'),
      number('price'),
      number('qty'),
      dict('type'),
      dict('status'),
      number('filled_qty'),
      time('cancel_ts'),
    ],
    timeColumn: 'ts',
    timeEndColumn: null,
    instrumentColumn: 'instrument',
    accountColumns: ['account'],
  },
  trades: {
    columns: [
      text('id'),
      text('order'),
      dict('account'),
      dict('counterparty'),
      dict('instrument'),
      time('ts'),
      dict('side'),
      number('price'),
      number('qty'),
    ],
    timeColumn: 'ts',
    timeEndColumn: null,
    instrumentColumn: 'instrument',
    accountColumns: ['account'],
  },
  transfers: {
    columns: [text('id'), dict('from'), dict('to'), number('amount'), time('ts'), dict('channel')],
    timeColumn: 'ts',
    timeEndColumn: null,
    instrumentColumn: null,
    accountColumns: ['from', 'to'],
  },
  region_metrics: {
    columns: [dict('region'), date('date'), dict('metric'), number('value')],
    timeColumn: 'date',
    timeEndColumn: null,
    instrumentColumn: null,
    accountColumns: [],
  },
  tombstones: {
    columns: [dict('table'), text('id')],
    timeColumn: null,
    timeEndColumn: null,
    instrumentColumn: null,
    accountColumns: [],
  },
};

function layoutOf(table: Exclude<ChunkLayoutName, 'rows'>): TableLayout {
  return { table, primaryKey: primaryKeyColumnsOf(table), ...BODIES[table] };
}

/** Staged rows keep every column among a row's extras: the row comes back exactly as it went in. */
const STAGED_ROWS_LAYOUT: TableLayout = {
  table: 'rows',
  columns: [],
  primaryKey: [],
  timeColumn: null,
  timeEndColumn: null,
  instrumentColumn: null,
  accountColumns: [],
};

export const TABLE_LAYOUTS: { readonly [T in ChunkLayoutName]: TableLayout } = {
  identifiers: layoutOf('identifiers'),
  market_bars: layoutOf('market_bars'),
  orders: layoutOf('orders'),
  trades: layoutOf('trades'),
  transfers: layoutOf('transfers'),
  region_metrics: layoutOf('region_metrics'),
  tombstones: layoutOf('tombstones'),
  rows: STAGED_ROWS_LAYOUT,
};

export function isChunkedTable(table: string): table is ChunkedTableName {
  return (CHUNKED_TABLES as readonly string[]).includes(table);
}

/** Columns that carry epoch milliseconds beside their text. */
export function timedColumns(layout: TableLayout): string[] {
  return layout.columns
    .filter((column) => column.kind === 'time' || column.kind === 'date')
    .map((column) => column.name);
}
