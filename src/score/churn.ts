/**
 * Churn risk of a customer who already bought: an order confirmation or a
 * payment from the buyer, or a won outcome. Each factor in churn-factors.ts
 * compares recent behavior with the buyer's own history and adds an effect
 * eᵢ in 0..1. The score is 1 − Π(1 − eᵢ), so one strong factor can make the
 * risk high on its own, weak ones add up, and the score never passes 1.
 */
import type { ConversationContext } from '../model/types.js';
import {
  CHURN,
  type ChurnReason,
  competitorReasons,
  complaintReasons,
  overdueReason,
  reorderCycleDays,
  sentimentReason,
  silenceReason,
  slowingReason,
} from './churn-factors.js';
import { type BuyerHistory, type ChurnOutcome, type Order, buildHistory } from './churn-history.js';
import { roundTo } from './recency.js';

export { CHURN, type ChurnFactor, type ChurnReason } from './churn-factors.js';
export type { ChurnOutcome } from './churn-history.js';

export type ChurnLevel = 'none' | 'low' | 'medium' | 'high';

export interface ChurnRisk {
  /** `none` when the buyer never bought, or bought and the score is under CHURN.levels.low. */
  level: ChurnLevel;
  /** 1 − Π(1 − effect) over the reasons, rounded to 3 digits. */
  score: number;
  /** The `order` reason first, then the factors by effect, largest first. */
  reasons: ChurnReason[];
  /** Orders found, after merging the events of one order. */
  orders: number;
  lastOrderAt: string | null;
  /** Median days between orders; null with fewer than two orders, when CHURN.defaultReorderDays is assumed. */
  reorderCadenceDays: number | null;
}

export interface ChurnOptions {
  /** Instant that counts as "now"; defaults to the latest `asOf` of the contexts. */
  asOf?: Date;
  /** Recorded outcomes; a won one counts as an order, a lost one removes its conversation's orders. */
  outcomes?: readonly ChurnOutcome[];
}

/** Returns the level of a score with the thresholds in CHURN.levels. */
export function churnLevel(score: number): ChurnLevel {
  if (score >= CHURN.levels.high) return 'high';
  if (score >= CHURN.levels.medium) return 'medium';
  if (score >= CHURN.levels.low) return 'low';
  return 'none';
}

const NOT_BOUGHT: ChurnRisk = {
  level: 'none',
  score: 0,
  reasons: [{ factor: 'order', text: 'no order confirmation, payment or won outcome yet, so there is no customer to lose', effect: 0 }],
  orders: 0,
  lastOrderAt: null,
  reorderCadenceDays: null,
};

/** States what was bought and which reorder cycle the other reasons compare against. */
function orderReason(history: BuyerHistory, last: Order): ChurnReason {
  const count = history.orders.length;
  const cycle = reorderCycleDays(history.orders);
  const event = last.events[0];
  const when = new Date(last.time).toISOString().slice(0, 10);
  const cycleText = cycle.measured
    ? `reorder cycle ${Math.round(cycle.days)} days`
    : `no reorder yet, so a ${cycle.days}-day cycle is assumed`;
  const text = `bought ${count} order${count === 1 ? '' : 's'}, the last on ${when}; ${cycleText}`;
  return {
    factor: 'order',
    text,
    ...(event?.messageId ? { messageId: event.messageId } : {}),
    ...(event ? { evidence: event.evidence } : {}),
    effect: 0,
  };
}

/**
 * Assesses the churn risk of one conversation (pass `[context]`) or of an
 * account (pass the contexts of all its conversations). Pure: the result
 * depends only on the arguments. Throws a ParleyError when an outcome has an
 * invalid `decidedAt`.
 *
 * @example
 * const risk = assessChurn([context], { outcomes: [{ conversationId: 'c1', result: 'won', decidedAt: '2026-01-10' }] });
 * risk.level; // 'medium'
 */
export function assessChurn(contexts: readonly ConversationContext[], options: ChurnOptions = {}): ChurnRisk {
  const asOf = options.asOf?.getTime() ?? Math.max(0, ...contexts.map((context) => context.asOf.getTime()));
  const history = buildHistory(contexts, options.outcomes ?? [], asOf, CHURN.orderMergeDays);
  const first = history.orders[0];
  const last = history.orders.at(-1);
  if (!first || !last) return NOT_BOUGHT;
  const factors = [
    overdueReason(history, last),
    silenceReason(history),
    ...complaintReasons(history, first),
    ...competitorReasons(history, first),
    sentimentReason(history, first),
    slowingReason(history, first),
  ].filter((reason): reason is ChurnReason => reason !== null && reason.effect > 0);
  const score = 1 - factors.reduce((keep, reason) => keep * (1 - reason.effect), 1);
  const ranked = factors
    .map((reason) => ({ ...reason, effect: roundTo(reason.effect, 3) }))
    .sort((a, b) => b.effect - a.effect);
  const cycle = reorderCycleDays(history.orders);
  return {
    level: churnLevel(score),
    score: roundTo(score, 3),
    reasons: [orderReason(history, last), ...ranked],
    orders: history.orders.length,
    lastOrderAt: new Date(last.time).toISOString(),
    reorderCadenceDays: cycle.measured ? roundTo(cycle.days, 1) : null,
  };
}
