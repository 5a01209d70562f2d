/** Signals from the language's phrase cues, with negation and resolution applied. */
import type { Entity, SignalType } from '../../core/types.js';
import type { Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues, SignalCue } from '../lang/types.js';
import { normalizedSet } from '../text/normalize.js';
import { PhraseMatcher } from '../text/phrases.js';
import { sentenceIndexes, tokenIn, type Token } from '../text/tokens.js';
import { daysAhead } from './entity-rules.js';
import { endsInQuestion, isNegated, isResolved } from './negation.js';
import { resolveTopic } from './topics.js';
import type { SignalHit } from './types.js';

const compile = perLanguage((cues: LanguageCues) => {
  const negators = normalizedSet(cues.negators);
  // Cues layered from another language share one list object each (`shared-cues.ts`), so this map stays small.
  const cueNegators = new Map<readonly string[], Set<string>>();
  for (const cue of cues.signals) {
    if (cue.negators !== undefined && !cueNegators.has(cue.negators)) {
      cueNegators.set(cue.negators, normalizedSet(cue.negators));
    }
  }
  // The cancelling words of each cue that has them, built once. They count even on a cue that is not negatable.
  const cancelling = new Map<SignalCue, ReadonlySet<string>>();
  const following = new Map<SignalCue, ReadonlySet<string>>();
  for (const cue of cues.signals) {
    if (cue.cancelledBy !== undefined) cancelling.set(cue, normalizedSet(cue.cancelledBy));
    if (cue.notBefore !== undefined) following.set(cue, normalizedSet(cue.notBefore));
  }
  return {
    signals: new PhraseMatcher(cues.signals.map((cue) => ({ pattern: cue.pattern, payload: cue }))),
    resolutions: new PhraseMatcher(cues.resolutions.map((pattern) => ({ pattern, payload: pattern }))),
    negatorsOf: (cue: SignalCue): ReadonlySet<string> => (cue.negators === undefined ? negators : (cueNegators.get(cue.negators) ?? negators)),
    cancellingOf: (cue: SignalCue): ReadonlySet<string> | undefined => cancelling.get(cue),
    followingOf: (cue: SignalCue): ReadonlySet<string> | undefined => following.get(cue),
  };
});

/**
 * Matches every signal cue; negated hits are dropped, and so are objections a
 * later phrase resolves. A topical cue takes the type of its topic. The types
 * of dropped hits go to `suppressed` when given, because those words deny
 * the signal ("the price is not an issue") and the learned layer must not
 * add it back.
 */
export function cueSignals(doc: Doc, entities: readonly Entity[], suppressed?: Set<SignalType>): SignalHit[] {
  const { signals, resolutions, negatorsOf, cancellingOf, followingOf } = compile(doc.cues);
  const hits = signals.match(doc.tokens);
  if (hits.length === 0) {
    return [];
  }
  const resolutionHits = resolutions.match(doc.tokens);
  const sentenceOf = resolutionHits.length > 0 ? sentenceIndexes(doc.tokens) : null;
  const out: SignalHit[] = [];
  for (const hit of hits) {
    const cue: SignalCue = hit.payload;
    // A word after the cue that makes it another thing ("packing list") is no denial: nothing is suppressed.
    const next = doc.tokens[hit.to];
    const notBefore = followingOf(cue);
    if (notBefore !== undefined && next !== undefined && tokenIn(notBefore, next)) {
      continue;
    }
    const cancelling = cancellingOf(cue);
    const dropped =
      (cue.negatable !== false && isNegated(doc.tokens, hit, negatorsOf(cue))) ||
      (cancelling !== undefined && isNegated(doc.tokens, hit, cancelling)) ||
      (sentenceOf !== null && cue.type.startsWith('objection.') && isResolved(hit, resolutionHits, sentenceOf)) ||
      (cue.statementOnly === true && endsInQuestion(doc.tokens, hit.to)) ||
      (PROMISE_TYPES.has(cue.type) && futureDateInClause(doc, entities, hit.from, hit.to));
    if (dropped && suppressed === undefined) {
      continue;
    }
    const type = cue.topics === undefined ? cue.type : resolveTopic(doc, entities, cue, hit.from, hit.to);
    if (type === null) {
      continue;
    }
    if (dropped) {
      suppressed?.add(type);
      continue;
    }
    const start = (doc.tokens[hit.from] as Token).start;
    const end = (doc.tokens[hit.to - 1] as Token).end;
    out.push({ type, strength: cue.strength, evidence: { start, end, text: doc.text.slice(start, end), rule: cue.id } });
  }
  return out;
}

/**
 * Days ahead within which a date next to a payment or a PO makes it a promise: the
 * next day ("mañana", "amanhã", "tomorrow"). Further days do not count,
 * because dates resolve forward and a past weekday ("les mandé el
 * comprobante el lunes", "payé depuis vendredi") reads as the next one.
 */
const PROMISE_HORIZON_DAYS = 1;
/** Types that a date in the promise horizon turns into a promise: a payment or a PO sent tomorrow is not made yet. */
const PROMISE_TYPES: ReadonlySet<string> = new Set(['commitment.payment', 'commitment.order_confirmation']);

/**
 * Returns true when a date in the next PROMISE_HORIZON_DAYS days sits in the
 * clause of tokens `from` to `to`. Spanish and Portuguese "pagamos" is both
 * "we pay" and "we paid", so "Pagamos mañana el anticipo" promises a payment.
 * The clause ends at any punctuation, so "Deposit paid today, balance
 * tomorrow" keeps its payment.
 */
function futureDateInClause(doc: Doc, entities: readonly Entity[], from: number, to: number): boolean {
  const future = entities.filter((e) => {
    if (e.type !== 'date') return false;
    const days = daysAhead(doc, e.iso);
    return days > 0 && days <= PROMISE_HORIZON_DAYS;
  });
  if (future.length === 0) return false;

  let first = from;
  while (first > 0 && (doc.tokens[first - 1] as Token).kind !== 'punct') first -= 1;
  let last = to;
  while (last < doc.tokens.length && (doc.tokens[last] as Token).kind !== 'punct') last += 1;
  const start = (doc.tokens[first] as Token).start;
  const end = (doc.tokens[last - 1] as Token).end;
  return future.some((e) => e.start >= start && e.end <= end);
}
