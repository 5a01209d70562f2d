/**
 * Written conversations for the behavior tests of archetypes, stalls, churn
 * and actions. Each is a realistic exchange in both directions. Signals,
 * entities and sentiment are written out as the extractor would produce
 * them, and times are hours after START from src/model/test-builder.ts.
 */
import type { ArchetypeId } from '../core/types.js';
import { classifyArchetype } from '../classify/archetype.js';
import { normalizeFeatures, rawFeatures } from '../classify/features.js';
import { classifySegments } from '../classify/segments.js';
import { classifyStage } from '../classify/stage.js';
import { buildContext } from '../model/context.js';
import { at, conversation, entity, type MessageSpec } from '../model/test-builder.js';
import type { ConversationContext, ConversationInput } from '../model/types.js';
import { assessChurn } from '../score/churn.js';
import { scoreConversation } from '../score/index.js';
import { detectStall } from '../score/stall.js';
import type { RecommendInput } from './types.js';

const PDF = (name: string) => ({ name, mediaType: 'application/pdf', size: 120_000 });

/** One conversation per archetype, none of them reused from the classifier's own cases. */
export const ARCHETYPE_CONVERSATIONS: Record<ArchetypeId, MessageSpec[]> = {
  spec_seeker: [
    {
      dir: 'in', h: 0,
      text:
        'Good morning. We are evaluating stainless ball valves for a desalination skid. Required: ASTM A351 CF8M body, ' +
        'PN40, DN50 flanged to EN 1092-1, PTFE seats rated to 180 °C, fire-safe to API 607. Please send the datasheet, ' +
        'the pressure-temperature curve and the EN 10204 3.1 material certificates. What is the torque at full differential pressure?',
      signals: [['commitment.detailed_specs', 'CF8M body, PN40, DN50'], ['intent.evaluation', 'send the datasheet']],
      entities: [entity.certification('API 607'), entity.certification('EN 10204 3.1')],
    },
    { dir: 'out', h: 6, text: 'Thank you, our engineer will revert with the datasheet.' },
    {
      dir: 'in', h: 52,
      text:
        'Thanks. Two more points before we can compare: the seat leakage class per ISO 5208 (we need rate A), and whether ' +
        'the stem is blow-out proof. Also please confirm the surface finish of the ball and the maximum cycle count you ' +
        'have tested. Our process fluid is brine at 60 °C with 35,000 ppm chlorides, so pitting resistance matters.',
      signals: [['commitment.detailed_specs', 'seat leakage class per ISO 5208']],
      entities: [entity.certification('ISO 5208')],
    },
    { dir: 'out', h: 60, text: 'Datasheet attached.', attachments: [PDF('BV-CF8M-datasheet.pdf')] },
    {
      dir: 'in', h: 130,
      text:
        'We reviewed the datasheet. The pressure-temperature curve stops at 150 °C; do you have test data up to 180 °C for ' +
        'the PTFE seats? Is the CF8M casting solution annealed? Our QA will also ask for the hydrostatic shell test report ' +
        'at 1.5 times the rated pressure, and the chloride pitting data for the ball coating.',
      signals: [['intent.evaluation', 'test data up to 180 °C']],
    },
  ],
  urgent_buyer: [
    {
      dir: 'in', h: 0, channel: 'whatsapp', text: 'Need 500 pcs M12 bolts zinc plated, can ship this week?',
      signals: [['intent.urgency', 'this week']], entities: [entity.quantity(500, 'pcs', '500 pcs')],
    },
    { dir: 'in', h: 0.6, channel: 'whatsapp', text: 'Price pls, today', signals: [['intent.urgency', 'today']] },
    { dir: 'out', h: 0.8, channel: 'whatsapp', text: 'Checking stock now' },
    { dir: 'in', h: 0.9, channel: 'whatsapp', text: 'ok quick pls, truck leaves Friday', signals: [['intent.urgency', 'truck leaves Friday']] },
    { dir: 'out', h: 1.5, channel: 'whatsapp', text: 'USD 0.12/pc, 500 in stock', entities: [entity.money(0.12, 'USD', 'USD 0.12/pc')] },
    {
      dir: 'in', h: 1.6, channel: 'whatsapp', text: 'ok send PI now',
      signals: [['commitment.invoice_request', 'send PI'], ['intent.urgency', 'now']],
    },
    { dir: 'in', h: 2.4, channel: 'whatsapp', text: 'PI?? need to pay today', signals: [['intent.urgency', 'need to pay today']] },
  ],
  price_negotiator: [
    {
      dir: 'in', h: 0, text: 'Please quote 20,000 m of PVC cable 3x2.5 mm², CIF Jebel Ali.',
      signals: [['intent.quotation', 'Please quote']],
      entities: [entity.quantity(20000, 'm', '20,000 m'), entity.incoterm('CIF', 'Jebel Ali')],
    },
    { dir: 'out', h: 5, text: 'USD 0.86/m CIF Jebel Ali.', entities: [entity.money(0.86, 'USD', 'USD 0.86/m')] },
    {
      dir: 'in', h: 26, text: 'Your price is 15% above what a Turkish mill quoted us. Can you do 0.74?',
      signals: [['objection.price', 'price is 15% above']], entities: [entity.money(0.74, 'USD', '0.74')],
    },
    { dir: 'out', h: 30, text: 'We can do 0.82 for 20,000 m.', entities: [entity.money(0.82, 'USD', '0.82')] },
    {
      dir: 'in', h: 50, text: 'Still too high. At 0.78 we place the order, otherwise we stay with our current supplier.',
      signals: [['objection.price', 'Still too high']], entities: [entity.money(0.78, 'USD', '0.78')],
    },
    { dir: 'out', h: 53, text: '0.80 is our floor for this cable.', entities: [entity.money(0.8, 'USD', '0.80')] },
    {
      dir: 'in', h: 70, text: 'Too expensive still. 0.79 with 60 days payment, final.',
      signals: [['objection.price', 'Too expensive still'], ['objection.payment_terms', '60 days payment']],
      entities: [entity.money(0.79, 'USD', '0.79')],
    },
  ],
  uncertain_evaluator: [
    { dir: 'in', h: 0, text: 'Hello, we might need some packaging material, what do you have?' },
    { dir: 'out', h: 3, text: 'We make corrugated boxes and stretch film. What sizes and quantities do you need?' },
    { dir: 'in', h: 40, text: 'Not sure yet, depends on our customer. Maybe boxes.', mode: 'hesitant', polarity: -0.1 },
    { dir: 'out', h: 41, text: 'Happy to send a catalog. Roughly how many per month?' },
    { dir: 'in', h: 45, text: 'hard to say for now', mode: 'hesitant', polarity: -0.1 },
    { dir: 'out', h: 46, text: 'No problem, let us know.' },
    { dir: 'in', h: 300, text: 'still checking internally, will come back', mode: 'hesitant' },
  ],
  long_cycle_planner: [
    {
      dir: 'in', h: 0,
      text:
        'We are planning a new production line for 2027 and are shortlisting suppliers of conveyor systems. Could you ' +
        'send your company profile, references in food processing and your quality certifications?',
      signals: [['intent.early_qualification', 'shortlisting suppliers']],
      entities: [entity.product('conveyor systems')],
    },
    { dir: 'out', h: 20, text: 'Profile and ISO 9001 certificate attached.', attachments: [PDF('profile.pdf'), PDF('iso9001.pdf')] },
    {
      dir: 'in', h: 200,
      text: 'Thank you. Our engineering team prepared the layout, attached. What would the installation timeline be, and do you run the factory acceptance test at your plant?',
      attachments: [PDF('line-layout.pdf')], entities: [entity.product('line layout')],
    },
    { dir: 'out', h: 230, text: 'Preliminary timeline attached.', attachments: [PDF('timeline.pdf')] },
    {
      dir: 'in', h: 700,
      text: 'Our board reviews capex in June. Could you also share the maintenance plan and the spare parts list for budgeting?',
      entities: [entity.deadline('2026-06-15', 'June')],
    },
    { dir: 'out', h: 720, text: 'Maintenance plan and spare parts list attached.', attachments: [PDF('maintenance.pdf')] },
    {
      dir: 'in', h: 1200,
      text: 'Budget approved in principle. Next step would be a site visit in September. Who would attend from your side?',
      entities: [entity.deadline('2026-09-10', 'September')],
    },
  ],
};

