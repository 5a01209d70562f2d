/**
 * Finds catalog products in message text by SKU, name or keyword. Matching
 * is Unicode-aware and ignores case and accents: both sides are folded
 * (NFKD, combining marks removed, lower case, a few letters that do not
 * decompose spelled out), so "Lámpara" matches "lampara" and "ＬＥＤ" matches
 * "led". Latin-like scripts match whole words; scripts written without
 * spaces (Han, kana, Thai, Hangul with its particles) match as substrings.
 */
import { SPEC_MEASURE_RE } from '../extract/data/spec-units.js';
import type { Catalog, CatalogProduct } from './types.js';

/** Letters that NFKD leaves whole, spelled as their usual Latin fallback. */
const SPELLED: Readonly<Record<string, string>> = { ø: 'o', ł: 'l', đ: 'd', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', þ: 'th' };

/** Scripts written without spaces between words, matched as substrings. */
const UNSPACED_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hangul}]/u;

/** Folded text with, for each folded UTF-16 unit, the index in the original text it came from. */
export interface FoldedText {
  text: string;
  origin: number[];
  /** Length of the original text, the end of the last unit's span. */
  length: number;
}

/** Folds one code point: decomposed, marks dropped, lower-cased, spelled out. */
function foldChar(char: string): string {
  const lower = char.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  return [...lower].map((c) => SPELLED[c] ?? c).join('');
}

/** Folds text for matching, keeping the map back to the original positions. */
export function foldText(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const out = foldChar(char);
    folded += out;
    for (let i = 0; i < out.length; i++) origin.push(index);
    index += char.length;
  }
  return { text: folded, origin, length: text.length };
}

/** Returns the original span [start, end) of folded units [from, to). */
export function originalSpan(folded: FoldedText, from: number, to: number): { start: number; end: number } {
  const start = folded.origin[from] ?? folded.length;
  const end = to < folded.origin.length ? (folded.origin[to] ?? folded.length) : folded.length;
  return { start, end };
}

/** Folds text and drops everything but letters and digits: "LED-PN 6060" → "ledpn6060". */
export function compact(text: string): string {
  return foldText(text).text.replace(/[^\p{L}\p{N}]+/gu, '');
}

interface Token {
  text: string;
  from: number;
  to: number;
}

/** Splits folded text into runs of letters and digits, with their folded positions. */
export function tokens(folded: string): Token[] {
  return [...folded.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ text: m[0], from: m.index, to: m.index + m[0].length }));
}

/** Measurements and ratings ("600x600 mm", "150W", "IP65"), the extractor's spec shapes, found anywhere in a text. */
export const SPEC_RE = new RegExp(SPEC_MEASURE_RE.source, 'gu');

/**
 * Normalizes a spec for look-up: folded, spaces dropped, "×" as "x", a
 * decimal comma as a point, and a dimension's trailing length unit dropped,
 * so "600 × 600 mm" and "600x600" are one spec.
 */
