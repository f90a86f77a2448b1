import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NdjsonLineSplitter, lineOfInvalidUtf8, parseNdjsonRow } from './ndjson';

/** All lines of `chunks` fed one after another. */
function splitAll(chunks: readonly string[]): string[] {
  const splitter = new NdjsonLineSplitter();
  const lines = chunks.flatMap((chunk) => splitter.push(chunk));
  const last = splitter.finish();
  if (last !== null) lines.push(last);
  expect(splitter.linesSoFar).toBe(lines.length);
  return lines;
}

/** `text` cut at the given positions. */
function cut(text: string, positions: readonly number[]): string[] {
  const sorted = [...new Set(positions.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const position of sorted) {
    chunks.push(text.slice(from, position));
    from = position;
  }
  chunks.push(text.slice(from));
  return chunks;
}

describe('NDJSON line splitter', () => {
  it('finds the same lines however the text is chunked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'é', '中', '"', '\n', '{', '}') })),
        fc.array(fc.nat()),
        (pieces, positions) => {
          const text = pieces.join('');
          const expected =
            text === '' ? [] : (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
          expect(splitAll(cut(text, positions))).toEqual(expected);
        },
      ),
    );
  });

  it('keeps the empty line in the middle for the parser to refuse', () => {
    expect(splitAll(['{"a":1}\n', '\n{"a":2}'])).toEqual(['{"a":1}', '', '{"a":2}']);
    expect(splitAll(['{"a":1}\n'])).toEqual(['{"a":1}']);
  });
});

describe('NDJSON rows', () => {
  it('parses one JSON object per line, tolerating a CR before LF', () => {
    expect(parseNdjsonRow('{"id":"A1","n":2}', 1)).toEqual({ id: 'A1', n: 2 });
    expect(parseNdjsonRow('{"id":"A1"}\r', 1)).toEqual({ id: 'A1' });
  });

  it.each([
    ['', /empty line/],
    ['{"id":', /not valid JSON/],
    ['"text"', /not a JSON object/],
    ['null', /not a JSON object/],
    ['[{"id":"A1"}]', /not a JSON object/],
  ])('refuses %j with its line number', (line, message) => {
    expect(() => parseNdjsonRow(line, 7)).toThrow(message);
    try {
      parseNdjsonRow(line, 7);
    } catch (error) {
      expect((error as { line: number }).line).toBe(7);
    }
  });

  it('finds the line of a malformed UTF-8 byte', () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('{"a":"中"}\n{"a":1}\n{"a":"'),
      0xff,
      0x22,
      0x7d,
      0x0a,
    ]);
    expect(lineOfInvalidUtf8(bytes, 10)).toBe(12);
    // A chunk that starts with the tail of a character split at the previous chunk boundary.
    const tail = new TextEncoder().encode('中').subarray(1);
    expect(lineOfInvalidUtf8(Uint8Array.from([...tail, 0x0a, 0x7b, 0xc0, 0x0a]), 4)).toBe(5);
  });
});
