/**
 * Pulls every dataset of a repository with the workstation's checks and analyses it. A dataset
 * whose newest full version has no delta after it streams that version's checked rows straight
 * into the analysis (`StreamingDataset`): the rows are never all held as objects, which is what
 * made the pull of a million-trade repository slow and large. Earlier versions are still read
 * and checked in full (their rows are then dropped, as the full version replaces them). A
 * dataset with deltas after its full version is pulled into memory first, so that upserts and
 * tombstones apply as the workstation applies them. Analysis results are returned only once
 * every version verified.
 */
import type { AnalysisDataset } from '../../shared/analytics/dataset';
import type { TrustedKey } from '../../shared/crypto/trustedKey';
import { primaryKeyOf } from '../../shared/dictionary/primaryKey';
import type { DictionaryTableName } from '../../shared/dictionary/tables';
import type { Tombstone } from '../../shared/dictionary/types';
import { loadIndex } from '../../shared/package/loadIndex';
import { loadManifest } from '../../shared/package/loadManifest';
import { checkRecipients } from '../../shared/package/recipientCheck';
import type { ReferenceChecker } from '../../shared/package/references';
import type { RepositoryReader } from '../../shared/package/repositoryReader';
import { checkVersionOrder } from '../../shared/package/versionOrder';
import { pullDatasetIntoMemory } from './pullIntoMemory';
import { nextReferenceChecker, readVersion } from './readVersion';
import { StreamingDataset } from './streamingDataset';

export interface AnalysedDataset<T> {
  datasetId: string;
  versions: number[];
  streamed: boolean;
  result: T;
}

export async function pullAndAnalyse<T>(
  reader: RepositoryReader,
  trustedKeys: readonly TrustedKey[],
  identities: readonly string[],
  log: (line: string) => void,
  analyse: (dataset: AnalysisDataset) => Promise<T>,
): Promise<Array<AnalysedDataset<T>>> {
  const { index } = await loadIndex(reader, trustedKeys);
  const results: Array<AnalysedDataset<T>> = [];
  for (const entry of index.datasets) {
    const lastFull = entry.versions.findLastIndex((version) => version.kind === 'full');
    if (lastFull === -1 || lastFull < entry.versions.length - 1) {
      const { dataset, versions } = await pullDatasetIntoMemory(
        reader,
        entry,
        trustedKeys,
        identities,
        log,
      );
      results.push({
        datasetId: entry.id,
        versions,
        streamed: false,
        result: await analyse(dataset),
      });
      continue;
    }
    const versions: number[] = [];
    let imported: { version: number } | null = null;
    let references: ReferenceChecker | null = null;
    let streamed: { dataset: StreamingDataset; analysis: Promise<T> } | null = null;
    try {
      for (const [position, versionEntry] of entry.versions.entries()) {
        const loaded = await loadManifest(reader, entry.id, versionEntry, trustedKeys);
        const { manifest } = loaded;
        if (checkVersionOrder(imported, manifest) === 'already-imported') continue;
        await checkRecipients(reader, loaded, identities);
        references = nextReferenceChecker(manifest.kind, references);
        let rows: number;
        if (position === lastFull) {
          const dataset = new StreamingDataset(entry.id, manifest.version);
          const analysis = analyse(dataset);
          // Failures surface through `analysis` once the pull ends (below); none goes unheard.
          analysis.catch(() => undefined);
          streamed = { dataset, analysis };
          rows = await readVersion(reader, loaded, identities, references, streamingSink(dataset));
          dataset.finish();
        } else {
          // Checked in full and dropped: the newest full version replaces it.
          rows = await readVersion(reader, loaded, identities, references, { onRows: () => {} });
        }
        imported = { version: manifest.version };
        versions.push(manifest.version);
        log(`${entry.id} version ${manifest.version} (${manifest.kind}): ${rows} rows`);
      }
    } catch (error) {
      streamed?.dataset.fail(error);
      throw error;
    }
    if (!streamed)
      throw new Error(`${entry.id}: version ${entry.versions[lastFull]!.version} was not read`);
    results.push({
      datasetId: entry.id,
      versions,
      streamed: true,
      result: await streamed.analysis,
    });
  }
  return results;
}

/** Hands checked rows to the streaming dataset, less any the version's own tombstones delete. */
function streamingSink(dataset: StreamingDataset) {
  const deleted = new Map<string, Set<string>>();
  return {
    onRows(table: string, rows: unknown[]) {
      if (table === 'tombstones') {
        for (const { table: target, id } of rows as Tombstone[]) {
          let ids = deleted.get(target);
          if (!ids) deleted.set(target, (ids = new Set()));
          ids.add(id);
        }
        return;
      }
      const ids = deleted.get(table);
      dataset.push(
        table,
        ids
          ? rows.filter((row) => !ids.has(primaryKeyOf(table as DictionaryTableName, row as never)))
          : rows,
      );
    },
    onTableEnd(table: string) {
      dataset.close(table);
    },
  };
}
