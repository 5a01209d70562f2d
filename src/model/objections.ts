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

function resolves(entry: TimelineEntry): boolean {
  return entry.analysis.signals.some((signal) => RESOLVING_SIGNALS.has(signal.type));
}

/**
 * Lists every inbound objection signal in order. An objection is resolved by
 * the first later inbound message that carries a resolving signal, unless
 * the same objection is raised again before it.
 */
export function trackObjections(inbound: readonly TimelineEntry[]): ObjectionState[] {
  const states: ObjectionState[] = [];
  inbound.forEach((entry, position) => {
    for (const signal of entry.analysis.signals) {
      if (!signal.type.startsWith('objection.')) continue;
      const later = inbound.slice(position + 1);
      const repeat = later.findIndex((next) => next.analysis.signals.some((s) => s.type === signal.type));
      const resolver = later.find((next, i) => (repeat === -1 || i < repeat) && resolves(next));
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
