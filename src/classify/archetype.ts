/** Buyer archetype: a weighted score per archetype and a softmax confidence. */
import { ARCHETYPES, type Archetype, type ArchetypeId } from '../core/types.js';
import { ARCHETYPE_PRIOR_MESSAGES, ARCHETYPE_TEMPERATURE, ARCHETYPE_WEIGHTS, type ArchetypeFeature } from '../score/weights.js';

/** Returns sᵢ = Σ ARCHETYPE_WEIGHTS[i][f] × feature f, for every archetype. */
export function archetypeScores(features: Record<ArchetypeFeature, number>): Record<ArchetypeId, number> {
  const scores = {} as Record<ArchetypeId, number>;
  for (const id of ARCHETYPES) {
    const weights = ARCHETYPE_WEIGHTS[id];
    let score = 0;
    for (const [feature, weight] of Object.entries(weights) as [ArchetypeFeature, number][]) {
      score += weight * features[feature];
    }
    scores[id] = score;
  }
  return scores;
}

function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Mixes a softmax share with the uniform prior, weighted by the messages behind it. */
function shrink(share: number, messages: number): number {
  if (!Number.isFinite(messages)) return share;
  const k = ARCHETYPE_PRIOR_MESSAGES;
  return (messages * share + k / ARCHETYPES.length) / (messages + k);
}

/**
 * Picks the archetype with the highest score. Confidence is the softmax
 * share exp(sᵢ/T) / Σ exp(sⱼ/T), shrunk toward the uniform 1/5 by the number
 * of buyer messages (see ARCHETYPE_PRIOR_MESSAGES). Equal scores keep the
 * order of ARCHETYPES, so the result is deterministic. The features are
 * reported rounded to 3 digits.
 */
export function classifyArchetype(features: Record<ArchetypeFeature, number>, buyerMessages = Infinity): Archetype {
  const scores = archetypeScores(features);
  const ranked = [...ARCHETYPES].sort((a, b) => scores[b] - scores[a]);
  const top = ranked[0] ?? 'uncertain_evaluator';
  const max = scores[top];
  const total = ARCHETYPES.reduce((sum, id) => sum + Math.exp((scores[id] - max) / ARCHETYPE_TEMPERATURE), 0);
  const reported: Record<string, number> = {};
  for (const [name, value] of Object.entries(features)) reported[name] = round(value);
  return {
    id: top,
    confidence: round(shrink(1 / total, buyerMessages)),
    runnerUp: ranked[1] ?? null,
    ...(Number.isFinite(buyerMessages) ? { buyerMessages } : {}),
    features: reported,
  };
}
