/**
 * Cumulative weights for `weightedPick`: entry i is the sum of weights 0..i, divided by the
 * total, so the last entry is 1.
 *
 * @example
 * cumulativeWeights([1, 3]) // → Float64Array [0.25, 1]
 */
export function cumulativeWeights(weights: readonly number[]): Float64Array {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const cumulative = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    cumulative[i] = sum / total;
  });
  cumulative[weights.length - 1] = 1;
  return cumulative;
}

/**
 * The index a uniform number `u` in [0, 1) falls on in `cumulative` (binary search), so index
 * i comes up with its weight's share.
 *
 * @example
 * weightedPick(cumulativeWeights([1, 3]), 0.1) // → 0
 * weightedPick(cumulativeWeights([1, 3]), 0.5) // → 1
 */
export function weightedPick(cumulative: Float64Array, u: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (u < cumulative[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
