/**
 * Fitting the win model to a workspace's own closed deals.
 *
 * Model. p(won) = 1 / (1 + e^−z) with z = β₀ + Σ βₖ·xₖ over the features of
 * `winFeatures` (WIN_FEATURES), the same form as the default WIN_MODEL, so a
 * fitted model drops in wherever the default is used (`winProbabilityWith`).
 *
 * Prior. A Gaussian prior centred on the default coefficients:
 * βₖ ~ N(WIN_MODEL βₖ, (s / scaleₖ)²) and β₀ ~ N(WIN_MODEL β₀, s₀²).
 * scaleₖ is the typical spread of feature k (WIN_FIT.scale), so s means the
 * same change in log-odds for every feature. The widths s and s₀ are chosen from
 * WIN_FIT.priorSdGrid and WIN_FIT.interceptPriorSdGrid: the pair under which
 * the deals are most probable, by the Laplace approximation of the evidence.
 * Deals that agree with the default thus keep a narrow prior.
 *
 * The fit is the maximum of the posterior, a ridge regression toward the
 * default rather than toward zero. With no deals it is the default model.
 * With a few dozen it moves only where the deals agree, and with thousands
 * it is close to the plain maximum-likelihood fit.
 *
 * Fit. Newton's method on the log posterior, which is strictly concave,
 * halving a step that would lower the posterior. It starts from the default
 * coefficients, or in cross-validation from the fit to all deals.
 * No randomness: the same deals and options give the same coefficients.
 *
 * Examples. One per closed deal: its win features and the stage its
 * behavior reached, both computed from its messages without the recorded
 * outcome. A stage forced to won or lost by the outcome would give the
 * answer away.
 *
 * Cross-validation. Three models are scored on held-out deals: the fitted
 * model (refitted with the same prior on each training set), a stage-only
 * baseline (win rate per stage reached on the training set, smoothed with
 * `stageSmoothing` pseudo-deals at the training set's overall win rate) and
 * the unfitted default. Up to `leaveOneOutMax` deals, Brier score comes from
 * leave-one-out predictions and AUC from leave-pair-out: every won-lost pair
 * is held out together and counted as ranked right, tied or wrong. One AUC
 * over pooled leave-one-out predictions would be biased against models that
 * learn base rates: leaving out a won deal lowers the training win rate, so
 * a model of the base rate alone would score an AUC of 0. With more deals, or when `folds`
 * is given, deals are split into k stratified folds (won and lost deals dealt
 * in turn over the folds, in input order) and both scores come from the
 * pooled out-of-fold predictions. The model probability is the plain
 * logistic: the won → 1, lost → 0 rule of `winProbability` is not applied.
 */
import { ParleyError, errorMessage } from '../core/errors.js';
import type { Stage } from '../core/types.js';
import { roundTo } from './recency.js';
import { auc, brier } from './stats.js';
import { WIN_FEATURES, WIN_FIT, WIN_MODEL, type WinFeature } from './weights.js';
import { winLogit, winProbability, type WinCoefficients, type WinEstimate } from './win-probability.js';

/** One closed deal: its win features, the stage its behavior reached, and whether it was won. */
export interface WinExample {
  features: Record<WinFeature, number>;
  stageReached: Stage;
  won: boolean;
}

/** Held-out ranking (AUC, higher is better) and calibration (Brier, lower is better) of one model. */
export interface HeldOutScore {
  auc: number | null;
  brier: number | null;
}

/** Cross-validated scores of the fitted model, the stage-only baseline and the default model. */
export interface WinCrossValidation extends HeldOutScore {
  n: number;
  won: number;
  lost: number;
  method: 'leave-one-out' | 'stratified-k-fold';
  /** Number of held-out sets for Brier: n for leave-one-out, k otherwise. */
  folds: number;
  baseline: HeldOutScore;
  defaultModel: HeldOutScore;
}

/** A win model fitted to closed deals; plain data, so JSON.stringify and `parseWinModel` round-trip it. */
export interface FittedWinModel extends WinCoefficients {
  kind: 'parley.win-model';
  version: 1;
  intercept: number;
  coefficients: Record<WinFeature, number>;
  /** Prior widths the fit chose (see WIN_FIT). */
  prior: PriorWidth;
  fittedAt: string;
  n: number;
  won: number;
  lost: number;
  cv: WinCrossValidation | null;
}

/** Standard deviations of the prior: of βₖ·scaleₖ for the coefficients, and of the intercept, in log-odds. */
export interface PriorWidth {
  priorSd: number;
  interceptPriorSd: number;
}

