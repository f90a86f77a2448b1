/**
 * What an HTTP repository must answer to a Range request. A server that answers less than asked
 * could otherwise trickle a file a few bytes per request, each request inside its timeout, and
 * hold a pull open for ever (TUF's slow-retrieval attack); answering the whole range within the
 * request timeout sets a floor on the transfer rate.
 */

export interface ContentRange {
  /** First byte, inclusive; 0 for an unsatisfied-range answer. */
  first: number;
  /** Last byte, inclusive; null for an unsatisfied-range answer (`bytes *\/total`). */
  last: number | null;
  total: number | null;
}

/** Parses `bytes first-last/total` (total may be `*`) and `bytes *\/total` (a 416 answer). */
export function parseContentRange(header: string | null): ContentRange | null {
  if (header === null) return null;
  const satisfied = /^bytes\s+(\d+)-(\d+)\/(\d+|\*)$/i.exec(header.trim());
  if (satisfied) {
    const total = satisfied[3] === '*' ? null : Number(satisfied[3]);
    return { first: Number(satisfied[1]), last: Number(satisfied[2]), total };
  }
  const unsatisfied = /^bytes\s+\*\/(\d+)$/i.exec(header.trim());
  return unsatisfied ? { first: 0, last: null, total: Number(unsatisfied[1]) } : null;
}

/**
 * Why a 206 answer to a request for bytes [start, end) cannot be used, or null when it can:
 * it must start where asked, cover the whole range up to the end of the file, and its body must
 * hold every byte its Content-Range names.
 */
export function partialAnswerProblem(
  asked: { start: number; end: number },
  range: ContentRange | null,
  received: number,
): string | null {
  if (!range || range.last === null || range.first !== asked.start || range.last < range.first)
    return 'the server answered a different byte range';
  const fileEnd = range.total ?? Number.MAX_SAFE_INTEGER;
  const due = Math.min(asked.end, fileEnd) - asked.start;
  const named = Math.min(range.last + 1, asked.end) - range.first;
  if (named < due)
    return `the server answered ${named} of the ${due} bytes asked for from byte ${asked.start}`;
  if (received < named)
    return `the transfer ended after ${received} of ${named} bytes from byte ${asked.start}`;
  return null;
}
