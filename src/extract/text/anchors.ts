/**
 * Anchored regex scanning. Most extractors only match where a number or a
 * known cue word starts, so instead of letting a regex try every character
 * they run it sticky (`y` flag) at the start offsets of candidate tokens.
 * This is the main reason extraction keeps up with live traffic.
 */
import { normalizeWord } from './normalize.js';
import type { Token } from './tokens.js';

/** True for a token that starts with a digit (Arabic-Indic digits are folded to ASCII in `norm`). */
export function startsWithDigit(token: Token): boolean {
  const c = token.norm.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Letters a number prefix may have ("ب", "وب"): longer runs are words, not prefixes. */
const MAX_PREFIX_LENGTH = 3;

/**
 * Returns the offset, within the token, of the digits after a prefix glued
 * to a number ("بـ9.5" gives 2), or -1 when the token is no such word or its
 * letters are not in `prefixes` (normalized, so without tatweel).
 */
export function gluedNumberOffset(token: Token, prefixes: ReadonlySet<string>): number {
  const norm = token.norm;
  let k = 0;
  while (k < norm.length && k <= MAX_PREFIX_LENGTH && !isAsciiDigit(norm.charCodeAt(k))) {
    k++;
  }
  if (k === 0 || k > MAX_PREFIX_LENGTH || !isAsciiDigit(norm.charCodeAt(k)) || !prefixes.has(norm.slice(0, k))) {
    return -1;
  }
  // The raw text may carry a tatweel or harakat that the norm dropped, and Arabic-Indic digits.
  for (let r = 0; r < token.raw.length; r++) {
    const c = token.raw.charCodeAt(r);
    if (isAsciiDigit(c) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) {
      return r;
    }
  }
  return -1;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Runs a sticky regex at the start of every token the predicate accepts, in
 * order, skipping tokens inside the previous match. Returns the matches.
 */
export function execAtTokens(re: RegExp, text: string, tokens: readonly Token[], accept: (token: Token) => boolean): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let covered = 0;
  for (const token of tokens) {
    if (token.start < covered || !accept(token)) {
      continue;
    }
    re.lastIndex = token.start;
    const m = re.exec(text);
    if (m !== null) {
      out.push(m);
      covered = m.index + m[0].length;
    }
  }
  return out;
}

/** Returns the normalized first word of each phrase ("no later than" → "no"), for comparison with token norms. */
export function firstWords(phrases: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const phrase of phrases) {
    const first = normalizeWord(phrase.trim()).split(/\s+/)[0];
    if (first !== undefined && first !== '') {
      out.add(first);
    }
  }
  return out;
}
