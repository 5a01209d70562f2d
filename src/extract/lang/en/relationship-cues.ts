/**
 * English relationship cues. Each pattern uses the phrase syntax of `text/phrases.ts`;
 * strength is the weight of one match in [0, 1].
 */
import type { SignalCue } from '../types.js';

export const RELATIONSHIP_CUES: SignalCue[] = [
  // relationship.tone: warm or polite wording beyond a bare greeting. A bare "please" or "pls" is an
  // ordinary imperative in trade chat and counts for nothing. "Kindly" is the polite formula of Indian,
  // Gulf and African business English and counts as polite.
  { id: 'tone.warm.thanks', type: 'relationship.tone', pattern: 'thank|thanks|thx|tks|appreciate|appreciated|grateful|cheers', strength: 0.5 },
  // Thanks in the buyer's own language inside an English message ("ok noted, shukran"). Spanish,
  // Portuguese and French thanks are left to those languages' own cues.
  { id: 'tone.warm.foreign_thanks', type: 'relationship.tone', pattern: 'salamat|shukran|shukriya|dhanyavad|dhanyavaad|asante|danke|grazie|arigato|spasibo|jazakallah|teşekkürler', strength: 0.5 },
  { id: 'tone.warm.terima_kasih', type: 'relationship.tone', pattern: 'terima kasih', strength: 0.5 },
  { id: 'tone.warm.god_bless', type: 'relationship.tone', pattern: 'god|allah bless', strength: 0.6 },
  { id: 'tone.polite.dear', type: 'relationship.tone', pattern: '^ dear', strength: 0.35 },
  { id: 'tone.polite.regards', type: 'relationship.tone', pattern: 'kind|best|warm|warmest regards', strength: 0.3 },
  { id: 'tone.warm.nice_day', type: 'relationship.tone', pattern: 'have|enjoy a nice|great|good|wonderful|lovely|blessed|pleasant|safe|happy|restful day|weekend|week|evening|holiday|holidays|trip', strength: 0.55 },
  { id: 'tone.warm.hope_well', type: 'relationship.tone', pattern: 'hope .. well|fine|great', strength: 0.6 },
  { id: 'tone.warm.pleasure', type: 'relationship.tone', pattern: 'pleasure|happy|glad to work|working|deal|cooperate', strength: 0.7 },
  // Praise of the seller's work ("very pleased with the last container").
  { id: 'tone.warm.pleased_with', type: 'relationship.tone', pattern: 'happy|pleased|delighted|thrilled|impressed with|by', strength: 0.55 },
  { id: 'tone.warm.friend', type: 'relationship.tone', pattern: 'my|dear friend|friends', strength: 0.7 },
  { id: 'tone.warm.endearment', type: 'relationship.tone', pattern: 'habibi|habibti', strength: 0.6 },
  { id: 'tone.warm.my_dear', type: 'relationship.tone', pattern: 'my dear', strength: 0.6 },
  { id: 'tone.polite.kindly', type: 'relationship.tone', pattern: 'kindly', strength: 0.3 },
  { id: 'tone.warm.looking_forward', type: 'relationship.tone', pattern: 'looking forward', strength: 0.45 },
  { id: 'tone.warm.finds_you_well', type: 'relationship.tone', pattern: 'finds|find you well|fine|safe|in', strength: 0.6 },
  { id: 'tone.warm.take_care', type: 'relationship.tone', pattern: 'take care', strength: 0.5 },
  { id: 'tone.warm.stay_safe', type: 'relationship.tone', pattern: 'stay safe|blessed|healthy', strength: 0.5 },
  { id: 'tone.warm.congratulations', type: 'relationship.tone', pattern: 'congratulations|congrats', strength: 0.6 },
  { id: 'tone.warm.nice_to_meet', type: 'relationship.tone', pattern: 'nice|great|good|lovely to meet|talk|talking|speak|speaking|meeting', strength: 0.55 },
  // Formal Indian and Gulf salutations ("Respected Sir").
  { id: 'tone.polite.respected', type: 'relationship.tone', pattern: '^ respected|esteemed', strength: 0.35 },
  // Season and holiday greetings ("happy lunar new year", "Eid Mubarak", "merry Christmas", "happy new month").
  { id: 'tone.warm.new_year', type: 'relationship.tone', pattern: 'happy|merry|blessed|joyous|prosperous .. new ?lunar year|month', strength: 0.7 },
  { id: 'tone.warm.holiday', type: 'relationship.tone', pattern: 'happy|merry|blessed|joyous .. eid|ramadan|christmas|xmas|diwali|deepavali|holidays|holi|easter|thanksgiving|pongal|onam|hanukkah|vesak|songkran|nowruz|weekend', strength: 0.7 },
  { id: 'tone.warm.mubarak', type: 'relationship.tone', pattern: 'eid|ramadan|ramzan|ramazan|jumma|jummah|juma mubarak|kareem|saeed', strength: 0.7 },
  { id: 'tone.warm.seasons_greetings', type: 'relationship.tone', pattern: 'season\'s|seasons|festive|holiday greetings', strength: 0.7 },
  { id: 'tone.warm.wishing', type: 'relationship.tone', pattern: 'wishing you|u|all|everyone|your', strength: 0.6 },
  { id: 'tone.warm.wish_you', type: 'relationship.tone', pattern: 'wish you|u|all a|an|happy|merry|great|good|every|success|continued', strength: 0.6 },
  { id: 'tone.warm.best_wishes', type: 'relationship.tone', pattern: 'best|warm|warmest|good wishes', strength: 0.6 },
  { id: 'tone.warm.sorry_to_hear', type: 'relationship.tone', pattern: 'sorry|sad to hear|learn', strength: 0.6 },
  // Apologies for the buyer's own delay or trouble ("apologies for the slow response").
  { id: 'tone.polite.apology', type: 'relationship.tone', pattern: 'sorry|apologies|apologize|apologise|apologizing|apologising for|about ?the ?my ?our late|delayed|slow|delay|trouble|inconvenience|confusion|disturbance|silence|reply|response', strength: 0.55 },
  // relationship.negotiation_openness
  // "What's the best you can do" asks for a better offer: openness and a revised quote, not a price objection.
  { id: 'negotiation_openness.best_you_can', type: 'relationship.negotiation_openness', pattern: 'best|lowest you|u can do|give|offer', strength: 0.6 },
  { id: 'negotiation_openness.meet_middle', type: 'relationship.negotiation_openness', pattern: 'meet .. middle|halfway', strength: 0.85 },
  { id: 'negotiation_openness.split_difference', type: 'relationship.negotiation_openness', pattern: 'split the difference', strength: 0.85 },
  { id: 'negotiation_openness.what_if', type: 'relationship.negotiation_openness', pattern: 'what if .. order|buy|take|increase|pay|commit', strength: 0.8 },
  { id: 'negotiation_openness.if_we_order', type: 'relationship.negotiation_openness', pattern: 'if we order|buy|take|increase|commit|pay|place', strength: 0.75 },
  // A counter figure ("can you do 9.70?"). "Can you do DDP?" is a question about terms, not a counter-offer.
  { id: 'negotiation_openness.can_you_do', type: 'relationship.negotiation_openness', pattern: 'can|could|would you|u do|make|accept|consider ?it ?at ?for ?usd|eur|us$ #', strength: 0.6 },
  // The buyer's own counter quantity or terms ("we could take 800 units", "could we do 20% deposit",
  // Nigerian "we fit do 300"). "We can only pay 30%" states a limit and is left to payment terms.
  { id: 'negotiation_openness.we_could_do', type: 'relationship.negotiation_openness', pattern: 'we|i could|fit|can do|take|go|accept|manage|commit ?to ?for ?with ?only ?max #', strength: 0.7 },
  { id: 'negotiation_openness.could_we_do', type: 'relationship.negotiation_openness', pattern: 'could|can we|i do|try|go|take|pay|split ?with ?for ?only #', strength: 0.7 },
  { id: 'negotiation_openness.could_we_mix', type: 'relationship.negotiation_openness', pattern: 'could|can we|i mix|combine|split|share|consolidate', strength: 0.7 },
  { id: 'negotiation_openness.could_we_do_half', type: 'relationship.negotiation_openness', pattern: 'could|can we|i do|try|take|order ?a half|mixed|partial|smaller|split', strength: 0.7 },
  // A condition on the seller followed by the buyer's promise ("if you could match 3.10 we would sign").
  { id: 'negotiation_openness.if_you_can', type: 'relationship.negotiation_openness', pattern: 'if you|u can|could .. we|we\'d|we\'ll|i|i\'ll ?will ?would ?can commit|order|take|confirm|buy|proceed|place|go|sign', strength: 0.75 },
  // A counter figure with the buyer's promise ("give us 7.40 and we will order two containers").
  { id: 'negotiation_openness.figure_and_we', type: 'relationship.negotiation_openness', pattern: '# ... and|then we|i|we\'ll|i\'ll ?will ?go ?can take|order|confirm|buy|commit|place|proceed|sign', strength: 0.7 },
  { id: 'negotiation_openness.exception', type: 'relationship.negotiation_openness', pattern: 'make|do|allow an|any exception|exceptions', strength: 0.7 },
  { id: 'negotiation_openness.room', type: 'relationship.negotiation_openness', pattern: 'any|some|little room|leeway|wiggle', strength: 0.5 },
  { id: 'negotiation_openness.meet_at', type: 'relationship.negotiation_openness', pattern: 'meet me|us at|on|for #', strength: 0.6 },
  { id: 'negotiation_openness.if_you_give', type: 'relationship.negotiation_openness', pattern: 'if you|u give|do|make|offer|accept .. we|i confirm|order|take|buy|proceed', strength: 0.75 },
  { id: 'negotiation_openness.would_you_consider', type: 'relationship.negotiation_openness', pattern: 'would you consider|accept', strength: 0.7 },
  { id: 'negotiation_openness.counter_offer', type: 'relationship.negotiation_openness', pattern: 'counter offer|proposal', strength: 0.8 },
  { id: 'negotiation_openness.counteroffer', type: 'relationship.negotiation_openness', pattern: 'counteroffer|counter-offer|compromise', strength: 0.8 },
  { id: 'negotiation_openness.flexible', type: 'relationship.negotiation_openness', pattern: 'flexible|flexibility|negotiable', strength: 0.6 },
  { id: 'negotiation_openness.open_to', type: 'relationship.negotiation_openness', pattern: 'open|willing to .. discuss|negotiate|consider|adjust|increase|split|pay|order|relax|change|modify|compromise|accommodate|extend', strength: 0.75 },
  { id: 'negotiation_openness.happy_to_adjust', type: 'relationship.negotiation_openness', pattern: 'happy|prepared|ready to .. discuss|negotiate|adjust|relax|change|modify|compromise|accommodate|split|loosen|revisit', strength: 0.7 },
  { id: 'negotiation_openness.volume_deal', type: 'relationship.negotiation_openness', pattern: 'volume|bulk|larger|bigger ... discount|discounts|price|prices|order|quantity|rate', strength: 0.6 },
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
