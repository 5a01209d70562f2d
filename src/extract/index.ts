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
import type { Entity, ExtractInput, MessageAnalysis, Sentiment, Signal, SignalType } from '../core/types.js';
import { detectLanguageWithMethod } from '../normalize/language.js';
import type { Doc } from './doc.js';
import { extractEntities } from './entities/index.js';
import { cueWordLanguage } from './lang/cue-words.js';
import { languageCues } from './lang/index.js';
import type { LanguageCues } from './lang/types.js';
import { messageFeatures } from './learned/features.js';
import { applyModel, shippedModel, type LearnedModel } from './learned/model.js';
import { scoreMessage } from './scores.js';
import { withSharedCues } from './shared-cues.js';
import { analyzeSentiment } from './sentiment/index.js';
import { autoReplyEvidence, readAsAutoReply } from './signals/auto-reply.js';
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
  /**
   * Learned layer over the rules (`learned/model.ts`): the shipped model by
   * default, null for the rules alone. It reads inbound messages only.
   */
  learned?: LearnedModel | null;
}

/** Cue-rule conclusions about a message, before the learned layer. */
export interface RuleAnalysis {
  doc: Doc;
  language: LanguageDecision;
  entities: Entity[];
  signals: Signal[];
  /** Types of cue hits that negation, a resolution or a question dropped, because the words deny the signal. */
  suppressed: Set<SignalType>;
  sentiment: Sentiment | null;
}

/** Analyzes one message. Outbound messages get `sentiment: null`; a missing direction counts as inbound. */
export function analyzeMessage(input: ExtractInput, options: AnalyzeOptions = {}): MessageAnalysis {
  const rules = analyzeWithRules(input, options);
  const { doc, language, entities } = rules;
  let { signals, sentiment } = rules;
  const model = options.learned === undefined ? shippedModel() : options.learned;
  if (model !== null && input.direction !== 'outbound') {
    const features = messageFeatures(doc, language.code, rules);
    ({ signals, sentiment } = applyModel(model, doc.text, features, rules));
  }
  const marker = input.direction === 'outbound' ? null : autoReplyEvidence(doc);
  if (marker !== null) ({ signals, sentiment } = readAsAutoReply(signals, sentiment, marker));
  const scores = scoreMessage(signals, entities, sentiment);
  return { id: input.id, language: language.code, sentiment, signals, entities, scores };
}

/** Runs the cue rules on one message: the learned layer's input, and the whole analysis without it. */
export function analyzeWithRules(input: ExtractInput, options: AnalyzeOptions = {}): RuleAnalysis {
  const tokens = tokenize(input.text);
  const language = decideLanguage(input, tokens, options.cues);
  const doc = prepareDoc(input, tokens, options.cues ?? languageCues(language.code), options.now ?? new Date());
  const entities = extractEntities(doc);
  const suppressed = new Set<SignalType>();
  const signals = extractSignals(doc, input, entities, language, suppressed);
  const sentiment = input.direction === 'outbound' ? null : analyzeSentiment(doc, signals);
  return { doc, language, entities, signals, suppressed, sentiment };
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
  return detectLanguageWithMethod(input.text, tokens, cueWordLanguage);
}
