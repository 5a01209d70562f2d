/**
 * English relationship cues. Each pattern uses the phrase syntax of `text/phrases.ts`;
 * strength is the weight of one match in [0, 1].
 */
import type { SignalCue } from '../types.js';

/** Unit words a buyer counts goods in ("1,000 pcs first"). */
const UNITS = 'pcs|pc|pieces|units|sets|cartons|ctns|boxes|bags|rolls|pallets|containers|container|tons|tonnes|mt|kg|kgs|pairs|dozen|bundles|trucks|lots|drums|sheets|metres|meters|bales|bottles|cases|sacks';

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
  // "What's the best you can do" requests a better offer, so it is openness and a quote request, not a price objection.
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
  { id: 'negotiation_openness.figure_and_we', type: 'relationship.negotiation_openness', pattern: '# ... and|then we|i|we\'ll|i\'ll ?will ?go ?can take|order|confirm|buy|commit|place|proceed|sign|pay|book|lift|close|wire|open|issue', strength: 0.7 },
  { id: 'negotiation_openness.exception', type: 'relationship.negotiation_openness', pattern: 'make|do|allow an|any exception|exceptions', strength: 0.7 },
  { id: 'negotiation_openness.room', type: 'relationship.negotiation_openness', pattern: 'any|some|little room|leeway|wiggle', strength: 0.5 },
  { id: 'negotiation_openness.meet_at', type: 'relationship.negotiation_openness', pattern: 'meet me|us at|on|for #', strength: 0.6 },
  { id: 'negotiation_openness.if_you_give', type: 'relationship.negotiation_openness', pattern: 'if you|u give|do|make|offer|accept .. we|i confirm|order|take|buy|proceed', strength: 0.75 },
  { id: 'negotiation_openness.would_you_consider', type: 'relationship.negotiation_openness', pattern: 'would|could you ?ever|possibly consider|accept', strength: 0.7 },
  { id: 'negotiation_openness.counter_offer', type: 'relationship.negotiation_openness', pattern: 'counter offer|proposal', strength: 0.8 },
  { id: 'negotiation_openness.counteroffer', type: 'relationship.negotiation_openness', pattern: 'counteroffer|counter-offer|compromise', strength: 0.8 },
  { id: 'negotiation_openness.flexible', type: 'relationship.negotiation_openness', pattern: 'flexible|flexibility|negotiable', strength: 0.6 },
  { id: 'negotiation_openness.open_to', type: 'relationship.negotiation_openness', pattern: 'open|willing to .. discuss|negotiate|consider|adjust|increase|split|pay|order|relax|change|modify|compromise|accommodate|extend', strength: 0.75 },
  { id: 'negotiation_openness.happy_to_adjust', type: 'relationship.negotiation_openness', pattern: 'happy|prepared|ready to .. discuss|negotiate|adjust|relax|change|modify|compromise|accommodate|split|loosen|revisit', strength: 0.7 },
  { id: 'negotiation_openness.volume_deal', type: 'relationship.negotiation_openness', pattern: 'volume|bulk|larger|bigger ... discount|discounts|price|prices|order|quantity|rate', strength: 0.6 },
  { id: 'negotiation_openness.alternative', type: 'relationship.negotiation_openness', pattern: 'alternative|alternatives', strength: 0.5 },
  { id: 'negotiation_openness.how_about', type: 'relationship.negotiation_openness', pattern: 'how about', strength: 0.6 },
  // Asking the seller for room: "any chance of a smaller run?", "anything you can do?", "is there any way to".
  { id: 'negotiation_openness.any_chance', type: 'relationship.negotiation_openness', pattern: 'any chance', strength: 0.6 },
  { id: 'negotiation_openness.what_can_you_do', type: 'relationship.negotiation_openness', pattern: 'what can|could you|u do', strength: 0.65 },
  { id: 'negotiation_openness.anything_you_can_do', type: 'relationship.negotiation_openness', pattern: 'anything|something ?else ?more you|u can|could do', strength: 0.65 },
  { id: 'negotiation_openness.any_way', type: 'relationship.negotiation_openness', pattern: 'is there any|a way|possibility', strength: 0.6 },
  // A better price asked for in a negotiation: "sharpen the pencil", "close the gap", "come down to 3.15", "make it 7".
  { id: 'negotiation_openness.sharpen', type: 'relationship.negotiation_openness', pattern: 'sharpen ?the|your pencil|pen|price|pricing|offer|rate', strength: 0.75 },
  { id: 'negotiation_openness.close_gap', type: 'relationship.negotiation_openness', pattern: 'close|closing|narrow|bridge the gap', strength: 0.75 },
  { id: 'negotiation_openness.come_closer', type: 'relationship.negotiation_openness', pattern: 'come|get|move|be|go closer|nearer', strength: 0.65 },
  { id: 'negotiation_openness.come_down_to', type: 'relationship.negotiation_openness', pattern: 'come|go|get|bring|drop|reduce|lower|move ?it|am|this|that|the ?price|rate down|to|under|below ?to ?usd|eur|us$|rs|inr|aed|gbp|sgd|rm|php|kes|r|a #', strength: 0.65, notBefore: ['day', 'days', 'week', 'weeks', 'month', 'months', 'hour', 'hours', 'year', 'years', 'percent'] },
  { id: 'negotiation_openness.reach_figure', type: 'relationship.negotiation_openness', pattern: 'you|u ?can|could|fit reach ?usd|eur|us$|rs|inr|aed|gbp|sgd|rm|php|kes|r #', strength: 0.65 },
  { id: 'negotiation_openness.make_it', type: 'relationship.negotiation_openness', pattern: 'make|do|give it|am|that|me|us ?usd|eur|us$|rs|inr|aed|gbp|sgd|rm|php|kes|r #', strength: 0.65, notBefore: ['day', 'days', 'week', 'weeks', 'month', 'months', 'sample', 'samples', 'copies', 'times'] },
  { id: 'negotiation_openness.do_better', type: 'relationship.negotiation_openness', pattern: 'you|u can|could do better', strength: 0.65 },
  { id: 'negotiation_openness.better_price_business', type: 'relationship.negotiation_openness', pattern: 'do|give better price|rate', strength: 0.6 },
  { id: 'negotiation_openness.help_a_bit', type: 'relationship.negotiation_openness', pattern: 'help ?me|us ?out ?a bit|little|small', strength: 0.6 },
  { id: 'negotiation_openness.work_something_out', type: 'relationship.negotiation_openness', pattern: 'work something|it out', strength: 0.65 },
  { id: 'negotiation_openness.something_has_to_give', type: 'relationship.negotiation_openness', pattern: 'something has|needs to give', strength: 0.7 },
  { id: 'negotiation_openness.share_the_pain', type: 'relationship.negotiation_openness', pattern: 'share the pain|cost|costs|risk|difference', strength: 0.7 },
  { id: 'negotiation_openness.middle_ground', type: 'relationship.negotiation_openness', pattern: 'middle ground', strength: 0.75 },
  { id: 'negotiation_openness.meet_somewhere', type: 'relationship.negotiation_openness', pattern: 'meet ?me|us|you somewhere|halfway', strength: 0.7 },
  { id: 'negotiation_openness.meet_at_figure', type: 'relationship.negotiation_openness', pattern: 'meet ?me|us|you at ?net|usd|eur|us$|rs|inr|aed|gbp #', strength: 0.7 },
  // Pidgin "reduce am small make we talk", "make we do business".
  { id: 'negotiation_openness.make_we_talk', type: 'relationship.negotiation_openness', pattern: 'make we|i talk|discuss|deal', strength: 0.7 },
  { id: 'negotiation_openness.make_we_do_business', type: 'relationship.negotiation_openness', pattern: 'make we|i do business', strength: 0.7 },
  { id: 'negotiation_openness.reduce_small', type: 'relationship.negotiation_openness', pattern: 'reduce|drop|lower|cut ?am|it small|abit|small-small', strength: 0.6 },
  // A condition on the seller: "if you come to 64", "if you allow 900 m per colour", "if you match 41".
  { id: 'negotiation_openness.if_you_figure', type: 'relationship.negotiation_openness', pattern: 'if you|u ... #', strength: 0.6, cancelledBy: ['have', 'has', 'need', 'needs', 'want', 'question', 'questions', 'call', 'contact', 'whatsapp', 'email', 'mail', 'require', 'any', 'received', 'check', 'look', 'see', 'send', 'sent'] },
  { id: 'negotiation_openness.if_you_allow', type: 'relationship.negotiation_openness', pattern: 'if you|u ?can|could|fit|will|would|are ?able ?to allow|accept|agree|let|permit|hold|held|lock|keep|absorb|include|throw|waive|extend|split|mix|combine|cover|match|meet|beat|sharpen|reduce|lower|drop|cut|improve|bring|come|reach|knock|find|move|guarantee|change|switch|relax|ease|share|consider', strength: 0.65 },
  { id: 'negotiation_openness.match_and', type: 'relationship.negotiation_openness', pattern: 'match|meet|beat ?it|this|that|them|their|the|our ?price|rate|offer ?# and|then', strength: 0.7 },
  // Split shipments and split payments: "split it", "half in May, half in July", "40% now and the rest against BL".
  { id: 'negotiation_openness.split_shipment', type: 'relationship.negotiation_openness', pattern: 'split|partial|staggered|phased shipment|shipments|delivery|deliveries|lots|loading|payment|payments', strength: 0.75 },
  { id: 'negotiation_openness.split_it', type: 'relationship.negotiation_openness', pattern: 'split|splitting ?the|our|this order|shipment|shipments|container|containers|quantity|delivery|moq|lot|payment|freight|it|them', strength: 0.7, cancelledBy: ['you\'ve', 'youve', 'since', 'already', 'have', 'has'] },
  { id: 'negotiation_openness.split_quantity', type: 'relationship.negotiation_openness', pattern: 'split|splitting ?the|our|this # ?_ ?_ into|in|across|over', strength: 0.7, cancelledBy: ['you\'ve', 'youve', 'since', 'already', 'have', 'has'] },
  { id: 'negotiation_openness.split_in_two', type: 'relationship.negotiation_openness', pattern: 'split ?it in|into two|2|half|halves|three|3', strength: 0.75, cancelledBy: ['you\'ve', 'youve', 'since', 'already', 'have', 'has'] },
  { id: 'negotiation_openness.half_and_half', type: 'relationship.negotiation_openness', pattern: 'half in|by|now|first|upfront|advance|before|on ?_ ?_ ?, ?and ?the half|rest|balance|remaining|remainder|other', strength: 0.7 },
  { id: 'negotiation_openness.now_and_rest', type: 'relationship.negotiation_openness', pattern: 'now|first ?, ?and|then|+|& ?the rest|balance|remainder|remaining|other|one|half', strength: 0.6, cancelledBy: ['right', 'for', 'just'] },
  { id: 'negotiation_openness.now_and_figure', type: 'relationship.negotiation_openness', pattern: 'now|first ?, and|then|+|& #', strength: 0.6, cancelledBy: ['right', 'for', 'just'] },
  { id: 'negotiation_openness.payment_mix', type: 'relationship.negotiation_openness', pattern: '30/70|70/30|50/50|20/80|80/20|40/60|60/40|10/90|25/75|35/65|15/85 ?tt|t/t against|with|or|and|if|instead|abeg', strength: 0.6, cancelledBy: ['payment', 'payments', 'terms', 'term', 'agreed', 'on', 'usual', 'quoted', 'the', 'tt', 'as', 'and'] },
  // An alternative to what the seller offered: "4 pallets instead of 2", "matt instead of gloss". "Shipped 90 instead of 100" is a complaint.
  { id: 'negotiation_openness.instead_of', type: 'relationship.negotiation_openness', pattern: 'instead of', strength: 0.6, cancelledBy: ['shipped', 'sent', 'send', 'received', 'reached', 'arrived', 'got', 'delivered', 'came', 'supplied', 'loaded', 'packed', 'is', 'was', 'were', 'measures', 'took'] },
  { id: 'negotiation_openness.we_propose', type: 'relationship.negotiation_openness', pattern: 'we|i|we\'d|i\'d ?would ?like ?to propose|suggest', strength: 0.65 },
  { id: 'negotiation_openness.if_that_works', type: 'relationship.negotiation_openness', pattern: 'if that|this works|helps', strength: 0.6 },
  { id: 'negotiation_openness.would_that_work', type: 'relationship.negotiation_openness', pattern: 'would|does|will|can that|this work ?for ?you|your ?end ?', strength: 0.6 },
  { id: 'negotiation_openness.doable', type: 'relationship.negotiation_openness', pattern: 'doable|workable ?', strength: 0.6 },
  { id: 'negotiation_openness.live_with', type: 'relationship.negotiation_openness', pattern: 'you|u live with', strength: 0.65 },
  { id: 'negotiation_openness.you_would_consider', type: 'relationship.negotiation_openness', pattern: 'you\'d|you|u ?would consider', strength: 0.65 },
  // Paying for the alternative: "we'll cover the difference", "we can pay extra for a rush", "happy to pay a bit more".
  { id: 'negotiation_openness.pay_the_difference', type: 'relationship.negotiation_openness', pattern: 'cover|pay|absorb|bear ?the|a ?bit|little difference|extra|more|additional|premium|surcharge|rush|air', strength: 0.65, statementOnly: true, cancelledBy: ['why', 'already', 'than', 'have', 'had'] },
  // Holding the old price as a trade ("if you held last year's price"). "Hold the price until Friday" only keeps an offer open.
  { id: 'negotiation_openness.hold_the_price', type: 'relationship.negotiation_openness', pattern: 'lock|locking|freeze|held ?the|this|that|your|our|same|current|last|old ?year\'s price|prices|rate|rates|pricing', strength: 0.6 },
  // Smaller first lots: "can we start with 600", "start us at 1,500", "kindly allow 700 meters", "400 pcs first to test".
  { id: 'negotiation_openness.start_with', type: 'relationship.negotiation_openness', pattern: 'start|begin ?us|me ?with|at|from ?a|an|only|just #', strength: 0.65, cancelledBy: ['let\'s', 'lets', 'we\'ll', 'will'] },
  { id: 'negotiation_openness.allow_quantity', type: 'relationship.negotiation_openness', pattern: 'allow|accept|permit|approve ?us|me ?a|an|only|just #', strength: 0.65, cancelledBy: ['we', 'i', 'we\'ll', 'i\'ll', 'will'] },
  { id: 'negotiation_openness.allow_mixed', type: 'relationship.negotiation_openness', pattern: 'allow|accept|permit ?us|me ?a mixed|mix|mixing', strength: 0.65 },
  { id: 'negotiation_openness.can_you_give_quantity', type: 'relationship.negotiation_openness', pattern: 'can|could|would you|u give|allow|accept ?us|me ?only|just #', strength: 0.65, notBefore: ['day', 'days', 'week', 'weeks', 'sample', 'samples', 'percent', 'minutes'] },
  { id: 'negotiation_openness.can_you_do_first_lot', type: 'relationship.negotiation_openness', pattern: 'can|could|would you|u do ?a|the first lot|order|batch of #', strength: 0.65 },
  { id: 'negotiation_openness.same_price', type: 'relationship.negotiation_openness', pattern: 'can|could you|u do|give|keep|hold ?the same price|rate', strength: 0.6 },
  { id: 'negotiation_openness.at_least', type: 'relationship.negotiation_openness', pattern: 'at least do|keep|give|hold|match|meet|ship|split|phase|pay|cover|share', strength: 0.6 },
  { id: 'negotiation_openness.phase_it', type: 'relationship.negotiation_openness', pattern: 'phase|stagger it|the|this ?increase|rise|price ?over|in|across', strength: 0.6 },
  { id: 'negotiation_openness.anything_under', type: 'relationship.negotiation_openness', pattern: 'anything|something under|below|around ?usd|eur|us$|rs|inr|aed|gbp #', strength: 0.65 },
  { id: 'negotiation_openness.better_price', type: 'relationship.negotiation_openness', pattern: 'give|offer|do|with ?us|me a better|lower|sharper price|rate|offer|deal', strength: 0.6 },
  { id: 'negotiation_openness.if_figure_possible', type: 'relationship.negotiation_openness', pattern: 'if # ?_ ?_ possible|doable|ok|okay|acceptable', strength: 0.6 },
  { id: 'negotiation_openness.share_container', type: 'relationship.negotiation_openness', pattern: 'share|sharing ?a|the|one|our container|containers|truck|shipment', strength: 0.6 },
  { id: 'negotiation_openness.thinking_figure', type: 'relationship.negotiation_openness', pattern: 'thinking ?of|about|more ?like #', strength: 0.6, notBefore: ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'] },
  { id: 'negotiation_openness.rather_do', type: 'relationship.negotiation_openness', pattern: 'rather do|pay|go|split|take|ship|have', strength: 0.6 },
  { id: 'negotiation_openness.we_can_open_lc', type: 'relationship.negotiation_openness', pattern: 'we|bank can|could open|do|offer ?an lc|l/c|d/p|usance', strength: 0.6 },
  { id: 'negotiation_openness.quantity_first', type: 'relationship.negotiation_openness', pattern: `# ?${UNITS} first to test|try|see|check`, strength: 0.6 },
  { id: 'negotiation_openness.muna', type: 'relationship.negotiation_openness', pattern: `# ?${UNITS} ?lang ?po ?kaya muna|namin`, strength: 0.65 },
  { id: 'negotiation_openness.smaller_first_order', type: 'relationship.negotiation_openness', pattern: 'smaller|small first|trial ?order|lot|batch possible|ok|okay', strength: 0.6 },
  { id: 'negotiation_openness.you_mix', type: 'relationship.negotiation_openness', pattern: 'we|i can|could|fit mix|combine|split|consolidate|pool|club', strength: 0.65 },
  { id: 'negotiation_openness.we_increase', type: 'relationship.negotiation_openness', pattern: 'we|i|we\'ll|we\'d|i\'ll|i\'d ?can|could|will|would|go|fit|then|shall|may|might increase|raise|bump|double|triple|scale', strength: 0.6, notBefore: ['check', 'checked', 'checking', 'confirm', 'confirmed'] },
  { id: 'negotiation_openness.go_bigger', type: 'relationship.negotiation_openness', pattern: 'go|order bigger|larger', strength: 0.6 },
  // Conditions on the buyer's own move: "what if we took both lines together", "if I add my partner's order too".
  { id: 'negotiation_openness.if_i_take', type: 'relationship.negotiation_openness', pattern: 'if|case|suppose|supposing i|we ?_ took|bought|went|go|sign|bring|add|combine|double|triple|commit|book|lift|order|buy|take|increase|pay|place|split|pool', strength: 0.7 },
  { id: 'negotiation_openness.what_if_took', type: 'relationship.negotiation_openness', pattern: 'what if .. took|went|go|split|mix|combine|bought|ordered|doubled|committed|added|brought|sign|signed|held|hold|lock|ship', strength: 0.75 },
  { id: 'negotiation_openness.at_that_price', type: 'relationship.negotiation_openness', pattern: 'at|for that|this|those|your number|price|rate|level|figure we|i|we\'d|we\'ll|i\'d|i\'ll can|could|will|would', strength: 0.65, notBefore: ['be', 'lose', 'not', 'never', 'have'] },
  { id: 'negotiation_openness.at_figure_we', type: 'relationship.negotiation_openness', pattern: 'at ?usd|eur|us$|rs|inr|aed|gbp|sgd|rm|php|kes|r # ?_ ?_ ?, we|i|we\'d|we\'ll|i\'d|i\'ll ?can|could|will|would|go|fit|shall confirm|order|take|commit|book|sign|go|do|move|lift|place|buy|proceed|close|pay', strength: 0.65 },
  // A counter on payment or quantity written figure first: Nigerian "Na 25% I fit do", "minimum 40% we can give".
  { id: 'negotiation_openness.figure_we_can', type: 'relationship.negotiation_openness', pattern: '# ?_ i|we fit|can|could do|pay|give|manage|take|accept|afford|offer', strength: 0.65 },
  { id: 'negotiation_openness.we_can_talk', type: 'relationship.negotiation_openness', pattern: 'we can|could talk|discuss', strength: 0.6, notBefore: ['on', 'over', 'by', 'tomorrow', 'later', 'soon', 'when'] },
  { id: 'negotiation_openness.happy_to_talk', type: 'relationship.negotiation_openness', pattern: 'happy|open|willing|keen to talk', strength: 0.6 },
  { id: 'negotiation_openness.lets_talk_volume', type: 'relationship.negotiation_openness', pattern: 'let\'s|lets talk|discuss volume|price|pricing|numbers|terms', strength: 0.65 },
  { id: 'negotiation_openness.let_us_talk_volume', type: 'relationship.negotiation_openness', pattern: 'let us talk|discuss volume|price|pricing|numbers|terms', strength: 0.65 },
  // Filipino "pwede po ba 400pcs muna?", Hindi-English "61 mein done karte hain", "thoda kam karo", "250 pcs chalega?".
  { id: 'negotiation_openness.pwede', type: 'relationship.negotiation_openness', pattern: 'pwede|puwede ?po ?ba #', strength: 0.65 },
  { id: 'negotiation_openness.ok_na_ba', type: 'relationship.negotiation_openness', pattern: 'ok|okay na ba #', strength: 0.65 },
  { id: 'negotiation_openness.hinglish_figure', type: 'relationship.negotiation_openness', pattern: `# ?${UNITS} karo|kar|kardo|mein|chalega|chalegi`, strength: 0.65 },
  { id: 'negotiation_openness.thoda_kam', type: 'relationship.negotiation_openness', pattern: 'thoda|kuch kam|adjust|less', strength: 0.65 },
  { id: 'negotiation_openness.kam_karo', type: 'relationship.negotiation_openness', pattern: 'kam|adjust karo|kar|kijiye|karen', strength: 0.65 },
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
