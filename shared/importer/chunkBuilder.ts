/**
 * Fills one columnar chunk row by row. A value that does not fit its column's kind (which row
 * validation prevents) goes to the row's extra columns instead, so decoding gives back exactly
 * what was put in.
 */
import type { ColumnarChunk, ExtraColumns } from './columnar';
import { CHUNK_ROWS } from './columnar';
import { epochMsOf } from './epochMs';
import type { ColumnSpec, TableLayout } from './layouts';

type Row = Readonly<Record<string, unknown>>;

class DictColumnBuilder {
  readonly codes: Uint16Array;
  readonly labels: (string | null)[] = [];
  private readonly codeOf = new Map<string | null, number>();

  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
  }

  set(index: number, value: string | null): void {
    let code = this.codeOf.get(value);
    if (code === undefined) {
      code = this.labels.length;
      this.labels.push(value);
      this.codeOf.set(value, code);
    }
    this.codes[index] = code;
  }
}

type ColumnBuilder =
  | { spec: ColumnSpec; kind: 'text'; values: (string | null)[] }
  | { spec: ColumnSpec; kind: 'dict'; values: DictColumnBuilder }
  | { spec: ColumnSpec; kind: 'number'; values: Float64Array };

export class ChunkBuilder {
  private readonly builders: ColumnBuilder[];
  private readonly epochMs: Record<string, Float64Array> = {};
  private readonly known: Set<string>;
  private readonly extra: (ExtraColumns | null)[] = [];
  private hasExtra = false;
  private readonly instruments = new Set<string>();
  private count = 0;

  constructor(
    readonly layout: TableLayout,
    readonly capacity: number = CHUNK_ROWS,
  ) {
    this.known = new Set(layout.columns.map((column) => column.name));
    this.builders = layout.columns.map((spec) => {
      if (spec.kind === 'number')
        return { spec, kind: 'number', values: new Float64Array(capacity) };
      if (spec.kind === 'text' || spec.kind === 'time') return { spec, kind: 'text', values: [] };
      return { spec, kind: 'dict', values: new DictColumnBuilder(capacity) };
    });
    for (const spec of layout.columns) {
      if (spec.kind === 'time' || spec.kind === 'date')
        this.epochMs[spec.name] = new Float64Array(capacity);
    }
  }

  get rows(): number {
    return this.count;
  }

  get isFull(): boolean {
    return this.count >= this.capacity;
  }

  add(row: Row): void {
    if (this.isFull) throw new RangeError(`a chunk holds at most ${this.capacity} rows`);
    const index = this.count++;
    let extra: ExtraColumns | null = null;
    for (const builder of this.builders) {
      const name = builder.spec.name;
      const value = row[name];
      const absent = value === undefined || value === null;
      if (builder.kind === 'number') {
        const fits = absent || typeof value === 'number';
        builder.values[index] = typeof value === 'number' ? value : Number.NaN;
        if (!fits) (extra ??= {})[name] = value;
      } else {
        const fits = absent || typeof value === 'string';
        const stored = typeof value === 'string' ? value : null;
        if (builder.kind === 'text') builder.values.push(stored);
        else builder.values.set(index, stored);
        if (!fits) (extra ??= {})[name] = value;
      }
      const times = this.epochMs[name];
      if (times !== undefined) {
        times[index] = epochMsOf(builder.spec.kind === 'date' ? 'date' : 'time', value);
      }
    }
    for (const name in row) {
      if (!this.known.has(name)) (extra ??= {})[name] = row[name];
    }
    this.extra.push(extra);
    if (extra !== null) this.hasExtra = true;
    const instrumentColumn = this.layout.instrumentColumn;
    if (instrumentColumn !== null) {
      const instrument = row[instrumentColumn];
      if (typeof instrument === 'string') this.instruments.add(instrument);
    }
  }

  /** The chunk as stored; the builder is spent afterwards. */
  build(seq: number): ColumnarChunk {
    const rows = this.count;
    const columns: ColumnarChunk['columns'] = {};
    for (const builder of this.builders) {
      const name = builder.spec.name;
      if (builder.kind === 'number') columns[name] = builder.values.slice(0, rows);
      else if (builder.kind === 'text') columns[name] = builder.values;
      else
        columns[name] = {
          codes: builder.values.codes.slice(0, rows),
          labels: builder.values.labels,
        };
    }
    const epochMs: ColumnarChunk['epochMs'] = {};
    for (const [name, values] of Object.entries(this.epochMs))
      epochMs[name] = values.slice(0, rows);
    const { tsFrom, tsTo } = this.timeRange(epochMs, rows);
    const chunk: ColumnarChunk = {
      table: this.layout.table,
      seq,
      rows,
      columns,
      epochMs,
      tsFrom,
      tsTo,
      instruments: [...this.instruments].sort(),
    };
    if (this.hasExtra) chunk.extra = this.extra;
    return chunk;
  }

  private timeRange(
    epochMs: ColumnarChunk['epochMs'],
    rows: number,
  ): { tsFrom: number; tsTo: number } {
    const { timeColumn, timeEndColumn } = this.layout;
    if (timeColumn === null) return { tsFrom: Number.NaN, tsTo: Number.NaN };
    const starts = epochMs[timeColumn];
    const ends = epochMs[timeEndColumn ?? timeColumn];
    let tsFrom = Number.POSITIVE_INFINITY;
    let tsTo = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < rows; i++) {
      const start = starts?.[i] ?? Number.NaN;
      const end = ends?.[i] ?? Number.NaN;
      if (start < tsFrom) tsFrom = start;
      if (end > tsTo) tsTo = end;
    }
    return rows === 0 || tsFrom > tsTo
      ? { tsFrom: Number.NaN, tsTo: Number.NaN }
      : { tsFrom, tsTo };
  }
}
