/**
 * Words that mail clients write around quoted history and signatures, one
 * table per language, keyed by ISO 639-1 code (Danish, Norwegian and Swedish
 * share the `nordic` table). `email-quote.ts` and `email-signature.ts`
 * build their patterns from these tables, so a language is added here only.
 * Matching ignores case. Entries are regular-expression sources, so "." and
 * "(" must be escaped.
 */
export interface LanguageEmailCues {
  /** Text between the dashes of an Outlook separator: "-----Original Message-----". */
  originalMessage: string[];
  /** Field name that opens an Outlook header block ("From:" in "From: … Sent: …"). */
  headerFrom: string[];
  /** Other field names of that block (Sent, To, Subject, Date, Cc). */
  headerFields: string[];
  /** First word of a reply header such as "On <date>, <name> wrote:". */
  wroteStart: string[];
  /** The verb of that header ("wrote", "a écrit", "schrieb"). */
  wrote: string[];
  /** Start of a mobile client's footer ("Sent from my iPhone"). */
  sentFromDevice: string[];
  /** Sign-off lines that open a signature block ("Best regards,"). */
  valedictions: string[];
}

const en: LanguageEmailCues = {
  originalMessage: ['original message', 'forwarded message', 'original e-?mail'],
  headerFrom: ['from'],
  headerFields: ['sent', 'date', 'to', 'cc', 'subject'],
  wroteStart: ['on'],
  wrote: ['wrote'],
  sentFromDevice: ['sent from my', 'sent from (?:outlook|mail|yahoo mail)', 'get outlook for', 'sent via', 'sent using'],
  valedictions: [
    'best',
    'best regards',
    'kind regards',
    'warm regards',
    'warmest regards',
    'regards',
    'many thanks',
    'thanks (?:and|&) regards',
    'best wishes',
    'cheers',
    'sincerely',
    'yours (?:sincerely|truly|faithfully)',
    'rgds',
    'br',
    'thanks',
    'thank you',
  ],
};

const fr: LanguageEmailCues = {
  originalMessage: ["message d'origine", 'message transféré', 'message original'],
  headerFrom: ['de'],
  headerFields: ['envoyé', 'date', 'à', 'cc', 'objet'],
  wroteStart: ['le'],
  wrote: ['a écrit'],
  sentFromDevice: ['envoyé de mon', 'envoyé depuis mon', 'obtenir outlook pour'],
  valedictions: ['cordialement', 'bien à vous', 'bien cordialement', 'salutations', 'merci'],
};

const de: LanguageEmailCues = {
  originalMessage: ['ursprüngliche nachricht', 'original-nachricht', 'weitergeleitete nachricht'],
  headerFrom: ['von'],
  headerFields: ['gesendet', 'datum', 'an', 'cc', 'betreff'],
  wroteStart: ['am'],
  wrote: ['schrieb'],
  sentFromDevice: ['von meinem .* gesendet', 'gesendet von meinem', 'gesendet von (?:outlook|mail)'],
  valedictions: ['mit freundlichen grüßen', 'viele grüße', 'freundliche grüße', 'beste grüße', 'liebe grüße', 'gruß', 'mfg'],
};

const es: LanguageEmailCues = {
  originalMessage: ['mensaje original', 'mensaje reenviado'],
  headerFrom: ['de'],
  headerFields: ['enviado', 'fecha', 'para', 'cc', 'asunto'],
  wroteStart: ['el'],
  wrote: ['escribió'],
  sentFromDevice: ['enviado desde mi', 'obtener outlook para'],
  valedictions: ['saludos', 'saludos cordiales', 'un saludo', 'atentamente', 'gracias'],
};

const pt: LanguageEmailCues = {
  originalMessage: ['mensagem original', 'mensagem encaminhada'],
  headerFrom: ['de'],
  headerFields: ['enviad[ao]', 'enviada em', 'data', 'para', 'cc', 'assunto'],
  wroteStart: ['em'],
  wrote: ['escreveu'],
  sentFromDevice: ['enviado do meu', 'enviado a partir do meu', 'obter o outlook para'],
  valedictions: ['atenciosamente', 'cumprimentos', 'abraços', 'obrigad[oa]'],
};

const it: LanguageEmailCues = {
  originalMessage: ['messaggio originale', 'messaggio inoltrato'],
  headerFrom: ['da'],
  headerFields: ['inviato', 'data', 'a', 'cc', 'oggetto'],
  wroteStart: ['il'],
  wrote: ['ha scritto'],
  sentFromDevice: ['inviato da', 'inviato dal mio'],
  valedictions: ['cordiali saluti', 'distinti saluti', 'saluti', 'grazie'],
};