/** A buyer who replies within about a day, then goes quiet after the seller's quote. */
export const DAILY_BUYER: MessageSpec[] = [
  { dir: 'in', h: 0, text: 'Please quote 2,000 pcs of the 500 ml PET bottle.', signals: [['intent.quotation', 'Please quote']], entities: [entity.quantity(2000, 'pcs', '2,000 pcs')] },
  { dir: 'out', h: 3, text: 'Which neck finish do you need?' },
  { dir: 'in', h: 22, text: 'PCO 1881, clear. Can you send the datasheet?', signals: [['intent.evaluation', 'send the datasheet']] },
  { dir: 'out', h: 26, text: 'Datasheet attached.', attachments: [PDF('pet-500.pdf')] },
  { dir: 'in', h: 47, text: 'Looks fine. What is the price for 2,000?', signals: [['intent.quotation', 'What is the price']] },
  { dir: 'out', h: 49, text: 'USD 0.21/pc FOB Ningbo.', entities: [entity.money(0.21, 'USD', 'USD 0.21/pc')] },
];

/** A buyer who writes every ten days, reaching negotiation, with the seller's reply last. */
export const SLOW_BUYER: MessageSpec[] = [
  { dir: 'in', h: 0, text: 'We are looking at your hydraulic hoses for our 2026 fleet refit. Catalog?', signals: [['intent.evaluation', 'Catalog?']] },
  { dir: 'out', h: 5, text: 'Catalog attached.', attachments: [PDF('hoses.pdf')] },
  {
    dir: 'in', h: 240, text: 'Thanks. Do you have SAE 100R2AT in 1/2 inch? Please quote 500 m.',
    signals: [['commitment.detailed_specs', 'SAE 100R2AT in 1/2 inch'], ['intent.quotation', 'Please quote 500 m']],
  },
  { dir: 'out', h: 244, text: 'Yes, in stock: USD 2.10/m, quotation attached.', entities: [entity.money(2.1, 'USD', 'USD 2.10/m')] },
  {
    dir: 'in', h: 480, text: 'Good. We would need it DAP Rotterdam. We will compare with our current supplier and revert.',
    signals: [['commitment.delivery_terms', 'DAP Rotterdam']], entities: [entity.incoterm('DAP', 'Rotterdam')],
  },
  { dir: 'out', h: 482, text: 'Sure, take your time.' },
];

