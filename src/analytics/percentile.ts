/**
 * Mid-rank percentiles.
 *
 * The percentile of a value v in a cohort of N values is
 * `100 × (B + E / 2) / N`, where B counts the cohort values below v and E the
 * values equal to v (v itself included). The lowest of five distinct values
 * gets 10, the highest 90, a cohort of one gets 50, and tied values share one
 * percentile. Cost: one sort, then a binary search per value.
 */

/** Sorted copy of a cohort, ready for `percentileIn`. */
export type SortedCohort = Float64Array;

/** Sorts the cohort's values once for repeated percentile queries. */
export function sortCohort(values: readonly number[]): SortedCohort {
  return Float64Array.from(values).sort();
}

/** First index whose value is ≥ v (or > v when `strict`). */
function bound(sorted: SortedCohort, v: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const below = strict ? sorted[mid]! <= v : sorted[mid]! < v;
    if (below) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Mid-rank percentile 0..100 of `value` in the sorted cohort, or null for an
 * empty cohort. The value need not be a cohort member; then E may be 0.
 *
 * @example
 * percentileIn(sortCohort([10, 20, 30, 40, 50]), 30); // 50
 */
export function percentileIn(sorted: SortedCohort, value: number): number | null {
  if (sorted.length === 0) return null;
  const below = bound(sorted, value, false);
  const equal = bound(sorted, value, true) - below;
  return (100 * (below + equal / 2)) / sorted.length;
}
