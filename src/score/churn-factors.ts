/**
 * Churn factors. Each compares the customer's recent behavior with their own
 * history and returns reasons whose `effect` (0..1) is the share of risk the
 * factor adds. The constants are judgment, not fitted to churn data.
 */
import type { SignalType } from '../core/types.js';
import { cutText } from '../core/text.js';
import { findLostCue } from '../classify/lost-cues.js';
import { median } from '../model/timing.js';
import type { TimelineEntry } from '../model/types.js';
import { findCompetitorCue } from './churn-cues.js';
import type { BuyerHistory, Order } from './churn-history.js';
import { clamp, recencyWeight } from './recency.js';
import { SENTIMENT_MODE_OFFSET } from './weights.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Thresholds and weights of the churn rule. Effects are in 0..1; times in days unless named otherwise. */
export const CHURN = {
  /**
   * Days after an order's first event in which a repeated confirmation, or a
   * deposit, balance payment or won outcome, still belongs to that order.
   */
  orderMergeDays: { confirmation: 7, payment: 60 },
  /** Reorder cycle assumed while the customer has ordered only once: a quarterly reorder, an assumption. */
  defaultReorderDays: 90,
  /** Reorder overdue: effect = overdue × clamp(r − 1, 0, 1), r = days since the last order / reorder cycle. */
  overdue: 0.5,
  /** Factor on the overdue effect when the buyer has asked about a new order since the last one. */
  reorderTalkFactor: 0.5,
  /** Added when the buyer has not written at all for longer than a whole reorder cycle. */
  silence: 0.2,
  /** Complaint after an order: weight × signal strength × recency, halved when a later message resolved it. */
  complaints: {
    'objection.quality': 0.3,
    'objection.supplier_history': 0.25,
    'objection.lead_time': 0.2,
    'objection.certification': 0.15,
    'objection.price': 0.1,
    'objection.payment_terms': 0.1,
    'objection.moq': 0.1,
  } as Partial<Record<SignalType, number>>,
  resolvedFactor: 0.5,
  /** A frustrated buyer message after an order, times recency. */
  frustrated: 0.15,
  /** A competitor or another supplier named after an order; a message saying the business went elsewhere. */
  competitor: 0.3,
  lostCue: 0.6,
  /** Complaints and competitor mentions decay with this half-life from `asOf`. */
  complaintHalfLifeDays: 60,
  /**
   * Falling sentiment: effect = sentiment × clamp(drop / fullDrop, 0, 1), where the
   * drop is the mean adjusted polarity of earlier buyer messages minus that of
   * the last `recentMessages` buyer messages after the first order.
   */
  sentiment: 0.3,
  sentimentFullDrop: 0.5,
  recentMessages: 3,
  /**
   * Slowing replies: effect = slowing × clamp(log2(ratio) / 2, 0, 1) once the
   * buyer's median reply after the first order is slowingMinRatio times the
   * median before it. Only replies to a seller question or quote count.
   */
  slowing: 0.2,
  slowingMinRatio: 2,
  /** Score thresholds of the levels; below `low` the level is `none`. */
  levels: { low: 0.15, medium: 0.35, high: 0.6 },
} as const;

export type ChurnFactor =
  | 'order'
  | 'reorder_overdue'
  | 'silence'
  | 'complaint'
  | 'competitor'
  | 'sentiment_drop'
  | 'slowing_replies';

/** Why the churn risk is what it is: the fact, the message it rests on and the buyer's words. */
export interface ChurnReason {
  factor: ChurnFactor;
  text: string;
  messageId?: string;
  evidence?: string;
  /** Share of risk the factor adds, 0..1; 0 for the `order` reason, which states what was bought. */
  effect: number;
}

function days(ms: number): number {
  return ms / DAY_MS;
}

/** Writes an age in whole days: "today", "1 day ago", "5 days ago". */
function ago(ms: number): string {
  const whole = Math.round(days(ms));
  if (whole === 0) return 'today';
  return whole === 1 ? '1 day ago' : `${whole} days ago`;
}

