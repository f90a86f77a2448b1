/** A publisher key the user installed (pinned): nothing is trusted on first use (spec §1). */
import { ed25519PublicKeyFromPem, publicKeyFingerprint } from './ed25519PublicKey';
import { parseSignatureFile, verifyEd25519 } from './signature';

export interface TrustedKey {
  /** Raw 32-byte Ed25519 public key. */
  publicKey: Uint8Array;
  /** Lowercase hex SHA-256 of `publicKey`. */
  fingerprint: string;
}

export function trustedKeyFromPem(pem: string): TrustedKey {
  const publicKey = ed25519PublicKeyFromPem(pem);
  return { publicKey, fingerprint: publicKeyFingerprint(publicKey) };
}

/**
 * The first pinned key under which `signatureFile` verifies `message`, or null. Throws
 * `SignatureFormatError` when the signature file itself is malformed.
 */
export function findSigner(
  message: Uint8Array,
  signatureFile: string,
  trustedKeys: readonly TrustedKey[],
): TrustedKey | null {
  const signature = parseSignatureFile(signatureFile);
  return trustedKeys.find((key) => verifyEd25519(signature, message, key.publicKey)) ?? null;
}
