/**
 * `parley outcome fit`: fits the win model to the closed deals stored in a
 * database, saves it there and prints how well it predicts held-out deals
 * next to the stage-only baseline and the default model.
 */
import { Command, InvalidArgumentError } from 'commander';
import { InputError } from '../core/errors.js';
import { WIN_FIT } from '../score/weights.js';
import {
  fitWinModel,
  WinFitError,
  type FittedWinModel,
  type HeldOutScore,
  type WinCrossValidation,
  type WinExample,
} from '../score/win-fit.js';

/** Storage and output functions the command calls. Tests pass in-memory versions. */
export interface FitCommandDeps {
  /** Loads the closed deals of the database: features computed without the recorded outcome, and the outcome. */
  loadExamples(dbPath: string): Promise<WinExample[]>;
  /** Stores the fitted model (JSON text, see `parseWinModel`) so later analyses use it. */
  saveModel(dbPath: string, json: string): Promise<void>;
  /** Writes the report (default: standard output). */
  write?: (text: string) => void;
  /** Returns the time stamped on the model as `fittedAt` (default: the system clock). */
  now?: () => Date;
}

export interface FitOptions {
  db: string;
  folds?: number;
  json?: boolean;
}

/**
 * Builds the `fit` command. The caller adds it under `outcome`.
 *
 * @example
 * program.command('outcome').addCommand(fitCommand({ loadExamples, saveModel }));
 */
export function fitCommand(deps: FitCommandDeps): Command {
  return new Command('fit')
    .description('fit the win-probability model to the won and lost deals in the database and report its cross-validated accuracy')
    .option('--db <path>', 'SQLite database file that holds the conversations and their outcomes', 'parley.db')
    .option(
      '--folds <n>',
      `cross-validation folds (default: leave-one-out up to ${WIN_FIT.leaveOneOutMax} deals, else ${WIN_FIT.folds})`,
      parseFolds,
    )
    .option('--json', 'write the fitted model and its scores as JSON instead of text', false)
    .action(async (options: FitOptions) => {
      await runFit(options, deps);
    });
}

/** Parses `--folds`: a whole number of at least 2. */
export function parseFolds(value: string): number {
  const folds = Number(value);
  if (!/^\d+$/.test(value) || folds < 2) {
    throw new InvalidArgumentError(`invalid fold count "${value}": use a whole number of at least 2, e.g. 5`);
  }
  return folds;
}

/** Loads the deals, fits, saves and reports. Throws an InputError naming the database for too few deals or a single outcome. */
export async function runFit(options: FitOptions, deps: FitCommandDeps): Promise<FittedWinModel> {
  const write = deps.write ?? ((text: string) => process.stdout.write(text));
  const examples = await deps.loadExamples(options.db);
  const model = fitOrExplain(examples, options, deps.now?.() ?? new Date());
  await deps.saveModel(options.db, JSON.stringify(model));
  const notes = fitNotes(model);
  if (options.json) {
    write(JSON.stringify({ db: options.db, saved: true, model, notes }, null, 2) + '\n');
  } else {
    write(renderFit(model, options.db, notes));
  }
  return model;
}

function fitOrExplain(examples: readonly WinExample[], options: FitOptions, now: Date): FittedWinModel {
  try {
    return fitWinModel(examples, { fittedAt: now, ...(options.folds === undefined ? {} : { folds: options.folds }) });
  } catch (error) {
    if (error instanceof WinFitError && (error.problem === 'too-few-deals' || error.problem === 'one-outcome')) {
      throw new InputError(
        options.db,
        `cannot fit the win model: ${error.message}. Record more won and lost outcomes; until then analyses use the default model`,
      );
    }
    throw error;
  }
}

/** Lists cautions for the reader: too few deals for firm scores, or a fit that did not beat the default or the stage-only baseline. */
export function fitNotes(model: FittedWinModel): string[] {
  const notes: string[] = [];
  const minority = Math.min(model.won, model.lost);
  if (model.n < WIN_FIT.roughBelowDeals || minority < WIN_FIT.roughBelowMinority) {
    notes.push(
      `${model.n} closed deals (${minority} of the rarer outcome) are few: the scores are rough, ` +
        'and small differences between the models can be chance. The prior keeps the fit close to the default until more outcomes agree.',
    );
  }
  const cv = model.cv;
  if (cv && cv.brier !== null && cv.defaultModel.brier !== null && cv.brier > cv.defaultModel.brier) {
    notes.push(
      `the default model's held-out Brier score (${format(cv.defaultModel.brier)}) is better than the fitted model's (${format(cv.brier)}): ` +
        'these deals do not show the default to be wrong.',
    );
  }
  if (cv && cv.brier !== null && cv.baseline.brier !== null && cv.brier > cv.baseline.brier) {
    notes.push(
      `the stage-only baseline's held-out Brier score (${format(cv.baseline.brier)}) is better than the fitted model's (${format(cv.brier)}): ` +
        'on these deals the stage reached predicts the outcome better than the full model.',
    );
  }
  return notes;
}

/** Renders the text report: counts, the cross-validation method and a table of AUC and Brier per model. */
export function renderFit(model: FittedWinModel, db: string, notes: readonly string[]): string {
  const lines = [`Fitted the win model to ${model.n} closed deals in ${db} (${model.won} won, ${model.lost} lost).`];
  if (model.cv) {
    lines.push(describeMethod(model.cv), '', 'model        AUC     Brier');
    const rows: [string, HeldOutScore][] = [
      ['fitted', model.cv],
      ['stage only', model.cv.baseline],
      ['default', model.cv.defaultModel],
    ];
    for (const [name, score] of rows) lines.push(`${name.padEnd(13)}${format(score.auc).padEnd(8)}${format(score.brier)}`);
    lines.push(
      '',
      'AUC: chance that a won deal gets a higher probability than a lost one (0.5 is chance level; higher is better).',
      'Brier: mean squared error of the probabilities against the outcomes (lower is better).',
    );
  }
  lines.push(`Saved the fitted model to ${db}.`);
  for (const note of notes) lines.push(`Note: ${note}`);
  return lines.join('\n') + '\n';
}

function describeMethod(cv: WinCrossValidation): string {
  if (cv.method === 'leave-one-out') {
    return `Held-out scores: leave-one-out over ${cv.n} deals; AUC from ${cv.won * cv.lost} won-lost pairs left out in turn.`;
  }
  return `Held-out scores: ${cv.folds}-fold cross-validation, each fold keeping the overall win rate.`;
}

function format(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(3);
}
