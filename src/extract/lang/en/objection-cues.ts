/**
 * English objection cues. Each pattern uses the phrase syntax of `text/phrases.ts`;
 * strength is the weight of one match in [0, 1].
 */
import type { SignalCue } from '../types.js';

/** Words a buyer uses to call its business small ("a small shop", "my little store"). */
const BUYER_SMALL = 'small|little|tiny|young|startup|start-up|independent|two-person|one-man|family|family-run|niche';
/** Words for the buyer's own business. */
const BUYER_BUSINESS = 'shop|shops|store|stores|business|company|brand|outfit|retailer|boutique|startup|operation|chain|firm|importer|distributor|cooperative|co-op';
/** Certificate words that a lapse ("expired", "revoked") can follow. */
const CERT_LAPSE_WORDS = 'certificate|certificates|certification|certifications|cert|certs|declaration|doc|coa|cpc|registration|licence|license|accreditation|ce|iso|halal|saso|saber|soncap|kebs|fda|ul|gots|fsc|bsci|sedex|rohs|ukca|cb|iecee|gcc|bis|nafdac|cpnp|msds|sds';
/** Certificate, report and mark words. */
const CERT_WORDS = `${CERT_LAPSE_WORDS}|report|reports|listing|approval|marking|mark`;
/** Units after a figure that make it a count or a duration, not a price. */
const EN_COUNT_UNITS = 'pcs|pc|pieces|units|sets|cartons|ctns|boxes|bags|tons|tonnes|mt|kg|kgs|containers|pallets|rolls|meters|metres|days|weeks|months|%';

/** Units after a target's number that make it a size, a level or a count, not a price. */
const TARGET_NOT_PRICE: readonly string[] = [
  'lux|lx|mm|cm|km|kw|kva|mah|ah|hz|gsm|bar|psi|lm|rpm|db|kg|mg|ml|oz|lb|lbs|watt|watts|volts|meters|metres',
  'units|pcs|pieces|sets|tons|tonnes|cartons|containers|boxes|bags|rolls|pairs|kits',
];

