/** Buyer archetype: a weighted score per archetype and a softmax confidence. */
import { ARCHETYPES, type Archetype, type ArchetypeId } from '../core/types.js';
import { ARCHETYPE_TEMPERATURE, ARCHETYPE_WEIGHTS, type ArchetypeFeature } from '../score/weights.js';

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

/**
 * Picks the archetype with the highest score. Confidence is the softmax
 * share exp(sᵢ/T) / Σ exp(sⱼ/T); equal scores keep the order of ARCHETYPES,
 * so the result is deterministic. The features are reported rounded to 3 digits.
 */
export function classifyArchetype(features: Record<ArchetypeFeature, number>): Archetype {
  const scores = archetypeScores(features);
  const ranked = [...ARCHETYPES].sort((a, b) => scores[b] - scores[a]);
  const top = ranked[0] ?? 'uncertain_evaluator';
  const max = scores[top];
  const total = ARCHETYPES.reduce((sum, id) => sum + Math.exp((scores[id] - max) / ARCHETYPE_TEMPERATURE), 0);
  const reported: Record<string, number> = {};
  for (const [name, value] of Object.entries(features)) reported[name] = round(value);
  return {
    id: top,
    confidence: round(1 / total),
    runnerUp: ranked[1] ?? null,
    features: reported,
  };
}
