/**
 * Precision of each cue rule over labeled sets: how often a signal the rule
 * raised, with the rules alone, is among the message's labels. A rule that
 * is right on few of its hits across many writer rounds disagrees with the
 * writers, not with one of them. Types the sets do not label (context,
 * clarification) are left out: no hit of theirs could be right.
 *
 *   npx tsx src/eval/rule-precision.ts --type intent.urgency eval/train eval/train2
 *   npx tsx src/eval/rule-precision.ts --rule pt:entity.port eval/train eval/train2
 *
 * Prints one row per rule and language, worst first: true hits, false hits,
 * and the hits where the rule was the only evidence. With `--rule`, prints
 * each hit of that one rule instead: right or wrong, the message id and the
 * text around the evidence.
 */
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeWithRules } from '../extract/index.js';
import type { LabeledEntry } from './labeled-read.js';
import { LABELED_SIGNAL_TYPES } from './labeled-schema.js';
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

/** One hit of a rule, for reading its mistakes. */
export interface RuleHit {
  id: string;
  right: boolean;
  /** The evidence with up to `HIT_CONTEXT` characters either side, on one line. */
  context: string;
}

const LABELED: ReadonlySet<string> = new Set(LABELED_SIGNAL_TYPES);

/** Characters of message text shown either side of a hit's evidence. */
const HIT_CONTEXT = 60;

/** Counts the hits of every cue rule over the entries, read with the rules alone in their labeled language. */
export function rulePrecision(entries: readonly LabeledEntry[], typePrefix = ''): RuleRow[] {
  const rows = new Map<string, RuleRow>();
  for (const { message } of entries) {
    const analysis = analyzeWithRules({ id: message.id, text: message.text, sentAt: message.sentAt, direction: 'inbound', language: message.language });
    for (const signal of analysis.signals) {
      if (!LABELED.has(signal.type) || !signal.type.startsWith(typePrefix)) continue;
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

/** Lists every hit of one rule (`language:rule`, as the report prints it) over the entries. */
export function ruleHits(entries: readonly LabeledEntry[], languageRule: string, typePrefix = ''): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const { message } of entries) {
    if (!languageRule.startsWith(`${message.language}:`)) continue;
    const rule = languageRule.slice(message.language.length + 1);
    const analysis = analyzeWithRules({ id: message.id, text: message.text, sentAt: message.sentAt, direction: 'inbound', language: message.language });
    for (const signal of analysis.signals) {
      if (!LABELED.has(signal.type) || !signal.type.startsWith(typePrefix)) continue;
      const evidence = signal.evidence.find((e) => (e.rule ?? 'unnamed') === rule);
      if (evidence === undefined) continue;
      const before = message.text.slice(Math.max(0, evidence.start - HIT_CONTEXT), evidence.start);
      const after = message.text.slice(evidence.end, evidence.end + HIT_CONTEXT);
      const context = `${before}[${message.text.slice(evidence.start, evidence.end)}]${after}`.replace(/\s+/g, ' ');
      hits.push({ id: message.id, right: (message.signals as readonly string[]).includes(signal.type), context });
    }
  }
  return hits;
}

function main(argv: readonly string[]): number {
  const { values, positionals } = parseArgs({ args: [...argv], options: { type: { type: 'string', default: '' }, rule: { type: 'string' } }, allowPositionals: true });
  if (positionals.length === 0) {
    console.error('usage: rule-precision.ts [--type intent.urgency] [--rule en:urgency.asap] <set folder>... (for example eval/train eval/train2)');
    return 2;
  }
  const sets = dropDuplicateIds(positionals.map((dir) => readLabeledSet(basename(resolve(dir)), resolve(dir))));
  const missing = sets.filter((set) => !set.found);
  for (const set of missing) console.error(`${set.dir}: folder not found`);
  if (missing.length > 0) return 1;
  for (const set of sets) for (const issue of set.issues) console.error(formatIssue(issue));
  if (values.rule !== undefined) {
    for (const hit of ruleHits(sets.flatMap((set) => set.entries), values.rule, values.type)) {
      console.log(`${hit.right ? 'right' : 'wrong'}\t${hit.id}\t${hit.context}`);
    }
    return 0;
  }
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
