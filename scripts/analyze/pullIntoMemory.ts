/**
 * Pulls every dataset of a repository into memory with the same checks as the workstation:
 * signatures, hashes, recipients, version order, rows and references. A refused version
 * leaves the dataset as it was after the last good version.
 */
import type { TrustedKey } from '../../shared/crypto/trustedKey';
import type { AnalysedTableName } from '../../shared/analytics/dataset';
import type { DictionaryRows, Tombstone } from '../../shared/dictionary/types';
import { loadIndex } from '../../shared/package/loadIndex';
import { loadManifest } from '../../shared/package/loadManifest';
import { checkRecipients } from '../../shared/package/recipientCheck';
import type { ReferenceChecker } from '../../shared/package/references';
import type { RepositoryReader } from '../../shared/package/repositoryReader';
import type { IndexDataset } from '../../shared/package/schemas';
import { checkVersionOrder } from '../../shared/package/versionOrder';
import { MemoryDataset } from './memoryDataset';
import { nextReferenceChecker, readVersion } from './readVersion';

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
  for (const entry of index.datasets)
    reports.push(await pullDatasetIntoMemory(reader, entry, trustedKeys, identities, log));
  return reports;
}

export async function pullDatasetIntoMemory(
  reader: RepositoryReader,
  entry: IndexDataset,
  trustedKeys: readonly TrustedKey[],
  identities: readonly string[],
  log: (line: string) => void,
): Promise<PullReport> {
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
    const rows = await readVersion(reader, loaded, identities, references, {
      onRows(table, batch) {
        const list = staged.get(table);
        if (list) for (const row of batch) list.push(row);
        else staged.set(table, [...batch]);
      },
    });
    if (manifest.kind === 'full') dataset.replaceAll(manifest.version);
    for (const [name, tableRows] of staged) {
      if (name === 'tombstones') continue;
      dataset.upsert(name as AnalysedTableName, tableRows as DictionaryRows[AnalysedTableName][]);
    }
    dataset.applyTombstones((staged.get('tombstones') ?? []) as Tombstone[]);
    dataset.version = manifest.version;
    versions.push(manifest.version);
    log(`${entry.id} version ${manifest.version} (${manifest.kind}): ${rows} rows`);
  }
  return { dataset, versions };
}
