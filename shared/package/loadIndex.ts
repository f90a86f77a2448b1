/** Reads `index.json`, verifies its signature under a pinned publisher key, then parses it. */
import type { TrustedKey } from '../crypto/trustedKey';
import { PackageRefusal } from './refusal';
import type { RepositoryReader } from './repositoryReader';
import { checkedPath, readSmallFile } from './repositoryReader';
import type { RepositoryIndex } from './schemas';
import { describeSchemaIssues, repositoryIndexSchema } from './schemas';
import {
  MAX_DOCUMENT_BYTES,
  parseJsonDocument,
  readSignatureFile,
  requireSigner,
} from './signedDocument';

export const INDEX_PATH = 'index.json';

export interface LoadedIndex {
  /** The catalog, each dataset's versions sorted ascending. */
  index: RepositoryIndex;
  /** The pinned key whose signature verified. */
  signer: TrustedKey;
}

const INDEX_PLACE = { dataset: null, version: null };

export async function loadIndex(
  reader: RepositoryReader,
  trustedKeys: readonly TrustedKey[],
): Promise<LoadedIndex> {
  const bytes = await readSmallFile(reader, INDEX_PATH, MAX_DOCUMENT_BYTES, INDEX_PLACE);
  const signatureFile = await readSignatureFile(reader, INDEX_PATH, INDEX_PLACE);
  const signer = requireSigner(bytes, signatureFile, trustedKeys, INDEX_PATH, INDEX_PLACE);
  const parsed = repositoryIndexSchema.safeParse(parseJsonDocument(bytes, INDEX_PATH, INDEX_PLACE));
  if (!parsed.success) {
    throw new PackageRefusal(
      'format',
      INDEX_PLACE,
      `index.json is not sandbox-index/1: ${describeSchemaIssues(parsed.error)}`,
    );
  }
  return { index: withConsistentDatasets(parsed.data), signer };
}

/** Refuses duplicate datasets or versions and unsafe paths; sorts versions ascending. */
function withConsistentDatasets(index: RepositoryIndex): RepositoryIndex {
  const seenDatasets = new Set<string>();
  for (const dataset of index.datasets) {
    if (seenDatasets.has(dataset.id)) {
      throw new PackageRefusal(
        'format',
        INDEX_PLACE,
        `index.json lists dataset ${dataset.id} twice`,
      );
    }
    seenDatasets.add(dataset.id);
    const seenVersions = new Set<number>();
    for (const entry of dataset.versions) {
      const place = { dataset: dataset.id, version: entry.version };
      if (seenVersions.has(entry.version))
        throw new PackageRefusal('format', place, 'index.json lists this version twice');
      seenVersions.add(entry.version);
      checkedPath(entry.path, place);
    }
    dataset.versions.sort((a, b) => a.version - b.version);
  }
  return index;
}
