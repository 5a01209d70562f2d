/**
 * Negation and resolution of cue hits. "The price is not an issue" and
 * "no problem with the MOQ" negate their cue; "the price was too high, but
 * it is fine now" resolves it. Both cancel the hit.
 */
import type { PhraseHit } from '../text/phrases.js';
import { tokenIn, type Token } from '../text/tokens.js';

/** Tokens before a cue that a negator may sit in ("we don't need samples"). */
const NEGATION_WINDOW = 3;

/**
 * True when a negator sits in a wildcard of the hit or in the few tokens
 * before it within the same clause. Negators that are literal parts of the
 * cue ("not competitive") do not count.
 */
export function isNegated(tokens: readonly Token[], hit: PhraseHit<unknown>, negators: ReadonlySet<string>): boolean {
  for (const index of hit.wildcardTokens) {
    if (tokenIn(negators, tokens[index] as Token)) {
      return true;
    }
  }
  for (let i = hit.from - 1; i >= 0 && i >= hit.from - NEGATION_WINDOW; i--) {
    const token = tokens[i] as Token;
    if (token.kind === 'punct') {
      return false;
    }
    if (tokenIn(negators, token)) {
      return true;
    }
  }
  return false;
}

/** True when the sentence that continues at token `from` ends with a question mark. */
export function endsInQuestion(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind === 'punct' && token.norm !== ',' && token.norm !== ':') {
      return token.norm.includes('?');
    }
  }
  return false;
}

/** True when a resolution phrase follows the hit in the same sentence. */
export function isResolved(hit: PhraseHit<unknown>, resolutions: readonly PhraseHit<unknown>[], sentenceOf: Int32Array): boolean {
  const sentence = sentenceOf[hit.from];
  return resolutions.some((r) => r.from >= hit.to && sentenceOf[r.from] === sentence);
}
