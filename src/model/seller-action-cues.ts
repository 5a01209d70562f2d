/**
 * Cue tables for the seller actions, one per language Parley reads. A cue
 * matches a word of `first` followed in the same sentence by a word of `then`.
 * Words are written as a native writer spells them. The matcher ignores
 * case, and a Latin accent of a word is optional in the text ("cotización"
 * also matches "cotizacion") unless the word is in `exactAccents`. Arabic
 * letter forms and harakat are folded as the extractor folds them. A hyphen
 * in a word may also be a space or nothing ("ci-joint", "ci joint", "cijoint").
 *
 * Only completed actions are cues: past forms, passives and "attached"
 * words. Future and present forms ("enviaremos", "nous enverrons", "سنرسل")
 * and infinitives ("¿pueden enviar muestras?") are left out on purpose,
 * because a promise or a request is not a quote or a sample sent.
 */
import type { SellerActionKind } from './types.js';

export interface SellerActionCue {
  kind: SellerActionKind;
  first: readonly string[];
  then: readonly string[];
  /** Maximum characters between the two words. 0 means adjacent words, with only spaces or tabs between them. */
  maxGap: number;
}

export interface SellerActionLanguage {
  /** ISO 639-1 code of the language. */
  code: string;
  cues: readonly SellerActionCue[];
  /**
   * Words that cancel a cue when they occur inside the matched words or just
   * before them in the same clause. The non-English languages share their
   * negators, because a Spanish cue word can match Portuguese text.
   */
  negators: readonly string[];
  /** Negators of the other languages that are ordinary words in this one. */
  negatorLookalikes?: readonly string[];
  /** Words whose accent distinguishes them from another word, so the text must carry it. */
  exactAccents?: readonly string[];
  /** True when a cue inside a question does not count ("¿le enviamos las muestras?"). */
  statementsOnly: boolean;
  /**
   * Prefixes written joined to a word, as groups tried in order. Each group
   * adds at most one optional prefix, so Arabic "والعينات" is "و" + "ال" + "عينات".
   */
  proclitics?: readonly (readonly string[])[];
  /** Stems that mark an attachment file name as a quote when found anywhere in it ("cotizacion_2026.pdf"). */
  quoteFileStems: readonly string[];
}

// ------------------------------------------------------------------ English

const EN_QUOTE = ['quotation', 'quote', 'offer', 'proforma', 'price list'];
const EN_ATTACHED = ['attached', 'enclosed', 'please find'];
const EN_SAMPLES = ['sample', 'samples'];
const EN_SHIPPED = ['sent', 'shipped', 'dispatched', 'couriered'];
const EN_DOCUMENTS = [
  'datasheet',
  'data sheet',
  'catalog',
  'catalogue',
  'certificate',
  'drawing',
  'test report',
  'specification',
  'brochure',
  'document',
  'documents',
];

/**
 * English has no negators and also reads questions, so "did you get the
 * samples we sent?" counts as samples sent.
 *
 * NOTE: "samples have not been sent" also counts as samples sent.
 */
const ENGLISH: SellerActionLanguage = {
  code: 'en',
  cues: [
    { kind: 'quote_sent', first: EN_QUOTE, then: ['attached', 'enclosed', 'below', 'sent'], maxGap: 40 },
    { kind: 'quote_sent', first: EN_ATTACHED, then: EN_QUOTE, maxGap: 40 },
    { kind: 'quote_sent', first: ['sent', 'emailed', 'shared'], then: EN_QUOTE, maxGap: 40 },
    { kind: 'samples_sent', first: EN_SAMPLES, then: [...EN_SHIPPED, 'on the way'], maxGap: 40 },
    { kind: 'samples_sent', first: EN_SHIPPED, then: EN_SAMPLES, maxGap: 40 },
    { kind: 'documents_sent', first: EN_ATTACHED, then: EN_DOCUMENTS, maxGap: 60 },
  ],
  negators: [],
  statementsOnly: false,
  quoteFileStems: ['quot', 'offer', 'proforma', 'price'],
};

// ------------------------------------------------------------------ Spanish

