/** Class breaks of a choropleth: quantiles of the non-zero values, so a few outliers do not wash the map out. */
export function quantileBreaks(values: readonly number[], classes: number): number[] {
  const sorted = values
    .filter((value) => value > 0 && Number.isFinite(value))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const breaks: number[] = [];
  for (let k = 1; k < classes; k++) {
    const value = sorted[Math.min(sorted.length - 1, Math.floor((k * sorted.length) / classes))]!;
    if (breaks.length === 0 || value > breaks[breaks.length - 1]!) breaks.push(value);
  }
  const max = sorted[sorted.length - 1]!;
  if (breaks[breaks.length - 1] !== max) breaks.push(max);
  return breaks;
}

/**
 * The class of a value: -1 for zero (no data or none), else the index of the first break it does
 * not exceed (so classes run 0 … breaks.length - 1).
 */
export function classOf(value: number, breaks: readonly number[]): number {
  if (!(value > 0) || breaks.length === 0) return -1;
  for (let k = 0; k < breaks.length; k++) if (value <= breaks[k]!) return k;
  return breaks.length - 1;
}