/**
 * A buyer who replies within two hours inside a round, then pauses about
 * eight days between rounds, twice; the seller's reply is last.
 */
export const PAUSING_BUYER: MessageSpec[] = [
  { dir: 'in', h: 0, text: 'Need a quote for 300 aluminium profiles 6063-T5.', signals: [['intent.quotation', 'Need a quote']], entities: [entity.quantity(300, 'pcs', '300 aluminium profiles')] },
  { dir: 'out', h: 1, text: 'Which lengths?' },
  { dir: 'in', h: 2, text: '6 m lengths, mill finish.', signals: [['commitment.detailed_specs', '6 m lengths, mill finish']] },
  { dir: 'out', h: 3, text: 'USD 4.10/kg FOB.', entities: [entity.money(4.1, 'USD', 'USD 4.10/kg')] },
  { dir: 'in', h: 4, text: 'OK, I will check with the site team.' },
  { dir: 'out', h: 5, text: 'Sure.' },
  { dir: 'in', h: 200, text: 'Back from site. Can you do anodized too?', signals: [['commitment.detailed_specs', 'anodized']] },
  { dir: 'out', h: 201, text: 'Yes, plus USD 0.40/kg.', entities: [entity.money(0.4, 'USD', 'USD 0.40/kg')] },
  { dir: 'in', h: 202, text: 'And the lead time?' },
  { dir: 'out', h: 203, text: 'Four weeks.' },
  { dir: 'in', h: 204, text: 'OK, next week I am on site again, will revert.' },
  { dir: 'out', h: 205, text: 'Thanks.' },
  { dir: 'in', h: 392, text: 'Back again. Samples of the anodized finish possible?', signals: [['commitment.sample_request', 'Samples of the anodized finish']] },
  { dir: 'out', h: 393, text: 'Yes, which color?' },
  { dir: 'in', h: 394, text: 'Black, two pieces.' },
  { dir: 'out', h: 395, text: 'Samples shipped by DHL today.' },
];

/** A fast buyer who writes every two hours, then falls silent after the seller's reply. */
export const FAST_BUYER: MessageSpec[] = [
  { dir: 'in', h: 0, text: 'What is your MOQ for the LED panels?', signals: [['intent.early_qualification', 'MOQ']] },
  { dir: 'in', h: 2, text: 'And the datasheet for the 60x60 panel?', signals: [['intent.evaluation', 'datasheet']] },
  { dir: 'in', h: 4, text: 'Can you send 2 samples?', signals: [['commitment.sample_request', 'send 2 samples']] },
  { dir: 'in', h: 6, text: 'Our drawing of the mounting frame is attached.', signals: [['commitment.detailed_specs', 'drawing of the mounting frame']] },
  { dir: 'out', h: 7, text: 'Thanks, our engineer is checking the frame.' },
];

