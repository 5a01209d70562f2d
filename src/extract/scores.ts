/** Per-message scores from signals, entities and sentiment; weights live in `score-weights.ts`. */
import type { Entity, MessageScores, Sentiment, Signal } from '../core/types.js';
import { FRICTION_MODE_WEIGHTS, FRICTION_WEIGHTS, INTENT_ENTITY_WEIGHTS, INTENT_WEIGHTS, URGENCY_WEIGHTS } from './score-weights.js';

/** Computes intent, urgency, sentiment and friction, each 0..100. */
export function scoreMessage(signals: readonly Signal[], entities: readonly Entity[], sentiment: Sentiment | null): MessageScores {
  const intent = noisyOr(signalTerms(signals, INTENT_WEIGHTS).concat(entityTerms(entities)));
  const urgency = noisyOr(signalTerms(signals, URGENCY_WEIGHTS));
  const modeWeight = sentiment === null ? undefined : FRICTION_MODE_WEIGHTS[sentiment.mode];
  const friction = noisyOr(signalTerms(signals, FRICTION_WEIGHTS).concat(modeWeight === undefined ? [] : [modeWeight]));
  const polarity = sentiment?.polarity ?? 0;
  return { intent, urgency, sentiment: clamp(Math.round(50 + 50 * polarity)), friction };
}

function signalTerms(signals: readonly Signal[], weights: Partial<Record<string, number>>): number[] {
  const terms: number[] = [];
  for (const signal of signals) {
    const weight = weights[signal.type];
    if (weight !== undefined) {
      terms.push(weight * signal.strength);
    }
  }
  return terms;
}

function entityTerms(entities: readonly Entity[]): number[] {
  const seen: string[] = [];
  const terms: number[] = [];
  for (const entity of entities) {
    const weight = INTENT_ENTITY_WEIGHTS[entity.type];
    if (weight !== undefined && !seen.includes(entity.type)) {
      seen.push(entity.type);
      terms.push(weight);
    }
  }
  return terms;
}

function noisyOr(terms: readonly number[]): number {
  let missing = 1;
  for (const term of terms) {
    missing *= 1 - Math.min(1, Math.max(0, term));
  }
  return clamp(Math.round(100 * (1 - missing)));
}

function clamp(value: number): number {
  return Math.min(100, Math.max(0, value));
}
