/**
 * Agreement between two labelings of the same messages, read the way
 * `npm run eval` reads Parley: the first folder is the reference and the
 * second is scored against it (signal micro-F1, per-type F1, mode accuracy
 * and Cohen's kappa), per language. Two people labeling the same text under
 * the same guide show how far the labels themselves can be trusted, and so
 * how high a score on them can mean anything.
 *
 *   npx tsx src/eval/agreement.ts eval/test /path/to/second-labeling
 */
import { basename, resolve } from 'node:path';
import { SENTIMENT_MODES } from '../core/types.js';
import { formatIssue, readLabeledSet, type LabeledEntry } from './labeled-read.js';
import { addMultiLabelCounts, confusionMatrix, matrixAccuracy, microAverage, scoreCounts, type Counts } from './metrics.js';

/** Agreement of one language, or of all when `language` is "all". */
export interface AgreementRow {
  language: string;
  messages: number;
  signalMicroF1: number | null;
  modeAccuracy: number | null;
  modeKappa: number | null;
}

export interface Agreement {
  rows: AgreementRow[];
  /** F1 per signal type over all languages, by support in the reference. */
  types: { type: string; support: number; f1: number | null }[];
  /** Ids found in only one of the two folders. */
  unmatched: string[];
}

/** Cohen's kappa of two label sequences: agreement beyond what the label frequencies give by chance. */
export function cohenKappa(pairs: readonly (readonly [string, string])[]): number | null {
  if (pairs.length === 0) return null;
  const left = new Map<string, number>();
  const right = new Map<string, number>();
  let same = 0;
  for (const [a, b] of pairs) {
    if (a === b) same += 1;
    left.set(a, (left.get(a) ?? 0) + 1);
    right.set(b, (right.get(b) ?? 0) + 1);
  }
  const n = pairs.length;
  let chance = 0;
  for (const [label, count] of left) chance += (count / n) * ((right.get(label) ?? 0) / n);
  return chance === 1 ? null : (same / n - chance) / (1 - chance);
}

/** Scores `candidate` against `reference`, matching messages by id. */
export function compareLabelings(reference: readonly LabeledEntry[], candidate: readonly LabeledEntry[]): Agreement {
  const byId = new Map(candidate.map((entry) => [entry.message.id, entry.message]));
  const seen = new Set<string>();
  const perLanguage = new Map<string, { counts: Map<string, Counts>; modes: [string, string][] }>();
  const all = { counts: new Map<string, Counts>(), modes: [] as [string, string][] };
  const unmatched: string[] = [];

  for (const { message } of reference) {
    const other = byId.get(message.id);
    if (other === undefined) {
      unmatched.push(message.id);
      continue;
    }
    seen.add(message.id);
    let bucket = perLanguage.get(message.language);
    if (bucket === undefined) {
      bucket = { counts: new Map(), modes: [] };
      perLanguage.set(message.language, bucket);
    }
    for (const target of [bucket, all]) {
      addMultiLabelCounts(target.counts, new Set(message.signals), new Set(other.signals));
      target.modes.push([message.mode, other.mode]);
    }
  }
  for (const id of byId.keys()) if (!seen.has(id)) unmatched.push(id);

  const row = (language: string, bucket: typeof all): AgreementRow => ({
    language,
    messages: bucket.modes.length,
    signalMicroF1: microAverage(bucket.counts.values()).f1,
    modeAccuracy: matrixAccuracy(confusionMatrix(bucket.modes, SENTIMENT_MODES)),
    modeKappa: cohenKappa(bucket.modes),
  });
  const rows = [...perLanguage].sort(([a], [b]) => a.localeCompare(b)).map(([language, bucket]) => row(language, bucket));
  rows.push(row('all', all));

  const types = [...all.counts]
    .map(([type, counts]) => ({ type, support: counts.tp + counts.fn, f1: scoreCounts(counts).f1 }))
    .sort((a, b) => b.support - a.support || a.type.localeCompare(b.type));
  return { rows, types, unmatched };
}

function format(value: number | null, digits = 3): string {
  return value === null ? 'n/a' : value.toFixed(digits);
}

function main(args: readonly string[]): number {
  if (args.length !== 2) {
    console.error('usage: agreement.ts <reference folder> <second labeling folder>');
    return 2;
  }
  const [reference, candidate] = args.map((dir) => readLabeledSet(basename(resolve(dir)), resolve(dir)));
  let problems = 0;
  for (const set of [reference!, candidate!]) {
    if (!set.found) {
      console.error(`${set.dir}: folder not found`);
      problems += 1;
    }
    for (const issue of set.issues) console.error(formatIssue(issue));
    problems += set.issues.length;
  }
  if (problems > 0) return 1;
  const agreement = compareLabelings(reference!.entries, candidate!.entries);
  console.log('| language | messages | signal micro-F1 | mode agreement | mode kappa |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const row of agreement.rows) {
    const accuracy = row.modeAccuracy === null ? 'n/a' : `${(row.modeAccuracy * 100).toFixed(1)}%`;
    console.log(`| ${row.language} | ${row.messages} | ${format(row.signalMicroF1)} | ${accuracy} | ${format(row.modeKappa, 2)} |`);
  }
  console.log('\n| signal type | reference count | F1 |');
  console.log('| --- | --- | --- |');
  for (const type of agreement.types) console.log(`| ${type.type} | ${type.support} | ${format(type.f1, 2)} |`);
  if (agreement.unmatched.length > 0) console.log(`\n${agreement.unmatched.length} id(s) in only one folder: ${agreement.unmatched.slice(0, 10).join(', ')}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  process.exitCode = main(process.argv.slice(2));
}
