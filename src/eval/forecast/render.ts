/**
 * Terminal table and docs/benchmarks.md section of `npm run eval:forecast`.
 * The section sits between two HTML comments, so a re-run replaces it and
 * leaves the rest of the file as it was.
 */
import { STAGES } from '../../core/types.js';
import { formatMarkdownTable, formatRatio, formatTable } from '../table.js';
import type { DatasetForecast, FitSummary, SystemScore } from './evaluate.js';

export const SECTION_START = '<!-- eval:forecast start (written by npm run eval:forecast; a re-run replaces it) -->';
export const SECTION_END = '<!-- eval:forecast end -->';

/** Everything one run measured, and where. */
export interface ForecastResults {
  date: string;
  command: string;
  machine: string;
  seconds: number;
  datasets: DatasetForecast[];
  /** Model the fitted weights are compared with: Parley's default. */
  reference: FitSummary;
}

const HEADER = ['data set', 'system', 'n', 'won', 'AUC', 'AUC 95% CI', 'Brier'];

function interval(score: SystemScore): string {
  return score.aucLow === null || score.aucHigh === null ? '-' : `${formatRatio(score.aucLow)}–${formatRatio(score.aucHigh)}`;
}

function rows(datasets: readonly DatasetForecast[]): string[][] {
  return datasets.flatMap((dataset) =>
    dataset.systems.map((score) => [
      dataset.name,
      score.system,
      String(dataset.cases),
      String(dataset.won),
      formatRatio(score.auc),
      interval(score),
      formatRatio(score.brier),
    ]),
  );
}

/** A table the terminal output and the Markdown section both render. */
interface Table {
  header: string[];
  rows: string[][];
  /** Leading columns that hold text and are left-aligned. */
  textColumns: number;
}

function skippedText(skipped: Record<string, number>): string {
  const entries = Object.entries(skipped);
  return entries.length === 0 ? '0' : entries.map(([reason, count]) => `${count} (${reason})`).join(', ');
}

/** Builds the data-set table: dialogues kept by outcome, skipped ones, turns kept and how much Parley saw in them. */
export function datasetTable(datasets: readonly DatasetForecast[]): Table {
  return {
    header: ['data set', 'kept', 'won', 'lost', 'skipped', 'mean turns kept', 'with a behavior signal', 'mean default p'],
    rows: datasets.map((dataset) => [
      dataset.name,
      String(dataset.cases),
      String(dataset.won),
      String(dataset.cases - dataset.won),
      skippedText(dataset.skipped),
      dataset.meanTurns.toFixed(1),
      String(dataset.withSignals),
      formatRatio(dataset.meanProbability),
    ]),
    textColumns: 1,
  };
}

/** Builds the stage table: first halves per stage reached and how many were won, for the stages any data set reached. */
export function stageTable(datasets: readonly DatasetForecast[]): Table {
  const stages = STAGES.filter((stage) => datasets.some((dataset) => dataset.stages[stage]));
  return {
    header: ['data set', ...stages.map((stage) => `${stage} (won)`)],
    rows: datasets.map((dataset) => [
      dataset.name,
      ...stages.map((stage) => {
        const count = dataset.stages[stage];
        return count ? `${count.cases} (${count.wins})` : '0';
      }),
    ]),
    textColumns: 1,
  };
}

/** Builds the weights table: the default model first, then one model fitted to all first halves of each data set. */
export function fitTable(datasets: readonly DatasetForecast[], reference: FitSummary): Table {
  const names = Object.keys(reference.weights);
  const row = (label: string, fit: FitSummary): string[] => [label, fit.intercept.toFixed(2), ...names.map((name) => (fit.weights[name] ?? 0).toFixed(2))];
  return {
    header: ['model', 'intercept', ...names],
    rows: [
      row(reference.system, reference),
      ...datasets.flatMap((dataset) => dataset.fits.map((fit) => row(`fitted to all of ${dataset.name}`, fit))),
    ],
    textColumns: 1,
  };
}

function tables(results: ForecastResults): { title: string; table: Table }[] {
  const fitted = results.datasets.some((dataset) => dataset.fits.length > 0);
  const list = [
    { title: 'Data sets', table: datasetTable(results.datasets) },
    { title: 'Stage reached by the first half: dialogues (won)', table: stageTable(results.datasets) },
  ];
  if (fitted) {
    const title = 'Win model weights, default and fitted to all first halves of each data set';
    list.push({ title, table: fitTable(results.datasets, results.reference) });
  }
  return list;
}

function best(dataset: DatasetForecast): SystemScore | undefined {
  return dataset.systems.reduce<SystemScore | undefined>((top, score) => ((score.auc ?? -1) > (top?.auc ?? -1) ? score : top), undefined);
}

function share(part: number, whole: number): string {
  return whole === 0 ? '-' : `${Math.round((100 * part) / whole)}%`;
}

function constantText(dataset: DatasetForecast): string {
  const names = dataset.constantFeatures;
  if (names.length === 0) return '';
  return ` Features with one value in every dialogue, whose fitted weights therefore mean nothing: ${names.join(', ')}.`;
}

/**
 * Writes one sentence per data set: the best AUC, Parley's default next to
 * it, how often its cues fired, and which way length points.
 */
