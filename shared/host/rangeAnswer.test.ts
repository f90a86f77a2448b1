import { describe, expect, it } from 'vitest';
import { parseContentRange, partialBodyProblem, partialRangeProblem } from './rangeAnswer';

describe('Content-Range answers', () => {
  it('parses satisfied and unsatisfied ranges', () => {
    expect(parseContentRange('bytes 10-19/100')).toEqual({ first: 10, last: 19, total: 100 });
    expect(parseContentRange('bytes 10-19/*')).toEqual({ first: 10, last: 19, total: null });
    expect(parseContentRange('bytes */100')).toEqual({ first: 0, last: null, total: 100 });
    expect(parseContentRange('items 1-2/3')).toBeNull();
    expect(parseContentRange(null)).toBeNull();
  });
});

describe('a partial answer to a Range request', () => {
  const asked = { start: 10, end: 20 };

  it('is used when it covers the range asked for, or the file up to its end', () => {
    expect(partialRangeProblem(asked, parseContentRange('bytes 10-19/100'))).toBeNull();
    expect(partialRangeProblem(asked, parseContentRange('bytes 10-14/15'))).toBeNull();
    // More than asked is cut to the range by the reader, not refused.
    expect(partialRangeProblem(asked, parseContentRange('bytes 10-29/100'))).toBeNull();
    expect(partialBodyProblem(asked, parseContentRange('bytes 10-19/100'), 10)).toBeNull();
    expect(partialBodyProblem(asked, parseContentRange('bytes 10-14/15'), 5)).toBeNull();
    expect(partialBodyProblem(asked, parseContentRange('bytes 10-29/100'), 10)).toBeNull();
  });

  it('is refused when it starts elsewhere or names no range', () => {
    expect(partialRangeProblem(asked, parseContentRange('bytes 0-9/100'))).toMatch(
      'different byte range',
    );
    expect(partialRangeProblem(asked, null)).toMatch('different byte range');
    expect(partialRangeProblem(asked, parseContentRange('bytes */100'))).toMatch(
      'different byte range',
    );
  });

  it('is refused when it names fewer bytes than the file holds (a trickle)', () => {
    expect(partialRangeProblem(asked, parseContentRange('bytes 10-10/100'))).toBe(
      'the server answered 1 of the 10 bytes asked for from byte 10',
    );
  });

  it('is refused when the body ends before the bytes it names', () => {
    expect(partialBodyProblem(asked, parseContentRange('bytes 10-19/100'), 4)).toBe(
      'the transfer ended after 4 of 10 bytes from byte 10',
    );
  });
});
