/**
 * Commits a delta in one transaction: the rows it staged are upserted into the dataset's current
 * generation (chunks holding an upserted or tombstoned key are rewritten, new keys appended in new
 * chunks with their postings), tombstones delete rows, the staging generation goes, and the
 * version, marker and audit entry are written. A delta's rows are held in memory one table at a
 * time while it commits: deltas are expected to be small beside the generation they change.
 */
import type { ChunkRow } from '../../shared/importer/chunkView';
import { ChunkView } from '../../shared/importer/chunkView';
import type { ColumnarChunk } from '../../shared/importer/columnar';
import { rewriteChunk } from '../../shared/importer/deltaRewrite';
import type { ChunkedTableName } from '../../shared/importer/layouts';
import { CHUNKED_TABLES, TABLE_LAYOUTS } from '../../shared/importer/layouts';
import type { PostingsPart } from '../../shared/importer/postings';
import { PostingsAccumulator } from '../../shared/importer/postings';
import { TableChunker } from '../../shared/importer/tableChunker';
import { parsePrimaryKey } from '../../shared/dictionary/primaryKey';
import { PackageRefusal } from '../../shared/package/refusal';
import { appendAudit } from '../db/audit';
import type { WorkstationDatabase } from '../db/database';
import { generationStores, purgeGeneration } from '../db/purge';
import type { ChunkRecord, RowCounts, RowStoreTableName } from '../db/records';
import { ROW_STORE_TABLES } from '../db/schemaV2';
import type { CommitInput } from './commitFull';
import { datasetRecordOf, recheckVersionOrder } from './commitFull';

type ChunkKey = [string, string, number];
const READ_BATCH = 16;

function keyRange(generation: string, table: string): [ChunkKey, ChunkKey] {
  return [
    [generation, table, -Infinity],
    [generation, table, Infinity],
  ];
}

async function chunksOf(
  db: WorkstationDatabase,
  generation: string,
  table: string,
): Promise<ChunkKey[]> {
  const [lower, upper] = keyRange(generation, table);
  return (await db.chunks
    .where(':id')
    .between(lower, upper, true, true)
    .primaryKeys()) as ChunkKey[];
}

async function forEachChunk(
  db: WorkstationDatabase,
  keys: readonly ChunkKey[],
  visit: (chunk: ChunkRecord) => Promise<void> | void,
): Promise<void> {
  for (let at = 0; at < keys.length; at += READ_BATCH) {
    for (const chunk of await db.chunks.bulkGet(keys.slice(at, at + READ_BATCH))) {
      if (chunk) await visit(chunk);
    }
  }
}

/** Tombstoned ids per table. */
async function stagedTombstones(
  db: WorkstationDatabase,
  staging: string,
): Promise<Map<string, Set<string>>> {
  const byTable = new Map<string, Set<string>>();
  await forEachChunk(db, await chunksOf(db, staging, 'tombstones'), (chunk) => {
    const view = new ChunkView(chunk);
    for (let i = 0; i < view.rows; i++) {
      const table = view.text('table', i);
      const id = view.text('id', i);
      if (table === null || id === null) continue;
      const ids = byTable.get(table) ?? new Set<string>();
      ids.add(id);
      byTable.set(table, ids);
    }
  });
  return byTable;
}

/** The table's rows after the delta, or null when the delta does not touch it. */
async function applyToChunks(
  db: WorkstationDatabase,
  table: ChunkedTableName,
  staging: string,
  target: string,
  deleted: ReadonlySet<string>,
): Promise<number | null> {
  const upserts = new Map<string, ChunkRow>();
  await forEachChunk(db, await chunksOf(db, staging, table), (chunk) => {
    const view = new ChunkView(chunk);
    for (let i = 0; i < view.rows; i++) upserts.set(view.primaryKey(i), view.row(i));
  });
  if (upserts.size === 0 && deleted.size === 0) return null;

  let rows = 0;
  let lastSeq = -1;
  const placed = new Set<string>();
  const changed: ColumnarChunk[] = [];
  const keys = await chunksOf(db, target, table);
  await forEachChunk(db, keys, async (chunk) => {
    lastSeq = Math.max(lastSeq, chunk.seq);
    const rewrite = rewriteChunk(chunk, { deleted, upserts });
    if (rewrite === null) {
      rows += chunk.rows;
      return;
    }
    for (const key of rewrite.replacedKeys) placed.add(key);
    if (rewrite.chunk === null) {
      await db.chunks.delete([target, table, chunk.seq]);
      return;
    }
    changed.push(rewrite.chunk);
    rows += rewrite.chunk.rows;
    await db.chunks.put({ ...rewrite.chunk, generation: target });
  });

  const added: ColumnarChunk[] = [];
  const chunker = new TableChunker(TABLE_LAYOUTS[table], (chunk) => added.push(chunk), {
    firstSeq: lastSeq + 1,
  });
  for (const [key, row] of upserts) if (!placed.has(key)) chunker.add(row);
  chunker.finish();
  await db.chunks.bulkPut(added.map((chunk) => ({ ...chunk, generation: target })));
  rows += added.reduce((sum, chunk) => sum + chunk.rows, 0);
  await postChunks(db, table, target, [...changed, ...added]);
  return rows;
}

