/**
 * Imports one package: manifest (hash and signature), version order, retention, recipients,
 * then every table in dependency order, streamed (range reads → SHA-256 → age → gunzip → NDJSON
 * → dictionary and references) into the import's own generation, then the commit. Anything that
 * goes wrong undoes the import in one transaction and leaves a failed marker and an audit entry.
 */
import type { TrustedKey } from '../../shared/crypto/trustedKey';
import { generationKey, stagingGenerationKey } from '../../shared/importer/generation';
import { isChunkedTable } from '../../shared/importer/layouts';
import { throwIfAborted } from '../../shared/package/abort';
import type { LoadedManifest } from '../../shared/package/loadManifest';
import { loadManifest, tableRepositoryPath } from '../../shared/package/loadManifest';
import { checkRecipients } from '../../shared/package/recipientCheck';
import type { RepositoryReader } from '../../shared/package/repositoryReader';
import type { IndexVersion, ManifestTable } from '../../shared/package/schemas';
import { checkVersionOrder } from '../../shared/package/versionOrder';
import type { WorkstationDatabase } from '../db/database';
import { failImport, startImportMarker } from '../db/importMarkers';
import { purgeGeneration } from '../db/purge';
import type { DatasetRecord, RowCounts, RowStoreTableName } from '../db/records';
import { ROW_STORE_TABLES } from '../db/schemaV2';
import { commitDeltaImport } from './commitDelta';
import { commitFullImport } from './commitFull';
import { failureOf, PackageExpiredError } from './importFailure';
import type { ImportedVersion } from './outcome';
import type { PullProgressTracker } from './pullProgress';
import { readTable } from './readTable';
import { RowExpander, StagedRowSink } from './rowStaging';
import type { TableSink } from './tableSinks';
import { ChunkSink, DiscardSink } from './tableSinks';
import { PrefetchingReader } from './prefetchingReader';
import { CHUNK_ROWS_BEHIND, WriteQueue } from './writeQueue';
import { ReferenceChecker, sortTablesForImport } from '../../shared/package/references';
import type { SpillStore } from '../../shared/package/spillStore';
import { MemorySpillStore } from '../../shared/package/spillStore';
import { isPackageRefusal } from '../../shared/package/refusal';
import type { PartialStore } from './partialDownloads';
import { ResumingReader } from './partialDownloads';
import { generationIdSeed } from './generationIds';

export interface ImportContext {
  db: WorkstationDatabase;
  reader: RepositoryReader;
  trustedKeys: readonly TrustedKey[];
  identities: readonly string[];
  sourceId: string;
  actor: string;
  signal: AbortSignal;
  progress: PullProgressTracker;
  now: () => Date;
  /** Where big reference checks spill (the worker: the origin private file system); memory if absent. */
  openSpill?: (dataset: string) => Promise<SpillStore>;
  /** Where table downloads are kept across reloads (the worker: the origin private file system). */
  partials?: PartialStore;
  /** Bytes per range read of a table file; the default suits networks, tests read less. */
  tableReadBytes?: number;
}

/** Refusals of a table read partly from a partial kept earlier: worth one more try from scratch. */
const refusedFromPartials = new WeakSet<object>();

export function isRefusalFromPartials(error: unknown): boolean {
  return typeof error === 'object' && error !== null && refusedFromPartials.has(error);
}

interface Target {
  /** A full import's new generation, or the generation a delta folds into. */
  generation: string;
  /** Where the rows go while the import runs. */
  writeTo: string;
  staging: string | null;
}

function targetOf(
  dataset: string,
  entry: IndexVersion,
  current: DatasetRecord | undefined,
): Target {
  if (entry.kind === 'full') {
    const generation = generationKey(dataset, entry.version);
    return { generation, writeTo: generation, staging: null };
  }
  const staging = stagingGenerationKey(dataset, entry.version);
  return {
    generation: current?.generation ?? generationKey(dataset, entry.version),
    writeTo: staging,
    staging,
  };
}

function orderedTables(loaded: LoadedManifest): ManifestTable[] {
  const byName = new Map(loaded.manifest.tables.map((table) => [table.name, table]));
  return sortTablesForImport([...byName.keys()]).flatMap((name) => byName.get(name) ?? []);
}

