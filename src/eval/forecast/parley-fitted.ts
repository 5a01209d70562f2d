/**
 * Parley's win model fitted to a data set's own outcomes (`fitWinModel` in
 * src/score/win-fit.ts), as one more cross-validated system: each fold's
 * model is fitted on the other folds' first halves and scores its own.
 */
import { InputError } from '../../core/errors.js';
import { WIN_FEATURES, WIN_MODEL, type WinFeature } from '../../score/weights.js';
import { fitWinModel, winProbabilityWith, type FittedWinModel, type WinExample } from '../../score/win-fit.js';
import type { FitSummary, FittedSystem } from './evaluate.js';
import type { ForecastCase } from './first-half.js';

/** Fixed fit time: the fit does not depend on it, and a fixed value keeps the model data reproducible. */
const FITTED_AT = new Date('2026-01-05T12:00:00Z');

/** Converts a case to a win example. Throws an InputError when a win feature is missing. */
export function toWinExample(item: ForecastCase): WinExample {
  const features = {} as Record<WinFeature, number>;
  for (const name of WIN_FEATURES) {
    const value = item.winFeatures[name];
    if (value === undefined) throw new InputError(item.id, `win feature "${name}" is missing`);
    features[name] = value;
  }
  return { features, stageReached: item.stageReached, won: item.won };
}

const PARLEY_FITTED_NAME = 'Parley win model fitted to the data set (CV)';

function fit(items: readonly ForecastCase[]): FittedWinModel {
  return fitWinModel(items.map(toWinExample), { skipCrossValidation: true, fittedAt: FITTED_AT });
}

/** Fits the win model to all cases and returns its intercept and weights. */
export function summarizeFit(items: readonly ForecastCase[]): FitSummary {
  const model = fit(items);
  return { system: PARLEY_FITTED_NAME, intercept: model.intercept, weights: { ...model.coefficients } };
}

/** Intercept and weights of the default model, the row the fitted ones are read against. */
export const DEFAULT_FIT: FitSummary = {
  system: 'Parley default (WIN_MODEL)',
  intercept: WIN_MODEL.intercept,
  weights: { ...WIN_MODEL.coefficients },
};

/** Fits the win model on the training cases, without its own cross-validation, and predicts with it. */
export const PARLEY_FITTED: FittedSystem = {
  name: PARLEY_FITTED_NAME,
  fit: (train) => {
    const model = fit(train);
    return (item) => winProbabilityWith(model, toWinExample(item).features, item.stageReached).probability;
  },
  summarize: summarizeFit,
};
