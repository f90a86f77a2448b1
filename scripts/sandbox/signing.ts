/** Ed25519 signing with the publisher's PKCS#8 PEM key (node:crypto), as `.sig` files. */
import { createPrivateKey, createPublicKey, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { trustedKeyFromPem } from '../../shared/crypto/trustedKey';
import type { TrustedKey } from '../../shared/crypto/trustedKey';

export interface PublisherKey {
  privateKey: KeyObject;
  trustedKey: TrustedKey;
}

export async function readPublisherKey(pemPath: string): Promise<PublisherKey> {
  const privateKey = createPrivateKey(await readFile(pemPath, 'utf8'));
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(
      `${pemPath} is a ${privateKey.asymmetricKeyType ?? 'non-asymmetric'} key, not Ed25519`,
    );
  }
  const publicPem = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
  return { privateKey, trustedKey: trustedKeyFromPem(publicPem) };
}

/** The contents of a `.sig` file: base64 of the pure Ed25519 signature, one line. */
export function signatureFileFor(bytes: Uint8Array, key: PublisherKey): string {
  return `${sign(null, bytes, key.privateKey).toString('base64')}\n`;
}
