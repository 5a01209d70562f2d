/**
 * Quantities with units: "5,000 pcs", "2x40HQ", "1 x 20ft", "3 tons", "10,000 m2",
 * "10'000 pcs", and ranges such as "500-1000 pcs", which report their lower bound.
 */
import type { Entity } from '../../core/types.js';
import { span, type Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues } from '../lang/types.js';
import { applyMagnitude, NUMBER_SOURCE, parseLocaleNumber } from '../text/numbers.js';
import { execAtTokens, gluedNumberOffset, startsWithDigit } from '../text/anchors.js';
import { lookupFolded, normalizedSet, normalizePhrase } from '../text/normalize.js';
import { alternation, rangeSource, WORD_END } from '../text/regex.js';

export type QuantityEntity = Extract<Entity, { type: 'quantity' }>;

const compile = perLanguage((cues: LanguageCues) => {
  const units = cues.entities.units;
  const containerUnits = Object.keys(units).filter((u) => units[u]?.startsWith('containers_'));
  const otherUnits = Object.keys(units).filter((u) => !units[u]?.startsWith('containers_'));
  const count = `${NUMBER_SOURCE}|${alternation(Object.keys(cues.entities.numberWords))}`;
  // A magnitude needs a space, a range dash or an "x" after it: in "5 mm" the first "m" is
  // not a million but part of millimetres, a size and no quantity.
  const mag = String.raw`(?:${alternation(Object.keys(cues.entities.magnitudes))})(?=[\s\-–~x×*]|$)`;
  // "500-1000 pcs": the count may be a range; the quantity is its lower bound. The upper end's
  // magnitude applies to both ends ("5-10k pcs").
  const upper = String.raw`(?:${rangeSource(cues.entities.rangeWords ?? ['to'])}(?:${count})(?:\s?(?<m3>${mag}))?)?`;
  // A container unit may stand alone ("a 40HQ") or follow "2x"; other units need a number.
  const body =
    String.raw`(?:(?:(?<n1>${count})(?:\s?(?<m1>${mag}))?\s*(?:[x×*]\s*)?)?(?<cu>${alternation(containerUnits)})` +
    String.raw`|(?<n2>${count})(?:\s?(?<m2>${mag}))?${upper}\s*(?<ou>${alternation(otherUnits)}))${WORD_END}`;
  return {
    re: new RegExp(String.raw`(?<![\p{L}\p{N}.,])${body}`, 'yiu'),
    // After a prefix glued to the number ("و500 قطعة", "and 500 pieces") a letter precedes the digits.
    gluedRe: new RegExp(body, 'yiu'),
    numberWords: normalizedSet(Object.keys(cues.entities.numberWords)),
    numberPrefixes: normalizedSet(cues.entities.numberPrefixes ?? []),
  };
});

/** Finds quantities; a container size without a count ("40HQ") counts as one container. */
export function extractQuantities(doc: Doc): QuantityEntity[] {
  const { re, gluedRe, numberWords, numberPrefixes } = compile(doc.cues);
  const matches = execAtTokens(re, doc.scan, doc.tokens, (t) => startsWithDigit(t) || numberWords.has(t.norm));
  if (numberPrefixes.size > 0) {
    matches.push(...gluedMatches(doc, gluedRe, numberPrefixes, matches));
    matches.sort((a, b) => a.index - b.index);
  }
  const out: QuantityEntity[] = [];
  for (const m of matches) {
    const g = m.groups ?? {};
    const unitWord = g.cu ?? g.ou ?? '';
    const unit = lookupFolded(doc.cues.entities.units, unitWord) ?? normalizePhrase(unitWord);
    const rawCount = g.n1 ?? g.n2;
    const value = rawCount === undefined ? 1 : countValue(rawCount, g.m1 ?? g.m2 ?? g.m3, doc.cues);
    if (Number.isFinite(value) && value > 0) {
      out.push({ type: 'quantity', value, unit, ...span(doc.text, m.index, m.index + m[0].length) });
    }
  }
  return out;
}

/** Matches at the digits of tokens such as "و500", whose letters are a number prefix, outside the `earlier` matches. */
function gluedMatches(doc: Doc, re: RegExp, prefixes: ReadonlySet<string>, earlier: readonly RegExpExecArray[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const token of doc.tokens) {
    const digits = startsWithDigit(token) ? -1 : gluedNumberOffset(token, prefixes);
    if (digits < 0 || earlier.some((m) => m.index <= token.start && token.start < m.index + m[0].length)) {
      continue;
    }
    re.lastIndex = token.start + digits;
    const m = re.exec(doc.scan);
    if (m !== null) {
      out.push(m);
    }
  }
  return out;
}

function countValue(raw: string, magnitude: string | undefined, cues: LanguageCues): number {
  const word = lookupFolded(cues.entities.numberWords, raw);
  // A unit is written with the count, so "1.000 pcs" is a thousand pieces (see `parseLocaleNumber`).
  const base = word ?? parseLocaleNumber(raw, cues.decimalSeparator, true);
  return applyMagnitude(base, magnitude, cues.entities.magnitudes);
}
