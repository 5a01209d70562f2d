/**
 * Deal status for the analytics: which outcome counts for a conversation,
 * whether the deal is open, and its stage position.
 *
 * - The outcome of a conversation is its recorded outcome with the latest
 *   `decidedAt` (ties: the later one in the list).
 * - A deal is closed when it has an outcome or its stage is `won` or `lost`.
 * - The effective stage is the outcome's result when there is one, else the
 *   analysis stage.
 * - Stage position: discovery 0, qualification 1, evaluation 2, negotiation 3,
 *   commitment 4, won 5; lost 0; stalled takes `stageReached` (discovery
 *   without it).
 */
import { ParleyError } from '../core/errors.js';
import type { Stage } from '../core/types.js';
import type { AnalyticsConversation, DealOutcome } from './types.js';

/** Misuse of the analytics functions: an invalid outcome, duplicate conversation ids or an invalid option. */
export class AnalyticsInputError extends ParleyError {}

const STAGE_POSITION: Record<Stage, number> = {
  discovery: 0,
  qualification: 1,
  evaluation: 2,
  negotiation: 3,
  commitment: 4,
  won: 5,
  lost: 0,
  stalled: 0,
};

/**
 * Indexes outcomes by conversation id, keeping the latest per conversation.
 * Throws AnalyticsInputError for a result other than won/lost or an
 * invalid `decidedAt`.
 */
export function outcomeIndex(outcomes: readonly DealOutcome[]): Map<string, DealOutcome> {
  const latest = new Map<string, { outcome: DealOutcome; time: number }>();
  for (const outcome of outcomes) {
    if (outcome.result !== 'won' && outcome.result !== 'lost') {
      throw new AnalyticsInputError(`invalid outcome of ${outcome.conversationId}: result must be won or lost, got ${String(outcome.result)}`);
    }
    const time = Date.parse(outcome.decidedAt);
    if (Number.isNaN(time)) {
      throw new AnalyticsInputError(`invalid outcome of ${outcome.conversationId}: decidedAt is not an ISO 8601 date: ${outcome.decidedAt}`);
    }
    const known = latest.get(outcome.conversationId);
    if (!known || time >= known.time) latest.set(outcome.conversationId, { outcome, time });
  }
  return new Map([...latest].map(([id, entry]) => [id, entry.outcome]));
}

/** Throws AnalyticsInputError when two analyses share a conversation id. */
export function assertUniqueIds(conversations: readonly AnalyticsConversation[]): void {
  const seen = new Set<string>();
  for (const conversation of conversations) {
    if (seen.has(conversation.id)) throw new AnalyticsInputError(`duplicate conversation ${conversation.id}: pass each analysis once`);
    seen.add(conversation.id);
  }
}

/** Returns the stage that counts: the outcome's result, else the analysis stage. */
export function effectiveStage(conversation: AnalyticsConversation, outcome: DealOutcome | undefined): Stage {
  return outcome ? outcome.result : conversation.stage;
}

/** Returns true when the deal has no outcome and is neither won nor lost. */
export function isOpen(conversation: AnalyticsConversation, outcome: DealOutcome | undefined): boolean {
  const stage = effectiveStage(conversation, outcome);
  return stage !== 'won' && stage !== 'lost';
}

/** Returns the stage rank 0..5 defined above. A stalled deal uses its `stageReached`. */
export function stagePosition(conversation: AnalyticsConversation, outcome: DealOutcome | undefined): number {
  const stage = effectiveStage(conversation, outcome);
  if (stage === 'stalled' && conversation.stageReached) return STAGE_POSITION[conversation.stageReached];
  return STAGE_POSITION[stage];
}
