/**
 * Wraps secrets with a passphrase through WebCrypto: PBKDF2-SHA-256 turns the passphrase into
 * an AES-256-GCM key, which encrypts the secret. The envelope is binary and versioned:
 *
 *   0  "EWKW"            magic (Examiner Workstation Key Wrap)
 *   4  version           u8, 1
 *   5  iterations        u32 big-endian, PBKDF2 rounds
 *   9  salt              16 bytes
 *   25 iv                12 bytes
 *   37 ciphertext ‖ tag  AES-256-GCM, the 37 header bytes as additional data
 */

export const PBKDF2_ITERATIONS = 600_000;
/** Iterations accepted when reading: a stored envelope may ask for more, never fewer or absurdly many. */
const MAX_ITERATIONS = 10_000_000;
const MAGIC = Uint8Array.of(0x45, 0x57, 0x4b, 0x57);
const VERSION = 1;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + 1 + 4 + SALT_BYTES + IV_BYTES;

/** The passphrase does not open the envelope (or the envelope was altered: GCM cannot tell which). */
export class WrongPassphraseError extends Error {
  override readonly name = 'WrongPassphraseError';
  constructor() {
    super('The passphrase is wrong, or the wrapped secret was altered.');
  }
}

/** The bytes are not an envelope this version can read. */
export class EnvelopeFormatError extends Error {
  override readonly name = 'EnvelopeFormatError';
}

/** A key derived from a passphrase, with the parameters that derived it; the passphrase is not kept. */
export interface WrappingKey {
  readonly key: CryptoKey;
  readonly salt: Uint8Array;
  readonly iterations: number;
}

export interface EnvelopeHeader {
  iterations: number;
  salt: Uint8Array;
}

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** Derives the AES key; a fresh random salt unless the salt of an existing envelope is given. */
export async function deriveWrappingKey(
  passphrase: string,
  salt: Uint8Array = randomBytes(SALT_BYTES),
  iterations: number = PBKDF2_ITERATIONS,
): Promise<WrappingKey> {
  checkIterations(iterations);
  if (salt.length !== SALT_BYTES) throw new RangeError(`the salt must be ${SALT_BYTES} bytes`);
  // NFC, so the same passphrase typed through different input methods derives the same key.
  const secret = new TextEncoder().encode(passphrase.normalize('NFC'));
  const material = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: Uint8Array.from(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  return { key, salt: Uint8Array.from(salt), iterations };
}

export async function wrapSecret(secret: Uint8Array, wrapping: WrappingKey): Promise<Uint8Array> {
  const header = new Uint8Array(HEADER_BYTES);
  const view = new DataView(header.buffer);
  header.set(MAGIC, 0);
  header[4] = VERSION;
  view.setUint32(5, wrapping.iterations);
  header.set(wrapping.salt, 9);
  const iv = randomBytes(IV_BYTES);
  header.set(iv, 25);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: header },
    wrapping.key,
    Uint8Array.from(secret),
  );
  const envelope = new Uint8Array(HEADER_BYTES + ciphertext.byteLength);
  envelope.set(header);
  envelope.set(new Uint8Array(ciphertext), HEADER_BYTES);
  return envelope;
}

/** Reads the header; throws EnvelopeFormatError when the bytes are not a version-1 envelope. */
export function readEnvelopeHeader(envelope: Uint8Array): EnvelopeHeader {
  if (envelope.length < HEADER_BYTES + TAG_BYTES)
    throw new EnvelopeFormatError('the wrapped secret is too short to be an envelope');
  if (!MAGIC.every((byte, i) => envelope[i] === byte))
    throw new EnvelopeFormatError('the wrapped secret does not start with the envelope magic');
  if (envelope[4] !== VERSION)
    throw new EnvelopeFormatError(`envelope version ${envelope[4]} is not supported`);
  const view = new DataView(envelope.buffer, envelope.byteOffset, envelope.byteLength);
  const iterations = view.getUint32(5);
  checkIterations(iterations);
  return { iterations, salt: envelope.slice(9, 9 + SALT_BYTES) };
}

/** Opens an envelope with a key derived from its own salt and iterations. */
export async function unwrapSecret(
  envelope: Uint8Array,
  wrapping: WrappingKey,
): Promise<Uint8Array> {
  const header = readEnvelopeHeader(envelope);
  if (!wrappingKeyFits(wrapping, header))
    throw new EnvelopeFormatError(
      'the envelope was wrapped with a different salt or iteration count',
    );
  try {
    const plaintext = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: envelope.slice(25, HEADER_BYTES),
        additionalData: envelope.slice(0, HEADER_BYTES),
      },
      wrapping.key,
      envelope.slice(HEADER_BYTES),
    );
    return new Uint8Array(plaintext);
  } catch {
    throw new WrongPassphraseError();
  }
}

export async function wrapWithPassphrase(
  secret: Uint8Array,
  passphrase: string,
): Promise<Uint8Array> {
  return wrapSecret(secret, await deriveWrappingKey(passphrase));
}

export async function unwrapWithPassphrase(
  envelope: Uint8Array,
  passphrase: string,
): Promise<Uint8Array> {
  const { salt, iterations } = readEnvelopeHeader(envelope);
  return unwrapSecret(envelope, await deriveWrappingKey(passphrase, salt, iterations));
}

/** Whether a key derived for one envelope also opens another (same salt and iterations). */
export function wrappingKeyFits(wrapping: WrappingKey, header: EnvelopeHeader): boolean {
  return wrapping.iterations === header.iterations && sameBytes(wrapping.salt, header.salt);
}

function checkIterations(iterations: number): void {
  if (
    !Number.isInteger(iterations) ||
    iterations < PBKDF2_ITERATIONS ||
    iterations > MAX_ITERATIONS
  )
    throw new EnvelopeFormatError(
      `PBKDF2 iterations must be between ${PBKDF2_ITERATIONS} and ${MAX_ITERATIONS}, not ${iterations}`,
    );
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
