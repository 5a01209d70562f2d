/**
 * Word groups shared by the Arabic cue tables, each already expanded into a
 * phrase-pattern alternation. Verbs are listed by hand, in the forms buyers
 * write in Modern Standard Arabic and in Gulf, Egyptian, Levantine and
 * Maghrebi chat. Nouns get their attached forms from `forms.ts`.
 */
import { alt, nouns, withConjunctions } from './forms.js';

/**
 * Imperatives and requests meaning "send us" (أرسل, ابعت, طرش, صيفط, زودونا …).
 * Not "أرسلنا" or "بعتلي": folded, they also read as "we sent" and "he sent me".
 * Not the bare "قدم" either, which is also "foot" in "كونتينر 20 قدم".
 */
export const SEND = alt(
  withConjunctions([
    'أرسل', 'أرسلوا', 'ارسلو', 'أرسلي', 'ترسل', 'ترسلوا', 'ترسلون', 'ترسلو', 'ترسلي',
    'ارسلي', 'إرسال', 'بإرسال', 'يرسل', 'ارسلولنا', 'ارسلولي', 'أرسلوا',
    'ابعت', 'ابعتلي', 'ابعتلنا', 'ابعتولي', 'ابعتولنا', 'تبعت', 'تبعتلي', 'تبعتلنا', 'تبعتولنا',
    'ابعث', 'ابعثلي', 'ابعثلنا', 'تبعث', 'تبعثلي', 'تبعثوا', 'ابعثوا',
    'طرش', 'طرشلي', 'طرشلنا', 'تطرش', 'تطرشلي', 'تطرشون', 'صيفط', 'صيفطلي', 'صيفطلنا', 'سيفط',
    'زودنا', 'زودونا', 'زودني', 'تزويدنا', 'تزويدي', 'بتزويدنا', 'تزودونا', 'تزودنا',
    'شارك', 'شاركونا', 'شاركنا', 'شاركني', 'مشاركة', 'ابعتي', 'وافونا', 'وافنا', 'موافاتنا', 'بموافاتنا', 'تزويدكم',
    'عطني', 'عطيني', 'اعطني', 'اعطنا', 'اعطيني', 'ادينا', 'اديني', 'تعطيني', 'تعطينا',
    'تعطونا', 'تعطوني', 'قدموا', 'تقديم', 'send', 'share', 'provide',
    // Maghrebi: "واش تقدرو تصيفطو لينا".
    'تصيفطو', 'تصيفطوا', 'صيفطو', 'صيفطوا', 'صيفطولنا', 'صيفطوليا', 'تسيفطو', 'سيفطو',
  ]),
);

/** Verbs and nouns of wanting or needing (نريد, نبي, بدنا, عايزين, نحتاج, محتاجين …). */
export const WANT = alt(
  withConjunctions([
    'نريد', 'أريد', 'نرغب', 'أرغب', 'نود', 'أود', 'نحتاج', 'أحتاج', 'بحاجة', 'محتاج', 'محتاجين', 'نبي', 'أبي', 'نبغى', 'أبغى', 'ابغا', 'نبغا', 'بغيت', 'بغينا', 'نبيه', 'ودنا', 'ودي',
    'بدنا', 'بدي', 'عايز', 'عايزين', 'عاوز', 'عاوزين', 'حاب', 'حابين', 'نطلب', 'أطلب', 'طالبين', 'يلزمنا',
    'يلزمني', 'need', 'want',
  ]),
);

/** Question words of every variety: what, how much, how many, which. */
const QUESTION = alt(
  withConjunctions([
    'ما', 'ماهو', 'ماهي', 'كم', 'كام', 'قديش', 'قدي', 'قداش', 'شحال', 'شكد', 'اش', 'ايش', 'شو', 'ايه',
    'إيه', 'وش', 'شنو', 'شنهو', 'اشنو', 'واش', 'هل', 'أي', 'وشو',
  ]),
);

/**
 * Question words that may stand a few words before what they ask about ("كم
 * سعر الكرتون", "شو آخر سعر"). Without ما, which is also the negator "not"
 * ("ما في مشكلة بالسعر"), and without the yes/no particle هل.
 */
export const QUESTION_WORD = QUESTION.split('|').filter((w) => !/^[وف]?(ما|ماهو|ماهي|هل)$/.test(w)).join('|');

/** "What is" written with ما: it must be followed right away by هو/هي or by the noun asked about. */
export const WHAT_IS = `${alt(withConjunctions(['ما', 'ماهو', 'ماهي', 'ماذا']))} ?${alt('هو|هي|هم')}`;

