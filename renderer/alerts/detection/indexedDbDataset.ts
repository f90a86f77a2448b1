/**
 * One dataset's current generation in IndexedDB as the detectors' AnalysisDataset: bulk tables
 * a chunk's rows per batch (a few chunks read at a time), row stores a page of records per batch
 * by primary key, so no pass ever holds a whole table as row objects.
 */
import type { AnalysedTableName, AnalysisDataset } from '../../../shared/analytics/dataset';
import type { DictionaryRows } from '../../../shared/dictionary/types';
import { ChunkView } from '../../../shared/importer/chunkView';
import { isChunkedTable } from '../../../shared/importer/layouts';
import type { ChunkedTableName } from '../../../shared/importer/layouts';
import { chunkSeqs } from '../../db/chunks';
import type { WorkstationDatabase } from '../../db/database';
import type { RowStoreTableName } from '../../db/records';

/** Chunks fetched per read, as scanTable does. */
const CHUNKS_PER_READ = 8;
/** Records of a row store per batch. */
export const ROW_PAGE = 2_000;

export class IndexedDbDataset implements AnalysisDataset {
  constructor(
    readonly id: string,
    readonly version: number,
    readonly generation: string,
    private readonly db: WorkstationDatabase,
    /** Told of each batch read, for progress. */
    private readonly onBatch: (table: AnalysedTableName, rows: number) => void = () => {},
  ) {}

  batches<T extends AnalysedTableName>(table: T): AsyncIterable<readonly DictionaryRows[T][]> {
    return (
      isChunkedTable(table)
        ? this.chunkBatches(table as ChunkedTableName)
        : this.rowBatches(table as RowStoreTableName)
    ) as AsyncIterable<readonly DictionaryRows[T][]>;
  }

  private async *chunkBatches(table: ChunkedTableName): AsyncIterable<Record<string, unknown>[]> {
    const seqs = await chunkSeqs(this.generation, table, this.db);
    for (let at = 0; at < seqs.length; at += CHUNKS_PER_READ) {
      const keys = seqs
        .slice(at, at + CHUNKS_PER_READ)
        .map((seq): [string, string, number] => [this.generation, table, seq]);
      for (const chunk of await this.db.chunks.bulkGet(keys)) {
        if (!chunk) continue;
        const view = new ChunkView(chunk);
        const rows = new Array<Record<string, unknown>>(view.rows);
        for (let i = 0; i < view.rows; i++) rows[i] = view.row(i);
        this.onBatch(table, rows.length);
        yield rows;
      }
    }
  }

  private async *rowBatches(table: RowStoreTableName): AsyncIterable<Record<string, unknown>[]> {
    const store = this.db.dictionaryStore(table);
    const keyPath = store.schema.primKey.keyPath as string[];
    // Keys are [generation, …key columns]; an empty array sorts after every string.
    let lower: unknown[] = [this.generation];
    const upper: unknown[] = [this.generation, []];
    for (let first = true; ; first = false) {
      const page = (await store
        .where(':id')
        .between(lower, upper, first, true)
        .limit(ROW_PAGE)
        .toArray()) as unknown as Record<string, unknown>[];
      if (page.length === 0) return;
      const last = page[page.length - 1] as Record<string, unknown>;
      lower = keyPath.map((column) => last[column]);
      this.onBatch(table, page.length);
      // The rows as the sandbox sent them, without the store's generation tag.
      yield page.map(({ dataset: _generation, ...row }) => row);
      if (page.length < ROW_PAGE) return;
    }
  }
}

/** The dataset's current generation, or null when nothing of it is imported. */
export async function currentDataset(
  dataset: string,
  db: WorkstationDatabase,
  onBatch?: (table: AnalysedTableName, rows: number) => void,
): Promise<IndexedDbDataset | null> {
  const record = await db.datasets.get(dataset);
  if (!record) return null;
  return new IndexedDbDataset(record.id, record.currentVersion, record.generation, db, onBatch);
}
