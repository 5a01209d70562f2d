/** Results of the external checks, as printed and written to docs/benchmarks.md. */
import type { ConfusionMatrix, PrfScore } from '../metrics.js';

/** One system's result on a yes/no task. */
export interface BinarySystemResult {
  system: string;
  score: PrfScore;
}

/** A yes/no task on one data set, with Parley and its baselines side by side. */
export interface BinaryCheck {
  task: string;
  dataset: string;
  /** Description of the scored texts, in a few words. */
  sample: string;
  total: number;
  positives: number;
  /** Description of the label that counts as positive, in a few words. */
  positiveLabel: string;
  systems: BinarySystemResult[];
}

/** One system's result on a multi-class task. */
export interface MultiClassSystemResult {
  system: string;
  accuracy: number | null;
  macroF1: number | null;
  confusion: ConfusionMatrix;
}

/** A multi-class task on one data set, with Parley and its baselines side by side. */
export interface MultiClassCheck {
  task: string;
  dataset: string;
  sample: string;
  total: number;
  systems: MultiClassSystemResult[];
}
