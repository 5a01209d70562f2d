/**
 * Automatic replies read as text: out-of-office notices and receipt
 * acknowledgments that a mail system or a marketplace sent in the buyer's
 * name. Their "urgent matters" and "please contact" put no time pressure
 * and show no tone, so those two signals are dropped and the mode is
 * neutral. Other signals stay: a marketplace relay quotes a real question.
 */
import type { Evidence, Sentiment, Signal, SignalType } from '../../core/types.js';
import type { Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues } from '../lang/types.js';
import { PhraseMatcher } from '../text/phrases.js';
import type { Token } from '../text/tokens.js';

/** Signal types an automatic reply never carries. */
const DROPPED: ReadonlySet<SignalType> = new Set(['intent.urgency', 'relationship.tone']);

const compile = perLanguage((cues: LanguageCues) => new PhraseMatcher((cues.autoReply ?? []).map((pattern) => ({ pattern, payload: pattern }))));

/**
 * Word tokens that may come before an automatic reply's marker. "Out of
 * office:", "[Resposta automática]" and "Hello, I am out of the office" open
 * the text, while a buyer mentions one later ("Got your automatic reply").
 */
const MAX_WORDS_BEFORE_MARKER = 1;
/** Tokens a marker phrase spans at most, so only the opening of the text is matched. */
const MAX_MARKER_TOKENS = 8;

/** Returns the words that mark the message as an automatic reply, or null. */
export function autoReplyEvidence(doc: Doc): Evidence | null {
  const lastStart = markerStartLimit(doc.tokens);
  const opening = doc.tokens.slice(0, lastStart + MAX_MARKER_TOKENS);
  const hit = compile(doc.cues)
    .match(opening)
    .find((h) => h.from <= lastStart);
  if (hit === undefined) return null;
  const start = (doc.tokens[hit.from] as Token).start;
  const end = (doc.tokens[hit.to - 1] as Token).end;
  return { start, end, text: doc.text.slice(start, end), rule: 'auto_reply' };
}

/** Returns the signals and sentiment of an automatic reply: no urgency or tone, and a neutral mode quoting its marker. */
export function readAsAutoReply(signals: readonly Signal[], sentiment: Sentiment | null, marker: Evidence): { signals: Signal[]; sentiment: Sentiment | null } {
  return {
    signals: signals.filter((signal) => !DROPPED.has(signal.type)),
    sentiment: sentiment === null ? null : { mode: 'neutral', polarity: 0, evidence: [marker] },
  };
}

/** Returns the index of the last token a marker may start at: the word after MAX_WORDS_BEFORE_MARKER words. */
function markerStartLimit(tokens: readonly Token[]): number {
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).kind !== 'word') continue;
    if (words === MAX_WORDS_BEFORE_MARKER) return i;
    words++;
  }
  return tokens.length;
}
