/**
 * Freeze and rollback of a repository's catalog (TUF's "freeze" row): a mirror may keep serving
 * an index that is validly signed and not yet expired but older than one this workstation has
 * already read from the same source, hiding what was published since. The client remembers the
 * newest `generated` it saw per source and refuses anything older; the same index again is fine.
 */

/** A verified index older than the newest one already seen from its source. */
export class CatalogRollbackError extends Error {
  override readonly name = 'CatalogRollbackError';
  constructor(
    /** `generated` of the newest index seen before, as signed. */
    readonly seen: string,
    /** `generated` of the index served now. */
    readonly served: string,
  ) {
    super(
      `the catalog served was generated ${served}, before the one already read from this source (generated ${seen})`,
    );
  }
}

/**
 * What to remember after reading an index generated `served`, given the newest seen so far:
 * the newer of the two. Throws CatalogRollbackError when `served` is older.
 */
export function newestCatalogSeen(served: string, seen: string | undefined): string {
  if (seen === undefined) return served;
  // Timestamps carry offsets (+08:00 against Z), so compare instants, not text.
  const servedAt = Date.parse(served);
  const seenAt = Date.parse(seen);
  if (!Number.isFinite(seenAt)) return served;
  if (!Number.isFinite(servedAt) || servedAt < seenAt) throw new CatalogRollbackError(seen, served);
  return servedAt > seenAt ? served : seen;
}
