/** Small numeric helpers for alert features and summaries. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

export const instrumentLabel = (name: string | undefined, code: string): string =>
  name ? `${name}（${code}）` : code;
