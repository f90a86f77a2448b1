/** Reading a signed JSON document and its `.sig`: bytes, signature under a pinned key, then JSON. */
import type { TrustedKey } from '../crypto/trustedKey';
import { findSigner } from '../crypto/trustedKey';
import type { RefusalPlace } from './refusal';
import { PackageRefusal, errorMessage } from './refusal';
import type { RepositoryReader } from './repositoryReader';
import { readSmallFile } from './repositoryReader';
import { strictUtf8Decoder } from './webStreams';

export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
const MAX_SIGNATURE_FILE_BYTES = 1024;

export async function readSignatureFile(
  reader: RepositoryReader,
  path: string,
  place: RefusalPlace,
): Promise<string> {
  const bytes = await readSmallFile(reader, `${path}.sig`, MAX_SIGNATURE_FILE_BYTES, place);
  return decodeUtf8(bytes, `${path}.sig`, place);
}

/** The key that signed `bytes`; refuses with `signature` when none of `trustedKeys` did. */
export function requireSigner(
  bytes: Uint8Array,
  signatureFile: string,
  trustedKeys: readonly TrustedKey[],
  path: string,
  place: RefusalPlace,
): TrustedKey {
  if (trustedKeys.length === 0) {
    throw new PackageRefusal(
      'signature',
      place,
      `no publisher key is installed, so ${path} cannot be trusted`,
    );
  }
  let signer: TrustedKey | null;
  try {
    signer = findSigner(bytes, signatureFile, trustedKeys);
  } catch (error) {
    throw new PackageRefusal(
      'signature',
      place,
      `${path}.sig is malformed: ${errorMessage(error)}`,
    );
  }
  if (signer === null) {
    throw new PackageRefusal(
      'signature',
      place,
      `the signature of ${path} does not verify under any installed publisher key`,
    );
  }
  return signer;
}

export function decodeUtf8(bytes: Uint8Array, path: string, place: RefusalPlace): string {
  try {
    return strictUtf8Decoder().decode(bytes);
  } catch {
    throw new PackageRefusal('format', place, `${path} is not valid UTF-8`);
  }
}

export function parseJsonDocument(bytes: Uint8Array, path: string, place: RefusalPlace): unknown {
  const text = decodeUtf8(bytes, path, place);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PackageRefusal('format', place, `${path} is not valid JSON: ${errorMessage(error)}`);
  }
}