export interface WinFitOptions {
  /** Fixes the prior width of the coefficients instead of choosing it from WIN_FIT.priorSdGrid. */
  priorSd?: number;
  /** Fixes the prior width of the intercept instead of choosing it from WIN_FIT.interceptPriorSdGrid. */
  interceptPriorSd?: number;
  /** Minimum number of deals (WIN_FIT.minExamples). With 0, an empty set of deals returns the default model. */
  minExamples?: number;
  /** Cross-validation folds; omitted means leave-one-out up to WIN_FIT.leaveOneOutMax deals, else WIN_FIT.folds. */
  folds?: number;
  /** Skip cross-validation (cv: null). */
  skipCrossValidation?: boolean;
  /** Timestamp written to the model (default: the clock). The coefficients do not depend on it. */
  fittedAt?: Date;
}

export type WinFitProblem = 'too-few-deals' | 'one-outcome' | 'invalid-feature' | 'invalid-folds' | 'invalid-model';

/** Error raised when the deals cannot be fitted or a saved model is invalid. `problem` names the kind. */
export class WinFitError extends ParleyError {
  constructor(
    readonly problem: WinFitProblem,
    message: string,
  ) {
    super(message);
  }
}

/** Deals as rows [1, x₁ … xₖ] in WIN_FEATURES order, with labels 1 (won) or 0 (lost). */
interface Design {
  rows: Float64Array[];
  labels: number[];
}

/** A trained model's probability for the deal at an index of the full set. */
type Predict = (index: number) => number;
/** Trains a model on the deals at the given indexes. */
type Train = (train: readonly number[]) => Predict;

interface Prior {
  width: PriorWidth;
  /** Intercept first, then WIN_FEATURES in order. */
  mean: Float64Array;
  precision: Float64Array;
}

/**
 * Fits the win model to closed deals and cross-validates it. Throws
 * WinFitError for fewer than `minExamples` deals, a single outcome, or a
 * feature that is not a finite number.
 *
 * @example
 * const model = fitWinModel(examples, { fittedAt: new Date('2026-03-10') });
 * model.cv?.brier; // held-out Brier score of the fit; compare model.cv?.defaultModel.brier
 * winProbabilityWith(model, features, 'negotiation').probability; // in 0..1
 */
export function fitWinModel(examples: readonly WinExample[], options: WinFitOptions = {}): FittedWinModel {
  const { won, lost } = checkExamples(examples, options.minExamples ?? WIN_FIT.minExamples);
  const fitted = fitWithPriorSearch(designOf(examples), candidatePriors(options));
  const cv = options.skipCrossValidation ? null : crossValidateWinModel(examples, options.folds, options);
  return {
    kind: 'parley.win-model',
    version: 1,
    intercept: roundTo(fitted.weights[0]!, 4),
    coefficients: mapFeatures((_, index) => roundTo(fitted.weights[index + 1]!, 4)),
    prior: fitted.width,
    fittedAt: (options.fittedAt ?? new Date()).toISOString(),
    n: examples.length,
    won,
    lost,
    cv,
  };
}

/**
 * Cross-validates the fitted model, the stage-only baseline and the default
 * model on the same deals (procedure in the comment at the top of this file).
 * `folds` forces stratified k-fold; omitted, small sets use leave-one-out.
 */
export function crossValidateWinModel(
  examples: readonly WinExample[],
  folds?: number,
  options: Omit<WinFitOptions, 'folds' | 'fittedAt' | 'skipCrossValidation'> = {},
): WinCrossValidation {
  const { won, lost } = checkExamples(examples, options.minExamples ?? WIN_FIT.minExamples);
  if (folds !== undefined && (!Number.isInteger(folds) || folds < 2)) {
    throw new WinFitError('invalid-folds', `invalid fold count ${folds}: use a whole number of at least 2`);
  }

  const design = designOf(examples);
  const priors = candidatePriors(options);
  // Each training set starts Newton's method from the fit to all deals, because it differs from them by one fold.
  const starts = priors.map((prior) => fitCoefficients(design, prior, null).weights);
  const trainers: Record<'fitted' | 'baseline' | 'defaultModel', Train> = {
    fitted: (train) => logisticPredictor(design, fitWithPriorSearch(subset(design, train), priors, starts).weights),
    baseline: (train) => {
      const rate = trainStageRates(train.map((index) => examples[index]!));
      return (index) => rate(examples[index]!.stageReached);
    },
    defaultModel: () => logisticPredictor(design, defaultWeights()),
  };

  const leaveOneOut = folds === undefined ? examples.length <= WIN_FIT.leaveOneOutMax : folds >= examples.length;
  const k = leaveOneOut ? examples.length : (folds ?? WIN_FIT.folds);
  const score = (train: Train): HeldOutScore => (leaveOneOut ? leaveOutScores(design, train) : kFoldScores(design, train, k));
  const fitted = score(trainers.fitted);

  return {
    n: examples.length,
    won,
    lost,
    method: leaveOneOut ? 'leave-one-out' : 'stratified-k-fold',
    folds: k,
    auc: fitted.auc,
    brier: fitted.brier,
    baseline: score(trainers.baseline),
    defaultModel: score(trainers.defaultModel),
  };
}