/** Conversations for the action rules, each written to make one rule fire. */
export const ACTION_CONVERSATIONS = {
  /** An urgent buyer who writes mostly on WhatsApp, then once by email; the seller owes the reply. */
  urgentMixedChannels: [
    { dir: 'in', h: 0, channel: 'whatsapp', text: 'Need 2 pallets of A4 paper, can you deliver tomorrow?', signals: [['intent.urgency', 'deliver tomorrow']] },
    { dir: 'out', h: 0.5, channel: 'whatsapp', text: 'Yes, checking the price.' },
    { dir: 'in', h: 0.7, channel: 'whatsapp', text: 'ok fast pls', signals: [['intent.urgency', 'fast pls']] },
    { dir: 'in', h: 1, channel: 'whatsapp', text: 'price?' },
    {
      dir: 'in', h: 1.5, channel: 'email', text: 'Please send the price by email today, our finance needs it.',
      signals: [['intent.urgency', 'today', 1], ['intent.quotation', 'send the price']],
    },
  ],
  /** A buyer who doubts a low price and the supplier; the seller owes the reply. */
  skepticalBuyer: [
    { dir: 'in', h: 0, text: 'Please quote 5,000 m of fibre optic cable, G.652D.', signals: [['intent.quotation', 'Please quote']], entities: [entity.quantity(5000, 'm', '5,000 m')] },
    { dir: 'out', h: 2, text: 'USD 0.09/m, quotation attached.', entities: [entity.money(0.09, 'USD', 'USD 0.09/m')] },
    {
      dir: 'in', h: 20, mode: 'skeptical', polarity: -0.3,
      text: 'Your price is far below the market. Is it really G.652D? Other suppliers sent us fakes before.',
      signals: [['objection.supplier_history', 'sent us fakes before']],
    },
  ],
  /** A buyer with an open quality objection. The seller replied without documents, so the buyer owes the reply. */
  qualityDoubt: [
    { dir: 'in', h: 0, text: 'Quote for 1,000 m² of ceramic tiles 60x60?', signals: [['intent.quotation', 'Quote']], entities: [entity.quantity(1000, 'm2', '1,000 m²')] },
    { dir: 'out', h: 1, text: 'USD 7.20/m², quotation attached.', entities: [entity.money(7.2, 'USD', 'USD 7.20/m²')] },
    { dir: 'in', h: 30, text: 'Last time the tiles from China had uneven glaze. How do you control quality?', signals: [['objection.quality', 'uneven glaze']] },
    { dir: 'out', h: 31, text: 'We inspect every pallet before loading.' },
  ],
  /** Nine WhatsApp messages with drawings, tolerances and certificate requests. */
  technicalWhatsApp: [
    { dir: 'in', h: 0, channel: 'whatsapp', text: 'Hi, we need CNC machined brackets, drawing attached.', attachments: [PDF('bracket-rev2.pdf')], signals: [['commitment.detailed_specs', 'drawing attached']] },
    { dir: 'out', h: 1, channel: 'whatsapp', text: 'Thanks, which material?' },
    { dir: 'in', h: 2, channel: 'whatsapp', text: 'AL 6082-T6, tolerance ±0.02 on the bore, anodized 15 µm.', signals: [['commitment.detailed_specs', 'tolerance ±0.02 on the bore']] },
    { dir: 'out', h: 3, channel: 'whatsapp', text: 'OK. Quantity?' },
    { dir: 'in', h: 4, channel: 'whatsapp', text: '400 pcs. Can you send the material certificates?', signals: [['intent.evaluation', 'send the material certificates']] },
    { dir: 'out', h: 5, channel: 'whatsapp', text: 'Yes, after the order.' },
    { dir: 'in', h: 6, channel: 'whatsapp', text: 'We need them before. And which CMM report format do you use?', signals: [['intent.evaluation', 'CMM report format']] },
    { dir: 'out', h: 7, channel: 'whatsapp', text: 'Will check.' },
    { dir: 'in', h: 8, channel: 'whatsapp', text: 'Revised drawing rev3 attached, the hole pattern changed.', attachments: [PDF('bracket-rev3.pdf')], signals: [['commitment.detailed_specs', 'hole pattern changed']] },
  ],
} satisfies Record<string, MessageSpec[]>;

