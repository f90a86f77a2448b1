/** The calendar date (YYYY-MM-DD) in China Standard Time of an ISO timestamp: markets' own day. */
export function chinaDate(timestamp: string | number): string {
  const ms = typeof timestamp === 'number' ? timestamp : Date.parse(timestamp);
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}
