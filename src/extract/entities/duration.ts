/** Durations in days: "lead time 25 days", "4 weeks", "45-60 days" (a range counts as its upper bound). */
import type { Entity } from '../../core/types.js';
import { span, type Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues } from '../lang/types.js';
import { NUMBER_SOURCE, parseLocaleNumber } from '../text/numbers.js';
import { execAtTokens, startsWithDigit } from '../text/anchors.js';
import { lookupFolded, normalizedSet } from '../text/normalize.js';
import { alternation, bounded, rangeSource } from '../text/regex.js';

export type DurationEntity = Extract<Entity, { type: 'duration' }>;

const compile = perLanguage((cues: LanguageCues) => {
  const count = `${NUMBER_SOURCE}|${alternation(Object.keys(cues.entities.numberWords))}`;
  const units = alternation(Object.keys(cues.entities.durationUnits));
  const source = String.raw`(?:(?<low>${count})${rangeSource(cues.entities.rangeWords ?? ['to'])})?(?<high>${count})[\s-]*(?<unit>${units})`;
  return { re: new RegExp(bounded(source), 'yiu'), numberWords: normalizedSet(Object.keys(cues.entities.numberWords)) };
});

/**
 * Finds durations. A range reports its upper bound, the figure a buyer plans
 * against. Spans already read as dates ("within 2 weeks") are skipped.
 */
export function extractDurations(doc: Doc, dates: readonly { start: number; end: number }[]): DurationEntity[] {
  const { re, numberWords } = compile(doc.cues);
  const out: DurationEntity[] = [];
  for (const m of execAtTokens(re, doc.scan, doc.tokens, (t) => startsWithDigit(t) || numberWords.has(t.norm))) {
    const start = m.index;
    const end = start + m[0].length;
    if (dates.some((d) => d.start < end && start < d.end)) {
      continue;
    }
    const g = m.groups ?? {};
    const n = countOf(g.high ?? '', doc.cues);
    const perUnit = lookupFolded(doc.cues.entities.durationUnits, g.unit ?? '') ?? 1;
    if (Number.isFinite(n) && n > 0) {
      out.push({ type: 'duration', days: Math.round(n * perUnit), ...span(doc.text, start, end) });
    }
  }
  return out;
}

function countOf(raw: string, cues: LanguageCues): number {
  return lookupFolded(cues.entities.numberWords, raw) ?? parseLocaleNumber(raw, cues.decimalSeparator, true);
}
