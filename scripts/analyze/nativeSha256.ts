/**
 * Node's native SHA-256 for the package checks under `npm run analyze`: the pure-JS one took
 * 2.6 s of CPU on the scale-10 repository; OpenSSL's does the same bytes in a fraction of it.
 */
import { createHash } from 'node:crypto';
import type { Sha256Hasher } from '../../shared/crypto/sha256';

export function nativeSha256(): Sha256Hasher {
  const hash = createHash('sha256');
  return {
    update: (chunk) => {
      hash.update(chunk);
    },
    digestHex: () => hash.digest('hex'),
  };
}
