import { describe, expect, it } from 'vitest';
import type { ConversationScores, Stage } from '../core/types.js';
import { cohortComparison } from './cohort.js';
import { AnalyticsInputError } from './deals.js';
import { nearestNeighbours, standardize } from './neighbours.js';
import { percentileIn, sortCohort } from './percentile.js';
import { accountRollup } from './rollup.js';
import { analysis } from './test-builder.js';
import type { AnalyticsConversation } from './types.js';

/** Builds one single-conversation account per entry: [account id, scores, stage, win probability]. */
function cohort(entries: [string, Partial<ConversationScores>, Stage?, number?][]): AnalyticsConversation[] {
  return entries.map(([id, scores, stage, winProbability]) =>
    analysis({ id: `conv-${id}`, accountId: id, scores, stage: stage ?? 'discovery', winProbability: winProbability ?? 0.2 }),
  );
}

describe('percentileIn', () => {
  it('gives mid-rank percentiles on five distinct values', () => {
    const sorted = sortCohort([30, 10, 50, 20, 40]);
    expect([10, 20, 30, 40, 50].map((v) => percentileIn(sorted, v))).toEqual([10, 30, 50, 70, 90]);
  });

  it('shares one percentile among ties', () => {
    const sorted = sortCohort([1, 1, 2, 3]);
    expect([1, 2, 3].map((v) => percentileIn(sorted, v))).toEqual([25, 62.5, 87.5]);
  });

  it('handles outsiders, singletons and empty cohorts', () => {
    expect(percentileIn(sortCohort([10, 20, 30, 40]), 25)).toBe(50);
    expect(percentileIn(sortCohort([7]), 7)).toBe(50);
    expect(percentileIn(sortCohort([]), 7)).toBeNull();
  });
});

describe('cohortComparison percentiles', () => {
  const accounts = cohort([
    ['a', { intent: 10, friction: 80 }, 'evaluation', 0.1],
    ['b', { intent: 20, friction: 60 }, 'evaluation', 0.3],
    ['c', { intent: 30, friction: 60 }, 'evaluation', 0.5],
    ['d', { intent: 40, friction: 20 }, 'evaluation', 0.7],
    ['e', { intent: 50, friction: 0 }, 'lost', 0],
  ]);
  const comparison = cohortComparison(accountRollup(accounts));

  it('ranks each score against all accounts', () => {
    const intent = ['a', 'b', 'c', 'd', 'e'].map((id) => comparison.get(id)!.percentiles.intent);
    expect(intent).toEqual([10, 30, 50, 70, 90]);
    const friction = ['a', 'b', 'c', 'd', 'e'].map((id) => comparison.get(id)!.percentiles.friction);
    expect(friction).toEqual([90, 60, 60, 30, 10]);
    expect(comparison.get('c')!.percentiles.sentiment).toBe(50);
    expect(comparison.get('a')!.cohortSize).toBe(5);
  });

  it('ranks win probability only among accounts with open deals', () => {
    expect(comparison.get('e')!.percentiles.winProbability).toBeNull();
    const win = ['a', 'b', 'c', 'd'].map((id) => comparison.get(id)!.percentiles.winProbability);
    expect(win).toEqual([12.5, 37.5, 62.5, 87.5]);
  });
});

describe('cohortComparison neighbours', () => {
  // Only intent varies: two pairs far apart and one account in the middle.
  const intents: [string, number][] = [['a', 10], ['b', 12], ['m', 50], ['c', 88], ['d', 90]];
  const comparison = cohortComparison(accountRollup(cohort(intents.map(([id, intent]) => [id, { intent }]))), { neighbours: 2 });
  const values = intents.map(([, v]) => v);
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);

  it('lists nearest accounts first', () => {
    const similar = comparison.get('a')!.similar;
    expect(similar.map((s) => s.accountId)).toEqual(['b', 'm']);
    expect(similar[0]!.distance).toBeCloseTo(2 / sd, 3);
    expect(similar[0]!.similarity).toBeCloseTo(1 / (1 + 2 / sd), 3);
    expect(similar[1]!.distance).toBeCloseTo(40 / sd, 3);
    expect(comparison.get('d')!.similar.map((s) => s.accountId)).toEqual(['c', 'm']);
  });

  it('breaks a distance tie by account id', () => {
    // m sits 38 points from b and from c; the mean is 50, so both distances are exact.
    expect(comparison.get('m')!.similar.map((s) => s.accountId)).toEqual(['b', 'c']);
  });

  it('separates accounts with equal scores by stage', () => {
    const staged = cohortComparison(
      accountRollup(cohort([['x', {}, 'discovery'], ['y', {}, 'discovery'], ['z', {}, 'commitment']])),
      { neighbours: 2 },
    );
    expect(staged.get('x')!.similar).toEqual([
      { accountId: 'y', distance: 0, similarity: 1 },
      { accountId: 'z', distance: expect.closeTo(Math.sqrt(4.5), 3), similarity: expect.closeTo(1 / (1 + Math.sqrt(4.5)), 3) },
    ]);
  });

  it('bounds the list by k and by the cohort', () => {
    const rollups = accountRollup(cohort(intents.map(([id, intent]) => [id, { intent }])));
    expect(cohortComparison(rollups, { neighbours: 10 }).get('a')!.similar).toHaveLength(4);
    expect(cohortComparison(rollups, { neighbours: 0 }).get('a')!.similar).toEqual([]);
    expect(() => cohortComparison(rollups, { neighbours: -1 })).toThrow(AnalyticsInputError);
    expect(() => cohortComparison(rollups, { neighbours: 1.5 })).toThrow(/invalid neighbours option: expected a whole number ≥ 0, got 1.5/);
  });
});

describe('nearestNeighbours', () => {
  it('matches a full sort on 300 accounts', () => {
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const vectors = Array.from({ length: 300 }, () => Array.from({ length: 6 }, () => Math.round(random() * 100)));
    const ids = vectors.map((_, i) => `acct-${String(i).padStart(3, '0')}`);
    const z = standardize(vectors, 6);
    const found = nearestNeighbours(z, 6, ids, 4);
    const distance = (a: number, b: number): number =>
      Math.sqrt(Array.from({ length: 6 }, (_, d) => (z[a * 6 + d]! - z[b * 6 + d]!) ** 2).reduce((s, v) => s + v, 0));
    for (const row of [0, 17, 150, 299]) {
      const expected = ids
        .map((_, other) => other)
        .filter((other) => other !== row)
        .sort((p, q) => distance(row, p) - distance(row, q) || ids[p]!.localeCompare(ids[q]!))
        .slice(0, 4);
      expect(found[row]!.map((n) => n.index)).toEqual(expected);
    }
  });
});
