/** Reads a columnar chunk back: single values, whole rows, or the rows matching a value. */
import type { ColumnarChunk, ColumnValues } from './columnar';
import { isDictColumn } from './columnar';
import type { TableLayout } from './layouts';
import { TABLE_LAYOUTS } from './layouts';

export type ChunkRow = Record<string, unknown>;

function textAt(values: ColumnValues | undefined, index: number): string | null {
  if (values === undefined || values instanceof Float64Array) return null;
  if (Array.isArray(values)) return values[index] ?? null;
  return values.labels[values.codes[index] ?? -1] ?? null;
}

export class ChunkView {
  readonly layout: TableLayout;

  constructor(readonly chunk: ColumnarChunk) {
    this.layout = TABLE_LAYOUTS[chunk.table];
  }

  get rows(): number {
    return this.chunk.rows;
  }

  /** A string column's value (null when absent or not a string column). */
  text(column: string, index: number): string | null {
    return textAt(this.chunk.columns[column], index);
  }

  /** A number column's value, NaN when absent. */
  number(column: string, index: number): number {
    const values = this.chunk.columns[column];
    return values instanceof Float64Array ? (values[index] ?? Number.NaN) : Number.NaN;
  }

  /** Epoch ms of a time or date column, NaN when absent. */
  epochMs(column: string, index: number): number {
    return this.chunk.epochMs[column]?.[index] ?? Number.NaN;
  }

  /** The row's primary key as tombstones write it: key values joined by `|`. */
  primaryKey(index: number): string {
    const keys = this.layout.primaryKey;
    if (keys.length === 1) return this.text(keys[0] ?? '', index) ?? '';
    return keys.map((column) => this.text(column, index) ?? '').join('|');
  }

  /** The row as the sandbox sent it: dictionary columns (null where absent) and extra columns. */
  row(index: number): ChunkRow {
    const row: ChunkRow = {};
    for (const spec of this.layout.columns) {
      row[spec.name] =
        spec.kind === 'number'
          ? nullIfNaN(this.number(spec.name, index))
          : this.text(spec.name, index);
    }
    const extra = this.chunk.extra?.[index];
    if (extra) Object.assign(row, extra);
    return row;
  }

  /** Indexes of the rows whose `column` equals `value`, in chunk order. */
  indexesWhere(column: string, value: string): number[] {
    const values = this.chunk.columns[column];
    const found: number[] = [];
    if (isDictColumn(values)) {
      const code = values.labels.indexOf(value);
      if (code === -1) return found;
      for (let i = 0; i < values.codes.length; i++) if (values.codes[i] === code) found.push(i);
    } else if (Array.isArray(values)) {
      for (let i = 0; i < values.length; i++) if (values[i] === value) found.push(i);
    }
    const extra = this.chunk.extra;
    if (extra) {
      for (let i = 0; i < extra.length; i++)
        if (extra[i]?.[column] === value && !found.includes(i)) found.push(i);
      found.sort((a, b) => a - b);
    }
    return found;
  }

  /** Distinct non-null values of a string column. */
  distinct(column: string): string[] {
    const values = this.chunk.columns[column];
    if (isDictColumn(values))
      return values.labels.filter((label): label is string => label !== null);
    if (Array.isArray(values))
      return [...new Set(values.filter((value): value is string => value !== null))];
    return [];
  }
}

function nullIfNaN(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}
