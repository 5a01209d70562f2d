/** Conversation sentiment: recency-weighted mean of buyer polarity, 50 is neutral. */
import type { Explanation } from '../core/types.js';
import type { ConversationContext } from '../model/types.js';
import { clamp } from './recency.js';
import { messageWeight } from './signal-scores.js';
import { SENTIMENT_MODE_OFFSET } from './weights.js';

/**
 * Explains sentiment: message i contributes 50 × wᵢ × pᵢ / Σw, where pᵢ is
 * polarity plus the mode offset, clamped to −1..1, and wᵢ the recency
 * weight. The contributions sum to the score minus 50.
 */
export function sentimentExplanations(context: ConversationContext): Explanation[] {
  const rated = context.inbound.filter((entry) => entry.analysis.sentiment !== null);
  const weights = rated.map((entry) => messageWeight(context, entry));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  if (totalWeight === 0) return [];
  return rated.map((entry, i) => {
    const sentiment = entry.analysis.sentiment;
    const mode = sentiment?.mode ?? 'neutral';
    const polarity = clamp((sentiment?.polarity ?? 0) + SENTIMENT_MODE_OFFSET[mode], -1, 1);
    return {
      type: `sentiment.${mode}`,
      messageId: entry.message.id,
      text: sentiment?.evidence?.[0]?.text ?? entry.message.text.slice(0, 80),
      effect: (50 * (weights[i] ?? 0) * polarity) / totalWeight,
    };
  });
}
