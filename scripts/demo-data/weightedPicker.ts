/** Draws indices in proportion to fixed weights: one cumulative array, a binary search per draw. */
import type { Random } from './random';

export class WeightedPicker {
  private readonly cumulative: Float64Array;
  readonly total: number;

  constructor(weights: ArrayLike<number>) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i++) {
      const weight = weights[i]!;
      if (!(weight >= 0)) throw new RangeError(`weight ${i} is ${weight}`);
      sum += weight;
      this.cumulative[i] = sum;
    }
    if (sum <= 0) throw new RangeError('every weight is zero');
    this.total = sum;
  }

  pick(random: Random): number {
    const target = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}
