/**
 * NDJSON as the spec writes it: one JSON object per line, LF line ends. The last line may lack
 * its LF; any other empty line is an error, never skipped.
 */

import { strictUtf8Decoder } from './webStreams';

/** A single line longer than this is refused, so one bad line cannot exhaust memory. */
export const MAX_LINE_CHARS = 64 * 1024 * 1024;

export type NdjsonRow = Record<string, unknown>;

export class NdjsonError extends Error {
  override readonly name = 'NdjsonError';
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** Cuts decoded text into lines across chunk boundaries and counts them. */
export class NdjsonLineSplitter {
  private pending = '';
  private emitted = 0;

  /** Lines completed so far; the next line returned has number `linesSoFar + 1`. */
  get linesSoFar(): number {
    return this.emitted;
  }

  /** The complete lines of `text`, the first one joined to what the previous chunk left. */
  push(text: string): string[] {
    const lines: string[] = [];
    let start = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      const piece = text.slice(start, newline);
      lines.push(this.pending.length > 0 ? this.pending + piece : piece);
      this.pending = '';
      start = newline + 1;
    }
    if (start < text.length) {
      this.pending += text.slice(start);
      if (this.pending.length > MAX_LINE_CHARS) {
        throw new NdjsonError(
          this.emitted + lines.length + 1,
          `line is longer than ${MAX_LINE_CHARS} characters`,
        );
      }
    }
    this.emitted += lines.length;
    return lines;
  }

  /** The final line when the text did not end with LF, else null. */
  finish(): string | null {
    if (this.pending.length === 0) return null;
    const last = this.pending;
    this.pending = '';
    this.emitted++;
    return last;
  }
}

/** One line as a row: a JSON object, nothing else. */
export function parseNdjsonRow(line: string, lineNumber: number): NdjsonRow {
  if (line.length === 0)
    throw new NdjsonError(lineNumber, 'empty line (NDJSON has one JSON object per line)');
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new NdjsonError(lineNumber, `not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new NdjsonError(lineNumber, 'not a JSON object');
  }
  return value as NdjsonRow;
}

/**
 * The line of the first malformed UTF-8 sequence in `bytes`, whose first line is `firstLine`.
 * Only called once a streaming decode has failed, to name the line; LF never occurs inside a
 * multi-byte sequence, so lines can be decoded one by one.
 */
export function lineOfInvalidUtf8(bytes: Uint8Array, firstLine: number): number {
  let line = firstLine;
  for (let start = 0; ; line++) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    let from = start;
    // The first line may begin with the tail of a character split across chunks.
    while (start === 0 && from < Math.min(end, 3) && (bytes[from]! & 0xc0) === 0x80) from++;
    try {
      strictUtf8Decoder().decode(bytes.subarray(from, end), { stream: newline === -1 });
    } catch {
      return line;
    }
    if (newline === -1) return firstLine;
    start = newline + 1;
  }
}
