/**
 * Publisher keys arrive as PEM SubjectPublicKeyInfo, the form `openssl pkey -pubout` writes.
 * An Ed25519 SPKI is always the same 12-byte DER prefix followed by the 32-byte key.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { base64ToBytes, bytesToBase64, bytesToHex } from './encoding';

// SEQUENCE(42) { SEQUENCE(5) { OID 1.3.101.112 (id-Ed25519) } BIT STRING(33) { 0 unused bits, key } }
const ED25519_SPKI_PREFIX = Uint8Array.of(
  0x30,
  0x2a,
  0x30,
  0x05,
  0x06,
  0x03,
  0x2b,
  0x65,
  0x70,
  0x03,
  0x21,
  0x00,
);
const ED25519_KEY_BYTES = 32;

export class PublicKeyFormatError extends Error {
  override readonly name = 'PublicKeyFormatError';
}

/** The DER bytes inside one PEM block with the given label; throws when there is no such block. */
function pemBlockBytes(pem: string, label: string): Uint8Array {
  const begin = `-----BEGIN ${label}-----`;
  const end = `-----END ${label}-----`;
  const from = pem.indexOf(begin);
  const to = pem.indexOf(end, from + begin.length);
  if (from === -1 || to === -1)
    throw new PublicKeyFormatError(`no "${begin}" … "${end}" block found`);
  const body = pem.slice(from + begin.length, to).replace(/[\r\n\t ]/g, '');
  try {
    return base64ToBytes(body);
  } catch (error) {
    throw new PublicKeyFormatError(
      `the ${label} block is not valid base64 (${(error as Error).message})`,
    );
  }
}

/** The raw 32-byte Ed25519 public key of a PEM SubjectPublicKeyInfo. */
export function ed25519PublicKeyFromPem(pem: string): Uint8Array {
  if (pem.includes('-----BEGIN PRIVATE KEY-----') && !pem.includes('-----BEGIN PUBLIC KEY-----')) {
    throw new PublicKeyFormatError(
      'this is a private key; install the public key (`openssl pkey -pubout`) instead',
    );
  }
  const der = pemBlockBytes(pem, 'PUBLIC KEY');
  return ed25519PublicKeyFromSpki(der);
}

export function ed25519PublicKeyFromSpki(der: Uint8Array): Uint8Array {
  const prefixMatches = ED25519_SPKI_PREFIX.every((byte, i) => der[i] === byte);
  if (!prefixMatches) {
    throw new PublicKeyFormatError(
      'the public key is not an Ed25519 SubjectPublicKeyInfo (wrong algorithm or encoding)',
    );
  }
  if (der.length !== ED25519_SPKI_PREFIX.length + ED25519_KEY_BYTES) {
    throw new PublicKeyFormatError(
      `an Ed25519 SubjectPublicKeyInfo is 44 bytes, this one is ${der.length}`,
    );
  }
  return der.slice(ED25519_SPKI_PREFIX.length);
}

/** The PEM SubjectPublicKeyInfo of a raw Ed25519 public key, as `openssl pkey -pubout` writes it. */
export function ed25519PublicKeyToPem(publicKey: Uint8Array): string {
  if (publicKey.length !== ED25519_KEY_BYTES)
    throw new PublicKeyFormatError('an Ed25519 public key is 32 bytes');
  const der = new Uint8Array(ED25519_SPKI_PREFIX.length + ED25519_KEY_BYTES);
  der.set(ED25519_SPKI_PREFIX);
  der.set(publicKey, ED25519_SPKI_PREFIX.length);
  return `-----BEGIN PUBLIC KEY-----\n${base64Lines(der)}-----END PUBLIC KEY-----\n`;
}

function base64Lines(der: Uint8Array): string {
  const text = bytesToBase64(der);
  let out = '';
  for (let i = 0; i < text.length; i += 64) out += `${text.slice(i, i + 64)}\n`;
  return out;
}

/** Lowercase hex SHA-256 of the raw 32-byte key: how users compare publisher keys (spec §1). */
export function publicKeyFingerprint(publicKey: Uint8Array): string {
  return bytesToHex(sha256(publicKey));
}