const nl: LanguageEmailCues = {
  originalMessage: ['oorspronkelijk bericht', 'doorgestuurd bericht'],
  headerFrom: ['van'],
  headerFields: ['verzonden', 'datum', 'aan', 'cc', 'onderwerp'],
  wroteStart: ['op'],
  wrote: ['schreef'],
  sentFromDevice: ['verzonden vanaf mijn', 'verstuurd vanaf mijn'],
  valedictions: ['met vriendelijke groet(?:en)?', 'groeten'],
};

const ru: LanguageEmailCues = {
  originalMessage: ['исходное сообщение', 'пересылаемое сообщение'],
  headerFrom: ['от'],
  headerFields: ['отправлено', 'дата', 'кому', 'копия', 'тема'],
  wroteStart: ['в'],
  wrote: ['написал\\(а\\)', 'написала', 'написал', 'пишет'],
  sentFromDevice: ['отправлено с', 'отправлено из'],
  valedictions: ['с уважением', 'спасибо'],
};

const ar: LanguageEmailCues = {
  originalMessage: ['الرسالة الأصلية', 'رسالة معاد توجيهها'],
  headerFrom: ['من'],
  headerFields: ['أرسل', 'أرسلت', 'تاريخ الإرسال', 'التاريخ', 'إلى', 'نسخة', 'الموضوع'],
  wroteStart: ['في'],
  wrote: ['كتب'],
  sentFromDevice: ['أرسلت من', 'مرسل من', 'تم الإرسال من'],
  valedictions: ['مع التحية', 'مع خالص التحية', 'تحياتي', 'شكرا'],
};

/** Danish, Norwegian and Swedish share most words. */
const nordic: LanguageEmailCues = {
  originalMessage: ['oprindelig meddelelse', 'opprinnelig melding', 'ursprungligt meddelande', 'videresendt melding'],
  headerFrom: ['fra', 'från'],
  headerFields: ['sendt', 'skickat', 'dato', 'datum', 'til', 'till', 'emne', 'ämne'],
  wroteStart: ['den'],
  wrote: ['skrev'],
  sentFromDevice: ['sendt fra min', 'skickat från min'],
  valedictions: ['med venlig hilsen', 'med vennlig hilsen', 'med vänliga hälsningar', 'hilsen'],
};

const fi: LanguageEmailCues = {
  originalMessage: ['alkuperäinen viesti'],
  headerFrom: ['lähettäjä'],
  headerFields: ['lähetetty', 'päivämäärä', 'vastaanottaja', 'aihe'],
  wroteStart: [],
  wrote: ['kirjoitti'],
  sentFromDevice: ['lähetetty iphonesta'],
  valedictions: ['ystävällisin terveisin', 'terveisin'],
};

const hu: LanguageEmailCues = {
  originalMessage: ['eredeti üzenet', 'továbbított üzenet'],
  headerFrom: ['feladó'],
  headerFields: ['elküldve', 'dátum', 'címzett', 'tárgy'],
  wroteStart: [],
  wrote: ['írta'],
  sentFromDevice: ['iphone-ról küldve'],
  valedictions: ['üdvözlettel', 'köszönöm'],
};

const pl: LanguageEmailCues = {
  originalMessage: ['oryginalna wiadomość', 'wiadomość oryginalna'],
  headerFrom: ['od'],
  headerFields: ['wysłano', 'data', 'do', 'temat'],
  wroteStart: ['w dniu'],
  wrote: ['napisał\\(a\\)', 'napisała', 'napisał'],
  sentFromDevice: ['wysłane z mojego'],
  valedictions: ['pozdrawiam', 'z poważaniem'],
};

const zh: LanguageEmailCues = {
  originalMessage: ['原始邮件', '原始郵件', '转发的邮件'],
  headerFrom: ['发件人', '寄件者'],
  headerFields: ['发送时间', '日期', '收件人', '抄送', '主题', '主旨'],
  wroteStart: [],
  wrote: ['写道', '寫道'],
  sentFromDevice: ['发自我的', '从我的'],
  valedictions: ['此致', '谢谢'],
};

const ja: LanguageEmailCues = {
  originalMessage: ['元のメッセージ', 'オリジナル メッセージ'],
  headerFrom: ['差出人', '送信者'],
  headerFields: ['送信日時', '日付', '宛先', '件名'],
  wroteStart: [],
  wrote: ['書きました'],
  sentFromDevice: ['iphoneから送信'],
  valedictions: ['よろしくお願いします', 'よろしくお願いいたします'],
};

export const EMAIL_CUES_BY_LANGUAGE: Record<string, LanguageEmailCues> = {
  en,
  fr,
  de,
  es,
  pt,
  it,
  nl,
  ru,
  ar,
  nordic,
  fi,
  hu,
  pl,
  zh,
  ja,
};

/** Joins one cue list of every language into a regular-expression alternation, longest first. */
export function cueAlternation(pick: (cues: LanguageEmailCues) => string[]): string {
  const all = new Set(Object.values(EMAIL_CUES_BY_LANGUAGE).flatMap(pick));
  return [...all].sort((a, b) => b.length - a.length).join('|');
}
