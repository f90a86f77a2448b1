/**
 * Import markers (`imports`): written `started` before an import writes a row, turned
 * `committed` by the commit transaction or `failed` by the one that undoes the import. A marker
 * still `started` when no import holds its dataset's lock was cut off (crash, closed window).
 */
import { appendAudit } from './audit';
import type { WorkstationDatabase } from './database';
import { generationStores, purgeGeneration } from './purge';
import type { ImportRecord, PackageKind } from './records';

export interface ImportStart {
  dataset: string;
  version: number;
  kind: PackageKind;
  /** A full import's new generation, or the generation a delta folds into. */
  generation: string;
  /** A delta's staging generation; null for a full import. */
  staging: string | null;
  sourceId: string;
}

export async function startImportMarker(
  db: WorkstationDatabase,
  start: ImportStart,
  now: Date,
): Promise<number> {
  return db.imports.add({
    ...start,
    state: 'started',
    startedAt: now.toISOString(),
    finishedAt: null,
    error: null,
  });
}

/** The generation only this import writes: a delta's staging, or a full import's new generation. */
export function ownedGeneration(
  marker: Pick<ImportRecord, 'generation' | 'staging'>,
): string | null {
  return marker.staging ?? marker.generation ?? null;
}

export interface ImportFailure {
  actor: string;
  /** `import.refused`, `import.cancelled`, `import.failed` or `import.interrupted`. */
  action: string;
  /** Stored on the marker and in the audit entry, e.g. `import refused: table-hash — …`. */
  detail: string;
}

/**
 * Undoes an import in one transaction: its own generation's rows go (never a generation a
 * dataset record names), the marker turns `failed`, and the audit log says why.
 */
export async function failImport(
  db: WorkstationDatabase,
  markerId: number,
  failure: ImportFailure,
  now: Date,
): Promise<void> {
  await db.transaction(
    'rw',
    [...generationStores(db), db.imports, db.datasets, db.audit],
    async () => {
      const marker = await db.imports.get(markerId);
      if (!marker || marker.state !== 'started') return;
      const owned = ownedGeneration(marker);
      const referenced = (await db.datasets.toArray()).some(
        (dataset) => dataset.generation === owned,
      );
      if (owned !== null && !referenced) await purgeGeneration(db, owned);
      await db.imports.update(markerId, {
        state: 'failed',
        finishedAt: now.toISOString(),
        error: failure.detail,
      });
      await appendAudit(
        db,
        {
          actor: failure.actor,
          action: failure.action,
          entity: 'dataset',
          entityId: marker.dataset,
          detail: `version ${marker.version}: ${failure.detail}`,
        },
        now,
      );
    },
  );
}

/** Turns every `started` marker whose dataset no import holds into `failed`, undoing its rows. */
export async function recoverInterruptedImports(
  db: WorkstationDatabase,
  isLiveDataset: (dataset: string) => boolean,
  actor: string,
  now: Date,
): Promise<ImportRecord[]> {
  const stale = (await db.imports.where('state').equals('started').toArray()).filter(
    (marker) => !isLiveDataset(marker.dataset),
  );
  for (const marker of stale) {
    await failImport(
      db,
      marker.id,
      { actor, action: 'import.interrupted', detail: 'import interrupted' },
      now,
    );
  }
  return stale;
}
