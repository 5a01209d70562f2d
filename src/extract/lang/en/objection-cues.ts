/**
 * English objection cues. Each pattern uses the phrase syntax of `text/phrases.ts`;
 * strength is the weight of one match in [0, 1].
 */
import type { SignalCue } from '../types.js';

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
  { id: 'price.higher_than', type: 'objection.price', topics: ['objection.price'], pattern: 'higher|above|double|twice|triple|more|costlier|pricier than|of|vs|compared ... market|last|current|previous|other|others|what|our|competitor|competitors|before|usual|others\'', strength: 0.65 },
  { id: 'price.compared_to', type: 'objection.price', pattern: 'high|higher|expensive|much compared to|with', strength: 0.6 },
  { id: 'price.costly', type: 'objection.price', pattern: 'too|very|so costly', strength: 0.8 },
  { id: 'price.cant_explain_price', type: 'objection.price', pattern: 'cannot|can\'t|cant explain .. customers|customer|clients|client|boss|management', strength: 0.5, negatable: false },
  // objection.price: competitor offers ("another factory offered me 9.80")
  // A number right after the offer is usually a price, but "another supplier offers us 90 days" names
  // credit terms, so a lead-time or payment topic next to the hit drops it.
  { id: 'price.competitor_offered', type: 'objection.price', topicOptional: true, topics: ['objection.price'], pattern: 'other|another|different|local|chinese|indian|turkish|vietnamese|current|existing supplier|suppliers|factory|factories|vendor|vendors|seller|sellers|company|companies|guy|guys|manufacturer|manufacturers|competitor|competitors ... offer|offered|offers|offering|quote|quoted|quotes|quoting|gives|give|giving|gave|sells|sell|selling|charges|charge|charging ?us ?me ?it ?the ?at ?for ?only ?usd|eur|us$ #|same|half|less|lower|cheaper', strength: 0.75 },
  { id: 'price.they_offered_number', type: 'objection.price', topicOptional: true, topics: ['objection.price'], pattern: 'offered|offering|quoted|quoting|gave|gives|giving|sells|charges|charging ?me ?us ?only ?usd|eur #', strength: 0.7 },
  { id: 'price.competitor_giving', type: 'objection.price', pattern: 'competitor|competitors|competition|others|market ... giving|gives|offering|offers|sells|selling ... less|lower|cheaper|discount|#', strength: 0.75 },
  { id: 'price.we_buy_at', type: 'objection.price', pattern: 'i|we get|got|getting|buy|buying|bought|pay|paying|paid|are ... at|for|around|only #', strength: 0.6 },
  { id: 'price.getting_better_price', type: 'objection.price', pattern: 'getting|get|got|have|having ... better|cheaper|lower|good price|prices|offer|offers|rate|rates from|in|elsewhere', strength: 0.75 },
  { id: 'price.we_are_at', type: 'objection.price', pattern: 'we|i are|am|\'re at #', strength: 0.6 },
  { id: 'price.can_you_match', type: 'objection.price', pattern: 'can|could you match|beat', strength: 0.65 },
  { id: 'price.numbers_dont_work', type: 'objection.price', pattern: 'numbers|price|prices|pricing|figures .. don\'t|dont|not|doesn\'t|doesnt work', strength: 0.75, negatable: false },
  // objection.price: targets and counters ("my target is 9.50", "can you do 9.70?")
  // A target is a counter to a quote. A budget alone, before any quote, is read as a quotation request
  // ("our budget is about EUR 20,000").
  { id: 'price.target_is', type: 'objection.price', pattern: 'target ?price|prices ?is|was|:|=|around|about|of|at ?around|about|only|max|maximum ?usd|eur|us$ #', strength: 0.75 },
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
  { id: 'price.best_you_can', type: 'objection.price', pattern: 'best|lowest you|u can do|give|offer', strength: 0.6 },
  { id: 'price.last_price', type: 'objection.price', pattern: 'last|final|lowest price|rate ?', strength: 0.55 },
  { id: 'price.pay_max', type: 'objection.price', pattern: 'pay|offer|accept|afford max|maximum|only|upto #', strength: 0.65 },
  // Requests only, because "the revised price is fine" and "a 40ft gets a better price" object to nothing.
  { id: 'price.revise_price', type: 'objection.price', pattern: 'revise|reconsider|sharpen|improve .. price|prices|offer|quote|quotation|rate|rates', strength: 0.6 },
  { id: 'price.better_price_request', type: 'objection.price', pattern: 'give|offer|need|want|get|do ?us ?me ?a better|sharper|cheaper price|prices|rate|rates|offer', strength: 0.6 },
  // "Could you reconsider?" right after a quoted amount ("total is USD 48,000, could you reconsider?").
  { id: 'price.revise_it', type: 'objection.price', topics: ['objection.price'], pattern: 'can|could|would you|u ?please ?kindly revise|reconsider|sharpen|improve|recheck', strength: 0.6 },
  { id: 'price.kindly_revise', type: 'objection.price', pattern: 'please|pls|plz|kindly revise|reconsider', strength: 0.55 },
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
  { id: 'lead_time.delay', type: 'objection.lead_time', pattern: 'delay|delays|delayed', strength: 0.6 },
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
  // objection.quality
  { id: 'quality.quality_poor', type: 'objection.quality', pattern: 'quality .. poor|bad|low|worse|inferior|terrible|issue|issues|problem|problems|concern|concerns|doubt|doubts', strength: 0.8 },
  { id: 'quality.quality_not_good', type: 'objection.quality', pattern: 'quality .. not good|acceptable|consistent', strength: 0.8, negatable: false },
  { id: 'quality.defects', type: 'objection.quality', pattern: 'defect|defects|defective|broken|damaged|faulty|cracked|rusty|leaking|scratched|unusable|chipped|torn|tore|ripped|stained|dented|warped|peeling|faded|discoloured|discolored|mouldy|moldy|rotten|shattered|crushed|bent|smashed|contaminated|expired', strength: 0.75 },
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
];
