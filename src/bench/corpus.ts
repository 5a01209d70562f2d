/**
 * Synthetic buyer messages for benchmarks and load tests. The generator
 * composes templates with slot values (products, quantities, prices, ports,
 * Incoterms, certifications, deadlines), so the output covers the phrasing the
 * extractor meets in real B2B chats and emails without copying any real
 * conversation. The same seed always gives the same messages.
 */

/** One generated buyer message, in the input shape of `parley signals`. */
export interface GeneratedMessage {
  id: string;
  text: string;
  /** ISO 8601 with a UTC offset, between January and November 2026. */
  sentAt: string;
}

// ---------------------------------------------------------------- random

/** Random source returning floats in [0, 1). */
type Rng = () => number;

/**
 * Creates a mulberry32 generator. It has 32 bits of state and is fast and
 * good enough for test data, but its output is predictable.
 */
function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) {
    throw new Error('pick() was called with an empty list');
  }
  return item;
}

function randomInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function chance(rng: Rng, probability: number): boolean {
  return rng() < probability;
}

// ---------------------------------------------------------------- slot values

const PRODUCTS = [
  { name: 'LED panel', models: ['600x600 40W panel', 'HL-P6060-40', '1200x300 36W panel', 'backlit panel 48W'], price: [7, 14] },
  { name: 'floodlight', models: ['100W floodlight', 'HL-FL150', '200W flood light', '400W stadium floodlight'], price: [12, 95] },
  { name: 'LED driver', models: ['150W driver 1050mA', 'HL-D60', '0-10V dimmable driver 100W', 'constant current driver 40W'], price: [4, 24] },
  { name: 'solar street light', models: ['100W solar street light', 'HL-SS60', 'all-in-one solar light 60W', 'split solar street light 120W'], price: [55, 180] },
  { name: 'high bay', models: ['UFO high bay 150W', 'HL-HB200', 'linear high bay 240W'], price: [18, 60] },
  { name: 'LED tube', models: ['T8 tube 18W', 'T5 batten 1.2m', 'HL-T8-22'], price: [1.2, 4] },
] as const;

type Product = (typeof PRODUCTS)[number];

const PORTS = [
  'Jebel Ali', 'Durban', 'Tema', 'Hamburg', 'Rotterdam', 'Santos', 'Mombasa', 'Felixstowe',
  'Long Beach', 'Manzanillo', 'Lagos', 'Chittagong', 'Port Klang', 'Sydney', 'Callao', 'Dammam',
] as const;
const ORIGIN_PORTS = ['Ningbo', 'Shenzhen', 'Shanghai', 'Yantian', 'Xiamen', 'Guangzhou'] as const;
const DESTINATION_TERMS = ['CIF', 'CFR', 'DAP', 'DDP'] as const;
const CERTIFICATIONS = [
  'CE', 'RoHS', 'UL', 'ETL', 'SAA', 'RCM', 'UKCA', 'SASO', 'ISO 9001', 'CB', 'ENEC', 'DLC', 'SONCAP', 'INMETRO',
] as const;
const DEADLINES = [
  'today', 'by tomorrow', 'by Friday', 'by next Monday', 'before the end of this week', 'within 2 weeks',
  'before 15 March', 'by 30 April', 'before end of June', 'by 10 September', 'this week', 'ASAP',
] as const;
const LEAD_TIMES = ['15 days', '20 days', '25 days', '30 days', '35 days', '45 days', '4 weeks', '6 weeks'] as const;
const PAYMENT_TERMS = [
  '30% T/T deposit, 70% before shipment', '30% deposit and balance against B/L copy', 'L/C at sight',
  '100% T/T in advance', '50% deposit', 'D/P at sight', 'net 60 days', 'L/C 90 days',
] as const;
const NAMES = ['Mei Lin', 'Daniel', 'Sir', 'Madam', 'team', 'Ms. Lin', 'Mr. Ortiz', 'friend'] as const;
const BUYER_NAMES = ['Omar', 'Rafael', 'Priya', 'Lukas', 'Ama', 'Thabo', 'Greg', 'Fatima', 'Kenji', 'Olga'] as const;
const COMPANY_KINDS = [
  'an electrical wholesaler', 'a lighting distributor', 'an EPC contractor', 'a government supplier',
  'a retail chain', 'an importer', 'a solar installer', 'a facility management company',
] as const;
const REGIONS = ['Dubai', 'Nairobi', 'Lagos', 'Riyadh', 'Sao Paulo', 'Warsaw', 'Manila', 'Lima', 'Accra', 'Karachi', 'Perth'] as const;
const HAPPY_EMOJI = ['👍', '🙏', '😊', '🙂', '✅', '🤝', '🔥', '📦'] as const;
const UNHAPPY_EMOJI = ['😡', '😞', '😤', '🤔', '😅'] as const;

