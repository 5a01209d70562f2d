/** English entity cues: unit words, currency words, payment terms and places. */
import type { EntityCues } from '../types.js';
import { EN_PLACE_FRAMES } from './place-frames.js';
import { EN_PLACES } from './places.js';

const UNITS: Record<string, string> = {
  pc: 'pcs', pcs: 'pcs', 'pc.': 'pcs', piece: 'pcs', pieces: 'pcs', unit: 'pcs', units: 'pcs', nos: 'pcs',
  set: 'sets', sets: 'sets',
  kg: 'kg', kgs: 'kg', kilo: 'kg', kilos: 'kg', kilogram: 'kg', kilograms: 'kg',
  ton: 'tons', tons: 'tons', tonne: 'tons', tonnes: 'tons', mt: 'tons', mts: 'tons',
  m: 'm', meter: 'm', meters: 'm', metre: 'm', metres: 'm',
  m2: 'm2', 'm²': 'm2', sqm: 'm2', 'sq m': 'm2', 'square meter': 'm2', 'square meters': 'm2', 'square metres': 'm2',
  box: 'boxes', boxes: 'boxes', roll: 'rolls', rolls: 'rolls', pair: 'pairs', pairs: 'pairs', prs: 'pairs',
  liter: 'liters', liters: 'liters', litre: 'liters', litres: 'liters', ltr: 'liters', ltrs: 'liters',
  carton: 'cartons', cartons: 'cartons', ctn: 'cartons', ctns: 'cartons', case: 'cartons', cases: 'cartons',
  bag: 'bags', bags: 'bags', pallet: 'pallets', pallets: 'pallets', drum: 'drums', drums: 'drums',
  bottle: 'bottles', bottles: 'bottles', sheet: 'sheets', sheets: 'sheets', dozen: 'dozen',
  container: 'containers', containers: 'containers', fcl: 'containers',
  '20ft': 'containers_20ft', "20'": 'containers_20ft', '20gp': 'containers_20ft', '20dc': 'containers_20ft',
  '20 ft': 'containers_20ft', '20-foot': 'containers_20ft', '20 foot': 'containers_20ft', "20'gp": 'containers_20ft',
  '40ft': 'containers_40ft', "40'": 'containers_40ft', '40gp': 'containers_40ft', '40dc': 'containers_40ft',
  '40 ft': 'containers_40ft', '40-foot': 'containers_40ft', '40 foot': 'containers_40ft', "40'gp": 'containers_40ft',
  '40hq': 'containers_40hq', '40hc': 'containers_40hq', "40'hq": 'containers_40hq', "40'hc": 'containers_40hq',
  '40 hq': 'containers_40hq', '40 hc': 'containers_40hq', '40ft hq': 'containers_40hq', '40ft hc': 'containers_40hq',
  "40' hq": 'containers_40hq', "40' hc": 'containers_40hq', '40 high cube': 'containers_40hq',
};

