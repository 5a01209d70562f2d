/**
 * English intent cues. Each pattern uses the phrase syntax of `text/phrases.ts`;
 * strength is the weight of one match in [0, 1].
 */
import type { SignalCue } from '../types.js';

export const INTENT_CUES: SignalCue[] = [
  // intent.early_qualification
  { id: 'early_qualification.moq_question', type: 'intent.early_qualification', pattern: 'what|what\'s|whats .. moq|moqs|capacity', strength: 0.8 },
  { id: 'early_qualification.moq_bare_question', type: 'intent.early_qualification', pattern: 'moq|moqs ?', strength: 0.7 },
  { id: 'early_qualification.minimum_order_question', type: 'intent.early_qualification', pattern: 'what|what\'s|whats .. minimum|minimal|min order|quantity|qty', strength: 0.8 },
  { id: 'early_qualification.capacity_question', type: 'intent.early_qualification', pattern: 'how many .. can you produce|make|supply|manufacture|ship', strength: 0.8 },
  { id: 'early_qualification.capacity', type: 'intent.early_qualification', pattern: 'production|monthly|daily|annual capacity', strength: 0.6 },
  { id: 'early_qualification.manufacturer_question', type: 'intent.early_qualification', pattern: 'are you|u ?a|an|the manufacturer|factory|trader|trading|producer', strength: 0.8 },
  { id: 'early_qualification.how_many_workers', type: 'intent.early_qualification', pattern: 'how many workers|employees|staff|engineers|lines|machines', strength: 0.7 },
  { id: 'early_qualification.factory_or_trader', type: 'intent.early_qualification', pattern: 'factory|manufacturer or trading|trader|distributor', strength: 0.8 },
  { id: 'early_qualification.own_factory', type: 'intent.early_qualification', pattern: 'do you have ?your own factory|production', strength: 0.8 },
  { id: 'early_qualification.company_profile', type: 'intent.early_qualification', pattern: 'company profile|introduction|background', strength: 0.7 },
  { id: 'early_qualification.factory_location', type: 'intent.early_qualification', pattern: 'where is|are your factory|company|office|warehouse', strength: 0.7 },
  { id: 'early_qualification.years_in_business', type: 'intent.early_qualification', pattern: 'how long .. in business|operating', strength: 0.6 },
  { id: 'early_qualification.product_range', type: 'intent.early_qualification', pattern: 'product range|portfolio', strength: 0.6 },
  // A request for the catalogue, material to judge the product by. "We received your catalogue" requests nothing.
  { id: 'evaluation.catalog_request', type: 'intent.evaluation', pattern: 'send|share|have|provide|need|want|email|whatsapp|get|any|see .. catalog|catalogue|catalogs|catalogues|brochure|brochures|e-catalog|e-catalogue', strength: 0.6 },
  { id: 'evaluation.catalog_question', type: 'intent.evaluation', pattern: 'catalog|catalogue|brochure ?', strength: 0.6 },
  // Company facts beyond the factory: local agents, offices, a service network ("do you have a dealer in Ghana?").
  { id: 'early_qualification.local_presence', type: 'intent.early_qualification', pattern: 'do|does you|your ?company ?have ?a|an|any ?_ ?_ partner|partners|agent|agents|distributor|distributors|dealer|dealers|office|offices|branch|branches|representative|representatives|showroom|presence|network', strength: 0.65 },
  // Checks that the supplier exists: a live call or tour of the factory, "are you a genuine manufacturer?".
  { id: 'early_qualification.video_call', type: 'intent.early_qualification', pattern: 'video|zoom|facetime|live|virtual call|tour|walkthrough|audit', strength: 0.6 },
  { id: 'early_qualification.real_factory', type: 'intent.early_qualification', pattern: 'real|genuine|actual|legit|legitimate factory|manufacturer|company|supplier|producer', strength: 0.6 },
  { id: 'early_qualification.main_markets', type: 'intent.early_qualification', pattern: 'main|export products|markets|customers', strength: 0.5 },
  // "Make" and "offer" are left out because "can you make it cheaper" and "can you offer a discount" negotiate.
  { id: 'early_qualification.can_you_produce', type: 'intent.early_qualification', pattern: 'do|can|could you produce|manufacture|supply|sell|export', strength: 0.6 },
  { id: 'early_qualification.oem', type: 'intent.early_qualification', pattern: 'oem|odm|customization|customized', strength: 0.6 },
  { id: 'early_qualification.private_label', type: 'intent.early_qualification', pattern: 'private label', strength: 0.6 },
  // intent.evaluation
  { id: 'evaluation.datasheet', type: 'intent.evaluation', pattern: 'datasheet|datasheets', strength: 0.8 },
  { id: 'evaluation.data_sheet', type: 'intent.evaluation', pattern: 'data|spec|technical|product sheet|sheets', strength: 0.8 },
  { id: 'evaluation.technical_details', type: 'intent.evaluation', pattern: 'technical details|data|parameters|drawing|drawings|information|documents', strength: 0.75 },
  // A request for a report. A buyer who writes "our lab report is attached" sends one and evaluates nothing.
  { id: 'evaluation.test_report', type: 'intent.evaluation', pattern: 'send|share|provide|need|see|get|have|want|require|request|with|and|also|plus|any .. test|lab|inspection|quality|analysis|mill report|reports|results|certificate|certificates', strength: 0.8 },
  { id: 'evaluation.test_report_question', type: 'intent.evaluation', pattern: 'test|lab|inspection|quality|analysis report|reports|certificate|certificates ?', strength: 0.8 },
  // Chemical and material documents: safety data sheet, certificate of analysis, technical data sheet.
  { id: 'evaluation.chemical_documents', type: 'intent.evaluation', pattern: 'msds|sds|coa|tds|coc', strength: 0.7 },
  { id: 'evaluation.share_certificate', type: 'intent.evaluation', pattern: 'send|share|provide|see .. certificate|certificates|certification', strength: 0.75 },
  { id: 'evaluation.have_certificate', type: 'intent.evaluation', pattern: 'do you have .. certificate|certificates|certification|ce|fda|iso|rohs|ul|reach|saso', strength: 0.7 },
  { id: 'evaluation.product_has_certificate', type: 'intent.evaluation', pattern: 'do|does your|the|these|this|it|they|yours ... have|carry|hold|meet|pass|comply .. certificate|certificates|certification|certifications|approval|listing|ce|fda|iso|rohs|ul|reach|saso|etl|fcc|bis|ukca|gcc|halal|standard|standards', strength: 0.7 },
  // Questions about what a certificate or listing covers ("is the UL listing for the whole lamp?").
  { id: 'evaluation.certificate_scope', type: 'intent.evaluation', pattern: 'is|are|does|do the|your|this|these|it|they ... listing|listed|certified|certificate|certification|compliant|compliance', strength: 0.6 },
  { id: 'evaluation.warranty', type: 'intent.evaluation', pattern: 'warranty', strength: 0.5 },
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
  { id: 'quotation.price_question', type: 'intent.quotation', pattern: 'price|prices|pricing|cost ?', strength: 0.7 },
  { id: 'quotation.price_please', type: 'intent.quotation', pattern: 'price|prices|rate|rates|quote|quotation|offer pls|please|plz|asap', strength: 0.75 },
  { id: 'quotation.price_list', type: 'intent.quotation', pattern: 'price list', strength: 0.7 },
  { id: 'quotation.rfq', type: 'intent.quotation', pattern: 'rfq|rfqs', strength: 0.8 },
  { id: 'quotation.request_for_quote', type: 'intent.quotation', pattern: 'request for quotation|quote|price', strength: 0.85 },
  { id: 'quotation.looking_for_quote', type: 'intent.quotation', pattern: 'looking for|would like ?a|the|your quote|quotation|price|offer', strength: 0.75 },
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
  { id: 'urgency.follow_up', type: 'intent.urgency', pattern: 'reminder|following|follow|chasing up|on', strength: 0.55 },
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
  { id: 'purchase.ready_to_buy', type: 'intent.purchase', pattern: 'ready to|for order|buy|purchase|proceed|sign|pay', strength: 0.85 },
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
  { id: 'purchase.will_pay', type: 'intent.purchase', pattern: 'will|we\'ll|i\'ll|shall|gonna|dey ?_ pay|process|arrange|transfer|remit|wire|release .. deposit|advance|payment|balance|l/c|lc', strength: 0.7 },
  // A larger or repeated order ("we will triple the volume", "another order is coming shortly").
  { id: 'purchase.repeat_order', type: 'intent.purchase', pattern: 'double|triple|repeat ?the|our|my|this order|orders|quantity|quantities|qty|volume', strength: 0.7 },
  { id: 'purchase.next_order', type: 'intent.purchase', pattern: 'next|another|repeat|second|bigger|fresh order|orders|po ?is|are|will ?be coming|soon|shortly|follows|following', strength: 0.7 },
  { id: 'purchase.will_take', type: 'intent.purchase', pattern: 'we\'ll|will take|buy|order|purchase', strength: 0.75 },
  { id: 'purchase.interested_buying', type: 'intent.purchase', pattern: 'interested in buying|purchasing|ordering|importing', strength: 0.6 },
  { id: 'purchase.budget_approved', type: 'intent.purchase', pattern: 'budget|purchase|funding|funds ?is|was|has|have|got|been ?been approved|released|sanctioned|cleared', strength: 0.7 },
  { id: 'purchase.deal', type: 'intent.purchase', pattern: 'it\'s|its a deal', strength: 0.85 },
];
