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

function readerOf(source: SourceRecord, repositoryHost: RepositoryHost): RepositoryReader {
  return hostRepositoryReader(repositoryHost, sourceLocation(source));
}

export function loadCatalog(
  source: SourceRecord,
  repositoryHost: RepositoryHost = approvingHost,
): Promise<LoadedIndex> {
  return loadIndex(readerOf(source, repositoryHost), [trustedKeyFromPem(source.publisherKeyPem)]);
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
