/**
 * All weights of the per-message scores, in one place.
 *
 * Each score except sentiment is a noisy-or over weighted evidence:
 *
 *     score = round(100 × (1 − Π (1 − weightᵢ × strengthᵢ)))
 *
 * so every signal adds support, stronger signals add more, and no pile of
 * weak signals passes 100. A weight is the score one signal of strength 1
 * gives on its own (0.65 → 65). Sentiment is 50 + 50 × polarity, so 50 is
 * neutral; outbound messages, which have no sentiment, score 50.
 *
 * The values are Parley's own starting calibration, chosen by hand so that a
 * plain quote request scores about 60 on intent and a clear purchase
 * statement above 80. They are not fitted to data.
 */
import type { EntityType, SentimentMode, SignalType } from '../core/types.js';

/** Signal weights for the intent score: how far each signal shows buying intent. */
export const INTENT_WEIGHTS: Partial<Record<SignalType, number>> = {
  'intent.early_qualification': 0.35,
  'intent.evaluation': 0.45,
  'intent.quotation': 0.65,
  'intent.purchase': 0.9,
  'commitment.detailed_specs': 0.5,
  'commitment.invoice_request': 0.85,
  'commitment.delivery_terms': 0.45,
  'commitment.sample_request': 0.6,
  'commitment.order_confirmation': 0.95,
  'commitment.payment': 0.95,
  'relationship.negotiation_openness': 0.3,
};

/** Entity weights for the intent score: concrete facts make a request more serious. */
export const INTENT_ENTITY_WEIGHTS: Partial<Record<EntityType, number>> = {
  quantity: 0.15,
  incoterm: 0.1,
  money: 0.1,
  product: 0.1,
};

/** Signal weights for the urgency score. */
export const URGENCY_WEIGHTS: Partial<Record<SignalType, number>> = {
  'intent.urgency': 0.9,
  'intent.purchase': 0.3,
  'intent.quotation': 0.25,
  'commitment.order_confirmation': 0.3,
  'commitment.payment': 0.2,
  'commitment.invoice_request': 0.3,
  'objection.lead_time': 0.3,
};

/** Signal weights for the friction score: resistance to the deal. */
export const FRICTION_WEIGHTS: Partial<Record<SignalType, number>> = {
  'objection.price': 0.6,
  'objection.certification': 0.6,
  'objection.lead_time': 0.5,
  'objection.supplier_history': 0.55,
  'objection.moq': 0.5,
  'objection.payment_terms': 0.55,
  'objection.quality': 0.65,
};

/** Friction added by the sentiment mode itself (weight of a strength-1 item). */
export const FRICTION_MODE_WEIGHTS: Partial<Record<SentimentMode, number>> = {
  frustrated: 0.35,
  skeptical: 0.25,
  hesitant: 0.1,
};
