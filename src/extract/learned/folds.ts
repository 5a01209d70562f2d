/** Cross-validation folds of the learned layer's training messages. */
import { seededRandom } from './fit.js';

export const FOLD_UNITS = ['set', 'message'] as const;
/** Unit a fold holds out: whole labeled sets, or random messages. */
export type FoldUnit = (typeof FOLD_UNITS)[number];

/**
 * Returns the fold of each message. By set, each whole set goes to the fold
 * with the fewest messages so far, largest set first. Each held-out fold is
 * then text by writers its model never read, as in use. By message, each
 * message goes to a random fold, so a fold's model has read the same writers.
 */
export function assignFolds(sets: readonly string[], folds: number, seed: number, by: FoldUnit): number[] {
  const random = seededRandom(seed);
  if (by === 'message') return sets.map(() => Math.floor(random() * folds));
  const sizes = new Map<string, number>();
  for (const set of sets) sizes.set(set, (sizes.get(set) ?? 0) + 1);
  const order = [...sizes.keys()].sort().map((set) => ({ set, size: sizes.get(set)!, tie: random() }));
  order.sort((a, b) => b.size - a.size || a.tie - b.tie);
  const load: number[] = Array.from({ length: folds }, () => 0);
  const foldOf = new Map<string, number>();
  for (const { set, size } of order) {
    const k = load.indexOf(Math.min(...load));
    foldOf.set(set, k);
    load[k] = load[k]! + size;
  }
  return sets.map((set) => foldOf.get(set)!);
}
