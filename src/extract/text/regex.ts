/**
 * Helpers that build the extractors' regular expressions from cue tables.
 * JavaScript's `\b` and `\w` only know ASCII, so word boundaries here are
 * lookarounds over Unicode letters and digits.
 */

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
 * "piece"; spaces in a literal match any run of whitespace.
 */
export function alternation(literals: Iterable<string>): string {
  const sorted = [...new Set(literals)].sort((a, b) => b.length - a.length);
  return sorted.map((l) => escapeRegex(l).replace(/ /g, String.raw`\s+`)).join('|');
}

/** Wraps a source in Unicode word boundaries. */
export function bounded(source: string): string {
  return `${WORD_START}(?:${source})${WORD_END}`;
}
