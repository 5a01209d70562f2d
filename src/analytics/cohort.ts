/**
 * Cross-account comparison (`cohortComparison`).
 *
 * The cohort is every account passed in. For each account:
 * - `percentiles`: the mid-rank percentile (percentile.ts) of its mean
 *   intent, urgency, sentiment, friction and momentum and of its mean open
 *   win probability, 1 digit. Win probability ranks only accounts with open
 *   deals; the others get null. A high friction percentile means more friction
 *   than peers.
 * - `similar`: its k nearest accounts (default 5) by Euclidean distance on
 *   standardized vectors of the five mean scores plus the stage position
 *   (neighbours.ts), with similarity 1 / (1 + distance).
 */
import type { ScoreName } from '../core/types.js';
import { roundTo } from '../score/recency.js';
import { AnalyticsInputError } from './deals.js';
import { nearestNeighbours, standardize } from './neighbours.js';
import { percentileIn, sortCohort } from './percentile.js';
import type { AccountComparison, AccountRollup, CohortMetric, SimilarAccount } from './types.js';

const SCORE_NAMES: readonly ScoreName[] = ['intent', 'urgency', 'sentiment', 'friction', 'momentum'];

export interface CohortOptions {
  /** How many similar accounts to list per account (default 5). */
  neighbours?: number;
}

/** Returns the value an account is ranked on for one metric, or null when it has none. */
function metricValue(rollup: AccountRollup, metric: CohortMetric): number | null {
  return metric === 'winProbability' ? rollup.meanWinProbability : rollup.meanScores[metric];
}

/** Builds the account's similarity vector: five mean scores, then the stage position. */
export function similarityVector(rollup: AccountRollup): number[] {
  return [...SCORE_NAMES.map((name) => rollup.meanScores[name]), rollup.stagePosition];
}

/** Computes the mid-rank percentile of every account on every metric. */
function percentilesOf(rollups: readonly AccountRollup[]): Record<CohortMetric, number | null>[] {
  const metrics: CohortMetric[] = [...SCORE_NAMES, 'winProbability'];
  const rows = rollups.map(() => ({}) as Record<CohortMetric, number | null>);
  for (const metric of metrics) {
    const values = rollups.map((rollup) => metricValue(rollup, metric));
    const cohort = sortCohort(values.filter((value): value is number => value !== null));
    values.forEach((value, i) => {
      const percentile = value === null ? null : percentileIn(cohort, value);
      rows[i]![metric] = percentile === null ? null : roundTo(percentile, 1);
    });
  }
  return rows;
}

/**
 * Compares every account with the whole cohort. Throws AnalyticsInputError
 * when `neighbours` is not a whole number ≥ 0.
 *
 * @example
 * const comparison = cohortComparison(accountRollup(analyses), { neighbours: 3 });
 * comparison.get('acct-1')?.percentiles.intent; // 90
 */
export function cohortComparison(
  rollups: ReadonlyMap<string, AccountRollup>,
  options: CohortOptions = {},
): Map<string, AccountComparison> {
  const k = options.neighbours ?? 5;
  if (!Number.isInteger(k) || k < 0) throw new AnalyticsInputError(`invalid neighbours option: expected a whole number ≥ 0, got ${k}`);
  const list = [...rollups.values()];
  const ids = list.map((rollup) => rollup.accountId);
  const vectors = list.map(similarityVector);
  const z = standardize(vectors, SCORE_NAMES.length + 1);
  const neighbours = nearestNeighbours(z, SCORE_NAMES.length + 1, ids, k);
  const percentiles = percentilesOf(list);
  const result = new Map<string, AccountComparison>();
  list.forEach((rollup, i) => {
    const similar: SimilarAccount[] = neighbours[i]!.map(({ index, distance }) => ({
      accountId: ids[index]!,
      distance: roundTo(distance, 3),
      similarity: roundTo(1 / (1 + distance), 3),
    }));
    result.set(rollup.accountId, { cohortSize: list.length, percentiles: percentiles[i]!, similar });
  });
  return result;
}
