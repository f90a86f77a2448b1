/**
 * The version 2 upgrade: rows of the six bulk row stores become columnar chunks with account
 * postings, under the generation of their dataset's current version; rows of the stores that
 * stay are re-keyed to that generation; each dataset record learns its generation and row counts.
 * Rows of a dataset with no committed import get generation `<dataset>#0`, which nothing
 * references, so the start-up sweep removes them as the v1 design intended.
 */
import type { Table, Transaction } from 'dexie';
import type { ColumnarChunk } from '../../shared/importer/columnar';
import { generationKey } from '../../shared/importer/generation';
import type { ChunkedTableName } from '../../shared/importer/layouts';
import { CHUNKED_TABLES, TABLE_LAYOUTS } from '../../shared/importer/layouts';
import type { PostingsPart } from '../../shared/importer/postings';
import { PostingsAccumulator } from '../../shared/importer/postings';
import { TableChunker } from '../../shared/importer/tableChunker';
import type {
  AccountPostingsRecord,
  ChunkRecord,
  DatasetRecord,
  RowCounts,
  RowStoreTableName,
} from './records';
import { ROW_STORE_TABLES } from './schemaV2';

type Row = Record<string, unknown>;

export async function upgradeToChunkedStorage(transaction: Transaction): Promise<void> {
  const datasets = transaction.table<Omit<DatasetRecord, 'generation' | 'rowCounts'>, string>(
    'datasets',
  );
  const versions = new Map<string, number>();
  for (const dataset of await datasets.toArray()) versions.set(dataset.id, dataset.currentVersion);
  const generationOf = (dataset: unknown): string =>
    generationKey(String(dataset), versions.get(String(dataset)) ?? 0);
  const counts = new Map<string, RowCounts>();
  const count = (dataset: unknown, table: ChunkedTableName | RowStoreTableName, rows: number) => {
    const byTable = counts.get(String(dataset)) ?? {};
    byTable[table] = (byTable[table] ?? 0) + rows;
    counts.set(String(dataset), byTable);
  };

  for (const table of ROW_STORE_TABLES) {
    const store = transaction.table<Row>(table);
    const rows = await store.toArray();
    if (rows.length === 0) continue;
    await store.clear();
    await store.bulkAdd(rows.map((row) => ({ ...row, dataset: generationOf(row.dataset) })));
    for (const row of rows) count(row.dataset, table, 1);
  }

  for (const table of CHUNKED_TABLES) {
    const store = transaction.table<Row>(table);
    for (const dataset of await store.orderBy('dataset').uniqueKeys()) {
      const { chunks, parts, rows } = await chunkRowsOf(store, table, dataset);
      const generation = generationOf(dataset);
      await transaction
        .table<ChunkRecord>('chunks')
        .bulkAdd(chunks.map((chunk) => ({ ...chunk, generation })));
      await transaction
        .table<AccountPostingsRecord>('accountPostings')
        .bulkAdd(parts.map((part) => ({ ...part, generation, table })));
      count(dataset, table, rows);
    }
  }

  await datasets.toCollection().modify((dataset: Row) => {
    dataset.generation = generationOf(dataset.id);
    dataset.rowCounts = counts.get(String(dataset.id)) ?? {};
  });
}

async function chunkRowsOf(
  store: Table<Row>,
  table: ChunkedTableName,
  dataset: unknown,
): Promise<{ chunks: ColumnarChunk[]; parts: PostingsPart[]; rows: number }> {
  const chunks: ColumnarChunk[] = [];
  const parts: PostingsPart[] = [];
  const postings = new PostingsAccumulator((emitted) => parts.push(...emitted));
  const chunker = new TableChunker(TABLE_LAYOUTS[table], (chunk) => {
    chunks.push(chunk);
    postings.addChunk(chunk);
  });
  let rows = 0;
  await store
    .where('dataset')
    .equals(dataset as string)
    .each((row) => {
      const { dataset: _dataset, ...columns } = row;
      chunker.add(columns);
      rows++;
    });
  chunker.finish();
  postings.flush();
  return { chunks, parts, rows };
}
