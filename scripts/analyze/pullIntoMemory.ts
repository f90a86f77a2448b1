/**
 * Pulls every dataset of a repository into memory with the same checks as the workstation:
 * signatures, hashes, recipients, version order, rows and references. A refused version
 * leaves the dataset as it was after the last good version.
 */
import type { TrustedKey } from '../../shared/crypto/trustedKey';
import type { AnalysedTableName } from '../../shared/analytics/dataset';
import type { DictionaryRows, Tombstone } from '../../shared/dictionary/types';
import { dictionaryRowChecker } from '../../shared/package/dictionaryRowChecker';
import { loadIndex } from '../../shared/package/loadIndex';
import { loadManifest } from '../../shared/package/loadManifest';
import { readTableRows } from '../../shared/package/readTableRows';
import { checkRecipients } from '../../shared/package/recipientCheck';
import { ReferenceChecker, sortTablesForImport } from '../../shared/package/references';
import type { RepositoryReader } from '../../shared/package/repositoryReader';
import { checkVersionOrder } from '../../shared/package/versionOrder';
import { MemoryDataset } from './memoryDataset';

/** A full version stands alone; a delta also sees the ids its base defined. */
function nextReferenceChecker(
  kind: 'full' | 'delta',
  base: ReferenceChecker | null,
): ReferenceChecker {
  if (kind === 'full' || base === null) return new ReferenceChecker();
  return new ReferenceChecker((table) => base.definedIds(table));
}

export interface PullReport {
  dataset: MemoryDataset;
  versions: number[];
}

export async function pullIntoMemory(
  reader: RepositoryReader,
  trustedKeys: readonly TrustedKey[],
  identities: readonly string[],
  log: (line: string) => void,
): Promise<PullReport[]> {
  const { index } = await loadIndex(reader, trustedKeys);
  const reports: PullReport[] = [];
  for (const entry of index.datasets) {
    const dataset = new MemoryDataset(entry.id);
    const versions: number[] = [];
    let references: ReferenceChecker | null = null;
    for (const versionEntry of entry.versions) {
      const loaded = await loadManifest(reader, entry.id, versionEntry, trustedKeys);
      const { manifest } = loaded;
      const imported = versions.length ? { version: dataset.version } : null;
      if (checkVersionOrder(imported, manifest) === 'already-imported') continue;
      await checkRecipients(reader, loaded, identities);
      references = nextReferenceChecker(manifest.kind, references);
      // Rows are staged until every table of the version verified, as the workstation does.
      const staged = new Map<string, unknown[]>();
      for (const name of sortTablesForImport(manifest.tables.map((table) => table.name))) {
        const table = manifest.tables.find((candidate) => candidate.name === name)!;
        const rowChecker = await dictionaryRowChecker(table.name, references);
        const rows: unknown[] = [];
        const batches = readTableRows(reader, loaded, table, identities, {
          rowChecker,
          batchRows: 10_000,
        });
        for (let next = await batches.next(); !next.done; next = await batches.next())
          rows.push(...next.value.rows);
        staged.set(name, rows);
      }
      if (manifest.kind === 'full') dataset.replaceAll(manifest.version);
      for (const [name, rows] of staged) {
        if (name === 'tombstones') continue;
        dataset.upsert(name as AnalysedTableName, rows as DictionaryRows[AnalysedTableName][]);
      }
      dataset.applyTombstones((staged.get('tombstones') ?? []) as Tombstone[]);
      dataset.version = manifest.version;
      versions.push(manifest.version);
      log(
        `${entry.id} version ${manifest.version} (${manifest.kind}): ${[...staged.values()].reduce((n, rows) => n + rows.length, 0)} rows`,
      );
    }
    reports.push({ dataset, versions });
  }
  return reports;
}
