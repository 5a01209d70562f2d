/**
 * `npm run eval`: runs Parley on the labeled message sets in eval/dev,
 * eval/holdout and eval/test and prints signal, sentiment-mode, entity and
 * language detection accuracy per language and overall, each set on its own.
 * The training sets (eval/train, train2, train3), which the learned layer is
 * fitted on, and any other set folder are read only when named with --set.
 *
 *   npm run eval                              # dev, holdout and test, text tables
 *   npm run eval -- --set dev --lang fr --errors 20
 *   npm run eval -- --json > eval-report.json
 *   npm run eval -- --rules-only              # without the learned layer
 *   npm run eval -- --set train3 --model /tmp/candidate.json   # a model from `npm run train -- --out`
 *
 * Invalid lines are reported on stderr as `file:line: field: message` and
 * skipped. The exit code is 1 when a line was invalid or no message was read.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateEntry, isWrong, mistakeJson, type MessageOutcome } from './evaluate.js';
import { dropDuplicateIds, formatIssue, readLabeledSet, type LabeledSet } from './labeled-read.js';
import { EVAL_LANGUAGES } from './labeled-schema.js';
import type { AnalyzeOptions } from '../extract/index.js';
import { readModelFile } from '../extract/learned/model.js';
import { renderMistakes, renderSetReport } from './render.js';
import { setReport } from './report.js';

/** Sets that `--set all` reports; the training sets are fitted on, so they are evaluated only when named. */
const REPORTED_SETS = ['dev', 'holdout', 'test'] as const;

/** Default folder of the labeled sets: `eval/` at the repository root, from both src/eval and dist/eval. */
const DEFAULT_DIR = fileURLToPath(new URL('../../eval/', import.meta.url));

interface EvalOptions {
  /** A set folder under `dir`, or "all". */
  set: string;
  lang?: string;
  json: boolean;
  errors: number;
  dir: string;
  rulesOnly: boolean;
  model?: string;
}

function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new InvalidArgumentError('expected a whole number of messages, 0 or more');
  return count;
}

function parseOptions(argv: readonly string[]): EvalOptions {
  const program = new Command('eval')
    .description('Measure Parley on the labeled message sets (eval/dev, eval/holdout, eval/test).')
    .option('--set <name>', 'set folder under --dir to evaluate (dev, holdout, test, train, train2…), or "all" for dev, holdout and test', 'all')
    .addOption(new Option('--lang <code>', 'evaluate only messages labeled with this language').choices([...EVAL_LANGUAGES]))
    .option('--json', 'write the report as JSON to stdout instead of tables', false)
    .option('--errors <n>', 'list up to n wrong messages per language, with expected and returned labels', parseCount, 0)
    .option('--rules-only', 'read the messages with the cue rules alone, without the learned layer', false)
    .addOption(
      new Option('--model <file>', 'learned layer file to use instead of models/learned.json (as `npm run train -- --out` writes it)').conflicts('rulesOnly'),
    )
    .option('--dir <path>', 'folder that holds the set folders (dev/, holdout/, …)', DEFAULT_DIR)
    .showHelpAfterError();
  program.parse([...argv], { from: 'user' });
  return program.opts<EvalOptions>();
}

function selectedSets(options: EvalOptions): LabeledSet[] {
  const names = options.set === 'all' ? REPORTED_SETS : [options.set];
  const sets = dropDuplicateIds(names.map((name) => readLabeledSet(name, join(options.dir, name))));
  if (options.lang === undefined) return sets;
  return sets.map((set) => ({ ...set, entries: set.entries.filter((entry) => entry.message.language === options.lang) }));
}

interface SetResult {
  set: LabeledSet;
  outcomes: MessageOutcome[];
}

/** Prints missing folders and invalid lines to stderr, and returns how many problems there were. */
function printIssues(results: readonly SetResult[]): number {
  let issueCount = 0;
  for (const { set } of results) {
    if (!set.found) console.error(`${set.dir}: folder not found, so the ${set.name} set is skipped`);
    for (const issue of set.issues) console.error(formatIssue(issue));
    issueCount += set.issues.length;
  }
  return issueCount;
}

function printReports(results: readonly SetResult[], options: EvalOptions): void {
  const reported = results.filter(({ outcomes }) => outcomes.length > 0);
  if (options.json) {
    const json = reported.map(({ set, outcomes }) => jsonOfSet(set, outcomes, options.errors));
    console.log(JSON.stringify({ generatedAt: new Date().toISOString(), sets: json }, null, 2));
    return;
  }
  for (const { set, outcomes } of reported) {
    console.log(renderSetReport(setReport(set.name, outcomes)));
    if (options.errors > 0) console.log(`\n${renderMistakes(set.name, outcomes, options.errors)}`);
    console.log('');
  }
}

function main(): number {
  const options = parseOptions(process.argv.slice(2));
  const sets = selectedSets(options);
  const started = process.hrtime.bigint();
  let learned: AnalyzeOptions = {};
  if (options.rulesOnly) learned = { learned: null };
  else if (options.model !== undefined) {
    try {
      learned = { learned: readModelFile(options.model) };
    } catch (error) {
      console.error((error as Error).message);
      return 1;
    }
  }
  const results = sets.map((set) => ({ set, outcomes: set.entries.map((entry) => evaluateEntry(entry, learned)) }));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  const issueCount = printIssues(results);
  const evaluated = results.reduce((sum, result) => sum + result.outcomes.length, 0);
  console.error(
    `evaluated ${evaluated} message(s) in ${seconds.toFixed(2)} s. ${issueCount} problem(s) in the labeled files, invalid lines skipped.`,
  );
  printReports(results, options);
  return issueCount > 0 || evaluated === 0 ? 1 : 0;
}

function jsonOfSet(set: LabeledSet, outcomes: readonly MessageOutcome[], errorLimit: number): object {
  const mistakes: object[] = [];
  if (errorLimit > 0) {
    const listedPerLanguage = new Map<string, number>();
    for (const outcome of outcomes.filter(isWrong)) {
      const language = outcome.entry.message.language;
      const listed = listedPerLanguage.get(language) ?? 0;
      if (listed >= errorLimit) continue;
      listedPerLanguage.set(language, listed + 1);
      mistakes.push(mistakeJson(outcome));
    }
  }
  return {
    ...setReport(set.name, outcomes),
    dir: set.dir,
    issues: set.issues,
    ...(errorLimit > 0 ? { mistakes } : {}),
  };
}

process.exitCode = main();
