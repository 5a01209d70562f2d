/**
 * Helpers that build the extractors' regular expressions from cue tables.
 * JavaScript's `\b` and `\w` only know ASCII, so word boundaries here are
 * lookarounds over Unicode letters and digits. The regexes run over the
 * folded scan text (`Doc.scan`), so cue literals are folded the same way.
 */
import { foldLower, needsFolding, tolerateArabicMarks } from './normalize.js';

/** Lookbehind that asserts no letter or digit precedes. */
export const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
/** Lookahead that asserts no letter or digit follows. */
export const WORD_END = String.raw`(?![\p{L}\p{N}])`;

/** Escapes a literal for use inside a regular expression. */
export function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Builds one alternation from literals, longest first so "pieces" wins over
 * "piece"; spaces in a literal match any run of whitespace. Arabic letters
 * are folded and may carry harakat or tatweel in the text ("اسبوع" matches
 * "أسبوع" and "أُسبوع").
 */
export function alternation(literals: Iterable<string>): string {
  const folded = new Set<string>();
  for (const literal of literals) {
    folded.add(needsFolding(literal) ? foldLower(literal) : literal);
  }
  const sorted = [...folded].sort((a, b) => b.length - a.length);
  return sorted.map((l) => tolerateArabicMarks(escapeRegex(l)).replace(/ /g, String.raw`\s+`)).join('|');
}

/** Wraps a source in Unicode word boundaries. */
export function bounded(source: string): string {
  return `${WORD_START}(?:${source})${WORD_END}`;
}

/** Lower, UPPER and Capitalized forms, for regexes that are case-sensitive. */
export function caseVariants(words: Iterable<string>): string[] {
  const out: string[] = [];
  for (const w of words) {
    out.push(w.toLowerCase(), w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
  }
  return out;
}

/**
 * Regex source of the link between the two ends of a range: a dash, a tilde
 * or one of the range words between spaces ("5k-20k", "5.000 a 20.000").
 */
export function rangeSource(words: readonly string[]): string {
  const dash = String.raw`\s*(?:-|–|~)\s*`;
  return words.length === 0 ? dash : String.raw`(?:${dash}|\s+(?:${alternation(caseVariants(words))})\s+)`;
}
