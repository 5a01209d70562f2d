/** Conversation scores: intent, urgency, sentiment, friction and momentum with their explanations. */
import type { ConversationScores, Explanation, ScoreName } from '../core/types.js';
import type { StageStep } from '../classify/stage.js';
import type { ConversationContext } from '../model/types.js';
import { momentumAt } from './momentum.js';
import { scoreFrom, tidyExplanations } from './recency.js';
import { sentimentExplanations } from './sentiment.js';
import { frictionBehavior, signalExplanations, urgencyBehavior } from './signal-scores.js';
import { SCORE_BASE, STALL } from './weights.js';

export interface ScoreResult {
  scores: ConversationScores;
  explanations: Record<ScoreName, Explanation[]>;
  /** Highest momentum at any buyer message, for the momentum-collapse rule. */
  momentumPeak: number;
}

/**
 * Scores the conversation as of `context.asOf`. Each score is its base in
 * SCORE_BASE plus the sum of its explanations' effects, clamped to 0..100.
 */
export function scoreConversation(context: ConversationContext, steps: readonly StageStep[]): ScoreResult {
  const raw: Record<Exclude<ScoreName, 'momentum'>, Explanation[]> = {
    intent: signalExplanations(context, 'intent'),
    urgency: [...signalExplanations(context, 'urgency'), ...urgencyBehavior(context)],
    sentiment: sentimentExplanations(context),
    friction: [...signalExplanations(context, 'friction'), ...frictionBehavior(context)],
  };
  const now = momentumAt(context, steps, context.asOf.getTime());
  const peak = context.inbound.slice(-STALL.peakLookbackMessages).reduce(
    (max, entry) => Math.max(max, momentumAt(context, steps, entry.time).score),
    now.score,
  );
  const score = (name: Exclude<ScoreName, 'momentum'>): number => scoreFrom(SCORE_BASE[name], raw[name]);
  return {
    scores: {
      intent: score('intent'),
      urgency: score('urgency'),
      sentiment: score('sentiment'),
      friction: score('friction'),
      momentum: now.score,
    },
    explanations: {
      intent: tidyExplanations(raw.intent),
      urgency: tidyExplanations(raw.urgency),
      sentiment: tidyExplanations(raw.sentiment),
      friction: tidyExplanations(raw.friction),
      momentum: now.explanations,
    },
    momentumPeak: peak,
  };
}
