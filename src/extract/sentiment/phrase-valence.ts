/**
 * Phrase-level parts of the valence scan: the contribution of a sentiment
 * phrase, with negation, and the settling of cues by a later resolution.
 */
import type { SentimentPhrase } from '../lang/types.js';
import { isNegated } from '../signals/negation.js';
import type { PhraseHit } from '../text/phrases.js';
import { sentenceIndexes, tokenIn, type Token } from '../text/tokens.js';
import type { Contribution } from './valence.js';

/** Factor for a negated positive word or phrase, VADER's N_SCALAR (-0.74 in vader-sentiment 1.1.3): it flips and shrinks. */
export const NEGATED_POSITIVE = -0.74;

/**
 * Silences the negative and hedging cues that a later resolution settles
 * ("we were worried about the lead time, but 30 days is fine now"): cues
 * before the resolution, in its sentence or the one before, keep no valence
 * and no mode vote.
 */
export function settleResolved(contributions: Contribution[], tokens: readonly Token[], hits: readonly PhraseHit<string>[]): void {
  const sentenceOf = sentenceIndexes(tokens);
  const sentenceAtStart = new Map<number, number>();
  tokens.forEach((token, i) => sentenceAtStart.set(token.start, sentenceOf[i] as number));
  for (const hit of hits) {
    const start = (tokens[hit.from] as Token).start;
    const sentence = sentenceOf[hit.from] as number;
    for (const c of contributions) {
      const at = sentenceAtStart.get(c.start);
      const resisting = c.valence < 0 || c.mode === 'hesitant' || c.mode === 'frustrated' || c.mode === 'skeptical';
      if (resisting && at !== undefined && c.end <= start && at >= sentence - 1) {
        c.valence = 0;
        c.mode = undefined;
        c.rule = `settled.${c.rule}`;
      }
    }
  }
}

export function tokenSpan(tokens: readonly Token[], hit: PhraseHit<unknown>): { start: number; end: number } {
  return { start: (tokens[hit.from] as Token).start, end: (tokens[hit.to - 1] as Token).end };
}

/**
 * Returns the contribution of a sentiment phrase. A positive phrase after a
 * negator, or right before one ("ça nous convient pas"), reads like a negated positive word: its valence flips and shrinks
 * and it votes for no mode. Negative phrases are left alone, because cue
 * authors write their negators into them ("not happy", "no reply").
 */
export function phraseContribution(tokens: readonly Token[], hit: PhraseHit<SentimentPhrase>, negators: ReadonlySet<string>): Contribution {
  const p = hit.payload;
  const { start, end } = tokenSpan(tokens, hit);
  const contribution: Contribution = { start, end, valence: p.valence, mode: p.mode, weight: p.weight ?? 1, rule: p.id, source: 'phrase' };
  const positive = p.valence > 0 || p.mode === 'constructive' || p.mode === 'engaged';
  if (positive && p.sarcasm !== true && isNegatedPhrase(tokens, hit, negators)) {
    contribution.valence *= NEGATED_POSITIVE;
    contribution.mode = undefined;
    contribution.rule = `negated.${p.id}`;
  } else if (p.negatable === true && isNegated(tokens, hit, negators)) {
    contribution.valence = 0;
    contribution.mode = undefined;
    contribution.rule = `negated.${p.id}`;
  }
  return contribution;
}

/**
 * True when a negator is before the phrase in its clause or right after
 * it. A phrase written with its own negator ("no problem", "not bad at all")
 * is an idiom and never negated.
 */
export function isNegatedPhrase(tokens: readonly Token[], hit: PhraseHit<unknown>, negators: ReadonlySet<string>): boolean {
  if (hasNegator(tokens, hit, negators)) {
    return false;
  }
  return isNegated(tokens, hit, negators) || isNegatorAfter(tokens, hit.to, negators);
}

function hasNegator(tokens: readonly Token[], hit: PhraseHit<unknown>, negators: ReadonlySet<string>): boolean {
  for (let i = hit.from; i < hit.to; i++) {
    if (tokenIn(negators, tokens[i] as Token)) {
      return true;
    }
  }
  return false;
}

/** True when the word right after a phrase is a negator that ends the clause ("convient pas."). */
function isNegatorAfter(tokens: readonly Token[], i: number, negators: ReadonlySet<string>): boolean {
  const next = tokens[i];
  if (next === undefined || next.kind !== 'word' || !tokenIn(negators, next)) {
    return false;
  }
  // "sirve, no?" and "good or not?" ask instead of deny.
  const after = tokens[i + 1];
  return after === undefined || after.kind !== 'punct' || !after.norm.includes('?');
}
