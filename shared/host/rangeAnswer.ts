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

type Asked = { start: number; end: number };

/**
 * Why the Content-Range of a 206 answer to a request for bytes [start, end) cannot be used, or
 * null when it can: it must start where asked and cover the whole range up to the end of the file.
 */
export function partialRangeProblem(asked: Asked, range: ContentRange | null): string | null {
  if (!range || range.last === null || range.first !== asked.start || range.last < range.first)
    return 'the server answered a different byte range';
  const due = Math.min(asked.end, range.total ?? Number.MAX_SAFE_INTEGER) - asked.start;
  const named = namedBytes(asked, range);
  return named < due
    ? `the server answered ${named} of the ${due} bytes asked for from byte ${asked.start}`
    : null;
}

/** Why a body of `received` bytes falls short of the range its answer named, or null. */
export function partialBodyProblem(
  asked: Asked,
  range: ContentRange | null,
  received: number,
): string | null {
  const named = range ? namedBytes(asked, range) : 0;
  return received < named
    ? `the transfer ended after ${received} of ${named} bytes from byte ${asked.start}`
    : null;
}

/** The bytes of the asked-for range that the answer says it carries. */
function namedBytes(asked: Asked, range: ContentRange): number {
  return Math.min((range.last ?? range.first - 1) + 1, asked.end) - range.first;
}