/** `winProbability` with a fitted model in place of WIN_MODEL. */
export function winProbabilityWith(model: WinCoefficients, features: Record<WinFeature, number>, stageReached: Stage): WinEstimate {
  return winProbability(features, stageReached, model);
}

/**
 * Reads a model saved as JSON text. Checks the kind, version, intercept and
 * coefficients, and throws WinFitError('invalid-model') naming the first invalid one.
 */
export function parseWinModel(text: string): FittedWinModel {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new WinFitError('invalid-model', `saved win model is not JSON: ${errorMessage(error)}`);
  }
  const model = value as Partial<FittedWinModel> | null;
  if (typeof model !== 'object' || model === null || model.kind !== 'parley.win-model' || model.version !== 1) {
    throw new WinFitError('invalid-model', 'saved win model lacks kind "parley.win-model" and version 1');
  }
  if (!Number.isFinite(model.intercept)) throw new WinFitError('invalid-model', 'saved win model has no finite intercept');
  for (const name of WIN_FEATURES) {
    if (!Number.isFinite(model.coefficients?.[name])) {
      throw new WinFitError('invalid-model', `saved win model has no finite coefficient for feature "${name}"`);
    }
  }
  return model as FittedWinModel;
}

/** Checks the deals can be fitted and counts the outcomes. */
function checkExamples(examples: readonly WinExample[], minExamples: number): { won: number; lost: number } {
  const won = examples.filter((example) => example.won).length;
  const lost = examples.length - won;
  if (examples.length < minExamples) {
    throw new WinFitError(
      'too-few-deals',
      `${examples.length} closed deal(s) (${won} won, ${lost} lost); fitting needs at least ${minExamples}`,
    );
  }
  if (examples.length > 0 && (won === 0 || lost === 0)) {
    throw new WinFitError(
      'one-outcome',
      `all ${examples.length} closed deals were ${won === 0 ? 'lost' : 'won'}; fitting needs both won and lost deals`,
    );
  }
  examples.forEach((example, index) => {
    for (const name of WIN_FEATURES) {
      if (!Number.isFinite(example.features[name])) {
        throw new WinFitError('invalid-feature', `deal ${index}: feature "${name}" is ${String(example.features[name])}, not a finite number`);
      }
    }
  });
  return { won, lost };
}

/** A maximum a posteriori fit (intercept first, then WIN_FEATURES) and its Laplace log evidence log p(deals | prior). */
interface MapFit {
  weights: Float64Array;
  width: PriorWidth;
  logEvidence: number;
}

function designOf(examples: readonly WinExample[]): Design {
  return {
    rows: examples.map((example) => Float64Array.from([1, ...WIN_FEATURES.map((name) => example.features[name])])),
    labels: examples.map((example) => (example.won ? 1 : 0)),
  };
}

function subset(design: Design, indexes: readonly number[]): Design {
  return { rows: indexes.map((i) => design.rows[i]!), labels: indexes.map((i) => design.labels[i]!) };
}

/** Builds the priors to try: every pair of widths from the WIN_FIT grids, or the widths fixed by the options. */
function candidatePriors(options: Pick<WinFitOptions, 'priorSd' | 'interceptPriorSd'>): Prior[] {
  const coefficientWidths = options.priorSd === undefined ? WIN_FIT.priorSdGrid : [options.priorSd];
  const interceptWidths = options.interceptPriorSd === undefined ? WIN_FIT.interceptPriorSdGrid : [options.interceptPriorSd];
  return coefficientWidths.flatMap((priorSd) => interceptWidths.map((interceptPriorSd) => priorOf({ priorSd, interceptPriorSd })));
}

/**
 * Fits with each candidate prior and keeps the fit under which the deals are
 * most probable (largest Laplace evidence). `starts[i]` is a starting point
 * for the i-th prior.
 */
function fitWithPriorSearch(design: Design, priors: readonly Prior[], starts: readonly Float64Array[] = []): MapFit {
  let best: MapFit | null = null;
  priors.forEach((prior, i) => {
    const fit = fitCoefficients(design, prior, starts[i] ?? null);
    if (!best || fit.logEvidence > best.logEvidence) best = fit;
  });
  return best!;
}

