/**
 * Nearest accounts in standardized score space.
 *
 * Each account is a vector of the same dimensions (here: five mean scores and
 * the stage position). Every dimension is standardized over the cohort,
 * z = (x − mean) / sd with the population sd; a dimension with sd 0 adds
 * nothing. Distance is Euclidean between z-vectors, and similarity is
 * 1 / (1 + distance). Ties in distance go to the smaller account id.
 *
 * Memory is linear because it keeps only the z-vectors (N × D numbers) and a
 * bounded list of the k best per account, never an N × N matrix. Time is
 * O(N² × D).
 */

/** One candidate neighbour: its index in the input and its distance. */
export interface Neighbour {
  index: number;
  distance: number;
}

/**
 * Standardizes `vectors` (N rows of D numbers) column by column into one
 * flat row-major array of N × D z-values.
 */
export function standardize(vectors: readonly (readonly number[])[], dimensions: number): Float64Array {
  const n = vectors.length;
  const z = new Float64Array(n * dimensions);
  for (let d = 0; d < dimensions; d += 1) {
    let sum = 0;
    for (const vector of vectors) sum += vector[d]!;
    const mean = n ? sum / n : 0;
    let squares = 0;
    for (const vector of vectors) squares += (vector[d]! - mean) ** 2;
    const sd = n ? Math.sqrt(squares / n) : 0;
    vectors.forEach((vector, row) => {
      z[row * dimensions + d] = sd > 0 ? (vector[d]! - mean) / sd : 0;
    });
  }
  return z;
}

function distanceBetween(z: Float64Array, dimensions: number, a: number, b: number): number {
  let sum = 0;
  for (let d = 0; d < dimensions; d += 1) sum += (z[a * dimensions + d]! - z[b * dimensions + d]!) ** 2;
  return Math.sqrt(sum);
}

/** True when x ranks before y: smaller distance, then smaller id. */
function ranksBefore(x: Neighbour, y: Neighbour, ids: readonly string[]): boolean {
  return x.distance < y.distance || (x.distance === y.distance && ids[x.index]! < ids[y.index]!);
}

/** Puts a candidate into a list sorted by (distance, id), keeping at most k. */
function offer(best: Neighbour[], index: number, distance: number, k: number, ids: readonly string[]): void {
  const worst = best[best.length - 1];
  // Most candidates lose to the current k-th and stop here, before any allocation.
  if (best.length === k && worst && distance > worst.distance) return;
  const candidate = { index, distance };
  if (best.length === k && !ranksBefore(candidate, worst!, ids)) return;
  let at = best.length;
  while (at > 0 && ranksBefore(candidate, best[at - 1]!, ids)) at -= 1;
  best.splice(at, 0, candidate);
  if (best.length > k) best.pop();
}

/**
 * For each row of the standardized matrix, its k nearest other rows, closest
 * first. `ids[i]` names row i and breaks distance ties.
 *
 * @example
 * const z = standardize([[0, 0], [1, 0], [5, 5]], 2);
 * nearestNeighbours(z, 2, ['a', 'b', 'c'], 1)[0]; // [{ index: 1, distance: … }]
 */
export function nearestNeighbours(z: Float64Array, dimensions: number, ids: readonly string[], k: number): Neighbour[][] {
  const n = ids.length;
  const result: Neighbour[][] = Array.from({ length: n }, () => []);
  if (k <= 0) return result;
  // Each pair is measured once and offered to both rows.
  for (let a = 0; a < n; a += 1) {
    for (let b = a + 1; b < n; b += 1) {
      const distance = distanceBetween(z, dimensions, a, b);
      offer(result[a]!, b, distance, k, ids);
      offer(result[b]!, a, distance, k, ids);
    }
  }
  return result;
}
