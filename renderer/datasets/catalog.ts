/**
 * The page reads a source's signed catalog and, on demand, its manifests: small files, read
 * through the host; signatures are verified against the source's pinned key before anything is
 * shown. Table files are read by the import worker only.
 */
import { trustedKeyFromPem } from '../../shared/crypto/trustedKey';
import type { ByteRange, HostApi, RepositorySource } from '../../shared/host/hostApi';
import type { LoadedIndex } from '../../shared/package/loadIndex';
import { loadIndex } from '../../shared/package/loadIndex';
import type { LoadedManifest } from '../../shared/package/loadManifest';
import { loadManifest } from '../../shared/package/loadManifest';
import type { RepositoryReader } from '../../shared/package/repositoryReader';
import type { IndexVersion } from '../../shared/package/schemas';
import { acceptCatalogGenerated } from '../db/catalogHighWater';
import { getDatabase, type WorkstationDatabase } from '../db/database';
import type { SourceRecord } from '../db/records';
import { repositoryHost as approvingHost, sourceLocation } from '../sources/sources';

type RepositoryHost = Pick<HostApi, 'statRepositoryFile' | 'readRepositoryFile'>;

export function hostRepositoryReader(
  repositoryHost: RepositoryHost,
  source: RepositorySource,
): RepositoryReader {
  return {
    stat: (path) => repositoryHost.statRepositoryFile(source, path),
    read: (path, range?: ByteRange) =>
      repositoryHost.readRepositoryFile({ source, path, ...(range ? { range } : {}) }),
  };
}

/** What reading a source's catalog depends on; other fields of the record may change meanwhile. */
export type CatalogSource = Pick<SourceRecord, 'id' | 'kind' | 'location' | 'publisherKeyPem'>;

function readerOf(source: CatalogSource, repositoryHost: RepositoryHost): RepositoryReader {
  return hostRepositoryReader(repositoryHost, sourceLocation(source));
}

/** The source's verified catalog; refused (CatalogRollbackError) when older than one read before. */
export async function loadCatalog(
  source: CatalogSource,
  repositoryHost: RepositoryHost = approvingHost,
  database: () => WorkstationDatabase = getDatabase,
): Promise<LoadedIndex> {
  const loaded = await loadIndex(readerOf(source, repositoryHost), [
    trustedKeyFromPem(source.publisherKeyPem),
  ]);
  await acceptCatalogGenerated(database(), source.id, loaded.index.generated);
  return loaded;
}

export function loadVersionManifest(
  source: SourceRecord,
  datasetId: string,
  entry: IndexVersion,
  repositoryHost: RepositoryHost = approvingHost,
): Promise<LoadedManifest> {
  return loadManifest(readerOf(source, repositoryHost), datasetId, entry, [
    trustedKeyFromPem(source.publisherKeyPem),
  ]);
}