export const OBJECTION_CUES: SignalCue[] = [
  // objection.price
  { id: 'price.price_too_high', type: 'objection.price', pattern: 'price|prices|pricing|quote|quotation|cost|costs|offer|rate|rates .. too|very|quite|bit|so|much high|expensive|steep|much', strength: 0.85 },
  { id: 'price.too_expensive', type: 'objection.price', pattern: 'too|very|so expensive|pricey|costly', strength: 0.8 },
  { id: 'price.expensive', type: 'objection.price', pattern: 'expensive|overpriced|pricey', strength: 0.5 },
  { id: 'price.competitor_cheaper', type: 'objection.price', pattern: 'competitor|competitors|competition|others .. cheaper|lower|less|better', strength: 0.8 },
  { id: 'price.other_supplier_cheaper', type: 'objection.price', pattern: 'other|another|different|chinese|indian|local supplier|suppliers|factory|factories|vendor|vendors .. cheaper|lower|less|better', strength: 0.8 },
  { id: 'price.found_cheaper', type: 'objection.price', pattern: 'found|got|have|received .. cheaper|lower|better price|offer|quote|prices', strength: 0.8 },
  { id: 'price.cheaper_elsewhere', type: 'objection.price', pattern: 'cheaper elsewhere', strength: 0.8 },
  { id: 'price.target_price', type: 'objection.price', pattern: 'target price|prices', strength: 0.75 },
  { id: 'price.over_budget', type: 'objection.price', pattern: 'over|above|exceeds|exceed|beyond|outside .. budget|budgeted', strength: 0.8 },
  { id: 'price.out_of_range', type: 'objection.price', pattern: 'out of .. budget|range', strength: 0.75 },
  { id: 'price.cannot_afford', type: 'objection.price', pattern: 'can\'t|cannot afford', strength: 0.8, negatable: false },
  { id: 'price.reduce_price', type: 'objection.price', pattern: 'reduce|lower|drop|cut|decrease|improve .. price|prices|cost|quote|offer', strength: 0.65 },
  // A condition on a cut: "if you do not lower the price we will buy elsewhere". The negator belongs to the condition.
  { id: 'price.unless_reduced', type: 'objection.price', pattern: 'if|unless you|u do|don\'t|dont|can\'t|cannot|won\'t ?not lower|reduce|drop|cut|improve|revise ?the ?your price|prices|offer|quote', strength: 0.65, negatable: false },
  // Pressing for a discount. "Fine after your discount" or "which discount do you give?" is no objection.
  { id: 'price.more_discount', type: 'objection.price', pattern: 'more|extra|additional|further|bigger|better discount|discounts', strength: 0.5 },
  { id: 'price.need_discount', type: 'objection.price', pattern: 'need|want|expect|require|request|give|asking ?us|me ?a|some|any ?_ discount|discounts', strength: 0.5 },
  { id: 'price.not_competitive', type: 'objection.price', pattern: 'not competitive', strength: 0.85, negatable: false },
  { id: 'price.price_not_acceptable', type: 'objection.price', pattern: 'price|prices|pricing|quote|quotation|offer .. not competitive|acceptable|reasonable|affordable', strength: 0.8, negatable: false },
  { id: 'price.price_issue', type: 'objection.price', pattern: 'price|pricing|cost .. issue|problem|concern', strength: 0.6 },
  { id: 'price.issue_with_price', type: 'objection.price', pattern: 'problem|issue|concern with .. price|pricing|cost', strength: 0.6 },
  // objection.price: bare predicates about a price or quantity just mentioned ("11.20?? too high")
  { id: 'price.bare_too_high', type: 'objection.price', topics: ['objection.price', 'objection.moq', 'objection.payment_terms'], pattern: 'too|very|so|quite|way|bit|rather|extremely|really|still|little high|big|large|steep|heavy', strength: 0.7 },
  { id: 'price.bare_too_much', type: 'objection.price', topics: ['objection.price', 'objection.moq', 'objection.payment_terms'], pattern: 'too|way|bit much', strength: 0.7 },
  { id: 'price.still_high', type: 'objection.price', topicOptional: true, topics: ['objection.price', 'objection.moq', 'objection.payment_terms'], pattern: 'still ?too ?very ?so high|expensive|steep|costly|pricey', strength: 0.6 },
  { id: 'price.a_lot', type: 'objection.price', topics: ['objection.price', 'objection.moq', 'objection.payment_terms'], pattern: 'lot for us|me|our|this', strength: 0.6 },
  { id: 'price.out_of_market', type: 'objection.price', pattern: 'out of ?the market', strength: 0.75 },
  { id: 'price.far_from', type: 'objection.price', topics: ['objection.price'], pattern: 'far from|above|over', strength: 0.65 },
  { id: 'price.higher_than', type: 'objection.price', topics: ['objection.price'], pattern: 'higher|above|double|twice|triple|more|costlier|pricier than|of|vs|compared ... market|last|current|previous|other|others|what|our|competitor|competitors|before|usual|others\'|supplier|suppliers|vendor|vendors|factory|factories|mill|mills', strength: 0.65 },
  { id: 'price.compared_to', type: 'objection.price', pattern: 'high|higher|expensive|much compared to|with', strength: 0.6 },
  { id: 'price.costly', type: 'objection.price', pattern: 'too|very|so costly', strength: 0.8 },
  { id: 'price.cant_explain_price', type: 'objection.price', pattern: 'cannot|can\'t|cant explain .. customers|customer|clients|client|boss|management', strength: 0.5, negatable: false },
  // objection.price: competitor offers ("another factory offered me 9.80")
  // A number right after the offer is usually a price, but "another supplier offers us 90 days" names
  // credit terms, so a lead-time or payment topic next to the hit drops it.
  { id: 'price.competitor_offered', type: 'objection.price', topicOptional: true, topics: ['objection.price'], pattern: 'other|another|different|local|chinese|indian|turkish|vietnamese|current|existing supplier|suppliers|factory|factories|vendor|vendors|seller|sellers|company|companies|guy|guys|manufacturer|manufacturers|competitor|competitors ... offer|offered|offers|offering|quote|quoted|quotes|quoting|gives|give|giving|gave|sells|sell|selling|charges|charge|charging ?us ?me ?it ?the ?at ?for ?only ?usd|eur|us$ #|same|half|less|lower|cheaper', strength: 0.75 },
  // "Others quote 1.90", "everyone is offering 1.90": the other sellers named by a pronoun, then their figure.
  { id: 'price.others_offered', type: 'objection.price', pattern: 'others|everyone|everybody|everyone\'s ?are ?is offer|offered|offers|offering|quote|quoted|quotes|quoting|give|gives|giving|gave|sell|sells|selling|charge|charges|charging ?us ?me ?it ?at ?for ?only ?usd|eur|us$ #', strength: 0.75 },
  { id: 'price.they_offered_number', type: 'objection.price', topicOptional: true, topics: ['objection.price'], pattern: 'offered|offering|quoted|quoting|gave|gives|giving|sells|charges|charging ?me ?us ?only ?usd|eur #', strength: 0.7 },
  // The buyer paid less before: "last year it was 1.90", "last time you sold it at 1.90", "we paid 1.90 last year".
  // A unit after the figure ("last order was 500 pcs", "it was 52 days") names no price.
  { id: 'price.was_before', type: 'objection.price', topicOptional: true, topics: ['objection.price'], pattern: 'last|previous year|time|order|season|month|shipment|batch ?it ?you ?they ?, was|were|paid|sold|charged|quoted|gave|cost ?it ?us ?me ?them ?at|for|only ?usd|eur|us$|inr|aed #', strength: 0.6, notBefore: [EN_COUNT_UNITS] },
  { id: 'price.paid_before_after', type: 'objection.price', topicOptional: true, topics: ['objection.price'], pattern: 'paid|bought|got ?it ?them ?at|for ?usd|eur|us$|inr|aed # ... last|previous year|time|order|season|month|shipment|batch', strength: 0.6 },
  // Disbelief at a price just named: "USD 2.40? Seriously?", "2.40 dollars, are you kidding me?".
  { id: 'price.incredulous', type: 'objection.price', topics: ['objection.price'], pattern: 'seriously|srsly ?', strength: 0.55 },
  { id: 'price.you_kidding', type: 'objection.price', topics: ['objection.price'], pattern: 'you|u kidding|joking', strength: 0.6 },
  { id: 'price.is_a_joke', type: 'objection.price', topics: ['objection.price'], pattern: 'is this|that|it a joke', strength: 0.6 },
  { id: 'price.is_a_joke', type: 'objection.price', topics: ['objection.price'], pattern: 'this|that|that\'s|it\'s|its|thats ?is a joke', strength: 0.6 },
  { id: 'price.competitor_giving', type: 'objection.price', pattern: 'competitor|competitors|competition|others|market ... giving|gives|offering|offers|sells|selling ... less|lower|cheaper|discount|#', strength: 0.75 },
  { id: 'price.getting_better_price', type: 'objection.price', pattern: 'getting|get|got|have|having ... better|cheaper|lower|good price|prices|offer|offers|rate|rates from|in|elsewhere', strength: 0.75 },
  { id: 'price.we_are_at', type: 'objection.price', pattern: 'we|i|we\'re|i\'m ?are|am at #', strength: 0.6 },
  { id: 'price.can_you_match', type: 'objection.price', pattern: 'can|could you match|beat', strength: 0.65 },
  { id: 'price.numbers_dont_work', type: 'objection.price', pattern: 'numbers|price|prices|pricing|figures .. don\'t|dont|not|doesn\'t|doesnt work', strength: 0.75, negatable: false },
  // objection.price: targets and counters ("my target is 9.50", "can you do 9.70?")
  // A target is a counter to a quote. A budget alone, before any quote, is read as a quotation request
  // ("our budget is about EUR 20,000").
  // "Our target is 500 lux", "target is 2,000 pcs": a number with a unit or a count is no price.
  { id: 'price.target_is', type: 'objection.price', pattern: 'target ?price|prices ?is|was|:|=|around|about|of|at ?around|about|only|max|maximum ?usd|eur|us$ #', strength: 0.75, notBefore: TARGET_NOT_PRICE },
  { id: 'price.budget_max', type: 'objection.price', pattern: 'budget .. only|max|maximum|limited|tight', strength: 0.65 },
  // NOTE: `#` cannot tell a price from a quantity, so "can you do 2000 pcs?" also raises objection.price.
  { id: 'price.can_you_do', type: 'objection.price', pattern: 'can|could|would|will you|u do|give|offer|accept|consider|manage|match ?me ?us ?it ?at|for|to ?only ?usd|eur|us$ #', strength: 0.7, topics: ['objection.price', 'objection.lead_time', 'objection.moq'], topicOptional: true },
  { id: 'price.if_you_give', type: 'objection.price', pattern: 'if you|u give|do|make|offer|accept ?us ?me ?at|for ?usd|eur|us$ #', strength: 0.7 },
  // An imperative counter at the start of a sentence ("give me 7.40"). A lead-time or payment topic drops it.
  { id: 'price.imperative_counter', type: 'objection.price', topicOptional: true, topics: ['objection.price'], pattern: '^ give|do|make|offer ?us ?me ?it ?at|for ?only ?usd|eur|us$|inr|aed #', strength: 0.65 },
  // The same counter followed by the buyer's condition. A unit after the figure ("give us 60 days") is no price.
  { id: 'price.imperative_counter_and', type: 'objection.price', pattern: '^ give|do|make|offer ?us ?me ?it ?at|for ?only ?usd|eur|us$|inr|aed # and|then|,|pls|please', strength: 0.65 },
  { id: 'price.make_it', type: 'objection.price', pattern: 'make|do it|this|price ?at|for ?usd|eur|us$ #', strength: 0.6 },
  { id: 'price.meet_me_at', type: 'objection.price', pattern: 'meet me|us at|on|for #', strength: 0.75 },
  { id: 'price.meet_my_price', type: 'objection.price', pattern: 'meet|match my|our price|target|budget', strength: 0.75 },
  { id: 'price.last_price', type: 'objection.price', pattern: 'last|final|lowest price|rate ?', strength: 0.55 },
  { id: 'price.pay_max', type: 'objection.price', pattern: 'pay|offer|accept|afford max|maximum|only|upto #', strength: 0.65 },
  // Requests only, because "the revised price is fine" and "a 40ft gets a better price" object to nothing.
  { id: 'price.revise_price', type: 'objection.price', pattern: 'revise|reconsider|sharpen|improve .. price|prices|offer|quote|quotation|rate|rates', strength: 0.6 },
  { id: 'price.better_price_request', type: 'objection.price', pattern: 'give|offer|need|want|get|do ?us ?me ?a better|sharper|cheaper price|prices|rate|rates|offer', strength: 0.6 },
  // "Could you reconsider?" right after a quoted amount ("total is USD 48,000, could you reconsider?").
  { id: 'price.revise_it', type: 'objection.price', topics: ['objection.price'], pattern: 'can|could|would you|u ?please ?kindly revise|reconsider|sharpen|improve|recheck', strength: 0.6 },
  // Another source sells the same goods for less ("Indian mills are giving us the same paper at 20% less").
  // A lead-time, quantity or payment topic next to the hit drops it, as in "Vietnam mills are giving less lead time".
  { id: 'price.source_sells_for', type: 'objection.price', topicOptional: true, topics: ['objection.price'], pattern: 'mill|mills|factory|factories|supplier|suppliers|vendor|vendors|competitor|competitors|market|marketplace|shop|shops|guys|people|distributor|distributors|dealers|importers|alibaba|amazon ... give|gives|giving|gave|sell|sells|selling|sold|quote|quotes|quoted|quoting|offer|offers|offered|offering|charge|charges|charging|listing|listings ... cheaper|less|lower|half', strength: 0.7 },
  // The quote sits above what the buyer pays or planned ("above what we pay locally", "9% over our landed target").
  // Another topic near the hit drops it ("the quality is more than we expected").
  { id: 'price.above_what_we_pay', type: 'objection.price', topicOptional: true, topics: ['objection.price'], pattern: 'above|over|north|higher|more ?than ?of what|where|we|i|we\'d|we\'re|i\'m|our .. pay|paying|paid|get|getting|budgeted|expected|sits|target|ceiling', strength: 0.65 },
  // A counter names the figure the price must come down to ("if you can bring the unit price down to EUR 11.20").
  { id: 'price.down_to', type: 'objection.price', pattern: 'price|prices|rate|rates|cost|costs ?_ down|drops|drop|falls|comes ?down to ?_ #', strength: 0.65 },
  // The freight or shipping cost eats the margin ("the freight on this is killing me").
  { id: 'price.freight_eats', type: 'objection.price', pattern: 'freight|shipping|transport|courier|logistics ... killing|eating|eats|kills', strength: 0.65 },
  // The buyer reports a price rise ("your price went up again", "a 12% increase mid-season").
  { id: 'price.price_went_up', type: 'objection.price', pattern: 'price|prices|rate|rates|pricing|cost|costs ?has ?have ?_ went|gone|go|goes|going|shot|jumped|crept up', strength: 0.6 },
  { id: 'price.price_increased', type: 'objection.price', pattern: 'price|prices|rate|rates|pricing|cost|costs ?has ?have ?is ?are ?_ risen|rose|rising|increased|increasing|jumped|climbed|climbing', strength: 0.6 },
  { id: 'price.you_raised_price', type: 'objection.price', pattern: 'increase|increased|increasing|raised|raise|raising|hike|hiked|hiking ?the|your|its|their|ur ?_ price|prices|rate|rates|pricing', strength: 0.6 },
  { id: 'price.percent_increase', type: 'objection.price', pattern: '# increase|rise|hike|uplift|jump|raise|increment', strength: 0.55 },
  // The quote set against another source or the buyer's budget ("yours is $4.60", "the same yarn at USD 2.95").
  { id: 'price.yours_is', type: 'objection.price', topicOptional: true, topics: ['objection.price', 'objection.moq', 'objection.lead_time'], pattern: 'yours|you\'re|youre ?is|are|was|at|works|comes ?out ?to ?at ?about ?around ?nearer ?roughly ?usd|eur|rm|rs|inr|gbp|aed|php|sgd|kes|rmb|cny|us$|aud|cad|nzd|zar|r|n|ksh|tk|pkr|egp #', strength: 0.55 },
  { id: 'price.same_for_less', type: 'objection.price', topics: ['objection.price'], pattern: 'same ... at|for|@ ?usd|eur|gbp|rs|inr ?_ #', strength: 0.6 },
  { id: 'price.budgeted_closer_to', type: 'objection.price', topics: ['objection.price'], pattern: 'budgeted|budgeting|expecting|expected|hoping|hoped|aiming|targeting|need|needed ... closer|around|nearer|under|below|somewhere', strength: 0.6 },
  { id: 'price.ceiling_is', type: 'objection.price', topics: ['objection.price'], pattern: 'ceiling|cap|limit ... is|of|at ?_ #', strength: 0.6 },
  { id: 'price.wont_pay_more', type: 'objection.price', negatable: false, topicOptional: true, topics: ['objection.price', 'objection.lead_time', 'objection.moq', 'objection.payment_terms'], pattern: 'won\'t|wont|can\'t|cannot|cant|not|never|don\'t ... pay|go|spend more|higher|above|beyond|over ?than #', strength: 0.65 },
  { id: 'price.cheaper_to_buy', type: 'objection.price', pattern: 'cheaper|less ?for ?us ?me to|if ... buy|make|source|import|get|produce', strength: 0.65 },
  { id: 'price.get_for_less', type: 'objection.price', topics: ['objection.price'], pattern: 'can|could get|buy|source|find ... for|at less|cheaper|half|#', strength: 0.55 },
  // Plain verdicts on the figure ("those prices are a joke", "on the higher side", "a big jump").
  { id: 'price.price_is_joke', type: 'objection.price', pattern: 'price|prices|pricing|rate|rates|quote|number|figure|offer|quotation|quoted ... joke|robbery|planet|insane|crazy|ridiculous|outrageous|laughable|absurd|miles|rich|silly|nuts|unrealistic|unreasonable|inflated|exorbitant|astronomical', strength: 0.7 },
  { id: 'price.bare_joke', type: 'objection.price', topics: ['objection.price', 'objection.moq', 'objection.lead_time', 'objection.payment_terms'], pattern: 'joke|robbery|laughable|ridiculous|insane|crazy|outrageous|absurd|unreal', strength: 0.6 },
  { id: 'price.higher_side', type: 'objection.price', pattern: 'higher|high|expensive|pricier|costlier side', strength: 0.65 },
  { id: 'price.bit_rich', type: 'objection.price', pattern: 'bit|too|little|quite|rather rich', strength: 0.6 },
  { id: 'price.hard_to_justify', type: 'objection.price', topicOptional: true, topics: ['objection.price', 'objection.moq', 'objection.lead_time', 'objection.payment_terms'], pattern: 'hard|tough|difficult|impossible|hard ?to justify|sell|explain|defend|swallow', strength: 0.55 },
  { id: 'price.way_apart', type: 'objection.price', topicOptional: true, topics: ['objection.price', 'objection.moq', 'objection.lead_time', 'objection.payment_terms'], pattern: 'way|far|bit|lot|miles|quite apart', strength: 0.6 },
  { id: 'price.big_jump', type: 'objection.price', topics: ['objection.price', 'objection.moq', 'objection.lead_time', 'objection.payment_terms'], pattern: 'big|huge|large|massive|serious|bit|real ?of ?a ask|leap|bet|punt|jump|gamble|gap|difference|stretch|borderline', strength: 0.55 },
  // No margin is left at that price ("priced out", "at a loss", "we can't pass that to our farmers").
  { id: 'price.priced_out', type: 'objection.price', pattern: 'priced out', strength: 0.65 },
  { id: 'price.at_a_loss', type: 'objection.price', pattern: 'at a loss', strength: 0.65 },
  { id: 'price.losing_money', type: 'objection.price', pattern: 'losing|lose money|margin|margins', strength: 0.6 },
  { id: 'price.cannot_absorb', type: 'objection.price', negatable: false, topicOptional: true, topics: ['objection.price', 'objection.moq', 'objection.lead_time', 'objection.payment_terms'], pattern: 'can\'t|cannot|cant|no|not|unable|won\'t|impossible ... absorb|swallow', strength: 0.6 },
  { id: 'price.cannot_pass_on', type: 'objection.price', negatable: false, pattern: 'can\'t|cannot|cant|no|not|unable|won\'t|impossible ... pass|passing it|that|this|these|them|increase|increases|cost|costs ?on ?onto ?to ?through', strength: 0.6 },
  // Requests to move the price ("can you move on price?", "let's meet halfway").
  { id: 'price.meet_halfway', type: 'objection.price', pattern: 'meet ?me ?us halfway|half-way|middle', strength: 0.6 },
  { id: 'price.move_on_price', type: 'objection.price', pattern: 'move|budge|flex|movement|room|wiggle|flexibility|something|anything ?_ ?_ on price|prices|pricing|rate|rates|cost', strength: 0.55 },
  { id: 'price.price_come_down', type: 'objection.price', pattern: 'price|prices|rate|rates|pricing ... come|comes|coming|go|bring down|lower', strength: 0.55 },
  // objection.certification
  { id: 'certification.no_certificate', type: 'objection.certification', pattern: 'no|without|missing|lacking|lacks ?valid ?a|the certificate|certificates|certification|certifications|approval|ce|fda|iso|rohs|reach|ul|saso|gcc|halal|etl|fcc|sgs|bsci', strength: 0.85, negatable: false },
  { id: 'certification.not_certified', type: 'objection.certification', pattern: 'not|isn\'t|aren\'t|wasn\'t|never .. certified|approved|compliant|accredited|registered', strength: 0.8, negatable: false },
  // The issuer is not recognized ("the report comes from a lab that is not accredited").
  { id: 'certification.not_recognized_body', type: 'objection.certification', pattern: 'not|isn\'t|aren\'t|no .. notified|accredited|recognized|recognised|authorized|authorised|approved|independent body|lab|laboratory|agency|certifier', strength: 0.8, negatable: false },
  // Indian English "not having SASO registration", and "no FDA registration", "without a UL listing".
  { id: 'certification.not_having', type: 'objection.certification', pattern: 'not|never|no|without having|holding|carrying .. certificate|certificates|certification|registration|listing|license|licence|approval|ce|fda|iso|rohs|ul|etl|reach|saso|bis|halal|ukca|gcc', strength: 0.8, negatable: false },
  { id: 'certification.no_registration', type: 'objection.certification', pattern: 'no|without|missing ?valid ?a|the|any ?_ registration|listing|license|licence', strength: 0.75, negatable: false },
  // A certificate that names another company, model or address than the supplier's.
  { id: 'certification.other_name', type: 'objection.certification', pattern: 'certificate|certificates|certification|cert|declaration|report ... different|another|wrong company|name|manufacturer|factory|model|models|address|holder', strength: 0.8 },
  // Customs or an authority refusing the goods for want of a certificate.
  { id: 'certification.customs_refuse', type: 'objection.certification', pattern: 'customs|authority|authorities|regulator|ministry|inspector|inspectors .. not|won\'t|wouldn\'t|cannot|can\'t|never accept|clear|approve|allow|release|pass', strength: 0.6, negatable: false },
  { id: 'certification.customs_hold', type: 'objection.certification', pattern: 'customs|authority|authorities|regulator .. will|would|may|can ?_ hold|reject|block|seize|stop|detain|confiscate', strength: 0.6 },
  { id: 'certification.dont_have_certificate', type: 'objection.certification', pattern: 'don\'t|doesn\'t|didn\'t|dont|doesnt have .. certificate|certificates|certification|ce|fda|iso|rohs|ul|reach|saso|halal', strength: 0.8, negatable: false },
  { id: 'certification.certificate_invalid', type: 'objection.certification', pattern: 'certificate|certificates|certification|cert .. expired|invalid|fake|mismatch|mismatched|wrong|outdated', strength: 0.85 },
  { id: 'certification.only_have_cert', type: 'objection.certification', pattern: 'only have|has|provide|show ce|iso|rohs|fda|ul', strength: 0.6 },
  { id: 'certification.not_enough', type: 'objection.certification', pattern: 'ce|fda|iso|rohs|ul|saso|gcc|etl|fcc|reach|certificate|certificates|certification|report ?alone|only ?is|are not|isn\'t|aren\'t enough|sufficient|accepted|valid|recognized', strength: 0.8, negatable: false },
  // The certificate covers another product, model or scope ("the CPC you sent lists a different product").
  { id: 'certification.covers_other', type: 'objection.certification', pattern: 'certificate|certificates|cert|certs|certification|coa|cpc|doc|declaration|report|registration|license|licence|listing ... covers|for|lists|shows|names|mentions|references ?only ?a ?the different|another|wrong|only|old', strength: 0.75 },
  // The public register does not confirm the number ("doesn't show up in the FDA database", "showing cancelled on the portal").
  { id: 'certification.not_on_register', type: 'objection.certification', pattern: 'show|showing|shows|appear|appears|exist|exists|verifiable|listed|inactive|cancelled|canceled|revoked|suspended|nothing|returns ... site|portal|database|registry|register|certsearch|nando|iq', strength: 0.75, negatable: false },
  // A certificate that lapsed or is not genuine ("your ISO expired in March", "the ones on your website are expired").
  { id: 'certification.cert_lapsed', type: 'objection.certification', pattern: CERT_LAPSE_WORDS + ' ... expired|expiring|expires|lapsed|suspended|revoked|withdrawn|invalid|fake|forged|bogus|outdated|copied|photoshopped|doctored|tampered|unsigned|unstamped|undated|superseded|obsolete', strength: 0.8 },
  { id: 'certification.one_you_sent_expired', type: 'objection.certification', pattern: 'one|ones|copy|version|document|documents|docs|paper|papers|pdf|scan ... expired|lapsed|suspended|revoked|outdated|superseded', strength: 0.7 },
  { id: 'certification.status_revoked', type: 'objection.certification', pattern: 'showing|shows|shown|listed|marked|status ?as ?is suspended|expired|cancelled|canceled|revoked|withdrawn|inactive|invalid|lapsed', strength: 0.7 },
  // A certificate in another company's name or shared with another supplier ("the CE is issued to another factory").
  { id: 'certification.issued_to_other', type: 'objection.certification', pattern: 'issued|belongs|belong|registered|assigned|granted to|for|under ?a ?an ?the different|another|other|wrong|someone|somebody|third', strength: 0.75 },
  { id: 'certification.same_number_elsewhere', type: 'objection.certification', pattern: 'same ?_ certificate|cert|registration|licence|license|number|report ... another|other|different', strength: 0.7 },
  // The register, issuer or lab cannot be verified ("not listed on the FDA database", "from an in-house lab").
  { id: 'certification.not_in_database', type: 'objection.certification', negatable: false, pattern: 'not|doesn\'t|don\'t|didn\'t|isn\'t|aren\'t|can\'t|cannot|couldn\'t|could|no|nothing|never|nowhere ... find|found|show|shows|showing|appear|appears|come|comes|listed|exist|exists|registered|verify|verified|locate|trace|under ... database|register|registry|list|portal|website|nando|records|iaf|cpnp|system', strength: 0.75 },
  { id: 'certification.body_not_recognised', type: 'objection.certification', negatable: false, pattern: 'body|lab|laboratory|labs|centre|center|agency|certifier|institute|issuer|bodies ... not|isn\'t|aren\'t|never|doesn\'t|don\'t|no ?longer recognised|recognized|accredited|exist|exists|approved|listed|notified|accepted|independent', strength: 0.75 },
  { id: 'certification.unknown_lab', type: 'objection.certification', pattern: 'unknown|unaccredited|unrecognised|unrecognized|unapproved|in-house|self-declared|self-issued|uncertified|unregistered|dodgy|random ?_ lab|laboratory|labs|body|centre|center|certifier|agency|issuer|testing', strength: 0.7 },
  { id: 'certification.who_issued', type: 'objection.certification', pattern: 'which|what ?_ ?actually ?really body|lab|laboratory|agency|certifier|authority|notified ?_ issued|issues|certified|accredited|approved|signed', strength: 0.55 },
  { id: 'certification.who_issued_this', type: 'objection.certification', pattern: 'who ?actually ?really issued|certified|accredited', strength: 0.55 },
  { id: 'certification.really_certified', type: 'objection.certification', pattern: 'actually|really|truly|genuinely|legit|legitimately ?_ ?_ certified|listed|registered|notified|approved|accredited|compliant|ce|ul|fda|iso|en|saso|halal|gots|fsc', strength: 0.6 },
  // A required certificate is not ready, missing or never sent ("KEBS mark missing", "asked for the SASO certificate three times").
  { id: 'certification.cert_not_ready', type: 'objection.certification', negatable: false, pattern: CERT_WORDS + ' ... not|isn\'t|wasn\'t|aren\'t|never|without ?yet ?been ?_ signed|stamped|sealed|notarized|notarised|legalized|legalised|attested|ready|issued|renewed|included|attached|valid|current|genuine|original|authentic', strength: 0.7 },
  { id: 'certification.cert_missing', type: 'objection.certification', statementOnly: true, pattern: CERT_WORDS + ' ... missing|absent|lacking|nowhere', strength: 0.75 },
  { id: 'certification.never_sent_cert', type: 'objection.certification', negatable: false, pattern: 'never|didn\'t|haven\'t|hasn\'t|not|still ?_ ?yet sent|send|received|provided|shared|got|seen ... ' + CERT_WORDS, strength: 0.65 },
  { id: 'certification.asked_times', type: 'objection.certification', pattern: 'asked|requested|chased|asking|requesting ... ' + CERT_WORDS + ' ... times|twice|again|already', strength: 0.65 },
  // The certificate contradicts the goods or papers ("the SONCAP you sent doesn't match the HS code").
  { id: 'certification.doesnt_match_cert', type: 'objection.certification', negatable: false, pattern: CERT_WORDS + ' ... doesn\'t|don\'t|does|didn\'t|not|never match|matches|matching|correspond|tally|agree', strength: 0.7 },
  { id: 'certification.not_what_cert_says', type: 'objection.certification', pattern: 'not|different|contrary|contradicts|contradict|inconsistent what|from|to|with ?the ?your ' + CERT_WORDS, strength: 0.7 },
  // objection.lead_time
  // "To long" is a frequent misspelling of "too long" by non-native writers.
  { id: 'lead_time.lead_time_too_long', type: 'objection.lead_time', pattern: 'lead|delivery|production|shipping|transit time|times .. too|to|very|quite|so long|slow', strength: 0.85 },
  { id: 'lead_time.lead_time_days_too_long', type: 'objection.lead_time', pattern: 'lead|delivery|production time|times .. days|weeks|months .. too|very long|slow', strength: 0.85 },
  { id: 'lead_time.too_long_wait', type: 'objection.lead_time', topics: ['objection.lead_time'], pattern: 'too|very|so|quite|way long|slow', strength: 0.6 },
  { id: 'lead_time.too_late', type: 'objection.lead_time', pattern: 'too late|slow', strength: 0.5 },
  { id: 'lead_time.duration_not_possible', type: 'objection.lead_time', pattern: '# days|weeks|months ... not possible|acceptable|ok|okay|feasible|workable', strength: 0.8, negatable: false },
  { id: 'lead_time.doesnt_work', type: 'objection.lead_time', topics: ['objection.lead_time', 'objection.moq', 'objection.payment_terms', 'objection.price'], pattern: 'doesn\'t|doesnt|won\'t|wont work|suit', strength: 0.7, negatable: false },
  { id: 'lead_time.does_not_work', type: 'objection.lead_time', topics: ['objection.lead_time', 'objection.moq', 'objection.payment_terms', 'objection.price'], pattern: 'does|will not work|suit', strength: 0.7, negatable: false },
  { id: 'lead_time.not_possible', type: 'objection.lead_time', topics: ['objection.lead_time', 'objection.moq', 'objection.payment_terms', 'objection.price'], pattern: 'not possible|acceptable|feasible|workable|ok|okay', strength: 0.65, negatable: false },
  { id: 'lead_time.impossible', type: 'objection.lead_time', topics: ['objection.lead_time', 'objection.moq', 'objection.payment_terms', 'objection.price'], pattern: 'impossible|unrealistic', strength: 0.65, negatable: false },
  { id: 'lead_time.faster_than', type: 'objection.lead_time', pattern: 'faster|sooner|earlier|quicker than', strength: 0.7 },
  { id: 'lead_time.you_said', type: 'objection.lead_time', pattern: 'you said|promised|told|mentioned|confirmed|informed .. last|yesterday|already|before|ready|ship|shipped|etd|eta|dispatch|loading', strength: 0.6 },
  // Nothing has moved yet ("three weeks and still no tracking number", "still not shipped").
  { id: 'lead_time.still_no', type: 'objection.lead_time', pattern: 'still no|not .. shipment|shipped|delivery|delivered|goods|container|tracking|eta|etd|vessel|booking|dispatch|dispatched|arrived|loaded', strength: 0.7, negatable: false },
  // A date already passed ("should have arrived by now", Nigerian "the goods suppose don reach since").
  { id: 'lead_time.should_have', type: 'objection.lead_time', pattern: 'should|supposed|suppose ?to ?have ?don ?be ?been arrive|arrived|reach|reached|ship|shipped|deliver|delivered|load|loaded|dispatched|ready ... since|already|now|ago|yesterday|last', strength: 0.7 },
  { id: 'lead_time.where_is', type: 'objection.lead_time', pattern: 'where|where\'s ?is ?are ?my|our|the order|shipment|container|goods|delivery|consignment|cargo', strength: 0.6 },
  { id: 'lead_time.taking_forever', type: 'objection.lead_time', pattern: 'taking|takes|took forever|ages', strength: 0.7 },
  { id: 'lead_time.cannot_wait', type: 'objection.lead_time', pattern: 'can\'t|cannot wait .. days|weeks|months|long', strength: 0.8, negatable: false },
  { id: 'lead_time.takes_too_long', type: 'objection.lead_time', pattern: 'takes|taking .. too long', strength: 0.7 },
  { id: 'lead_time.need_sooner', type: 'objection.lead_time', pattern: 'need|want .. sooner|faster|earlier', strength: 0.7 },
  { id: 'lead_time.delay', type: 'objection.lead_time', pattern: 'delay|delays|delayed', strength: 0.6, cancelledBy: ['sorry', 'apologies', 'apologize', 'apologise'] },
  { id: 'lead_time.behind_schedule', type: 'objection.lead_time', pattern: 'behind schedule', strength: 0.7 },
  { id: 'lead_time.unclear_lead_time', type: 'objection.lead_time', pattern: 'lead|delivery time|date .. unclear|uncertain|unknown', strength: 0.7 },
  { id: 'lead_time.lead_time_not_clear', type: 'objection.lead_time', pattern: 'lead|delivery time|date .. not clear', strength: 0.7, negatable: false },
  { id: 'lead_time.update_shipment', type: 'objection.lead_time', pattern: 'any|no update .. delivery|shipment|production|order|container', strength: 0.5, negatable: false },
  { id: 'lead_time.still_waiting_goods', type: 'objection.lead_time', pattern: 'still waiting for .. goods|shipment|delivery|container|order', strength: 0.75 },
  // The goods still have not moved ("the shelving still hasn't shipped", "I still have no samples to show").
  { id: 'lead_time.still_not_moved', type: 'objection.lead_time', pattern: 'still ?has ?have ?do ?does ?did ?are ?is hasn\'t|haven\'t|hasnt|havent|aren\'t|isn\'t|don\'t|dont|didn\'t|doesn\'t|not|no ?have ?got ?received ?_ shipped|arrived|received|reached|delivered|loaded|dispatched|left|printed|produced|ready|goods|shipment|vessel|tracking|samples|booking|dispatch|delivery|container|cargo', strength: 0.7, negatable: false },
  // A promised date has passed ("the shipment was due to leave Ningbo on 10 April", "was supposed to come 12 May").
  { id: 'lead_time.was_due', type: 'objection.lead_time', pattern: 'was|were supposed|due|meant|scheduled to ?be ?have ?been come|arrive|ship|leave|load|reach|dispatch|deliver|sail|ready|here|shipped|delivered', strength: 0.6 },
  // The buyer counts the days since the order ("today is day 40", "it's now day 52").
  { id: 'lead_time.now_day_n', type: 'objection.lead_time', pattern: 'now|today ?is day|week #', strength: 0.7 },
  // The buyer rejects the stated lead time ("14 weeks is a non-starter", "it's the 16 weeks that kills it").
  { id: 'lead_time.lead_time_rejected', type: 'objection.lead_time', pattern: 'lead|leadtime|delivery|production|transit|timeline|weeks|months ... non-starter|dealbreaker|deal-breaker|killer|kills|lifetime|unacceptable|longer', strength: 0.7 },
  // The delivery misses the buyer's event or season ("misses our autumn catalogue", "we'll probably miss the summer season").
  { id: 'lead_time.misses_season', type: 'objection.lead_time', pattern: 'miss|misses|missed|missing ?the ?our ?_ season|launch|event|catalogue|catalog|window|windows|promotion|deadline|christmas|fair|opening|show|slot|vessel', strength: 0.65 },
  { id: 'lead_time.date_slipped', type: 'objection.lead_time', pattern: 'etd|eta|etd\'s|eta\'s|delivery|delivery\'s|shipment|date|dates|lead|loading|vessel ... slipped|slip|slipping|postponed|pushed|delayed|extended', strength: 0.7 },
  { id: 'lead_time.days_late', type: 'objection.lead_time', pattern: '# days|weeks|months|wks|din|day|week ... too|late|overdue|behind', strength: 0.55 },
  // Repeated promises ("another 'next week'", "since March you say next week").
  { id: 'lead_time.repeated_next_week', type: 'objection.lead_time', pattern: 'another|fourth|third|fifth|sixth next week|month', strength: 0.65 },
  { id: 'lead_time.repeated_next_week', type: 'objection.lead_time', pattern: 'another|fourth|third|fifth|sixth tomorrow', strength: 0.65 },
  { id: 'lead_time.next_week_again', type: 'objection.lead_time', pattern: 'tomorrow|soon ... again', strength: 0.55 },
  { id: 'lead_time.next_week_again', type: 'objection.lead_time', pattern: 'next week ... again', strength: 0.55 },
  { id: 'lead_time.you_say_tomorrow', type: 'objection.lead_time', pattern: 'you|u say|said|told|keep ?saying ?me ?us tomorrow|next|soon', strength: 0.55 },
  // Nothing has moved ("tracking still says label created", "sitting at the port for 12 days", Pidgin "container never load").
  { id: 'lead_time.still_sitting', type: 'objection.lead_time', pattern: 'still .. sitting|stuck|lying|parked|idle|nothing|empty|pending|created', strength: 0.65 },
  { id: 'lead_time.tracking_shows', type: 'objection.lead_time', pattern: 'tracking|status|website|portal|system ... says|shows|showing|say|show|shown ... created|pending|nothing|processing|same|not|still', strength: 0.6 },
  { id: 'lead_time.still_cant_tell', type: 'objection.lead_time', negatable: false, pattern: 'still can\'t|cannot|cant|couldn\'t ... where|when|date|eta|etd|tracking', strength: 0.6 },
  { id: 'lead_time.still_no_news', type: 'objection.lead_time', negatable: false, pattern: 'still no|not|nothing|zero .. update|updates|news|photos|pictures|date|dates|etd|eta|documents|docs|bl|b/l|confirmation|progress|production|details', strength: 0.6 },
  { id: 'lead_time.wala_pa', type: 'objection.lead_time', pattern: 'wala pa ?rin ?yung|ang|ung ?_ shipment|tracking|goods|delivery|container|order|parcel|samples|dispatch|eta|items|delivery', strength: 0.6 },
  { id: 'lead_time.never_reach', type: 'objection.lead_time', negatable: false, pattern: 'never|no|neva load|reach|leave|land|arrive|comot', strength: 0.55 },
  { id: 'lead_time.stuck_for_days', type: 'objection.lead_time', pattern: 'stuck|sitting|standing|lying|idle|waiting|held|detained ... since|for # ?_ days|weeks|months|hours|din', strength: 0.6 },
  { id: 'lead_time.weeks_since_paid', type: 'objection.lead_time', pattern: 'weeks|months|days|week|month|din ... since|after we|i|you ?_ ?already paid|pay|wired|transferred|released|deposit', strength: 0.6 },
  // A date already missed ("arrived a week after Eid", "70 days instead of the 45 you promised").
  { id: 'lead_time.arrived_after', type: 'objection.lead_time', cancelledBy: ['supplier', 'suppliers', 'vendor', 'vendors', 'factory', 'factories', 'mill', 'mills'], pattern: 'arrived|arrive|arrives|came|come|reached|landed|delivered|shipped|turned|showed|got ... after|past|behind ?the ?our ?your ?_ eta|etd|date|dates|deadline|event|launch|season|opening|promised|agreed|quoted|eid|christmas|diwali|easter|ramadan|holiday|holidays|fair|show', strength: 0.7 },
  { id: 'lead_time.shipped_late', type: 'objection.lead_time', cancelledBy: ['supplier', 'suppliers', 'vendor', 'vendors', 'factory', 'factories', 'mill', 'mills'], pattern: 'shipped|arrived|delivered|came|landed|loaded|dispatched|reached|left ?very ?_ late', strength: 0.65 },
  { id: 'lead_time.missing_dates', type: 'objection.lead_time', pattern: 'kept|keep|keeps|keeping|always missing|missed|miss dates|deadlines|etas|etds|slots|date|deadline', strength: 0.6 },
  { id: 'lead_time.missed_date', type: 'objection.lead_time', pattern: 'missed|miss|misses ?the|your|our|every|two|three ?_ date|dates|eta|etd|deadline|deadlines|dispatch|sailing|cutoff|cut-off', strength: 0.6 },
  { id: 'lead_time.number_you_promised', type: 'objection.lead_time', topics: ['objection.lead_time', 'objection.price'], pattern: '# ?_ ?_ you|u promised|quoted|said|agreed|gave|committed|confirmed|told|mentioned', strength: 0.6 },
  { id: 'lead_time.you_said_n_but', type: 'objection.lead_time', pattern: 'you|u said|quoted|promised|told ?us ?me # ?_ days|weeks|months|wks ?_ but|and|yet|now|it\'s|its', strength: 0.65 },
  { id: 'lead_time.was_promised', type: 'objection.lead_time', pattern: 'was|were promised|committed ... ex-factory|dispatch|delivery|shipment|loading|etd|eta|ready|ship|on|tracking', strength: 0.55 },
  { id: 'lead_time.several_dates', type: 'objection.lead_time', pattern: 'three|four|five|several|multiple|# ?different dates|etas|etds|excuses|stories|deadlines', strength: 0.6 },
  { id: 'lead_time.tired_of_stories', type: 'objection.lead_time', pattern: 'tired|sick|fed ?up of|with ?your ?the ?these ?all ?_ stories|excuses|promises|delays|waiting|dates|etas', strength: 0.6 },
  // A lead time longer than the buyer's need or season ("60 days for plain t-shirts?", "75 days puts us in December").
  // NOTE: a duration in words ("eight weeks") counts only when a question mark follows it at once.
  { id: 'lead_time.duration_incredulous', type: 'objection.lead_time', pattern: '# ?lead ?time ?_ days|weeks|months|wks ?lead ?time ??', strength: 0.6 },
  { id: 'lead_time.duration_for_what', type: 'objection.lead_time', pattern: '^ # days|weeks|months|wks ?lead ?time ?production for ... ?', strength: 0.6 },
  { id: 'lead_time.word_duration_question', type: 'objection.lead_time', pattern: '^ two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty|thirty|forty|sixty|ninety days|weeks|months ?', strength: 0.5 },
  { id: 'lead_time.longer_than_hoped', type: 'objection.lead_time', pattern: 'longer|later|slower than ?what ?we|i|we\'d|you|we\'re ?had ?have expected|planned|hoped|promised|quoted|agreed|usual|normal|needed|wanted|thought|need|want|can', strength: 0.65 },
  { id: 'lead_time.puts_us_in_month', type: 'objection.lead_time', pattern: 'puts|put|putting|gets|lands|land|takes ?us|it|them|the|goods|delivery|arrival ... in|into|to|at ?late|early|mid|end ?of january|february|march|april|may|june|july|august|september|october|november|december', strength: 0.6 },
  { id: 'lead_time.by_then_over', type: 'objection.lead_time', pattern: 'by then ... over|gone|finished|past|passed|done|missed|ended|late|closed', strength: 0.65 },
  { id: 'lead_time.cutting_it_close', type: 'objection.lead_time', pattern: 'cutting|cut it|things ?very ?a ?bit ?too close|fine|tight', strength: 0.6 },
  { id: 'lead_time.miss_holiday', type: 'objection.lead_time', pattern: 'miss|misses|missed|missing ?the ?our diwali|eid|ramadan|easter|christmas|xmas|holidays|holiday|summer|winter|spring|autumn|festive|peak|tet|valentine\'s|black|back-to-school|school', strength: 0.6 },
  { id: 'lead_time.others_faster', type: 'objection.lead_time', topics: ['objection.lead_time'], pattern: 'competitor|competitors|other|another|others|previous|old|last ... quoted|did|delivered|shipped|made|managed|turned ... #', strength: 0.6 },
  // objection.supplier_history
  { id: 'supplier_history.bad_experience', type: 'objection.supplier_history', pattern: 'bad|terrible|poor|negative|painful|awful|horrible experience|experiences', strength: 0.85 },
  { id: 'supplier_history.previous_supplier', type: 'objection.supplier_history', pattern: 'last|previous|past|former|old ?_ supplier|suppliers|vendor|vendors|factory|company|seller|manufacturer .. cheated|scammed|disappeared|failed|delayed|ruined|lost|sent|shipped|never|paid', strength: 0.8 },
  // A supplier who shipped rubbish in place of the goods.
  { id: 'supplier_history.shipped_rubbish', type: 'objection.supplier_history', pattern: 'shipped|sent|gave|delivered|packed ?me|us ?_ rubbish|garbage|junk|trash', strength: 0.75 },
  { id: 'supplier_history.filler_inside', type: 'objection.supplier_history', pattern: 'sand|stones|bricks|rocks|paper|water inside|instead', strength: 0.75 },
  { id: 'supplier_history.scammed', type: 'objection.supplier_history', pattern: 'got|been|were|was scammed|cheated|burned|burnt|fooled', strength: 0.85 },
  { id: 'supplier_history.scam', type: 'objection.supplier_history', pattern: 'scam|fraud|scammers', strength: 0.7 },
  { id: 'supplier_history.lost_money', type: 'objection.supplier_history', pattern: 'lost money', strength: 0.7 },
  { id: 'supplier_history.trust_issue', type: 'objection.supplier_history', pattern: 'trust issue|issues', strength: 0.7 },
  { id: 'supplier_history.hard_to_trust', type: 'objection.supplier_history', pattern: 'hard|difficult to trust', strength: 0.75 },
  { id: 'supplier_history.cannot_trust', type: 'objection.supplier_history', pattern: 'can\'t|cannot trust', strength: 0.75, negatable: false },
  { id: 'supplier_history.how_trust', type: 'objection.supplier_history', pattern: 'how can we|i trust', strength: 0.6 },
  { id: 'supplier_history.cheated_by', type: 'objection.supplier_history', pattern: 'cheated|scammed|fooled|burned|burnt|ripped by', strength: 0.85 },
  { id: 'supplier_history.suppliers_promised', type: 'objection.supplier_history', pattern: 'suppliers|factories|vendors|sellers ... promised|cheated|scammed|disappeared|vanished|lied', strength: 0.7 },
  { id: 'supplier_history.issues_with_previous', type: 'objection.supplier_history', pattern: 'issues|issue|problems|problem|trouble|bad ... previous|last|past|old|former supplier|suppliers|vendor|vendors|factory|factories', strength: 0.75 },
  { id: 'supplier_history.previous_supplier_problem', type: 'objection.supplier_history', pattern: 'previous|last|past|former|old supplier|suppliers|vendor|vendors|factory ... delays|delay|problems|issues|defects|wrong|cheated|scammed|disappeared', strength: 0.75 },
  // The buyer describes what an earlier supplier did ("last supplier said 304 too", "our earlier vendor supplied 201 grade marked as 316L").
  // NOTE: the verbs are neutral, so "last time the factory shipped fast" about this seller's own earlier order also raises it.
  { id: 'supplier_history.earlier_supplier_did', type: 'objection.supplier_history', pattern: 'last|previous|past|former|old|earlier ?_ ?_ supplier|suppliers|vendor|vendors|factory|factories|mill|mills|seller|sellers|manufacturer|party|importer|importers ... gave|said|supplied|sent|shipped|showed|show|took|went|missed|mixed|chopped|folded|vanished|ghosted|delivered|claimed|promised|wrote|told|collected|stopped|mislabeled|swapped', strength: 0.75 },
  // The buyer lost money with a supplier ("we lost $40k deposit with a supplier in 2023").
  { id: 'supplier_history.lost_with_supplier', type: 'objection.supplier_history', pattern: 'lost|lose ... with|to ?a ?one ?an ?_ ?_ supplier|suppliers|factory|factories|vendor|vendors|company|seller|mill|party|importer', strength: 0.8 },
  // The buyer has been burned before ("been stung before", "we've been let down before by factories").
  { id: 'supplier_history.burned_before', type: 'objection.supplier_history', pattern: 'been|got|was|were stung|let|burned|burnt|shown|promised|sold|cheated|fooled ... before', strength: 0.7 },
  // Past suppliers who failed the buyer ("turned out to be a trading company", "we've been through three vendors").
  { id: 'supplier_history.turned_out', type: 'objection.supplier_history', pattern: 'turned|turns out ?to ?be ?a ?an ?_ fake|fraud|scam|scammer|scammers|b-grade|trading|shell|guy|middleman|seconds|copy|copied|counterfeit|rubbish|garbage|recycled|refurbished|lies|false|bogus', strength: 0.7 },
  { id: 'supplier_history.been_through_suppliers', type: 'objection.supplier_history', pattern: 'through|changed|switched|dropped|tried|had|fired|replaced # ?_ ?_ suppliers|vendors|factories|mills|manufacturers|traders|sellers|importers|sources', strength: 0.65 },
  { id: 'supplier_history.been_through_n_suppliers', type: 'objection.supplier_history', pattern: 'through|changed|switched|dropped|tried|had|fired|replaced two|three|four|five|several|many|multiple|few|couple ?of ?_ ?_ suppliers|vendors|factories|mills|manufacturers|traders|sellers|importers|sources', strength: 0.65 },
  { id: 'supplier_history.bad_time_with', type: 'objection.supplier_history', pattern: 'bad|rough|terrible|horrible|awful|tough|painful|poor|sour time|run|spell|season|seasons|patch|ride|experience|experiences with|from', strength: 0.7 },
  { id: 'supplier_history.mess_with_supplier', type: 'objection.supplier_history', pattern: 'happened|mess|fiasco|disaster|nightmare|drama|debacle|saga|episode ... with|from|by ?the ?our ?a ?an ?_ ?_ supplier|suppliers|vendor|vendors|factory|factories|mill|mills|trader|traders|seller|sellers|importer|manufacturer|guy|guys|company|bunch', strength: 0.7 },
  { id: 'supplier_history.heard_that_before', type: 'objection.supplier_history', pattern: 'heard|had|got that|this|the ?same ?_ line|story|claim|promise|promises|pitch|spiel', strength: 0.6 },
  { id: 'supplier_history.burned_us', type: 'objection.supplier_history', pattern: 'burn|burned|burnt|stung|scam us|me', strength: 0.6 },
  { id: 'supplier_history.went_bust', type: 'objection.supplier_history', pattern: 'went|gone|go bust|bankrupt|belly-up|awol', strength: 0.6 },
  { id: 'supplier_history.regretted', type: 'objection.supplier_history', pattern: 'regretted|regretting', strength: 0.55 },
  { id: 'supplier_history.goods_from_other_supplier', type: 'objection.supplier_history', cancelledBy: ['quote', 'quotes', 'quotation', 'offer', 'offers', 'price', 'prices'], pattern: 'last|previous|earlier ... had|used|bought|got|ordered|tried|received ... from ?a ?an another|other|different|previous|old|earlier|former ?_ supplier|suppliers|vendor|vendors|factory|factories|mill|mills|trader|seller|brand|importer', strength: 0.6 },
  // objection.moq
  // A bare "too many" after a quantity ("1000 pcs is too many for a small shop").
  { id: 'moq.bare_too_many', type: 'objection.moq', topics: ['objection.moq'], pattern: 'too|way|bit many', strength: 0.7 },
  { id: 'moq.moq_too_high', type: 'objection.moq', pattern: 'moq|moqs|minimum ... too|very|quite|bit|so|is|are high|large|big|much', strength: 0.85 },
  { id: 'moq.moq_not_possible', type: 'objection.moq', pattern: 'moq|moqs|minimum ... not possible|acceptable|feasible|workable|realistic', strength: 0.85, negatable: false },
  { id: 'moq.cannot_take', type: 'objection.moq', pattern: 'can\'t|cannot|cant|unable ?to take|order|buy|handle|sell|afford|commit #', strength: 0.7, negatable: false },
  { id: 'moq.max_for_first_order', type: 'objection.moq', pattern: 'max|maximum|only|just # ... first|trial|initial|test order', strength: 0.65 },
  { id: 'moq.first_order_only', type: 'objection.moq', pattern: 'first|initial|trial order ... only|just|max|maximum #', strength: 0.6 },
  { id: 'moq.half_container', type: 'objection.moq', pattern: 'half|mixed|mix container|cntr|load|models', strength: 0.55 },
  { id: 'moq.per_model_too_much', type: 'objection.moq', pattern: 'per model|color|colour|design|size|item|sku ... too|very|bit much|high|big|large', strength: 0.8 },
  { id: 'moq.cannot_meet_moq', type: 'objection.moq', pattern: 'can\'t|cannot|unable ?to meet|reach|accept|handle .. moq|minimum', strength: 0.85, negatable: false },
  { id: 'moq.lower_moq', type: 'objection.moq', pattern: 'lower|reduce|smaller|decrease .. moq|minimum', strength: 0.7 },
  { id: 'moq.below_moq', type: 'objection.moq', pattern: 'below|under .. moq|minimum', strength: 0.6 },
  { id: 'moq.less_than_moq', type: 'objection.moq', pattern: 'less than .. moq|minimum', strength: 0.6 },
  { id: 'moq.only_need_small', type: 'objection.moq', pattern: 'only need|want|order|require .. pcs|pieces|units|sets|samples', strength: 0.4 },
  { id: 'moq.moq_issue', type: 'objection.moq', pattern: 'moq|minimum .. problem|issue|concern', strength: 0.6 },
  { id: 'moq.issue_with_moq', type: 'objection.moq', pattern: 'problem|issue|concern with .. moq|minimum', strength: 0.6 },
  // The buyer finds the MOQ too heavy ("500 kg MOQ on the matcha is a stretch", "MOQ kills it for us").
  { id: 'moq.moq_too_heavy', type: 'objection.moq', pattern: 'moq|moqs|minimum|minimums ... difficult|stretch|steep|heavy|kills|killer|dealbreaker|deal-breaker|stumbling|sticking|problem|hard|tough|impossible|beyond|risky|bet', strength: 0.8 },
  { id: 'moq.moq_does_not_work', type: 'objection.moq', pattern: 'moq|moqs|minimum ... not|doesn\'t|doesnt|isn\'t|won\'t|don\'t|nahi practical|viable|doable|make|work|chalega|happen|suit', strength: 0.8, negatable: false },
  // The minimum would leave the buyer sitting on stock ("we'd sit on stock for a year").
  { id: 'moq.sit_on_stock', type: 'objection.moq', pattern: 'sit|sitting|stuck|carry|carrying|risk on|with|that|so ?_ ?_ stock|inventory', strength: 0.65 },
  // The quantity exceeds what the buyer sells, uses or needs ("more than we sell in a year", "beyond our requirement").
  { id: 'moq.more_than_we_sell', type: 'objection.moq', pattern: 'more|bigger|larger|beyond than|what ?a ?an ?_ ?our ?my we|i|we\'d|i\'d|we\'ll|our|they ?_ ?_ sell|sells|sold|use|used|need|move|consume|store|stock|carry|handle|absorb|shift', strength: 0.7 },
  { id: 'moq.never_sold_more', type: 'objection.moq', pattern: 'never|not|rarely sold|sell|moved|used|bought|ordered more than #', strength: 0.65, negatable: false },
  { id: 'moq.beyond_requirement', type: 'objection.moq', pattern: 'more|beyond|exceeds|exceed|above ?than ?_ our|my ?_ ?_ requirement|requirements|usage|consumption|sales|needs|demand|capacity|turnover', strength: 0.6 },
  // A small buyer finds the quantity too big ("a big leap for a shop our size", "too much for my little shop").
  { id: 'moq.big_for_small_shop', type: 'objection.moq', cancelledBy: ['price', 'prices', 'pricing', 'rate', 'cost', 'deposit', 'advance', 'upfront'], pattern: 'lot|much|many|big|bigger|huge|ask|leap|bet|punt|risk|risky|stretch|heavy|gamble|jump ... for ?a ?an ?my ?our ?_ ' + BUYER_SMALL + ' ?_ ' + BUYER_BUSINESS, strength: 0.65 },
  { id: 'moq.small_shop_big_step', type: 'objection.moq', cancelledBy: ['price', 'prices', 'pricing', 'rate', 'cost', 'deposit', 'advance', 'upfront'], pattern: 'for ?a ?an ?my ?our ?_ ' + BUYER_SMALL + ' ?_ ' + BUYER_BUSINESS + ' ?like ?ours ?mine ?us ... too|lot|much|many|big|huge|ask|leap|bet|punt|risk|risky|stretch|heavy|gamble', strength: 0.6 },
  { id: 'moq.for_shop_our_size', type: 'objection.moq', pattern: BUYER_BUSINESS + ' our|my|of ?our ?my size', strength: 0.6 },
  // The quantity counted as stock, shelf time or space ("ten months of stock for us", "would take us two years to sell").
  { id: 'moq.months_of_stock', type: 'objection.moq', pattern: 'is|be|means|mean|like|that\'s|thats|equals|equal ?_ ?_ ?_ year|years|months|month|year\'s|months ?worth ?of stock|inventory|supply', strength: 0.6 },
  { id: 'moq.take_years_to_sell', type: 'objection.moq', pattern: 'take|takes|taking|last|lasts ?us ?me ... year|years|months|forever|ages to sell|move|clear|shift|use|finish', strength: 0.65 },
  { id: 'moq.sit_in_warehouse', type: 'objection.moq', pattern: 'sit|sitting|stuck|gather|gathering ... warehouse|shelf|shelves|godown|storeroom|stockroom|garage|basement|dust', strength: 0.6 },
  { id: 'moq.storage_sarcasm', type: 'objection.moq', pattern: 'let|lemme ?me just|simply rent|find|build|buy|clear|get ... warehouse|space|room|storage|godown|shelf', strength: 0.6 },
  { id: 'moq.space_limited', type: 'objection.moq', pattern: 'warehouse|godown|storage|storeroom|space ... limited|tight', strength: 0.5 },
  // The minimum set against a first order or other sellers ("50 tons minimum for a sample lot", "the minimum is for the big players").
  { id: 'moq.minimum_for_test', type: 'objection.moq', pattern: '# ?_ ?_ moq|minimum|min|minimums for ?a ?an ?the ?my ?our ?_ first|test|trial|sample|testing|initial|start|new|small', strength: 0.6 },
  { id: 'moq.for_big_players', type: 'objection.moq', pattern: 'moq|minimum|minimums ... for|is ?the big|large|bigger|larger|major players|companies|buyers|importers|brands|chains|retailers|distributors|guys|boys', strength: 0.65 },
  { id: 'moq.others_minimum', type: 'objection.moq', pattern: 'other|another|their|competitor|competitors|others ... moq|minimum|minimums ?is|are|of|at|was|just|only ?_ #', strength: 0.6 },
  // A smaller start is proposed ("is a smaller first order possible?", "1,500 to start and then we'll see").
  { id: 'moq.smaller_first_order', type: 'objection.moq', pattern: 'smaller|lower|reduced ?_ first|initial|trial|test|opening|starter|starting order|quantity|lot|run|batch|qty|orders', strength: 0.6 },
  { id: 'moq.start_small_then_see', type: 'objection.moq', pattern: '# ?_ ?_ to|for|as ?a start|begin|test|try|trial|testing|starters ... see|sells|sell|goes|works|moves|selling|proves|prove', strength: 0.55 },
  // objection.payment_terms
  { id: 'payment_terms.cannot_accept_terms', type: 'objection.payment_terms', pattern: 'can\'t|cannot|won\'t|unable|don\'t|dont .. accept|do|pay|agree .. deposit|advance|l/c|lc|t/t|tt|terms|upfront|d/p|prepayment', strength: 0.8, negatable: false },
  { id: 'payment_terms.deposit_too_high', type: 'objection.payment_terms', pattern: 'deposit|advance|upfront|prepayment .. too|very|quite high|much|large|big', strength: 0.8 },
  { id: 'payment_terms.terms_unacceptable', type: 'objection.payment_terms', pattern: 'payment term|terms .. unacceptable|difficult|problem|issue|tough|hard|strict|risky', strength: 0.8 },
  { id: 'payment_terms.terms_not_ok', type: 'objection.payment_terms', pattern: 'payment term|terms .. not acceptable|possible|ok|okay|feasible|workable', strength: 0.8, negatable: false },
  { id: 'payment_terms.method_not_possible', type: 'objection.payment_terms', pattern: 'l/c|lc|t/t|tt|deposit|advance|upfront|prepayment .. not acceptable|possible|feasible', strength: 0.8, negatable: false },
  { id: 'payment_terms.only_pay_by', type: 'objection.payment_terms', pattern: 'only .. pay|accept|use .. l/c|lc|d/p|dp|oa|net|credit', strength: 0.55 },
  { id: 'payment_terms.cannot_pay_before', type: 'objection.payment_terms', pattern: 'can\'t|cannot|cant|won\'t|wont|unable ?to pay .. full|before|advance|upfront|deposit|everything|all', strength: 0.8, negatable: false },
  { id: 'payment_terms.never_pay', type: 'objection.payment_terms', pattern: 'never|don\'t|dont|not pay .. advance|upfront|deposit|prepayment|before', strength: 0.75, negatable: false },
  { id: 'payment_terms.no_deposit', type: 'objection.payment_terms', pattern: 'no|without deposit|advance|prepayment|upfront|down', strength: 0.65, negatable: false },
  { id: 'payment_terms.pay_after', type: 'objection.payment_terms', pattern: 'pay|payment|paying|balance ?only after|upon|on arrival|delivery|inspection|receiving|sale|sales', strength: 0.6 },
  { id: 'payment_terms.days_credit', type: 'objection.payment_terms', pattern: '# days|day credit|terms|payment|open|o/a', strength: 0.65 },
  { id: 'payment_terms.credit_of', type: 'objection.payment_terms', pattern: 'credit ?terms of|for #', strength: 0.6 },
  { id: 'payment_terms.open_account', type: 'objection.payment_terms', pattern: 'open account', strength: 0.55 },
  { id: 'payment_terms.net_days', type: 'objection.payment_terms', pattern: 'net 30|45|60|90|120', strength: 0.65 },
  // Proposing other terms ("could we do 20% deposit instead?", "can you accept L/C?").
  { id: 'payment_terms.could_we_do', type: 'objection.payment_terms', pattern: 'could|can we|you do|accept|agree|work|go ?with ?on ?only ?# ... deposit|advance|l/c|lc|d/p|dp|credit|installments|instalments|balance|net', strength: 0.6 },
  { id: 'payment_terms.method_risky', type: 'objection.payment_terms', pattern: 'tt|t/t|deposit|advance|upfront|prepayment|l/c|lc .. risky|difficult|hard|impossible|problem|issue', strength: 0.75 },
  // The buyer rejects paying a share in advance ("cannot work with 100% upfront", "I no fit pay 100% before production").
  { id: 'payment_terms.refuse_share_advance', type: 'objection.payment_terms', pattern: 'not|no|never|cannot|can\'t|cant|won\'t|wont|unable ... # ?% ?in ?t/t ?tt ?payment advance|upfront|up|before|prepayment', strength: 0.75, negatable: false },
  // The same refusal may name the share first ("100% advance we cannot do", "100% upfront isn't gonna happen").
  { id: 'payment_terms.share_advance_refused', type: 'objection.payment_terms', pattern: '# ?% ?t/t ?tt ?payment advance|upfront|up-front|prepayment|before|deposit ... isn\'t|won\'t|can\'t|cannot|never|impossible|risky|difficult|hard|tough|big|lot|chance', strength: 0.7, negatable: false },
  // The buyer's bank or finance team rejects the terms ("our bank cannot issue LC", "finance won't sign off on it").
  // A price topic near the hit drops it. The board is left out, because "the board won't approve a switch" was a price objection in the labeled sets.
  { id: 'payment_terms.bank_refuses', type: 'objection.payment_terms', topicOptional: true, topics: ['objection.payment_terms'], pattern: 'bank|finance|accountant|cfo|accounts|auditor|auditors ... not|won\'t|wont|cannot|can\'t|doesn\'t|don\'t|never|refuse|refuses|refused ?_ allow|allowing|accept|approve|issue|sign|permit|budging|open|release', strength: 0.7, negatable: false },
  // The buyer is uneasy about paying ahead ("we're not comfortable wiring 50% up front").
  { id: 'payment_terms.not_comfortable_paying', type: 'objection.payment_terms', pattern: 'not|never comfortable|convinced ... pay|paying|wiring|wire|sending|send|advance|upfront|deposit|payment|terms|prepayment', strength: 0.7, negatable: false },
  // The buyer's policy or finance resists advance terms ("we don't pay deposits", "finance want 60 days", "why 100% upfront?").
  { id: 'payment_terms.we_dont_pay_upfront', type: 'objection.payment_terms', negatable: false, pattern: 'don\'t|dont|never|won\'t|wont|not ... pay|do|give|send|wire|accept|paying|sending ... deposit|deposits|advance|advances|upfront|up-front|prepayment|prepayments|cad|balance|money|cash', strength: 0.65 },
  { id: 'payment_terms.only_lc', type: 'objection.payment_terms', statementOnly: true, pattern: 'only ?do ?via ?by ?through ?on ?with ?against ?_ lc|l/c|lcs|d/p|dp|cad|escrow', strength: 0.55 },
  { id: 'payment_terms.why_upfront', type: 'objection.payment_terms', negatable: false, pattern: 'why ... upfront|up-front|advance|prepayment|deposit|prepaid', strength: 0.6 },
  { id: 'payment_terms.why_full_payment', type: 'objection.payment_terms', negatable: false, pattern: 'why ... full amount|payment|value', strength: 0.6 },
  { id: 'payment_terms.you_ask_upfront', type: 'objection.payment_terms', pattern: 'you|you\'re|u|they ... asking|ask|want|wants|require|requires|demand|demanding|insist|insisting ... advance|upfront|up-front|prepayment|deposit|cash', strength: 0.55 },
  { id: 'payment_terms.finance_wants', type: 'objection.payment_terms', pattern: 'bank|banks|finance|accountant|cfo|accounts|treasury|auditor|auditors|policy ... insist|insists|insisting|require|requires|refused|refuse|refuses|rejected|uneasy|unhappy|reluctant|hard|difficult|charges|fees|killing|budging ... deposit|deposits|advance|upfront|lc|l/c|lcs|d/p|dp|tt|t/t|cad|credit|terms|days|net|payment|prepayment|sight|usance', strength: 0.6 },
  { id: 'payment_terms.finance_want', type: 'objection.payment_terms', pattern: 'finance|bank|accounts|cfo|accountant ?people ?team want|wants|wanting ... deposit|deposits|advance|upfront|lc|l/c|lcs|d/p|dp|tt|t/t|cad|credit|terms|days|net|payment|prepayment|sight|usance', strength: 0.6 },
  // objection.quality
  { id: 'quality.quality_poor', type: 'objection.quality', pattern: 'quality .. poor|bad|low|worse|inferior|terrible|issue|issues|problem|problems|concern|concerns|doubt|doubts', strength: 0.8 },
  { id: 'quality.quality_not_good', type: 'objection.quality', pattern: 'quality .. not good|acceptable|consistent', strength: 0.8, negatable: false },
  // "Your ISO certificate expired" is about a certificate, not the goods.
  { id: 'quality.defects', type: 'objection.quality', pattern: 'defect|defects|defective|broken|damaged|faulty|cracked|rusty|leaking|scratched|unusable|chipped|torn|tore|ripped|stained|dented|warped|peeling|faded|discoloured|discolored|mouldy|moldy|rotten|shattered|crushed|bent|smashed|contaminated|expired', strength: 0.75, cancelledBy: ['certificate', 'certificates', 'cert', 'certs', 'certification', 'iso', 'ce', 'licence', 'license', 'registration', 'report'] },
  { id: 'quality.worried_quality', type: 'objection.quality', pattern: 'worried|concerned|doubt|doubts|doubtful|unsure|skeptical|sceptical ... quality|durability|reliability|material|materials|finish|finishing|consistency|standard', strength: 0.8 },
  // Smell and taint ("the mats smell strange").
  { id: 'quality.smell', type: 'objection.quality', pattern: 'smell|smells|smelled|smelling like|of|bad|strange|terrible|awful|funny|weird|horrible', strength: 0.6 },
  { id: 'quality.stink', type: 'objection.quality', pattern: 'stink|stinks|stinking|smelly', strength: 0.6 },
  // Pidgin and plain "not strong", "not durable".
  { id: 'quality.not_strong', type: 'objection.quality', pattern: 'not|no|isn\'t|aren\'t|wasn\'t|weren\'t strong|sturdy|durable|solid|thick|stiff|stable|waterproof', strength: 0.7, negatable: false },
  { id: 'quality.done_wrong', type: 'objection.quality', pattern: 'printed|packed|labelled|labeled|made|cut|sewn|stitched|assembled|finished|produced|coloured|colored wrong|wrongly|incorrectly|badly|poorly|crooked', strength: 0.7 },
  { id: 'quality.does_not_function', type: 'objection.quality', pattern: 'doesn\'t|don\'t|didn\'t|won\'t|not scan|function|seal|glow|dispense|lock', strength: 0.6, negatable: false },
  { id: 'quality.does_not_function_long', type: 'objection.quality', pattern: 'does|do|did|will not scan|function|seal|glow|dispense|lock', strength: 0.6, negatable: false },
  // A failed test or a rejected lot ("batch 7 failed our pull test", "we reject the whole lot").
  { id: 'quality.failed_test', type: 'objection.quality', pattern: 'failed|fail|fails|failing ?the|our|your|their ?_ test|tests|inspection|qc|qa|audit', strength: 0.8 },
  { id: 'quality.test_failed', type: 'objection.quality', pattern: 'test|tests|inspection|qc|qa|audit failed|fails', strength: 0.8 },
  { id: 'quality.cannot_accept_goods', type: 'objection.quality', pattern: 'cannot|can\'t|won\'t|not|never accept|accepting ?this|the|that|these|whole|entire ?_ batch|lot|goods|consignment|material|materials|quality|products|items', strength: 0.7, negatable: false },
  { id: 'quality.reject_goods', type: 'objection.quality', pattern: 'reject|rejecting|return|returning ?this|the|that|these|whole|entire ?_ batch|lot|goods|consignment|material|materials|products|items', strength: 0.7 },
  // Doubt that bulk goods will match the sample ("how can we be sure the bulk will be the same?").
  { id: 'quality.bulk_match_sample', type: 'objection.quality', pattern: 'how do|can|will we|i ?be know|sure|trust|tell ... run|production|bulk|order|goods|batch|lot|shipment ... match|same|consistent|identical|like', strength: 0.7 },
  // A price far below the market makes the buyer doubt the goods.
  { id: 'quality.there_is_a_catch', type: 'objection.quality', pattern: 'there\'s|there|what\'s|whats|what|must ?is ?be a|the catch', strength: 0.6 },
  { id: 'quality.too_good', type: 'objection.quality', pattern: 'too good to be true', strength: 0.6 },
  { id: 'quality.why_so_cheap', type: 'objection.quality', pattern: 'why|how ... so|that cheap', strength: 0.55 },
  { id: 'quality.differs_from_sample', type: 'objection.quality', pattern: 'different from .. sample|samples|photo|photos|picture|pictures|description|spec|specs', strength: 0.75 },
  { id: 'quality.does_not_match', type: 'objection.quality', pattern: 'doesn\'t|didn\'t|don\'t|not match ?the ?our sample|samples|specs|spec|order|description', strength: 0.75, negatable: false },
  { id: 'quality.complaint', type: 'objection.quality', pattern: 'complaint|complaints', strength: 0.6 },
  { id: 'quality.rejected_batch', type: 'objection.quality', pattern: 'rejected|returned ?the ?whole batch|goods|shipment|products|lot|container', strength: 0.75 },
  { id: 'quality.low_quality', type: 'objection.quality', pattern: 'low|poor|cheap quality', strength: 0.8 },
  { id: 'quality.not_convinced', type: 'objection.quality', pattern: 'not convinced|sure|confident about|of|with|by ... quality|material|materials|durability|reliability|product|products|finish|finishing', strength: 0.75, negatable: false },
  { id: 'quality.how_sure', type: 'objection.quality', pattern: 'how can|do|will i|we ?be sure|know|trust ... quality|same|durable|last|sample|samples', strength: 0.7 },
  { id: 'quality.finish_not_good', type: 'objection.quality', pattern: 'finishing|finish|workmanship|welding|stitching|sewing|seams|packaging|paint|coating|printing|print .. not good|acceptable|ok|okay|neat|clean', strength: 0.75, negatable: false },
  { id: 'quality.finish_poor', type: 'objection.quality', pattern: 'finishing|finish|workmanship|welding|stitching|sewing|seams|packaging|paint|coating|printing|print .. poor|bad|rough|uneven|loose|crooked|weak|messy|sloppy|inconsistent|peeling|faded|blurry', strength: 0.75 },
  { id: 'quality.scratches', type: 'objection.quality', pattern: 'scratch|scratches|dents|dent|rust|cracks|crack|bubbles|flicker|flickering', strength: 0.65 },
  { id: 'quality.breaks_after', type: 'objection.quality', pattern: 'break|breaks|broke|fail|fails|failed|die|dies|died|stop|stops|stopped ?working after|within', strength: 0.7 },
  { id: 'quality.will_it_last', type: 'objection.quality', pattern: 'will|does|do it|yours|they|these|this last', strength: 0.5 },
  { id: 'quality.wrong_goods', type: 'objection.quality', pattern: 'wrong goods|items|products|product|model|models|color|colour|material', strength: 0.6 },
  // The unit does not work ("14 of 200 solar lanterns not charging", "it stopped working").
  // A share of the goods that fails: "half the drivers do not work", "50 units dead on arrival".
  { id: 'quality.share_not_working', type: 'objection.quality', pattern: 'half|some|most|many|several|# .. don\'t|doesn\'t|didn\'t|do|does|did ?not work|light|fit|start|charge|power', strength: 0.7, negatable: false },
  { id: 'quality.dead_on_arrival', type: 'objection.quality', pattern: 'dead on arrival|delivery', strength: 0.8 },
  { id: 'quality.not_working', type: 'objection.quality', pattern: 'not|doesn\'t|don\'t|didn\'t|won\'t|isn\'t|aren\'t|no|never|stopped|stops ?dey turning|powering|charging|working|booting|heating|cooling|functioning', strength: 0.7, negatable: false },
  // The goods differ from the order ("wrong shade", "wrong part number", "wrong size labels").
  { id: 'quality.wrong_spec', type: 'objection.quality', pattern: 'wrong|incorrect|mismatched ?_ size|sizes|sizing|shade|shades|part|parts|sku|skus|label|labels|thickness|grade|gsm|logo|printing|print|dimension|dimensions|fabric|colours|colors|packing|packaging|quantity|spec|specs|item|items', strength: 0.7 },
  // The buyer doubts the grade or material ("is it really 304 steel?", "is this real 304 or 201 with polish?").
  { id: 'quality.is_it_really', type: 'objection.quality', pattern: 'is|are it|this|these|they|the|your|that ... really|actually|truly|real|genuine ?_ 304|316|316l|201|430|100|sus304|sus316|stainless|steel|cotton|leather|grade|merino|wool|silk|copper|brass|gold|silver|original|ss|solid|pure|organic|virgin', strength: 0.65 },
  // These words name a visible defect ("stitching is fraying", "the colour bleeds").
  { id: 'quality.defect_words', type: 'objection.quality', pattern: 'frayed|fraying|shrinking|shrunk|tearing|bleeds|bleeding|patchy|misprinted|mislabeled|mislabelled|delaminating|delaminated|flaking|fading', strength: 0.65 },
  // The goods differ from the sample or spec ("thinner than the approved sample", "not as per approved shade card").
  { id: 'quality.worse_than_reference', type: 'objection.quality', pattern: 'thinner|thicker|weaker|lighter|darker|paler|shorter|narrower|softer|harder|rougher|duller|brighter|heavier|looser|tighter|worse|flimsier ... than|as|vs ?the ?our ?your ?_ sample|samples|spec|specs|specification|order|ordered|approved|agreed|drawing|tech|datasheet|tds|pre-production|swatch|standard|promised|expected', strength: 0.65 },
  { id: 'quality.below_spec', type: 'objection.quality', pattern: 'below|under|short ?of ?the ?your ?our ?_ tds|datasheet|tolerance|value|values|rating|rated|claimed|stated|declared', strength: 0.6 },
  { id: 'quality.not_as_per', type: 'objection.quality', negatable: false, pattern: 'not|isn\'t|aren\'t|wasn\'t|weren\'t|never ?as ?the ?even per|according|matching|consistent|same|like|identical ?to ?with ?as ?the ?our ?your ?_ sample|samples|spec|specs|specification|approved|order|previous|tech|drawing|datasheet|swatch|swatches|golden|pp|pre-production|standard', strength: 0.65 },
  { id: 'quality.spec_off', type: 'objection.quality', statementOnly: true, pattern: 'colour|color|colours|colors|shade|shades|tone|size|sizes|sizing|tolerance|tolerances|dimension|dimensions|thickness|gsm|weight|length|width|moisture|twist|readings ... off|uneven|inconsistent|varying', strength: 0.6 },
  { id: 'quality.all_over_the_place', type: 'objection.quality', pattern: 'all over the place', strength: 0.55 },
  { id: 'quality.out_of_tolerance', type: 'objection.quality', pattern: 'tolerance|tolerances|dimension|dimensions|measurements ... out|outside|exceeded|exceeds', strength: 0.6 },
  { id: 'quality.too_colour', type: 'objection.quality', pattern: 'too thin|thick|dark|light|shiny|dull|soft|weak|flimsy|purple|pink|yellow|green|red|blue|grey|gray|bright|pale|loose|rough|narrow|brittle|sticky|stiff|noisy|loud|hot', strength: 0.55 },
  { id: 'quality.looks_cheap', type: 'objection.quality', statementOnly: true, pattern: 'looks|look|feels|feel|seems|seem ?a ?bit ?very ?so ?too ?quite ?really ?rather ?kinda ?pretty ?little cheap|thin|thinner|flimsy|fake|plasticky|shiny|dull|used|old|weak|rough|off', strength: 0.55 },
  { id: 'quality.magnet_sticks', type: 'objection.quality', pattern: 'magnet|magnets sticks|stick|stuck|sticking', strength: 0.6 },
  { id: 'quality.not_original', type: 'objection.quality', negatable: false, pattern: 'not|no|isn\'t|aren\'t|ain\'t ?be original|genuine|authentic|real', strength: 0.6 },
  // The goods fail soon after use ("rusted in 3 weeks", "coming apart after 2 weeks").
  { id: 'quality.fails_after', type: 'objection.quality', pattern: 'rust*|tore|torn|tear|tears|crack*|peel*|fade|faded|fades|fading|broke|broken|breaks|died|dies|leak*|turning|turned|melt*|warp*|bent|loose*|apart|fray*|shrink*|shrunk|discolo*|wobbl*|chip*|bubbl*|blister*|heat|heats|worn|losing ... after|within|in ?_ ?_ day|days|week|weeks|month|months|wash|washes|use|uses|cycles|minutes|hours|season|year', strength: 0.6 },
  // A short shipment ("40 cartons less than the packing list", "only 18 cartons out of 25").
  { id: 'quality.short_count', type: 'objection.quality', pattern: '# ?_ ?_ less|fewer|short|missing than|from|on|vs|against|versus ?the ?our packing|invoice|order|po|ordered|bl|manifest|list', strength: 0.6 },
  { id: 'quality.only_n_out_of', type: 'objection.quality', pattern: 'only # ?_ ?_ out ?of #', strength: 0.55 },
  // Complaints from the buyer's customers and doubts about the goods ("customers are returning them", "I doubt bulk will be the same").
  { id: 'quality.customers_returning', type: 'objection.quality', topicOptional: true, topics: ['objection.quality', 'objection.lead_time'], pattern: 'customers|customer|client|clients|buyer|buyers|plumbers|users|retailers|shops|dealers ... complaining|complain|complained|returning|return|returned|rejecting|rejected|refusing|refused', strength: 0.55 },
  { id: 'quality.doubt_bulk', type: 'objection.quality', pattern: 'doubt|doubtful ... bulk|production|same|consistent|match|hold', strength: 0.6 },
];
