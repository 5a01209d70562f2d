/**
 * Words that mail clients write around quoted history and signatures, one
 * table per language, keyed by ISO 639-1 code (Danish, Norwegian and Swedish
 * share the `nordic` table). `email-quote.ts`, `email-signature.ts` and
 * `email-signature-block.ts` build their patterns from these tables, so a
 * language is added here only.
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
  /**
   * Words that may end a message but never appear in a sender's name:
   * greetings, thanks and one-word replies ("Happy New Year", "Enjoy",
   * "Confirmed"). A short capitalized line holding one is not taken for a
   * name sign-off. Whole words in lower case, not regular expressions.
   */
  notNameWords: string[];
}

const en: LanguageEmailCues = {
  originalMessage: ['original message', 'forwarded message', 'original e-?mail'],
  headerFrom: ['from'],
  headerFields: ['sent', 'date', 'to', 'cc', 'subject'],
  wroteStart: ['on'],
  // "writes" is the Usenet and mailing-list form: "bob@example.com (Bob) writes:".
  wrote: ['wrote', 'writes'],
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
    'take care',
  ],
  notNameWords: [
    'happy',
    'new',
    'year',
    'merry',
    'christmas',
    'holidays',
    'weekend',
    'enjoy',
    'thanks',
    'thank',
    'you',
    'regards',
    'best',
    'cheers',
    'good',
    'luck',
    'hello',
    'hi',
    'dear',
    'welcome',
    'congratulations',
    'please',
    'ok',
    'okay',
    'yes',
    'no',
    'sure',
    'agreed',
    'noted',
    'done',
    'urgent',
    'confirmed',
    'accepted',
    'approved',
    'received',
    'attached',
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
  notNameWords: [
    'merci',
    'bonjour',
    'bonne',
    'année',
    'joyeux',
    'noël',
    'oui',
    'non',
    "d'accord",
    'urgent',
    'confirmé',
    'reçu',
  ],
};

const de: LanguageEmailCues = {
  originalMessage: ['ursprüngliche nachricht', 'original-nachricht', 'weitergeleitete nachricht'],
  headerFrom: ['von'],
  headerFields: ['gesendet', 'datum', 'an', 'cc', 'betreff'],
  wroteStart: ['am'],
  wrote: ['schrieb'],
  sentFromDevice: ['von meinem .* gesendet', 'gesendet von meinem', 'gesendet von (?:outlook|mail)'],
  valedictions: ['mit freundlichen grüßen', 'viele grüße', 'freundliche grüße', 'beste grüße', 'liebe grüße', 'gruß', 'mfg'],
  notNameWords: [
    'danke',
    'hallo',
    'frohe',
    'frohes',
    'gutes',
    'neues',
    'jahr',
    'weihnachten',
    'ja',
    'nein',
    'dringend',
    'bestätigt',
    'erhalten',
  ],
};

const es: LanguageEmailCues = {
  originalMessage: ['mensaje original', 'mensaje reenviado'],
  headerFrom: ['de'],
  headerFields: ['enviado', 'fecha', 'para', 'cc', 'asunto'],
  wroteStart: ['el'],
  wrote: ['escribió'],
  sentFromDevice: ['enviado desde mi', 'obtener outlook para'],
  valedictions: ['saludos', 'saludos cordiales', 'un saludo', 'atentamente', 'gracias'],
  notNameWords: ['gracias', 'hola', 'feliz', 'año', 'navidad', 'sí', 'no', 'urgente', 'confirmado', 'recibido'],
};

const pt: LanguageEmailCues = {
  originalMessage: ['mensagem original', 'mensagem encaminhada'],
  headerFrom: ['de'],
  headerFields: ['enviad[ao]', 'enviada em', 'data', 'para', 'cc', 'assunto'],
  wroteStart: ['em'],
  wrote: ['escreveu'],
  sentFromDevice: ['enviado do meu', 'enviado a partir do meu', 'obter o outlook para'],
  valedictions: ['atenciosamente', 'cumprimentos', 'abraços', 'obrigad[oa]'],
  notNameWords: ['obrigado', 'obrigada', 'olá', 'feliz', 'ano', 'natal', 'sim', 'não', 'urgente', 'confirmado', 'recebido'],
};

const it: LanguageEmailCues = {
  originalMessage: ['messaggio originale', 'messaggio inoltrato'],
  headerFrom: ['da'],
  headerFields: ['inviato', 'data', 'a', 'cc', 'oggetto'],
  wroteStart: ['il'],
  wrote: ['ha scritto'],
  sentFromDevice: ['inviato da', 'inviato dal mio'],
  valedictions: ['cordiali saluti', 'distinti saluti', 'saluti', 'grazie'],
  notNameWords: ['grazie', 'ciao', 'buon', 'buone', 'anno', 'natale', 'feste', 'sì', 'no', 'urgente', 'confermato', 'ricevuto'],
};

const nl: LanguageEmailCues = {
  originalMessage: ['oorspronkelijk bericht', 'doorgestuurd bericht'],
  headerFrom: ['van'],
  headerFields: ['verzonden', 'datum', 'aan', 'cc', 'onderwerp'],
  wroteStart: ['op'],
  wrote: ['schreef'],
  sentFromDevice: ['verzonden vanaf mijn', 'verstuurd vanaf mijn'],
  valedictions: ['met vriendelijke groet(?:en)?', 'groeten'],
  notNameWords: [],
};

