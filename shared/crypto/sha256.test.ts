import { describe, expect, it } from 'vitest';
import { createSha256, sha256Hex } from './sha256';

describe('SHA-256', () => {
  it('matches the FIPS 180-2 vector, whole or in pieces', () => {
    const abc = new TextEncoder().encode('abc');
    const expected = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(sha256Hex(abc)).toBe(expected);
    const hasher = createSha256();
    for (const byte of abc) hasher.update(Uint8Array.of(byte));
    expect(hasher.digestHex()).toBe(expected);
  });
});
