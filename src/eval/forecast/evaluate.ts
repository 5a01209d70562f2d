/**
 * One data set through the benchmark: Parley on each dialogue's first half,
 * then Parley's default probability and the cross-validated baselines scored
 * on the same cases with AUC and Brier.
 */
import type { Channel, Stage } from '../../core/types.js';
import { auc, brier } from '../../score/stats.js';
import { aucInterval } from './auc-interval.js';
import { fitBaseRate, fitLength, fitStageRates } from './baselines.js';
import { analyzeFirstHalf, type ForecastCase } from './first-half.js';
import { crossValidate, stratifiedFolds, type Fitter } from './folds.js';
import type { LoadedDataset } from './types.js';

/** A model fitted per fold on the cases' Parley output, e.g. the workspace win model. */
export interface FittedSystem {
  name: string;
  fit: Fitter<ForecastCase>;
  /** Fits the model to all cases and returns its weights, so the report shows what it learned. */
  summarize?: (items: readonly ForecastCase[], labels: readonly boolean[]) => FitSummary;
}

/** Intercept and weights of a logistic model fitted to all cases of a data set. */
export interface FitSummary {
  system: string;
  intercept: number;
  weights: Record<string, number>;
}

export interface EvaluateOptions {
  channel: Channel;
  /** Folds of the cross-validation; default 5. */
  folds?: number;
  /** Seed of the fold assignment; default 42. */
  seed?: number;
  /** Further cross-validated systems, scored after the built-in baselines. */
  fitted?: readonly FittedSystem[];
}

/** One system's scores on one data set. */
export interface SystemScore {
  system: string;
  auc: number | null;
  aucLow: number | null;
  aucHigh: number | null;
  brier: number | null;
}

/** Cases and wins per stage reached by the first half. */
export type StageCounts = Partial<Record<Stage, { cases: number; wins: number }>>;

/** Everything the benchmark reports for one data set. */
export interface DatasetForecast {
  name: string;
  files: string[];
  cases: number;
  won: number;
  skipped: Record<string, number>;
  folds: number;
  stages: StageCounts;
  /** First halves in which Parley raised at least one behavior signal (context.* left out). */
  withSignals: number;
  /** AUC of the first half's turn count alone: above 0.5 when longer dialogues end in a deal more often. */
  turnsAuc: number | null;
  /** Mean of Parley's default win probability, to compare with the win rate `won / cases`. */
  meanProbability: number | null;
  /** Mean turns kept per dialogue. */
  meanTurns: number;
  systems: SystemScore[];
  /** Win features with one value in every case, so a weight fitted to them only shifts the intercept. */
  constantFeatures: string[];
  /** Weights of the fitted systems' models on all cases. */
  fits: FitSummary[];
}

/** Scores one vector of probabilities against the outcomes. */
export function scoreSystem(system: string, probabilities: readonly number[], labels: readonly boolean[]): SystemScore {
  const positives = labels.filter(Boolean).length;
  const value = auc(probabilities, labels);
  const interval = aucInterval(value, positives, labels.length - positives);
  return { system, auc: value, aucLow: interval?.low ?? null, aucHigh: interval?.high ?? null, brier: brier(probabilities, labels) };
}

/** Returns the win features whose value is the same in every case. */
export function constantFeatures(cases: readonly ForecastCase[]): string[] {
  const first = cases[0];
  if (!first) return [];
  return Object.keys(first.winFeatures).filter((name) => cases.every((item) => item.winFeatures[name] === first.winFeatures[name]));
}

function stageCounts(cases: readonly ForecastCase[]): StageCounts {
  const counts: StageCounts = {};
  for (const item of cases) {
    const count = counts[item.stageReached] ?? { cases: 0, wins: 0 };
    count.cases += 1;
    if (item.won) count.wins += 1;
    counts[item.stageReached] = count;
  }
  return counts;
}

/** Scores Parley's default probability and every cross-validated system on the given cases. */
export function scoreCases(cases: readonly ForecastCase[], options: Omit<EvaluateOptions, 'channel'>): SystemScore[] {
  const labels = cases.map((item) => item.won);
  const folds = stratifiedFolds(labels, options.folds ?? 5, options.seed ?? 42);
  const systems: FittedSystem[] = [
    ...(options.fitted ?? []),
    { name: 'stage only: win rate per stage reached (CV)', fit: fitStageRates },
    { name: 'length only: logistic on turns and words (CV)', fit: fitLength },
    { name: 'base rate of the training folds (CV)', fit: fitBaseRate },
  ];
  return [
    scoreSystem('Parley default win probability', cases.map((item) => item.winProbability), labels),
    ...systems.map((system) => scoreSystem(system.name, crossValidate(cases, labels, folds, system.fit), labels)),
  ];
}

/** Runs Parley on every dialogue's first half and scores every system. */
export function evaluateDataset(dataset: LoadedDataset, options: EvaluateOptions): DatasetForecast {
  const cases = dataset.negotiations.map((negotiation) => analyzeFirstHalf(negotiation, options.channel));
  return {
    name: dataset.name,
    files: dataset.files,
    cases: cases.length,
    won: cases.filter((item) => item.won).length,
    skipped: dataset.skipped,
    folds: options.folds ?? 5,
    stages: stageCounts(cases),
    withSignals: cases.filter((item) => item.signals > 0).length,
    turnsAuc: auc(cases.map((item) => item.turns), cases.map((item) => item.won)),
    meanProbability: cases.length === 0 ? null : cases.reduce((sum, item) => sum + item.winProbability, 0) / cases.length,
    meanTurns: cases.length === 0 ? 0 : cases.reduce((sum, item) => sum + item.turns, 0) / cases.length,
    systems: scoreCases(cases, options),
    constantFeatures: constantFeatures(cases),
    fits: (options.fitted ?? []).flatMap((system) =>
      system.summarize ? [system.summarize(cases, cases.map((item) => item.won))] : [],
    ),
  };
}
