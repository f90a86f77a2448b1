/**
 * What keeps the imported data consistent between imports, run at start-up, daily, and before
 * each import: interrupted imports are undone, datasets past retention purged, and generations
 * that nothing names (an old generation after a commit, leftovers of a crash) deleted.
 */
import { datasetOfGeneration } from '../../shared/importer/generation';
import type { WorkstationDatabase } from './database';
import { recoverInterruptedImports } from './importMarkers';
import { sweepOrphanGenerations } from './purge';
import { purgeExpiredDatasets } from './retention';

export interface MaintenanceReport {
  interrupted: number;
  purgedDatasets: string[];
  sweptGenerations: string[];
}

/** `liveDatasets`: datasets an import is writing right now, whose generations are left alone. */
export async function runDatasetMaintenance(
  db: WorkstationDatabase,
  liveDatasets: ReadonlySet<string>,
  actor: string,
  now: Date,
): Promise<MaintenanceReport> {
  const isLive = (dataset: string) => liveDatasets.has(dataset);
  const interrupted = await recoverInterruptedImports(db, isLive, actor, now);
  const purgedDatasets = await purgeExpiredDatasets(db, actor, now);
  const sweptGenerations = await sweepOrphanGenerations(db, (generation) =>
    isLive(datasetOfGeneration(generation)),
  );
  return { interrupted: interrupted.length, purgedDatasets, sweptGenerations };
}
