/** Input of the action rules: everything the earlier stages concluded about one conversation. */
import type { Action, Archetype, ConversationScores, Explanation, ScoreName, Segment, Stage } from '../core/types.js';
import type { ConversationContext } from '../model/types.js';
import type { StallResult } from '../score/stall.js';

export interface RecommendInput {
  context: ConversationContext;
  stageReached: Stage;
  stall: StallResult;
  archetype: Archetype;
  segments: Segment[];
  scores: ConversationScores;
  explanations: Record<ScoreName, Explanation[]>;
}

/** An action a rule proposes, with a rank: higher ranks come first. */
export interface ActionCandidate {
  rank: number;
  urgent: boolean;
  action: Omit<Action, 'priority' | 'replyOutline'>;
}

/** Quotes words for a reason text, cut to 80 characters. */
export function quote(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return `"${clean.length > 80 ? `${clean.slice(0, 77)}...` : clean}"`;
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

/** Returns who owes the next reply: the side opposite the last human message, or null without messages. */
export function nextReplyOwedBy(context: ConversationContext): 'seller' | 'buyer' | null {
  const last = [...context.timeline].reverse().find((entry) => !entry.message.automated);
  if (!last) return null;
  return last.message.direction === 'inbound' ? 'seller' : 'buyer';
}
