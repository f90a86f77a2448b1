/** Growable typed-array columns: millions of rows held as numbers, not as row objects. */

type TypedArray = Float64Array | Int32Array | Uint8Array;
type TypedArrayConstructor<A extends TypedArray> = new (length: number) => A;

export class Column<A extends TypedArray> {
  data: A;
  length = 0;

  constructor(
    private readonly make: TypedArrayConstructor<A>,
    capacity = 1024,
  ) {
    this.data = new make(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new this.make(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The filled part, copied into an array of exactly that length. */
  finish(): A {
    return this.data.slice(0, this.length) as A;
  }
}

/**
 * Row numbers grouped by a key column (0…keys-1) and ordered by `order` within each group:
 * `rows.subarray(start[k], start[k + 1])` are the rows of key k.
 */
export interface GroupedRows {
  start: Int32Array;
  rows: Int32Array;
}

export function groupRows(key: Int32Array, keys: number, order: Float64Array): GroupedRows {
  const start = new Int32Array(keys + 1);
  for (let i = 0; i < key.length; i++) start[key[i]! + 1]!++;
  for (let k = 0; k < keys; k++) start[k + 1]! += start[k]!;
  const next = start.slice(0, keys);
  const rows = new Int32Array(key.length);
  for (let i = 0; i < key.length; i++) rows[next[key[i]!]!++] = i;
  for (let k = 0; k < keys; k++) {
    const segment = rows.subarray(start[k]!, start[k + 1]!);
    segment.sort((a, b) => order[a]! - order[b]! || a - b);
  }
  return { start, rows };
}

export function rowsOf(grouped: GroupedRows, key: number): Int32Array {
  return grouped.rows.subarray(grouped.start[key]!, grouped.start[key + 1]!);
}

/** The first position in `rows` (ordered by `values`) whose value is ≥ `at`. */
export function lowerBound(rows: Int32Array, values: Float64Array, at: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[rows[middle]!]! < at) low = middle + 1;
    else high = middle;
  }
  return low;
}
