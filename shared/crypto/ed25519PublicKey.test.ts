import { describe, expect, it } from 'vitest';
import { bytesToHex } from './encoding';
import {
  ed25519PublicKeyFromPem,
  ed25519PublicKeyToPem,
  publicKeyFingerprint,
} from './ed25519PublicKey';

// Written by `openssl pkey -pubout`; the fingerprint by `openssl pkey -outform DER | tail -c 32 | sha256sum`.
const OPENSSL_PUBLIC_PEM = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAjukuGs1Wpzb9dABr2zCl6OVrt+2/MHXu2QQRwTyx4sM=
-----END PUBLIC KEY-----
`;
const OPENSSL_FINGERPRINT = 'acbd4733e6f01280cf8cd387ab5f1796652b4402b08fb8da140589577995dc0a';
const X25519_PUBLIC_PEM = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VuAyEAx+W41VFvrVIQrI6YW3vC+Lb48CLXKwHtbry9vRHuu1E=
-----END PUBLIC KEY-----`;
const P256_PUBLIC_PEM = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEs3GgeDMQdPMH5Whf+XPCuurHsyed
AFLLp3NTMKjRPWzo/r12FxU2oc2gxR+2UXdigwNqbNg3u1V7ifjRCQ5L3w==
-----END PUBLIC KEY-----`;

describe('Ed25519 public keys from PEM', () => {
  it('reads the raw key of an OpenSSL SubjectPublicKeyInfo, and its fingerprint', () => {
    const key = ed25519PublicKeyFromPem(OPENSSL_PUBLIC_PEM);
    expect(key).toHaveLength(32);
    expect(bytesToHex(key)).toBe(
      '8ee92e1acd56a736fd74006bdb30a5e8e56bb7edbf3075eed90411c13cb1e2c3',
    );
    expect(publicKeyFingerprint(key)).toBe(OPENSSL_FINGERPRINT);
  });

  it('accepts CRLF line ends and surrounding text', () => {
    const pem = `key from the sandbox operator\r\n${OPENSSL_PUBLIC_PEM.replace(/\n/g, '\r\n')}`;
    expect(publicKeyFingerprint(ed25519PublicKeyFromPem(pem))).toBe(OPENSSL_FINGERPRINT);
  });

  it('writes the PEM back as OpenSSL does', () => {
    expect(ed25519PublicKeyToPem(ed25519PublicKeyFromPem(OPENSSL_PUBLIC_PEM))).toBe(
      OPENSSL_PUBLIC_PEM,
    );
  });

  it('refuses other algorithms with a clear message', () => {
    expect(() => ed25519PublicKeyFromPem(X25519_PUBLIC_PEM)).toThrow(
      /not an Ed25519 SubjectPublicKeyInfo/,
    );
    expect(() => ed25519PublicKeyFromPem(P256_PUBLIC_PEM)).toThrow(
      /not an Ed25519 SubjectPublicKeyInfo/,
    );
  });

  it('refuses a private key, a missing block, bad base64 and a wrong length', () => {
    expect(() =>
      ed25519PublicKeyFromPem(
        '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIBsMFEBQX2VmZiD4DE5Z2pwM/WVa/cIOxUb+c4lIkk5v\n-----END PRIVATE KEY-----',
      ),
    ).toThrow(/private key/);
    expect(() => ed25519PublicKeyFromPem('hello')).toThrow(/no "-----BEGIN PUBLIC KEY-----"/);
    expect(() =>
      ed25519PublicKeyFromPem('-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----'),
    ).toThrow(/not valid base64/);
    const tooLong = OPENSSL_PUBLIC_PEM.replace('4sM=', '4sMA');
    expect(() => ed25519PublicKeyFromPem(tooLong)).toThrow(/44 bytes, this one is 45/);
  });
});
