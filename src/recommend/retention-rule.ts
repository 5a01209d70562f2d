/** Retention action for a customer who already bought and shows churn risk. */
import type { Action, Explanation } from '../core/types.js';
import type { ChurnReason } from '../score/churn.js';
import { RETENTION } from './rule-thresholds.js';
import { type ActionCandidate, type RecommendInput, dueIn, quote } from './types.js';

/** Seller step at each churn level, and the action type that carries it. */
const PLAYS = {
  high: { type: 'escalate_to_senior', step: 'have a senior contact call the customer about it' },
  medium: { type: 'accelerate_follow_up', step: 'check in now: ask how the last order went and offer the next one' },
  low: { type: 'nurture', step: 'send a useful update and confirm the reorder plan' },
} as const satisfies Record<string, { type: Action['type']; step: string }>;

/** Writes one churn reason with the buyer's words and the message they come from. */
function reasonText(reason: ChurnReason): string {
  if (!reason.evidence) return reason.text;
  const where = reason.messageId ? `, ${reason.messageId}` : '';
  return `${reason.text} (${quote(reason.evidence)}${where})`;
}

/**
 * Retention when `input.churn` is low, medium or high: a high risk escalates
 * to a senior contact, a medium one is a prompt check-in, a low one a
 * nurture touch. The reason quotes the largest churn factors.
 */
export function retentionRule(input: RecommendInput): ActionCandidate | null {
  const churn = input.churn;
  if (!churn || churn.level === 'none') return null;
  const play = PLAYS[churn.level];
  const timing = RETENTION[churn.level];
  const factors = churn.reasons.filter((r) => r.effect > 0).slice(0, RETENTION.quotedReasons);
  const reason =
    `Churn risk ${churn.level} (score ${churn.score.toFixed(2)}): ` +
    `${factors.map(reasonText).join('; ')}; ${play.step}.`;
  const basis: Explanation[] = factors.map((r) => ({
    type: `churn.${r.factor}`,
    messageId: r.messageId ?? null,
    text: r.evidence ?? r.text,
    effect: r.effect,
  }));
  return {
    rank: timing.rank,
    urgent: false,
    action: { type: play.type, dueBy: dueIn(input.context.asOf, timing.dueHours), reason, basis },
    purpose: 'retention',
  };
}
