/**
 * The newest catalog each source has served, kept on its `sources` record: every verified index
 * passes here before anything is shown or pulled from it, in the page and in the import worker.
 */
import { newestCatalogSeen } from '../../shared/package/catalogFreshness';
import type { WorkstationDatabase } from './database';

/**
 * Accepts an index generated `generated` from the source, remembering it when it is the newest
 * yet; throws CatalogRollbackError when it is older than one seen before. A source that is gone
 * (removed meanwhile) has nothing to compare with.
 */
export async function acceptCatalogGenerated(
  db: WorkstationDatabase,
  sourceId: string,
  generated: string,
): Promise<void> {
  // One transaction: two windows reading catalogs at once cannot move the mark backwards.
  await db.transaction('rw', db.sources, async () => {
    const source = await db.sources.get(sourceId);
    if (!source) return;
    const newest = newestCatalogSeen(generated, source.newestCatalogGenerated);
    if (newest !== source.newestCatalogGenerated)
      await db.sources.update(sourceId, { newestCatalogGenerated: newest });
  });
}
