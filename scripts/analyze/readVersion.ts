/**
 * Reads every table of one loaded version in import order with the workstation's checks (hash,
 * size, row count, decryption, dictionary row rules, references), handing each checked batch to
 * `onRows`. Rows are provisional until this returns: a failing check throws.
 */
import type { LoadedManifest } from '../../shared/package/loadManifest';
import { dictionaryRowChecker } from '../../shared/package/dictionaryRowChecker';
import { readTableRows } from '../../shared/package/readTableRows';
import { ReferenceChecker, sortTablesForImport } from '../../shared/package/references';
import type { RepositoryReader } from '../../shared/package/repositoryReader';

/** A full version stands alone; a delta also sees the ids its base defined. */
export function nextReferenceChecker(
  kind: 'full' | 'delta',
  base: ReferenceChecker | null,
): ReferenceChecker {
  if (kind === 'full' || base === null) return new ReferenceChecker();
  return new ReferenceChecker((table) => base.definedIds(table));
}

export interface VersionSink {
  onRows(table: string, rows: unknown[]): void;
  onTableEnd?(table: string): void;
}

/** Returns the number of rows read. */
export async function readVersion(
  reader: RepositoryReader,
  loaded: LoadedManifest,
  identities: readonly string[],
  references: ReferenceChecker,
  sink: VersionSink,
): Promise<number> {
  let count = 0;
  const tables = loaded.manifest.tables;
  for (const name of sortTablesForImport(tables.map((table) => table.name))) {
    const table = tables.find((candidate) => candidate.name === name)!;
    const rowChecker = await dictionaryRowChecker(table.name, references);
    const batches = readTableRows(reader, loaded, table, identities, {
      rowChecker,
      batchRows: 4096,
    });
    for (let next = await batches.next(); !next.done; next = await batches.next()) {
      count += next.value.rows.length;
      sink.onRows(name, next.value.rows);
    }
    sink.onTableEnd?.(name);
  }
  return count;
}
