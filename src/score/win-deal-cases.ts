/**
 * Synthetic closed deals for the win-fit tests: features drawn from fixed
 * distributions that resemble real conversations, outcomes drawn from a
 * known logistic model, all from a seeded generator so every run is the same.
 */
import { STAGES, type Stage } from '../core/types.js';
import { seededRandom } from '../extract/learned/fit.js';
import type { WinFeature } from './weights.js';
import type { WinExample } from './win-fit.js';
import { winLogit, type WinCoefficients } from './win-probability.js';

/** The open stages a closed deal can have reached, discovery … commitment. */
const OPEN_STAGES: readonly Stage[] = STAGES.slice(0, 5);

/** Draws `count` deals whose outcomes follow `model`. */
export function syntheticDeals(count: number, model: WinCoefficients, seed: number): WinExample[] {
  const random = seededRandom(seed);
  const below = (n: number): number => Math.floor(random() * n);
  return Array.from({ length: count }, () => {
    const rank = below(OPEN_STAGES.length);
    const features: Record<WinFeature, number> = {
      stage: rank / 5,
      commitments: Math.log1p(below(rank + 1)),
      openObjections: below(4) === 0 ? below(3) + 1 : 0,
      replySpeed: random(),
      sentiment: (random() * 2 - 1) * 0.6,
      urgency: random() ** 2,
      unanswered: below(3),
      engagement: Math.log1p(1 + below(15)),
      stalled: random() < 0.2 ? 1 : 0,
    };
    const p = 1 / (1 + Math.exp(-winLogit(model, features)));
    return { features, stageReached: OPEN_STAGES[rank]!, won: random() < p };
  });
}
