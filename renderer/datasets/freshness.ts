import type { DatasetRecord } from '../db/records';

/** The dataset imported most recently, or null when none is. */
export function latestImport(datasets: readonly DatasetRecord[]): DatasetRecord | null {
  let latest: DatasetRecord | null = null;
  for (const dataset of datasets) {
    if (!latest || Date.parse(dataset.importedAt) > Date.parse(latest.importedAt)) latest = dataset;
  }
  return latest;
}

export { isNearRetention, isPastRetention } from '../db/retention';
