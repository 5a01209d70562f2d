/**
 * Detection of a buyer's last message that promises a reply of their own:
 * "will review internally and revert", "te aviso el lunes". The seller then
 * owes no reply and waits, unless that message also contains a question or a request.
 */
import type { SignalType } from '../core/types.js';
import { comingBackEvidence } from '../extract/signals/coming-back.js';
import { lastOpenMessage } from './follow-ups.js';
import type { TimelineEntry } from './types.js';

/** Signal types that request something from the seller. A message with one still needs a reply. */
const REQUEST_TYPES: ReadonlySet<SignalType> = new Set<SignalType>([
  'intent.early_qualification',
  'intent.evaluation',
  'intent.quotation',
  'intent.urgency',
  'commitment.sample_request',
  'commitment.invoice_request',
  'relationship.clarification',
]);
const QUESTION_RE = /[?？؟]/u;

/** The buyer's promise to write back: the message and its words. */
export interface ComingBack {
  messageId: string;
  text: string;
}

/**
 * Returns the buyer's promise to write back, read in their latest message
 * since the seller's last one (acknowledgements left out). Returns null when
 * that message has no promise, or also contains a question or a request.
 */
export function buyerComingBack(timeline: readonly TimelineEntry[]): ComingBack | null {
  const entry = lastOpenMessage(timeline);
  if (entry === null || QUESTION_RE.test(entry.message.text)) return null;
  if (entry.analysis.signals.some((signal) => REQUEST_TYPES.has(signal.type))) return null;
  const evidence = comingBackEvidence(entry.message.text, entry.analysis.language);
  return evidence === null ? null : { messageId: entry.message.id, text: evidence.text };
}
