/**
 * English commitment cues. Each pattern uses the phrase syntax of `text/phrases.ts`;
 * strength is the weight of one match in [0, 1].
 */
import { RECEIVED_WORDS } from '../neutral.js';
import type { SignalCue } from '../types.js';

export const COMMITMENT_CUES: SignalCue[] = [
  // commitment.detailed_specs
  { id: 'detailed_specs.attached_drawing', type: 'commitment.detailed_specs', pattern: 'attached|attach|attaching|enclosed|find|see .. drawing|drawings|spec|specs|specification|specifications|requirements|bom|datasheet|sketch', strength: 0.8 },
  { id: 'detailed_specs.our_requirements', type: 'commitment.detailed_specs', pattern: 'our|my requirements|specifications|specs|requirement', strength: 0.6 },
  { id: 'detailed_specs.requirements_colon', type: 'commitment.detailed_specs', pattern: 'requirements|requirement|required|specs|spec|specifications|specification :', strength: 0.7 },
  // A lone spec word ("size XL", "our current supplier", "export grade", "nice finish") is no
  // specification, so sizes, voltages and materials count only as values, through the entity rule
  // that needs three concrete facts. Material and chemical properties with a limit count here
  // ("moisture max 0.5", "purity: 99.5").
  // Branding the buyer sets: "printed with our logo", "logo embroidered on the chest".
  { id: 'detailed_specs.our_logo', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'with|print|printed|put|add|our|my|company|customer\'s logo|logos', strength: 0.4 },
  { id: 'detailed_specs.logo_finish', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'logo printed|printing|embroidered|embroidery|engraved|engraving|embossed|debossed|laser', strength: 0.4 },
  { id: 'detailed_specs.property_value', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'purity|assay|moisture|absorption|viscosity|density|ash|fineness|mesh|whiteness|hardness|tensile|elongation|melting|concentration ?content ?value ?min|max|minimum|maximum|: #', strength: 0.6 },
  // commitment.invoice_request
  { id: 'invoice_request.proforma', type: 'commitment.invoice_request', pattern: 'proforma|pro-forma', strength: 0.9, cancelledBy: RECEIVED_WORDS },
  { id: 'invoice_request.send_pi', type: 'commitment.invoice_request', pattern: 'send|issue|prepare|share .. pi', strength: 0.85 },
  { id: 'invoice_request.invoice', type: 'commitment.invoice_request', pattern: 'send|issue|prepare|share|need|make|update|revise|correct .. invoice', strength: 0.8 },
  { id: 'invoice_request.contract', type: 'commitment.invoice_request', pattern: 'send|prepare|draft|share|sign .. contract|agreement', strength: 0.8 },
  // A request for bank details. "Your bank details look different" doubts them and requests nothing.
  { id: 'invoice_request.bank_details', type: 'commitment.invoice_request', pattern: 'send|share|provide|give|need|want|require|request|with|and|confirm|email|whatsapp|mention|include .. bank|banking|beneficiary|account details|account|info|information|detail', strength: 0.85 },
  { id: 'invoice_request.bank_details_please', type: 'commitment.invoice_request', pattern: 'bank|banking|beneficiary|account details|info|information pls|please|plz|kindly|asap|?', strength: 0.8 },
  { id: 'invoice_request.waiting_for_pi', type: 'commitment.invoice_request', pattern: 'waiting|awaiting|await ?for ?the|your ?updated|revised|new|corrected|amended|final ?_ pi|proforma|invoice|contract', strength: 0.8 },
  { id: 'invoice_request.updated_pi', type: 'commitment.invoice_request', pattern: 'updated|revised|corrected|amended pi|proforma|invoice|contract', strength: 0.7 },
  { id: 'invoice_request.swift_iban', type: 'commitment.invoice_request', pattern: 'your swift|iban|beneficiary', strength: 0.8 },
  // commitment.delivery_terms
  { id: 'delivery_terms.deliver_to', type: 'commitment.delivery_terms', pattern: 'deliver|delivered|delivery|ship|shipped|shipping|send|dispatch|dispatched to', strength: 0.55 },
  { id: 'delivery_terms.ship_by', type: 'commitment.delivery_terms', pattern: 'ship|deliver|dispatch|load ?it|them|goods|everything|all|out by|before|latest|within', strength: 0.55 },
  { id: 'delivery_terms.destination_port', type: 'commitment.delivery_terms', pattern: 'destination|discharge port', strength: 0.7 },
  { id: 'delivery_terms.port_of_destination', type: 'commitment.delivery_terms', pattern: 'port of discharge|destination|loading', strength: 0.7 },
  // The goods' destination or deadline must follow, because "the money should reach you" is no delivery term.
  { id: 'delivery_terms.must_arrive', type: 'commitment.delivery_terms', pattern: 'must|should|need|needs|has|have .. arrive|reach|land us|our|here|at|in|by|before|latest|within|on', strength: 0.7 },
  { id: 'delivery_terms.must_be_delivered', type: 'commitment.delivery_terms', pattern: 'must|should ?be delivered', strength: 0.7 },
  { id: 'delivery_terms.delivery_date', statementOnly: true, type: 'commitment.delivery_terms', pattern: 'delivery|shipment|shipping date', strength: 0.5 },
  // Packing instructions ("pack 12 per box", "palletized and shrink-wrapped"). A carton mentioned as
  // a thing ("the cartons arrived wet") is no delivery term.
  { id: 'delivery_terms.packing', type: 'commitment.delivery_terms', pattern: 'pack|packed|packing|palletize|palletized|palletise|palletised|palletizing|shrink-wrapped|shrink-wrap', strength: 0.45, notBefore: ['list', 'lists', 'slip', 'slips'] },
  { id: 'delivery_terms.packing_must', type: 'commitment.delivery_terms', pattern: 'pallet|pallets|carton|cartons|packing|packaging|boxes|bags|labels|labelling|labeling ?size|sizes|dimensions|weight|height|marks|marking must|should|shall|need|needs', strength: 0.5 },
  // A delivered Incoterm to the buyer's own premises ("DDP to our site in Kumasi").
  { id: 'delivery_terms.delivered_to_site', type: 'commitment.delivery_terms', pattern: 'dap|ddp|dpu|cpt|cip|delivered|delivery|door to ?our|my|the ?_ warehouse|site|store|stores|office|door|address|facility|factory|plant|project|premises|dc', strength: 0.6 },
  { id: 'delivery_terms.incoterm_word', type: 'commitment.delivery_terms', pattern: 'incoterm|incoterms', strength: 0.6 },
  { id: 'delivery_terms.delivery_terms', type: 'commitment.delivery_terms', pattern: 'delivery|shipping terms', strength: 0.6 },
  { id: 'delivery_terms.shipping_mark', type: 'commitment.delivery_terms', pattern: 'shipping mark|marks', strength: 0.6 },
  { id: 'delivery_terms.by_mode', type: 'commitment.delivery_terms', pattern: 'by sea|air|truck|trucks|rail|road|courier|express|vessel|lorry|airfreight', strength: 0.5 },
  { id: 'delivery_terms.freight_mode', type: 'commitment.delivery_terms', pattern: 'sea|air|ocean freight', strength: 0.5 },
  { id: 'delivery_terms.our_forwarder', type: 'commitment.delivery_terms', pattern: 'our|my forwarder|agent', strength: 0.6 },
  // commitment.sample_request
  { id: 'sample_request.send_sample', type: 'commitment.sample_request', pattern: 'send|need|want|request|get|order|ship|dispatch|buy|have|courier|express|dhl .. sample|samples|swatch|swatches|cutting|cuttings|prototype|prototypes|specimen|specimens|strike-off|strike-offs', strength: 0.85 },
  { id: 'sample_request.lab_dips', type: 'commitment.sample_request', pattern: 'send|need|want|request|get|share .. lab dip|dips', strength: 0.85 },
  // A list item of what to send ("samples of all four shades").
  { id: 'sample_request.samples_of_each', type: 'commitment.sample_request', pattern: 'sample|samples|swatches|swatch of|from|for each|every|all|both|different|various|these|those|#', strength: 0.7 },
  { id: 'sample_request.sample_status', type: 'commitment.sample_request', pattern: 'update|news|status|tracking on|about|of|for ?the|my|our sample|samples|swatches|prototype', strength: 0.6 },
  { id: 'sample_request.sample_order', type: 'commitment.sample_request', pattern: 'sample|samples order|request|cost|fee|charge|price', strength: 0.8 },
  { id: 'sample_request.trial_order', type: 'commitment.sample_request', pattern: 'trial|test order|run|batch|quantity', strength: 0.85 },
  { id: 'sample_request.free_sample', type: 'commitment.sample_request', pattern: 'free sample|samples', strength: 0.75 },
  // "Sample?" on its own. "Will the bulk match the sample?" is about quality.
  { id: 'sample_request.sample_question', type: 'commitment.sample_request', pattern: '^ sample|samples ?', strength: 0.7 },
  { id: 'sample_request.any_sample_question', type: 'commitment.sample_request', pattern: 'any|free sample|samples ?', strength: 0.7 },
  { id: 'sample_request.samples_first', type: 'commitment.sample_request', pattern: 'sample|samples first', strength: 0.8 },
  { id: 'sample_request.try_samples', type: 'commitment.sample_request', pattern: 'try|test|check ?the ?a ?some sample|samples', strength: 0.8 },
  { id: 'sample_request.for_testing', type: 'commitment.sample_request', pattern: 'send|get|ship|buy|order|need .. for testing|test|evaluation|trial|approval', strength: 0.75 },
  { id: 'sample_request.test_first', type: 'commitment.sample_request', pattern: 'test|try # ?pc|pcs|unit|units|piece|pieces|set|sets ?first', strength: 0.7 },
  { id: 'sample_request.sample_free', type: 'commitment.sample_request', pattern: 'sample|samples .. free|cost|charge|fee|charges|courier|available', strength: 0.75 },
  // commitment.order_confirmation
  // A go-ahead ("go ahead", "please proceed", "start production") is readiness to buy by the labeling
  // guide, not a confirmed order: those cues raise intent.purchase (`purchase.proceed.*`).
  { id: 'order_confirmation.confirm_order', type: 'commitment.order_confirmation', pattern: 'confirm|confirmed|confirming .. order|po|purchase', strength: 0.9 },
  { id: 'order_confirmation.order_confirmed', type: 'commitment.order_confirmation', pattern: 'order|po is|was|has confirmed|approved', strength: 0.9 },
  { id: 'order_confirmation.order_confirmed_been', type: 'commitment.order_confirmation', pattern: 'order|po has|is been confirmed|approved|placed', strength: 0.9 },
  // "Sending" is left out because "sending PO tomorrow" promises an order, which is purchase intent.
  // A bare report: "Order confirmed.", "PO approved", "Contract signed".
  { id: 'order_confirmation.order_confirmed_bare', statementOnly: true, type: 'commitment.order_confirmation', pattern: 'order|orders|po confirmed|approved', strength: 0.85 },
  { id: 'order_confirmation.contract_signed', statementOnly: true, type: 'commitment.order_confirmation', pattern: 'contract|pi|proforma|agreement signed', strength: 0.85 },
  { id: 'order_confirmation.attached_po', type: 'commitment.order_confirmation', pattern: 'attached|enclosed|find|sent|attaching .. po|purchase', strength: 0.9 },
  { id: 'order_confirmation.placed_order', type: 'commitment.order_confirmation', pattern: 'placed|submitted .. order|orders|po', strength: 0.85 },
  { id: 'order_confirmation.here_is_po', type: 'commitment.order_confirmation', pattern: 'here is|are .. po|purchase', strength: 0.9 },
  // A bare "PO 7731" more often names an order already placed ("the goods under PO 7731 are late") than a new one.
  { id: 'order_confirmation.po_number', type: 'commitment.order_confirmation', pattern: 'po number|no', strength: 0.7 },
  { id: 'order_confirmation.signed_contract', type: 'commitment.order_confirmation', pattern: 'signed .. contract|pi|proforma|agreement', strength: 0.85 },
  { id: 'purchase.proceed.proceed_production', type: 'intent.purchase', pattern: 'proceed|proceeding with .. production', strength: 0.8 },
  { id: 'purchase.proceed.proceed_production', type: 'intent.purchase', pattern: 'go ahead with .. production', strength: 0.8 },
  { id: 'purchase.proceed.samples_approved', type: 'intent.purchase', pattern: 'sample|samples approved|confirmed', strength: 0.6 },
  { id: 'order_confirmation.have_a_deal', type: 'commitment.order_confirmation', pattern: 'we|we\'ve have|got a deal', strength: 0.85 },
  { id: 'purchase.proceed.ok_deal', type: 'intent.purchase', pattern: 'ok|okay|yes|done deal', strength: 0.75 },
  { id: 'order_confirmation.its_a_deal', type: 'commitment.order_confirmation', pattern: 'it\'s|its a deal', strength: 0.8 },
  { id: 'purchase.proceed.go_ahead', type: 'intent.purchase', pattern: 'ok|okay|yes|please|pls|kindly|then|can go ahead', strength: 0.7 },
  { id: 'purchase.proceed.go_ahead_sentence', type: 'intent.purchase', pattern: '^ go ahead', strength: 0.75 },
  // An instruction to ship the goods ("dispatch them now", "pls load 2 containers"). Samples are no order.
  { id: 'purchase.proceed.ship_it', type: 'intent.purchase', pattern: '^ ship|dispatch|load it|them|everything|now', strength: 0.75 },
  { id: 'order_confirmation.please_dispatch', type: 'commitment.order_confirmation', pattern: 'please|pls|kindly|plz dispatch|ship|load ?the|our|all ?# kg|kgs|pcs|tons|units|sets|cartons|boxes|rolls|goods|order|container|containers|consignment|cargo|everything|it|them', strength: 0.75 },
  { id: 'purchase.proceed.please_proceed', type: 'intent.purchase', pattern: 'confirmed|confirm|ok|okay|yes|please|pls|kindly ?, proceed', strength: 0.75 },
  { id: 'order_confirmation.po_attached', type: 'commitment.order_confirmation', pattern: 'po|purchase ?order attached|enclosed|sent|issued', strength: 0.9 },
  { id: 'order_confirmation.confirm_quantity', type: 'commitment.order_confirmation', pattern: 'confirm|confirmed|confirming ?the # ?pcs|units|sets|pieces|containers|cartons|x40hq|x20gp', strength: 0.8 },
  { id: 'order_confirmation.we_accept', type: 'commitment.order_confirmation', pattern: 'we accept .. offer|quote|quotation|proforma|pi|terms', strength: 0.8 },
  // commitment.payment
  { id: 'payment.paid', type: 'commitment.payment', pattern: 'paid|transferred|remitted|wired|sent|made|arranged .. payment|deposit|balance|advance|funds|money|transfer|fee|fees|charges|amount|invoice|bill', strength: 0.9, notWithin: ['proforma|pro-forma'] },
  // A payment on its way ("the transfer should hit your account on Monday").
  { id: 'payment.in_transit', type: 'commitment.payment', pattern: 'payment|transfer|money|funds|deposit|remittance|balance|amount|wire should|will|would|must ?be reach|arrive|hit|reflect|show|land|credited', strength: 0.7 },
  { id: 'payment.payment_done', type: 'commitment.payment', pattern: 'payment|deposit|balance|money|transfer has|have|was|were ?been paid|sent|made|transferred|done|completed|remitted|released', strength: 0.85 },
  { id: 'payment.payment_slip', type: 'commitment.payment', pattern: 'bank|payment|transfer|remittance slip|copy|receipt|proof|advice', strength: 0.85 },
  { id: 'payment.swift_copy', type: 'commitment.payment', pattern: 'swift|tt|t/t|mt103 copy|slip', strength: 0.85 },
  { id: 'payment.proof_of_payment', type: 'commitment.payment', pattern: 'proof of payment', strength: 0.85 },
  { id: 'payment.opened_lc', type: 'commitment.payment', pattern: 'opened|issued|opening|issuing .. l/c|lc|credit', strength: 0.9 },
  { id: 'payment.paid_short', statementOnly: true, type: 'commitment.payment', pattern: 'deposit|payment|balance|advance|money|amount|funds|transfer|tt|t/t|wire|remittance ?payment paid|sent|done|transferred|remitted|released|made|completed|wired', strength: 0.8 },
  { id: 'payment.percent_sent', statementOnly: true, type: 'commitment.payment', pattern: '# ?deposit ?payment sent|paid|transferred|wired|remitted', strength: 0.8 },
  // Short chat reports of a payment: "Paid. Remittance in your inbox", "wire went out this am", "Already transfer DP 30%".
  { id: 'payment.bare_paid', type: 'commitment.payment', pattern: '^ paid|transferred|wired|remitted .|!|,', strength: 0.8 },
  { id: 'payment.paid_in_full', type: 'commitment.payment', pattern: 'paid in full', strength: 0.85 },
  { id: 'payment.went_out', type: 'commitment.payment', pattern: 'wire|transfer|payment|deposit|balance|tt|funds|money went|gone out', strength: 0.8 },
  { id: 'payment.already_sent', type: 'commitment.payment', pattern: 'already|alr|just transfer|transferred|wire|wired|remit|remitted|paid', strength: 0.8 },
  { id: 'payment.pidgin_paid', type: 'commitment.payment', pattern: 'i|we don pay|transfer|send|sent', strength: 0.8 },
  { id: 'payment.teller', type: 'commitment.payment', pattern: 'teller|remittance|mt103 ?is in|to your inbox|email|mail', strength: 0.7 },
  { id: 'payment.sent_teller', type: 'commitment.payment', pattern: 'sent|sending|attached ?you ?the teller', strength: 0.8 },
  { id: 'payment.slip_attached', type: 'commitment.payment', pattern: 'slip|remittance|mt103|receipt attached|enclosed', strength: 0.8 },
  { id: 'payment.lc_opened', type: 'commitment.payment', pattern: 'l/c|lc has|is|was ?been opened|issued', strength: 0.9 },
];
