/**
 * The rows of many accounts at once: the postings of every account first, then each chunk read
 * once, however many of the accounts it holds (reading per account would decode a chunk that
 * holds 400 of them 400 times). A chunk's wanted values are matched by dictionary code, and only
 * the rows that match are built into objects.
 */
import type { DictionaryRows } from '../../../shared/dictionary/types';
import type { ColumnarChunk, ColumnValues } from '../../../shared/importer/columnar';
import type { ChunkedTableName } from '../../../shared/importer/layouts';
import { TABLE_LAYOUTS } from '../../../shared/importer/layouts';
import type { PostingsPart } from '../../../shared/importer/postings';
import { POSTING_BUCKETS, postingBucket, seqsOfAccount } from '../../../shared/importer/postings';
import type { WorkstationDatabase } from '../../db/database';
import type { EpochRange, TimeRange } from '../../db/timeRange';
import { chunkOverlaps, epochRange } from '../../db/timeRange';

const READ_BATCH = 16;
/** Above this many buckets one range read of the table's postings beats a read per bucket. */
const BUCKETS_PER_READ = 16;

type ChunkKey = [string, string, number];

/** The chunk seqs holding any of `accounts`, from the postings of their buckets. */
async function chunkSeqsOf(
  generation: string,
  table: ChunkedTableName,
  accounts: ReadonlySet<string>,
  db: WorkstationDatabase,
): Promise<number[]> {
  const byBucket = new Map<number, string[]>();
  for (const account of accounts) {
    const bucket = postingBucket(account);
    const members = byBucket.get(bucket);
    if (members) members.push(account);
    else byBucket.set(bucket, [account]);
  }
  const range = (from: number, to: number) =>
    db.accountPostings
      .where(':id')
      .between([generation, table, from, -Infinity], [generation, table, to, Infinity], true, true)
      .toArray() as Promise<PostingsPart[]>;
  const parts =
    byBucket.size > BUCKETS_PER_READ
      ? await range(0, POSTING_BUCKETS)
      : (await Promise.all([...byBucket.keys()].map((bucket) => range(bucket, bucket)))).flat();
  const partsByBucket = new Map<number, PostingsPart[]>();
  for (const part of parts) {
    const list = partsByBucket.get(part.bucket);
    if (list) list.push(part);
    else partsByBucket.set(part.bucket, [part]);
  }
  const seqs = new Set<number>();
  for (const [bucket, members] of byBucket) {
    const ofBucket = partsByBucket.get(bucket) ?? [];
    for (const account of members)
      for (const seq of seqsOfAccount(ofBucket, account)) seqs.add(seq);
  }
  return [...seqs].sort((a, b) => a - b);
}

/** Reads chunks in batches, the next batch already on its way while the last one is decoded. */
async function eachChunk(
  keys: readonly ChunkKey[],
  db: WorkstationDatabase,
  visit: (chunk: ColumnarChunk) => void,
): Promise<void> {
  const read = (at: number) =>
    at < keys.length ? db.chunks.bulkGet(keys.slice(at, at + READ_BATCH)) : Promise.resolve([]);
  let pending = read(0);
  for (let at = 0; at < keys.length; at += READ_BATCH) {
    const chunks = await pending;
    pending = read(at + READ_BATCH);
    for (const chunk of chunks) if (chunk) visit(chunk);
  }
}

/** A string column's value per row, or for dictionary columns a per-code test done once per chunk. */
function matcher(
  values: ColumnValues | undefined,
  wanted: ReadonlySet<string>,
): ((row: number) => boolean) | null {
  if (values === undefined || values instanceof Float64Array) return null;
  if (Array.isArray(values)) return (row) => wanted.has(values[row] ?? '');
  const hit = new Uint8Array(values.labels.length);
  let any = false;
  values.labels.forEach((label, code) => {
    if (label !== null && wanted.has(label)) hit[code] = 1;
    any ||= hit[code] === 1;
  });
  if (!any) return () => false;
  const codes = values.codes;
  return (row) => hit[codes[row]!] === 1;
}

/** Builds a row object from a chunk's columns, each column looked up once per chunk. */
function rowBuilder(chunk: ColumnarChunk): (row: number) => Record<string, unknown> {
  const getters = TABLE_LAYOUTS[chunk.table].columns.map(
    (spec): [string, (row: number) => unknown] => {
      const values = chunk.columns[spec.name];
      if (spec.kind === 'number') {
        if (!(values instanceof Float64Array)) return [spec.name, () => null];
        return [
          spec.name,
          (row) => {
            const value = values[row]!;
            return Number.isNaN(value) ? null : value;
          },
        ];
      }
      if (values === undefined || values instanceof Float64Array) return [spec.name, () => null];
      if (Array.isArray(values)) return [spec.name, (row) => values[row] ?? null];
      const { codes, labels } = values;
      return [spec.name, (row) => labels[codes[row]!] ?? null];
    },
  );
  const extra = chunk.extra;
  return (index) => {
    const row: Record<string, unknown> = {};
    for (const [name, get] of getters) row[name] = get(index);
    const more = extra?.[index];
    if (more) Object.assign(row, more);
    return row;
  };
}

/** Which rows of a table's chunks a read keeps: the accounts', in a time range, of some instruments. */
export interface ChunkRowFilter {
  generation: string;
  table: ChunkedTableName;
  accounts: readonly string[];
  epoch: EpochRange;
  instruments?: readonly string[];
}

/** Rows kept from some chunks, in chunk order, with each row's epoch ms (NaN without a time). */
export interface ChunkRows {
  rows: Record<string, unknown>[];
  times: Float64Array;
}

/**
 * Reads the chunks `seqs` elsewhere (another worker, so two cores decode at once) with the same
 * filter; `null` when there is no one to share with.
 */
