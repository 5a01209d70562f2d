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
import type { LanguageCues } from './lang/types.js';
import { scoreMessage } from './scores.js';
import { withSharedCues } from './shared-cues.js';
import { analyzeSentiment } from './sentiment/index.js';
import { phoneCountry } from './signals/context.js';
import { extractSignals, type LanguageDecision } from './signals/index.js';
import { foldForScan } from './text/normalize.js';
import { timeReference } from './text/time.js';
import { tokenize, type Token } from './text/tokens.js';

/** Options of `analyzeMessage`. */
export interface AnalyzeOptions {
  /** Reference time for messages without sentAt; defaults to the current time. */
  now?: Date;
  /**
   * Cue resources to read the message with, in place of the registered ones
   * for its language: for trying a cue table or a language not registered
   * yet. The neutral and English layers are still added (`shared-cues.ts`).
   */
  cues?: LanguageCues;
}

/** Analyzes one message. Outbound messages get `sentiment: null`; a missing direction counts as inbound. */
export function analyzeMessage(input: ExtractInput, options: AnalyzeOptions = {}): MessageAnalysis {
  const tokens = tokenize(input.text);
  const language = decideLanguage(input, tokens, options.cues);
  const doc = prepareDoc(input, tokens, options.cues ?? languageCues(language.code), options.now ?? new Date());
  const entities = extractEntities(doc);
  const signals = extractSignals(doc, input, entities, language);
  const sentiment = input.direction === 'outbound' ? null : analyzeSentiment(doc, signals);
  const scores = scoreMessage(signals, entities, sentiment);
  return { id: input.id, language: language.code, sentiment, signals, entities, scores };
}

/** Builds the working state of one message: folded scan text, tokens, cues with the shared layers, time reference. */
export function prepareDoc(input: ExtractInput, tokens: Token[], cues: LanguageCues, now: Date): Doc {
  return {
    text: input.text,
    scan: foldForScan(input.text),
    tokens,
    cues: withSharedCues(cues),
    time: timeReference(input.sentAt, now),
    senderCountry: phoneCountry(input.sender?.phone),
  };
}

function decideLanguage(input: ExtractInput, tokens: readonly Token[], cues: LanguageCues | undefined): LanguageDecision {
  if (input.language !== undefined && input.language !== '') {
    return { code: input.language, confidence: 1, method: 'input' };
  }
  if (cues !== undefined) {
    return { code: cues.code, confidence: 1, method: 'input' };
  }
  return detectLanguageWithMethod(input.text, tokens);
}