/** How an import writes: its generation, its chunk write queue, its row expander. */
interface Writers {
  generation: string;
  queue: WriteQueue;
  expander: RowExpander;
  onWritten: (rows: number) => void;
  /** Reads table files: through their partials when downloads are kept. */
  tableReader: RepositoryReader;
}

function sinkFor(db: WorkstationDatabase, table: string, writers: Writers): TableSink {
  const { generation, queue, expander, onWritten } = writers;
  if (table === 'tombstones' || isChunkedTable(table))
    return new ChunkSink(db, generation, table, queue, onWritten);
  if ((ROW_STORE_TABLES as readonly string[]).includes(table)) {
    return new StagedRowSink(db, generation, table as RowStoreTableName, expander, queue);
  }
  return new DiscardSink(onWritten);
}

interface TablesRead {
  rowCounts: RowCounts;
  tableMs: Record<string, number>;
}

/**
 * Streams every table into `target.writeTo`; returns the rows per table and the time each took.
 * The reference checks spill the order ids for the length of the import.
 */
async function readTables(
  context: ImportContext,
  loaded: LoadedManifest,
  tables: readonly ManifestTable[],
  current: DatasetRecord | undefined,
  writers: Writers,
): Promise<TablesRead> {
  const { db } = context;
  const seed =
    loaded.manifest.kind === 'delta' && current
      ? generationIdSeed(db, current.generation)
      : undefined;
  const rowsOf = (name: string) => tables.find((table) => table.name === name)?.rows ?? 0;
  const base: Partial<Record<string, number>> | undefined =
    loaded.manifest.kind === 'delta' ? current?.rowCounts : undefined;
  // Without the file system the ids stay in memory: the import still runs, only less lean.
  const store =
    (await context.openSpill?.(loaded.manifest.dataset).catch((error: unknown) => {
      console.warn('Reference checks will hold the order ids in memory:', error);
      return undefined;
    })) ?? new MemorySpillStore();
  const references = new ReferenceChecker(seed, {
    store,
    expectedIds: (table) => rowsOf(table) + (base?.[table] ?? 0),
  });
  try {
    return await readEachTable(context, loaded, tables, writers, references);
  } finally {
    await references.dispose().catch(() => undefined);
  }
}

async function readEachTable(
  context: ImportContext,
  loaded: LoadedManifest,
  tables: readonly ManifestTable[],
  writers: Writers,
  references: ReferenceChecker,
): Promise<TablesRead> {
  const { db, progress, signal } = context;
  const tablePaths = new Set(tables.map((table) => tableRepositoryPath(loaded, table)));
  const reader = new PrefetchingReader(writers.tableReader, {
    signal,
    onFetched: (path, bytes) => {
      if (tablePaths.has(path)) progress.add('download', bytes);
    },
  });
  const rowCounts: RowCounts = {};
  const tableMs: Record<string, number> = {};
  let bytesBefore = 0;
  let rowsBefore = 0;
  for (const table of tables) {
    const startedAt = performance.now();
    progress.setPhase('reading', table.name);
    const sink = sinkFor(db, table.name, writers);
    const summary = await readTable(
      {
        reader,
        loaded,
        table,
        identities: context.identities,
        references,
        sink,
        signal,
        ...(context.tableReadBytes ? { chunkBytes: context.tableReadBytes } : {}),
      },
      {
        decrypted: (bytes) => progress.update('decrypt', bytesBefore + bytes),
        parsed: (rows) => progress.update('parse', rowsBefore + rows),
        validated: (rows) => progress.update('validate', rowsBefore + rows),
      },
    );
    progress.add('verify', 1);
    (rowCounts as Record<string, number>)[table.name] = summary.rows;
    tableMs[table.name] = Math.round(performance.now() - startedAt);
    bytesBefore += table.bytes;
    rowsBefore += table.rows;
  }
  return { rowCounts, tableMs };
}

/**
 * Once a package is imported or refused its partial downloads are of no more use; they are kept
 * when the pull was cancelled or a read failed, for the next pull to carry on from. A refusal of
 * a table read partly from a partial (its hash, or its age header) is marked for the caller to
 * try again, from the repository alone.
 */
