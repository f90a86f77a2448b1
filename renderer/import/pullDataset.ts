/**
 * A pull: under the dataset's import lock, tidy up (interrupted imports, expired datasets,
 * orphaned generations), read the signed catalog, plan the versions that bring the dataset up
 * to date, and import them one by one, stopping at the first that is refused. Runs in the import
 * worker, and under Node in the tests.
 */
import { trustedKeyFromPem } from '../../shared/crypto/trustedKey';
import { planPull } from '../../shared/importer/pullPlan';
import { loadIndex } from '../../shared/package/loadIndex';
import { CatalogRollbackError } from '../../shared/package/catalogFreshness';
import { PackageRefusal, errorMessage, isPackageRefusal } from '../../shared/package/refusal';
import { isQuotaError } from '../settings/quotaError';
import type { RepositoryReader } from '../../shared/package/repositoryReader';
import type { SpillStore } from '../../shared/package/spillStore';
import type { PartialStore } from './partialDownloads';
import type { WorkstationDatabase } from '../db/database';
import { acceptCatalogGenerated } from '../db/catalogHighWater';
import { runDatasetMaintenance } from '../db/maintenance';
import type { ImportLocks } from './importLocks';
import { BUSY } from './importLocks';
import { PackageExpiredError } from './importFailure';
import type { ImportContext } from './importVersion';
import { importVersion, isRefusalFromPartials } from './importVersion';
import type { ImportedVersion, PullOutcome } from './outcome';
import type { PullRequest } from './protocol';
import type { PullProgress } from './pullProgress';
import { PullProgressTracker } from './pullProgress';
import type { RetryPolicy } from './retryingReader';
import { RetryingRepositoryReader } from './retryingReader';

export interface PullEnvironment {
  db: WorkstationDatabase;
  /** The repository as the host reads it (the worker's port reader). */
  reader: RepositoryReader;
  locks: ImportLocks;
  signal: AbortSignal;
  onProgress: (progress: PullProgress) => void;
  now?: () => Date;
  retryPolicy?: RetryPolicy;
  /** Where big reference checks spill; in memory when absent. */
  openSpill?: (dataset: string) => Promise<SpillStore>;
  /** Where table downloads are kept across reloads; not kept when absent. */
  partials?: PartialStore;
  tableReadBytes?: number;
}

function outcomeOf(
  error: unknown,
  dataset: string,
  imported: ImportedVersion[],
  signal: AbortSignal,
): PullOutcome {
  if (signal.aborted) return { status: 'cancelled', dataset, imported };
  if (isPackageRefusal(error))
    return { status: 'refused', dataset, imported, refusal: error.toData() };
  if (error instanceof CatalogRollbackError)
    return { status: 'stale-catalog', dataset, imported, seen: error.seen, served: error.served };
  if (error instanceof PackageExpiredError) {
    return { status: 'expired', dataset, imported, version: error.version, expires: error.expires };
  }
  if (isQuotaError(error)) return { status: 'storage-full', dataset, imported };
  return { status: 'failed', dataset, imported, message: errorMessage(error) };
}

export async function pullDataset(
  request: PullRequest,
  environment: PullEnvironment,
): Promise<PullOutcome> {
  const { db, locks, signal } = environment;
  const dataset = request.datasetId;
  const now = environment.now ?? (() => new Date());
  const imported: ImportedVersion[] = [];
  const progress = new PullProgressTracker(dataset, environment.onProgress);

  const result = await locks.withDatasetLock(dataset, async (): Promise<PullOutcome> => {
    try {
      // This pull holds the dataset's lock, so whatever of the dataset is half-written is stale.
      const live = await locks.liveDatasets();
      live.delete(dataset);
      await runDatasetMaintenance(db, live, request.actor, now());

      const reader = new RetryingRepositoryReader(environment.reader, {
        signal,
        ...(environment.retryPolicy ? { policy: environment.retryPolicy } : {}),
        onRetry: (notice) =>
          progress.setRetry(notice && { attempt: notice.attempt, limit: notice.limit }),
      });
      const trustedKeys = [trustedKeyFromPem(request.publisherKeyPem)];
      progress.setPhase('catalog', null);
      const { index } = await loadIndex(reader, trustedKeys);
      // The page checked the catalog it showed; this is the one the pull plans from.
      await acceptCatalogGenerated(db, request.sourceId, index.generated);
      const entry = index.datasets.find((candidate) => candidate.id === dataset);
      if (!entry) {
        throw new PackageRefusal(
          'format',
          { dataset, version: null },
          'the signed catalog does not list this dataset',
        );
      }
      const current = await db.datasets.get(dataset);
      const plan = planPull(entry.versions, current?.currentVersion ?? null, request.targetVersion);
      if (plan.length === 0) {
        return {
          status: 'up-to-date',
          dataset,
          imported,
          version: current?.currentVersion ?? null,
        };
      }

      const context: ImportContext = {
        db,
        reader,
        trustedKeys,
        identities: request.identities,
        sourceId: request.sourceId,
        actor: request.actor,
        signal,
        progress,
        now,
        ...(environment.openSpill ? { openSpill: environment.openSpill } : {}),
        ...(environment.partials ? { partials: environment.partials } : {}),
        ...(environment.tableReadBytes ? { tableReadBytes: environment.tableReadBytes } : {}),
      };
      for (const [index, version] of plan.entries()) {
        const versionEntry = entry.versions.find((candidate) => candidate.version === version);
        if (!versionEntry) {
          throw new PackageRefusal(
            'format',
            { dataset, version },
            'the signed catalog does not list this version',
          );
        }
        const run = () => importVersion(context, dataset, versionEntry, index + 1, plan.length);
        // A partial download that does not add up is gone now: the package, once more, afresh.
        const done = await run().catch((error: unknown) => {
          if (isRefusalFromPartials(error)) return run();
          throw error;
        });
        if (done) imported.push(done);
      }
      return imported.length > 0
        ? { status: 'imported', dataset, imported }
        : { status: 'up-to-date', dataset, imported, version: current?.currentVersion ?? null };
    } catch (error) {
      return outcomeOf(error, dataset, imported, signal);
    }
  });
  return result === BUSY ? { status: 'busy', dataset, imported } : result;
}
