/**
 * age decryption with the workstation's identities. A sentinel identity, tried after all the
 * real ones, turns "no identity matched" into a `not-a-recipient` refusal: the library unwraps
 * the file key from the header before it hands out a single plaintext byte.
 */
import type { Identity, Stanza } from 'age-encryption';
import { Decrypter } from 'age-encryption';
import type { RefusalPlace } from './refusal';
import { PackageRefusal, errorMessage } from './refusal';
import type { ByteStream } from './webStreams';

function describeStanzas(stanzas: readonly Stanza[]): string {
  const kinds = stanzas.map((stanza) => stanza.args[0] ?? '?');
  return kinds.length === 0 ? 'no recipient stanzas' : `recipient stanzas: ${kinds.join(', ')}`;
}

function heldIdentities(count: number): string {
  if (count === 0) return 'this workstation: it holds no identity';
  return count === 1
    ? 'the identity this workstation holds'
    : `any of the ${count} identities this workstation holds`;
}

function notARecipientSentinel(place: RefusalPlace, path: string, identityCount: number): Identity {
  return {
    unwrapFileKey: (stanzas) => {
      throw new PackageRefusal(
        'not-a-recipient',
        place,
        `${path} is not encrypted to ${heldIdentities(identityCount)} (${describeStanzas(stanzas)})`,
      );
    },
  };
}

/** `identities` are age secret keys (`AGE-SECRET-KEY-1…`). */
export function createDecrypter(
  identities: readonly string[],
  place: RefusalPlace,
  path: string,
): Decrypter {
  const decrypter = new Decrypter();
  identities.forEach((identity, i) => {
    try {
      decrypter.addIdentity(identity);
    } catch (error) {
      throw new PackageRefusal(
        'not-a-recipient',
        place,
        `identity ${i + 1} is not a usable age identity: ${errorMessage(error)}`,
      );
    }
  });
  decrypter.addIdentity(notARecipientSentinel(place, path, identities.length));
  return decrypter;
}

/** Resolves once the header is verified, with the plaintext stream. */
export async function decryptStream(
  decrypter: Decrypter,
  ciphertext: ByteStream,
): Promise<ByteStream> {
  // shared/ has no DOM types, so the library's ReadableStream parameter is met structurally.
  const plaintext: unknown = await decrypter.decrypt(ciphertext as never);
  return plaintext as ByteStream;
}
