/**
 * A missed date shown without a lead-time word: the buyer quotes a promise,
 * then states where things stand now ("Your mail said 30 days production.
 * Today is 22 April."). Writers labeled 54 of the 56 such lines in the
 * labeled sets a lead-time objection. The phrases are in each language's
 * dates table (`brokenPromise`).
 */
import type { Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues } from '../lang/types.js';
import { PhraseMatcher } from '../text/phrases.js';
import type { Token } from '../text/tokens.js';
import type { SignalHit } from './types.js';

/** Strength of the objection: below the lead-time cues that name the delay. */
const BROKEN_PROMISE_STRENGTH = 0.65;
/** Maximum characters of evidence from the promise to the "now" phrase; beyond it the evidence is the "now" phrase alone. */
const MAX_EVIDENCE_CHARS = 240;

const compile = perLanguage((cues: LanguageCues) => {
  const phrases = cues.dates.brokenPromise;
  if (phrases === undefined) return null;
  return {
    promised: new PhraseMatcher(phrases.promised.map((pattern) => ({ pattern, payload: pattern }))),
    now: new PhraseMatcher(phrases.now.map((pattern) => ({ pattern, payload: pattern }))),
  };
});

/** Returns a lead-time objection when a quoted promise comes before a statement of the present, or nothing. */
export function brokenPromiseHits(doc: Doc): SignalHit[] {
  const matchers = compile(doc.cues);
  if (matchers === null) return [];
  const promise = matchers.promised.match(doc.tokens)[0];
  if (promise === undefined) return [];
  const now = matchers.now.match(doc.tokens).find((hit) => hit.from >= promise.to);
  if (now === undefined) return [];
  const end = (doc.tokens[now.to - 1] as Token).end;
  let start = (doc.tokens[promise.from] as Token).start;
  if (end - start > MAX_EVIDENCE_CHARS) start = (doc.tokens[now.from] as Token).start;
  return [{ type: 'objection.lead_time', strength: BROKEN_PROMISE_STRENGTH, evidence: { start, end, text: doc.text.slice(start, end), rule: 'lead_time.broken_promise' } }];
}