async function forgetPartials(
  context: ImportContext,
  resuming: ResumingReader | null,
  tablePaths: ReadonlyMap<string, string>,
  error: unknown,
): Promise<void> {
  if (!context.partials || !resuming) return;
  if (error !== null && (context.signal.aborted || !isPackageRefusal(error))) return;
  await context.partials.discard(resuming.partialKeys).catch(() => undefined);
  if (
    isPackageRefusal(error) &&
    error.table !== undefined &&
    resuming.resumedFrom(tablePaths.get(error.table) ?? '')
  )
    refusedFromPartials.add(error);
}

/** Imports `entry`; null when that version is already the dataset's current one. */
export async function importVersion(
  context: ImportContext,
  dataset: string,
  entry: IndexVersion,
  step: number,
  steps: number,
): Promise<ImportedVersion | null> {
  const { db, progress, signal } = context;
  const startedAt = performance.now();
  const current = await db.datasets.get(dataset);
  if (current?.currentVersion === entry.version) return null;
  const target = targetOf(dataset, entry, current);
  progress.beginPackage(entry.version, step, steps, { bytes: 0, rows: 0, checks: 1 });
  const markerId = await startImportMarker(
    db,
    {
      dataset,
      version: entry.version,
      kind: entry.kind,
      generation: target.generation,
      staging: target.staging,
      sourceId: context.sourceId,
    },
    context.now(),
  );

  let replaced: string | null = null;
  let read: TablesRead;
  const onWritten = (rows: number) => progress.add('import', rows);
  const writers: Writers = {
    generation: target.writeTo,
    queue: new WriteQueue(CHUNK_ROWS_BEHIND),
    expander: new RowExpander(db, target.writeTo, onWritten),
    onWritten,
    tableReader: context.reader,
  };
  let resuming: ResumingReader | null = null;
  const tablePaths = new Map<string, string>();
  try {
    const loaded = await loadManifest(context.reader, dataset, entry, context.trustedKeys);
    const { manifest } = loaded;
    const tables = orderedTables(loaded);
    for (const table of tables) tablePaths.set(table.name, tableRepositoryPath(loaded, table));
    if (context.partials) {
      resuming = new ResumingReader(
        context.reader,
        context.partials,
        tables.map((table) => ({
          sourceId: context.sourceId,
          path: tableRepositoryPath(loaded, table),
          sha256: table.sha256,
          size: table.bytes,
        })),
      );
      writers.tableReader = resuming;
    }
    progress.beginPackage(entry.version, step, steps, {
      bytes: tables.reduce((sum, table) => sum + table.bytes, 0),
      rows: tables.reduce((sum, table) => sum + table.rows, 0),
      checks: 1 + 2 * tables.length,
    });
    progress.add('verify', 1);
    checkVersionOrder(current ? { version: current.currentVersion } : null, manifest);
    if (Date.parse(manifest.expires) <= context.now().getTime()) {
      throw new PackageExpiredError(manifest.version, manifest.expires);
    }
    await checkRecipients(writers.tableReader, loaded, context.identities);
    progress.add('verify', tables.length);
    read = await readTables(context, loaded, tables, current, writers);
    await writers.queue.drain();
    await writers.expander.drain();
    throwIfAborted(signal);

    progress.setPhase('committing', null);
    const commit = {
      db,
      manifest,
      manifestSha256: entry.sha256,
      markerId,
      generation: target.generation,
      sourceId: context.sourceId,
      actor: context.actor,
      rowCounts: read.rowCounts,
      now: context.now(),
    };
    if (target.staging === null) replaced = await commitFullImport(commit);
    else await commitDeltaImport({ ...commit, staging: target.staging });
  } catch (error) {
    await forgetPartials(context, resuming, tablePaths, error);
    // A write still running would land after the import is undone: stop them, and wait.
    writers.queue.abort();
    writers.expander.abort();
    await writers.queue.settle();
    await writers.expander.drain().catch(() => undefined);
    await failImport(
      db,
      markerId,
      { actor: context.actor, ...failureOf(error, signal) },
      context.now(),
    );
    throw error;
  }

  await forgetPartials(context, resuming, tablePaths, null);
  if (replaced !== null) {
    progress.setPhase('cleaning', null);
    await purgeGeneration(db, replaced);
  }
  progress.report(true);
  return {
    version: entry.version,
    kind: entry.kind,
    rowCounts: read.rowCounts,
    rows: Object.values(read.rowCounts).reduce((sum, rows) => sum + (rows ?? 0), 0),
    durationMs: performance.now() - startedAt,
    tableMs: read.tableMs,
  };
}