/** Builds the Gaussian prior centred on WIN_MODEL, as mean and precision (1/variance) per parameter. */
function priorOf(width: PriorWidth): Prior {
  const mean = defaultWeights();
  const precision = Float64Array.from([
    1 / width.interceptPriorSd ** 2,
    ...WIN_FEATURES.map((name) => (WIN_FIT.scale[name] / width.priorSd) ** 2),
  ]);
  return { width, mean, precision };
}

/** Maximum a posteriori weights by Newton's method with step halving, from `start` or the prior mean. */
function fitCoefficients(design: Design, prior: Prior, start: Float64Array | null): MapFit {
  let weights = Float64Array.from(start ?? prior.mean);
  let objective = logPosterior(weights, design, prior);
  const next = new Float64Array(weights.length);
  for (let iteration = 0; iteration < WIN_FIT.maxIterations; iteration += 1) {
    const { gradient, factor } = curvature(weights, design, prior);
    const step = solveCholesky(factor, gradient);
    let scale = 1;
    let nextObjective = -Infinity;
    for (; scale > 1e-6; scale /= 2) {
      for (let j = 0; j < weights.length; j += 1) next[j] = weights[j]! + scale * step[j]!;
      nextObjective = logPosterior(next, design, prior);
      if (nextObjective >= objective) break;
    }
    let largestMove = 0;
    for (let j = 0; j < weights.length; j += 1) largestMove = Math.max(largestMove, Math.abs(next[j]! - weights[j]!));
    weights = Float64Array.from(next);
    objective = nextObjective;
    if (largestMove < WIN_FIT.tolerance) break;
  }
  // Laplace: log p(D) ≈ log p(D | ŵ) + log p(ŵ) + (d/2)·log 2π − ½·log |H|; the 2π terms cancel with the prior's.
  const { factor } = curvature(weights, design, prior);
  let logEvidence = objective;
  for (let j = 0; j < weights.length; j += 1) {
    logEvidence += 0.5 * Math.log(prior.precision[j]!) - Math.log(factor[j * weights.length + j]!);
  }
  return { weights, width: prior.width, logEvidence };
}

/** Log likelihood of the labels plus the log prior, up to a constant. */
function logPosterior(weights: Float64Array, design: Design, prior: Prior): number {
  let sum = 0;
  for (let i = 0; i < design.rows.length; i += 1) {
    const z = dot(weights, design.rows[i]!);
    // log σ(z) = −softplus(−z) and log(1 − σ(z)) = −softplus(z), computed without overflow.
    sum -= design.labels[i] === 1 ? softplus(-z) : softplus(z);
  }
  for (let j = 0; j < weights.length; j += 1) sum -= 0.5 * prior.precision[j]! * (weights[j]! - prior.mean[j]!) ** 2;
  return sum;
}

/**
 * Computes the gradient Xᵀ(y − p) − Λ(w − m) of the log posterior and the Cholesky
 * factor L of its negated Hessian H = XᵀWX + Λ (H = L·Lᵀ), row-major. The
 * prior's precision keeps H positive definite for any deals.
 */
function curvature(weights: Float64Array, design: Design, prior: Prior): { gradient: Float64Array; factor: Float64Array } {
  const size = weights.length;
  const gradient = new Float64Array(size);
  const hessian = new Float64Array(size * size);
  for (let j = 0; j < size; j += 1) {
    gradient[j] = -prior.precision[j]! * (weights[j]! - prior.mean[j]!);
    hessian[j * size + j] = prior.precision[j]!;
  }
  for (let i = 0; i < design.rows.length; i += 1) {
    const row = design.rows[i]!;
    const p = sigmoid(dot(weights, row));
    const residual = design.labels[i]! - p;
    const weight = p * (1 - p);
    for (let a = 0; a < size; a += 1) {
      gradient[a]! += residual * row[a]!;
      const scaled = weight * row[a]!;
      for (let b = 0; b <= a; b += 1) hessian[a * size + b]! += scaled * row[b]!;
    }
  }
  return { gradient, factor: cholesky(hessian, size) };
}

/** Lower-triangular L with A = L·Lᵀ (row-major), for a symmetric positive definite A given by its lower triangle. */
function cholesky(lower: Float64Array, size: number): Float64Array {
  const l = new Float64Array(size * size);
  for (let i = 0; i < size; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let sum = lower[i * size + j]!;
      for (let k = 0; k < j; k += 1) sum -= l[i * size + k]! * l[j * size + k]!;
      l[i * size + j] = i === j ? Math.sqrt(sum) : sum / l[j * size + j]!;
    }
  }
  return l;
}

