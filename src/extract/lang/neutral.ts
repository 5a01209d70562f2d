/**
 * Language-neutral cues: trade codes and abbreviations that buyers write the
 * same way whatever language the rest of the message is in ("MOQ?", "RFQ",
 * "OEM", "proforma", "PO #", "30% T/T", "L/C", "pcs", "40HQ", "ASAP", "EOD").
 * The engine adds them to every language's cues (`extract/shared-cues.ts`),
 * so an Arabic or Spanish message with "MOQ" and "T/T" reads like an English
 * one. Incoterms, certifications, currency codes and symbols, ports and emoji
 * are neutral already: their extractors use no language's words.
 */
import type { DateCues, SignalCue, TopicCues } from './types.js';

/** Signal cues made of codes only. Ids start with `neutral.`. */
/**
 * Words of receiving that cancel a following "proforma" in every language:
 * "received the proforma", "recebi a proforma" report one that came and ask
 * for none. The English layer, which every language also reads, uses them too.
 */
export const RECEIVED_WORDS: readonly string[] = ['received', 'receive', 'got', 'recebi', 'recebemos', 'recebido', 'recebida', 'recibí', 'recibi', 'recibimos', 'recibido', 'recibida', 'reçu', 'reçue', 'recu', 'recue', 'recevons', 'استلمنا', 'استلمت', 'وصلتنا', 'وصلتني'];

/**
 * Words right before "RFQ" that make it a reference to an RFQ already sent
 * ("Re: RFQ #4410", "Mensaje sobre RFQ #CL-2291", "suite à la RFQ"), which
 * requests no quotation. Every language's RFQ cue uses the whole list, as
 * marketplace headers mix languages.
 */
export const RFQ_REFERENCE_WORDS: readonly string[] = [
  're', 'on ?the', 'regarding ?the|your', 'about ?the|your', 'your', 'reply to', 'ref', 'reference',
  'sobre ?la|el|a|o', 'su', 'tu', 'respecto a|al|de', 'referente a|al|à|ao', 'acerca de|del', 'en relación con|a|al ?la',
  'con relación a|al ?la', 'sua', 'seu', 'resposta a|à|ao', 'relativo a|à|ao',
  'concernant ?la|le', 'sur ?la|le', 'votre', 'réf', 'au sujet de|du ?la', 'suite à|au ?la', 'à propos de|du ?la',
  'بخصوص', 'حول', 'رد', 'بشأن', 'على', 'طلبكم', 'طلبك',
  // A platform's label for a reply inside an RFQ thread: "Message de l'acheteur (RFQ #SN-1160)", "Mensagem automática – RFQ #60601".
  "l'acheteur|acheteur|comprador|buyer|plateforme|plataforma|platform|automatique|automática|automático|automatic",
];

const RFQ_STATUS =
  'follow|followup|follow-up|status|update|reminder|reply|response|message|closed|cancelled|canceled|awarded|' +
  'seguimiento|estado|recordatorio|actualización|actualizacion|respuesta|mensaje|cerrada|cerrado|cancelada|cancelado|adjudicada|' +
  'encerrada|fechada|adjudicado|clôturée|cloturée|fermée|annulée|attribuée|ملغي|ملغاة|مغلق|مغلقة|' +
  'acompanhamento|lembrete|atualização|atualizacao|resposta|mensagem|suivi|relance|rappel|réponse|متابعة|تذكير|تحديث|رد|رسالة';

/**
 * Words after a numbered RFQ that make the header refer to one already sent:
 * "RFQ #4410 follow up", "RFQ 40021 - status", "RFQ #61502 – mensagem do
 * comprador", "RFQ #4410 closed". The engine skips the reference number itself.
 */
export const RFQ_STATUS_WORDS: readonly string[] = [
  RFQ_STATUS,
  `,|-|–|—|: ${RFQ_STATUS}`,
];

/**
 * Words after which a number is a reference, not a quantity or a spec:
 * "PO HL-2231", "RFQ 40021", "Ticket 9931", "Reclamo N° 331", "chamado
 * 5120". The learned layer reads such a number as `shape:id`.
 */
export const REFERENCE_MARKERS: readonly string[] = [
  'po', 'lpo', 'rfq', 'rfi', 'ticket', 'case', 'ref', 'reference', 'no', 'n', 'nº', 'n.º', 'nr', 'nro', 'num', 'number', 'invoice', 'pi', 'awb', 'bl', 'tracking',
  'caso', 'reclamo', 'reclamação', 'reclamacao', 'chamado', 'protocolo', 'número', 'numero', 'factura', 'fatura',
  'dossier', 'réf', 'référence', 'réclamation', 'facture', 'tiquete',
  'رقم', 'تذكرة', 'فاتورة',
];

