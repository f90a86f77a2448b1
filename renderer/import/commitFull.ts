/**
 * Commits a full import: one small transaction flips the dataset to the new generation, records
 * the version, marks the import committed and appends the audit entry. The old generation is
 * purged afterwards (and by the start-up sweep, should that be cut off).
 */
import type { PackageManifest } from '../../shared/package/schemas';
import { checkVersionOrder } from '../../shared/package/versionOrder';
import { PackageRefusal } from '../../shared/package/refusal';
import { appendAudit } from '../db/audit';
import type { WorkstationDatabase } from '../db/database';
import type { DatasetRecord, RowCounts } from '../db/records';

export interface CommitInput {
  db: WorkstationDatabase;
  manifest: PackageManifest;
  manifestSha256: string;
  markerId: number;
  generation: string;
  sourceId: string;
  actor: string;
  /** Rows the package brought, per table. */
  rowCounts: RowCounts;
  now: Date;
}

export function datasetRecordOf(
  input: CommitInput,
  generation: string,
  rowCounts: RowCounts,
): DatasetRecord {
  const { manifest } = input;
  return {
    id: manifest.dataset,
    sourceId: input.sourceId,
    title: manifest.title ?? manifest.dataset,
    currentVersion: manifest.version,
    kind: manifest.kind,
    importedAt: input.now.toISOString(),
    expires: manifest.expires,
    scope: {
      jurisdiction: manifest.scope?.jurisdiction ?? '',
      brokers: manifest.scope?.brokers ?? [],
      period: manifest.scope?.period ?? { from: '', to: '' },
    },
    manifestHash: input.manifestSha256,
    generation,
    rowCounts,
  };
}

/** Checks again inside the transaction: another window may have committed in the meantime. */
export function recheckVersionOrder(
  current: DatasetRecord | undefined,
  manifest: PackageManifest,
): void {
  const order = checkVersionOrder(current ? { version: current.currentVersion } : null, manifest);
  if (order === 'already-imported') {
    throw new PackageRefusal(
      'rollback',
      { dataset: manifest.dataset, version: manifest.version },
      'this version was imported meanwhile, by another window',
    );
  }
}

/** Returns the generation the dataset used before, now unreferenced, or null. */
export async function commitFullImport(input: CommitInput): Promise<string | null> {
  const { db, manifest, now } = input;
  return db.transaction('rw', [db.datasets, db.datasetVersions, db.imports, db.audit], async () => {
    const current = await db.datasets.get(manifest.dataset);
    recheckVersionOrder(current, manifest);
    await db.datasets.put(datasetRecordOf(input, input.generation, input.rowCounts));
    await db.datasetVersions.put({
      dataset: manifest.dataset,
      version: manifest.version,
      manifestSha256: input.manifestSha256,
      kind: manifest.kind,
      base: null,
      importedAt: now.toISOString(),
      rowCounts: input.rowCounts,
      generation: input.generation,
      purgedAt: null,
    });
    await db.imports.update(input.markerId, { state: 'committed', finishedAt: now.toISOString() });
    await appendAudit(
      db,
      {
        actor: input.actor,
        action: 'import.committed',
        entity: 'dataset',
        entityId: manifest.dataset,
        before: current
          ? { version: current.currentVersion, generation: current.generation }
          : null,
        after: {
          version: manifest.version,
          generation: input.generation,
          rowCounts: input.rowCounts,
        },
        detail: `version ${manifest.version} (full)`,
      },
      now,
    );
    return current && current.generation !== input.generation ? current.generation : null;
  });
}
