/** Exponential recency decay and small numeric helpers shared by the scores. */
import type { Explanation } from '../core/types.js';

const DAY_MS = 86_400_000;

/**
 * Returns the recency weight 0.5 ^ (age / halfLife) of an event at `time`
 * seen from `reference` (both epoch ms). Events after the reference weigh 1.
 */
export function recencyWeight(time: number, reference: number, halfLifeDays: number): number {
  const ageDays = Math.max(0, reference - time) / DAY_MS;
  return 0.5 ** (ageDays / halfLifeDays);
}

/** Clamps a value to lo..hi. */
export function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}

/** Rounds to the given number of decimal digits. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Returns base + Σ effects, clamped to 0..100 and rounded to an integer. */
export function scoreFrom(base: number, explanations: readonly Explanation[]): number {
  const total = explanations.reduce((sum, explanation) => sum + explanation.effect, base);
  return Math.round(clamp(total, 0, 100));
}

/**
 * Rounds effects to 0.1 point, drops those that round to 0, and sorts by
 * absolute effect (largest first); equal effects keep their input order.
 */
export function tidyExplanations(explanations: readonly Explanation[]): Explanation[] {
  return explanations
    .map((explanation) => ({ ...explanation, effect: roundTo(explanation.effect, 1) }))
    .filter((explanation) => explanation.effect !== 0)
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
}