/** Adds a postings part for the chunks the delta wrote; seqs it left behind are filtered on read. */
async function postChunks(
  db: WorkstationDatabase,
  table: ChunkedTableName,
  target: string,
  chunks: readonly ColumnarChunk[],
): Promise<void> {
  if (TABLE_LAYOUTS[table].accountColumns.length === 0 || chunks.length === 0) return;
  const existing = await db.accountPostings
    .where(':id')
    .between([target, table, -Infinity, -Infinity], [target, table, Infinity, Infinity], true, true)
    .primaryKeys();
  const firstPart = existing.reduce((last, key) => Math.max(last, Number(key[3])), -1) + 1;
  const parts: PostingsPart[] = [];
  const postings = new PostingsAccumulator((emitted) => parts.push(...emitted), {
    firstPart,
    spillPairs: Number.POSITIVE_INFINITY,
  });
  for (const chunk of chunks) postings.addChunk(chunk);
  postings.flush();
  await db.accountPostings.bulkPut(parts.map((part) => ({ ...part, generation: target, table })));
}

/** The store's rows in the target after the delta, or null when the delta does not touch it. */
async function applyToRowStore(
  db: WorkstationDatabase,
  table: RowStoreTableName,
  staging: string,
  target: string,
  deleted: ReadonlySet<string> | undefined,
): Promise<number | null> {
  const store = db.dictionaryStore(table);
  let touched = false;
  for (const id of deleted ?? []) {
    const values = parsePrimaryKey(table, id);
    if (values === null) continue;
    await store.delete([target, ...values] as never);
    touched = true;
  }
  const staged = await store.where('dataset').equals(staging).toArray();
  if (staged.length > 0) {
    await store.bulkPut(staged.map((row) => ({ ...row, dataset: target })));
    touched = true;
  }
  return touched ? store.where('dataset').equals(target).count() : null;
}

export async function commitDeltaImport(
  input: CommitInput & { staging: string },
): Promise<RowCounts> {
  const { db, manifest, staging, now } = input;
  const stores = [...generationStores(db), db.datasets, db.datasetVersions, db.imports, db.audit];
  return db.transaction('rw', stores, async () => {
    const current = await db.datasets.get(manifest.dataset);
    recheckVersionOrder(current, manifest);
    if (!current) {
      throw new PackageRefusal(
        'gap',
        { dataset: manifest.dataset, version: manifest.version },
        'nothing to apply the delta to',
      );
    }
    const target = current.generation;
    const tombstones = await stagedTombstones(db, staging);
    const totals: RowCounts = { ...current.rowCounts };
    for (const table of CHUNKED_TABLES) {
      const rows = await applyToChunks(
        db,
        table,
        staging,
        target,
        tombstones.get(table) ?? new Set(),
      );
      if (rows !== null) totals[table] = rows;
    }
    for (const table of ROW_STORE_TABLES) {
      const rows = await applyToRowStore(db, table, staging, target, tombstones.get(table));
      if (rows !== null) totals[table] = rows;
    }
    await purgeGeneration(db, staging);

    await db.datasets.put(datasetRecordOf(input, target, totals));
    await db.datasetVersions.put({
      dataset: manifest.dataset,
      version: manifest.version,
      manifestSha256: input.manifestSha256,
      kind: 'delta',
      base: manifest.base ?? null,
      importedAt: now.toISOString(),
      rowCounts: input.rowCounts,
      generation: target,
      purgedAt: null,
    });
    await db.imports.update(input.markerId, { state: 'committed', finishedAt: now.toISOString() });
    await appendAudit(
      db,
      {
        actor: input.actor,
        action: 'delta.applied',
        entity: 'dataset',
        entityId: manifest.dataset,
        before: { version: current.currentVersion, rowCounts: current.rowCounts },
        after: { version: manifest.version, rowCounts: totals },
        detail: `version ${manifest.version} (delta on version ${manifest.base ?? '?'})`,
      },
      now,
    );
    return totals;
  });
}