/** Solves L·Lᵀ·x = b by forward and back substitution. */
function solveCholesky(l: Float64Array, b: Float64Array): Float64Array {
  const size = b.length;
  const y = new Float64Array(size);
  for (let i = 0; i < size; i += 1) {
    let sum = b[i]!;
    for (let k = 0; k < i; k += 1) sum -= l[i * size + k]! * y[k]!;
    y[i] = sum / l[i * size + i]!;
  }
  const x = new Float64Array(size);
  for (let i = size - 1; i >= 0; i -= 1) {
    let sum = y[i]!;
    for (let k = i + 1; k < size; k += 1) sum -= l[k * size + i]! * x[k]!;
    x[i] = sum / l[i * size + i]!;
  }
  return x;
}

/** Trains the stage-only baseline: the smoothed win rate per stage reached on the training deals. */
function trainStageRates(train: readonly WinExample[]): (stage: Stage) => number {
  const overall = (train.filter((example) => example.won).length + 1) / (train.length + 2);
  const counts = new Map<Stage, { won: number; total: number }>();
  for (const example of train) {
    const count = counts.get(example.stageReached) ?? { won: 0, total: 0 };
    count.total += 1;
    if (example.won) count.won += 1;
    counts.set(example.stageReached, count);
  }
  const a = WIN_FIT.stageSmoothing;
  return (stage) => {
    const count = counts.get(stage) ?? { won: 0, total: 0 };
    return (count.won + a * overall) / (count.total + a);
  };
}

/** Scores a model by leave-one-out Brier and leave-pair-out AUC. */
function leaveOutScores(design: Design, train: Train): HeldOutScore {
  const n = design.labels.length;
  const allBut = (a: number, b = a): number[] => {
    const kept: number[] = [];
    for (let i = 0; i < n; i += 1) if (i !== a && i !== b) kept.push(i);
    return kept;
  };
  const probabilities = design.labels.map((_, i) => train(allBut(i))(i));
  const wonIndexes = indexesWhere(design, 1);
  const lostIndexes = indexesWhere(design, 0);
  let credit = 0;
  for (const w of wonIndexes) {
    for (const l of lostIndexes) {
      const predict = train(allBut(w, l));
      const difference = predict(w) - predict(l);
      if (difference > 0) credit += 1;
      if (difference === 0) credit += 0.5;
    }
  }
  const pairs = wonIndexes.length * lostIndexes.length;
  return {
    auc: pairs === 0 ? null : roundTo(credit / pairs, 4),
    brier: roundOrNull(brier(probabilities, design.labels.map((label) => label === 1))),
  };
}

/** Scores a model by AUC and Brier of its pooled out-of-fold predictions over k stratified folds. */
function kFoldScores(design: Design, train: Train, k: number): HeldOutScore {
  const n = design.labels.length;
  const fold = new Array<number>(n);
  // Won and lost deals are dealt in turn, so every fold keeps the win rate and spans the input's time range.
  [...indexesWhere(design, 1), ...indexesWhere(design, 0)].forEach((index, order) => {
    fold[index] = order % k;
  });
  const probabilities = new Array<number>(n);
  for (let f = 0; f < k; f += 1) {
    const trainIndexes = [...Array(n).keys()].filter((i) => fold[i] !== f);
    const predict = train(trainIndexes);
    for (let i = 0; i < n; i += 1) if (fold[i] === f) probabilities[i] = predict(i);
  }
  const labels = design.labels.map((label) => label === 1);
  return { auc: roundOrNull(auc(probabilities, labels)), brier: roundOrNull(brier(probabilities, labels)) };
}

/** Returns the default coefficients as a weight vector: intercept first, then WIN_FEATURES. */
function defaultWeights(): Float64Array {
  return Float64Array.from([WIN_MODEL.intercept, ...WIN_FEATURES.map((name) => WIN_MODEL.coefficients[name])]);
}

function logisticPredictor(design: Design, weights: Float64Array): Predict {
  return (index) => sigmoid(dot(weights, design.rows[index]!));
}

function indexesWhere(design: Design, label: number): number[] {
  return design.labels.flatMap((value, index) => (value === label ? [index] : []));
}

function mapFeatures(value: (name: WinFeature, index: number) => number): Record<WinFeature, number> {
  return Object.fromEntries(WIN_FEATURES.map((name, index) => [name, value(name, index)])) as Record<WinFeature, number>;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += a[i]! * b[i]!;
  return sum;
}

function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** ln(1 + eˣ) without overflow. */
function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

function roundOrNull(value: number | null): number | null {
  return value === null ? null : roundTo(value, 4);
}
