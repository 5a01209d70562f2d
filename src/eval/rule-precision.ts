/**
 * Precision of each cue rule over labeled sets: how often a signal the rule
 * raised, with the rules alone, is among the message's labels. A rule that
 * is right on few of its hits across many writer rounds disagrees with the
 * writers, not with one of them.
 *
 *   npx tsx src/eval/rule-precision.ts --type intent.urgency eval/train eval/train2
 *
 * Prints one row per rule and language, worst first: true hits, false hits,
 * and the hits where the rule was the only evidence.
 */
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeWithRules } from '../extract/index.js';
import type { LabeledEntry } from './labeled-read.js';
import { dropDuplicateIds, formatIssue, readLabeledSet } from './labeled-read.js';

/** Hits of one rule in one language. */
export interface RuleRow {
  type: string;
  language: string;
  rule: string;
  /** Hits whose signal type is among the message's labels. */
  right: number;
  wrong: number;
  /** Hits where this rule was the signal's only evidence, and how many of them were right. */
  alone: number;
  aloneRight: number;
}

/** Counts the hits of every cue rule over the entries, read with the rules alone in their labeled language. */
export function rulePrecision(entries: readonly LabeledEntry[], typePrefix = ''): RuleRow[] {
  const rows = new Map<string, RuleRow>();
  for (const { message } of entries) {
    const analysis = analyzeWithRules({ id: message.id, text: message.text, sentAt: message.sentAt, direction: 'inbound', language: message.language });
    for (const signal of analysis.signals) {
      if (signal.type.startsWith('context.') || !signal.type.startsWith(typePrefix)) continue;
      const right = (message.signals as readonly string[]).includes(signal.type);
      const rules = [...new Set(signal.evidence.map((e) => e.rule ?? 'unnamed'))];
      for (const rule of rules) {
        const key = `${signal.type}\u0000${message.language}\u0000${rule}`;
        const row = rows.get(key) ?? { type: signal.type, language: message.language, rule, right: 0, wrong: 0, alone: 0, aloneRight: 0 };
        row.right += right ? 1 : 0;
        row.wrong += right ? 0 : 1;
        if (rules.length === 1) {
          row.alone += 1;
          row.aloneRight += right ? 1 : 0;
        }
        rows.set(key, row);
      }
    }
  }
  return [...rows.values()].sort((a, b) => b.wrong - b.right - (a.wrong - a.right));
}

function main(argv: readonly string[]): number {
  const { values, positionals } = parseArgs({ args: [...argv], options: { type: { type: 'string', default: '' } }, allowPositionals: true });
  if (positionals.length === 0) {
    console.error('usage: rule-precision.ts [--type intent.urgency] <set folder>... (for example eval/train eval/train2)');
    return 2;
  }
  const sets = dropDuplicateIds(positionals.map((dir) => readLabeledSet(basename(resolve(dir)), resolve(dir))));
  const missing = sets.filter((set) => !set.found);
  for (const set of missing) console.error(`${set.dir}: folder not found`);
  if (missing.length > 0) return 1;
  for (const set of sets) for (const issue of set.issues) console.error(formatIssue(issue));
  console.log('right\twrong\talone right/all\ttype\tlanguage:rule');
  for (const row of rulePrecision(sets.flatMap((set) => set.entries), values.type)) {
    console.log(`${row.right}\t${row.wrong}\t${row.aloneRight}/${row.alone}\t${row.type}\t${row.language}:${row.rule}`);
  }
  return 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // A reader that closes early (`| head`) ends the report, not with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = main(process.argv.slice(2));
}
