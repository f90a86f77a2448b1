/** SHA-256 over whole byte arrays and incrementally over streams, in every runtime. */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from './encoding';

export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/** An incremental SHA-256: feed chunks in order, then read the lowercase hex digest once. */
export interface Sha256Hasher {
  update(chunk: Uint8Array): void;
  digestHex(): string;
}

export function createSha256(): Sha256Hasher {
  const hash = sha256.create();
  return {
    update: (chunk) => {
      hash.update(chunk);
    },
    digestHex: () => bytesToHex(hash.digest()),
  };
}