/** English entity cues. */
export const EN_ENTITIES: EntityCues = {
  units: UNITS,
  perUnit: {
    pc: 'pcs', pcs: 'pcs', piece: 'pcs', unit: 'pcs', set: 'sets', kg: 'kg', kilo: 'kg', ton: 'tons',
    tonne: 'tons', mt: 'tons', m: 'm', meter: 'm', metre: 'm', m2: 'm2', 'm²': 'm2', sqm: 'm2',
    box: 'boxes', roll: 'rolls', pair: 'pairs', liter: 'liters', litre: 'liters', carton: 'cartons',
    container: 'containers', dozen: 'dozen',
  },
  eachWords: ['each', 'apiece', 'a piece', 'per piece'],
  perWords: ['per', 'a', 'each', '/'],
  currencyWords: {
    dollar: 'USD', dollars: 'USD', bucks: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
    yuan: 'CNY', rmb: 'CNY', dirham: 'AED', dirhams: 'AED', dhs: 'AED', riyal: 'SAR', riyals: 'SAR',
    rupee: 'INR', rupees: 'INR',
  },
  magnitudes: { k: 1_000, thousand: 1_000, m: 1_000_000, mn: 1_000_000, million: 1_000_000 },
  rangeWords: ['to'],
  numberWords: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90,
  },
  durationUnits: {
    day: 1, days: 1, 'working days': 1, 'business days': 1, 'working day': 1, 'calendar days': 1,
    week: 7, weeks: 7, wks: 7, wk: 7, month: 30, months: 30,
  },
  incotermPlaceStopWords: [
    'price', 'prices', 'pricing', 'term', 'terms', 'basis', 'quote', 'quotation', 'offer', 'incoterm',
    'incoterms', 'shipment', 'shipping', 'delivery', 'please', 'or', 'and', 'to', 'port', 'only', 'rate',
    'cost', 'value', 'we', 'i', 'is', 'the', 'with', 'for', 'in', 'at', 'from', 'by', 'if',
  ],
  portIntroducers: ['port of', 'port:', 'destination port', 'discharge port', 'pod:', 'pol:'],
  modelIntroducers: ['model', 'model no.', 'model no', 'model number', 'item', 'item no.', 'item no', 'item number', 'sku', 'part no.', 'part no', 'part number', 'p/n', 'article', 'art. no.', 'ref', 'ref.'],
  productLinkers: ['of'],
  // Words after a bare number that name no goods ("14 stores", "3 times").
  countStops: `
    people persons employees staff workers users customers clients buyers members stores shops branches outlets
    locations sites hotels rooms floors villas apartments schools hospitals clinics restaurants countries cities
    markets regions times models colors colours sizes designs styles variants versions references skus shipments
    orders deliveries trucks lorries photos pictures pages stars reviews points degrees percent more less and the
    for from with per each other others different new old total first last next previous years months weeks days
    hours minutes suppliers factories working business calendar hundred thousand million
    hours hrs mins seconds batches lots shades modes functions layers types kinds sorts ways steps options kva btu kwp hp
    nights inches feet threads microns emails messages buildings homes houses seasons ports products
  `
    .trim()
    .split(/\s+/),
  productStopWords: [
    'model', 'sku', 'item', 'ref', 'type', 'for', 'at', 'with', 'to', 'in', 'per', 'by', 'from', 'and', 'or', 'please', 'price', 'delivered',
    'shipped', 'asap', 'each', 'in', 'on', 'as', 'if', 'we', 'i', 'you', 'that', 'which', 'but',
  ],
  certificationContext: ['certificate', 'certificates', 'certified', 'certification', 'mark', 'marking', 'approval', 'approved', 'compliant', 'compliance', 'standard', 'conformity', 'registration', 'listed'],
  places: EN_PLACES,
  placeFrames: EN_PLACE_FRAMES,
  paymentTermStarts: [
    'irrevocable', 'l/c', 'lc', 'letter', 'sight', 'usance', 'd/p', 'd/a', 'documents', 'net', 't/t', 'tt', 'wire',
    'o/a', 'open', 'cash', 'paypal', 'western', 'escrow', 'trade', 'telegraphic', 'bank', 'deposit', 'advance', 'down',
    'balance',
  ],
  paymentTerms: [
    { id: 'balance_before_shipment', source: String.raw`(\d{1,3})\s*%\s*(?:t/?t\s+)?balance\s+(?:payment\s+)?(?:before|prior\s+to)\s+(?:the\s+)?(?:shipment|shipping|loading|delivery|dispatch)`, kind: 'balance_before_shipment', percentGroup: 1 },
    { id: 'balance_against_bl', source: String.raw`(\d{1,3})\s*%\s*(?:t/?t\s+)?balance\s+(?:payment\s+)?(?:against|upon|on|after)\s+(?:the\s+)?(?:copy\s+of\s+(?:the\s+)?)?(?:b/?l|bl|bill\s+of\s+lading)`, kind: 'balance_against_bl', percentGroup: 1 },
    { id: 'balance', source: String.raw`(\d{1,3})\s*%\s*(?:t/?t\s+)?balance`, kind: 'balance', percentGroup: 1 },
    { id: 'tt_advance', source: String.raw`(\d{1,3})\s*%\s*(?:t/?t|tt|telegraphic\s+transfer|bank\s+transfer)\s+(?:in\s+advance|before\s+production|upfront)`, kind: 'tt_advance', percentGroup: 1 },
    { id: 'tt_deposit', source: String.raw`(\d{1,3})\s*%\s*(?:t/?t\s+|tt\s+)?(?:deposit|advance|down\s*payment|upfront|prepayment)`, kind: 'tt_deposit', percentGroup: 1 },
    { id: 'deposit_of', source: String.raw`(?:deposit|advance|down\s*payment)\s+(?:of\s+)?(\d{1,3})\s*%`, kind: 'tt_deposit', percentGroup: 1 },
    { id: 'lc_at_sight', source: String.raw`(?:irrevocable\s+)?(?:l/?c|letter\s+of\s+credit)\s+at\s+sight|sight\s+(?:l/?c|letter\s+of\s+credit)`, kind: 'lc_at_sight' },
    { id: 'lc_usance', source: String.raw`(?:usance\s+)?(?:l/?c|letter\s+of\s+credit)\s+(?:at\s+)?\d{2,3}\s+days`, kind: 'lc_usance' },
    { id: 'lc', source: String.raw`(?:irrevocable\s+)?(?:l/c|letter\s+of\s+credit)|(?<=\s)lc(?=\s)`, kind: 'lc' },
    { id: 'dp', source: String.raw`d/p|documents\s+against\s+payment`, kind: 'dp' },
    { id: 'da', source: String.raw`d/a|documents\s+against\s+acceptance`, kind: 'da' },
    { id: 'net', source: String.raw`net\s*-?\s*(30|45|60|90|120|15|7)`, kind: 'net_$1' },
    { id: 'tt_in_advance', source: String.raw`(?:t/?t|tt|wire\s+transfer)\s+in\s+advance`, kind: 'tt_advance' },
    { id: 'open_account', source: String.raw`o/a|open\s+account`, kind: 'open_account' },
    { id: 'cash_against_documents', source: String.raw`cash\s+against\s+documents`, kind: 'cad' },
    { id: 'paypal', source: String.raw`paypal`, kind: 'paypal' },
    { id: 'western_union', source: String.raw`western\s+union`, kind: 'western_union' },
    { id: 'escrow', source: String.raw`escrow|trade\s+assurance`, kind: 'escrow' },
    { id: 'tt', source: String.raw`t/t|telegraphic\s+transfer|wire\s+transfer|bank\s+transfer`, kind: 'tt' },
    // A balance paid or sent: "paid the balance", "balance of USD 18,400 paid", "the balance 70%".
    { id: 'balance_share', source: String.raw`balance\s+(?:of\s+)?(\d{1,3})\s*%`, kind: 'balance', percentGroup: 1 },
    { id: 'pay_the_balance', source: String.raw`(?<=(?:paid|wired|sent|transferred|settled|remitted|cleared|pay|wire|send|transfer|settle|remit)\s+(?:the|our|your)\s+)balance`, kind: 'balance' },
    { id: 'balance_paid', source: String.raw`balance(?=\s+(?:of\s+\S+\s+\S+\s+)?(?:has\s+been\s+|was\s+|is\s+)?(?:paid|wired|sent|transferred|settled|remitted))`, kind: 'balance' },
  ],
};
