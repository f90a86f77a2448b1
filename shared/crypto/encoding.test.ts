import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, bytesToHex, hexToBytes } from './encoding';

describe('hex and base64', () => {
  it('round-trip any bytes and agree with Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(hexToBytes(bytesToHex(bytes))).toEqual(bytes);
        expect(bytesToHex(bytes)).toBe(Buffer.from(bytes).toString('hex'));
        expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
      }),
    );
  });

  it('decode upper-case hex', () => {
    expect(hexToBytes('0aFF')).toEqual(Uint8Array.of(10, 255));
  });

  it('refuse malformed input', () => {
    expect(() => hexToBytes('abc')).toThrow(/odd/);
    expect(() => hexToBytes('zz')).toThrow(/non-hex/);
    expect(() => base64ToBytes('abc')).toThrow(/multiple of 4/);
    expect(() => base64ToBytes('ab$=')).toThrow(/invalid base64 character "\$"/);
    expect(() => base64ToBytes('a=bc')).toThrow(/invalid base64 character "="/);
    expect(() => base64ToBytes('ab-_')).toThrow(/invalid base64/);
  });
});
