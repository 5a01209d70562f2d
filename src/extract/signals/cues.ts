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
  const following = new Map<SignalCue, PhraseMatcher<string>>();
  const inside = new Map<SignalCue, PhraseMatcher<string>>();
  const preceding = new Map<SignalCue, PhraseMatcher<string>>();
  for (const cue of cues.signals) {
    if (cue.cancelledBy !== undefined) cancelling.set(cue, normalizedSet(cue.cancelledBy));
    if (cue.notBefore !== undefined) following.set(cue, new PhraseMatcher(cue.notBefore.map((words) => ({ pattern: words, payload: words }))));
    if (cue.notAfter !== undefined) preceding.set(cue, new PhraseMatcher(cue.notAfter.map((words) => ({ pattern: words, payload: words }))));
    if (cue.notWithin !== undefined) inside.set(cue, new PhraseMatcher(cue.notWithin.map((words) => ({ pattern: words, payload: words }))));
  }
  return {
    signals: new PhraseMatcher(cues.signals.map((cue) => ({ pattern: cue.pattern, payload: cue }))),
    resolutions: new PhraseMatcher(cues.resolutions.map((pattern) => ({ pattern, payload: pattern }))),
    negatorsOf: (cue: SignalCue): ReadonlySet<string> => (cue.negators === undefined ? negators : (cueNegators.get(cue.negators) ?? negators)),
    cancellingOf: (cue: SignalCue): ReadonlySet<string> | undefined => cancelling.get(cue),
    followingOf: (cue: SignalCue): PhraseMatcher<string> | undefined => following.get(cue),
    insideOf: (cue: SignalCue): PhraseMatcher<string> | undefined => inside.get(cue),
    precedingOf: (cue: SignalCue): PhraseMatcher<string> | undefined => preceding.get(cue),
    pastMarkers: normalizedSet(cues.dates.pastMarkers ?? []),
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
  const { signals, resolutions, negatorsOf, cancellingOf, followingOf, insideOf, precedingOf, pastMarkers } = compile(doc.cues);
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
    const notBefore = followingOf(cue);
    if (notBefore !== undefined && followedBy(notBefore, doc.tokens, hit.to)) {
      continue;
    }
    const notAfter = precedingOf(cue);
    if (notAfter !== undefined && endsAt(notAfter, doc.tokens, hit.from)) {
      continue;
    }
    const notWithin = insideOf(cue);
    if (notWithin !== undefined && notWithin.match(doc.tokens.slice(hit.from, hit.to)).length > 0) {
      continue;
    }
    const cancelling = cancellingOf(cue);
    const dropped =
      (cue.negatable !== false && isNegated(doc.tokens, hit, negatorsOf(cue))) ||
      (cancelling !== undefined && isNegated(doc.tokens, hit, cancelling)) ||
      (sentenceOf !== null && cue.type.startsWith('objection.') && isResolved(hit, resolutionHits, sentenceOf)) ||
      (cue.statementOnly === true && endsInQuestion(doc.tokens, hit.to));
    const promised = !dropped && PROMISE_TYPES.has(cue.type) && futureDateInClause(doc, entities, hit.from, hit.to, PROMISE_HORIZON_DAYS[cue.type] ?? 1, pastMarkers);
    if (promised && cue.type === 'commitment.order_confirmation') {
      // A PO sent on a later day is an order the buyer intends to place, which the guide reads as readiness to buy.
      const start = (doc.tokens[hit.from] as Token).start;
      const end = (doc.tokens[hit.to - 1] as Token).end;
      suppressed?.add(cue.type);
      out.push({ type: 'intent.purchase', strength: PROMISED_PO_STRENGTH, evidence: { start, end, text: doc.text.slice(start, end), rule: `${cue.id}.promised` } });
      continue;
    }
    if ((dropped || promised) && suppressed === undefined) {
      continue;
    }
    const type = cue.topics === undefined ? cue.type : resolveTopic(doc, entities, cue, hit.from, hit.to);
    if (type === null) {
      continue;
    }
    if (dropped || promised) {
      suppressed?.add(type);
      continue;
    }
    const start = (doc.tokens[hit.from] as Token).start;
    const end = throughPlace(entities, start, (doc.tokens[hit.to - 1] as Token).end);
    out.push({ type, strength: cue.strength, evidence: { start, end, text: doc.text.slice(start, end), rule: cue.id }, ...(cue.supportOnly === true ? { supportOnly: true } : {}) });
  }
  return out;
}

/**
 * Days ahead within which a date next to a payment or a PO makes it a
 * promise. For a payment only the next day ("mañana", "amanhã", "tomorrow")
 * counts, because dates resolve forward and a past weekday ("les mandé el
 * comprobante el lunes", "payé depuis vendredi") reads as the next one. A PO
 * is rarely sent on a past weekday, so for one the week ahead counts
 * ("les mandamos el PO el lunes").
 */
