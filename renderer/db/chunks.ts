/**
 * Reading bulk tables (orders, trades, transfers, identifiers, market_bars, region_metrics) out
 * of their columnar chunks: by account through the postings, by instrument through the
 * `*instruments` index, or every chunk in turn. Rows come back as the sandbox sent them (absent
 * optional columns as null, extra columns kept), in time order.
 */
import type { DictionaryRows } from '../../shared/dictionary/types';
import { ChunkView } from '../../shared/importer/chunkView';
import type { ChunkedTableName } from '../../shared/importer/layouts';
import { TABLE_LAYOUTS } from '../../shared/importer/layouts';
import { postingBucket, seqsOfAccount } from '../../shared/importer/postings';
import type { WorkstationDatabase } from './database';
import { getDatabase } from './database';
import type { ChunkRecord } from './records';
import type { EpochRange, TimeRange } from './timeRange';
import { chunkOverlaps, epochRange } from './timeRange';

type ChunkKey = [generation: string, table: string, seq: number];

/** Chunks fetched per read, so a scan never holds a whole table. */
const READ_BATCH = 16;

function tableRange(generation: string, table: string): [ChunkKey, ChunkKey] {
  return [
    [generation, table, -Infinity],
    [generation, table, Infinity],
  ];
}

/** Chunk seqs of one table of one generation, ascending. */
export async function chunkSeqs(
  generation: string,
  table: ChunkedTableName,
  db: WorkstationDatabase = getDatabase(),
): Promise<number[]> {
  const [lower, upper] = tableRange(generation, table);
  const keys = await db.chunks.where(':id').between(lower, upper, true, true).primaryKeys();
  return keys.map((key) => key[2]);
}

/** Rows of `table` in a generation, from the chunk records. */
export async function countChunkedRows(
  generation: string,
  table: ChunkedTableName,
  db: WorkstationDatabase = getDatabase(),
): Promise<number> {
  let rows = 0;
  await scanTable(
    generation,
    table,
    (view) => {
      rows += view.rows;
    },
    db,
  );
  return rows;
}

/**
 * Calls `onChunk` with every chunk of the table in seq order, a batch of chunks read at a time;
 * returning `false` stops the scan.
 */
export async function scanTable(
  generation: string,
  table: ChunkedTableName,
  onChunk: (view: ChunkView) => void | boolean,
  db: WorkstationDatabase = getDatabase(),
): Promise<void> {
  const seqs = await chunkSeqs(generation, table, db);
  for (let at = 0; at < seqs.length; at += READ_BATCH) {
    const keys = seqs.slice(at, at + READ_BATCH).map((seq): ChunkKey => [generation, table, seq]);
    for (const chunk of await db.chunks.bulkGet(keys)) {
      if (chunk && onChunk(new ChunkView(chunk)) === false) return;
    }
  }
}

/** Rows of an account's (for transfers: either side's) rows in a time range, in time order. */
export async function rowsForAccount<T extends ChunkedTableName>(
  generation: string,
  table: T,
  account: string,
  range: TimeRange = {},
  db: WorkstationDatabase = getDatabase(),
): Promise<DictionaryRows[T][]> {
  const columns = TABLE_LAYOUTS[table].accountColumns;
  if (columns.length === 0) throw new RangeError(`${table} has no account column`);
  const bucket = postingBucket(account);
  const parts = await db.accountPostings
    .where(':id')
    .between(
      [generation, table, bucket, -Infinity],
      [generation, table, bucket, Infinity],
      true,
      true,
    )
    .toArray();
  const seqs = seqsOfAccount(parts, account);
  const chunks = await db.chunks.bulkGet(seqs.map((seq): ChunkKey => [generation, table, seq]));
  return collectRows<T>(chunks, epochRange(range), (view) =>
    columns.flatMap((column) => view.indexesWhere(column, account)),
  );
}

/** One account's trades in a time range, in time order. */
export function tradesForAccount(
  generation: string,
  account: string,
  range: TimeRange = {},
  db: WorkstationDatabase = getDatabase(),
): Promise<DictionaryRows['trades'][]> {
  return rowsForAccount(generation, 'trades', account, range, db);
}

/** One instrument's rows (orders, trades or market bars) in a time range, in time order. */
export async function rowsForInstrument<T extends ChunkedTableName>(
  generation: string,
  table: T,
  instrument: string,
  range: TimeRange = {},
  db: WorkstationDatabase = getDatabase(),
): Promise<DictionaryRows[T][]> {
  const column = TABLE_LAYOUTS[table].instrumentColumn;
  if (column === null) throw new RangeError(`${table} has no instrument column`);
  const keys = await db.chunks.where('instruments').equals(instrument).primaryKeys();
  const ours = keys.filter(
    ([keyGeneration, keyTable]) => keyGeneration === generation && keyTable === table,
  );
  const chunks = await db.chunks.bulkGet(ours);
  return collectRows<T>(chunks, epochRange(range), (view) => view.indexesWhere(column, instrument));
}

/** Ascending, rows without a time last. */
function byTime(a: number, b: number): number {
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : 1;
  return Number.isNaN(b) ? -1 : a - b;
}

function collectRows<T extends ChunkedTableName>(
  chunks: readonly (ChunkRecord | undefined)[],
  range: EpochRange,
  matches: (view: ChunkView) => number[],
): DictionaryRows[T][] {
  const found: { at: number; row: Record<string, unknown> }[] = [];
  for (const chunk of chunks) {
    if (!chunk || !chunkOverlaps(chunk.tsFrom, chunk.tsTo, range)) continue;
    const view = new ChunkView(chunk);
    const timeColumn = view.layout.timeColumn;
    for (const index of [...new Set(matches(view))].sort((a, b) => a - b)) {
      const at = timeColumn === null ? Number.NaN : view.epochMs(timeColumn, index);
      if (!Number.isNaN(at) && (at < range.from || at > range.to)) continue;
      found.push({ at, row: view.row(index) });
    }
  }
  // Stable: rows at the same instant keep their order in the file.
  found.sort((a, b) => byTime(a.at, b.at));
  // A decoded row has every dictionary column of its table (null where absent), plus extras.
  return found.map(({ row }) => row as unknown as DictionaryRows[T]);
}