export function specKey(spec: string): string {
  const key = foldText(spec.replace(/[×*]/g, 'x')).text.replace(/\s+/g, '').replace(/,/g, '.');
  return /^\d[\d.]*x\d/.test(key) ? key.replace(/(?:mm|cm|m|in|inch|")$/, '') : key;
}

const specCache = new WeakMap<CatalogProduct, Set<string>>();

/** Returns the folded words and spec keys of a product's SKU, name, category and keywords. */
export function productSpecs(product: CatalogProduct): Set<string> {
  const cached = specCache.get(product);
  if (cached) return cached;
  const specs = new Set<string>();
  for (const source of [product.sku, product.name, product.category ?? '', ...product.keywords]) {
    for (const token of tokens(foldText(source).text)) specs.add(token.text);
    for (const match of source.matchAll(SPEC_RE)) specs.add(specKey(match[0]));
  }
  specCache.set(product, specs);
  return specs;
}

export type MatchKind = 'sku' | 'name' | 'keyword';

/** A phrase of the catalog that names one product. */
interface Phrase {
  product: CatalogProduct;
  kind: MatchKind;
  words: string[];
  folded: string;
  unspaced: boolean;
}

/** A product found in a text, with the words and their span in the original text. */
export interface ProductHit {
  product: CatalogProduct;
  kind: MatchKind;
  start: number;
  end: number;
  text: string;
  /** The folded catalog phrase that matched, to tell keyword hits apart. */
  phrase: string;
}

/** Phrases of one catalog, built once per catalog object. */
const phraseCache = new WeakMap<Catalog, Phrase[]>();

/** Phrases shorter than this (folded, letters and digits only) are too ambiguous to match on. */
const MIN_PHRASE_CHARS = 2;

function toPhrase(product: CatalogProduct, kind: MatchKind, source: string): Phrase | null {
  const folded = foldText(source).text;
  const words = tokens(folded).map((t) => t.text);
  if (words.join('').length < MIN_PHRASE_CHARS) return null;
  return { product, kind, words, folded: words.join(' '), unspaced: UNSPACED_RE.test(folded) };
}

/** Returns every SKU, name and keyword phrase of the catalog. */
function catalogPhrases(catalog: Catalog): Phrase[] {
  const cached = phraseCache.get(catalog);
  if (cached) return cached;
  const phrases: Phrase[] = [];
  for (const product of catalog.products) {
    const sources: [MatchKind, string][] = [['sku', product.sku], ['name', product.name]];
    for (const keyword of product.keywords) sources.push(['keyword', keyword]);
    for (const [kind, source] of sources) {
      const phrase = toPhrase(product, kind, source);
      if (phrase) phrases.push(phrase);
    }
  }
  phraseCache.set(catalog, phrases);
  return phrases;
}

/**
 * Returns whether a text word matches a phrase word. The last word of a
 * Latin-script phrase of three or more letters also matches its plural
 * with "s" or "es" ("panel light" matches "panel lights").
 */
function wordMatches(word: string, phraseWord: string, last: boolean): boolean {
  if (word === phraseWord) return true;
  if (!last || phraseWord.length < 3 || !/^[a-z]+$/.test(phraseWord)) return false;
  return word === `${phraseWord}s` || word === `${phraseWord}es`;
}

/** Returns the text's words, plus each Latin plural without its "s" or "es", for the quick phrase check. */
function presentWords(words: readonly Token[]): Set<string> {
  const present = new Set<string>();
  for (const { text } of words) {
    present.add(text);
    if (/^[a-z]{3,}s$/.test(text)) present.add(text.slice(0, -1));
    if (/^[a-z]{3,}es$/.test(text)) present.add(text.slice(0, -2));
  }
  return present;
}

/** Finds the spans [from, to) in folded units where the phrase's words occur in a row. */
function wordSpans(phrase: Phrase, words: readonly Token[]): [number, number][] {
  const spans: [number, number][] = [];
  const n = phrase.words.length;
  for (let i = 0; i + n <= words.length; i++) {
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = wordMatches(words[i + k]?.text ?? '', phrase.words[k] ?? '', k === n - 1);
    if (ok) spans.push([words[i]?.from ?? 0, words[i + n - 1]?.to ?? 0]);
  }
  // A SKU also matches written without its separators: "ledpn6060" for "LED-PN-6060".
  if (phrase.kind === 'sku' && n > 1) {
    const joined = phrase.words.join('');
    for (const word of words) if (word.text === joined) spans.push([word.from, word.to]);
  }
  return spans;
}

/** Finds the spans of an unspaced-script phrase as a substring, spaces in the phrase ignored. */
function substringSpans(phrase: Phrase, folded: string): [number, number][] {
  const spans: [number, number][] = [];
  const needle = phrase.words.join('');
  const squeezed = folded.replace(/[^\p{L}\p{N}]/gu, '');
  if (needle === '' || !squeezed.includes(needle)) return spans;
  // Map the squeezed positions back to folded positions.
  const positions: number[] = [];
  for (let i = 0; i < folded.length; i++) if (/[\p{L}\p{N}]/u.test(folded[i] ?? '')) positions.push(i);
  for (let at = squeezed.indexOf(needle); at !== -1; at = squeezed.indexOf(needle, at + 1)) {
    spans.push([positions[at] ?? 0, (positions[at + needle.length - 1] ?? 0) + 1]);
  }
  return spans;
}

/**
 * Finds every catalog product a text names, by SKU, name or keyword, in
 * text order. A keyword hit is dropped when the same text names a product
 * by SKU or name that explains it: "LED-PN-6060 panel light" is that
 * panel, not every panel light in the catalog.
 *
 * A buyer's partial name counts as the product's name when the text has
 * every spec of the name and a word of the name or category: "panel 600x600
 * 40W" is "Slim LED Panel Light 600x600 40W" (`specNameHits`).
 */
export function findProducts(text: string, catalog: Catalog): ProductHit[] {
  const folded = foldText(text);
  const words = tokens(folded.text);
  const present = presentWords(words);
  const hits: ProductHit[] = [];
  for (const phrase of catalogPhrases(catalog)) {
    // Skip the phrases whose first word (or joined SKU) the text lacks; most phrases fail here.
    const first = phrase.words[0] ?? '';
    if (!phrase.unspaced && !present.has(first) && !(phrase.kind === 'sku' && present.has(phrase.words.join('')))) continue;
    const spans = phrase.unspaced ? substringSpans(phrase, folded.text) : wordSpans(phrase, words);
    for (const [from, to] of spans) {
      const { start, end } = originalSpan(folded, from, to);
      hits.push({ product: phrase.product, kind: phrase.kind, start, end, text: text.slice(start, end), phrase: phrase.folded });
    }
  }
  const specMatches = [...text.matchAll(SPEC_RE)];
  const specs = specMatches.map((m) => specKey(m[0]));
  const named = new Set(hits.map((hit) => hit.product));
  hits.push(...specNameHits(text, specMatches, present, catalog).filter((hit) => !named.has(hit.product)));
  return narrowBySpecs(dropShadowedKeywords(hits, catalog), specs).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Returns a dimension key with its numbers in ascending order, so "1200x300" and "300x1200" are one panel size. */
function unorderedSpec(key: string): string {
  return /^\d[\d.]*(x\d[\d.]*)+$/.test(key) ? key.split('x').sort((a, b) => Number(a) - Number(b)).join('x') : key;
}

/** Returns the words of a product's name and category that can stand for it: 4 or more letters, no digits. */
function nameWords(product: CatalogProduct): string[] {
  return tokens(foldText(`${product.name} ${product.category ?? ''}`).text)
    .map((token) => token.text)
    .filter((word) => /^\p{L}{4,}$/u.test(word));
}

/**
 * Finds products named by their specs. A product counts when its name has a
 * spec, the text has every spec of the name, and the text has a word of its
 * name or category. The hit spans the text's occurrence of the name's first
 * spec ("600x600" for "Panel 600x600 40W").
 */
function specNameHits(
  text: string,
  specMatches: readonly RegExpMatchArray[],
  present: ReadonlySet<string>,
  catalog: Catalog,
): ProductHit[] {
  if (specMatches.length === 0) return [];
  const inText = new Map<string, RegExpMatchArray>();
  for (const match of specMatches) {
    const key = unorderedSpec(specKey(match[0]));
    if (!inText.has(key)) inText.set(key, match);
  }
  const hits: ProductHit[] = [];
  for (const product of catalog.products) {
    const nameSpecs = [...product.name.matchAll(SPEC_RE)].map((m) => unorderedSpec(specKey(m[0])));
    if (nameSpecs.length === 0 || !nameSpecs.every((key) => inText.has(key))) continue;
    if (!nameWords(product).some((word) => present.has(word))) continue;
    const first = inText.get(nameSpecs[0]!)!;
    const start = first.index!;
    const end = start + first[0].length;
    hits.push({ product, kind: 'name', start, end, text: text.slice(start, end), phrase: `specs of ${product.sku}` });
  }
  return hits;
}

/**
 * Narrows a keyword that names several products to those whose SKU, name
 * or keywords contain a spec of the same text: "high bay 150W" is the
 * 150 W high bay. Without such a spec every product stays.
 */
function narrowBySpecs(hits: readonly ProductHit[], specs: readonly string[]): ProductHit[] {
  if (specs.length === 0) return [...hits];
  const groups = new Map<string, ProductHit[]>();
  for (const hit of hits) {
    if (hit.kind !== 'keyword') continue;
    const key = `${hit.start}:${hit.end}`;
    groups.set(key, [...(groups.get(key) ?? []), hit]);
  }
  const dropped = new Set<ProductHit>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const fitting = group.filter((hit) => specs.some((spec) => productSpecs(hit.product).has(spec)));
    if (fitting.length > 0) for (const hit of group) if (!fitting.includes(hit)) dropped.add(hit);
  }
  return hits.filter((hit) => !dropped.has(hit));
}

/**
 * Drops the keyword hits another hit explains: those of other products
 * whose keyword the product named by SKU or name also has, and those that
 * lie inside a longer hit of another product ("street light" inside
 * "solar street light").
 */
function dropShadowedKeywords(hits: readonly ProductHit[], catalog: Catalog): ProductHit[] {
  const named = new Set(hits.filter((hit) => hit.kind !== 'keyword').map((hit) => hit.product));
  const phrases = new Set(catalogPhrases(catalog).filter((p) => named.has(p.product)).map((p) => p.folded));
  return hits.filter((hit) => {
    if (hit.kind !== 'keyword' || named.has(hit.product)) return true;
    const inside = hits.some(
      (other) => other.product !== hit.product && other.start <= hit.start && hit.end <= other.end && other.end - other.start > hit.end - hit.start,
    );
    return !inside && !phrases.has(hit.phrase);
  });
}
