/**
 * One table from file to sink: `readTableRows` (range reads, SHA-256, age, gunzip, NDJSON,
 * dictionary and reference checks) batch by batch into the sink. Rows reach the sink before the
 * table's hash is confirmed, which is safe because the sink writes into the import's own
 * generation: a table that fails at its end fails the whole import, and that generation goes.
 * The sink's writes may still be running when this returns; the import drains them before it commits.
 */
import { dictionaryRowChecker } from '../../shared/package/dictionaryRowChecker';
import type { LoadedManifest } from '../../shared/package/loadManifest';
import type { TableReadSummary } from '../../shared/package/readTableRows';
import { readTableRows } from '../../shared/package/readTableRows';
import type { ReferenceChecker } from '../../shared/package/references';
import type { RepositoryReader } from '../../shared/package/repositoryReader';
import type { ManifestTable } from '../../shared/package/schemas';
import type { TableSink } from './tableSinks';

export interface TableRead {
  reader: RepositoryReader;
  loaded: LoadedManifest;
  table: ManifestTable;
  identities: readonly string[];
  references: ReferenceChecker;
  sink: TableSink;
  signal: AbortSignal;
  /** Bytes per range read of the table file (readTableRows' default when absent). */
  chunkBytes?: number;
}

/** Counts within the table, for the progress of its stages. */
export interface TableReadListener {
  decrypted(bytes: number): void;
  parsed(rows: number): void;
  validated(rows: number): void;
}

export async function readTable(
  read: TableRead,
  listener: TableReadListener,
): Promise<TableReadSummary> {
  const rowChecker = await dictionaryRowChecker(read.table.name, read.references);
  const batches = readTableRows(read.reader, read.loaded, read.table, read.identities, {
    signal: read.signal,
    ...(read.chunkBytes ? { chunkBytes: read.chunkBytes } : {}),
    rowChecker,
    onProgress: (progress) => {
      listener.decrypted(progress.bytesRead);
      listener.parsed(progress.rows);
    },
  });
  let validated = 0;
  for (;;) {
    const next = await batches.next();
    if (next.done) {
      await read.sink.finish();
      return next.value;
    }
    validated += next.value.rows.length;
    listener.validated(validated);
    await read.sink.write(next.value.rows);
  }
}