const PROMISE_HORIZON_DAYS: Readonly<Record<string, number>> = { 'commitment.payment': 1, 'commitment.order_confirmation': 7 };
/**
 * Returns true when a phrase of `notBefore` starts at token `at`, or right
 * after a reference number there ("RFQ #BR-1180 follow up").
 */
function followedBy(notBefore: PhraseMatcher<string>, tokens: readonly Token[], at: number): boolean {
  if (at >= tokens.length) return false;
  if (startsAt(notBefore, tokens, at)) return true;
  const next = tokens[at] as Token;
  return next.kind !== 'punct' && /\p{Nd}/u.test(next.norm) && at + 1 < tokens.length && startsAt(notBefore, tokens, at + 1);
}

/** Maximum tokens of a phrase in a cue's `notBefore` or `notAfter` list ("of origin" has two). */
const MAX_NOT_BEFORE_WORDS = 4;
/** Strength of the readiness to buy that a promised PO shows: below the buying cues, so their words are quoted first. */
const PROMISED_PO_STRENGTH = 0.6;
/** Types that a date in the promise horizon turns into a promise: a payment or a PO sent later is not made yet. */
const PROMISE_TYPES: ReadonlySet<string> = new Set(Object.keys(PROMISE_HORIZON_DAYS));

/**
 * Returns true when a date in the next `horizon` days sits in the
 * clause of tokens `from` to `to`. Spanish and Portuguese "pagamos" is both
 * "we pay" and "we paid", so "Pagamos mañana el anticipo" promises a payment.
 * The clause ends at any punctuation, so "Deposit paid today, balance
 * tomorrow" keeps its payment. A past marker in the clause ("Ya les mandé la
 * OC el lunes") makes the date a past one that resolved forward.
 */
function futureDateInClause(doc: Doc, entities: readonly Entity[], from: number, to: number, horizon: number, pastMarkers: ReadonlySet<string>): boolean {
  const future = entities.filter((e) => {
    if (e.type !== 'date') return false;
    const days = daysAhead(doc, e.iso);
    // A weekday named on that same weekday ("A PO sai segunda-feira" sent on a Monday) resolves to the send day.
    // A PO named for that day is still to come.
    return days <= horizon && (days > 0 || (days === 0 && horizon > 1 && !/\p{Nd}/u.test(e.text) && weekdayNamed(doc, e)));
  });
  if (future.length === 0) return false;

  let first = from;
  while (first > 0 && (doc.tokens[first - 1] as Token).kind !== 'punct') first -= 1;
  let last = to;
  while (last < doc.tokens.length && (doc.tokens[last] as Token).kind !== 'punct') last += 1;
  for (let i = first; i < last; i++) {
    if (tokenIn(pastMarkers, doc.tokens[i] as Token)) return false;
  }
  const start = (doc.tokens[first] as Token).start;
  const end = (doc.tokens[last - 1] as Token).end;
  return future.some((e) => e.start >= start && e.end <= end);
}

/** Returns true when one of the matcher's phrases starts at token `at`. */
function startsAt(matcher: PhraseMatcher<string>, tokens: readonly Token[], at: number): boolean {
  return matcher.match(tokens.slice(at, at + MAX_NOT_BEFORE_WORDS)).some((hit) => hit.from === 0);
}

/**
 * Extends an evidence end to the end of a port that starts inside the
 * evidence, so a cue that ends on a place's first word ("ميناء جبل" of
 * "ميناء جبل علي") quotes the whole name.
 */
function throughPlace(entities: readonly Entity[], start: number, end: number): number {
  let out = end;
  for (const entity of entities) {
    if (entity.type === 'port' && entity.start >= start && entity.start < end && entity.end > out) out = entity.end;
  }
  return out;
}

/** True when a phrase of `matcher` ends right before token `at`, or before the colon or full stop there ("Réf. RFQ"). */
function endsAt(matcher: PhraseMatcher<string>, tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.norm;
  const end = before === ':' || before === '.' ? at - 1 : at;
  const window = tokens.slice(Math.max(0, end - MAX_NOT_BEFORE_WORDS), end);
  return matcher.match(window).some((hit) => hit.to === window.length);
}

/** True when a date entity names a weekday ("lunes", "segunda-feira"), not a day number or a relative day. */
function weekdayNamed(doc: Doc, date: Entity): boolean {
  const words = date.text.toLocaleLowerCase().split(/[^\p{L}-]+/u);
  return words.some((word) => Object.hasOwn(doc.cues.dates.weekdays, word));
}
