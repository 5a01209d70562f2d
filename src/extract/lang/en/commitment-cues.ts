/**
 * English commitment cues. Each pattern uses the phrase syntax of `text/phrases.ts`;
 * strength is the weight of one match in [0, 1].
 */
import type { SignalCue } from '../types.js';

export const COMMITMENT_CUES: SignalCue[] = [
  // commitment.detailed_specs
  { id: 'detailed_specs.attached_drawing', type: 'commitment.detailed_specs', pattern: 'attached|attach|attaching|enclosed|find|see .. drawing|drawings|spec|specs|specification|specifications|requirements|bom|datasheet|sketch', strength: 0.8 },
  { id: 'detailed_specs.our_requirements', type: 'commitment.detailed_specs', pattern: 'our|my requirements|specifications|specs|requirement', strength: 0.6 },
  { id: 'detailed_specs.requirements_colon', type: 'commitment.detailed_specs', pattern: 'requirements|specs|specifications|specification :', strength: 0.7 },
  { id: 'detailed_specs.dimensions', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'dimension|dimensions|size|sizes', strength: 0.35 },
  { id: 'detailed_specs.material', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'material|materials|grade', strength: 0.35 },
  { id: 'detailed_specs.physical', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'thickness|diameter|width|length|height|weight|tolerance|finish', strength: 0.35 },
  { id: 'detailed_specs.electrical', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'voltage|wattage|power|current|frequency|battery', strength: 0.35 },
  { id: 'detailed_specs.appearance', statementOnly: true, type: 'commitment.detailed_specs', pattern: 'color|colour|colors|colours|logo|printing', strength: 0.3 },
  // commitment.invoice_request
  { id: 'invoice_request.proforma', type: 'commitment.invoice_request', pattern: 'proforma|pro-forma', strength: 0.9 },
  { id: 'invoice_request.send_pi', type: 'commitment.invoice_request', pattern: 'send|issue|prepare|share .. pi', strength: 0.85 },
  { id: 'invoice_request.invoice', type: 'commitment.invoice_request', pattern: 'send|issue|prepare|share|need .. invoice', strength: 0.8 },
  { id: 'invoice_request.contract', type: 'commitment.invoice_request', pattern: 'send|prepare|draft|share|sign .. contract|agreement', strength: 0.8 },
  { id: 'invoice_request.bank_details', type: 'commitment.invoice_request', pattern: 'bank|banking|account details|account|info|information|detail', strength: 0.85 },
  { id: 'invoice_request.swift_iban', type: 'commitment.invoice_request', pattern: 'your swift|iban|beneficiary', strength: 0.8 },
  // commitment.delivery_terms
  { id: 'delivery_terms.deliver_to', type: 'commitment.delivery_terms', pattern: 'deliver|delivered|delivery|ship|shipped|shipping|send to', strength: 0.55 },
  { id: 'delivery_terms.destination_port', type: 'commitment.delivery_terms', pattern: 'destination|discharge port', strength: 0.7 },
  { id: 'delivery_terms.port_of_destination', type: 'commitment.delivery_terms', pattern: 'port of discharge|destination|loading', strength: 0.7 },
  { id: 'delivery_terms.must_arrive', type: 'commitment.delivery_terms', pattern: 'must|should|need|needs|has|have ?to arrive|reach', strength: 0.7 },
  { id: 'delivery_terms.must_be_delivered', type: 'commitment.delivery_terms', pattern: 'must|should ?be delivered', strength: 0.7 },
  { id: 'delivery_terms.delivery_date', type: 'commitment.delivery_terms', pattern: 'delivery|shipment|shipping date|schedule', strength: 0.5 },
  { id: 'delivery_terms.packing', type: 'commitment.delivery_terms', pattern: 'packing|packaging|palletized|pallets|cartons|carton', strength: 0.45 },
  { id: 'delivery_terms.incoterm_word', type: 'commitment.delivery_terms', pattern: 'incoterm|incoterms', strength: 0.6 },
  { id: 'delivery_terms.delivery_terms', type: 'commitment.delivery_terms', pattern: 'delivery|shipping terms', strength: 0.6 },
  { id: 'delivery_terms.shipping_mark', type: 'commitment.delivery_terms', pattern: 'shipping mark|marks', strength: 0.6 },
  { id: 'delivery_terms.by_mode', type: 'commitment.delivery_terms', pattern: 'by sea|air|truck|rail|courier|express', strength: 0.5 },
  { id: 'delivery_terms.freight_mode', type: 'commitment.delivery_terms', pattern: 'sea|air|ocean freight', strength: 0.5 },
  { id: 'delivery_terms.our_forwarder', type: 'commitment.delivery_terms', pattern: 'our|my forwarder|agent', strength: 0.6 },
  // commitment.sample_request
  { id: 'sample_request.send_sample', type: 'commitment.sample_request', pattern: 'send|need|want|request|get|order|ship|buy|have .. sample|samples', strength: 0.85 },
  { id: 'sample_request.sample_order', type: 'commitment.sample_request', pattern: 'sample|samples order|request|cost|fee|charge|price', strength: 0.8 },
  { id: 'sample_request.trial_order', type: 'commitment.sample_request', pattern: 'trial|test order|run|batch|quantity', strength: 0.85 },
  { id: 'sample_request.free_sample', type: 'commitment.sample_request', pattern: 'free sample|samples', strength: 0.75 },
  { id: 'sample_request.sample_question', type: 'commitment.sample_request', pattern: 'sample|samples ?', strength: 0.7 },
  // commitment.order_confirmation
  { id: 'order_confirmation.confirm_order', type: 'commitment.order_confirmation', pattern: 'confirm|confirmed|confirming .. order|po|purchase', strength: 0.9 },
  { id: 'order_confirmation.order_confirmed', type: 'commitment.order_confirmation', pattern: 'order|po is|was|has confirmed|approved', strength: 0.9 },
  { id: 'order_confirmation.order_confirmed_been', type: 'commitment.order_confirmation', pattern: 'order|po has|is been confirmed|approved|placed', strength: 0.9 },
  { id: 'order_confirmation.attached_po', type: 'commitment.order_confirmation', pattern: 'attached|enclosed|find|sending|sent|attaching .. po|purchase', strength: 0.9 },
  { id: 'order_confirmation.here_is_po', type: 'commitment.order_confirmation', pattern: 'here is|are .. po|purchase', strength: 0.9 },
  { id: 'order_confirmation.po_number', type: 'commitment.order_confirmation', pattern: 'po number|no|#', strength: 0.7 },
  { id: 'order_confirmation.signed_contract', type: 'commitment.order_confirmation', pattern: 'signed .. contract|pi|proforma|agreement', strength: 0.85 },
  { id: 'order_confirmation.start_production', type: 'commitment.order_confirmation', pattern: 'start|begin ?the ?mass production', strength: 0.8 },
  { id: 'order_confirmation.proceed_production', type: 'commitment.order_confirmation', pattern: 'proceed|go ahead with .. production', strength: 0.8 },
  { id: 'order_confirmation.samples_approved', type: 'commitment.order_confirmation', pattern: 'sample|samples approved|confirmed', strength: 0.6 },
  { id: 'order_confirmation.we_accept', type: 'commitment.order_confirmation', pattern: 'we accept .. offer|quote|quotation|proforma|pi|terms', strength: 0.8 },
  // commitment.payment
  { id: 'payment.paid', type: 'commitment.payment', pattern: 'paid|transferred|remitted|wired|sent|made|arranged .. payment|deposit|balance|advance|funds|money|transfer', strength: 0.9 },
  { id: 'payment.payment_done', type: 'commitment.payment', pattern: 'payment|deposit|balance|money|transfer has|have|was|were ?been paid|sent|made|transferred|done|completed|remitted|released', strength: 0.85 },
  { id: 'payment.payment_slip', type: 'commitment.payment', pattern: 'bank|payment|transfer|remittance slip|copy|receipt|proof|advice', strength: 0.85 },
  { id: 'payment.swift_copy', type: 'commitment.payment', pattern: 'swift|tt|t/t|mt103 copy|slip', strength: 0.85 },
  { id: 'payment.proof_of_payment', type: 'commitment.payment', pattern: 'proof of payment', strength: 0.85 },
  { id: 'payment.opened_lc', type: 'commitment.payment', pattern: 'opened|issued|opening|issuing .. l/c|lc|credit', strength: 0.9 },
  { id: 'payment.lc_opened', type: 'commitment.payment', pattern: 'l/c|lc has|is|was ?been opened|issued', strength: 0.9 },
];
