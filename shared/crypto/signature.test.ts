import { describe, expect, it } from 'vitest';
import { ed25519 } from '@noble/curves/ed25519.js';
import { base64ToBytes, bytesToBase64, hexToBytes } from './encoding';
import { ed25519PublicKeyFromPem } from './ed25519PublicKey';
import { parseSignatureFile, verifyEd25519 } from './signature';
import { findSigner, trustedKeyFromPem } from './trustedKey';

// `printf 'sandbox test vector\n' > msg; openssl pkeyutl -sign -rawin -inkey k.pem -in msg | base64 -w0`
const OPENSSL_PUBLIC_PEM = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAjukuGs1Wpzb9dABr2zCl6OVrt+2/MHXu2QQRwTyx4sM=
-----END PUBLIC KEY-----`;
const OPENSSL_SIGNATURE =
  'WBuzQEjWdp14JJNPU8zP8OygBnvd85CZInUtjB+BkCQIih5svt3+YkM/6XlxP8CWv0MCTu3UrBofzm4+YuqeCw==';
const MESSAGE = new TextEncoder().encode('sandbox test vector\n');

describe('detached Ed25519 signatures', () => {
  const publicKey = ed25519PublicKeyFromPem(OPENSSL_PUBLIC_PEM);

  it('verifies an OpenSSL signature, with or without the trailing newline', () => {
    for (const file of [OPENSSL_SIGNATURE, `${OPENSSL_SIGNATURE}\n`, `${OPENSSL_SIGNATURE}\r\n`]) {
      expect(verifyEd25519(parseSignatureFile(file), MESSAGE, publicKey)).toBe(true);
    }
  });

  it('accepts base64 wrapped at 76 columns (plain `base64` output)', () => {
    const wrapped = `${OPENSSL_SIGNATURE.slice(0, 76)}\n${OPENSSL_SIGNATURE.slice(76)}\n`;
    expect(verifyEd25519(parseSignatureFile(wrapped), MESSAGE, publicKey)).toBe(true);
  });

  it('does not verify other bytes, another key or a damaged signature', () => {
    const signature = parseSignatureFile(OPENSSL_SIGNATURE);
    expect(
      verifyEd25519(signature, new TextEncoder().encode('sandbox test vector'), publicKey),
    ).toBe(false);
    expect(
      verifyEd25519(signature, MESSAGE, ed25519.getPublicKey(ed25519.utils.randomSecretKey())),
    ).toBe(false);
    const damaged = signature.slice();
    damaged[10]! ^= 1;
    expect(verifyEd25519(damaged, MESSAGE, publicKey)).toBe(false);
  });

  it('passes RFC 8032 test 1', () => {
    const key = hexToBytes('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
    const signature = hexToBytes(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    );
    expect(verifyEd25519(signature, new Uint8Array(0), key)).toBe(true);
  });

  it('names what is wrong with a malformed signature file', () => {
    expect(() => parseSignatureFile('')).toThrow(/empty/);
    expect(() => parseSignatureFile('not base64!')).toThrow(/not base64/);
    expect(() => parseSignatureFile(bytesToBase64(new Uint8Array(32)))).toThrow(
      /64 bytes, this one is 32/,
    );
  });

  it('finds which pinned key signed', () => {
    const pinned = trustedKeyFromPem(OPENSSL_PUBLIC_PEM);
    const secret = ed25519.utils.randomSecretKey();
    const other = { publicKey: ed25519.getPublicKey(secret), fingerprint: 'other' };
    expect(findSigner(MESSAGE, OPENSSL_SIGNATURE, [other, pinned])).toBe(pinned);
    expect(findSigner(MESSAGE, OPENSSL_SIGNATURE, [other])).toBeNull();
    expect(findSigner(MESSAGE, OPENSSL_SIGNATURE, [])).toBeNull();
  });
});

describe('parseSignatureFile and base64 padding bits', () => {
  it('refuses a signature whose unused padding bits were changed, though it decodes alike', () => {
    const canonical = bytesToBase64(new Uint8Array(64).fill(7));
    // 64 bytes of 7 end in "Bw==": "w" (48) and "x" (49) differ only in a bit no byte uses.
    expect(canonical.endsWith('Bw==')).toBe(true);
    const flipped = `${canonical.slice(0, -3)}x==`;
    expect(base64ToBytes(flipped)).toEqual(base64ToBytes(canonical));
    expect(parseSignatureFile(canonical)).toHaveLength(64);
    expect(() => parseSignatureFile(flipped)).toThrow(/canonical/);
  });
});
