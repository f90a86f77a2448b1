/**
 * Builds small signed, encrypted repositories in memory, exactly as the spec lays them out, for
 * tests of everything that reads packages (here and in the app's import pipeline). Pure: runs
 * wherever shared/ runs.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { Encrypter } from 'age-encryption';
import { bytesToBase64 } from '../../crypto/encoding';
import { publicKeyFingerprint } from '../../crypto/ed25519PublicKey';
import { sha256Hex } from '../../crypto/sha256';
import type { TrustedKey } from '../../crypto/trustedKey';
import { DICTIONARY_VERSION } from '../../dictionary/tables';
import { INDEX_PATH } from '../loadIndex';
import { MemoryRepository } from '../memoryRepository';
import { INDEX_FORMAT, PACKAGE_FORMAT } from '../schemas';
import { gzipTransform, readStreamFully, streamOf, utf8Encode } from '../webStreams';

export interface FixturePublisher {
  secretKey: Uint8Array;
  trustedKey: TrustedKey;
}

export interface FixtureVersion {
  version: number;
  kind: 'full' | 'delta';
  base?: number;
  /** Table name → NDJSON text. */
  tables: Record<string, string>;
  recipients: readonly string[];
  /** Edits the manifest before it is signed, to make well-signed but wrong packages. */
  editManifest?: (manifest: Record<string, unknown>) => void;
}

export interface FixtureDataset {
  id: string;
  title: string;
  versions: FixtureVersion[];
}

export function createFixturePublisher(): FixturePublisher {
  const secretKey = ed25519.utils.randomSecretKey();
  const publicKey = ed25519.getPublicKey(secretKey);
  return { secretKey, trustedKey: { publicKey, fingerprint: publicKeyFingerprint(publicKey) } };
}

/** A `.sig` file's bytes: base64 of the signature and a newline. */
export function signatureFile(bytes: Uint8Array, secretKey: Uint8Array): Uint8Array {
  return utf8Encode(`${bytesToBase64(ed25519.sign(bytes, secretKey))}\n`);
}

export function gzipBytes(bytes: Uint8Array): Promise<Uint8Array> {
  return readStreamFully(streamOf(bytes).pipeThrough(gzipTransform()));
}

/** `age -r …` in memory, without compressing first. */
export async function encryptBytes(
  plaintext: Uint8Array,
  recipients: readonly string[],
): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  for (const recipient of recipients) encrypter.addRecipient(recipient);
  return encrypter.encrypt(plaintext);
}

/** `gzip -c | age -r …` in memory. */
export async function encryptTable(
  ndjson: string,
  recipients: readonly string[],
): Promise<Uint8Array> {
  return encryptBytes(await gzipBytes(utf8Encode(ndjson)), recipients);
}

function countLines(ndjson: string): number {
  if (ndjson.length === 0) return 0;
  const newlines = ndjson.split('\n').length - 1;
  return ndjson.endsWith('\n') ? newlines : newlines + 1;
}

async function addVersion(
  repository: MemoryRepository,
  publisher: FixturePublisher,
  dataset: FixtureDataset,
  version: FixtureVersion,
): Promise<{ version: number; kind: string; path: string; sha256: string }> {
  const folder = `packages/${dataset.id}/${version.version}`;
  const tables = [];
  for (const [name, ndjson] of Object.entries(version.tables)) {
    const encrypted = await encryptTable(ndjson, version.recipients);
    const path = `${name}.ndjson.gz.age`;
    repository.files.set(`${folder}/${path}`, encrypted);
    tables.push({
      name,
      path,
      rows: countLines(ndjson),
      bytes: encrypted.length,
      sha256: sha256Hex(encrypted),
    });
  }
  const manifest: Record<string, unknown> = {
    format: PACKAGE_FORMAT,
    dataset: dataset.id,
    version: version.version,
    kind: version.kind,
    ...(version.kind === 'delta' ? { base: version.base } : {}),
    title: dataset.title,
    created: '2026-10-02T08:00:00+08:00',
    expires: '2027-10-01T00:00:00+08:00',
    scope: { jurisdiction: '440000', period: { from: '2026-07-01', to: '2026-09-30' } },
    dictionary: DICTIONARY_VERSION,
    tables,
  };
  version.editManifest?.(manifest);
  const manifestBytes = utf8Encode(`${JSON.stringify(manifest, null, 2)}\n`);
  const manifestPath = `${folder}/manifest.json`;
  repository.files.set(manifestPath, manifestBytes);
  repository.files.set(`${manifestPath}.sig`, signatureFile(manifestBytes, publisher.secretKey));
  return {
    version: version.version,
    kind: version.kind,
    path: manifestPath,
    sha256: sha256Hex(manifestBytes),
  };
}

/** A whole repository: packages, manifests, index, all signed by `publisher`. */
export async function buildFixtureRepository(
  publisher: FixturePublisher,
  datasets: readonly FixtureDataset[],
  repository: MemoryRepository = new MemoryRepository(),
): Promise<MemoryRepository> {
  const indexDatasets = [];
  for (const dataset of datasets) {
    const versions = [];
    for (const version of dataset.versions)
      versions.push(await addVersion(repository, publisher, dataset, version));
    indexDatasets.push({ id: dataset.id, title: dataset.title, versions });
  }
  const index = {
    format: INDEX_FORMAT,
    publisher: 'Fixture sandbox',
    generated: '2026-11-20T08:00:00+08:00',
    expires: '2026-12-20T08:00:00+08:00',
    datasets: indexDatasets,
  };
  const indexBytes = utf8Encode(`${JSON.stringify(index, null, 2)}\n`);
  repository.files.set(INDEX_PATH, indexBytes);
  repository.files.set(`${INDEX_PATH}.sig`, signatureFile(indexBytes, publisher.secretKey));
  return repository;
}