/** Local UTC offsets the generated send times use, in minutes. */
const OFFSETS_MINUTES = [240, 480, 60, 120, -300, 0, 330, 600, 180, -180, 300] as const;

// ---------------------------------------------------------------- formatting

function groupThousands(value: number, separator: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function formatQuantity(rng: Rng): string {
  const roll = rng();
  if (roll < 0.12) {
    return `${randomInt(rng, 1, 4)}x40HQ`;
  }
  if (roll < 0.18) {
    return `${pick(rng, ['1x20ft', '1 x 20GP', 'one 40ft container', '2 x 40ft'])}`;
  }
  const count = pick(rng, [50, 100, 200, 300, 500, 800, 1000, 1500, 2000, 3000, 5000, 10000, 20000]);
  const unit = pick(rng, ['pcs', 'pcs', 'pcs', 'units', 'sets', 'pieces']);
  const number = count >= 1000 && chance(rng, 0.6) ? groupThousands(count, ',') : String(count);
  return chance(rng, 0.15) ? `${number}${unit}` : `${number} ${unit}`;
}

function formatPrice(rng: Rng, product: Product): string {
  const [low, high] = product.price;
  const amount = low + rng() * (high - low);
  const fixed = amount.toFixed(2);
  const comma = fixed.replace('.', ',');
  return pick(rng, [
    `USD ${fixed}/pc`,
    `$${fixed}`,
    `US$ ${fixed} per piece`,
    `${fixed} usd`,
    `EUR ${comma}`,
    `€${comma}/pc`,
    `${fixed} dollars`,
  ]);
}

function formatTotal(rng: Rng): string {
  const amount = randomInt(rng, 8, 260) * 500 + randomInt(rng, 0, 99) / 100;
  const [whole, cents] = amount.toFixed(2).split('.') as [string, string];
  const units = Number(whole);
  return pick(rng, [
    `USD ${groupThousands(units, ',')}.${cents}`,
    `€${groupThousands(units, '.')},${cents}`,
    `US$${groupThousands(units, ',')}`,
  ]);
}

function formatIncoterm(rng: Rng, destinationPort: string): string {
  if (chance(rng, 0.3)) {
    return `FOB ${pick(rng, ORIGIN_PORTS)}`;
  }
  if (chance(rng, 0.1)) {
    return `EXW ${pick(rng, ['factory', 'Zhongshan', 'Shenzhen'])}`;
  }
  return `${pick(rng, DESTINATION_TERMS)} ${destinationPort}`;
}

/** Formats an instant as ISO 8601 in the given offset, e.g. 2026-03-10T09:15:00+04:00. */
function formatWithOffset(epochMs: number, offsetMinutes: number): string {
  const local = new Date(epochMs + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  const minutes = String(absolute % 60).padStart(2, '0');
  return `${local}${sign}${hours}:${minutes}`;
}

// ---------------------------------------------------------------- templates

/** Slot values shared by the sentences of one message, so a message talks about one deal. */
interface Slots {
  product: Product;
  model: string;
  quantity: string;
  price: string;
  total: string;
  incoterm: string;
  port: string;
  certification: string;
  deadline: string;
  leadTime: string;
  paymentTerm: string;
  name: string;
  buyer: string;
  companyKind: string;
  region: string;
}

function drawSlots(rng: Rng): Slots {
  const product = pick(rng, PRODUCTS);
  const port = pick(rng, PORTS);
  return {
    product,
    model: pick(rng, product.models),
    quantity: formatQuantity(rng),
    price: formatPrice(rng, product),
    total: formatTotal(rng),
    incoterm: formatIncoterm(rng, port),
    port,
    certification: pick(rng, CERTIFICATIONS),
    deadline: pick(rng, DEADLINES),
    leadTime: pick(rng, LEAD_TIMES),
    paymentTerm: pick(rng, PAYMENT_TERMS),
    name: pick(rng, NAMES),
    buyer: pick(rng, BUYER_NAMES),
    companyKind: pick(rng, COMPANY_KINDS),
    region: pick(rng, REGIONS),
  };
}

type Template = (s: Slots) => string;

/** Tone of a chat template, which decides the emoji a buyer may add. */
type Tone = 'neutral' | 'positive' | 'negative';

interface ChatTemplate {
  tone: Tone;
  render: Template;
}

function neutral(render: Template): ChatTemplate {
  return { tone: 'neutral', render };
}

function positive(render: Template): ChatTemplate {
  return { tone: 'positive', render };
}

function negative(render: Template): ChatTemplate {
  return { tone: 'negative', render };
}

/** Chat lines of a few words: greetings, nudges and acknowledgements. */
const CHAT_SHORT: readonly ChatTemplate[] = [
  neutral(() => 'moq?'),
  neutral(() => 'lumen per watt?'),
  neutral((s) => `price for ${s.quantity}?`),
  neutral((s) => `Hi ${s.name}`),
  neutral(() => 'hello, are you there?'),
  neutral(() => 'Any update?'),
  neutral(() => '??'),
  neutral(() => 'Ok noted'),
  neutral(() => 'ok'),
  positive((s) => `Thanks ${s.name}`),
  positive(() => 'Received, thank you'),
  positive(() => 'Perfect'),
  neutral(() => 'Let me check with my boss'),
  neutral(() => 'not sure yet, will revert'),
  neutral(() => "maybe next month, we'll see"),
  neutral(() => 'Pls send bank details'),
  positive(() => 'TT copy attached'),
  neutral((s) => `Ship to ${s.port}`),
  negative((s) => `${s.leadTime} is too long`),
  negative(() => 'Too expensive'),
];

/** Chat lines about one topic, as buyers type them on WhatsApp. */
const CHAT_LINES: readonly ChatTemplate[] = [
  neutral((s) => `What is your MOQ for ${s.model}? We are ${s.companyKind} in ${s.region}`),
  neutral((s) => `MOQ for ${s.model} pls, and can you mix colours in one order?`),
  neutral((s) => `Need ${s.quantity} ${s.model}, best price ${s.incoterm}?`),
  neutral((s) => `Pls quote ${s.quantity} ${s.model} ${s.incoterm}, also lead time`),
  neutral((s) => `Send the price ${s.deadline}, my client is waiting`),
  neutral((s) => `Need the PI ${s.deadline} pls, we want to pay the deposit`),
  neutral((s) => `Can you send the datasheet and IES file of ${s.model}`),
  neutral((s) => `Do you have ${s.certification} certificate for ${s.model}? Our customs will ask`),
  neutral((s) => `Is ${s.model} ${s.certification} certified or only CE?`),
  neutral((s) => `What is the lead time for ${s.quantity}? We need it ${s.deadline}`),
  negative((s) => `${s.leadTime} is too long, we need the goods ${s.deadline}`),
  negative((s) => `Your price ${s.price} is too high, we cannot sell at this level`),
  negative((s) => `Other supplier gives ${s.price} for the same ${s.product.name}, can you match?`),
  neutral((s) => `Our target price is ${s.price} ${s.incoterm} for ${s.quantity}`),
  positive(() => 'Price is not an issue, quality is. Send me your best model'),
  positive((s) => `No problem with the price. When can you ship to ${s.port}?`),
  neutral((s) => `Not bad, but can you do better for ${s.quantity}?`),
  neutral((s) => `Can you send 2 samples of ${s.model} to ${s.region}? We pay the courier`),
  positive((s) => `Samples of ${s.model} received, looks good. Now we discuss the order`),
  positive((s) => `Confirmed, go ahead with ${s.quantity} ${s.model}`),
  positive((s) => `Deposit ${s.total} sent today, pls check with your bank`),
  positive((s) => `We accept ${s.paymentTerm}, send the contract`),
  negative((s) => `Only ${s.paymentTerm} is possible for us, no T/T in advance`),
  neutral((s) => `Can you accept ${s.paymentTerm}? It is our company rule`),
  neutral((s) => `Delivery ${s.incoterm}, arrival ${s.deadline}. Possible?`),
  negative(() => 'Goods arrived damaged, 30 pcs broken. Need replacement in next shipment'),
  negative((s) => `The ${s.product.name}s from last order are flickering, not happy at all`),
  negative((s) => `Still waiting for your reply, I asked ${s.deadline.replace(/^(by|before) /, '')}`),
  neutral((s) => `Is ${s.model} IP65 or IP66? Installation is outdoor near the sea`),
  neutral((s) => `What driver do you use in ${s.model}, isolated or not?`),
  negative((s) => `MOQ ${s.quantity} is too much for us, we start with a trial order`),
  positive(() => 'We want to place the order this week'),
  neutral((s) => `Total ${s.total} ok? Then I pay tomorrow`),
  positive(() => 'L/C opened today, pls check with your bank'),
  neutral((s) => `We are comparing 3 suppliers for ${s.quantity} ${s.product.name}s, send your best offer`),
  neutral((s) => `Hi ${s.name}, ${s.buyer} here. Do you make ${s.product.name}s with our logo?`),
];

/** Sentences for longer email paragraphs, grouped by what the buyer is doing. */
type EmailTopic =
  | 'introduction'
  | 'qualification'
  | 'evaluation'
  | 'quotation'
  | 'urgency'
  | 'objection'
  | 'commitment'
  | 'negation'
  | 'closing';

const EMAIL_SENTENCES: Record<EmailTopic, readonly Template[]> = {
  introduction: [
    (s) => `We are ${s.companyKind} based in ${s.region} and are looking for a reliable supplier of ${s.product.name}s.`,
    (s) => `Our company is ${s.companyKind} in ${s.region}, and we supply contractors and government projects.`,
    (s) => `We found your company at the Canton Fair and are interested in your ${s.product.name} range.`,
    (s) => `I am the purchasing manager of ${s.companyKind} in ${s.region}.`,
  ],
  qualification: [
    (s) => `Could you tell us your MOQ and monthly production capacity for ${s.model}?`,
    (s) => `Please let us know whether you are a factory or a trading company, and how many years you have exported to ${s.region}.`,
    (s) => `Do you offer OEM with our logo on the product and the carton?`,
  ],
  evaluation: [
    (s) => `Please share the datasheet, the IES file and the ${s.certification} test report of ${s.model}.`,
    (s) => `We need the luminous efficacy in lm/W, the IP rating, the surge protection level and the operating temperature range.`,
    (s) => `Could you also send a dimensioned drawing and the LM-80 report of the LED chips?`,
    (s) => `Our engineer asks whether the driver is isolated and which brand it is.`,
  ],
  quotation: [
    (s) => `Kindly quote ${s.quantity} of ${s.model} ${s.incoterm}, with the lead time and payment terms.`,
    (s) => `Please send your best price for ${s.quantity}, ${s.incoterm}, valid for at least 60 days.`,
    (s) => `We would appreciate a formal quotation with the unit price, packing details and carton dimensions.`,
  ],
  urgency: [
    (s) => `This is urgent: our client needs the offer ${s.deadline}.`,
    (s) => `The project deadline is fixed, so we need your reply ${s.deadline} at the latest.`,
    (s) => `Please treat this as a priority, the tender closes ${s.deadline}.`,
  ],
  objection: [
    (s) => `Frankly, your price of ${s.price} is higher than what we pay today, and another supplier offered us ${s.price}.`,
    (s) => `Your lead time of ${s.leadTime} is too long for this project.`,
    (s) => `We cannot accept ${s.paymentTerm}; our company policy only allows L/C at sight.`,
    (s) => `Our last supplier sent panels that failed after three months, so quality is our main concern.`,
    (s) => `Without a valid ${s.certification} certificate we cannot import the goods.`,
    (s) => `An MOQ of ${s.quantity} per model is too high for a first order.`,
  ],
  commitment: [
    (s) => `We would like to order ${s.quantity} of ${s.model}, ${s.incoterm}, so please send the proforma invoice.`,
    (s) => `Please send 3 samples by express; we will pay the sample cost and the courier.`,
    (s) => `We confirm the order of ${s.quantity} at ${s.price} and will pay ${s.paymentTerm}.`,
    (s) => `The deposit of ${s.total} was transferred today, and the bank slip is attached.`,
    (s) => `Delivery should be ${s.incoterm}, with arrival at ${s.port} ${s.deadline}.`,
  ],
  negation: [
    () => `Price is not an issue for us as long as the quality is stable.`,
    () => `We are not in a hurry, but we do not want to wait more than two months either.`,
    () => `Your offer is not bad, but we cannot decide before our budget meeting.`,
    () => `No problem with the specification, we only need the certificates.`,
  ],
  closing: [
    () => `Looking forward to your reply.`,
    () => `Thank you in advance.`,
    () => `We hope to start a long-term cooperation with you.`,
    () => `Please reply at your earliest convenience.`,
  ],
};

/**
 * Topics an email body draws from. Early emails ask about the supplier and the
 * product, late ones negotiate and commit, so one email does not ask for a
 * datasheet and report a deposit at once.
 */
const EMAIL_TOPIC_PLANS: readonly (readonly EmailTopic[])[] = [
  ['qualification', 'evaluation', 'quotation', 'urgency', 'negation'],
  ['evaluation', 'quotation', 'objection', 'negation'],
  ['objection', 'commitment', 'urgency', 'negation'],
];

// ---------------------------------------------------------------- composing

const NEUTRAL_EMOJI = ['🙏', '👍', '🙂'] as const;

function renderChatLine(rng: Rng, template: ChatTemplate, slots: Slots): string {
  let text = template.render(slots);
  if (chance(rng, 0.2)) {
    text = text.toLowerCase();
  }
  if (text.length > 3 && chance(rng, 0.2)) {
    text = text.replace(/[.?!]$/, '');
  }
  const emojiChance = template.tone === 'neutral' ? 0.08 : 0.25;
  if (chance(rng, emojiChance)) {
    const emoji = { neutral: NEUTRAL_EMOJI, positive: HAPPY_EMOJI, negative: UNHAPPY_EMOJI }[template.tone];
    text = `${text} ${pick(rng, emoji)}`;
  }
  return text;
}

/** Joins chat lines as buyers do: on new lines, or in one line with a full stop where needed. */
function joinChatLines(rng: Rng, lines: string[]): string {
  if (chance(rng, 0.6)) {
    return lines.join('\n');
  }
  const sentenceEnd = /[.?!)\p{Extended_Pictographic}]$/u;
  const terminated = lines.map((line, index) => {
    const isLast = index === lines.length - 1;
    return isLast || sentenceEnd.test(line) ? line : `${line}.`;
  });
  return terminated.join(' ');
}

function composeChat(rng: Rng, slots: Slots): string {
  const roll = rng();
  if (roll < 0.25) {
    return renderChatLine(rng, pick(rng, CHAT_SHORT), slots);
  }
  if (roll < 0.6) {
    return renderChatLine(rng, pick(rng, CHAT_LINES), slots);
  }
  const lines = [renderChatLine(rng, pick(rng, CHAT_LINES), slots)];
  const extra = roll < 0.85 ? 1 : 2;
  for (let added = 0; added < extra; added += 1) {
    const pool = chance(rng, 0.5) ? CHAT_SHORT : CHAT_LINES;
    const line = renderChatLine(rng, pick(rng, pool), slots);
    if (!lines.includes(line)) {
      lines.push(line);
    }
  }
  return joinChatLines(rng, lines);
}

/** Maximum length of a generated email, greeting and signature included, in characters. */
const MAX_EMAIL_LENGTH = 640;

function composeEmail(rng: Rng, slots: Slots): string {
  const targetLength = randomInt(rng, 160, 600);
  const greeting = pick(rng, [`Dear ${slots.name},`, `Hello ${slots.name},`, `Hi ${slots.name},`, 'Good day,']);
  const closing = pick(rng, EMAIL_SENTENCES.closing)(slots);
  const signature = chance(rng, 0.5) ? `\n${slots.buyer}` : '';
  // Two newlines join greeting, body and closing.
  const bodyBudget = MAX_EMAIL_LENGTH - greeting.length - closing.length - signature.length - 2;
  const sentences: string[] = [];
  if (chance(rng, 0.6)) {
    sentences.push(pick(rng, EMAIL_SENTENCES.introduction)(slots));
  }
  const topics = pick(rng, EMAIL_TOPIC_PLANS);
  let length = sentences.join(' ').length;
  // The attempt cap ends the loop when the drawn topics keep repeating sentences.
  for (let attempt = 0; attempt < 50 && length < targetLength; attempt += 1) {
    const topic = pick(rng, topics);
    const sentence = pick(rng, EMAIL_SENTENCES[topic])(slots);
    if (sentences.includes(sentence)) {
      continue;
    }
    if (length + sentence.length + 1 > bodyBudget) {
      break;
    }
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  return `${greeting}\n${sentences.join(' ')}\n${closing}${signature}`;
}

/** First send time: 5 January 2026, 00:00 UTC. */
const START_MS = Date.UTC(2026, 0, 5);
/** Span the send times are spread over, ending in late November 2026. */
const SPAN_MS = Date.UTC(2026, 10, 25) - START_MS;

/**
 * Generates `count` synthetic buyer messages from `seed`. About four in five
 * are chat lines and the rest email paragraphs of at most 640 characters,
 * which puts the median length near 75 characters (measured over 5,000
 * messages). Send times rise with the index and stay within January to
 * November 2026 for any count, each written in a local UTC offset.
 */
export function generateBuyerMessages(count: number, seed: number): GeneratedMessage[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer, got ${count}`);
  }
  const rng = createRng(seed);
  const step = count > 0 ? SPAN_MS / count : 0;
  const messages: GeneratedMessage[] = [];
  for (let index = 0; index < count; index += 1) {
    const slots = drawSlots(rng);
    const text = chance(rng, 0.82) ? composeChat(rng, slots) : composeEmail(rng, slots);
    const epochMs = Math.floor(START_MS + index * step + rng() * step);
    const sentAt = formatWithOffset(epochMs - (epochMs % 60_000), pick(rng, OFFSETS_MINUTES));
    messages.push({ id: `gen-${seed}-${index}`, text, sentAt });
  }
  return messages;
}
