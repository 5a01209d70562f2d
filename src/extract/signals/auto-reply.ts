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
 * Word tokens an automatic reply's marker may come after: "Out of office:",
 * "[Resposta automática]" and "Hello, I am out of the office" open the text.
 * A buyer's own mention comes later ("Got your automatic reply, but this is
 * urgent", "Our buyer is out of office").
 */
const MAX_WORDS_BEFORE_MARKER = 1;

/** Returns the words that mark the message as an automatic reply, or null. */
export function autoReplyEvidence(doc: Doc): Evidence | null {
  const hits = compile(doc.cues).match(doc.tokens);
  if (hits.length === 0) return null;
  const hit = hits.find((h) => wordsBefore(doc.tokens, h.from) <= MAX_WORDS_BEFORE_MARKER);
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

function wordsBefore(tokens: readonly Token[], index: number): number {
  let words = 0;
  for (let i = 0; i < index; i++) if ((tokens[i] as Token).kind === 'word') words++;
  return words;
}
