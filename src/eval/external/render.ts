/**
 * Terminal tables and the docs/benchmarks.md section of `npm run eval:external`.
 * The section sits between two HTML comments, so a re-run replaces it and
 * leaves the rest of the file as it was.
 */
import { formatMarkdownTable, formatRatio, formatTable } from '../table.js';
import type { BinaryCheck, MultiClassCheck } from './types.js';

export const SECTION_START = '<!-- eval:external start (written by npm run eval:external; a re-run replaces it) -->';
export const SECTION_END = '<!-- eval:external end -->';

/** Everything one run measured, and where. */
export interface ExternalResults {
  date: string;
  command: string;
  machine: string;
  seconds: number;
  polarity: MultiClassCheck & { excluded: number; detectedEnglish: number };
  binary: BinaryCheck[];
}

function polarityRows(check: MultiClassCheck): string[][] {
  return check.systems.map((system) => [system.system, formatRatio(system.accuracy), formatRatio(system.macroF1)]);
}

function binaryRows(checks: readonly BinaryCheck[]): string[][] {
  return checks.flatMap((check) =>
    check.systems.map((system) => [
      check.dataset,
      check.task,
      system.system,
      formatRatio(system.score.precision),
      formatRatio(system.score.recall),
      formatRatio(system.score.f1),
    ]),
  );
}

const BINARY_HEADER = ['data set', 'task', 'system', 'P', 'R', 'F1'];

function confusionText(check: MultiClassCheck): string[] {
  return check.systems.flatMap((system) => {
    const { labels, cells } = system.confusion;
    const rows = labels.map((label, i) => [label, ...(cells[i] ?? []).map(String)]);
    return ['', `${system.system}: confusion matrix`, formatTable(['expected \\ returned', ...labels], rows)];
  });
}

function sampleLines(results: ExternalResults): string[] {
  const polarity = results.polarity;
  return [
    `${polarity.dataset}: ${polarity.sample}. ${polarity.excluded} left out, ${polarity.detectedEnglish} detected as English.`,
    ...results.binary.map((check) => `${check.dataset}, ${check.task}: ${check.sample}, ${check.positives} positive (${check.positiveLabel}).`),
  ];
}

/** Renders the results as terminal tables. */
export function renderExternalText(results: ExternalResults): string {
  return [
    `${results.machine}, ${results.seconds.toFixed(1)} s`,
    '',
    `polarity on ${results.polarity.dataset}`,
    formatTable(['system', 'accuracy', 'macro-F1'], polarityRows(results.polarity)),
    ...confusionText(results.polarity),
    '',
    formatTable(BINARY_HEADER, binaryRows(results.binary), 3),
    '',
    'samples:',
    ...sampleLines(results).map((line) => `  ${line}`),
  ].join('\n');
}

/** Renders the docs/benchmarks.md section, markers included. */
export function renderExternalSection(results: ExternalResults): string {
  return [
    SECTION_START,
    '### External checks on public labeled text',
    '',
    '```sh',
    results.command,
    '```',
    '',
    `Measured on ${results.date} on ${results.machine}. The whole command took ${results.seconds.toFixed(1)} s.`,
    'Each check runs Parley (`analyzeMessage`, inbound, language detected, one fixed send time) and a',
    'baseline on the same texts in the same command. Every split is used in full, without sampling.',
    'None of these texts are B2B trade messages, so the numbers show how Parley carries over to other',
    'writing, not how it does on buyer messages. `npm run eval` measures that.',
    '',
    `#### Polarity: ${results.polarity.dataset}`,
    '',
    'The 27 emotions plus neutral are grouped into positive, negative, ambiguous and neutral as the',
    'GoEmotions authors group them. Only comments whose labels fall in exactly one of positive, negative and',
    'neutral are scored. Parley\'s `sentiment.polarity` and VADER\'s compound score (`vader-sentiment` 1.1.3)',
    'become a class with VADER\'s usual cut-off: ≥ 0.05 positive, ≤ −0.05 negative, else neutral.',
    'Macro-F1 is the mean F1 of the three classes.',
    '',
    formatMarkdownTable(['system', 'accuracy', 'macro-F1'], polarityRows(results.polarity)),
    '',
    '#### Requests, price objections and inquiries',
    '',
    '- EmailIntentDataSet: each sentence is labeled Yes when it asks the recipient to do something.',
    '  Parley predicts yes when it raises an early-qualification, evaluation, quotation, sample-request or',
    '  invoice-request signal, the signals its conversation model counts as a buyer question.',
    '- CraigslistBargain: buyer turns of the validation split (the test split of this copy has no dialogue',
    '  acts). A turn whose act is `counter-price` or `disagree` counts as a price objection, and one whose',
    '  act is `inquiry` as an inquiry, which any `intent.*` signal predicts.',
    '- The baselines are keyword rules in `src/eval/external/baselines.ts`.',
    '',
    formatMarkdownTable(BINARY_HEADER, binaryRows(results.binary), 3),
    '',
    'Samples:',
    '',
    ...sampleLines(results).map((line) => `- ${line}`),
    SECTION_END,
  ].join('\n');
}

/**
 * Replaces the section between the markers with `section`, or appends it
 * after a blank line when the document has none.
 */
export function replaceSection(document: string, section: string): string {
  const start = document.indexOf(SECTION_START);
  const end = document.indexOf(SECTION_END);
  if (start >= 0 && end > start) {
    return document.slice(0, start) + section + document.slice(end + SECTION_END.length);
  }
  return `${document.trimEnd()}\n\n${section}\n`;
}

