import { describe, expect, it } from 'vitest';
import {
  EnvelopeFormatError,
  PBKDF2_ITERATIONS,
  WrongPassphraseError,
  deriveWrappingKey,
  readEnvelopeHeader,
  unwrapSecret,
  unwrapWithPassphrase,
  wrapSecret,
  wrapWithPassphrase,
} from './passphraseWrap';

const SECRET = new TextEncoder().encode('AGE-SECRET-KEY-1 stands in for any secret here');
const PASSPHRASE = '监管沙箱 correct horse battery';

describe('passphrase wrapping', () => {
  it('round-trips a secret, and the envelope shows none of it', async () => {
    const envelope = await wrapWithPassphrase(SECRET, PASSPHRASE);
    expect(await unwrapWithPassphrase(envelope, PASSPHRASE)).toEqual(SECRET);
    const text = new TextDecoder('latin1').decode(envelope);
    expect(text.startsWith('EWKW')).toBe(true);
    expect(text).not.toContain('AGE-SECRET');
  });

  it('uses at least 600,000 PBKDF2 iterations and a fresh salt and IV each time', async () => {
    const first = await wrapWithPassphrase(SECRET, PASSPHRASE);
    const second = await wrapWithPassphrase(SECRET, PASSPHRASE);
    expect(readEnvelopeHeader(first).iterations).toBeGreaterThanOrEqual(600_000);
    expect(readEnvelopeHeader(first).salt).not.toEqual(readEnvelopeHeader(second).salt);
    expect(first).not.toEqual(second);
  });

  it('refuses the wrong passphrase', async () => {
    const envelope = await wrapWithPassphrase(SECRET, PASSPHRASE);
    await expect(unwrapWithPassphrase(envelope, 'not the passphrase')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
  });

  it('treats the same passphrase in another Unicode form as the same passphrase', async () => {
    const composed = 'caf\u00e9 passphrase';
    const decomposed = 'cafe\u0301 passphrase';
    const envelope = await wrapWithPassphrase(SECRET, composed);
    expect(await unwrapWithPassphrase(envelope, decomposed)).toEqual(SECRET);
  });

  it('detects a tampered ciphertext, IV or header', async () => {
    const envelope = await wrapWithPassphrase(SECRET, PASSPHRASE);
    for (const offset of [envelope.length - 1, 40, 30]) {
      const tampered = envelope.slice();
      tampered[offset]! ^= 0x01;
      await expect(unwrapWithPassphrase(tampered, PASSPHRASE), `byte ${offset}`).rejects.toThrow(
        WrongPassphraseError,
      );
    }
  });

  it('names what is wrong with bytes that are not an envelope', async () => {
    const envelope = await wrapWithPassphrase(SECRET, PASSPHRASE);
    const badMagic = envelope.slice();
    badMagic[0] = 0;
    const badVersion = envelope.slice();
    badVersion[4] = 2;
    const fewIterations = envelope.slice();
    new DataView(fewIterations.buffer).setUint32(5, 1000);
    expect(() => readEnvelopeHeader(envelope.slice(0, 40))).toThrow(/too short/);
    expect(() => readEnvelopeHeader(badMagic)).toThrow(/magic/);
    expect(() => readEnvelopeHeader(badVersion)).toThrow(/version 2/);
    await expect(unwrapWithPassphrase(fewIterations, PASSPHRASE)).rejects.toThrow(
      EnvelopeFormatError,
    );
  });

  it('opens several envelopes with one derivation when they share a salt', async () => {
    const wrapping = await deriveWrappingKey(PASSPHRASE);
    const other = new TextEncoder().encode('another secret');
    const [a, b] = [await wrapSecret(SECRET, wrapping), await wrapSecret(other, wrapping)];
    expect(await unwrapSecret(a, wrapping)).toEqual(SECRET);
    expect(await unwrapSecret(b, wrapping)).toEqual(other);
    const foreign = await wrapWithPassphrase(SECRET, PASSPHRASE);
    await expect(unwrapSecret(foreign, wrapping)).rejects.toThrow(/different salt/);
  });

  it('refuses to derive with fewer iterations than the floor', async () => {
    await expect(deriveWrappingKey(PASSPHRASE, undefined, PBKDF2_ITERATIONS - 1)).rejects.toThrow(
      EnvelopeFormatError,
    );
  });
});
