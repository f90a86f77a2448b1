/** The publisher's side of `index.json`: read the current catalog, add a version, sign it again. */
import { existsSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadIndex, INDEX_PATH } from '../../shared/package/loadIndex';
import type { IndexVersion, RepositoryIndex } from '../../shared/package/schemas';
import { INDEX_FORMAT } from '../../shared/package/schemas';
import { FolderRepositoryReader } from './readers';
import type { PublisherKey } from './signing';
import { signatureFileFor } from './signing';

/**
 * The repository's index, verified under the publishing key: publishing into a repository that
 * workstations know under another key would only produce refusals. Null when there is none yet.
 */
export async function readCurrentIndex(
  repository: string,
  key: PublisherKey,
): Promise<RepositoryIndex | null> {
  if (!existsSync(join(repository, INDEX_PATH))) return null;
  return (await loadIndex(new FolderRepositoryReader(repository), [key.trustedKey])).index;
}

export interface IndexUpdate {
  publisher: string;
  datasetId: string;
  title: string;
  entry: IndexVersion;
  generated: string;
  expires: string;
}

export function withVersion(current: RepositoryIndex | null, update: IndexUpdate): RepositoryIndex {
  const datasets = current === null ? [] : [...current.datasets];
  const at = datasets.findIndex((dataset) => dataset.id === update.datasetId);
  const versions = at === -1 ? [] : datasets[at]!.versions;
  const dataset = {
    ...(at === -1 ? {} : datasets[at]),
    id: update.datasetId,
    title: update.title,
    versions: [...versions, update.entry],
  };
  if (at === -1) datasets.push(dataset);
  else datasets[at] = dataset;
  return {
    ...current,
    format: INDEX_FORMAT,
    publisher: update.publisher,
    generated: update.generated,
    expires: update.expires,
    datasets,
  };
}

/** Writes a JSON document and its `.sig`, each through a temporary file and a rename. */
export async function writeSignedJson(
  path: string,
  document: unknown,
  key: PublisherKey,
): Promise<Uint8Array> {
  const bytes = new TextEncoder().encode(`${JSON.stringify(document, null, 2)}\n`);
  await writeFile(`${path}.tmp`, bytes);
  await writeFile(`${path}.sig.tmp`, signatureFileFor(bytes, key));
  await rename(`${path}.tmp`, path);
  await rename(`${path}.sig.tmp`, `${path}.sig`);
  return bytes;
}