export type ChunkRowsReader = (filter: ChunkRowFilter, seqs: number[]) => Promise<ChunkRows>;

/** Below this many chunks a second reader costs more (its start, the rows' copy) than it saves. */
const SHARE_FROM_CHUNKS = 8;

/** The rows of chunks `seqs` that pass `filter`, in chunk order. */
export async function rowsOfChunks(
  filter: ChunkRowFilter,
  seqs: readonly number[],
  db: WorkstationDatabase,
): Promise<ChunkRows> {
  const layout = TABLE_LAYOUTS[filter.table];
  const wanted = new Set(filter.accounts);
  const instruments = filter.instruments && new Set(filter.instruments);
  const epoch = filter.epoch;
  const rows: Record<string, unknown>[] = [];
  const times: number[] = [];
  await eachChunk(
    seqs.map((seq): ChunkKey => [filter.generation, filter.table, seq]),
    db,
    (chunk) => {
      if (!chunkOverlaps(chunk.tsFrom, chunk.tsTo, epoch)) return;
      const ofAccount = layout.accountColumns.flatMap((column) => {
        const match = matcher(chunk.columns[column], wanted);
        return match ? [match] : [];
      });
      const ofInstrument =
        instruments && layout.instrumentColumn !== null
          ? matcher(chunk.columns[layout.instrumentColumn], instruments)
          : null;
      const epochs = layout.timeColumn === null ? undefined : chunk.epochMs[layout.timeColumn];
      const build = rowBuilder(chunk);
      const extra = chunk.extra;
      for (let i = 0; i < chunk.rows; i++) {
        // Values that did not fit their column live in `extra`; those rows take the slow check.
        const odd = (extra?.[i] ?? null) !== null;
        if (!odd) {
          if (!ofAccount.some((match) => match(i))) continue;
          if (ofInstrument && !ofInstrument(i)) continue;
        }
        const ms = epochs?.[i] ?? Number.NaN;
        if (!Number.isNaN(ms) && (ms < epoch.from || ms > epoch.to)) continue;
        const row = build(i);
        if (odd) {
          if (!layout.accountColumns.some((column) => wanted.has(String(row[column] ?? ''))))
            continue;
          if (
            instruments &&
            layout.instrumentColumn !== null &&
            !instruments.has(String(row[layout.instrumentColumn] ?? ''))
          )
            continue;
        }
        times.push(ms);
        rows.push(row);
      }
    },
  );
  return { rows, times: Float64Array.from(times) };
}

export async function rowsForAccounts<T extends ChunkedTableName>(
  generation: string,
  table: T,
  accounts: readonly string[],
  range: TimeRange,
  db: WorkstationDatabase,
  /** Only rows of these instruments (tables with an instrument column), checked before decoding. */
  instruments?: ReadonlySet<string>,
  /** Another reader to take the later half of the chunks, when there are enough to share. */
  share?: ChunkRowsReader,
): Promise<DictionaryRows[T][]> {
  const layout = TABLE_LAYOUTS[table];
  if (layout.accountColumns.length === 0) throw new RangeError(`${table} has no account column`);
  const seqs = await chunkSeqsOf(generation, table, new Set(accounts), db);
  const filter: ChunkRowFilter = {
    generation,
    table,
    accounts,
    epoch: epochRange(range),
    ...(instruments ? { instruments: [...instruments] } : {}),
  };
  const half = share && seqs.length >= SHARE_FROM_CHUNKS ? Math.ceil(seqs.length / 2) : seqs.length;
  const parts = await Promise.all([
    rowsOfChunks(filter, seqs.slice(0, half), db),
    ...(half < seqs.length ? [share!(filter, seqs.slice(half))] : []),
  ]);
  const rows = parts.length === 1 ? parts[0]!.rows : parts.flatMap((part) => part.rows);
  const times =
    parts.length === 1
      ? parts[0]!.times
      : Float64Array.from(parts.flatMap((part) => [...part.times]));
  let inOrder = true;
  for (let i = 1; i < times.length && inOrder; i++) {
    const [last, ms] = [times[i - 1]!, times[i]!];
    if (Number.isNaN(ms) ? false : Number.isNaN(last) || ms < last) inOrder = false;
  }
  const typed = rows as unknown as DictionaryRows[T][];
  if (inOrder) return typed;
  // Time order, rows without a time last; stable, so rows at one instant keep their file order.
  const order = rows.map((_, i) => i);
  order.sort((a, b) => {
    const x = times[a]!;
    const y = times[b]!;
    return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : Number.isNaN(y) ? -1 : x - y;
  });
  return order.map((i) => typed[i]!);
}

/** The rows of many instruments at once, each chunk read once (through the `*instruments` index). */
export async function rowsForInstruments<T extends ChunkedTableName>(
  generation: string,
  table: T,
  instruments: ReadonlySet<string>,
  db: WorkstationDatabase,
): Promise<DictionaryRows[T][]> {
  const column = TABLE_LAYOUTS[table].instrumentColumn;
  if (column === null) throw new RangeError(`${table} has no instrument column`);
  const keys = await db.chunks
    .where('instruments')
    .anyOf([...instruments])
    .primaryKeys();
  const ours = [
    ...new Map(
      keys.filter(([g, t]) => g === generation && t === table).map((key) => [key[2], key]),
    ).values(),
  ].sort((a, b) => a[2] - b[2]);
  const rows: DictionaryRows[T][] = [];
  await eachChunk(ours, db, (chunk) => {
    const match = matcher(chunk.columns[column], instruments);
    if (!match) return;
    const build = rowBuilder(chunk);
    for (let i = 0; i < chunk.rows; i++)
      if (match(i)) rows.push(build(i) as unknown as DictionaryRows[T]);
  });
  return rows;
}