export function readingLines(datasets: readonly DatasetForecast[]): string[] {
  return datasets.map((dataset) => {
    const top = best(dataset);
    const parley = dataset.systems[0];
    const direction = (dataset.turnsAuc ?? 0.5) >= 0.5 ? 'a deal' : 'no deal';
    const chance = top !== undefined && (top.aucLow ?? 0) <= 0.5 ? ', and its interval includes 0.5, so no system beats chance' : '';
    return (
      `${dataset.name}: the highest AUC is ${formatRatio(top?.auc ?? null)} (${top?.system ?? '-'})${chance}; ` +
      `Parley's default gives ${formatRatio(parley?.auc ?? null)} (95% CI ${parley ? interval(parley) : '-'}) ` +
      `and Brier ${formatRatio(parley?.brier ?? null)}. A behavior signal fired in ${share(dataset.withSignals, dataset.cases)} ` +
      `of the first halves and ${share(dataset.stages.discovery?.cases ?? 0, dataset.cases)} stayed in discovery. ` +
      `Longer dialogues end more often in ${direction} (AUC of the turn count alone: ${formatRatio(dataset.turnsAuc)}).` +
      constantText(dataset)
    );
  });
}

/** Renders the results as terminal tables. */
export function renderForecastText(results: ForecastResults): string {
  return [
    `${results.machine}, ${results.seconds.toFixed(1)} s`,
    '',
    formatTable(HEADER, rows(results.datasets), 2),
    ...tables(results).flatMap(({ title, table }) => ['', title, formatTable(table.header, table.rows, table.textColumns)]),
  ].join('\n');
}

const METHOD = [
  'Each dialogue becomes one Parley conversation: the side that writes first in CaSiNo and Deal or No Deal,',
  'and the buyer role in CraigslistBargain, is the inbound buyer; the other side is the outbound seller. Turns',
  'are placed a minute apart on the `marketplace` channel, in English. Only the first half of the written',
  'turns is kept (rounded down, at least one); chat-interface events (Submit-Deal, offers, `<selection>`) are',
  'not turns. Parley runs `analyzeMessage` on every kept turn and `analyzeConversation` as of the last one,',
  'as the pipeline does for a stored conversation. A dialogue is won when it ends in an agreement: Accept-Deal',
  '(lost: Walk-Away) in CaSiNo, a final accept event (lost: reject or quit) in CraigslistBargain, an agreed',
  'split (lost: `<disagree>` or `<no_agreement>`) in Deal or No Deal. Other dialogues are skipped and counted.',
  '',
  '- Parley default: `winProbability` of the default model (`WIN_MODEL` in `src/score/weights.ts`), not fitted.',
  '- Cross-validated systems (CV) are fitted on four folds and scored on the fifth, five times; folds are',
  '  stratified by outcome with a fixed seed. Stage only: the win rate of each stage reached, pulled toward the',
  '  overall rate by two pseudo-cases. Length only: logistic regression (L2 = 1) on log(1 + turns) and',
  '  log(1 + words) of the first half. Base rate: every dialogue gets the training folds\' win rate.',
  '- AUC and Brier come from `src/score/stats.ts`; the AUC interval is Hanley–McNeil.',
];

const CAVEATS = [
  'These are not B2B deals: campsite supplies split between two campers (CaSiNo), a price haggled over a',
  'Craigslist listing, and books, hats and balls split between two players (Deal or No Deal). Parley\'s cues',
  'look for MOQs, quotes, Incoterms, samples, certificates and orders, so those fire on few turns, and tone',
  'and negotiation openness are among the signals seen most often. The default model was set for B2B leads,',
  'most of which never close, so its probabilities sit far below these agreement rates, and its Brier score',
  'is poor for that reason alone. Because turns sit a minute apart, the reply-speed feature is near 1',
  'whenever the first half contains a buyer reply and 0.5 (unknown) when it does not: it measures length here,',
  'not behavior. All buyer lines fall into one burst, so engagement is the same for every dialogue. Fitting',
  'the model to a data set can only reweight these features: compare its weights above with the default\'s.',
  'Where length predicts, it has an advantage a live forecast lacks: half the turns of a finished dialogue',
  'tells its full length. Walk-aways are rare in CaSiNo, so its AUC intervals are wide. Saying more about',
  'Parley\'s forecast needs closed B2B conversations with recorded outcomes.',
];

/** Renders the docs/benchmarks.md section, markers included. */
export function renderForecastSection(results: ForecastResults): string {
  return [
    SECTION_START,
    '## Win forecasts on real negotiations',
    '',
    '```sh',
    results.command,
    '```',
    '',
    `Measured on ${results.date} on ${results.machine}. The whole command took ${results.seconds.toFixed(1)} s.`,
    '',
    ...METHOD,
    '',
    formatMarkdownTable(HEADER, rows(results.datasets), 2),
    '',
    ...tables(results).flatMap(({ title, table }) => [`${title}:`, '', formatMarkdownTable(table.header, table.rows, table.textColumns), '']),
    'Files read:',
    '',
    ...results.datasets.map((dataset) => `- ${dataset.name}: ${dataset.files.map((file) => `\`${file}\``).join(', ')}`),
    '',
    'What the numbers say:',
    '',
    ...readingLines(results.datasets).map((line) => `- ${line}`),
    '',
    ...CAVEATS,
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
