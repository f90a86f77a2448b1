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

/** A host's faster incremental SHA-256 (Node's native one under `npm run analyze`), or null. */
let installedSha256: (() => Sha256Hasher) | null = null;

/** Installs a native SHA-256 for streams; it must give the same digests (its caller tests that). */
export function installSha256(factory: (() => Sha256Hasher) | null): void {
  installedSha256 = factory;
}

export function createSha256(): Sha256Hasher {
  if (installedSha256) return installedSha256();
  const hash = sha256.create();
  return {
    update: (chunk) => {
      hash.update(chunk);
    },
    digestHex: () => bytesToHex(hash.digest()),
  };
}
