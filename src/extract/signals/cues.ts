/** Signals from the language's phrase cues, with negation and resolution applied. */
import type { Entity, SignalType } from '../../core/types.js';
import type { Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues, SignalCue } from '../lang/types.js';
import { normalizedSet } from '../text/normalize.js';
import { PhraseMatcher } from '../text/phrases.js';
import { sentenceIndexes, type Token } from '../text/tokens.js';
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
  const baseNegators = (cue: SignalCue): ReadonlySet<string> => (cue.negators === undefined ? negators : (cueNegators.get(cue.negators) ?? negators));
  // A cue with its own cancelling words gets its negators and those words in one set, built once.
  const cancelling = new Map<SignalCue, ReadonlySet<string>>();
  for (const cue of cues.signals) {
    if (cue.cancelledBy !== undefined) cancelling.set(cue, new Set([...baseNegators(cue), ...normalizedSet(cue.cancelledBy)]));
  }
  return {
    signals: new PhraseMatcher(cues.signals.map((cue) => ({ pattern: cue.pattern, payload: cue }))),
    resolutions: new PhraseMatcher(cues.resolutions.map((pattern) => ({ pattern, payload: pattern }))),
    negatorsOf: (cue: SignalCue): ReadonlySet<string> => cancelling.get(cue) ?? baseNegators(cue),
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
  const { signals, resolutions, negatorsOf } = compile(doc.cues);
  const hits = signals.match(doc.tokens);
  if (hits.length === 0) {
    return [];
  }
  const resolutionHits = resolutions.match(doc.tokens);
  const sentenceOf = resolutionHits.length > 0 ? sentenceIndexes(doc.tokens) : null;
  const out: SignalHit[] = [];
  for (const hit of hits) {
    const cue: SignalCue = hit.payload;
    const dropped =
      (cue.negatable !== false && isNegated(doc.tokens, hit, negatorsOf(cue))) ||
      (sentenceOf !== null && cue.type.startsWith('objection.') && isResolved(hit, resolutionHits, sentenceOf)) ||
      (cue.statementOnly === true && endsInQuestion(doc.tokens, hit.to));
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
