/**
 * Statistics for forecasts and outcomes: ranking quality (AUC), calibration
 * (Brier score), and intervals for a proportion and a difference of
 * proportions. Pure functions over plain arrays.
 */

/**
 * Area under the ROC curve: the chance that a random positive scores above a
 * random negative, ties counting half. Null when either class is empty.
 */
export function auc(scores: readonly number[], positives: readonly boolean[]): number | null {
  if (scores.length !== positives.length) throw new RangeError(`auc: ${scores.length} scores but ${positives.length} labels`);
  const order = scores.map((score, index) => ({ score, positive: positives[index]! })).sort((a, b) => a.score - b.score);
  let positiveCount = 0;
  let rankSum = 0;
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]!.score === order[i]!.score) j += 1;
    const averageRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k += 1) {
      if (order[k]!.positive) {
        positiveCount += 1;
        rankSum += averageRank;
      }
    }
    i = j + 1;
  }
  const negativeCount = order.length - positiveCount;
  if (positiveCount === 0 || negativeCount === 0) return null;
  return (rankSum - (positiveCount * (positiveCount + 1)) / 2) / (positiveCount * negativeCount);
}

/** Mean squared error of probabilities against 0/1 outcomes; lower is better. Null for no cases. */
export function brier(probabilities: readonly number[], positives: readonly boolean[]): number | null {
  if (probabilities.length !== positives.length) {
    throw new RangeError(`brier: ${probabilities.length} probabilities but ${positives.length} labels`);
  }
  if (probabilities.length === 0) return null;
  let sum = 0;
  probabilities.forEach((p, index) => {
    const error = p - (positives[index] ? 1 : 0);
    sum += error * error;
  });
  return sum / probabilities.length;
}

/** A proportion with its interval. */
export interface Proportion {
  successes: number;
  total: number;
  rate: number | null;
  /** 95% interval; null for no cases. */
  low: number | null;
  high: number | null;
}

/** Normal quantile of a two-sided 95% interval. */
const Z95 = 1.959963984540054;

/** Proportion with its 95% Wilson score interval, which stays inside [0, 1] for small counts. */
export function wilson(successes: number, total: number): Proportion {
  if (total === 0) return { successes, total, rate: null, low: null, high: null };
  const rate = successes / total;
  const z2 = Z95 * Z95;
  const centre = (rate + z2 / (2 * total)) / (1 + z2 / total);
  const half = (Z95 * Math.sqrt((rate * (1 - rate)) / total + z2 / (4 * total * total))) / (1 + z2 / total);
  return { successes, total, rate, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Difference of two proportions (a − b) with a 95% Newcombe interval built from their Wilson intervals. */
export function proportionDifference(a: Proportion, b: Proportion): { difference: number | null; low: number | null; high: number | null } {
  if (a.rate === null || b.rate === null || a.low === null || a.high === null || b.low === null || b.high === null) {
    return { difference: null, low: null, high: null };
  }
  const difference = a.rate - b.rate;
  const low = difference - Math.sqrt((a.rate - a.low) ** 2 + (b.high - b.rate) ** 2);
  const high = difference + Math.sqrt((a.high - a.rate) ** 2 + (b.rate - b.low) ** 2);
  return { difference, low, high };
}