const ru: LanguageEmailCues = {
  originalMessage: ['исходное сообщение', 'пересылаемое сообщение'],
  headerFrom: ['от'],
  headerFields: ['отправлено', 'дата', 'кому', 'копия', 'тема'],
  wroteStart: ['в'],
  wrote: ['написал\\(а\\)', 'написала', 'написал', 'пишет'],
  sentFromDevice: ['отправлено с', 'отправлено из'],
  valedictions: ['с уважением', 'спасибо'],
  notNameWords: [
    'спасибо',
    'привет',
    'здравствуйте',
    'с',
    'новым',
    'годом',
    'да',
    'нет',
    'срочно',
    'подтверждаю',
    'получено',
  ],
};

const ar: LanguageEmailCues = {
  originalMessage: ['الرسالة الأصلية', 'رسالة معاد توجيهها'],
  headerFrom: ['من'],
  headerFields: ['أرسل', 'أرسلت', 'تاريخ الإرسال', 'التاريخ', 'إلى', 'نسخة', 'الموضوع'],
  wroteStart: ['في'],
  wrote: ['كتب'],
  sentFromDevice: ['أرسلت من', 'مرسل من', 'تم الإرسال من'],
  valedictions: ['مع التحية', 'مع خالص التحية', 'تحياتي', 'شكرا'],
  notNameWords: [],
};

/** Ukrainian: "29 грудня 2017 р. о 19:09 <a@example.com> написав:". */
const uk: LanguageEmailCues = {
  originalMessage: ['оригінальне повідомлення', 'пересланий лист'],
  headerFrom: ['від'],
  headerFields: ['надіслано', 'дата', 'кому', 'копія', 'тема'],
  wroteStart: [],
  wrote: ['написав', 'написала', 'пише'],
  sentFromDevice: ['надіслано з'],
  valedictions: ['з повагою', 'дякую'],
  notNameWords: ['дякую', 'вітаю', 'так', 'ні'],
};

/** Catalan: "El 19/03/2014 11:34, Anna <a@example.com> ha escrit:". */
const ca: LanguageEmailCues = {
  originalMessage: ['missatge original', 'missatge reenviat'],
  headerFrom: ['de'],
  headerFields: ['enviat', 'data', 'per a', 'a', 'cc', 'assumpte'],
  wroteStart: ['el'],
  wrote: ['ha escrit'],
  sentFromDevice: ['enviat des del meu'],
  valedictions: ['salutacions', 'atentament', 'gràcies'],
  notNameWords: ['gràcies', 'hola', 'bon', 'any', 'sí', 'no'],
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
  notNameWords: [],
};

const fi: LanguageEmailCues = {
  originalMessage: ['alkuperäinen viesti'],
  headerFrom: ['lähettäjä'],
  headerFields: ['lähetetty', 'päivämäärä', 'vastaanottaja', 'aihe'],
  wroteStart: [],
  wrote: ['kirjoitti'],
  sentFromDevice: ['lähetetty iphonesta'],
  valedictions: ['ystävällisin terveisin', 'terveisin'],
  notNameWords: [],
};

const hu: LanguageEmailCues = {
  originalMessage: ['eredeti üzenet', 'továbbított üzenet'],
  headerFrom: ['feladó'],
  headerFields: ['elküldve', 'dátum', 'címzett', 'tárgy'],
  wroteStart: [],
  wrote: ['írta'],
  sentFromDevice: ['iphone-ról küldve'],
  valedictions: ['üdvözlettel', 'köszönöm'],
  notNameWords: [],
};

const pl: LanguageEmailCues = {
  originalMessage: ['oryginalna wiadomość', 'wiadomość oryginalna'],
  headerFrom: ['od'],
  headerFields: ['wysłano', 'data', 'do', 'temat'],
  wroteStart: ['w dniu'],
  wrote: ['napisał\\(a\\)', 'napisała', 'napisał', 'pisze'],
  sentFromDevice: ['wysłane z mojego'],
  valedictions: ['pozdrawiam', 'z poważaniem'],
  notNameWords: [],
};

const zh: LanguageEmailCues = {
  originalMessage: ['原始邮件', '原始郵件', '转发的邮件'],
  headerFrom: ['发件人', '寄件者'],
  headerFields: ['发送时间', '日期', '收件人', '抄送', '主题', '主旨'],
  wroteStart: [],
  wrote: ['写道', '寫道'],
  sentFromDevice: ['发自我的', '从我的'],
  valedictions: ['此致', '谢谢'],
  notNameWords: [],
};

const ja: LanguageEmailCues = {
  originalMessage: ['元のメッセージ', 'オリジナル メッセージ'],
  headerFrom: ['差出人', '送信者'],
  headerFields: ['送信日時', '日付', '宛先', '件名'],
  wroteStart: [],
  wrote: ['書きました'],
  sentFromDevice: ['iphoneから送信'],
  valedictions: ['よろしくお願いします', 'よろしくお願いいたします'],
  notNameWords: [],
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
  uk,
  ar,
  ca,
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
