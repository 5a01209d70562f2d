/**
 * Extract stage: turns one message into signals, entities, sentiment and
 * scores (the message-analysis contract). Pure and synchronous; the output
 * depends only on the input, plus `options.now` when the input has no sentAt.
 *
 * @example
 * analyzeMessage({ id: 'm-17', text: 'Need 2x40HQ, best FOB price?', sentAt: '2026-03-10T09:15:00+04:00' })
 * // → { id: 'm-17', language: 'en', sentiment: { mode: 'neutral', … },
 * //     signals: [{ type: 'intent.quotation', strength: 0.8, evidence: [{ text: 'best FOB price', … }] }, …],
 * //     entities: [{ type: 'quantity', value: 2, unit: 'containers_40hq', … }, { type: 'incoterm', code: 'FOB', … }], … }
 */
import type { ExtractInput, MessageAnalysis } from '../core/types.js';
import { detectLanguageWithMethod } from '../normalize/language.js';
import type { Doc } from './doc.js';
import { extractEntities } from './entities/index.js';
import { languageCues } from './lang/index.js';
import { scoreMessage } from './scores.js';
import { analyzeSentiment } from './sentiment/index.js';
import { phoneCountry } from './signals/context.js';
import { extractSignals, type LanguageDecision } from './signals/index.js';
import { timeReference } from './text/time.js';
import { tokenize, type Token } from './text/tokens.js';

/** Options of `analyzeMessage`. */
export interface AnalyzeOptions {
  /** Reference time for messages without sentAt; defaults to the current time. */
  now?: Date;
}

/** Analyzes one message. Outbound messages get `sentiment: null`; a missing direction counts as inbound. */
export function analyzeMessage(input: ExtractInput, options: AnalyzeOptions = {}): MessageAnalysis {
  const tokens = tokenize(input.text);
  const language = decideLanguage(input, tokens);
  const doc: Doc = {
    text: input.text,
    tokens,
    cues: languageCues(language.code),
    time: timeReference(input.sentAt, options.now ?? new Date()),
    senderCountry: phoneCountry(input.sender?.phone),
  };
  const entities = extractEntities(doc);
  const signals = extractSignals(doc, input, entities, language);
  const sentiment = input.direction === 'outbound' ? null : analyzeSentiment(doc, signals);
  const scores = scoreMessage(signals, entities, sentiment);
  return { id: input.id, language: language.code, sentiment, signals, entities, scores };
}

function decideLanguage(input: ExtractInput, tokens: readonly Token[]): LanguageDecision {
  if (input.language !== undefined && input.language !== '') {
    return { code: input.language, confidence: 1, method: 'input' };
  }
  return detectLanguageWithMethod(input.text, tokens);
}