/** "Can you / is it possible" openings of a request. */
export const CAN_YOU = alt(
  withConjunctions([
    'ممكن', 'يمكن', 'يمكنكم', 'يمكنك', 'بإمكانكم', 'تقدر', 'تقدرون', 'تقدروا', 'تقدرو', 'بتقدر',
    'بتقدروا', 'تقدري', 'تستطيع', 'تستطيعون', 'تستطيعوا', 'تگدر', 'تقدرش', 'يصير', 'ينفع', 'بينفع',
  ]),
);

/** Price, cost and quotation nouns with their attached forms. */
export const PRICE = nouns('سعر', 'أسعار', 'تسعيرة', 'تسعير', 'ثمن', 'تكلفة', 'تكاليف', 'كلفة', 'price', 'prices');

/** Quotation nouns: a formal offer or quote. */
export const QUOTE = nouns('عرض', 'عروض', 'تسعيرة', 'كوتيشن', 'quotation', 'quote', 'offer');

/** Sample nouns, with the dual "عينتين" (two samples). */
export const SAMPLE = alt(nouns('عينة', 'عينات', 'سامبل', 'سامبلز', 'sample', 'samples'), withConjunctions(['عينتين', 'عينتان']));

/** Order nouns that cannot mean a request for something else ("طلب" alone also means "request"). */
export const ORDER = nouns('طلبية', 'طلبيات', 'أوردر', 'order', 'po');

/** Shipment and goods nouns. */
export const SHIPMENT = nouns('شحنة', 'شحنات', 'بضاعة', 'بضائع', 'بضايع', 'طلبية', 'حاوية', 'حاويات', 'كونتينر', 'طرد', 'أوردر');

/** Quality nouns. */
export const QUALITY = nouns('جودة', 'نوعية', 'كوالتي', 'خامة', 'خامات', 'متانة', 'تشطيب', 'صنعة', 'quality');

/** Supplier nouns: the seller side a buyer compares or blames. */
export const SUPPLIER = nouns(
  'مورد', 'موردين', 'موردون', 'مصنع', 'مصانع', 'شركة', 'شركات', 'بائع', 'بائعين', 'تاجر', 'تجار', 'مزود', 'مزودين',
  'supplier', 'suppliers', 'factory', 'vendor',
);

/** Certificate nouns and common certificate codes. */
export const CERTIFICATE = alt(
  nouns('شهادة', 'شهادات', 'ترخيص', 'تراخيص', 'مطابقة', 'تسجيل', 'certificate', 'certificates', 'certification', 'registration'),
  'ce|fda|iso|rohs|ul|reach|saso|saber|sabre|gcc|halal|حلال|ساسو|سابر|etl|fcc|sgs|gmark|g-mark|iecee|cb|gso|ecas',
);

/** Deposit and advance-payment nouns. */
export const DEPOSIT = nouns('عربون', 'مقدم', 'دفعة', 'deposit', 'advance', 'prepayment');

/** Letter of credit and transfer names. */
export const LC_TT = alt(nouns('اعتماد', 'lc', 'tt', 'تحويل', 'حوالة'), 'l/c|t/t');

/** The minimum-order code as buyers write it ("MOQ", "الـMOQ", "موك"). */
export const MOQ_CODE = nouns('moq', 'moqs', 'موك');

/** "Minimum" phrases of two tokens: head ("الحد", "أقل") and tail ("الأدنى", "كمية"). */
export const MINIMUM_HEAD = alt(nouns('حد'), 'أقل|أدنى|الكمية|كمية|الطلبية|طلبية');
export const MINIMUM_TAIL = alt('الأدنى|أدنى|الدنيا|الأقل', nouns('كمية', 'طلبية', 'عدد', 'طلب'));

/** Units a buyer counts an order in, as written right after a number. */
export const UNIT = alt(
  nouns('قطعة', 'قطع', 'حبة', 'حبات', 'وحدة', 'وحدات', 'طقم', 'أطقم', 'كرتون', 'كراتين', 'طن', 'أطنان', 'كيلو', 'متر'),
  'pcs|pc|pieces|units|sets|kg|tons|m2|كغ|كجم|حاوية|حاويات|كونتينر|containers',
);

/** Negated "can" in one or two tokens: "ما نقدر", "منقدرش", "لا نستطيع". */
export const CANNOT_HEAD = alt(
  withConjunctions([
    'ما', 'مش', 'مو', 'مب', 'لا', 'لن', 'لم', 'مانقدر', 'ماقدر', 'منقدرش', 'مانقدرش', 'ماقدرش', 'ماقدرنا', 'ماقدرناش',
    'مانستطيع', 'مانگدر', 'مانقدروش',
  ]),
);

/** "can" after a negator: نقدر, نستطيع, أقدر, بنقدر. */
export const CAN = alt('نقدر|نستطيع|أقدر|بنقدر|نقدرش|نگدر|نقدروش|قادرين|نقدرو|يمكننا|يمكن|بقدر|قدرنا');

