/** The buyer's history across conversations, as the churn factors read it: messages, replies and orders. */
import { ParleyError } from '../core/errors.js';
import type { SignalType } from '../core/types.js';
import { cutText } from '../core/text.js';
import type { ConversationContext, TimelineEntry } from '../model/types.js';

const HOUR_MS = 3_600_000;

/** Signals with which the buyer places or pays an order. */
const ORDER_SIGNALS: ReadonlySet<SignalType> = new Set(['commitment.order_confirmation', 'commitment.payment']);

/** A recorded outcome; `Outcome` from the core types fits this shape. */
export interface ChurnOutcome {
  conversationId: string;
  result: 'won' | 'lost';
  /** Day or instant the deal was decided (ISO 8601); null when unknown, which means the conversation's last message. */
  decidedAt: string | null;
}

/** A confirmation, a payment or a won outcome. */
export interface OrderEvent {
  kind: 'confirmation' | 'payment' | 'outcome';
  time: number;
  conversationId: string;
  /** The buyer message the event comes from; null for a recorded outcome. */
  messageId: string | null;
  evidence: string;
}

/** One order and the events that belong to it; `time` is its first event's. */
export interface Order {
  time: number;
  events: OrderEvent[];
}

/** A buyer reply latency to a seller question or quote, with the time of the reply. */
export interface TimedReply {
  hours: number;
  time: number;
  messageId: string;
}

export interface BuyerHistory {
  asOf: number;
  /** Inbound messages of every conversation, by time. */
  inbound: TimelineEntry[];
  replies: TimedReply[];
  orders: Order[];
  contexts: readonly ConversationContext[];
}

/** Returns the time of a recorded outcome; throws a ParleyError when `decidedAt` is not a date. */
function outcomeTime(outcome: ChurnOutcome, context: ConversationContext): number {
  if (outcome.decidedAt === null) return context.timeline.at(-1)?.time ?? context.asOf.getTime();
  const time = Date.parse(outcome.decidedAt);
  if (Number.isNaN(time)) {
    throw new ParleyError(
      `outcome of conversation ${outcome.conversationId} has invalid decidedAt "${outcome.decidedAt}"; use yyyy-mm-dd`,
    );
  }
  return time;
}

/**
 * Lists order events: buyer order confirmations and payments, and won
 * outcomes. A conversation recorded as lost contributes none, because its
 * order did not go through.
 */
export function orderEvents(contexts: readonly ConversationContext[], outcomes: readonly ChurnOutcome[]): OrderEvent[] {
  const events: OrderEvent[] = [];
  for (const context of contexts) {
    const outcome = outcomes.find((candidate) => candidate.conversationId === context.id);
    if (outcome?.result === 'lost') continue;
    if (outcome?.result === 'won') {
      const time = outcomeTime(outcome, context);
      const day = new Date(time).toISOString().slice(0, 10);
      const evidence = `won outcome recorded for ${day}`;
      events.push({ kind: 'outcome', time, conversationId: context.id, messageId: null, evidence });
    }
    for (const entry of context.inbound) {
      const signal = entry.analysis.signals.find((candidate) => ORDER_SIGNALS.has(candidate.type));
      if (!signal) continue;
      const evidence = signal.evidence[0]?.text ?? cutText(entry.message.text, 80);
      const kind = signal.type === 'commitment.payment' ? 'payment' : 'confirmation';
      events.push({ kind, time: entry.time, conversationId: context.id, messageId: entry.message.id, evidence });
    }
  }
  return events.sort((a, b) => a.time - b.time);
}

/** How many days after an order's first event a later event still belongs to it. */
export interface OrderMergeDays {
  /** A confirmation this close repeats the same order rather than placing a new one. */
  confirmation: number;
  /** Deposits, balance payments and a won outcome this close pay or close the same order. */
  payment: number;
}

/**
 * Groups events into orders. A confirmation starts a new order unless the
 * current one began within `merge.confirmation` days; a payment or a won
 * outcome joins the current order when it began within `merge.payment` days,
 * so a confirmation followed by deposit and balance counts once.
 */
export function groupOrders(events: readonly OrderEvent[], merge: OrderMergeDays): Order[] {
  const orders: Order[] = [];
  for (const event of events) {
    const current = orders.at(-1);
    const window = event.kind === 'confirmation' ? merge.confirmation : merge.payment;
    if (current && event.time - current.time <= window * 24 * HOUR_MS) current.events.push(event);
    else orders.push({ time: event.time, events: [event] });
  }
  return orders;
}

/**
 * Returns the buyer's reply latencies to seller messages that expected an
 * answer: a question or a quote. A buyer writing again weeks after a plain
 * "thank you" is starting a new round, not replying slowly.
 */
function timedReplies(contexts: readonly ConversationContext[]): TimedReply[] {
  const replies: TimedReply[] = [];
  for (const context of contexts) {
    const byId = new Map(context.timeline.map((entry) => [entry.message.id, entry]));
    const quotes = new Set(context.sellerActions.filter((a) => a.kind === 'quote_sent').map((a) => a.messageId));
    for (const reply of context.buyerReplies) {
      const prompt = byId.get(reply.fromMessageId);
      const response = byId.get(reply.toMessageId);
      if (!prompt || !response) continue;
      if (!prompt.message.text.includes('?') && !quotes.has(prompt.message.id)) continue;
      replies.push({ hours: reply.hours, time: response.time, messageId: reply.toMessageId });
    }
  }
  return replies.sort((a, b) => a.time - b.time);
}

/** Builds the merged history of one buyer or account from its conversations. */
export function buildHistory(
  contexts: readonly ConversationContext[],
  outcomes: readonly ChurnOutcome[],
  asOf: number,
  merge: OrderMergeDays,
): BuyerHistory {
  const inbound = contexts
    .flatMap((context) => context.inbound)
    .sort((a, b) => a.time - b.time || a.message.id.localeCompare(b.message.id));
  return {
    asOf,
    inbound,
    replies: timedReplies(contexts),
    orders: groupOrders(orderEvents(contexts, outcomes), merge),
    contexts,
  };
}

