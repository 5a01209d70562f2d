/**
 * Votes that a message's signals cast for a sentiment mode. A signal alone
 * shows what the buyer writes about, not how they feel, so most rules depend
 * on the wording around it: an objection with negative words is a
 * complaint, an order with enthusiastic words is engagement, and a plain
 * objection or a plain order votes for no mode at all.
 */
import type { Signal } from '../../core/types.js';
import type { ModeCue } from '../lang/types.js';
import type { Contribution } from './valence.js';
import type { Wording } from './wording.js';

/** Objections about the terms of a deal, as opposed to doubts about the supplier. */
const TERMS_OBJECTIONS = new Set(['objection.price', 'objection.moq', 'objection.lead_time', 'objection.payment_terms']);
/** Signals of progress toward an order. */
const PROGRESS = new Set(['intent.purchase', 'commitment.order_confirmation', 'commitment.invoice_request', 'commitment.payment']);

/**
 * Lean rules, weight per unit of signal strength. A vote of 0.75 decides a
 * mode (`MODE_THRESHOLD`), so a rule whose weight times a typical strength
 * (0.7 to 0.9) reaches it decides alone, and a lower one needs other evidence.
 */
const WEIGHTS = {
  /** Bad past experience with suppliers: the buyer distrusts this one too. */
  supplierHistory: 1.0,
  /** A quality or certificate objection: a complaint when worded negatively, else a doubt. */
  doubtObjection: 0.9,
  /** An objection to the terms with negative words. */
  termsComplaint: 0.9,
  /** An objection to the terms next to a counter-offer ("1,000 is too many for us, can we start with 300?"). */
  termsCounterOffer: 0.4,
  negotiationOpenness: 1.1,
  purchase: 1.0,
  /** A PO or a proforma request: progress, but often written as a plain business step. */
  orderStep: 0.5,
  /** Progress written with enthusiasm. */
  enthusiasticProgress: 1.2,
  /** A purchase that is also urgent ("need 40 sets today, truck is down"). */
  urgentPurchase: 1.0,
};

/**
 * Returns the signal votes as contributions at each signal's first evidence
 * span. Progress signals count once, by the strongest of them: a formal PO
 * that also names its proforma is one step, not two.
 */
export function signalVotes(signals: readonly Signal[], wording: Wording): Contribution[] {
  const urgency = strengthOf(signals, 'intent.urgency');
  const counterOffer = signals.some((s) => s.type === 'relationship.negotiation_openness');
  const votes: Contribution[] = [];
  let progress: Contribution | null = null;
  for (const signal of signals) {
    if (PROGRESS.has(signal.type)) {
      const candidate = progressVote(signal, wording);
      if (candidate !== null && (progress === null || candidate.weight > progress.weight)) {
        progress = candidate;
      }
    } else {
      const lean = leanOf(signal.type, wording, counterOffer);
      if (lean !== null) {
        votes.push(vote(signal, lean[0], lean[1] * signal.strength));
      }
    }
    if (signal.type === 'intent.purchase' && urgency > 0) {
      votes.push(vote(signal, 'engaged', WEIGHTS.urgentPurchase * Math.min(signal.strength, urgency)));
    }
  }
  return progress === null ? votes : [...votes, progress];
}

/** Returns the mode and weight that one signal type other than progress leans to in this wording, or null. */
function leanOf(type: string, wording: Wording, counterOffer: boolean): [ModeCue, number] | null {
  if (type === 'objection.supplier_history') {
    return ['skeptical', WEIGHTS.supplierHistory];
  }
  if (type === 'objection.quality' || type === 'objection.certification') {
    if (wording.complaint && !wording.doubt) {
      return ['frustrated', WEIGHTS.doubtObjection];
    }
    // A missing or expired certificate stated as a fact is neither a doubt nor a complaint.
    return type === 'objection.quality' || wording.doubt ? ['skeptical', WEIGHTS.doubtObjection] : null;
  }
  // A plain objection to the terms is a business point: it leans nowhere.
  if (TERMS_OBJECTIONS.has(type)) {
    if (wording.complaint) {
      return ['frustrated', WEIGHTS.termsComplaint];
    }
    return counterOffer ? ['constructive', WEIGHTS.termsCounterOffer] : null;
  }
  if (type === 'relationship.negotiation_openness') {
    return ['constructive', WEIGHTS.negotiationOpenness];
  }
  return null;
}

/**
 * Returns the vote of progress toward an order: engaged when written with enthusiasm, else
 * constructive for a purchase and a weaker constructive for an order step.
 * A payment report alone is neutral.
 */
function progressVote(signal: Signal, wording: Wording): Contribution | null {
  if (wording.enthusiasm) {
    return vote(signal, 'engaged', WEIGHTS.enthusiasticProgress * signal.strength);
  }
  if (signal.type === 'commitment.payment') {
    return null;
  }
  const weight = signal.type === 'intent.purchase' ? WEIGHTS.purchase : WEIGHTS.orderStep;
  return vote(signal, 'constructive', weight * signal.strength);
}

function strengthOf(signals: readonly Signal[], type: string): number {
  return Math.max(0, ...signals.filter((s) => s.type === type).map((s) => s.strength));
}

function vote(signal: Signal, mode: ModeCue, weight: number): Contribution {
  const evidence = signal.evidence[0];
  return { start: evidence?.start ?? 0, end: evidence?.end ?? 0, valence: 0, mode, weight, rule: signal.type, source: 'signal' };
}
