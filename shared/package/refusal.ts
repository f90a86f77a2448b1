/**
 * Why a package is refused (sandbox spec §2, "What a client must refuse"). Every refusal names
 * the dataset, version, table and line it concerns; the message is English and the app
 * translates by `reason`, showing `detail` as the specifics.
 */

export const REFUSAL_REASONS = [
  'signature',
  'manifest-hash',
  'table-hash',
  'table-size',
  'row-count',
  'not-a-recipient',
  'rollback',
  'gap',
  'row-invalid',
  'dangling-reference',
  'format',
  'io',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** Where a refusal applies. `dataset` and `version` are null for the repository's index itself. */
export interface RefusalPlace {
  dataset: string | null;
  version: number | null;
  table?: string;
  /** 1-based NDJSON line, for row problems. */
  line?: number;
  column?: string;
}

/** A refusal as plain data, to cross worker and IPC boundaries. */
export interface PackageRefusalData extends RefusalPlace {
  reason: RefusalReason;
  detail: string;
  message: string;
}

export function describePlace(place: RefusalPlace): string {
  const parts: string[] = [];
  if (place.dataset === null) parts.push('repository index');
  else
    parts.push(
      place.version === null
        ? `dataset ${place.dataset}`
        : `dataset ${place.dataset} version ${place.version}`,
    );
  if (place.table !== undefined) parts.push(`table ${place.table}`);
  if (place.line !== undefined) parts.push(`line ${place.line}`);
  if (place.column !== undefined) parts.push(`column "${place.column}"`);
  return parts.join(', ');
}

export class PackageRefusal extends Error {
  override readonly name = 'PackageRefusal';
  readonly reason: RefusalReason;
  readonly dataset: string | null;
  readonly version: number | null;
  readonly table: string | undefined;
  readonly line: number | undefined;
  readonly column: string | undefined;
  /** What is wrong, without the place. */
  readonly detail: string;

  constructor(reason: RefusalReason, place: RefusalPlace, detail: string) {
    super(`${describePlace(place)}: ${detail}`);
    this.reason = reason;
    this.dataset = place.dataset;
    this.version = place.version;
    this.table = place.table;
    this.line = place.line;
    this.column = place.column;
    this.detail = detail;
  }

  toData(): PackageRefusalData {
    const data: PackageRefusalData = {
      reason: this.reason,
      dataset: this.dataset,
      version: this.version,
      detail: this.detail,
      message: this.message,
    };
    if (this.table !== undefined) data.table = this.table;
    if (this.line !== undefined) data.line = this.line;
    if (this.column !== undefined) data.column = this.column;
    return data;
  }

  static fromData(data: PackageRefusalData): PackageRefusal {
    return new PackageRefusal(data.reason, data, data.detail);
  }
}

export function isPackageRefusal(error: unknown): error is PackageRefusal {
  return error instanceof PackageRefusal;
}

/** The message of anything thrown, for wrapping lower-level failures into a refusal. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
