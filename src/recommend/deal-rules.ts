/** Action rules about the deal as a whole: stalls, escalation, waiting and nurturing. */
import { STAGE_RANK, isOpenStage } from '../classify/stage.js';
import { hasVolumeQuantity } from '../classify/segments.js';
import { formatOffset } from '../extract/text/time.js';
import { openObjections } from '../model/objections.js';
import { messageOffset } from '../model/profile.js';
import type { TimelineEntry } from '../model/types.js';
import { ACTION_RULES } from '../score/weights.js';
import { isUrgent } from './reply-rules.js';
import { type ActionCandidate, type RecommendInput, dueIn, formatWait, nextReplyOwedBy, quote, signalLabel, waitEnds } from './types.js';

const HOUR_MS = 3_600_000;

/** Re-engagement of a stalled deal the buyer owes a reply on: follow-up past evaluation, nurture before it. */
export function stalledRule(input: RecommendInput): ActionCandidate | null {
  const { context, stall } = input;
  if (!stall.stalled || nextReplyOwedBy(context) === 'seller' || !stall.explanation) return null;
  const late = (STAGE_RANK[input.stageReached] ?? 0) >= (STAGE_RANK.evaluation ?? 2);
  const last = context.lastInbound;
  // The threshold explains a silence stall only; a momentum collapse fires under it.
  const threshold = stall.explanation.type === 'stall.silence' ? ` (threshold: ${stall.thresholdBasis})` : '';
  let reason = `Deal stalled at ${input.stageReached}: ${stall.explanation.text}${threshold}`;
  if (last) reason += `; last buyer message ${quote(last.message.text)}`;
  const basis = [stall.explanation];
  if (!late) {
    reason += '; keep in touch without pressure.';
    const dueBy = dueIn(context.asOf, ACTION_RULES.nurtureDays * 24);
    return { rank: 40, urgent: false, action: { type: 'nurture', dueBy, reason, basis } };
  }
  reason += '; follow up with something new (revised offer, slot, sample).';
  const dueBy = dueIn(context.asOf, ACTION_RULES.stalledFollowUpHours);
  return { rank: 75, urgent: false, action: { type: 'accelerate_follow_up', dueBy, reason, basis } };
}

/**
 * escalate_to_senior when friction reaches escalateFriction with at least
 * escalateMinObjections open objections, when a volume deal in negotiation or
 * later has friction of escalateVolumeFriction or more, or when the buyer
 * doubts quality or suppliers in general.
 */
export function escalateRule(input: RecommendInput): ActionCandidate | null {
  const { context, scores } = input;
  const open = openObjections(context.objections);
  const trust = open.find((o) => o.type === 'objection.supplier_history' || o.type === 'objection.quality');
  const repeated = scores.friction >= ACTION_RULES.escalateFriction && open.length >= ACTION_RULES.escalateMinObjections;
  const volume = hasVolumeQuantity(context) && (STAGE_RANK[input.stageReached] ?? 0) >= 3 &&
    scores.friction >= ACTION_RULES.escalateVolumeFriction;
  if (!isOpenStage(input.stageReached) || (!repeated && !volume && !trust)) return null;
  const listed = open.map((o) => `${signalLabel(o.type)} ${quote(o.evidence)}`).join('; ');
  let cause = 'objections keep coming';
  if (volume) cause = 'a volume deal meets resistance';
  if (trust) cause = 'the buyer doubts quality or suppliers';
  const reason = `Friction ${scores.friction} and ${cause}: ${listed || 'no single open objection'}.`;
  const basis = input.explanations.friction.filter((e) => e.effect > 0).slice(0, 4);
  const dueBy = dueIn(context.asOf, ACTION_RULES.defaultReplyHours);
  return { rank: 72, urgent: false, action: { type: 'escalate_to_senior', dueBy, reason, basis } };
}

/**
 * wait while the buyer owes a reply and is still within their usual cadence;
 * due when the deal would stall. Passive evaluators get nurture instead.
 */
export function waitRule(input: RecommendInput): ActionCandidate | null {
  const { context, stall } = input;
  const sent = context.lastOutbound;
  const promise = context.buyerComingBack;
  if (stall.stalled || (!sent && promise === null) || nextReplyOwedBy(context) !== 'buyer' || !isOpenStage(input.stageReached)) return null;
  if (input.segments.includes('passive_evaluator')) return null;
  const since = context.lastInbound?.time ?? sent?.time ?? context.asOf.getTime();
  const due = waitEnds(input).getTime();
  const cadence = context.buyerCadenceHours;
  const hoursAgo = (time: number): string => formatWait(Math.max(0, context.asOf.getTime() - time) / HOUR_MS);
  let owed = '';
  if (promise !== null) owed = `Buyer said they will come back (${quote(promise.text)}), ${hoursAgo(since)} ago; `;
  else if (sent) owed = `Buyer owes the reply to ${quote(sent.message.text)}, sent ${hoursAgo(sent.time)} ago; `;
  const reason = owed +
    (cadence === null ? 'the buyer has no cadence yet' : `the buyer's median gap is ${cadence.toFixed(1)} h`) +
    `, so wait until ${buyerTime(new Date(due), context.lastInbound)} (threshold: ${stall.thresholdBasis}).`;
  return { rank: 30, urgent: false, action: { type: 'wait', dueBy: new Date(due).toISOString(), reason, basis: [] } };
}

/**
 * nurture after a won or lost deal, or for a passive early-stage buyer. A won
 * deal with churn risk gets the retention action instead.
 */
export function nurtureRule(input: RecommendInput): ActionCandidate | null {
  const { context, stageReached } = input;
  if (stageReached === 'won' && input.churn && input.churn.level !== 'none') return null;
  if (stageReached === 'won' || stageReached === 'lost') {
    const days = stageReached === 'won' ? ACTION_RULES.wonNurtureDays : ACTION_RULES.lostNurtureDays;
    const next = stageReached === 'won' ? 'check delivery and plan the reorder' : 'check back with a new offer';
    const reason = `Deal ${stageReached}; ${next} in ${days} days.`;
    const dueBy = dueIn(context.asOf, days * 24);
    return { rank: 35, urgent: false, action: { type: 'nurture', dueBy, reason, basis: [] } };
  }
  const passive = input.segments.includes('passive_evaluator');
  if (!passive || !context.lastInbound || nextReplyOwedBy(context) === 'seller' || input.stall.stalled) return null;
  const reason = `Buyer looks like a passive evaluator: intent ${input.scores.intent}, stage ${stageReached}, no urgency signal; ` +
    `send a useful update in ${ACTION_RULES.nurtureDays} days.`;
  const basis = input.explanations.intent.slice(0, 2);
  const dueBy = dueIn(context.asOf, ACTION_RULES.nurtureDays * 24);
  return { rank: 25, urgent: isUrgent(input), action: { type: 'nurture', dueBy, reason, basis } };
}

/**
 * Writes a time as the buyer reads it, in the offset of their latest
 * message ("2026-03-17 23:59 UTC-06:00"), or as an ISO time in UTC when
 * that offset is unknown or zero.
 */
function buyerTime(time: Date, lastInbound: TimelineEntry | null): string {
  const offset = lastInbound === null ? null : messageOffset(lastInbound);
  // A zero offset is mostly a system's UTC stamp, not the buyer's clock.
  if (offset === null || offset === 0) return time.toISOString();
  const local = new Date(time.getTime() + offset * 60_000).toISOString().slice(0, 16).replace('T', ' ');
  return `${local} UTC${formatOffset(offset)}, the buyer's time`;
}
