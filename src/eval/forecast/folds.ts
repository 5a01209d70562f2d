/**
 * Stratified k-fold cross-validation: every case is predicted by a model
 * fitted on the other folds, and each fold has the same share of won
 * deals, which matters when one outcome is rare (25 walk-aways in CaSiNo).
 */
import { ConfigError } from '../../core/errors.js';

/** Small seeded generator (mulberry32), so folds are the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffled(indexes: number[], random: () => number): number[] {
  const out = [...indexes];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Returns the fold (0..k−1) of each case: won and lost cases are shuffled
 * apart with `seed` and dealt round-robin. Throws a ConfigError for k < 2.
 */
export function stratifiedFolds(labels: readonly boolean[], k: number, seed: number): number[] {
  if (!Number.isInteger(k) || k < 2) throw new ConfigError(`folds: k must be an integer of at least 2, got ${k}`);
  const random = seededRandom(seed);
  const folds = new Array<number>(labels.length).fill(0);
  let next = 0;
  for (const outcome of [true, false]) {
    const members = labels.flatMap((label, index) => (label === outcome ? [index] : []));
    for (const index of shuffled(members, random)) {
      folds[index] = next % k;
      next += 1;
    }
  }
  return folds;
}

/** Fits a model on training cases and returns its probability for a case. */
export type Fitter<T> = (train: readonly T[], labels: readonly boolean[]) => (item: T) => number;

/**
 * Out-of-fold probabilities, in case order: case i is scored by the model
 * fitted on every fold but its own.
 */
export function crossValidate<T>(items: readonly T[], labels: readonly boolean[], folds: readonly number[], fit: Fitter<T>): number[] {
  const predictions = new Array<number>(items.length).fill(Number.NaN);
  const k = Math.max(...folds) + 1;
  for (let fold = 0; fold < k; fold += 1) {
    const train = items.filter((_, index) => folds[index] !== fold);
    const trainLabels = labels.filter((_, index) => folds[index] !== fold);
    const predict = fit(train, trainLabels);
    items.forEach((item, index) => {
      if (folds[index] === fold) predictions[index] = predict(item);
    });
  }
  return predictions;
}
