/** How a pull ended, as plain data for the page. */
import type { PackageRefusalData } from '../../shared/package/refusal';
import type { PackageKind, RowCounts } from '../db/records';

export interface ImportedVersion {
  version: number;
  kind: PackageKind;
  rowCounts: RowCounts;
  rows: number;
  durationMs: number;
  /** Milliseconds each table took, from its first byte read to its last row written. */
  tableMs: Record<string, number>;
}

interface PullEnd {
  dataset: string;
  /** Versions committed by this pull before it ended, in order. */
  imported: ImportedVersion[];
}

export type PullOutcome =
  | (PullEnd & { status: 'imported' })
  /** Nothing newer than what is imported. */
  | (PullEnd & { status: 'up-to-date'; version: number | null })
  | (PullEnd & { status: 'refused'; refusal: PackageRefusalData })
  /** The package's retention deadline has already passed: importing it would purge it at once. */
  | (PullEnd & { status: 'expired'; version: number; expires: string })
  /** The catalog is older than one already read from the source (a rollback or freeze). */
  | (PullEnd & { status: 'stale-catalog'; seen: string; served: string })
  | (PullEnd & { status: 'cancelled' })
  /** Another import of the same dataset is running (another window). */
  | (PullEnd & { status: 'busy' })
  /**
   * Storage filled up: the version being imported was rolled back. A code, not a sentence, so
   * the page says it in the user's language.
   */
  | (PullEnd & { status: 'storage-full' })
  | (PullEnd & { status: 'failed'; message: string });
