/**
 * Whether a package may be applied on top of what is imported (spec §2): an older version is a
 * rollback, a delta on anything but the imported version is a gap, the same version is
 * already there. A full version may replace any older one.
 */
import { PackageRefusal } from './refusal';
import type { PackageManifest } from './schemas';

export type VersionOrder = 'apply' | 'already-imported';

export interface ImportedVersion {
  version: number;
}

export function checkVersionOrder(
  imported: ImportedVersion | null,
  manifest: Pick<PackageManifest, 'dataset' | 'version' | 'kind' | 'base'>,
): VersionOrder {
  const place = { dataset: manifest.dataset, version: manifest.version };
  if (imported !== null && manifest.version < imported.version) {
    throw new PackageRefusal(
      'rollback',
      place,
      `version ${imported.version} is already imported; version ${manifest.version} is older`,
    );
  }
  if (imported !== null && manifest.version === imported.version) return 'already-imported';
  if (manifest.kind === 'delta') {
    if (imported === null) {
      throw new PackageRefusal(
        'gap',
        place,
        `this delta applies on version ${manifest.base}, but nothing of the dataset is imported`,
      );
    }
    if (manifest.base !== imported.version) {
      throw new PackageRefusal(
        'gap',
        place,
        `this delta applies on version ${manifest.base}, but version ${imported.version} is imported`,
      );
    }
  }
  return 'apply';
}
