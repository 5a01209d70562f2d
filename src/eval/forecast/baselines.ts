/**
 * Baselines the forecast is compared with, each fitted on training folds
 * only: the win rate of the stage reached, a logistic model on length, and
 * the plain base rate.
 */
import type { Stage } from '../../core/types.js';
import type { Fitter } from './folds.js';
import type { ForecastCase } from './first-half.js';
import { fitLogistic, predictLogistic } from './logistic.js';

/** Pseudo-cases that pull a stage's win rate toward the overall rate, so a stage seen twice is not forecast at 0 or 1. */
export const STAGE_PRIOR_WEIGHT = 2;

function winRate(labels: readonly boolean[]): number {
  return labels.length === 0 ? 0.5 : labels.filter(Boolean).length / labels.length;
}

/**
 * Stage-only baseline: the training win rate of each stage reached,
 * (wins + w·base) / (cases + w) with w = STAGE_PRIOR_WEIGHT. A stage the
 * training folds never reached gets the base rate.
 */
export const fitStageRates: Fitter<{ stageReached: Stage }> = (train, labels) => {
  const base = winRate(labels);
  const counts = new Map<Stage, { wins: number; cases: number }>();
  train.forEach((item, index) => {
    const count = counts.get(item.stageReached) ?? { wins: 0, cases: 0 };
    count.cases += 1;
    if (labels[index]) count.wins += 1;
    counts.set(item.stageReached, count);
  });
  return (item) => {
    const count = counts.get(item.stageReached) ?? { wins: 0, cases: 0 };
    return (count.wins + STAGE_PRIOR_WEIGHT * base) / (count.cases + STAGE_PRIOR_WEIGHT);
  };
};

/** Length features of a first half: log(1 + turns) and log(1 + words). */
export function lengthFeatures(item: Pick<ForecastCase, 'turns' | 'words'>): number[] {
  return [Math.log1p(item.turns), Math.log1p(item.words)];
}

/** Length-only baseline: logistic regression on `lengthFeatures`. */
export const fitLength: Fitter<Pick<ForecastCase, 'turns' | 'words'>> = (train, labels) => {
  const model = fitLogistic(train.map(lengthFeatures), labels);
  return (item) => predictLogistic(model, lengthFeatures(item));
};

/** Reference: every case gets the training win rate; its AUC is 0.5 by construction. */
export const fitBaseRate: Fitter<unknown> = (_train, labels) => {
  const base = winRate(labels);
  return () => base;
};
