/** Input of the action rules: everything the earlier stages concluded about one conversation. */
import type { Action, Archetype, Channel, ConversationScores, Explanation, ScoreName, Segment, Stage } from '../core/types.js';
import { cutText, NO_TEXT } from '../core/text.js';
import type { ConversationContext } from '../model/types.js';
import type { ChurnRisk } from '../score/churn.js';
import type { StallResult } from '../score/stall.js';
import type { OutlinePurpose } from './outline-phrases.js';

export interface RecommendInput {
  context: ConversationContext;
  stageReached: Stage;
  stall: StallResult;
  archetype: Archetype;
  segments: Segment[];
  scores: ConversationScores;
  explanations: Record<ScoreName, Explanation[]>;
  /** Churn risk from `assessChurn`; without it no retention action is proposed. */
  churn?: ChurnRisk;
}

/** An action a rule proposes, with a rank: higher ranks come first. */
export interface ActionCandidate {
  rank: number;
  urgent: boolean;
  action: Omit<Action, 'priority' | 'replyOutline'>;
  /** Outline steps to use in place of the action type's own, when the rule has a more specific aim. */
  purpose?: OutlinePurpose;
}

/**
 * Quotes words for a reason text, cut to 80 characters without splitting an
 * emoji; a message with no text is described, not quoted as "".
 */
export function quote(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean === '' ? NO_TEXT : `"${cutText(clean, 80)}"`;
}

export { formatWait } from '../model/timing.js';

/** Returns a signal type id as words: "objection.price" becomes "price objection". */
export function signalLabel(type: string): string {
  const [family, name] = type.split('.');
  const words = (name ?? type).replace(/_/g, ' ');
  return family === 'objection' ? `${words} objection` : words;
}

/** Returns `asOf` plus the given hours as an ISO instant. */
export function dueIn(asOf: Date, hours: number): string {
  return new Date(asOf.getTime() + hours * 3_600_000).toISOString();
}

/**
 * Returns when waiting for the buyer ends: the stall threshold after the
 * buyer's last message (or the seller's, without one), and never before `asOf`.
 */
export function waitEnds(input: RecommendInput): Date {
  const { context, stall } = input;
  const since = context.lastInbound?.time ?? context.lastOutbound?.time ?? context.asOf.getTime();
  return new Date(Math.max(context.asOf.getTime(), since + stall.thresholdHours * 3_600_000));
}

/**
 * Returns who owes the next reply: the side opposite the last human message,
 * or null without messages. A buyer who last promised to write back ("will
 * revert", "te aviso") owes it themselves.
 */
export function nextReplyOwedBy(context: ConversationContext): 'seller' | 'buyer' | null {
  const last = [...context.timeline].reverse().find((entry) => !entry.message.automated);
  if (!last) return null;
  if (context.buyerComingBack !== null) return 'buyer';
  return last.message.direction === 'inbound' ? 'seller' : 'buyer';
}

/**
 * Returns the channel the buyer writes on most, with its share of their
 * messages. Ties go to the channel of the buyer's latest message among them.
 * Null when the buyer has written nothing.
 */
export function mostUsedChannel(context: ConversationContext): { channel: Channel; count: number; total: number } | null {
  const counts = new Map<Channel, number>();
  for (const entry of context.inbound) counts.set(entry.message.channel, (counts.get(entry.message.channel) ?? 0) + 1);
  let best: { channel: Channel; count: number } | null = null;
  for (const entry of [...context.inbound].reverse()) {
    const count = counts.get(entry.message.channel) ?? 0;
    if (!best || count > best.count) best = { channel: entry.message.channel, count };
  }
  return best ? { ...best, total: context.inbound.length } : null;
}
