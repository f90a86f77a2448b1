/**
 * Which versions a pull imports, in order, to bring a dataset from what is imported up to a
 * target version: the newest full version above what is imported (if any), then each delta up
 * to the target. Whether each delta really applies on the version before it is only known from
 * its signed manifest (`base`); the import checks that and refuses a gap.
 */
export interface CatalogVersion {
  version: number;
  kind: 'full' | 'delta';
}

export function planPull(
  versions: readonly CatalogVersion[],
  importedVersion: number | null,
  targetVersion?: number,
): number[] {
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  const target = targetVersion ?? sorted.at(-1)?.version;
  if (target === undefined) return [];
  // Asked for a version at or below what is imported: let the import refuse it as a rollback.
  if (importedVersion !== null && target <= importedVersion)
    return targetVersion === undefined ? [] : [target];
  const floor = importedVersion ?? 0;
  const candidates = sorted.filter((entry) => entry.version > floor && entry.version <= target);
  const start = candidates.filter((entry) => entry.kind === 'full').at(-1);
  const from = start?.version ?? floor;
  const deltas = candidates.filter((entry) => entry.kind === 'delta' && entry.version > from);
  return [...(start ? [start.version] : []), ...deltas.map((entry) => entry.version)];
}
