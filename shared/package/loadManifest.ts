/**
 * Reads one package's `manifest.json`: its SHA-256 must equal the signed index entry, its own
 * signature must verify, and its fields must agree with the index entry.
 */
import type { TrustedKey } from '../crypto/trustedKey';
import { sha256Hex } from '../crypto/sha256';
import type { RefusalPlace } from './refusal';
import { PackageRefusal } from './refusal';
import type { RepositoryReader } from './repositoryReader';
import { checkedPath, readSmallFile } from './repositoryReader';
import type { IndexVersion, ManifestTable, PackageManifest } from './schemas';
import { describeSchemaIssues, packageManifestSchema } from './schemas';
import {
  MAX_DOCUMENT_BYTES,
  parseJsonDocument,
  readSignatureFile,
  requireSigner,
} from './signedDocument';

export interface LoadedManifest {
  manifest: PackageManifest;
  /** Repository path of manifest.json. */
  path: string;
  /** The package folder (where manifest.json is), `''` at the repository root. */
  folder: string;
  signer: TrustedKey;
}

export async function loadManifest(
  reader: RepositoryReader,
  datasetId: string,
  versionEntry: IndexVersion,
  trustedKeys: readonly TrustedKey[],
): Promise<LoadedManifest> {
  const place = { dataset: datasetId, version: versionEntry.version };
  const path = checkedPath(versionEntry.path, place);
  const bytes = await readSmallFile(reader, path, MAX_DOCUMENT_BYTES, place);
  const actual = sha256Hex(bytes);
  if (actual !== versionEntry.sha256) {
    throw new PackageRefusal(
      'manifest-hash',
      place,
      `${path} has SHA-256 ${actual}, the index says ${versionEntry.sha256}`,
    );
  }
  const signer = requireSigner(
    bytes,
    await readSignatureFile(reader, path, place),
    trustedKeys,
    path,
    place,
  );
  const parsed = packageManifestSchema.safeParse(parseJsonDocument(bytes, path, place));
  if (!parsed.success) {
    throw new PackageRefusal(
      'format',
      place,
      `${path} is not sandbox-package/1: ${describeSchemaIssues(parsed.error)}`,
    );
  }
  const manifest = parsed.data;
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  checkAgreesWithIndex(manifest, datasetId, versionEntry, place);
  checkTables(manifest, folder, place);
  return { manifest, path, folder, signer };
}

/** Repository path of a table file: table paths are relative to the package folder. */
export function tableRepositoryPath(
  loaded: Pick<LoadedManifest, 'folder'>,
  table: Pick<ManifestTable, 'path'>,
): string {
  return loaded.folder === '' ? table.path : `${loaded.folder}/${table.path}`;
}

function checkAgreesWithIndex(
  manifest: PackageManifest,
  datasetId: string,
  entry: IndexVersion,
  place: RefusalPlace,
): void {
  const disagreements: string[] = [];
  if (manifest.dataset !== datasetId) disagreements.push(`dataset ${manifest.dataset}`);
  if (manifest.version !== entry.version) disagreements.push(`version ${manifest.version}`);
  if (manifest.kind !== entry.kind)
    disagreements.push(`kind ${manifest.kind} (the index says ${entry.kind})`);
  if (disagreements.length > 0) {
    throw new PackageRefusal(
      'format',
      place,
      `the manifest disagrees with the index: it names ${disagreements.join(', ')}`,
    );
  }
  if (manifest.kind === 'delta') {
    if (manifest.base === undefined || manifest.base === null) {
      throw new PackageRefusal('format', place, 'a delta manifest must name its base version');
    }
    if (manifest.base >= manifest.version) {
      throw new PackageRefusal(
        'format',
        place,
        `a delta's base (${manifest.base}) must be older than the delta`,
      );
    }
  }
}

function checkTables(manifest: PackageManifest, folder: string, place: RefusalPlace): void {
  const names = new Set<string>();
  for (const table of manifest.tables) {
    const tablePlace = { ...place, table: table.name };
    if (names.has(table.name))
      throw new PackageRefusal('format', tablePlace, 'the manifest lists this table twice');
    names.add(table.name);
    if (table.name === 'tombstones' && manifest.kind !== 'delta') {
      throw new PackageRefusal('format', tablePlace, 'only a delta may carry tombstones');
    }
    // Checked on its own, a relative path without `..` cannot climb out of the package folder.
    checkedPath(table.path, tablePlace);
    checkedPath(tableRepositoryPath({ folder }, table), tablePlace);
  }
}