const ES_QUOTE = [
  'cotización',
  'cotizaciones',
  'presupuesto',
  'oferta',
  'propuesta comercial',
  'propuesta económica',
  'proforma',
  'pro forma',
  'factura proforma',
  'lista de precios',
  'tarifa',
  'tarifas',
];
const ES_SAMPLES = ['muestra', 'muestras'];
const ES_DOCUMENTS = [
  'ficha técnica',
  'fichas técnicas',
  'hoja técnica',
  'hoja de datos',
  'catálogo',
  'catálogos',
  'certificado',
  'certificados',
  'plano',
  'planos',
  'informe de ensayo',
  'informe de pruebas',
  'especificación',
  'especificaciones',
  'folleto',
  'documento',
  'documentos',
  'documentación',
];
/** Words before the noun: "adjunto la cotización", "le hemos enviado las muestras". */
const ES_ATTACHED = ['adjunto', 'adjunta', 'adjuntamos', 'adjunté', 'anexo', 'anexamos', 'en el adjunto'];
/**
 * NOTE: bare "enviamos" is no cue, because it is both "we send" and "we sent"
 * ("enviamos muestras gratis"), so "ayer enviamos las muestras" is missed.
 * Portuguese "enviamos" is left out for the same reason.
 */
const ES_SENT = [
  'envié',
  'mandé',
  'he enviado',
  'hemos enviado',
  'he mandado',
  'hemos mandado',
  'hemos despachado',
  'ya enviamos',
  'ya le enviamos',
  'ya les enviamos',
  'ya mandamos',
  'ya despachamos',
];
/** Words after the noun: "la cotización adjunta", "las muestras fueron enviadas". */
const ES_ATTACHED_AFTER = ['adjunta', 'adjunto', 'adjuntas', 'adjuntos', 'en adjunto', 'anexa', 'anexo'];
const ES_SENT_AFTER = [
  'fue enviada',
  'fue enviado',
  'fueron enviadas',
  'fueron enviados',
  'ha sido enviada',
  'ha sido enviado',
  'han sido enviadas',
  'han sido enviados',
  'se envió',
  'se enviaron',
  'fue despachada',
  'fueron despachadas',
  'se despachó',
  'se despacharon',
  'ya salió',
  'ya salieron',
  'salió hoy',
  'salieron hoy',
  'salió ayer',
  'salieron ayer',
  'está en camino',
  'están en camino',
  'va en camino',
  'van en camino',
];
const ES_PARTICIPLES = ['enviada', 'enviado', 'enviadas', 'enviados', 'despachada', 'despachadas', 'mandada', 'mandadas'];

const SPANISH: SellerActionLanguage = {
  code: 'es',
  cues: [
    { kind: 'quote_sent', first: [...ES_ATTACHED, ...ES_SENT], then: ES_QUOTE, maxGap: 40 },
    { kind: 'quote_sent', first: ES_QUOTE, then: [...ES_ATTACHED_AFTER, ...ES_SENT_AFTER, 'a continuación'], maxGap: 40 },
    { kind: 'quote_sent', first: ES_QUOTE, then: ES_PARTICIPLES, maxGap: 0 },
    { kind: 'samples_sent', first: ES_SENT, then: ES_SAMPLES, maxGap: 40 },
    { kind: 'samples_sent', first: ES_SAMPLES, then: ES_SENT_AFTER, maxGap: 40 },
    { kind: 'samples_sent', first: ES_SAMPLES, then: ES_PARTICIPLES, maxGap: 0 },
    { kind: 'documents_sent', first: [...ES_ATTACHED, ...ES_SENT], then: ES_DOCUMENTS, maxGap: 60 },
    { kind: 'documents_sent', first: ES_DOCUMENTS, then: [...ES_ATTACHED_AFTER, ...ES_SENT_AFTER], maxGap: 40 },
  ],
  negators: ['no', 'nunca', 'jamás', 'tampoco', 'ni'],
  // Without the accent these are requests: "envíe" or Portuguese "envie" (send), "mande", "adjunte".
  exactAccents: ['envié', 'mandé', 'adjunté'],
  statementsOnly: true,
  quoteFileStems: ['cotiz', 'presupuesto', 'oferta', 'precio'],
};

// ------------------------------------------------------------------ Portuguese