/** Second-person verbs of a condition: "if you lower / give / make it …". */
export const YOU_DO = alt(
  withConjunctions([
    'ضبطت', 'زبطت', 'ظبطت', 'عطيتنا', 'اعطيتنا', 'عطيتني', 'اعطيتني', 'نزلت', 'نزلتها', 'نزلته', 'خليت', 'خليتها', 'خليته',
    'سويت', 'سويتها', 'عملت', 'عملتها', 'قبلت', 'وافقت', 'خفضت', 'قدرت', 'تعطينا', 'تعطيني', 'تنزل', 'تخلي', 'تخليها', 'تسويها',
    'تعملها', 'تقبل', 'توافق', 'تخفض', 'قبلتم', 'وافقتم', 'خفضتم', 'نزلتم', 'عطيتونا', 'اعطيتمونا', 'give', 'make', 'do', 'offer',
    // "إذا تقدرون توصلون له", "إذا تسويه 13 ألف", Maghrebi "إلا نقصتو".
    'تقدرون', 'تقدروا', 'تقدر', 'توصلون', 'توصلوا', 'توصل', 'وصلت', 'وصلتوا', 'تسويه', 'تخليه', 'تعطيه', 'تحطه', 'تحطها', 'تنزلوا',
    'تنزلون', 'نزلتوا', 'تنقصو', 'تنقصوا', 'نقصتو', 'نقصتوا',
  ]),
);
/** First-person commitments after a condition: "… we order every month". */
export const WE_COMMIT = alt(
  withConjunctions([
    'نعطيك', 'نعطيكم', 'نطلب', 'ناخذ', 'ناخد', 'نأكد', 'نؤكد', 'نعتمد', 'نمشي', 'نوقع', 'نشتري', 'نحول', 'ندفع', 'نكمل',
    'بنطلب', 'بناخذ', 'بنعطيك', 'راح', 'رح', 'سنطلب', 'سنأخذ', 'سنعتمد', 'confirm', 'order', 'take', 'buy', 'proceed',
  ]),
);

/** Short agreement words that may open a reply: "تمام، اتفقنا", "خلاص تم الاتفاق". */
export const OK_WORDS = alt(withConjunctions(['تمام', 'خلاص', 'اوكي', 'أوكي', 'طيب', 'ماشي', 'إذن', 'اذن', 'الحمدلله', 'ok', 'okay']));

/**
 * Patterns of "deal!" on its own. "اتفقنا على مدة التسليم" (we agreed on the
 * lead time) settles one term and is not a deal, so اتفقنا counts only
 * before punctuation or after an agreement word.
 */
export const DEAL_PATTERNS = [
  // One pattern per mark: a punctuation element matches any token that contains its mark ("!!").
  ...[',', '.', '!', '?'].map((mark) => `${alt(withConjunctions(['اتفقنا', 'deal']))} ${mark}`),
  `${OK_WORDS} ?, ${alt(withConjunctions(['اتفقنا', 'deal']))}`,
];

/**
 * Patterns of "the deal is done". They must open a sentence or follow an
 * agreement word, because "كما تم الاتفاق" (as agreed) only refers back to
 * an earlier agreement.
 */
export const AGREEMENT_DONE_PATTERNS = [
  `^ ${alt(withConjunctions(['تم', 'تمت']))} ${alt('الاتفاق|الصفقة|الاتفاقية')}`,
  `${OK_WORDS} ?, ${alt(withConjunctions(['تم', 'تمت']))} ${alt('الاتفاق|الصفقة|الاتفاقية')}`,
];

/** "ومن يومها ما يرد": a supplier silent since a past deal, a story of distrust. */
export const SILENT_SINCE = `${alt(withConjunctions(['من']))} ${alt('يومها|يومه|يومهم|وقتها|ساعتها|حينها')} ... ${alt('ما|لا|مش|ماعاد|لم|مو')} ${alt('يرد|يردون|يردوا|رد|ردوا|يجاوب|بيرد|شفناه|شفناهم|سمعنا|عرفنا|يرجع')}`;

/** Material names in a specification or a question ("الخامة: ستانلس", "شو نوع البلاستيك؟"). */
export const MATERIAL = alt(
  ['ستانلس', 'ستيل', 'حديد', 'ألمنيوم', 'المنيوم', 'نحاس', 'بلاستيك', 'قطن', 'بوليستر', 'خشب', 'زجاج', 'جلد', 'نايلون', 'سيليكون', 'مجلفن', 'كروم', 'صاج', 'فايبر', 'pvc', 'abs', 'pp', 'pe', 'ss304', 'ss316']
    .flatMap((name) => [name, `ال${name}`]),
);
