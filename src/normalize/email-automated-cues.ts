/**
 * Subject and body phrases of machine-sent mail (auto-replies, out-of-office
 * notices, bounces), one table per language keyed by ISO 639-1 code. Entries
 * are regular-expression sources matched without case.
 */
export interface AutomatedMailCues {
  /** Subject starts of auto-replies and delivery reports. */
  subjects: string[];
  /** Out-of-office sentences, matched near the start of a short body. */
  outOfOffice: string[];
}

export const AUTOMATED_CUES_BY_LANGUAGE: Record<string, AutomatedMailCues> = {
  en: {
    subjects: [
      'out of (?:the )?office',
      'automatic reply',
      'auto(?:matic)?[- ]?reply',
      'autoreply',
      'auto-response',
      'undeliverable',
      'undelivered mail',
      'non-?deliverable',
      'delivery status notification',
      'delivery notification',
      'delivery failure',
      'delivery status',
      'mail delivery failed',
      'mail delivery failure',
      'message not delivered',
      'returned mail',
      'failure notice',
      'complaint about message',
    ],
    outOfOffice: ["(?:I am|I'm|I will be) (?:currently )?(?:out of (?:the )?office|on (?:annual )?leave|away from (?:the )?office)"],
  },
  de: {
    subjects: ['abwesenheitsnotiz', 'automatische antwort', 'unzustellbar', 'nicht zustellbar'],
    outOfOffice: ['ich bin (?:derzeit |bis .{1,30} )?(?:nicht im büro|abwesend|im urlaub)'],
  },
  fr: {
    subjects: ['r[ée]ponse automatique', 'absence du bureau', 'non remis', 'message non distribu[ée]'],
    outOfOffice: ['je suis (?:actuellement )?(?:absente?|en cong[ée]s?)'],
  },
  es: {
    subjects: ['respuesta autom[áa]tica', 'fuera de la oficina', 'no entregado'],
    outOfOffice: ['(?:estoy|estar[ée]) (?:actualmente )?fuera de la oficina'],
  },
  pt: {
    subjects: ['resposta autom[áa]tica', 'fora do escrit[óo]rio', 'n[ãa]o entregue'],
    outOfOffice: ['(?:estou|estarei) (?:atualmente )?fora do escrit[óo]rio'],
  },
  it: {
    subjects: ['risposta automatica', 'fuori ufficio', 'non recapitabile'],
    outOfOffice: ['sono (?:attualmente )?fuori (?:ufficio|sede)'],
  },
  nl: {
    subjects: ['automatisch antwoord', 'afwezig', 'onbestelbaar'],
    outOfOffice: ['ik ben (?:momenteel )?afwezig'],
  },
  ru: {
    subjects: ['автоматический ответ', 'автоответ', 'не доставлено'],
    outOfOffice: ['я (?:сейчас )?(?:в отпуске|вне офиса)'],
  },
  ar: {
    subjects: ['رد تلقائي', 'خارج المكتب', 'تعذر التسليم'],
    outOfOffice: ['(?:أنا|انا) (?:حاليا )?خارج المكتب'],
  },
  zh: {
    subjects: ['自动回复', '自動回覆', '退信', '系统退信'],
    outOfOffice: ['我(?:目前)?不在办公室'],
  },
  ja: {
    subjects: ['自動応答', '自動返信', 'メールエラー通知', '配信不能'],
    outOfOffice: ['不在にしております'],
  },
};
