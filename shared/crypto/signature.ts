/**
 * Detached signatures (spec §2): a `.sig` file holds the base64 of a 64-byte pure Ed25519
 * signature (RFC 8032) over the exact bytes of the file it signs.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { base64ToBytes, bytesToBase64 } from './encoding';

const SIGNATURE_BYTES = 64;

export class SignatureFormatError extends Error {
  override readonly name = 'SignatureFormatError';
}

/**
 * The 64 signature bytes of a `.sig` file. ASCII whitespace is dropped first, so a trailing
 * newline (or CRLF) and `base64` output wrapped at 76 columns are accepted too.
 */
export function parseSignatureFile(text: string): Uint8Array {
  const base64 = text.replace(/[\t\n\r ]/g, '');
  if (base64.length === 0) throw new SignatureFormatError('the signature file is empty');
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(base64);
  } catch (error) {
    throw new SignatureFormatError(
      `the signature file is not base64 (${(error as Error).message})`,
    );
  }
  // Base64's unused padding bits let two texts decode alike; a changed .sig file must not pass.
  if (bytesToBase64(bytes) !== base64) {
    throw new SignatureFormatError(
      'the signature file is not canonical base64 (its padding bits are set)',
    );
  }
  if (bytes.length !== SIGNATURE_BYTES) {
    throw new SignatureFormatError(`an Ed25519 signature is 64 bytes, this one is ${bytes.length}`);
  }
  return bytes;
}

/** Strict RFC 8032 verification (not ZIP-215), as OpenSSL verifies. */
export function verifyEd25519(
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
): boolean {
  try {
    return ed25519.verify(signature, message, publicKey, { zip215: false });
  } catch {
    // noble throws on malformed points or lengths: for a verifier that is simply "does not verify".
    return false;
  }
}
