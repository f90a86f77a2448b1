/** Numbers as alert features and summaries show them. */

export const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/** `0.3127` → `31.3%`. */
export const percent = (share: number): string => `${round(share * 100, 1)}%`;

/** `12345678` → `1234.6万`. */
export const tenThousands = (value: number): string => `${round(value / 10_000, 1)}万`;

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