const PT_QUOTE = [
  'orçamento',
  'orçamentos',
  'cotação',
  'cotações',
  'proposta',
  'proposta comercial',
  'oferta',
  'proforma',
  'pro forma',
  'fatura proforma',
  'lista de preços',
  'tabela de preços',
];
const PT_SAMPLES = ['amostra', 'amostras'];
const PT_DOCUMENTS = [
  'ficha técnica',
  'fichas técnicas',
  'folha de dados',
  'catálogo',
  'catálogos',
  'certificado',
  'certificados',
  'desenho',
  'desenhos',
  'relatório de ensaio',
  'relatório de teste',
  'laudo',
  'laudos',
  'especificação',
  'especificações',
  'folheto',
  'documento',
  'documentos',
  'documentação',
];
const PT_ATTACHED = ['em anexo', 'anexo', 'anexamos', 'anexei', 'conforme anexo'];
/**
 * "Segue" hands over what follows it closely ("segue o orçamento", "seguem
 * abaixo as fichas técnicas"), but it is also "goes on", so its cues allow a short gap.
 */
const PT_HANDED_OVER = ['segue', 'seguem'];
const PT_SENT = [
  'enviei',
  'mandei',
  'despachei',
  'já enviamos',
  'já lhe enviamos',
  'já lhes enviamos',
  'já mandamos',
  'já despachamos',
];
const PT_ATTACHED_AFTER = ['segue em anexo', 'seguem em anexo', 'segue anexo', 'segue anexa', 'em anexo', 'anexo', 'anexa', 'anexado', 'anexada'];
const PT_SENT_AFTER = [
  'foi enviado',
  'foi enviada',
  'foram enviados',
  'foram enviadas',
  'foi despachado',
  'foi despachada',
  'foram despachados',
  'foram despachadas',
  'foram postadas',
  'seguiu',
  'seguiram',
  'já saiu',
  'já saíram',
  'saiu hoje',
  'saíram hoje',
  'saiu ontem',
  'saíram ontem',
  'está a caminho',
  'estão a caminho',
  'está em trânsito',
  'estão em trânsito',
];
const PT_PARTICIPLES = ['enviado', 'enviada', 'enviados', 'enviadas', 'despachado', 'despachada', 'despachados', 'despachadas'];

const PORTUGUESE: SellerActionLanguage = {
  code: 'pt',
  cues: [
    { kind: 'quote_sent', first: [...PT_ATTACHED, ...PT_SENT], then: PT_QUOTE, maxGap: 40 },
    { kind: 'quote_sent', first: PT_HANDED_OVER, then: PT_QUOTE, maxGap: 10 },
    { kind: 'quote_sent', first: PT_QUOTE, then: [...PT_ATTACHED_AFTER, ...PT_SENT_AFTER, 'abaixo'], maxGap: 40 },
    { kind: 'quote_sent', first: PT_QUOTE, then: PT_PARTICIPLES, maxGap: 0 },
    { kind: 'samples_sent', first: PT_SENT, then: PT_SAMPLES, maxGap: 40 },
    { kind: 'samples_sent', first: PT_SAMPLES, then: PT_SENT_AFTER, maxGap: 40 },
    { kind: 'samples_sent', first: PT_SAMPLES, then: PT_PARTICIPLES, maxGap: 0 },
    { kind: 'documents_sent', first: [...PT_ATTACHED, ...PT_SENT], then: PT_DOCUMENTS, maxGap: 60 },
    { kind: 'documents_sent', first: PT_HANDED_OVER, then: PT_DOCUMENTS, maxGap: 10 },
    { kind: 'documents_sent', first: PT_DOCUMENTS, then: [...PT_ATTACHED_AFTER, ...PT_SENT_AFTER], maxGap: 40 },
  ],
  negators: ['não', 'nunca', 'jamais', 'nem'],
  // "no" is "em" + "o": "segue no anexo o orçamento".
  negatorLookalikes: ['no'],
  statementsOnly: true,
  quoteFileStems: ['orçamento', 'cotação', 'proposta', 'preço'],
};

// ------------------------------------------------------------------ French

