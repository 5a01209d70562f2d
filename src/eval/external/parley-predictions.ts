/** Parley runs for the external checks, and the readings of a request, an inquiry or an objection from its signals. */
import type { MessageAnalysis, SignalType } from '../../core/types.js';
import { analyzeMessage } from '../../extract/index.js';

/**
 * Send time given to every external text, which has none of its own. A fixed
 * value keeps relative dates, and so every run, reproducible.
 */
const FIXED_SENT_AT = '2026-01-05T12:00:00Z';

/** Analyzes an external text as an inbound buyer message of unknown language. */
export function analyzeExternalText(id: string, text: string): MessageAnalysis {
  return analyzeMessage({ id, text, direction: 'inbound', sentAt: FIXED_SENT_AT });
}

/**
 * Signals that ask the recipient for something: facts about the supplier, a
 * document, a price, a sample or an invoice. The conversation model counts
 * the same signals as an open buyer question.
 */
export const REQUEST_SIGNALS: ReadonlySet<SignalType> = new Set([
  'intent.early_qualification',
  'intent.evaluation',
  'intent.quotation',
  'commitment.sample_request',
  'commitment.invoice_request',
]);

/** Returns whether the analysis carries a request signal. */
export function hasRequestSignal(analysis: MessageAnalysis): boolean {
  return analysis.signals.some((signal) => REQUEST_SIGNALS.has(signal.type));
}

/** Returns whether the analysis carries any `intent.*` signal. */
export function hasIntentSignal(analysis: MessageAnalysis): boolean {
  return analysis.signals.some((signal) => signal.type.startsWith('intent.'));
}

/** Returns whether the analysis carries the given signal. */
export function hasSignal(analysis: MessageAnalysis, type: SignalType): boolean {
  return analysis.signals.some((signal) => signal.type === type);
}