function day(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function words(text: string): string {
  return cutText(text.replace(/\s+/g, ' ').trim(), 80);
}

/** Returns the reorder cycle in days: the median gap between orders, or the assumed default with one order. */
export function reorderCycleDays(orders: readonly Order[]): { days: number; measured: boolean } {
  const gaps = orders.slice(1).map((order, i) => days(order.time - (orders[i]?.time ?? order.time)));
  const measured = median(gaps);
  return measured === null ? { days: CHURN.defaultReorderDays, measured: false } : { days: measured, measured: true };
}

/** Returns whether a signal asks about a new order: any intent, or a commitment other than ordering or paying. */
function isReorderSignal(type: SignalType): boolean {
  if (type === 'commitment.order_confirmation' || type === 'commitment.payment') return false;
  return type.startsWith('intent.') || type.startsWith('commitment.');
}

/** Returns the first buyer message after `time` that asks about a new order, or null. */
function reorderTalk(history: BuyerHistory, time: number): TimelineEntry | null {
  const talk = history.inbound.find(
    (entry) => entry.time > time && entry.analysis.signals.some((signal) => isReorderSignal(signal.type)),
  );
  return talk ?? null;
}

/** Reorder overdue: days since the last order against the reorder cycle. */
export function overdueReason(history: BuyerHistory, last: Order): ChurnReason | null {
  const cycle = reorderCycleDays(history.orders);
  const since = days(history.asOf - last.time);
  const ratio = since / cycle.days;
  if (ratio <= 1) return null;
  const talk = reorderTalk(history, last.time);
  const effect = CHURN.overdue * clamp(ratio - 1, 0, 1) * (talk ? CHURN.reorderTalkFactor : 1);
  const cycleText = cycle.measured ? `their ${Math.round(cycle.days)}-day reorder cycle` : `the assumed ${cycle.days}-day cycle`;
  let text = `no new order for ${Math.round(since)} days since ${day(last.time)}, ${ratio.toFixed(1)}× ${cycleText}`;
  if (talk) text += `, though the buyer asked about more in ${talk.message.id}`;
  const first = last.events[0];
  return {
    factor: 'reorder_overdue',
    text,
    ...(first?.messageId ? { messageId: first.messageId } : {}),
    ...(first ? { evidence: first.evidence } : {}),
    effect,
  };
}

/** Silence: the buyer has not written for longer than a whole reorder cycle. */
export function silenceReason(history: BuyerHistory): ChurnReason | null {
  const last = history.inbound.at(-1);
  if (!last) return null;
  const cycle = reorderCycleDays(history.orders);
  const quiet = days(history.asOf - last.time);
  if (quiet <= cycle.days) return null;
  const text = `buyer has not written for ${Math.round(quiet)} days, longer than a whole ${Math.round(cycle.days)}-day reorder cycle`;
  return { factor: 'silence', text, messageId: last.message.id, evidence: words(last.message.text), effect: CHURN.silence };
}

function complaintWeight(history: BuyerHistory, time: number): number {
  return recencyWeight(time, history.asOf, CHURN.complaintHalfLifeDays);
}

/** Complaints after the first order: objections and frustrated messages, decayed by age. */
export function complaintReasons(history: BuyerHistory, firstOrder: Order): ChurnReason[] {
  const reasons: ChurnReason[] = [];
  for (const entry of history.inbound) {
    if (entry.time <= firstOrder.time) continue;
    const weight = complaintWeight(history, entry.time);
    const age = ago(history.asOf - entry.time);
    for (const signal of entry.analysis.signals) {
      const points = CHURN.complaints[signal.type];
      if (points === undefined) continue;
      const resolved = isResolvedIn(history, entry, signal.type);
      const evidence = signal.evidence[0]?.text ?? words(entry.message.text);
      const label = signal.type.replace('objection.', '').replace('_', ' ');
      const text = `${label} complaint after the order, ${age}${resolved ? ', resolved later' : ''}`;
      const effect = points * signal.strength * weight * (resolved ? CHURN.resolvedFactor : 1);
      reasons.push({ factor: 'complaint', text, messageId: entry.message.id, evidence, effect });
    }
    if (entry.analysis.sentiment?.mode === 'frustrated') {
      const evidence = entry.analysis.sentiment.evidence?.[0]?.text ?? words(entry.message.text);
      const text = `frustrated message after the order, ${age}`;
      reasons.push({ factor: 'complaint', text, messageId: entry.message.id, evidence, effect: CHURN.frustrated * weight });
    }
  }
  return reasons;
}

function isResolvedIn(history: BuyerHistory, entry: TimelineEntry, type: SignalType): boolean {
  return history.contexts.some((context) =>
    context.objections.some((o) => o.messageId === entry.message.id && o.type === type && o.resolvedBy !== null),
  );
}

/** Competitors or other suppliers named after the first order; a message saying the business went elsewhere weighs most. */
export function competitorReasons(history: BuyerHistory, firstOrder: Order): ChurnReason[] {
  const reasons: ChurnReason[] = [];
  for (const entry of history.inbound) {
    if (entry.time <= firstOrder.time) continue;
    const language = entry.analysis.language;
    const lost = findLostCue(entry.message.text, language);
    const named = lost ?? findCompetitorCue(entry.message.text, language);
    if (!named) continue;
    const weight = complaintWeight(history, entry.time);
    const age = ago(history.asOf - entry.time);
    const text = lost
      ? `buyer wrote that the business went elsewhere, ${age}`
      : `buyer named a competitor or another supplier after the order, ${age}`;
    const effect = (lost ? CHURN.lostCue : CHURN.competitor) * weight;
    reasons.push({ factor: 'competitor', text, messageId: entry.message.id, evidence: named, effect });
  }
  return reasons;
}

function adjustedPolarity(entry: TimelineEntry): number | null {
  const sentiment = entry.analysis.sentiment;
  if (!sentiment) return null;
  return clamp(sentiment.polarity + SENTIMENT_MODE_OFFSET[sentiment.mode], -1, 1);
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Falling sentiment: the last buyer messages after the first order against the buyer's earlier ones. */
export function sentimentReason(history: BuyerHistory, firstOrder: Order): ChurnReason | null {
  const rated = history.inbound.filter((entry) => adjustedPolarity(entry) !== null);
  const recent = rated.filter((entry) => entry.time > firstOrder.time).slice(-CHURN.recentMessages);
  const earlier = rated.slice(0, rated.length - recent.length);
  if (recent.length === 0 || earlier.length === 0) return null;
  const before = mean(earlier.map((entry) => adjustedPolarity(entry) ?? 0));
  const after = mean(recent.map((entry) => adjustedPolarity(entry) ?? 0));
  const drop = before - after;
  const effect = CHURN.sentiment * clamp(drop / CHURN.sentimentFullDrop, 0, 1);
  if (effect <= 0) return null;
  const worst = [...recent].sort((a, b) => (adjustedPolarity(a) ?? 0) - (adjustedPolarity(b) ?? 0))[0];
  const text =
    `sentiment fell from ${before.toFixed(2)} to ${after.toFixed(2)} over the last ${recent.length} buyer ` +
    `message${recent.length === 1 ? '' : 's'} after the order`;
  if (!worst) return { factor: 'sentiment_drop', text, effect };
  const evidence = worst.analysis.sentiment?.evidence?.[0]?.text ?? words(worst.message.text);
  return { factor: 'sentiment_drop', text, messageId: worst.message.id, evidence, effect };
}

/** Slowing replies: the buyer's median reply after the first order against the median before it. */
export function slowingReason(history: BuyerHistory, firstOrder: Order): ChurnReason | null {
  const before = median(history.replies.filter((r) => r.time <= firstOrder.time).map((r) => r.hours));
  const afterReplies = history.replies.filter((r) => r.time > firstOrder.time);
  const after = median(afterReplies.map((r) => r.hours));
  if (before === null || after === null) return null;
  const ratio = after / Math.max(1, before);
  if (ratio < CHURN.slowingMinRatio) return null;
  const effect = CHURN.slowing * clamp(Math.log2(ratio) / 2, 0, 1);
  const slowest = [...afterReplies].sort((a, b) => b.hours - a.hours)[0];
  const text = `buyer replies in a median ${after.toFixed(1)} h since the order against ${before.toFixed(1)} h before it`;
  return { factor: 'slowing_replies', text, ...(slowest ? { messageId: slowest.messageId } : {}), effect };
}
