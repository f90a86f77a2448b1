/** Hex and base64 codecs for keys, digests and signatures; strict, so malformed input is refused rather than guessed at. */

const HEX_DIGITS = '0123456789abcdef';
const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUES: ReadonlyMap<string, number> = new Map(
  [...BASE64_ALPHABET].map((character, value) => [character, value]),
);

export function bytesToHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += HEX_DIGITS[byte >> 4]! + HEX_DIGITS[byte & 15]!;
  return hex;
}

/** Decodes hex of either case; throws on odd length or a non-hex character. */
export function hexToBytes(hex: string): Uint8Array {
  if (hex.length % 2 !== 0) throw new SyntaxError('hex string has an odd number of digits');
  if (!/^[0-9a-fA-F]*$/.test(hex)) throw new SyntaxError('hex string has a non-hex character');
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

/** Standard base64 (RFC 4648 §4) with padding. */
export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += BASE64_ALPHABET[a >> 2]!;
    out += BASE64_ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : BASE64_ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : BASE64_ALPHABET[c & 63]!;
  }
  return out;
}

/** Decodes padded standard base64; throws on any character outside the alphabet or a bad length. */
export function base64ToBytes(text: string): Uint8Array {
  if (text.length % 4 !== 0) throw new SyntaxError('base64 length is not a multiple of 4');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let written = 0;
  for (let i = 0; i < text.length; i += 4) {
    let group = 0;
    for (let j = 0; j < 4; j++) {
      const character = text[i + j]!;
      const isPadding = character === '=' && i + 4 === text.length && j >= 4 - padding;
      const value = isPadding ? 0 : BASE64_VALUES.get(character);
      if (value === undefined) throw new SyntaxError(`invalid base64 character "${character}"`);
      group = (group << 6) | value;
    }
    for (const shift of [16, 8, 0]) {
      if (written < bytes.length) bytes[written++] = (group >> shift) & 255;
    }
  }
  return bytes;
}
