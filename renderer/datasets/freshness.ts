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

/**
 * Whether a source's signed catalog is past its own `expires`. A mirror that keeps serving an old,
 * validly signed index can hide newer versions (a freeze attack): the page warns instead of trusting it.
 */
export function isCatalogExpired(index: { expires?: string | null }, now: number): boolean {
  if (!index.expires) return false;
  const expires = Date.parse(index.expires);
  return Number.isFinite(expires) && expires <= now;
}
