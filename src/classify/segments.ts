/** Buyer segments: labels that each apply on their own, so several may hold at once. */
import type { ConversationScores, Segment, Stage } from '../core/types.js';
import type { ConversationContext } from '../model/types.js';
import { SEGMENT_RULES } from '../score/weights.js';
import type { RawFeatures } from './features.js';
import { STAGE_RANK } from './stage.js';

/** Returns whether any inbound quantity is volume: a container unit, or at least `volumeQuantity` units. */
export function hasVolumeQuantity(context: ConversationContext): boolean {
  return context.inbound.some((entry) =>
    entry.analysis.entities.some(
      (entity) =>
        entity.type === 'quantity' &&
        (entity.unit.startsWith('containers') || entity.value >= SEGMENT_RULES.volumeQuantity),
    ),
  );
}

/** Returns whether the buyer named a certificate or objected to one. */
function mentionsCertification(context: ConversationContext): boolean {
  return context.inbound.some(
    (entry) =>
      entry.analysis.entities.some((entity) => entity.type === 'certification') ||
      entry.analysis.signals.some((signal) => signal.type === 'objection.certification'),
  );
}

/**
 * Assigns segments, in the order of SEGMENTS:
 * - high_intent_buyer: intent ≥ highIntentMinIntent, or stage negotiation or later;
 * - passive_evaluator: the buyer wrote, stage evaluation or earlier, intent ≤ passiveMaxIntent, no urgency signal;
 * - cost_sensitive_distributor: price objections ≥ costSensitiveMinPriceObjections on a volume quantity,
 *   or two price objections;
 * - technical_gatekeeper: technical density ≥ technicalMinDensity, or certificates in play;
 * - time_sensitive_buyer: urgency ≥ timeSensitiveMinUrgency.
 */
export function classifySegments(
  context: ConversationContext,
  raw: RawFeatures,
  stage: Stage,
  scores: ConversationScores,
): Segment[] {
  const rank = STAGE_RANK[stage] ?? 0;
  const segments: Segment[] = [];
  if (scores.intent >= SEGMENT_RULES.highIntentMinIntent || (rank >= 3 && stage !== 'lost')) {
    segments.push('high_intent_buyer');
  }
  const quietIntent = scores.intent <= SEGMENT_RULES.passiveMaxIntent && raw.urgencyShare === 0;
  if (context.inbound.length > 0 && rank <= 2 && stage !== 'lost' && quietIntent) {
    segments.push('passive_evaluator');
  }
  const priceObjecting = raw.priceObjections >= SEGMENT_RULES.costSensitiveMinPriceObjections;
  if ((priceObjecting && hasVolumeQuantity(context)) || raw.priceObjections >= 2) {
    segments.push('cost_sensitive_distributor');
  }
  if (raw.technicalDensity >= SEGMENT_RULES.technicalMinDensity || mentionsCertification(context)) {
    segments.push('technical_gatekeeper');
  }
  if (scores.urgency >= SEGMENT_RULES.timeSensitiveMinUrgency) segments.push('time_sensitive_buyer');
  return segments;
}
