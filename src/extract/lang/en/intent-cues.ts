/**
 * English intent cues. Each pattern uses the phrase syntax of `text/phrases.ts`;
 * strength is the weight of one match in [0, 1].
 */
import { RFQ_REFERENCE_WORDS, RFQ_STATUS_WORDS } from '../neutral.js';
import type { SignalCue } from '../types.js';

/** Unit words a buyer counts goods in, for cues that need a quantity ("30 rolls more"). */
const UNITS = 'pcs|pc|pieces|units|sets|cartons|ctns|boxes|bags|rolls|pallets|containers|container|tons|tonnes|mt|kg|kgs|pairs|dozen|bundles|trucks|lots|drums|sheets|metres|meters|bales|bottles|cases|sacks';
/** Quantities written as words ("I go take two containers"). */
const WORD_NUMBERS = 'two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred';

/** Words before "still available" that make it a person, a post or a slot, not goods in stock. */
const STILL_AVAILABLE_NOT_STOCK: readonly string[] = ['you|u|we|i|he|she|they|team|position|job|role|post|slot|offer|discount|price'];

export const INTENT_CUES: SignalCue[] = [
  // intent.early_qualification
  { id: 'early_qualification.moq_question', type: 'intent.early_qualification', pattern: 'what|what\'s|whats .. moq|moqs|capacity', strength: 0.8 },
  { id: 'early_qualification.moq_bare_question', type: 'intent.early_qualification', pattern: 'moq|moqs ?', strength: 0.7 },
  { id: 'early_qualification.minimum_order_question', type: 'intent.early_qualification', pattern: 'what|what\'s|whats .. minimum|minimal|min order|quantity|qty', strength: 0.8 },
  { id: 'early_qualification.capacity_question', type: 'intent.early_qualification', pattern: 'how many .. can you produce|make|supply|manufacture|ship', strength: 0.8 },
  { id: 'early_qualification.capacity', type: 'intent.early_qualification', pattern: 'production|monthly|daily|annual capacity', strength: 0.6 },
  { id: 'early_qualification.manufacturer_question', type: 'intent.early_qualification', pattern: 'are you|u ?a|an|the manufacturer|factory|trader|trading|producer', strength: 0.8 },
  // "Manufacturers only", "no traders": the buyer screens who may supply.
  { id: 'early_qualification.manufacturers_only', type: 'intent.early_qualification', pattern: 'manufacturers|manufacturer|factories|factory|mills|producers only', strength: 0.75, notBefore: ['#', 'a', 'one', 'two', 'three', 'few'] },
  { id: 'early_qualification.only_manufacturers', type: 'intent.early_qualification', pattern: 'only ?direct manufacturers|factories|mills|producers', strength: 0.75 },
  { id: 'early_qualification.no_traders', type: 'intent.early_qualification', pattern: 'no traders|middlemen|agents|resellers', strength: 0.7, negatable: false },
  { id: 'early_qualification.how_many_workers', type: 'intent.early_qualification', pattern: 'how many workers|employees|staff|engineers|lines|machines', strength: 0.7 },
  { id: 'early_qualification.factory_or_trader', type: 'intent.early_qualification', pattern: 'factory|manufacturer or trading|trader|distributor', strength: 0.8 },
  { id: 'early_qualification.own_factory', type: 'intent.early_qualification', pattern: 'do you have ?your own factory|production', strength: 0.8 },
  { id: 'early_qualification.company_profile', type: 'intent.early_qualification', pattern: 'company profile|introduction|background', strength: 0.7 },
  { id: 'early_qualification.factory_location', type: 'intent.early_qualification', pattern: 'where is|are your factory|company|office|warehouse', strength: 0.7 },
  { id: 'early_qualification.years_in_business', type: 'intent.early_qualification', pattern: 'how long .. in business', strength: 0.6 },
  { id: 'early_qualification.years_in_business', type: 'intent.early_qualification', pattern: 'how long .. operating|operation', strength: 0.6 },
  { id: 'early_qualification.product_range', type: 'intent.early_qualification', pattern: 'product range|portfolio', strength: 0.6 },
  // A request for the catalogue, material to judge the product by. "We received your catalogue" requests nothing.
  { id: 'evaluation.catalog_request', type: 'intent.evaluation', pattern: 'send|share|have|provide|need|want|email|whatsapp|get|any|see .. catalog|catalogue|catalogs|catalogues|brochure|brochures|e-catalog|e-catalogue', strength: 0.6 },
  { id: 'evaluation.catalog_question', type: 'intent.evaluation', pattern: 'catalog|catalogue|brochure ?', strength: 0.6 },
  // Company facts beyond the factory: local agents, offices, a service network ("do you have a dealer in Ghana?").
  { id: 'early_qualification.local_presence', type: 'intent.early_qualification', pattern: 'do|does you|your ?company ?have ?a|an|any ?_ ?_ partner|partners|agent|agents|distributor|distributors|dealer|dealers|office|offices|branch|branches|representative|representatives|showroom|presence|network', strength: 0.65 },
  // Checks that the supplier exists: a live call or tour of the factory, "are you a genuine manufacturer?".
  { id: 'evaluation.video_call', type: 'intent.evaluation', pattern: 'video|zoom|facetime|live|virtual call|tour|walkthrough|audit', strength: 0.6 },
  { id: 'early_qualification.real_factory', type: 'intent.early_qualification', pattern: 'real|genuine|actual|legit|legitimate factory|manufacturer|company|supplier|producer', strength: 0.6 },
  { id: 'early_qualification.main_markets', type: 'intent.early_qualification', pattern: 'main|export products|markets|customers', strength: 0.5 },
  // "Make" and "offer" are left out because "can you make it cheaper" and "can you offer a discount" negotiate.
  { id: 'early_qualification.can_you_produce', type: 'intent.early_qualification', pattern: 'do|can|could you produce|manufacture|supply|sell|export', strength: 0.6 },
  { id: 'early_qualification.oem', type: 'intent.early_qualification', pattern: 'oem|odm|customization|customized', strength: 0.6 },
  { id: 'early_qualification.private_label', type: 'intent.early_qualification', pattern: 'private label', strength: 0.6 },
  // "Is this still available?", "Do you have the steel racks in stock?": a stock question before buying.
  { id: 'early_qualification.still_available', type: 'intent.early_qualification', pattern: 'still available|avail', strength: 0.6, notAfter: STILL_AVAILABLE_NOT_STOCK },
  { id: 'early_qualification.still_in_stock', type: 'intent.early_qualification', pattern: 'still in stock', strength: 0.6 },
  { id: 'early_qualification.in_stock_question', type: 'intent.early_qualification', pattern: 'do|does you|u ?guys have|carry|keep|hold ... in stock', strength: 0.6 },
  { id: 'early_qualification.stock_or_order', type: 'intent.early_qualification', pattern: 'in stock or .. to order', strength: 0.6 },
  // intent.evaluation
  { id: 'evaluation.datasheet', type: 'intent.evaluation', pattern: 'datasheet|datasheets', strength: 0.8 },
  { id: 'evaluation.data_sheet', type: 'intent.evaluation', pattern: 'data|spec|technical|product sheet|sheets', strength: 0.8 },
  { id: 'evaluation.technical_details', type: 'intent.evaluation', pattern: 'technical details|data|parameters|drawing|drawings|information|documents', strength: 0.75 },
  // A request for a report. A buyer who writes "our lab report is attached" sends one and evaluates nothing.
  { id: 'evaluation.test_report', type: 'intent.evaluation', pattern: 'send|share|provide|need|see|get|have|want|require|request|with|and|also|plus|any .. test|lab|inspection|quality|analysis|mill report|reports|results|certificate|certificates', strength: 0.8 },
  { id: 'evaluation.test_report_question', type: 'intent.evaluation', pattern: 'test|lab|inspection|quality|analysis report|reports|certificate|certificates ?', strength: 0.8 },
  // Chemical and material documents: safety data sheet, certificate of analysis, technical data sheet.
  { id: 'evaluation.chemical_documents', type: 'intent.evaluation', pattern: 'msds|sds|coa|tds|coc', strength: 0.7 },
  { id: 'evaluation.share_certificate', type: 'intent.evaluation', pattern: 'send|share|provide|see .. certificate|certificates|certification', strength: 0.75, notBefore: ['of origin'] },
  { id: 'evaluation.have_certificate', type: 'intent.evaluation', pattern: 'do you have .. certificate|certificates|certification|ce|fda|iso|rohs|ul|reach|saso', strength: 0.7, notBefore: ['of origin'] },
  { id: 'evaluation.product_has_certificate', type: 'intent.evaluation', pattern: 'do|does your|the|these|this|it|they|yours ... have|carry|hold|meet|pass|comply .. certificate|certificates|certification|certifications|approval|listing|ce|fda|iso|rohs|ul|reach|saso|etl|fcc|bis|ukca|gcc|halal|standard|standards', strength: 0.7 },
  // Questions about what a certificate or listing covers ("is the UL listing for the whole lamp?").
  { id: 'evaluation.certificate_scope', type: 'intent.evaluation', pattern: 'is|are|does|do the|your|this|these|it|they ... listing|listed|certified|certificate|certification|compliant|compliance', strength: 0.6 },
  { id: 'evaluation.guarantee_period', type: 'intent.evaluation', pattern: 'guarantee period', strength: 0.5 },
  { id: 'evaluation.made_of', type: 'intent.evaluation', pattern: 'made of', strength: 0.5 },
  { id: 'evaluation.what_material', type: 'intent.evaluation', pattern: 'what|which .. material|materials', strength: 0.5 },
  { id: 'evaluation.lifespan', type: 'intent.evaluation', pattern: 'lifespan|lifetime', strength: 0.5 },
  { id: 'evaluation.life_span', type: 'intent.evaluation', pattern: 'life span', strength: 0.5 },
  { id: 'evaluation.photos', type: 'intent.evaluation', pattern: 'photos|pictures|video|videos|images of', strength: 0.5 },
  { id: 'evaluation.factory_audit', type: 'intent.evaluation', pattern: 'factory audit|visit|inspection', strength: 0.6 },
  { id: 'evaluation.more_details', type: 'intent.evaluation', pattern: 'more details|information about|on', strength: 0.5 },
  { id: 'evaluation.technical_files', type: 'intent.evaluation', pattern: 'ies|ldt|photometric|lm-80|lm80|tm-21|dialux|cad|dwg|step|3d file|files|data|report|model', strength: 0.75 },
  { id: 'evaluation.send_drawing', type: 'intent.evaluation', pattern: 'send|share|provide|need|want .. drawing|drawings|manual', strength: 0.65 },
  { id: 'evaluation.parameter_question', type: 'intent.evaluation', pattern: 'what|what\'s|whats|which|how .. lumen|lumens|lm/w|efficacy|cri|wattage|voltage|beam|rating|ip|thickness|lifespan|warranty|size|dimension|dimensions|spec|specs|weight', strength: 0.6 },
  { id: 'evaluation.does_it_have', type: 'intent.evaluation', pattern: 'does|do|is|are it|they|this|these|yours have|support|include|come', strength: 0.5 },
  { id: 'evaluation.difference_between', type: 'intent.evaluation', pattern: 'difference between', strength: 0.5 },
  // intent.quotation
  { id: 'quotation.best_you_can', type: 'intent.quotation', pattern: 'best|lowest you|u can do|give|offer', strength: 0.6 },
  { id: 'quotation.quote_imperative', type: 'intent.quotation', pattern: '^ quote', strength: 0.8 },
  { id: 'quotation.please_quote', type: 'intent.quotation', pattern: 'please|kindly|pls|plz quote|offer', strength: 0.85 },
  { id: 'quotation.can_you_quote', type: 'intent.quotation', pattern: 'can|could|would you|u ?please ?pls ?kindly quote|price', strength: 0.85 },
  // A price requested together with documents ("send the catalogue and prices").
  { id: 'quotation.and_price', type: 'intent.quotation', pattern: 'send|share|provide|need|want|require .. and|& ?the ?your ?best price|prices|pricing|quotation|quote|offer', strength: 0.7 },
  // A request to revise a quote is a request for a new price ("total is USD 9,800, could you revise?").
  { id: 'quotation.revise_price', type: 'intent.quotation', pattern: 'revise|reconsider|sharpen|update .. price|prices|pricing|offer|quote|quotation|rate|rates', strength: 0.6 },
  { id: 'quotation.revise_bare', type: 'intent.quotation', pattern: 'revise|reconsider ?it|this|that ?again .|?|!|,', strength: 0.6 },
  { id: 'quotation.what_discount', type: 'intent.quotation', pattern: 'what|which ?_ discount|discounts|rebate', strength: 0.6 },
  { id: 'quotation.how_much_discount', type: 'intent.quotation', pattern: 'how much ?_ discount|discounts|rebate', strength: 0.6 },
  // A stated budget requests an offer for that money ("our budget is about EUR 20,000").
  { id: 'quotation.budget_is', type: 'intent.quotation', pattern: 'budget .. is|of|around|about|approx|approximately|between|upto ?only ?usd|eur|us$|inr|aed|sar|gbp #', strength: 0.6 },
  { id: 'quotation.send_quote', type: 'intent.quotation', pattern: 'send|share|give|provide|need|want|email .. quote|quotation|quotations|offer|price|prices|pricing|rates', strength: 0.85 },
  { id: 'quotation.best_price', type: 'intent.quotation', pattern: 'best|lowest|final|good ?your ?the ?our ?a ?possible ?fob|cif|cfr|exw|ddp|dap|unit price|prices|offer|rate|rates|quote|quotation', strength: 0.8 },
  { id: 'quotation.how_much', type: 'intent.quotation', pattern: 'how much', strength: 0.75 },
  { id: 'quotation.what_price', type: 'intent.quotation', pattern: 'what|what\'s|whats .. price|prices|cost|rate|rates', strength: 0.8 },
  { id: 'quotation.price_question', type: 'intent.quotation', pattern: 'price|prices|pricing|cost ?', strength: 0.7, cancelledBy: ['that', 'this', 'such'] },
  { id: 'quotation.price_please', type: 'intent.quotation', pattern: 'price|prices|rate|rates|quote|quotation|offer pls|please|plz|asap', strength: 0.75 },
  { id: 'quotation.price_list', type: 'intent.quotation', pattern: 'price list', strength: 0.7 },
  { id: 'quotation.rfq', type: 'intent.quotation', pattern: 'rfq|rfqs', strength: 0.8, notAfter: RFQ_REFERENCE_WORDS, notBefore: RFQ_STATUS_WORDS },
  { id: 'quotation.request_for_quote', type: 'intent.quotation', pattern: 'request for quotation|quote|price', strength: 0.85 },
  { id: 'quotation.looking_for_quote', type: 'intent.quotation', pattern: 'looking for ?a|the|your quote|quotation|price|offer', strength: 0.75 },
  { id: 'quotation.looking_for_quote', type: 'intent.quotation', pattern: 'would like ?a|the|your quote|quotation|price|offer', strength: 0.75 },
  { id: 'quotation.incoterm_price', type: 'intent.quotation', pattern: 'fob|cif|cfr|exw|ddp|dap|cnf|c&f price|prices|quote|quotation|rate', strength: 0.6 },
  { id: 'quotation.quotation_for', type: 'intent.quotation', pattern: 'quotation|quote|price|prices for', strength: 0.6 },
  // intent.urgency
  // An away notice points elsewhere for urgent matters ("for anything urgent, write to Dana"): no pressure on the seller.
  { id: 'urgency.asap', type: 'intent.urgency', pattern: 'asap|urgent|urgently|rush', strength: 0.9, cancelledBy: ['anything'] },
  { id: 'urgency.as_soon_as_possible', type: 'intent.urgency', pattern: 'as soon as possible', strength: 0.9 },
  // "Right now" mostly means currently ("the market is slow right now"), so only "right away" is pressure.
  { id: 'urgency.right_away', type: 'intent.urgency', pattern: 'right away', strength: 0.8 },
  { id: 'urgency.immediately', type: 'intent.urgency', pattern: 'immediately|promptly', strength: 0.8 },
  { id: 'urgency.by_today', type: 'intent.urgency', pattern: 'by|before today|tonight|tomorrow|eod|noon', strength: 0.85 },
  // "Today" alone often dates the buyer's own action ("we sent the artwork today"), so it
  // counts only in a request to the seller or a stated need.
  { id: 'urgency.request_today', type: 'intent.urgency', pattern: '^ send|share|reply|revert|respond|confirm|ship|dispatch|deliver|quote|answer|call|give|finalize|finalise|book|update .. today|tonight|tomorrow|eod', strength: 0.7 },
  { id: 'urgency.please_today', type: 'intent.urgency', pattern: 'please|pls|plz|kindly|can|could|you|u ?_ send|share|reply|revert|respond|confirm|ship|dispatch|deliver|quote|answer|call|give|finalize|finalise|book|update .. today|tonight|tomorrow|eod', strength: 0.7 },
  // Indian English "today itself": no later than today.
  { id: 'urgency.today_itself', type: 'intent.urgency', pattern: 'today|tomorrow|tonight itself', strength: 0.8 },
  { id: 'urgency.need_today', type: 'intent.urgency', pattern: 'need|needed|want|required|require|must .. today|tonight|tomorrow|eod', strength: 0.7 },
  { id: 'urgency.deadline', type: 'intent.urgency', pattern: 'deadline', strength: 0.7 },
  { id: 'urgency.time_sensitive', type: 'intent.urgency', pattern: 'time sensitive|critical', strength: 0.8 },
  { id: 'urgency.time_sensitive_hyphen', type: 'intent.urgency', pattern: 'time-sensitive', strength: 0.8 },
  { id: 'urgency.need_quickly', type: 'intent.urgency', pattern: 'need .. quickly|fast|soon|urgently', strength: 0.7 },
  // Thanks for a quick reply praise one that came: no time pressure.
  { id: 'urgency.quick_reply', type: 'intent.urgency', pattern: 'quick|fast|prompt|speedy reply|response|answer|quotation|quote|delivery|turnaround', strength: 0.7, cancelledBy: ['for', 'thanks', 'thank', 'thx', 'appreciate', 'appreciated', 'cheers'] },
  { id: 'urgency.hurry', type: 'intent.urgency', pattern: 'hurry|hurried', strength: 0.8 },
  { id: 'urgency.running_out', type: 'intent.urgency', pattern: 'running out', strength: 0.6 },
  { id: 'urgency.low_on_stock', type: 'intent.urgency', pattern: 'low on stock', strength: 0.6 },
  { id: 'urgency.any_update', type: 'intent.urgency', pattern: 'any update|updates|news|feedback|reply|response', strength: 0.6 },
  { id: 'urgency.reminder', type: 'intent.urgency', pattern: 'reminder', strength: 0.5 },
  { id: 'urgency.bare_question_marks', type: 'intent.urgency', pattern: '^ ??|???|????|?????', strength: 0.6 },
  { id: 'urgency.hello_question_marks', type: 'intent.urgency', pattern: 'hello|hi|hey|sir|dear|friend|there|update|news|reply|answer ??', strength: 0.6 },
  { id: 'urgency.reply_fast', type: 'intent.urgency', pattern: 'reply|respond|answer|revert|confirm .. fast|quickly|soon|asap|urgently|quick', strength: 0.7 },
  { id: 'urgency.customer_waiting', type: 'intent.urgency', pattern: 'customer|customers|client|clients|buyer|boss|everyone ?is|are waiting', strength: 0.6 },
  { id: 'urgency.at_the_earliest', type: 'intent.urgency', pattern: 'at the earliest', strength: 0.7 },
  { id: 'urgency.within_hours', type: 'intent.urgency', pattern: 'within 24|48|12|few hours', strength: 0.8 },
  // intent.purchase
  // Listed modifiers instead of a wildcard, so "place a trial order" stays a sample request.
  { id: 'purchase.place_order', type: 'intent.purchase', pattern: 'place|placing|put|make|raise|issue ?a|an|the|our|my|this|that|your ?first|initial|bulk|big|large|new|repeat|firm|full|final|formal|official|regular|mass|next ?bulk|purchase order|orders|po', strength: 0.85 },
  { id: 'purchase.ready_to_buy', type: 'intent.purchase', pattern: 'ready to|for order|buy|purchase|proceed|sign|pay|push|move|commit|book|place|open|pull|roll|lift|close|finalize|finalise|reorder|restock', strength: 0.85 },
  { id: 'purchase.want_to_buy', type: 'intent.purchase', pattern: 'want|wish|like|plan|planning|intend|going|decided|hoping|looking to ?_ buy|order|purchase|book|import|source|stock|procure', strength: 0.75 },
  { id: 'purchase.lets_proceed', type: 'intent.purchase', pattern: 'let\'s|lets proceed|go|lock|finalize|finalise|close|book|move|order', strength: 0.8 },
  // "Let's do it", not "let's do a video call".
  { id: 'purchase.lets_do_it', type: 'intent.purchase', pattern: 'let\'s|lets do it|this|that|business', strength: 0.8 },
  { id: 'purchase.lets_close_deal', type: 'intent.purchase', pattern: 'let\'s|lets do|close|seal ?the|this|a deal', strength: 0.8 },
  // "Ready to go ahead" is intent. A bare "go ahead" starts the order, so it is an order confirmation.
  { id: 'purchase.go_ahead', type: 'intent.purchase', pattern: 'ready|want|like|wish|happy|decided|prepared|able to go ahead|forward', strength: 0.8 },
  { id: 'purchase.move_forward', type: 'intent.purchase', pattern: 'move|moving forward|ahead with|on', strength: 0.75 },
  { id: 'purchase.proceed_with', type: 'intent.purchase', pattern: 'proceed|proceeding with ?the|this|our|your order|purchase|offer|quote|quotation|deal|po', strength: 0.75 },
  { id: 'purchase.lock_in', type: 'intent.purchase', pattern: 'lock|locking in|it|this|that|them', strength: 0.75 },
  // "Deal." as a sentence of its own accepts the terms just discussed.
  { id: 'purchase.deal_sentence', type: 'intent.purchase', pattern: '^ deal .|!|,|!!|!!!', strength: 0.8 },
  // A payment the buyer promises (Nigerian "I dey pay" is "I will pay"). A payment made is commitment.payment.
  { id: 'purchase.will_pay', type: 'intent.purchase', pattern: 'will|we\'ll|i\'ll|shall|gonna|dey ?_ pay|process|arrange|transfer|remit|wire|release|send|open|organise|organize|sort .. deposit|advance|payment|balance|l/c|lc', strength: 0.7 },
  // A larger or repeated order ("we will triple the volume", "another order is coming shortly").
  { id: 'purchase.repeat_order', type: 'intent.purchase', pattern: 'double|triple|repeat ?the|our|my|this order|orders|po|quantity|quantities|qty|volume', strength: 0.7 },
  { id: 'purchase.next_order', type: 'intent.purchase', pattern: 'next|another|repeat|second|bigger|fresh order|orders|po ?is|are|will ?be coming|soon|shortly|follows|following', strength: 0.7 },
  { id: 'purchase.will_take', type: 'intent.purchase', pattern: 'we\'ll|will take|buy|order|purchase', strength: 0.75, notBefore: ['elsewhere', 'from|with another|other|a|different supplier|suppliers|factory|vendor|company'] },
  { id: 'purchase.interested_buying', type: 'intent.purchase', pattern: 'interested in buying|purchasing|ordering|importing', strength: 0.6 },
  { id: 'purchase.budget_approved', type: 'intent.purchase', pattern: 'budget|purchase|funding|funds ?is|was|has|have|got|been ?been approved|released|sanctioned|cleared', strength: 0.7 },
  { id: 'purchase.deal', type: 'intent.purchase', pattern: 'it\'s|its a deal', strength: 0.85 },
  // A PO announced for later ("PO to follow on Friday", "PO coming this evening", "I'll send the PO this week").
  // A PO attached or already sent is an order confirmation, so "sent" is left out.
  { id: 'purchase.po_to_follow', type: 'intent.purchase', pattern: 'po|lpo|pos ?will|wil|is|shall|to ?be follow|follows|following|coming|come', strength: 0.8 },
  { id: 'purchase.purchase_order_to_follow', type: 'intent.purchase', pattern: 'purchase order ?will|is|shall|to ?be follow|follows|following|coming|come', strength: 0.8 },
  { id: 'purchase.send_po', type: 'intent.purchase', pattern: 'send|sending|issue|issuing|release|releasing|raise|raising|forward|email ?you|u the|our|a|my ?final|formal|official|new|firm po|lpo', strength: 0.75, notBefore: ['number', 'no', 'copy', 'ref', 'format', 'template', 'details'] },
  // A PO without an article counts only after a promise ("will send PO"), because Filipino "po" is a polite word ("send po the PI").
  { id: 'purchase.will_send_po', type: 'intent.purchase', pattern: 'will|wil|we\'ll|i\'ll|shall|gonna|go send|issue|release|raise po|lpo', strength: 0.75, notBefore: ['number', 'no', 'copy', 'ref', 'format', 'template', 'details', 'the', 'ng', 'na', 'sa', 'ang', 'yung'] },
  { id: 'purchase.sending_po', type: 'intent.purchase', pattern: '^ sending po|lpo', strength: 0.75, notBefore: ['number', 'no', 'copy', 'ref', 'the', 'ng', 'na', 'sa', 'ang', 'yung'] },
  // A repeat order in chat ("reorder the blue mugs", "we'll order again after the holidays", "same again please").
  // "Maybe we will order again" is a "maybe later".
  { id: 'purchase.reorder', type: 'intent.purchase', pattern: 'reorder|re-order|reordering|re-ordering|restock|re-stock', strength: 0.7, notBefore: ['point', 'level', 'levels'], cancelledBy: ['you', 'u', 'maybe', 'perhaps', 'might', 'the', 'a', 'on', 'for', 'our', 'your', 'before', 'until', 'when'] },
  { id: 'purchase.order_again', type: 'intent.purchase', pattern: 'order|ordering|buy|buying ?from ?you|u|it|them again|ulit|tena', strength: 0.7, cancelledBy: ['maybe', 'perhaps', 'might', 'if', 'before', 'until'] },
  { id: 'purchase.same_again', type: 'intent.purchase', pattern: 'same again', strength: 0.7 },
  { id: 'purchase.same_order_again', type: 'intent.purchase', pattern: 'same order again|ulit|tena|next|pls|please', strength: 0.7 },
  // More of the same: "send another 60 units", "prepare the next 3x40HQ", "book 4 more pallets".
  { id: 'purchase.another_lot', type: 'intent.purchase', pattern: 'send|load|prepare|arrange|book|reserve|run|do|put|take|need|want|wan|carry|order|add|get|ready ?me|us|una ?down|in ?for ?the|an another|more|extra|additional|next #', strength: 0.7, notBefore: ['day', 'days', 'week', 'weeks', 'month', 'months', 'hour', 'hours', 'year', 'years', 'sample', 'samples', 'percent'], cancelledBy: ['may', 'might', 'maybe', 'perhaps', 'probably'] },
  { id: 'purchase.next_lot', type: 'intent.purchase', pattern: 'book|reserve|prepare|arrange|order|put|run|ready ?me|us ?the another|next|2nd|second|fresh|same lot|batch|order|container|round|run|load|truck|consignment', strength: 0.7 },
  { id: 'purchase.more_units', type: 'intent.purchase', pattern: `book|send|prepare|arrange|reserve|need|want|wan|carry|take|order|add|for|run|load|but|plus # ?${UNITS} more|extra`, strength: 0.7, notBefore: ['day', 'days', 'week', 'weeks', 'month', 'months', 'hour', 'hours', 'year', 'years', 'time', 'times', 'than', 'sample', 'samples', 'percent'] },
  { id: 'purchase.put_us_down', type: 'intent.purchase', pattern: 'put|pencil|sign|count|book|reserve us|me down|in|up|for', strength: 0.75 },
  // A go-ahead in chat: "we're good to go on the 900 sets", "we're in!", "that's a yes from us".
  { id: 'purchase.good_to_go', type: 'intent.purchase', pattern: 'good to go', strength: 0.7, statementOnly: true },
  { id: 'purchase.were_in', type: 'intent.purchase', pattern: 'we\'re|were|i\'m|im in .|!|,|for', strength: 0.7 },
  { id: 'purchase.a_yes', type: 'intent.purchase', pattern: 'that\'s|thats|it\'s|its a yes', strength: 0.7 },
  // A subject and a promise with a quantity: Nigerian "I go take 4 containers", Indian "we can lift 30 MT",
  // "we will book 2 containers", "I wan carry 15 cartons", Singapore "I take 1,500 pcs today".
  { id: 'purchase.we_take_quantity', type: 'intent.purchase', pattern: 'we|i|we\'ll|i\'ll|we\'d|i\'d ?can|will|shall|go|fit|wan|dey|would|then take|book|lift|carry|place|buy ?you|u ?the|a|an|another|all|both|first #', strength: 0.75, statementOnly: true, notBefore: ['day', 'days', 'week', 'weeks', 'month', 'months', 'hour', 'hours', 'percent', 'a', 'per', 'each'] },
  // "Confirm" with a modal only: "we confirm 2 x 40HQ" in the present confirms an order.
  { id: 'purchase.we_will_confirm_quantity', type: 'intent.purchase', pattern: 'we|i will|can|shall|would|go|fit confirm|order ?you|u ?the|a|an|another|all|both|first #', strength: 0.75, statementOnly: true, notBefore: ['day', 'days', 'week', 'weeks', 'month', 'months', 'percent', 'a', 'per', 'each'] },
  { id: 'purchase.we_ll_confirm_quantity', type: 'intent.purchase', pattern: 'we\'ll|i\'ll confirm|order ?you|u ?the|a|an|another|all|both|first #', strength: 0.75, statementOnly: true, notBefore: ['day', 'days', 'week', 'weeks', 'month', 'months', 'percent', 'a', 'per', 'each'] },
  { id: 'purchase.we_take_whole', type: 'intent.purchase', pattern: 'we|i|we\'ll|i\'ll|we\'d|i\'d|will|shall|can|would take|buy|book|lift ?the full|whole|entire lot|container|quantity|volume|program|programme|assortment|run|range|order', strength: 0.75, statementOnly: true },
  { id: 'purchase.we_take_it', type: 'intent.purchase', pattern: 'we|i take it|them|all .|!|,', strength: 0.7 },
  // A figure and the buyer's promise: "give me 3.05 and we close now", "match 88 and we will lift 3 trucks".
  // NOTE: the labeling guide reads such conditional commitments as purchase, but several training writers did not label them.
  { id: 'purchase.figure_and_we', type: 'intent.purchase', pattern: '# ... and|then we|i|we\'ll|i\'ll ?will|can|go|fit|shall take|order|book|lift|confirm|sign|close|commit|place|pay|buy|issue|open|move|proceed|finalise|finalize|wire', strength: 0.7 },
  { id: 'purchase.and_we_close', type: 'intent.purchase', pattern: 'and|then|make we|i close|finalise|finalize ?it|am|this|now|today', strength: 0.7, notBefore: ['shop', 'store', 'down', 'the', 'my', 'our', 'account'] },
  // A closing word as a condition's reward: "you've got a deal", "the order is yours", "you'll get the business".
  { id: 'purchase.got_a_deal', type: 'intent.purchase', pattern: 'we|you|u|we\'ve|you\'ve|youve|weve have|got|\'ve a deal', strength: 0.8, notBefore: ['from', 'with', 'elsewhere'] },
  { id: 'purchase.order_is_yours', type: 'intent.purchase', pattern: 'order|business|po|contract|deal|volume is|are yours', strength: 0.8 },
  { id: 'purchase.you_get_the_order', type: 'intent.purchase', pattern: 'you\'ll|you|u ?will get|have|win|got the|our|my ?whole|full|entire order|business|po|contract|volume', strength: 0.7, cancelledBy: ['did', 'if', 'do', 'have'] },
  { id: 'purchase.consider_it_done', type: 'intent.purchase', pattern: 'consider it|this|that ?our|a|an|as ?a deal|done|go|go-ahead|green|confirmed|booked|ordered', strength: 0.8 },
  // The buyer's own go-ahead with a subject: "we'll go ahead", "we are going ahead with the 1,800 jars".
  { id: 'purchase.we_go_ahead', type: 'intent.purchase', pattern: 'we|i|we\'ll|i\'ll|we\'re|i\'m|are|am|shall|will|can|we\'d|i\'d go|going ahead', strength: 0.8, statementOnly: true, cancelledBy: ['before', 'until', 'unless', 'whether'] },
  { id: 'purchase.we_go_with', type: 'intent.purchase', pattern: 'we|i|we\'ll|i\'ll|we\'re|i\'m|will|shall|gonna|we\'d|i\'d go|going with|for the|your|option|it|that|this|full|whole|both', strength: 0.7, statementOnly: true, cancelledBy: ['before', 'until', 'unless', 'whether'] },
  { id: 'purchase.we_go_for_quantity', type: 'intent.purchase', pattern: 'we|i|we\'ll|i\'ll|we\'re|i\'m|will|shall|gonna|we\'d|i\'d go|going with|for #', strength: 0.7, statementOnly: true, cancelledBy: ['before', 'until', 'unless', 'whether'], notBefore: ['day', 'days', 'week', 'weeks', 'month', 'months', 'percent'] },
  { id: 'purchase.we_proceed', type: 'intent.purchase', pattern: 'we|we\'ll|i\'ll|will|shall|can|would|we\'d|like|then proceed|proceeding', strength: 0.75, statementOnly: true, cancelledBy: ['before', 'until', 'unless', 'how', 'whether', 'only'] },
  { id: 'purchase.like_to_proceed', type: 'intent.purchase', pattern: 'like|wish|want|ready|happy|keen|prepared|decided to proceed', strength: 0.75, statementOnly: true, cancelledBy: ['before', 'until', 'unless', 'how', 'whether'] },
  // "Let's do 900 to start", "let's start with a 20ft", "let us proceed", "let's make this happen".
  { id: 'purchase.lets_do_quantity', type: 'intent.purchase', pattern: 'let\'s|lets do|start|get|book|go|try ?with|for ?the|a|an ?first|initial #', strength: 0.75 },
  { id: 'purchase.lets_do_the_whole', type: 'intent.purchase', pattern: 'let\'s|lets do|take|go ?with|for the full|whole|entire', strength: 0.75 },
  { id: 'purchase.let_us_proceed', type: 'intent.purchase', pattern: 'let us proceed|order|book|finalize|finalise|close|lock|move|go', strength: 0.75 },
  { id: 'purchase.lets_make_it_happen', type: 'intent.purchase', pattern: 'let\'s|lets make it|this|that happen', strength: 0.7 },
  { id: 'purchase.lets_get_going', type: 'intent.purchase', pattern: 'let\'s|lets get ?_ ?_ going|started|moving|rolling|made|booked|ordered|done|signed', strength: 0.7 },
  { id: 'purchase.crack_on', type: 'intent.purchase', pattern: 'crack on', strength: 0.6 },
  // Filipino English "let's push through" goes ahead with the deal.
  { id: 'purchase.push_through', type: 'intent.purchase', pattern: 'let\'s|lets|we\'ll|will|we push through', strength: 0.7 },
  // Documents asked for with the payment or signature that follows: "send invoice make I pay",
  // "PI please and we'll wire same day", "send the contract over and we'll get it signed".
  { id: 'purchase.document_then_pay', type: 'intent.purchase', pattern: 'pi|proforma|invoice|contract|account|paperwork|agreement ?over|through|please|pls|asap ?, and|so|make|then we|i|we\'ll|i\'ll|we\'re ?will|can|go|fit|dey|shall|would ?_ pay|sign|wire|transfer|open|remit|release|issue|get', strength: 0.75 },
  { id: 'purchase.send_pi_for_quantity', type: 'intent.purchase', pattern: 'send|share|prepare|issue|make|raise ?me|us ?the|a|your ?new|updated|revised|final pi|proforma|invoice|contract for ?the|another|next #', strength: 0.6 },
  // Pidgin and chat payment promises: "make I pay", "I dey pay tomorrow", "we will open LC this week".
  { id: 'purchase.make_i_pay', type: 'intent.purchase', pattern: 'make i|we pay|transfer|wire|send', strength: 0.7 },
  { id: 'purchase.i_dey_pay', type: 'intent.purchase', pattern: 'i|we dey pay|transfer|send|wire', strength: 0.65 },
  { id: 'purchase.we_open_lc', type: 'intent.purchase', pattern: 'we|i|we\'ll|i\'ll ?will|shall open|issue|establish ?the|an|a lc|l/c', strength: 0.7, cancelledBy: ['before', 'until', 'if', 'once', 'when'] },
  // Readiness in Pidgin and Jamaican English: "I don ready", "mi ready fi order", "we're ready with the deposit".
  { id: 'purchase.i_don_ready', type: 'intent.purchase', pattern: 'don ready', strength: 0.7 },
  { id: 'purchase.ready_fi', type: 'intent.purchase', pattern: 'ready fi order|buy|tek|take|pay', strength: 0.75 },
  { id: 'purchase.ready_with_deposit', type: 'intent.purchase', pattern: 'ready with ?the|our deposit|payment|money|lc|l/c|funds|advance', strength: 0.7 },
  { id: 'purchase.happy_to_order', type: 'intent.purchase', pattern: 'happy|keen|glad|pleased|excited|eager to move|order|place|book|reorder|commit|sign', strength: 0.7, notBefore: ['sample', 'samples', 'swatch', 'swatches'] },
  { id: 'purchase.happy_to_go_again', type: 'intent.purchase', pattern: 'happy|keen|glad|ready to go again', strength: 0.7 },
  { id: 'purchase.get_an_order_in', type: 'intent.purchase', pattern: 'get|put ?an|the|our|my|this ?first order|po|orders in|through', strength: 0.7 },
  // A conditional or firm commitment: "we'd commit to a standing monthly order", "I sign today".
  { id: 'purchase.we_commit', type: 'intent.purchase', pattern: 'we|i|we\'d|i\'d|we\'ll|i\'ll|will|would|can|shall commit|sign|committing', strength: 0.7, statementOnly: true, cancelledBy: ['before', 'until', 'unless', 'when', 'once'] },
  { id: 'purchase.give_you_the_volume', type: 'intent.purchase', pattern: 'give|shift|put ?you|u ?the|our|a ?full|whole|entire|regular|all ?_ order|orders|business|volume|requirement|requirements|programme|program', strength: 0.7 },
  // Filipino, South Asian, Swahili and US Southern chat forms: "go na tayo", "order na kami",
  // "pa-book po", "2 containers book karo", Bengali English "order dibo", "tutaagiza tena", "fixin' to order".
  { id: 'purchase.go_na', type: 'intent.purchase', pattern: 'go|g na ?po ?tayo|kami|po', strength: 0.7 },
  { id: 'purchase.order_na', type: 'intent.purchase', pattern: 'order|bili na', strength: 0.7 },
  { id: 'purchase.final_na', type: 'intent.purchase', pattern: 'final na .|!|,|po', strength: 0.65 },
  { id: 'purchase.pa_reserve', type: 'intent.purchase', pattern: 'pa-reserve|pa-book|pa-order|pareserve|pabook', strength: 0.7 },
  { id: 'purchase.hinglish_book', type: 'intent.purchase', pattern: 'book|final|confirm|order karo|kar|kardo|karna|samjho|dibo|denge', strength: 0.7 },
  { id: 'purchase.swahili_order', type: 'intent.purchase', pattern: 'tutaagiza|nitaagiza|tunaagiza', strength: 0.7 },
  { id: 'purchase.fixin_to', type: 'intent.purchase', pattern: 'fixin\'|fixin|fixing to order|buy|get', strength: 0.7 },
  // Closing words: "Sold.", "Deal?", "$4.40 it is."
  { id: 'purchase.sold_sentence', type: 'intent.purchase', pattern: '^ sold .|!|,', strength: 0.75 },
  { id: 'purchase.deal_question', type: 'intent.purchase', pattern: '^ deal ?', strength: 0.65 },
  { id: 'purchase.figure_it_is', type: 'intent.purchase', pattern: '# it is .|!|,', strength: 0.7 },
  { id: 'purchase.don_decide', type: 'intent.purchase', pattern: 'don decide', strength: 0.65 },
  // Starting bulk goods ("please start bulk production"). A plain "start production" mostly follows a payment
  // already made, and "When can you start mass production?" is a question about the lead time.
  { id: 'purchase.start_bulk', type: 'intent.purchase', pattern: 'start|begin|commence ?the bulk|mass production|dyeing|manufacturing|order', strength: 0.75, cancelledBy: ['when', 'you', 'u', 'before', 'after'] },
  { id: 'purchase.order_will_come', type: 'intent.purchase', pattern: 'order|orders will|shall|is ?be come|coming|follow', strength: 0.6, cancelledBy: ['when', 'my', 'our', 'the', 'your'] },
  { id: 'purchase.next_order_is', type: 'intent.purchase', pattern: 'next|new|another order is|will ?be #', strength: 0.7 },
  { id: 'purchase.please_book', type: 'intent.purchase', pattern: 'please|pls|plz|kindly book|reserve ?me|us ?the|another|more|next #', strength: 0.75, notBefore: ['day', 'days', 'week', 'weeks', 'sample', 'samples', 'percent'] },
  { id: 'purchase.please_book_order', type: 'intent.purchase', pattern: 'please|pls|plz|kindly book|reserve ?me|us the|our|my|next|same|another order|lot|batch|container|containers', strength: 0.75 },
  { id: 'purchase.we_finalise', type: 'intent.purchase', pattern: 'we|we\'ll|will|can|are|we\'re|then finalise|finalize|finalising|finalizing', strength: 0.65, statementOnly: true, cancelledBy: ['before', 'until', 'unless', 'whether'] },
  // Quantities to prepare or book: "prepare 4 containers", "kindly book 2 x 40HQ for July".
  { id: 'purchase.prepare_quantity', type: 'intent.purchase', pattern: 'prepare|book|arrange|reserve ?me|us ?the #', strength: 0.7, cancelledBy: ['you', 'u'], notBefore: ['day', 'days', 'week', 'weeks', 'sample', 'samples', 'percent'] },
  { id: 'purchase.take_word_number', type: 'intent.purchase', pattern: `we|i|we\'ll|i\'ll ?can|will|shall|go|fit|wan|would take|book|lift|carry|buy ${WORD_NUMBERS} ?more ${UNITS}`, strength: 0.7, statementOnly: true },
  { id: 'purchase.chat_go_ahead', type: 'intent.purchase', pattern: 'yeah|yep|yup|sure|alright|fine|sige|oya go ahead', strength: 0.7 },
  { id: 'purchase.proceed_sentence', type: 'intent.purchase', pattern: '^ proceed .|!|,', strength: 0.7 },
  // Pidgin "I go order am" (I will order it).
  { id: 'purchase.pidgin_order_am', type: 'intent.purchase', pattern: 'i|we go|wan|dey|fit order|buy|take|carry am', strength: 0.7 },
  // Hindi-English "8k pcs ka order", "29 karo to order final".
  { id: 'purchase.ka_order', type: 'intent.purchase', pattern: 'ka order', strength: 0.6 },
  { id: 'purchase.order_final', type: 'intent.purchase', pattern: 'order final|pakka', strength: 0.6 },
  // A payment promised with a day: "I'll wire tomorrow", "we pay the deposit on Tuesday", "payment will be done tomorrow".
  { id: 'purchase.will_wire_day', type: 'intent.purchase', pattern: 'we\'ll|i\'ll|will|shall transfer|wire|remit|pay ?it|you today|tomorrow|tonight|this|next|same|immediately|now|asap|monday|tuesday|wednesday|thursday|friday|saturday|sunday', strength: 0.7 },
  { id: 'purchase.we_pay_day', type: 'intent.purchase', pattern: 'we|i pay|wire|transfer|send ?the|our ?# ?deposit|advance this|next|today|tomorrow|tonight|immediately|monday|tuesday|wednesday|thursday|friday|saturday|sunday', strength: 0.7 },
  { id: 'purchase.payment_will_be_done', type: 'intent.purchase', pattern: 'payment|deposit|advance|money will|shall be done|made|arranged|sent|released|transferred|ready|wired', strength: 0.65 },
  // A request for the proforma or contract: the buyer takes the step before ordering ("Rate fine, send the PI").
  // About two in three such requests in the training rounds are labeled intent.purchase as well as invoice_request.
  { id: 'purchase.send_pi', type: 'intent.purchase', pattern: 'send|share|prepare|issue|make|raise|email|whatsapp|tuma ?me|us ?the|a|your ?new|updated|revised|final pi|proforma|contract', strength: 0.6 },
  { id: 'purchase.pi_please', type: 'intent.purchase', pattern: 'pi|proforma please|pls|plz|bana|bhej|bhejo', strength: 0.6 },
];
