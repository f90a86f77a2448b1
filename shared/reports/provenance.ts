/**
 * Where a generated figure or sentence came from: the query in words and in structured form,
 * the columns and rows it read, and the keys of every row (kept even where the rows shown are cut).
 */

export type ProvenanceCell = string | number | null;

export interface ProvenanceQuery {
  /** The table or tables read. */
  table: string;
  /** Human-readable statement of the selection and the computation. */
  description: string;
  /** The selection as data: column → accepted values or range. */
  filter: Record<string, unknown>;
  /** What was computed from the rows, e.g. `sum(price*qty)`. */
  compute: string;
}

export interface ProvenanceRecord {
  id: string;
  /** The section that generated it, so redrafting a section replaces only its own records. */
  sectionId: string;
  query: ProvenanceQuery;
  /** The computed value as the text shows it. */
  value: string;
  columns: string[];
  /** The rows shown (at most MAX_ROWS). */
  rows: ProvenanceCell[][];
  /** How many rows are behind the value. */
  rowCount: number;
  /** Keys of every row behind the value; empty when `rowKeysOf` names the record holding them. */
  rowKeys: string[];
  /** Figures computed from one selection share its keys: the id of the record that holds them. */
  rowKeysOf?: string;
  /** Dataset versions read: `<dataset> v<version> (manifest <sha256>)`. */
  sources: string[];
}

export const MAX_ROWS = 200;

/** Hands out ids for one section's records and keeps them in order. */
export class ProvenanceCollector {
  readonly records: ProvenanceRecord[] = [];
  private next = 1;
  private readonly keyHolders = new Map<readonly string[], string>();

  constructor(
    readonly sectionId: string,
    private readonly sources: string[],
  ) {}

  add(
    query: ProvenanceQuery,
    value: string,
    columns: string[],
    rows: readonly ProvenanceCell[][],
    rowKeys: readonly string[],
  ): string {
    const id = `${this.sectionId}.${this.next++}`;
    const holder = this.keyHolders.get(rowKeys);
    if (holder === undefined) this.keyHolders.set(rowKeys, id);
    this.records.push({
      id,
      sectionId: this.sectionId,
      query,
      value,
      columns,
      rows: rows.slice(0, MAX_ROWS),
      rowCount: rowKeys.length,
      // Kept by reference: callers hand over arrays they no longer change.
      rowKeys: holder === undefined ? (rowKeys as string[]) : [],
      ...(holder === undefined ? {} : { rowKeysOf: holder }),
      sources: this.sources,
    });
    return id;
  }
}

/** Every row key behind a record, following `rowKeysOf` to the record that holds them. */
export function rowKeysOf(record: ProvenanceRecord, all: readonly ProvenanceRecord[]): string[] {
  if (record.rowKeysOf === undefined) return record.rowKeys;
  return all.find((other) => other.id === record.rowKeysOf)?.rowKeys ?? [];
}
