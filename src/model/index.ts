/** Conversation analysis: model → classify → score → recommend for one conversation. */
import { classifyArchetype } from '../classify/archetype.js';
import { normalizeFeatures, rawFeatures } from '../classify/features.js';
import { classifySegments } from '../classify/segments.js';
import { classifyStage } from '../classify/stage.js';
import { buildBrief, recommendActions } from '../recommend/index.js';
import { scoreConversation } from '../score/index.js';
import { assessChurn } from '../score/churn.js';
import { detectStall } from '../score/stall.js';
import { winFeatures, winProbability } from '../score/win-probability.js';
import { buildContext } from './context.js';
import type { AnalyzeOptions, ConversationAnalysisDetail, ConversationInput } from './types.js';

export type { AnalyzeOptions, ConversationAnalysisDetail, ConversationInput } from './types.js';
export { buildContextAt, prefixInput } from './context.js';
export { buyerProfile } from './profile.js';
export { CatalogError, CatalogRowError, parseCatalog, productFit, readCatalog } from './catalog.js';

/**
 * Analyzes one conversation as of `options.asOf`. Pure and deterministic:
 * the same input and options give a deep-equal result. Throws a ParleyError
 * when `analyses` does not pair one to one with `messages`.
 *
 * @example
 * const analysis = analyzeConversation({ id: 'c1', accountId: null, messages, analyses }, { asOf: new Date() });
 * analysis.stage; // 'negotiation'
 */
export function analyzeConversation(input: ConversationInput, options: AnalyzeOptions): ConversationAnalysisDetail {
  const context = buildContext(input, options.asOf, options.catalog ?? null);
  const { stage: stageReached, steps } = classifyStage(context, options.outcome);
  const raw = rawFeatures(context);
  const archetype = classifyArchetype(normalizeFeatures(raw), context.inbound.length);
  const { scores, explanations, momentumPeak } = scoreConversation(context, steps);
  const stall = detectStall(context, stageReached, scores.momentum, momentumPeak);
  const segments = classifySegments(context, raw, stageReached, scores);
  const win = winProbability(winFeatures(context, raw, stageReached, scores, stall.stalled), stageReached, options.winModel);
  const outcomes = options.outcome ? [{ conversationId: input.id, result: options.outcome, decidedAt: null }] : [];
  const churn = assessChurn([context], { asOf: options.asOf, outcomes });
  const actions = recommendActions({ context, stageReached, stall, archetype, segments, scores, explanations, churn });
  if (stall.explanation) explanations.momentum = [...explanations.momentum, stall.explanation];
  return {
    id: input.id,
    channels: context.channels,
    accountId: input.accountId,
    stage: stall.stalled ? 'stalled' : stageReached,
    stalled: stall.stalled,
    archetype,
    segments,
    scores,
    explanations,
    winProbability: win.probability,
    brief: buildBrief(context),
    actions,
    messages: context.timeline.map((entry) => ({
      ...entry.analysis,
      messageId: entry.message.id,
      direction: entry.message.direction,
      channel: entry.message.channel,
      sentAt: entry.message.sentAt,
      text: entry.message.text,
    })),
    stageReached,
    signals: context.signals,
    winFactors: { features: win.features, logit: win.logit, model: options.winModel ? 'fitted' : 'default' },
    profile: context.profile,
    productFit: context.productFit,
    churn,
  };
}
