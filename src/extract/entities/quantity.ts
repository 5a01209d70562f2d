/**
 * Quantities with units: "5,000 pcs", "2x40HQ", "1 x 20ft", "3 tons", "10,000 m2",
 * "10'000 pcs", and ranges such as "500-1000 pcs", which report their upper bound,
 * as the labeling guide reads them and as duration ranges do.
 * Counts of goods named by their noun alone ("800 proyectores", "12 كرسي")
 * are read last, as pieces (`extractCountedGoods`).
 */
import type { Entity } from '../../core/types.js';
import { span, type Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues } from '../lang/types.js';
import { applyMagnitude, NUMBER_SOURCE, parseLocaleNumber } from '../text/numbers.js';
import { execAtTokens, gluedNumberOffset, startsWithDigit } from '../text/anchors.js';
import { SPEC_MEASURE_RE } from '../data/spec-units.js';
import { lookupFolded, normalizedSet, normalizePhrase, normalizeWord } from '../text/normalize.js';
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
  // "500-1000 pcs": the count may be a range; the quantity is its upper bound. The upper end's
  // magnitude applies to both ends ("5-10k pcs").
  const upper = String.raw`(?:${rangeSource(cues.entities.rangeWords ?? ['to'])}(?<n3>${count})(?:\s?(?<m3>${mag}))?)?`;
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
    const rawCount = g.n3 ?? g.n1 ?? g.n2;
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

/** Largest count read from a number before a noun: larger ones are codes, phone parts or sums. */
const MAX_COUNTED_GOODS = 10_000_000;
/** Shortest noun, in letters, read as goods: shorter words are function words ("de", "of", "من"). */
const MIN_GOODS_NOUN = 3;
/** Words allowed before a noun in Latin letters. */
const MAX_MODIFIERS = 2;
/**
 * A year written alone ("2026 catalogue") counts nothing. A round hundred
 * ("2000 panels", "1900 sacos") is a count: buyers order round numbers, and
 * a year before goods is rarely one.
 */
const YEAR_RE = /^(?:19|20)(?!00)\d{2}$/;
/**
 * A noun in Latin letters counts goods only in its plural ("800 projectors",
 * "500 réglettes", "bureaux"): a singular after a number is mostly a size,
 * an adjective or a verb ("300 thread", "4 look", "7781 attached"). Acronyms
 * ("500 KVA", "100 LED") are units or specs.
 */
const LATIN_RE = /^\p{Script=Latin}/u;
const LATIN_PLURAL_RE = /[sx]$/u;
const ACRONYM_RE = /^\p{Lu}{2,}s?$/u;

const compileGoods = perLanguage((cues: LanguageCues) => {
  const e = cues.entities;
  // The number is alone: no letter, digit, "#", "/", ":" or "-" is glued before it (codes, dates,
  // references), and one space then a word after it.
  const word = String.raw`\p{L}[\p{L}\p{M}'’-]*`;
  // Up to two modifiers may stand before a noun in Latin letters: "500 LED bulbs", "50 office chairs".
  const body = String.raw`(?<n>${NUMBER_SOURCE})[ \u00a0](?<w>${word}(?:[ \u00a0]${word}){0,${MAX_MODIFIERS}})`;
  const notNoun = new Set<string>(
    [
      ...(e.countStops ?? []),
      ...Object.keys(e.units),
      ...Object.keys(e.durationUnits),
      ...Object.keys(e.currencyWords),
      ...Object.keys(e.numberWords),
      ...Object.keys(e.magnitudes),
      ...Object.keys(cues.dates.months),
      ...e.perWords,
      ...e.eachWords,
      ...(e.rangeWords ?? []),
    ].map((word) => normalizeWord(word)),
  );
  return {
    re: new RegExp(String.raw`(?<![\p{L}\p{N}.,#/:\-])${body}`, 'yu'),
    gluedRe: new RegExp(body, 'yu'),
    notNoun,
    numberPrefixes: normalizedSet(e.numberPrefixes ?? []),
  };
});

/**
 * Returns the words up to the noun that names the goods, or null. A word in
 * Arabic letters is the noun itself. In Latin letters the noun is the first
 * plural, and at most `MAX_MODIFIERS` words may come before it, each no
 * stop word.
 */
function goodsNoun(words: readonly string[], value: number, notNoun: ReadonlySet<string>): string[] | null {
  const usable = (word: string): boolean => [...word].filter((ch) => /\p{L}/u.test(ch)).length >= MIN_GOODS_NOUN && !notNoun.has(normalizeWord(word));
  const first = words[0] ?? '';
  if (!LATIN_RE.test(first)) return usable(first) ? [first] : null;
  if (value < 2) return null;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    if (!usable(word) || !LATIN_RE.test(word)) return null;
    if (!ACRONYM_RE.test(word) && LATIN_PLURAL_RE.test(word.toLowerCase())) return words.slice(0, i + 1);
  }
  return null;
}

/**
 * Finds counts of goods named by their noun, with no unit word: "800
 * proyectores", "1000 refletores LED", "12 كرسي", "و6 ثلاجات". A number
 * counts only where no entity of `otherEntities` contains it and no size unit follows
 * it. The noun needs `MIN_GOODS_NOUN` letters or more, and it may not name a
 * unit, duration, currency, month or number, nor be one of the language's
 * `countStops` (people, shops, times, colours, "para"). The unit is pieces.
 */
export function extractCountedGoods(doc: Doc, otherEntities: readonly { start: number; end: number }[]): QuantityEntity[] {
  const { re, gluedRe, notNoun, numberPrefixes } = compileGoods(doc.cues);
  const matches = execAtTokens(re, doc.scan, doc.tokens, startsWithDigit);
  if (numberPrefixes.size > 0) matches.push(...gluedMatches(doc, gluedRe, numberPrefixes, matches));
  const out: QuantityEntity[] = [];
  for (const m of matches) {
    const raw = m.groups?.n ?? '';
    const end = m.index + raw.length;
    if (otherEntities.some((entity) => entity.start < end && m.index < entity.end)) continue;
    SPEC_MEASURE_RE.lastIndex = m.index;
    if (SPEC_MEASURE_RE.test(doc.scan) || YEAR_RE.test(raw)) continue;
    const value = parseLocaleNumber(raw, doc.cues.decimalSeparator, true);
    if (!Number.isInteger(value) || value < 1 || value > MAX_COUNTED_GOODS) continue;
    const words = goodsNoun((m.groups?.w ?? '').split(/[ \u00a0]/u), value, notNoun);
    if (words === null) continue;
    const wordsEnd = m[0].length - (m.groups?.w ?? '').length + words.join(' ').length;
    out.push({ type: 'quantity', value, unit: 'pcs', ...span(doc.text, m.index, m.index + wordsEnd) });
  }
  return out;
}
