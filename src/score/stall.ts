/** Stall rule: an open deal whose buyer went quiet against their own cadence, or whose momentum collapsed. */
import type { Explanation, Stage } from '../core/types.js';
import { STAGE_RANK, isOpenStage } from '../classify/stage.js';
import { formatWait, toHours } from '../model/timing.js';
import type { ConversationContext } from '../model/types.js';
import { STALL } from './weights.js';

export interface StallResult {
  stalled: boolean;
  /** Buyer silence in hours after which the deal counts as stalled. */
  thresholdHours: number;
  explanation: Explanation | null;
}

/** Returns the silence threshold in hours: max(k × median gap, minHours), or noCadenceHours without a cadence. */
export function stallThresholdHours(context: ConversationContext): number {
  const cadence = context.buyerCadenceHours;
  return cadence === null ? STALL.noCadenceHours : Math.max(STALL.k * cadence, STALL.minHours);
}

/**
 * Applies the stall rule to a conversation whose furthest stage is
 * `stageReached`. Silence runs from the buyer's last message, or from the
 * first message when the buyer never wrote. Momentum collapse compares the
 * momentum now with its peak at any buyer message.
 */
export function detectStall(
  context: ConversationContext,
  stageReached: Stage,
  momentumNow: number,
  momentumPeak: number,
): StallResult {
  const thresholdHours = stallThresholdHours(context);
  if (!isOpenStage(stageReached)) return { stalled: false, thresholdHours, explanation: null };
  const start = context.lastInbound ?? context.timeline[0] ?? null;
  const quietHours = start ? Math.max(0, toHours(context.asOf.getTime() - start.time)) : 0;
  if (start && quietHours > thresholdHours) {
    const text = `buyer quiet for ${formatWait(quietHours)}, over the ${formatWait(thresholdHours)} threshold`;
    const explanation = { type: 'stall.silence', messageId: start.message.id, text, effect: 0 };
    return { stalled: true, thresholdHours, explanation };
  }
  const beforeCommitment = (STAGE_RANK[stageReached] ?? 0) < (STAGE_RANK.commitment ?? 4);
  const collapsed =
    momentumNow < STALL.collapseBelow && momentumPeak - momentumNow >= STALL.collapseDrop;
  if (beforeCommitment && collapsed) {
    const text = `momentum fell from a peak of ${momentumPeak} to ${momentumNow} before commitment`;
    const messageId = context.lastInbound?.message.id ?? null;
    const explanation = { type: 'stall.momentum_collapse', messageId, text, effect: 0 };
    return { stalled: true, thresholdHours, explanation };
  }
  return { stalled: false, thresholdHours, explanation: null };
}
