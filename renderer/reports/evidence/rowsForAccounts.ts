/**
 * The rows of many accounts at once: the postings of every account first, then each chunk read
 * once, however many of the accounts it holds (reading per account would decode a chunk that
 * holds 400 of them 400 times).
 */
import type { DictionaryRows } from '../../../shared/dictionary/types';
import { ChunkView } from '../../../shared/importer/chunkView';
import type { ChunkedTableName } from '../../../shared/importer/layouts';
import { TABLE_LAYOUTS } from '../../../shared/importer/layouts';
import { postingBucket, seqsOfAccount } from '../../../shared/importer/postings';
import type { WorkstationDatabase } from '../../db/database';
import type { TimeRange } from '../../db/timeRange';
import { chunkOverlaps, epochRange } from '../../db/timeRange';

const READ_BATCH = 16;

export async function rowsForAccounts<T extends ChunkedTableName>(
  generation: string,
  table: T,
  accounts: readonly string[],
  range: TimeRange,
  db: WorkstationDatabase,
  /** Only rows of these instruments (tables with an instrument column), checked before decoding. */
  instruments?: ReadonlySet<string>,
): Promise<DictionaryRows[T][]> {
  const instrumentColumn = TABLE_LAYOUTS[table].instrumentColumn;
  const columns = TABLE_LAYOUTS[table].accountColumns;
  if (columns.length === 0) throw new RangeError(`${table} has no account column`);
  const wanted = new Set(accounts);
  const seqs = new Set<number>();
  const byBucket = new Map<number, string[]>();
  for (const account of wanted) {
    const bucket = postingBucket(account);
    byBucket.set(bucket, [...(byBucket.get(bucket) ?? []), account]);
  }
  for (const [bucket, members] of byBucket) {
    const parts = await db.accountPostings
      .where(':id')
      .between(
        [generation, table, bucket, -Infinity],
        [generation, table, bucket, Infinity],
        true,
        true,
      )
      .toArray();
    for (const account of members) for (const seq of seqsOfAccount(parts, account)) seqs.add(seq);
  }
  const epoch = epochRange(range);
  const ordered = [...seqs].sort((a, b) => a - b);
  const found: { at: number; row: DictionaryRows[T] }[] = [];
  for (let at = 0; at < ordered.length; at += READ_BATCH) {
    const keys = ordered
      .slice(at, at + READ_BATCH)
      .map((seq) => [generation, table, seq] as [string, string, number]);
    for (const chunk of await db.chunks.bulkGet(keys)) {
      if (!chunk || !chunkOverlaps(chunk.tsFrom, chunk.tsTo, epoch)) continue;
      const view = new ChunkView(chunk);
      const timeColumn = view.layout.timeColumn;
      for (let i = 0; i < view.rows; i++) {
        if (!columns.some((column) => wanted.has(view.text(column, i) ?? ''))) continue;
        if (
          instruments &&
          instrumentColumn !== null &&
          !instruments.has(view.text(instrumentColumn, i) ?? '')
        )
          continue;
        const ms = timeColumn === null ? Number.NaN : view.epochMs(timeColumn, i);
        if (!Number.isNaN(ms) && (ms < epoch.from || ms > epoch.to)) continue;
        found.push({ at: ms, row: view.row(i) as unknown as DictionaryRows[T] });
      }
    }
  }
  // Time order, rows without a time last; stable, so rows at one instant keep their file order.
  found.sort((a, b) =>
    Number.isNaN(a.at) ? (Number.isNaN(b.at) ? 0 : 1) : Number.isNaN(b.at) ? -1 : a.at - b.at,
  );
  return found.map((entry) => entry.row);
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
  for (let at = 0; at < ours.length; at += READ_BATCH) {
    for (const chunk of await db.chunks.bulkGet(ours.slice(at, at + READ_BATCH))) {
      if (!chunk) continue;
      const view = new ChunkView(chunk);
      for (let i = 0; i < view.rows; i++)
        if (instruments.has(view.text(column, i) ?? ''))
          rows.push(view.row(i) as unknown as DictionaryRows[T]);
    }
  }
  return rows;
}