const FR_QUOTE = [
  'devis',
  'offre',
  'offre de prix',
  'proposition commerciale',
  'proposition de prix',
  'cotation',
  'proforma',
  'pro forma',
  'facture proforma',
  'grille tarifaire',
  'liste de prix',
  'tarif',
  'tarifs',
];
const FR_SAMPLES = ['échantillon', 'échantillons'];
const FR_DOCUMENTS = [
  'fiche technique',
  'fiches techniques',
  'fiche de données',
  'catalogue',
  'catalogues',
  'certificat',
  'certificats',
  'plan',
  'plans',
  "rapport d'essai",
  "rapport d'essais",
  'rapport de test',
  'spécification',
  'spécifications',
  'cahier des charges',
  'brochure',
  'plaquette',
  'notice',
  'document',
  'documents',
  'documentation',
];
const FR_ATTACHED = [
  'ci-joint',
  'ci-jointe',
  'ci-joints',
  'ci-jointes',
  'en pièce jointe',
  'en pièces jointes',
  'en pj',
  'veuillez trouver',
  'vous trouverez',
  'joins',
  'joignons',
];
/** "Avons envoyé" also matches "nous vous avons envoyé" and "nous l'avons envoyé". */
const FR_SENT = [
  'ai envoyé',
  'avons envoyé',
  'ai expédié',
  'avons expédié',
  'ai transmis',
  'avons transmis',
  'ai fait parvenir',
  'avons fait parvenir',
];
const FR_ATTACHED_AFTER = ['ci-joint', 'ci-jointe', 'ci-joints', 'ci-jointes', 'en pièce jointe', 'en pièces jointes', 'en pj', 'joint', 'jointe'];
const FR_SENT_AFTER = [
  'a été envoyé',
  'a été envoyée',
  'ont été envoyés',
  'ont été envoyées',
  'a été expédié',
  'a été expédiée',
  'ont été expédiés',
  'ont été expédiées',
  'a été transmis',
  'a été transmise',
];
/**
 * Samples on their way. The singular forms must follow the noun directly,
 * because "c'est parti" is "here we go": "échantillons validés, c'est parti".
 */
const FR_GONE = ['sont partis', 'sont parties', 'sont en route', 'sont en chemin'];
const FR_GONE_SINGULAR = ['est parti', 'est partie', 'est en route', 'est en chemin'];
const FR_PARTICIPLES = ['envoyé', 'envoyée', 'envoyés', 'envoyées', 'expédié', 'expédiée', 'expédiés', 'expédiées', 'transmis', 'transmise'];

const FRENCH: SellerActionLanguage = {
  code: 'fr',
  cues: [
    { kind: 'quote_sent', first: [...FR_ATTACHED, ...FR_SENT], then: FR_QUOTE, maxGap: 40 },
    { kind: 'quote_sent', first: FR_QUOTE, then: [...FR_ATTACHED_AFTER, ...FR_SENT_AFTER, 'ci-dessous'], maxGap: 40 },
    { kind: 'quote_sent', first: FR_QUOTE, then: FR_PARTICIPLES, maxGap: 0 },
    { kind: 'samples_sent', first: FR_SENT, then: FR_SAMPLES, maxGap: 40 },
    { kind: 'samples_sent', first: FR_SAMPLES, then: [...FR_SENT_AFTER, ...FR_GONE], maxGap: 40 },
    { kind: 'samples_sent', first: FR_SAMPLES, then: FR_GONE_SINGULAR, maxGap: 0 },
    { kind: 'samples_sent', first: FR_SAMPLES, then: FR_PARTICIPLES, maxGap: 0 },
    { kind: 'documents_sent', first: [...FR_ATTACHED, ...FR_SENT], then: FR_DOCUMENTS, maxGap: 60 },
    { kind: 'documents_sent', first: FR_DOCUMENTS, then: [...FR_ATTACHED_AFTER, ...FR_SENT_AFTER], maxGap: 40 },
  ],
  // "n'" is left out because "pas" or "jamais" follows it: "nous n'avons pas envoyé".
  negators: ['ne', 'pas', 'jamais', 'aucun', 'aucune'],
  // "no" abbreviates "numéro": "commande no 55".
  negatorLookalikes: ['no'],
  statementsOnly: true,
  quoteFileStems: ['devis', 'offre', 'tarif', 'prix'],
};

// ------------------------------------------------------------------ Arabic

