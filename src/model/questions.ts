/** Buyer questions that no later outbound message followed. */
import { cutText, WEB_ADDRESS_RE } from '../core/text.js';
import type { SignalType } from '../core/types.js';
import { toHours } from './timing.js';
import type { TimelineEntry, UnansweredQuestion } from './types.js';

/** Signals that ask the seller for something, so a message carrying one is a question even without "?". */
const QUESTION_SIGNALS: ReadonlySet<SignalType> = new Set([
  'intent.early_qualification',
  'intent.evaluation',
  'intent.quotation',
  'commitment.sample_request',
  'commitment.invoice_request',
]);


/**
 * Returns the sentences of the text that end in a question mark (Latin "?"
 * or Arabic "؟"), joined by a space. URLs are removed first, because their
 * "?" and "." are not sentence marks, and a sentence ends only at punctuation
 * followed by a space or a line break, so "USD 2.10" is not split. A
 * question needs two letters in a row.
 */
function questionSentences(text: string): string {
  const sentences = text.replace(WEB_ADDRESS_RE, ' ').split(/(?<=[.!?؟])\s+|\n+/u);
  return sentences
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[?؟]\s*$/u.test(sentence) && /\p{L}{2}/u.test(sentence))
    .join(' ');
}

/** Returns the question text of an inbound message, or null when it contains no question or request. */
function questionText(entry: TimelineEntry): string | null {
  const sentences = questionSentences(entry.message.text);
  if (sentences) return sentences;
  const asking = entry.analysis.signals.find((signal) => QUESTION_SIGNALS.has(signal.type));
  if (!asking) return null;
  return asking.evidence[0]?.text ?? cutText(entry.message.text, 120);
}

/**
 * Finds inbound questions after the seller's last outbound message, with how
 * long each has been open as of `asOf` in hours.
 */
export function findUnansweredQuestions(
  timeline: readonly TimelineEntry[],
  asOf: Date,
): UnansweredQuestion[] {
  const questions: UnansweredQuestion[] = [];
  for (let i = timeline.length - 1; i >= 0; i--) {
    const entry = timeline[i];
    if (!entry || entry.message.automated) continue;
    if (entry.message.direction === 'outbound') break;
    const text = questionText(entry);
    if (text === null) continue;
    questions.unshift({
      messageId: entry.message.id,
      text,
      askedAt: entry.message.sentAt,
      openHours: Math.max(0, toHours(asOf.getTime() - entry.time)),
    });
  }
  return questions;
}
