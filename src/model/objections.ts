/** Buyer objections and whether a later buyer message resolved them. */
import type { SignalType } from '../core/types.js';
import type { ObjectionState, TimelineEntry } from './types.js';

/**
 * Signals that show the buyer moved past an objection: agreeing terms,
 * ordering, paying, or openly entertaining a counter-offer.
 */
const RESOLVING_SIGNALS: ReadonlySet<SignalType> = new Set([
  'commitment.delivery_terms',
  'commitment.invoice_request',
  'commitment.order_confirmation',
  'commitment.payment',
  'intent.purchase',
  'relationship.negotiation_openness',
]);

/**
 * Signals that resolve an objection with no seller reply in between,
 * because the buyer ordered or paid despite it.
 */
const FIRM_RESOLVING_SIGNALS: ReadonlySet<SignalType> = new Set(['commitment.order_confirmation', 'commitment.payment']);

function carriesAny(entry: TimelineEntry, types: ReadonlySet<SignalType>): boolean {
  return entry.analysis.signals.some((signal) => types.has(signal.type));
}

/** True when `entry` comes before `other` in send-time order (equal times keep input order). */
function before(entry: TimelineEntry, other: TimelineEntry): boolean {
  return entry.time < other.time || (entry.time === other.time && entry.index < other.index);
}

/**
 * Lists every inbound objection signal in order. An objection is resolved by
 * the first later inbound message that carries a resolving signal, unless
 * the same objection is raised again before it. Agreed terms or a
 * counter-offer resolve it only after a seller reply to it, so a buyer's own
 * follow-up ("and can you do 2.10?") leaves it open. An order or a payment
 * resolves it in any case.
 */
export function trackObjections(inbound: readonly TimelineEntry[], outbound: readonly TimelineEntry[] = []): ObjectionState[] {
  const states: ObjectionState[] = [];
  const answeredBetween = (objection: TimelineEntry, next: TimelineEntry): boolean =>
    outbound.some((reply) => before(objection, reply) && before(reply, next));
  const resolves = (objection: TimelineEntry, next: TimelineEntry): boolean =>
    carriesAny(next, FIRM_RESOLVING_SIGNALS) || (carriesAny(next, RESOLVING_SIGNALS) && answeredBetween(objection, next));
  inbound.forEach((entry, position) => {
    for (const signal of entry.analysis.signals) {
      if (!signal.type.startsWith('objection.')) continue;
      const later = inbound.slice(position + 1);
      const repeat = later.findIndex((next) => next.analysis.signals.some((s) => s.type === signal.type));
      const resolver = later.find((next, i) => (repeat === -1 || i < repeat) && resolves(entry, next));
      states.push({
        type: signal.type,
        messageId: entry.message.id,
        evidence: signal.evidence[0]?.text ?? '',
        time: entry.time,
        resolvedBy: resolver?.message.id ?? null,
      });
    }
  });
  return states;
}

/** Returns the open objections: unresolved ones, keeping only the latest of each type. */
export function openObjections(states: readonly ObjectionState[]): ObjectionState[] {
  const latest = new Map<SignalType, ObjectionState>();
  for (const state of states) latest.set(state.type, state);
  return [...latest.values()].filter((state) => state.resolvedBy === null);
}