/** Arabic nouns are listed without the article, which `proclitics` adds: "عينات" also matches "العينات". */
const AR_QUOTE = [
  'عرض سعر',
  'عرض السعر',
  'عرض أسعار',
  'عرض الأسعار',
  'عرض مالي',
  'العرض المالي',
  'عرضنا',
  'تسعيرة',
  'قائمة أسعار',
  'قائمة الأسعار',
  'فاتورة مبدئية',
  'الفاتورة المبدئية',
  'فاتورة أولية',
  'الفاتورة الأولية',
  'بروفورما',
];
const AR_SAMPLES = ['عينة', 'عينات', 'عينتين', 'عيناتنا'];
const AR_DOCUMENTS = [
  'كتالوج',
  'كاتالوج',
  'كتالوغ',
  'كتالوجات',
  'شهادة',
  'شهادات',
  'ورقة بيانات',
  'ورقة البيانات',
  'نشرة فنية',
  'النشرة الفنية',
  'مواصفات',
  'رسومات',
  'مخطط',
  'مخططات',
  'تقرير اختبار',
  'تقرير الاختبار',
  'تقرير فحص',
  'تقرير الفحص',
  'كتيب',
  'بروشور',
  'مستندات',
  'وثائق',
];
const AR_ATTACHED = ['مرفق', 'مرفقة', 'مرفقا', 'مرفقات', 'أرفقنا', 'أرفقت', 'نرفق', 'تم إرفاق'];
/** "سيتم إرسال" (will be sent) does not match "تم إرسال", because a letter precedes "تم". */
const AR_SENT = ['أرسلنا', 'أرسلت', 'تم إرسال', 'قمنا بإرسال', 'بعثنا', 'بعثت', 'تم شحن', 'شحنا', 'شحنت', 'قمنا بشحن'];
const AR_ATTACHED_AFTER = ['مرفق', 'مرفقة', 'مرفقا', 'مرفقات'];
const AR_SENT_AFTER = ['تم إرساله', 'تم إرسالها', 'تم شحنه', 'تم شحنها', 'أرسلت', 'شحنت', 'في الطريق', 'في طريقها', 'في طريقه'];
const AR_PARTICIPLES = ['مرسلة', 'مرسل', 'مشحونة'];

const ARABIC: SellerActionLanguage = {
  code: 'ar',
  cues: [
    { kind: 'quote_sent', first: [...AR_ATTACHED, ...AR_SENT], then: AR_QUOTE, maxGap: 40 },
    { kind: 'quote_sent', first: AR_QUOTE, then: [...AR_ATTACHED_AFTER, ...AR_SENT_AFTER, 'أدناه'], maxGap: 40 },
    { kind: 'quote_sent', first: AR_QUOTE, then: AR_PARTICIPLES, maxGap: 0 },
    { kind: 'samples_sent', first: AR_SENT, then: AR_SAMPLES, maxGap: 40 },
    { kind: 'samples_sent', first: AR_SAMPLES, then: AR_SENT_AFTER, maxGap: 40 },
    { kind: 'samples_sent', first: AR_SAMPLES, then: AR_PARTICIPLES, maxGap: 0 },
    { kind: 'documents_sent', first: [...AR_ATTACHED, ...AR_SENT], then: AR_DOCUMENTS, maxGap: 60 },
    { kind: 'documents_sent', first: AR_DOCUMENTS, then: [...AR_ATTACHED_AFTER, ...AR_SENT_AFTER], maxGap: 40 },
  ],
  // NOTE: colloquial "ما" (did not) is left out, because it is also "what": "مرفق ما طلبتم".
  negators: ['لم', 'لن', 'لا', 'ليس', 'ليست', 'غير'],
  statementsOnly: true,
  proclitics: [
    ['و', 'ف'],
    ['بال', 'لل', 'ال', 'ب', 'ل'],
  ],
  quoteFileStems: ['سعر', 'أسعار', 'تسعير'],
};

/** The cue tables in the order they are tried; the first cue that matches gives a kind its evidence. */
export const SELLER_ACTION_LANGUAGES: readonly SellerActionLanguage[] = [ENGLISH, SPANISH, PORTUGUESE, FRENCH, ARABIC];
