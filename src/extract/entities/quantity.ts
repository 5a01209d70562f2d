/** Quantities with units: "5,000 pcs", "2x40HQ", "1 x 20ft", "3 tons", "10,000 m2". */
import type { Entity } from '../../core/types.js';
import { span, type Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues } from '../lang/types.js';
import { applyMagnitude, NUMBER_SOURCE, parseLocaleNumber } from '../text/numbers.js';
import { execAtTokens, startsWithDigit } from '../text/anchors.js';
import { alternation, WORD_END } from '../text/regex.js';

export type QuantityEntity = Extract<Entity, { type: 'quantity' }>;

const compile = perLanguage((cues: LanguageCues) => {
  const units = cues.entities.units;
  const containerUnits = Object.keys(units).filter((u) => units[u]?.startsWith('containers_'));
  const otherUnits = Object.keys(units).filter((u) => !units[u]?.startsWith('containers_'));
  const count = `${NUMBER_SOURCE}|${alternation(Object.keys(cues.entities.numberWords))}`;
  const mag = alternation(Object.keys(cues.entities.magnitudes));
  // A container unit may stand alone ("a 40HQ") or follow "2x"; other units need a number.
  const source =
    String.raw`(?<![\p{L}\p{N}.,])(?:(?:(?<n1>${count})(?:\s?(?<m1>${mag}))?\s*(?:[x×*]\s*)?)?(?<cu>${alternation(containerUnits)})` +
    String.raw`|(?<n2>${count})(?:\s?(?<m2>${mag}))?\s*(?<ou>${alternation(otherUnits)}))${WORD_END}`;
  return { re: new RegExp(source, 'yiu'), numberWords: new Set(Object.keys(cues.entities.numberWords)) };
});

/** Finds quantities; a container size without a count ("40HQ") counts as one container. */
export function extractQuantities(doc: Doc): QuantityEntity[] {
  const { re, numberWords } = compile(doc.cues);
  const out: QuantityEntity[] = [];
  for (const m of execAtTokens(re, doc.text, doc.tokens, (t) => startsWithDigit(t) || numberWords.has(t.norm))) {
    const g = m.groups ?? {};
    const unitWord = (g.cu ?? g.ou ?? '').toLowerCase().replace(/\s+/g, ' ');
    const unit = doc.cues.entities.units[unitWord] ?? unitWord;
    const rawCount = g.n1 ?? g.n2;
    const value = rawCount === undefined ? 1 : countValue(rawCount, g.m1 ?? g.m2, doc.cues);
    if (Number.isFinite(value) && value > 0) {
      out.push({ type: 'quantity', value, unit, ...span(doc.text, m.index, m.index + m[0].length) });
    }
  }
  return out;
}

function countValue(raw: string, magnitude: string | undefined, cues: LanguageCues): number {
  const word = cues.entities.numberWords[raw.toLowerCase()];
  const base = word ?? parseLocaleNumber(raw, cues.decimalSeparator);
  return applyMagnitude(base, magnitude, cues.entities.magnitudes);
}
