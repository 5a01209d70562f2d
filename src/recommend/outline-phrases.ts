/**
 * Reply-outline phrases keyed by ISO 639-1 language. Add a language by
 * adding a table with the same keys; missing languages fall back to English.
 */
import type { ActionType, ArchetypeId, SentimentMode } from '../core/types.js';

export interface OutlinePhrases {
  /** Opening line chosen by the buyer's latest sentiment mode. */
  mode: Record<SentimentMode, string>;
  /** Steps of the action itself. */
  action: Record<ActionType, string[]>;
  /** Steps that suit the buyer's archetype. */
  archetype: Record<ArchetypeId, string[]>;
  closing: { urgent: string; standard: string };
}

const EN: OutlinePhrases = {
  mode: {
    constructive: 'Thank them for the clear request and get straight to the point.',
    neutral: 'Open with a short, friendly reference to their last message.',
    hesitant: 'Acknowledge their doubt and lower the risk: offer a sample, a small trial order or references.',
    frustrated: 'Apologize briefly for the delay or problem and state the concrete fix with a date.',
    skeptical: 'Answer the doubt with evidence: certificates, test reports or customer references.',
    highly_engaged: 'Match their energy and answer fast and specifically.',
  },
  action: {
    adjust_tone: ['Keep the reply short and calm; answer their exact points one by one.'],
    accelerate_follow_up: ['Answer every open question in this reply.', 'Confirm the next step and who does it.'],
    switch_channel: ['Continue on the channel they answer fastest and say why in one line.'],
    send_documents: ['Attach the requested documents and name each file in the message.'],
    escalate_to_senior: ['Introduce a senior colleague who can decide on price and terms.'],
    wait: [],
    nurture: ['Share one useful update (new product, price trend, shipping slot) without pressure.'],
  },
  archetype: {
    spec_seeker: ['Lead with the technical data: specifications, tolerances, materials, test results.'],
    urgent_buyer: ['Give price, availability and lead time in the first lines.'],
    price_negotiator: [
      'Acknowledge the target price and restate the value behind yours.',
      'Offer a volume tier, another Incoterm or payment term instead of a flat discount.',
    ],
    uncertain_evaluator: ['Ask two or three specific questions to pin down quantity, specification and timing.'],
    long_cycle_planner: ['Lay out the full process: documents, sample, trial order, production plan.'],
  },
  closing: {
    urgent: 'Close with a firm time for your next update today.',
    standard: 'Close with one clear question that moves the deal to the next stage.',
  },
};

export const OUTLINE_PHRASES: Record<string, OutlinePhrases> = { en: EN };

/** Returns the phrase table for a language, falling back to English. */
export function outlinePhrases(language: string | null): OutlinePhrases {
  return (language ? OUTLINE_PHRASES[language] : undefined) ?? EN;
}