export const NEUTRAL_SIGNALS: SignalCue[] = [
  { id: 'neutral.moq_question', type: 'intent.early_qualification', pattern: 'moq|moqs ?', strength: 0.7 },
  { id: 'neutral.oem', type: 'intent.early_qualification', pattern: 'oem|odm', strength: 0.6 },
  { id: 'neutral.rfq', type: 'intent.quotation', pattern: 'rfq|rfqs', strength: 0.8, notAfter: RFQ_REFERENCE_WORDS, notBefore: RFQ_STATUS_WORDS },
  // "Received the proforma", "recebi a proforma": one that came, no request. Every language reads this layer.
  { id: 'neutral.proforma', type: 'commitment.invoice_request', pattern: 'proforma|pro-forma', strength: 0.9, cancelledBy: RECEIVED_WORDS },
  { id: 'neutral.pi_question', type: 'commitment.invoice_request', pattern: 'pi|p/i ?', strength: 0.7 },
  { id: 'neutral.po_number', type: 'commitment.order_confirmation', pattern: 'po #', strength: 0.7 },
  { id: 'neutral.mt103', type: 'commitment.payment', pattern: 'mt103|mt-103', strength: 0.7 },
];

/** Unit codes → Parley unit. */
export const NEUTRAL_UNITS: Record<string, string> = {
  pc: 'pcs', pcs: 'pcs', kg: 'kg', kgs: 'kg', mt: 'tons', mts: 'tons', m: 'm', m2: 'm2', 'm²': 'm2', sqm: 'm2',
  ctn: 'cartons', ctns: 'cartons', prs: 'pairs', ltr: 'liters', ltrs: 'liters', fcl: 'containers',
  '20ft': 'containers_20ft', "20'": 'containers_20ft', '20gp': 'containers_20ft', '20dc': 'containers_20ft', "20'gp": 'containers_20ft',
  '40ft': 'containers_40ft', "40'": 'containers_40ft', '40gp': 'containers_40ft', '40dc': 'containers_40ft', "40'gp": 'containers_40ft',
  '40hq': 'containers_40hq', '40hc': 'containers_40hq', "40'hq": 'containers_40hq', "40'hc": 'containers_40hq',
  '40 hq': 'containers_40hq', '40 hc': 'containers_40hq', '40ft hq': 'containers_40hq', '40ft hc': 'containers_40hq',
};

/** Unit codes after "/" in a price ("USD 2.35/pc"). */
export const NEUTRAL_PER_UNIT: Record<string, string> = {
  pc: 'pcs', pcs: 'pcs', kg: 'kg', mt: 'tons', m: 'm', m2: 'm2', 'm²': 'm2', sqm: 'm2', ctn: 'cartons',
};

/**
 * Payment terms written as codes. They come after the language's own terms,
 * whose longer forms ("30% T/T deposit") win at the same position.
 */
export const NEUTRAL_PAYMENT_TERMS = [
  { id: 'neutral.tt_percent', source: String.raw`(\d{1,3})\s*%\s*(?:t/t|tt)(?![\p{L}\p{N}])`, kind: 'tt', percentGroup: 1 },
  { id: 'neutral.lc', source: String.raw`l/c`, kind: 'lc' },
  { id: 'neutral.dp', source: String.raw`d/p`, kind: 'dp' },
  { id: 'neutral.da', source: String.raw`d/a`, kind: 'da' },
  { id: 'neutral.oa', source: String.raw`o/a`, kind: 'open_account' },
  { id: 'neutral.tt', source: String.raw`t/t`, kind: 'tt' },
  { id: 'neutral.paypal', source: String.raw`paypal`, kind: 'paypal' },
  { id: 'neutral.western_union', source: String.raw`western\s+union`, kind: 'western_union' },
];

/** Words a neutral payment term can start with. */
export const NEUTRAL_PAYMENT_STARTS = ['t/t', 'tt', 'l/c', 'd/p', 'd/a', 'o/a', 'paypal', 'western'];

/** Code words that name the topic of a bare predicate ("MOQ?? too high"). */
export const NEUTRAL_TOPIC_WORDS: TopicCues['words'] = [
  { type: 'objection.price', words: ['usd', 'us$', 'eur', 'rmb', 'aed', 'sar', 'fob', 'cif', 'cfr', 'cnf', 'exw', 'ddp', 'dap'] },
  { type: 'objection.moq', words: ['moq', 'moqs', 'qty', 'pcs', 'cntr'] },
  { type: 'objection.lead_time', words: ['eta', 'etd'] },
  { type: 'objection.payment_terms', words: ['l/c', 'lc', 't/t', 'tt'] },
];

/** Date abbreviations used in every language. */
export const NEUTRAL_DATES: Pick<DateCues, 'asap' | 'endOfDay' | 'endOfWeek' | 'endOfMonth'> & Required<Pick<DateCues, 'endOfYear' | 'endOfQuarter'>> = {
  asap: ['asap', 'a.s.a.p'],
  endOfDay: ['eod', 'cob'],
  endOfWeek: ['eow'],
  endOfMonth: ['eom'],
  endOfYear: ['eoy'],
  endOfQuarter: ['eoq'],
};

/** Magnitude suffixes written the same everywhere ("5k"). */
export const NEUTRAL_MAGNITUDES: Record<string, number> = { k: 1_000 };
