/**
 * Refuses a package that none of the workstation's identities can open, before any table is
 * imported: only each table file's age header is read (a few hundred bytes).
 */
import { createDecrypter, decryptStream } from './ageDecryption';
import { HashingRangeSource } from './hashingRangeSource';
import type { LoadedManifest } from './loadManifest';
import { tableRepositoryPath } from './loadManifest';
import type { RepositoryReader } from './repositoryReader';
import { statFile } from './repositoryReader';
import { PackageRefusal, errorMessage, isPackageRefusal } from './refusal';

const HEADER_READ_BYTES = 16 * 1024;
const HASH_ON_REFUSAL_BYTES = 8 * 1024 * 1024;

function isNotARecipient(error: unknown): boolean {
  return isPackageRefusal(error) && error.reason === 'not-a-recipient';
}

export async function checkRecipients(
  reader: RepositoryReader,
  loaded: LoadedManifest,
  identities: readonly string[],
): Promise<void> {
  for (const table of loaded.manifest.tables) {
    const place = {
      dataset: loaded.manifest.dataset,
      version: loaded.manifest.version,
      table: table.name,
    };
    const path = tableRepositoryPath(loaded, table);
    const size = await statFile(reader, path, place);
    const source = new HashingRangeSource({
      reader,
      path,
      size,
      expectedSha256: table.sha256,
      place,
      chunkBytes: HEADER_READ_BYTES,
    });
    try {
      const plaintext = await decryptStream(
        createDecrypter(identities, place, path),
        source.stream(),
      );
      await plaintext.cancel();
    } catch (error) {
      // A stanza damaged in transit also reads as "not a recipient": for a file small enough to
      // hash at once, its SHA-256 says which it is (a bigger one is refused as it stands).
      if (isNotARecipient(error) && size <= HASH_ON_REFUSAL_BYTES)
        throw await source.explain(error);
      if (isPackageRefusal(error)) throw error;
      // A header that does not parse: damaged or not age at all; reading the table says which.
      throw new PackageRefusal(
        'format',
        place,
        `${path} has no valid age header: ${errorMessage(error)}`,
      );
    }
  }
}
