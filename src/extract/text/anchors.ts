/**
 * Anchored regex scanning. Most extractors only match where a number or a
 * known cue word starts, so instead of letting a regex try every character
 * they run it sticky (`y` flag) at the start offsets of candidate tokens.
 * This is the main reason extraction keeps up with live traffic.
 */
import type { Token } from './tokens.js';

/** True for a token that starts with a digit. */
export function startsWithDigit(token: Token): boolean {
  const c = token.norm.charCodeAt(0);
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

/** Returns the lowercased first word of each phrase ("no later than" → "no"). */
export function firstWords(phrases: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const phrase of phrases) {
    const first = phrase.toLowerCase().split(/\s+/)[0];
    if (first !== undefined && first !== '') {
      out.add(first);
    }
  }
  return out;
}