/** Builds the context of a conversation as of `asOfHours`, with an account id. */
export function contextOf(specs: MessageSpec[], asOfHours: number, id = 'c1', accountId: string | null = null): ConversationContext {
  const input: ConversationInput = { ...conversation(specs, id), accountId };
  return buildContext(input, at(asOfHours));
}

const DAY = 24;

/**
 * Returns a repeat customer: two orders 30 days apart (confirmation plus payment),
 * neutral or positive tone, quick replies. Message ids carry the prefix so
 * several conversations can share one account.
 */
export function repeatCustomer(prefix = 'r'): MessageSpec[] {
  return [
    { id: `${prefix}1`, dir: 'in', h: 0, text: 'Please quote 1,000 kg of food-grade citric acid.', signals: [['intent.quotation', 'Please quote']], polarity: 0.1 },
    { id: `${prefix}2`, dir: 'out', h: 2, text: 'USD 1.20/kg CIF Lagos.', entities: [entity.money(1.2, 'USD', 'USD 1.20/kg')] },
    { id: `${prefix}3`, dir: 'in', h: 6, text: 'Good price, we confirm the order. PO 4411 attached.', signals: [['commitment.order_confirmation', 'we confirm the order']], mode: 'constructive', polarity: 0.5 },
    { id: `${prefix}4`, dir: 'out', h: 8, text: 'Thank you, production starts Monday.' },
    { id: `${prefix}5`, dir: 'in', h: 3 * DAY, text: 'Deposit paid today, swift copy attached.', signals: [['commitment.payment', 'Deposit paid']], polarity: 0.3 },
    { id: `${prefix}6`, dir: 'out', h: 3 * DAY + 1, text: 'Received, thank you.' },
    { id: `${prefix}7`, dir: 'in', h: 30 * DAY, text: 'Same again please: 1,000 kg, PO 4502 confirmed.', signals: [['commitment.order_confirmation', 'PO 4502 confirmed']], mode: 'constructive', polarity: 0.5 },
    { id: `${prefix}8`, dir: 'out', h: 30 * DAY + 1, text: 'Confirmed, shipping in two weeks.' },
    { id: `${prefix}9`, dir: 'in', h: 30 * DAY + 3, text: 'Thanks, deposit sent.', signals: [['commitment.payment', 'deposit sent']], polarity: 0.3 },
    { id: `${prefix}10`, dir: 'out', h: 30 * DAY + 4, text: 'Received with thanks.' },
  ];
}

/** Returns the repeat customer after the second order: quality and delivery complaints, a competitor, slower and colder replies. */
export function complainingCustomer(prefix = 'r'): MessageSpec[] {
  return [
    ...repeatCustomer(prefix),
    { id: `${prefix}11`, dir: 'out', h: 45 * DAY, text: 'The goods arrived in Lagos yesterday. All fine?' },
    {
      id: `${prefix}12`, dir: 'in', h: 47 * DAY,
      text: 'Not fine. Several bags were caked and the moisture is above spec. Delivery was also ten days late.',
      signals: [['objection.quality', 'moisture is above spec'], ['objection.lead_time', 'Delivery was also ten days late']],
      mode: 'frustrated', polarity: -0.6,
    },
    { id: `${prefix}13`, dir: 'out', h: 47 * DAY + 2, text: 'We are sorry, we will check the batch records.' },
    {
      id: `${prefix}14`, dir: 'in', h: 52 * DAY,
      text: 'Another supplier in Rotterdam offered us the same grade with lab reports per lot. We are considering them.',
      mode: 'skeptical', polarity: -0.4,
    },
  ];
}

/**
 * Builds the input of the action rules the way the conversation analysis
 * does, plus the churn risk of the conversation when `churn` is set.
 */
export function recommendInputOf(specs: MessageSpec[], asOfHours: number, options: { churn?: boolean } = {}): RecommendInput {
  const context = contextOf(specs, asOfHours);
  const { stage: stageReached, steps } = classifyStage(context);
  const raw = rawFeatures(context);
  const archetype = classifyArchetype(normalizeFeatures(raw), context.inbound.length);
  const { scores, explanations, momentumPeak } = scoreConversation(context, steps);
  const stall = detectStall(context, stageReached, scores.momentum, momentumPeak);
  const segments = classifySegments(context, raw, stageReached, scores);
  const input: RecommendInput = { context, stageReached, stall, archetype, segments, scores, explanations };
  return options.churn ? { ...input, churn: assessChurn([context]) } : input;
}
