/**
 * English relationship cues. Each pattern uses the phrase syntax of `text/phrases.ts`;
 * strength is the weight of one match in [0, 1].
 */
import type { SignalCue } from '../types.js';

export const RELATIONSHIP_CUES: SignalCue[] = [
  // relationship.tone
  { id: 'tone.warm.thanks', type: 'relationship.tone', pattern: 'thank|thanks|thx|appreciate|appreciated|grateful', strength: 0.5 },
  { id: 'tone.polite.dear', type: 'relationship.tone', pattern: '^ dear', strength: 0.35 },
  { id: 'tone.polite.regards', type: 'relationship.tone', pattern: 'kind|best|warm regards', strength: 0.3 },
  { id: 'tone.warm.nice_day', type: 'relationship.tone', pattern: 'have a nice|great|good|wonderful day|weekend|week', strength: 0.55 },
  { id: 'tone.warm.hope_well', type: 'relationship.tone', pattern: 'hope .. well|fine|great', strength: 0.6 },
  { id: 'tone.warm.pleasure', type: 'relationship.tone', pattern: 'pleasure|happy|glad to work|working|deal|cooperate', strength: 0.7 },
  { id: 'tone.warm.friend', type: 'relationship.tone', pattern: 'my|dear friend', strength: 0.7 },
  { id: 'tone.polite.please', type: 'relationship.tone', pattern: 'please|kindly', strength: 0.25 },
  { id: 'tone.warm.looking_forward', type: 'relationship.tone', pattern: 'looking forward', strength: 0.45 },
  // relationship.negotiation_openness
  { id: 'negotiation_openness.meet_middle', type: 'relationship.negotiation_openness', pattern: 'meet .. middle|halfway', strength: 0.85 },
  { id: 'negotiation_openness.split_difference', type: 'relationship.negotiation_openness', pattern: 'split the difference', strength: 0.85 },
  { id: 'negotiation_openness.what_if', type: 'relationship.negotiation_openness', pattern: 'what if .. order|buy|take|increase|pay|commit', strength: 0.8 },
  { id: 'negotiation_openness.if_we_order', type: 'relationship.negotiation_openness', pattern: 'if we order|buy|take|increase|commit|pay|place', strength: 0.75 },
  { id: 'negotiation_openness.can_you_do', type: 'relationship.negotiation_openness', pattern: 'can|could you|u do', strength: 0.55 },
  { id: 'negotiation_openness.meet_at', type: 'relationship.negotiation_openness', pattern: 'meet me|us at|on|for #', strength: 0.6 },
  { id: 'negotiation_openness.if_you_give', type: 'relationship.negotiation_openness', pattern: 'if you|u give|do|make|offer|accept .. we|i confirm|order|take|buy|proceed', strength: 0.75 },
  { id: 'negotiation_openness.would_you_consider', type: 'relationship.negotiation_openness', pattern: 'would you consider|accept', strength: 0.7 },
  { id: 'negotiation_openness.counter_offer', type: 'relationship.negotiation_openness', pattern: 'counter offer|proposal', strength: 0.8 },
  { id: 'negotiation_openness.counteroffer', type: 'relationship.negotiation_openness', pattern: 'counteroffer|counter-offer|compromise', strength: 0.8 },
  { id: 'negotiation_openness.flexible', type: 'relationship.negotiation_openness', pattern: 'flexible|flexibility|negotiable', strength: 0.6 },
  { id: 'negotiation_openness.open_to', type: 'relationship.negotiation_openness', pattern: 'open|willing to .. discuss|negotiate|consider|adjust|increase|split|pay|order', strength: 0.75 },
  { id: 'negotiation_openness.volume_deal', type: 'relationship.negotiation_openness', pattern: 'volume|bulk|larger|bigger .. discount|price|order|quantity', strength: 0.6 },
  { id: 'negotiation_openness.alternative', type: 'relationship.negotiation_openness', pattern: 'alternative|alternatives', strength: 0.5 },
  { id: 'negotiation_openness.how_about', type: 'relationship.negotiation_openness', pattern: 'how about', strength: 0.6 },
  // relationship.clarification
  { id: 'clarification.to_clarify', type: 'relationship.clarification', pattern: 'to clarify', strength: 0.85 },
  { id: 'clarification.let_me_clarify', type: 'relationship.clarification', pattern: 'let me clarify|explain', strength: 0.8 },
  { id: 'clarification.as_requested', type: 'relationship.clarification', pattern: 'as ?you requested|asked|mentioned', strength: 0.85 },
  { id: 'clarification.per_your_question', type: 'relationship.clarification', pattern: 'per|regarding|re|answering|following .. your question|questions|request|query|inquiry|email', strength: 0.8 },
  { id: 'clarification.in_reply', type: 'relationship.clarification', pattern: 'in reply|response to ?your ?the question|questions|request|query', strength: 0.85 },
  { id: 'clarification.to_answer', type: 'relationship.clarification', pattern: 'to answer your', strength: 0.85 },
  { id: 'clarification.here_are', type: 'relationship.clarification', pattern: 'here is|are .. details|info|information|answer|answers|specs|specifications|drawing|drawings|requirements|documents|list', strength: 0.7 },
  { id: 'clarification.heres', type: 'relationship.clarification', pattern: 'here\'s .. details|info|information|answer|answers|specs|specifications|drawing|requirements|documents|list', strength: 0.7 },
  { id: 'clarification.i_meant', type: 'relationship.clarification', pattern: 'i|we meant', strength: 0.7 },
  { id: 'clarification.sorry_confusion', type: 'relationship.clarification', pattern: 'sorry for the confusion', strength: 0.6 },
];
