/** Text form of the `npm run eval` report and of the `--errors` listing. */
import { describeEntity, isWrong, type MessageOutcome } from './evaluate.js';
import type { GroupReport, SetReport } from './report.js';
import { formatPercent, formatRatio, formatTable } from './table.js';

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Column headings of the confusion matrix, short enough to keep the table narrow. */
const MODE_ABBREVIATIONS: Record<string, string> = {
  constructive: 'constr',
  neutral: 'neutral',
  hesitant: 'hesit',
  frustrated: 'frustr',
  skeptical: 'skept',
  highly_engaged: 'engaged',
  none: 'none',
};

function renderSummary(report: SetReport): string {
  const rows = [...report.languages, report.overall].map((group) => [
    group.group,
    String(group.messages),
    formatPercent(group.languageDetection.accuracy),
    formatRatio(group.signals.micro.f1),
    formatRatio(group.signals.macroF1),
    formatPercent(group.mode.accuracy),
    formatPercent(group.entities.all.accuracy),
    formatPercent(group.entities.all.precision),
  ]);
  return formatTable(
    ['language', 'messages', 'detection', 'signal micro-F1', 'macro-F1', 'mode acc.', 'entity acc.', 'entity prec.'],
    rows,
  );
}

function renderSignals(group: GroupReport): string {
  const rows = Object.entries(group.signals.perType)
    .filter(([, score]) => score.support > 0 || score.fp > 0)
    .map(([type, score]) => [
      type,
      formatRatio(score.precision),
      formatRatio(score.recall),
      formatRatio(score.f1),
      String(score.support),
      String(score.fp),
    ]);
  const micro = group.signals.micro;
  rows.push([
    'micro average',
    formatRatio(micro.precision),
    formatRatio(micro.recall),
    formatRatio(micro.f1),
    String(micro.support),
    String(micro.fp),
  ]);
  return formatTable(['signal', 'P', 'R', 'F1', 'support', 'false pos.'], rows);
}

function renderConfusion(group: GroupReport): string {
  const { labels, cells } = group.mode.confusion;
  const header = ['expected \\ returned', ...labels.map((label) => MODE_ABBREVIATIONS[label] ?? label)];
  const rows = labels.map((label, i) => [label, ...(cells[i] ?? []).map(String)]);
  return formatTable(header, rows);
}

function renderEntities(group: GroupReport): string {
  const rows = Object.entries(group.entities.perType)
    .filter(([, score]) => score.expected > 0 || score.returned > 0)
    .map(([type, score]) => [
      type,
      String(score.expected),
      String(score.found),
      formatPercent(score.accuracy),
      String(score.returned),
      formatPercent(score.precision),
    ]);
  const all = group.entities.all;
  rows.push(['all types', String(all.expected), String(all.found), formatPercent(all.accuracy), String(all.returned), formatPercent(all.precision)]);
  return formatTable(['entity', 'expected', 'found', 'accuracy', 'returned', 'precision'], rows);
}

function renderDetection(group: GroupReport): string {
  const detected = Object.entries(group.languageDetection.detected)
    .sort(([, a], [, b]) => b - a)
    .map(([code, count]) => `${code} ${count}`)
    .join(', ');
  return `language detection: ${formatPercent(group.languageDetection.accuracy)} (${group.languageDetection.correct}/${group.messages}); detected as ${detected}`;
}

/** Renders all numbers of one language group (or of all languages). */
export function renderGroup(group: GroupReport): string {
  return [
    `--- ${group.group}: ${plural(group.messages, 'message')} ---`,
    renderDetection(group),
    '',
    renderSignals(group),
    `macro-F1 over signal types with support or false positives: ${formatRatio(group.signals.macroF1)}`,
    '',
    `sentiment mode accuracy: ${formatPercent(group.mode.accuracy)} (${group.mode.correct}/${group.messages})`,
    renderConfusion(group),
    '',
    renderEntities(group),
  ].join('\n');
}

/** Renders a set report: a summary table, then each language and the overall numbers. */
export function renderSetReport(report: SetReport): string {
  const sections = [`=== ${report.set} set: ${plural(report.messages, 'message')} ===`, renderSummary(report)];
  // With one language the overall block would repeat it.
  const groups = report.languages.length === 1 ? report.languages : [...report.languages, report.overall];
  for (const group of groups) sections.push(renderGroup(group));
  return sections.join('\n\n');
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Lists the differences of one wrong message, one line per kind of difference. */
export function renderMistake(outcome: MessageOutcome): string {
  const { message, file, line } = outcome.entry;
  const lines = [`${message.id} (${file}:${line}): ${truncate(message.text, 160)}`];
  if (outcome.analysis.language !== message.language) {
    lines.push(`  language: expected ${message.language}, detected ${outcome.analysis.language}`);
  }
  if (outcome.missingSignals.length > 0 || outcome.extraSignals.length > 0) {
    lines.push(`  signals: expected [${message.signals.join(', ')}], returned [${[...outcome.returnedSignals].join(', ')}]`);
    if (outcome.missingSignals.length > 0) lines.push(`    missing: ${outcome.missingSignals.join(', ')}`);
    if (outcome.extraSignals.length > 0) lines.push(`    extra: ${outcome.extraSignals.join(', ')}`);
  }
  if (outcome.returnedMode !== message.mode) {
    lines.push(`  mode: expected ${message.mode}, returned ${outcome.returnedMode}`);
  }
  const missing = message.entities.filter((_, index) => outcome.expectedFound[index] !== true);
  const extra = outcome.returnedEntities.filter((_, index) => outcome.returnedMatched[index] !== true);
  if (missing.length > 0) lines.push(`  entities not found: ${missing.map(describeEntity).join('; ')}`);
  if (extra.length > 0) lines.push(`  entities not labeled: ${extra.map(describeEntity).join('; ')}`);
  return lines.join('\n');
}

/** Lists up to `limit` wrong messages per labeled language, in file order. */
export function renderMistakes(set: string, outcomes: readonly MessageOutcome[], limit: number): string {
  const byLanguage = new Map<string, MessageOutcome[]>();
  for (const outcome of outcomes) {
    if (!isWrong(outcome)) continue;
    const language = outcome.entry.message.language;
    const list = byLanguage.get(language) ?? [];
    list.push(outcome);
    byLanguage.set(language, list);
  }
  const sections = [`=== ${set} set: wrong messages (up to ${limit} per language) ===`];
  for (const [language, wrong] of byLanguage) {
    sections.push(`--- ${language}: ${wrong.length} wrong, showing ${Math.min(limit, wrong.length)} ---`);
    sections.push(...wrong.slice(0, limit).map(renderMistake));
  }
  if (byLanguage.size === 0) sections.push('no wrong messages');
  return sections.join('\n\n');
}
