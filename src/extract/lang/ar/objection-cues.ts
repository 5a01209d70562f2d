/**
 * Arabic objection cues. Each pattern uses the phrase syntax of `text/phrases.ts`, and its
 * strength is the weight of one match in [0, 1].
 *
 * Arabic puts the intensifier after the adjective ("غالي جدا") and negates
 * with many particles (ما, مش, مو, مب, غير, ليس, لا). A cue whose pattern
 * contains its own negator is `negatable: false`, so that negator does not
 * cancel it.
 */
import type { SignalType } from '../../../core/types.js';
import type { SignalCue } from '../types.js';
import { adjectives, alt, nounForms, nouns, withConjunctions } from './forms.js';
import {
  CAN, CANNOT_HEAD, CERTIFICATE, DEPOSIT, LC_TT, MATERIAL, MINIMUM_HEAD, MINIMUM_TAIL, MOQ_CODE, PRICE, QUALITY, SAMPLE, SHIPMENT, SILENT_SINCE, SUPPLIER,
  UNIT, YOU_DO,
} from './words.js';

/** Negators that start a negated predicate ("مش مناسب", "غير مقبول", "ما ينفع"). */
const NOT = alt(withConjunctions(['ما', 'مش', 'مو', 'مب', 'موب', 'غير', 'ليس', 'ليست', 'لا', 'لم', 'مهوب', 'ماهو', 'ماهي', 'مهو', 'مهي', 'not']));
/** Predicates of "(not) acceptable / suitable / possible / workable". */
const ACCEPTABLE = alt(
  adjectives('مقبول', 'مناسب', 'منافس', 'معقول', 'منطقي', 'ممكن', 'عملي', 'واقعي', 'تنافسي', 'مقدور'),
  withConjunctions(['يناسب', 'يناسبنا', 'يناسبني', 'تناسب', 'تناسبنا', 'ينفع', 'ينفعنا', 'تنفع', 'يمشي', 'تمشي', 'بيمشي', 'بتمشي', 'يزبط', 'تزبط', 'يظبط', 'تظبط', 'يركب', 'يوفي', 'يجيب', 'يصلح', 'تصلح', 'مزبوط', 'acceptable', 'competitive', 'possible', 'reasonable']),
);
/** One-token negated predicates of Egyptian, Gulf and Maghrebi chat ("مينفعش", "مايناسبنا"). */
const NOT_WORKING = alt(
  withConjunctions([
    'مينفعش', 'ماينفعش', 'ماينفع', 'ماتنفع', 'مايناسبنا', 'مايناسب', 'ماتناسبنا', 'ماتناسب', 'مايمشي', 'ماتمشي', 'ميمشيش',
    'مايمشيش', 'مايزبط', 'ماتزبط', 'ميظبطش', 'مايصلح', 'مايصلحش', 'مستحيل', 'impossible', 'unrealistic',
  ]),
);
const HIGH = alt(
  adjectives('عالي', 'مرتفع', 'غالي', 'كبير', 'مبالغ', 'خيالي', 'زايد', 'مولع'),
  withConjunctions(['نار', 'غاليه', 'high', 'expensive', 'steep']),
);
/** "A lot / too much": a predicate only next to a topic or "for us", because it also intensifies praise. */
const MUCH = alt(withConjunctions(['كتير', 'كثير', 'زيادة', 'وايد', 'بزاف', 'برشا', 'much']));
/** Words that may sit between a price and its predicate ("السعر عندكم عالي", "السعر اللي عطيتني عالي"). */
const OF_YOURS = alt(withConjunctions(['عندكم', 'عندك', 'تبعكم', 'تبعك', 'حقكم', 'حقك', 'لكم', 'منكم', 'اللي', 'الي', 'الذي', 'هذا', 'هاد', 'ده', 'دا', 'هذي', 'هاي', 'دي', 'المعروض', 'المقدم', 'الحالي', 'الجديد', 'بصراحة', 'صراحة', 'حاليا', 'للأسف', 'يا', 'شوي', 'ديالكم', 'تاعكم', 'نوعا', 'يبدو', 'يعني']));
/** Clause-opening "still": one token ("لسه", "مازال") or two ("ما زال", "حتى الآن"). */
const STILL_ONE = alt(withConjunctions(['مازلنا', 'لازلنا', 'مازال', 'لازال', 'مازالت', 'لازالت', 'لسه', 'لسا', 'لساتنا', 'بعدنا', 'بعده', 'بعدها', 'للحين', 'لليوم', 'still']));
const STILL_HEAD = alt(withConjunctions(['ما', 'لا', 'حتى', 'لحد', 'لغاية', 'إلى']));
const STILL_TAIL = alt('زلنا|زال|زالت|نزال|يزال|تزال|الآن|دلوقتي|هلق|اليوم|هذه|اللحظة');
/** Intensifiers that follow an adjective ("غالي جدا", "غالية بزاف") or precede it ("كتير غالي", "مرة غالي"). */
const VERY = alt(withConjunctions(['جدا', 'كتير', 'كثير', 'مرة', 'مرا', 'وايد', 'بزاف', 'برشا', 'أوي', 'قوي', 'للغاية', 'شوي', 'شوية', 'حبتين', 'زيادة', 'نوعا', 'بعض', 'very', 'too']));
const EXPENSIVE = alt(adjectives('غالي', 'مكلف', 'غالين'), 'غاليه');
const FOR_US = alt('علينا|عليا|علي|لنا|لي|بالنسبة|لينا|ليا');
const CHEAPER = alt(withConjunctions(['أرخص', 'أقل', 'أنسب', 'أحسن', 'أفضل', 'cheaper', 'lower']));
const OTHERS = alt(
  nouns('منافس', 'منافسين', 'منافسون', 'competitor', 'competitors'),
  withConjunctions(['غيركم', 'غيرك', 'الآخرين', 'الباقين', 'الباقي', 'الصينيين', 'الصيني', 'الهنود', 'الهندي', 'الأتراك', 'التركي', 'السوق', 'بالسوق', 'others']),
);
const OTHER = alt(adjectives('ثاني', 'تاني', 'آخر', 'صيني', 'هندي', 'تركي', 'محلي', 'فيتنامي', 'مصري'), 'أخرى|غيركم|other|another');
const GOT = alt(withConjunctions(['لقينا', 'لقيت', 'لاقينا', 'لاقيت', 'وجدنا', 'وجدت', 'حصلنا', 'حصلت', 'عندنا', 'عندي', 'جانا', 'جاني', 'وصلنا', 'وصلني', 'جابولنا', 'جالنا', 'found', 'got']));
const OFFERED = alt(
  withConjunctions([
    'عرض', 'عرضوا', 'عرضو', 'يعرض', 'يعرضون', 'يعطي', 'يعطوا', 'يعطون', 'يعطونا', 'يعطوني', 'عطاني', 'عطانا', 'عطونا', 'اعطاني',
    'أعطاني', 'أعطونا', 'ادوني', 'ادونا', 'بيدي', 'بيدونا', 'بيبيع', 'بيبيعوا', 'يبيع', 'يبيعون', 'يبيعوا', 'باع',
    'باعوا', 'قدم', 'قدموا', 'سعرهم', 'سعره', 'سعرها', 'أسعارهم', 'offered', 'gave', 'sells',
  ]),
);
const CURRENCY = alt('usd|eur|دولار|$|ريال|درهم|يورو|جنيه|دينار|ب|بسعر|سعر|على');
/** Currency words and codes, as written after or before an amount. */
const CURRENCY_WORD = alt(
  nouns('دولار', 'دولارات', 'ريال', 'درهم', 'دراهم', 'يورو', 'جنيه', 'دينار', 'ليرة', 'يوان'),
  'usd|eur|aed|sar|egp|kwd|qar|omr|bhd|jod|iqd|mad|dzd|tnd|try|rmb|cny|$|€|dollar|dollars',
);
/** Words that lead an amount: "بـ 2.40", "بسعر 61". */
const PRICE_LEAD = alt('ب|بـ|بسعر|سعر|على|at');
/** A per-unit basis after an amount: "للحبة", "للمتر", "للطن". */
const PER_UNIT_WORD = alt(
  ['حبة', 'قطعة', 'وحدة', 'متر', 'طن', 'كيلو', 'كرتون', 'كرتونة', 'طقم', 'لتر', 'باليت', 'طبلية', 'كيس', 'علبة', 'صندوق', 'دزينة'].flatMap((unit) => [`لل${unit}`, `ال${unit}`]),
  'each|pc|pcs|unit',
);
/** Present-tense buying from someone else: "كنشريو", "بنجيب", "ناخذ". */
const BUY_NOW = alt(
  withConjunctions(
    ['نشتري', 'نجيب', 'ناخذ', 'ناخد', 'نستورد'].flatMap((verb) =>
      ['', 'ب'].flatMap((tense) => ['', 'ه', 'ها', 'هم'].map((object) => `${tense}${verb}${object}`)),
    ),
  ),
  // Maghrebi present: "كنشريو", "كنجيبو".
  withConjunctions(['كنشريو', 'كنشري', 'نشريو', 'كنجيبو', 'كناخدو']),
);
const REDUCE = alt(
  withConjunctions([
    'تنزل', 'نزل', 'نزلوا', 'تنزلوا', 'تنزيل', 'تخفيض', 'خفض', 'خفضوا', 'تخفض', 'تخفضوا', 'تقلل', 'قلل', 'قللوا',
    'تقليل', 'تنقص', 'انقص', 'تحسين', 'حسن', 'حسنوا', 'تحسن', 'تحسنوا', 'تظبط', 'ظبط', 'ظبطلي', 'زبط', 'تزبط', 'زبطلي',
    'راعينا', 'راعونا', 'تراعينا', 'تراعونا', 'راجع', 'راجعوا', 'مراجعة', 'تراجع', 'تراجعوا', 'أعد', 'إعادة',
    'عدل', 'عدلوا', 'تعديل', 'تعدل', 'نزلنا', 'نزلي', 'reduce', 'lower', 'revise',
  ]),
);
const DISCOUNT = alt(nouns('خصم', 'خصومات', 'تخفيض', 'تخفيضات', 'ديسكاونت', 'discount', 'discounts'));
/** Asking for a discount: "في خصم؟", "ممكن خصم", "نبي خصم". */
const WANT_DISCOUNT = alt(
  withConjunctions(['في', 'فيه', 'أي', 'هل', 'ممكن', 'نبي', 'نبغى', 'ودنا', 'ودي', 'بدنا', 'عايزين', 'نريد', 'نطلب', 'نحتاج', 'محتاجين', 'تقدر', 'تقدرون', 'تقدروا', 'يمكن', 'any', 'need', 'want']),
);
const BUDGET = alt(nouns('ميزانية', 'بدجت', 'budget'));
const TARGET = alt(nouns('تارجت', 'target'), adjectives('مستهدف'), 'هدفنا');
const GIVE_ME = alt(
  withConjunctions([
    'تعطيني', 'تعطينا', 'تعطوني', 'تعطونا', 'عطني', 'عطيني', 'اعطني', 'اعطنا', 'اعطيني', 'ادينا', 'اديني',
    'إديني', 'تدينا', 'تديني', 'خليه', 'خليها', 'خليهم', 'اعملها', 'اعمله', 'اعملهالي', 'سويها', 'سويه', 'سويهالي',
    'حطها', 'حطه', 'نزلها', 'نزله', 'اجعلها', 'اجعله', 'تخليها', 'تخليه', 'تعملها', 'تسويها', 'تقبل', 'تقبلوا', 'تقبلون',
  ]),
);
const LEAD = alt(
  nouns('مدة', 'وقت', 'فترة', 'موعد', 'مهلة'),
  'lead|leadtime',
);
const LEAD_OF = alt(
  nouns('تسليم', 'إنتاج', 'تصنيع', 'شحن', 'توريد', 'توصيل', 'تجهيز', 'وصول'),
  'التسليم|الإنتاج|التصنيع|الشحن|التوريد|التوصيل|التجهيز|الوصول|time',
);
/** Date nouns that name a delivery date ("موعد التسليم"). */
const DATE_WORD = alt(nouns('موعد', 'تاريخ'));
const LONG = alt(adjectives('طويل', 'بطيء', 'بطئ', 'بعيد'), 'طويله|long|slow');
const PERIOD_UNIT = alt(nouns('يوم', 'أيام', 'يوما', 'أسبوع', 'أسابيع', 'شهر', 'أشهر', 'شهور'), 'days|weeks|months');
const WAIT = alt(withConjunctions(['ننتظر', 'نستنى', 'ننطر', 'انتظر', 'استنى', 'انطر', 'نصبر', 'اصبر', 'الانتظار', 'انتظار', 'ننتظرش', 'نستناش', 'نقعد', 'wait']));
const WAITING = alt(withConjunctions(['ننتظر', 'منتظرين', 'مستنيين', 'ناطرين', 'بانتظار', 'ننطر', 'نستنى', 'نترقب', 'waiting']));
const ARRIVED = alt(withConjunctions(['تصل', 'يصل', 'وصلت', 'وصل', 'تصلنا', 'يصلنا', 'وصلتنا', 'وصلنا', 'توصل', 'يوصل', 'وصلتش', 'وصلش', 'توصلنا', 'تتشحن', 'تنشحن', 'اتشحنت', 'انشحنت', 'تشحن', 'شحنت', 'شحنتوها', 'arrived']));
const NOT_YET = alt(withConjunctions(['لم', 'ما', 'لسه', 'لسا', 'بعد', 'للحين', 'ماوصلت', 'موصلتش', 'ماوصل', 'ماوصلتنا', 'ماوصلنا', 'ماجات', 'ماجت']));
/**
 * Delay nouns: with a shipment word, or with "again", they are a lead-time
 * objection. Alone they are not, because a buyer also writes "آسف على
 * التأخير في الرد" about their own late reply.
 */
const DELAY_NOUN = alt(nouns('تأخير', 'تأخر', 'تأخيرات', 'تعطيل', 'مماطلة'), 'delay|delays');
/** Delay predicates: "متأخرة", "تأخرتوا", "بتتأخروا". */
const DELAYED = alt(
  adjectives('متأخر'),
  withConjunctions([
    'تأخرت', 'تأخرتوا', 'تأخرتم', 'اتأخرت', 'اتأخرتوا', 'اتأخر', 'تتأخرون', 'تتأخروا', 'بتتأخروا', 'أخرتونا',
    'طولتوا', 'طولتو', 'delayed',
  ]),
);
const DELAY = alt(DELAY_NOUN, DELAYED);
/** "It has been": "صرلنا", "بقالنا", "من". */
const BEEN = alt(withConjunctions(['صار', 'صارلنا', 'صرلنا', 'صارلي', 'صرلي', 'بقالنا', 'بقالي', 'إلنا', 'لنا', 'لي', 'منذ', 'من']));
/** A count of days or weeks written in words; digits are the pattern element `#`. */
const COUNT_WORD = alt(withConjunctions(['ثلاث', 'ثلاثة', 'تلات', 'تلاتة', 'أربع', 'أربعة', 'خمس', 'خمسة', 'ست', 'ستة', 'سبع', 'عشر', 'عشرة', 'كم', 'عدة', 'كذا']));
/** Dual periods, which carry their own count: "أسبوعين", "شهرين". */
const DUAL_PERIOD = alt(withConjunctions(['يومين', 'أسبوعين', 'اسبوعين', 'جمعتين', 'شهرين']));
/** Goods held up somewhere: "عالقة", "محجوزة", "واقفة". */
const STUCK = alt(adjectives('عالق', 'محجوز', 'واقف', 'متوقف', 'معلق', 'مرمي'), withConjunctions(['علقت', 'انحجزت', 'اتحجزت', 'stuck']));
const TRACKING = alt(nouns('تتبع', 'بوليصة', 'تراكنج', 'تراكينج', 'tracking', 'awb', 'bl'));
const WHY = alt(withConjunctions(['ليش', 'ليه', 'لماذا', 'علاش', 'علاه', 'ليشن', 'لمه', 'why']));
/** Present "you say": "كل يوم بتقولولي قريباً", "كل أسبوع تقولون الشحنة بتطلع". */
const SAY_YOU = alt(withConjunctions(['تقولون', 'تقولوا', 'تقولو', 'بتقولوا', 'بتقولو', 'بتقولولي', 'بتقولولنا', 'تقولولي', 'تقولولنا', 'تقولي', 'بتقولي', 'تقول', 'بتقول', 'تحكولي', 'بتحكوا', 'تحكوا']));
const AGAIN = alt(withConjunctions(['مجددا', 'كمان', 'ثاني', 'تاني', 'ثانية', 'تانية', 'جديد', 'جديدة', 'آخر', 'again', 'another']));
// Not "نعتمد": "كيف نعتمد عليها؟" may doubt a certificate, not the supplier.
const TRUST = alt(withConjunctions(['نثق', 'أثق', 'نأمن', 'آمن', 'نطمن', 'أطمن', 'نصدق', 'أصدق', 'نثقش', 'نأمنلكم', 'trust']));
const HOW = alt(withConjunctions(['كيف', 'كيفاش', 'ازاي', 'شلون', 'وشلون', 'كيفش', 'how']));
const EXPERIENCE = alt(nouns('تجربة', 'تجارب', 'تعامل', 'تعاملات', 'معاملة', 'experience'));
const BAD = alt(
  adjectives('سيء', 'سيئ', 'مرير', 'فاشل', 'صعب', 'تعبان', 'خايب', 'كارثي', 'مؤلم', 'زفت', 'مزعج'),
  'سيئة|مريرة|bad|terrible|poor',
);
const PREVIOUS = alt(adjectives('سابق', 'قديم', 'أخير', 'ماضي', 'قبل'), 'قبلكم|قبلك|اللي|الي|الأولاني|previous|last');
const CHEATED = alt(
  withConjunctions([
    'نصب', 'نصبوا', 'نصبو', 'هرب', 'هربوا', 'اختفى', 'اختفوا', 'اختفت', 'غش', 'غشنا', 'غشونا', 'خدعنا', 'خدعونا', 'خدع',
    'سرق', 'سرقنا', 'سرقونا', 'أكل', 'كذب', 'كذبوا', 'خرب', 'ضيع', 'ضيعوا', 'خسرنا', 'أخرنا', 'أخرونا',
    'وعدونا', 'وعدوا', 'cheated', 'scammed', 'disappeared', 'vanished', 'lied',
    // "المورد اللي قبلكم غيّر الخامة": a previous supplier who changed the product unannounced.
    'غير', 'غيروا', 'بدل', 'بدلوا', 'changed',
  ]),
);
/** A supplier taking money: "أخذ ٣٠٪ عربون", "استلم مننا 40% مقدم". */
const TOOK = alt(withConjunctions(['أخذ', 'أخذوا', 'اخد', 'اخدوا', 'خذ', 'استلم', 'استلموا', 'قبض', 'قبضوا', 'أكل', 'أكلوا', 'took']));
const VANISHED = alt(
  withConjunctions(['اختفى', 'اختفوا', 'اختفت', 'هرب', 'هربوا', 'سكر', 'سكروا', 'قفل', 'قفلوا', 'بلكنا', 'بلكونا', 'طنشنا', 'طنشونا', 'disappeared', 'vanished']),
);
const SCAMMED = alt(
  withConjunctions([
    'انضحك', 'اتنصب', 'انصب', 'نصبوا', 'اتنصبلنا', 'انغشينا', 'اتغشينا', 'انخدعنا', 'اتخدعنا', 'انسرقنا', 'اتسرقنا',
    'خدعونا', 'غشونا', 'سرقونا', 'انلدغنا', 'لدغونا', 'انلسعنا', 'اتلسعنا', 'اتنصبنا', 'انصبنا', 'تعرضنا', 'تعرضت',
  ]),
);
const MONEY_LOST = alt(nouns('فلوس', 'أموال', 'مبلغ', 'عربون', 'دفعة', 'مصاري', 'قروش', 'مال', 'money'));
// Maghrebi "نديرو" (we do) and "نخلصو" (we pay) as well.
const PAY = alt(withConjunctions(['ندفع', 'أدفع', 'نحول', 'أحول', 'نسدد', 'ندفعش', 'نحولش', 'نقبل', 'أقبل', 'نوافق', 'نشتغل', 'نتعامل', 'نعمل', 'نديرو', 'نخلصو', 'ندفعو', 'نحولو', 'pay', 'accept']));
const ADVANCE = alt(
  DEPOSIT, LC_TT,
  withConjunctions(['مقدما', 'مسبقا', 'مسبق', 'كامل', 'كاملا', 'الكامل', 'قبل', 'upfront', 'advance', 'deposit']),
  'l/c|t/t',
);
const TERMS = alt(nouns('شروط', 'شرط', 'طريقة', 'طرق', 'نظام'));
const PAYMENT = alt(nouns('دفع', 'سداد', 'payment'), 'الدفع|السداد|الدفعات|payment');
const HARD = alt(
  adjectives('صعب', 'قاسي', 'مجحف', 'خطير', 'مرفوض', 'مكلف', 'صارم'),
  nouns('مشكلة', 'مخاطرة', 'خطر', 'مخاطر', 'risky', 'difficult'),
);
const AFTER = alt(withConjunctions(['بعد', 'عند', 'عقب', 'مع', 'ساعة', 'لما', 'after', 'upon', 'on']));
const ON_RECEIPT = alt(
  nouns('استلامها', 'استلامه', 'وصولها', 'وصوله', 'استلامنا'),
  'الاستلام|الوصول|التسليم|الفحص|البيع|التصريف|التوصيل|نستلم|توصل|يوصل|تصل|نبيع|arrival|delivery|inspection|receiving',
);
const GOODS_NOUN = alt(nouns('بضاعة', 'بضائع', 'شحنة', 'حاوية', 'طلبية', 'منتج', 'منتجات', 'goods'));
const CREDIT = alt(nouns('آجل', 'تسهيلات', 'ائتمان', 'كريدت', 'credit'), 'بالآجل');
const DOUBT = alt(
  adjectives('قلق', 'قلقان', 'متخوف', 'خايف', 'متشكك', 'مشكوك', 'متردد'),
  nouns('مخاوف', 'شكوك', 'شك', 'خوف', 'قلق'),
  withConjunctions(['نشك', 'أشك', 'نخاف', 'أخاف', 'worried', 'concerned', 'doubt', 'doubts']),
);
const DIFFERENT = alt(adjectives('مختلف'), withConjunctions(['يختلف', 'تختلف', 'different']));
const REFERENCE = alt(
  nouns('عينة', 'عينات', 'سامبل', 'صور', 'صورة', 'وصف', 'مواصفات', 'كتالوج', 'طلب', 'sample', 'photos', 'description'),
  'المتفق|المطلوب|اللي|الي|المعروض',
);
const LIKE = alt(withConjunctions(['زي', 'مثل', 'نفس', 'كما', 'مطابق', 'مطابقة', 'تطابق', 'يطابق', 'بتطابق', 'يشبه', 'تشبه', 'كيف', 'متل', 'شبه', 'match', 'like']));
const DEFECT = alt(
  nouns('عيب', 'عيوب', 'تلف', 'كسر', 'كسور', 'خدش', 'خدوش', 'صدأ', 'تسريب', 'تشققات', 'شقوق', 'فقاعات', 'بقع', 'أعطال'),
  // Not "عطله" (his fault): folded, it is also "عطلة" (a holiday).
  nounForms('عطل').filter((w) => !w.endsWith('عطله')),
  adjectives(
    'معيب', 'معيوب', 'تالف', 'مكسور', 'مكسر', 'متكسر', 'خربان', 'مضروب', 'معطل', 'عطلان', 'مشروخ', 'مصدي', 'مخدوش', 'متضرر', 'مفكوك',
    'مفكك', 'مهترئ', 'ممزق', 'مقطوع', 'بايظ', 'متشقق', 'مشقق', 'مشقوق', 'مبلول', 'معفن', 'مسوس', 'مغشوش', 'باهت', 'مرخي', 'ملوث',
    'مطعوج', 'مبعوج', 'منفوخ', 'مقشر', 'مشوه', 'مهري',
  ),
  'defect|defects|defective|broken|damaged|faulty|cracked|rusty|leaking|scratched',
);
const BREAKS = alt(
  withConjunctions([
    'يخرب', 'تخرب', 'خربت', 'خرب', 'يتعطل', 'تتعطل', 'تعطلت', 'تعطل', 'يبطل', 'بطل', 'بطلت', 'انكسر', 'انكسرت', 'ينكسر',
    'تنكسر', 'يحترق', 'احترق', 'احترقت', 'تحترق', 'وقف', 'وقفت', 'يوقف', 'توقف', 'توقفت', 'مات', 'ماتت', 'يموت', 'تموت',
    'باظ', 'باظت', 'يبوظ', 'تبوظ', 'ضربت', 'انضربت', 'breaks', 'broke', 'failed', 'stopped',
  ]),
);
const WRONG = alt(adjectives('غلط', 'خاطئ', 'غلطان'), 'خطأ|wrong');
const GOODS_ITEM = alt(
  nouns('بضاعة', 'منتج', 'منتجات', 'موديل', 'موديلات', 'لون', 'ألوان', 'مقاس', 'مقاسات', 'قطع', 'صنف', 'أصناف', 'كمية', 'عدد', 'ملصق', 'ملصقات', 'ليبل', 'ليبلات', 'باركود', 'طباعة'),
);
/** Verbs of goods coming out or arriving, before "غلط": "الملصقات تنطبع غلط", "الموديل جا غلط". */
const CAME_OUT = alt(
  withConjunctions([
    'تنطبع', 'انطبعت', 'انطبع', 'اتطبعت', 'مطبوع', 'مطبوعة', 'طبعتوا', 'طبعتوها', 'جات', 'جت', 'جا', 'إجا', 'اجت', 'إجت', 'إجانا', 'جانا', 'جاتنا',
    'وصلت', 'وصل', 'وصلتنا', 'طلعت', 'طلع', 'طلعوا', 'جاء', 'جاءت', 'جاءنا', 'بعتوها', 'بعتوه', 'شحنتوها', 'شحنتوه', 'came', 'arrived', 'printed',
  ]),
);
/** Past breakage verbs of goods: "خربت", "انكسرت", "تعطلت". */
const BROKE = alt(
  withConjunctions([
    'خربت', 'خرب', 'خربوا', 'تعطل', 'تعطلت', 'انكسر', 'انكسرت', 'اتكسر', 'اتكسرت', 'تكسر', 'تكسرت', 'احترق', 'احترقت', 'اتحرق',
    'اتحرقت', 'باظ', 'باظت', 'تلف', 'تلفت', 'صدت', 'صدي', 'صدأت', 'broke', 'failed',
  ]),
);
const CONVINCED = alt(adjectives('مقتنع', 'واثق', 'متأكد', 'مرتاح', 'مطمن', 'مطمئن', 'ضامن', 'راضي'), 'convinced|sure|confident');
const ENSURE = alt(withConjunctions(['نضمن', 'أضمن', 'نتأكد', 'أتأكد', 'الضمان', 'ضمان', 'يضمن', 'تضمن', 'تضمنوا', 'تضمنون', 'نعرف', 'أعرف', 'نطمن', 'نتطمن']));
const FINISH = alt(nouns('تشطيب', 'صنعة', 'خياطة', 'لحام', 'تغليف', 'دهان', 'طلاء', 'تعبئة', 'تشطيبات', 'finishing', 'workmanship', 'packaging'));

/** Sellers other than the one written to: a competitor, the market, makers of another country, "someone", "my neighbour". */
const RIVAL = alt(
  OTHERS,
  adjectives('مصري', 'تركي', 'هندي', 'صيني', 'فيتنامي', 'إيطالي', 'ألماني', 'أوروبي', 'محلي'),
  withConjunctions(['واحد', 'جاري', 'جيراني']),
);
/** A rival giving, quoting or selling, present or past: "عاطيني", "بيديني", "كيعطي", "عم يجيبها". */
const RIVAL_OFFERS = alt(
  OFFERED,
  withConjunctions([
    'عاطيني', 'عاطينا', 'معطيني', 'بيديني', 'بيدينا', 'يديني', 'يدينا', 'يعطيني', 'يعطينا', 'بيعطيني', 'بيعطينا', 'بيعطي', 'كيعطي', 'كيعطيو', 'يعطي',
    'عارض', 'عارضين', 'عارضلي', 'عارضلنا', 'عرضلي', 'عرضلنا', 'يجيبها', 'يجيبه', 'بيجيبها', 'بيجيبه', 'بيبيعها', 'بيبيعه', 'يبيعها', 'يبيعه',
    'كيبيع', 'كيبيعو', 'quoted', 'quotes', 'offers', 'gives',
  ]),
);
/** Verbs of matching or beating another offer: "تطابقون السعر", "تكسر سعرهم". */
const MATCH = alt(withConjunctions(['تطابق', 'تطابقون', 'تطابقوا', 'تطابقو', 'تجاري', 'تجارون', 'تجاروا', 'تعادل', 'تعادلون', 'تعادلوا', 'تكسر', 'تكسرون', 'تكسروا', 'match', 'beat']));
const IF = alt(withConjunctions(['لو', 'إذا', 'اذا', 'if']));
/** Second-person "you lower it / make it / sell it to me" in a counter-offer: "إذا بتنزّل السعر لـ 2.10", "اذا تسويلي الفلتر بـ 1.9". */
const YOU_MAKE_IT = alt(
  withConjunctions([
    'تنزل', 'بتنزل', 'تنزلوا', 'تنزلو', 'تنزلون', 'بتنزلوا', 'بتنزلو', 'نزلت', 'نزلتو', 'نزلتوا', 'نزلتم', 'تنزلها', 'نزلتها', 'تخفض', 'تخفضوا',
    'تخفضون', 'خفضت', 'خفضتوا', 'خفضتم', 'تنقص', 'تنقصو', 'تنقصوا', 'نقصت', 'نقصتو', 'نقصتوا', 'تقلل', 'تقللوا', 'قللت', 'توصل', 'توصلوا', 'توصلون',
    'توصلها', 'تسويلي', 'تسويلنا', 'تعملهالي', 'تعملها', 'تخليها', 'تخليه', 'تخليهم', 'تبيعني', 'تبيعنا', 'تبيعها', 'تعطيني', 'تعطينا', 'تعطوني',
    'تعطونا', 'تديني', 'تدينا', 'lower', 'reduce', 'drop',
  ]),
);
const FREIGHT = alt(nouns('شحن', 'فريت', 'نولون', 'freight', 'shipping'));
const BUDGET_ANY = alt(BUDGET, nouns('موازنة'));
/** Past verbs of shipping, receiving or starting after "still not": "لسا ما شحنتوا", "للحين ما استلمنا". */
const SHIPPED_YET = alt(
  withConjunctions([
    'شحنتوا', 'شحنتو', 'شحنتم', 'شحنتوها', 'شحنتوه', 'اتشحنت', 'انشحنت', 'تشحنت', 'استلمنا', 'استلمناها', 'استلمناه', 'طلعت', 'بديتوا', 'بديتو',
    'بدأتوا', 'بدأتم', 'تحركت', 'خرجت',
  ]),
);
/** Past shipping verbs after "it was supposed to": "المفروض طلعت من أسبوع". */
const SHIPPED_PAST = alt(
  withConjunctions(['طلعت', 'طلع', 'اتشحنت', 'انشحنت', 'شحنت', 'شحنتوا', 'تشحنت', 'خرجت', 'تحملت', 'اتحملت', 'حملتوا', 'سلمتوا', 'تسلمت', 'اتسلمت']),
);
/** Verbs of how long a lead time turned out: "١٥ يوم وبتطلع ٤٠", "قلتوا ٢٥ يوم وبقالنا ٤٠". */
const TURNED_OUT = alt(
  withConjunctions(['طلعت', 'طلع', 'بتطلع', 'بيطلع', 'صارت', 'صار', 'خلصت', 'أخذت', 'اخذت', 'استغرقت', 'بقالنا', 'صارلنا', 'صرلنا', 'صارلها', 'صرلها', 'بقالها']),
);
const INSTEAD = alt(withConjunctions(['بدل', 'بدال', 'بدلا', 'عوض', 'مش', 'مو', 'instead']));
/** Words for "too many" or "too long" after a number of days, also in the feminine and in Gulf, Iraqi and Maghrebi chat. */
const TOO_MANY = alt(withConjunctions(['كثيرة', 'كتيرة', 'كثيره', 'هواية', 'واجد', 'وايدة', 'ياسر', 'بزاف', 'برشا', 'كتير', 'كثير', 'وايد', 'طويلة', 'طويل']));
/** Demonstratives that may stand before a predicate: "ده كتير", "هذا أكثر من مبيعاتنا". */
const THIS = alt(withConjunctions(['هذا', 'هاد', 'هادا', 'هيدا', 'ده', 'دا', 'هاي', 'هذي', 'هادي', 'دي', 'هاذي', 'هاذا']));
/** Verbs of catching a date or a season: "ما رح نلحق", "الشوايات ما بتلحق العيد". */
const CATCH_UP = alt(withConjunctions(['نلحق', 'بنلحق', 'هنلحق', 'حنلحق', 'نلحقو', 'نلحقوا', 'نلحقش', 'تلحق', 'بتلحق', 'هتلحق', 'يلحق', 'بيلحق', 'تلحقنا', 'نلحقها', 'نلحقه']));
const SEASON = alt(nouns('موسم', 'عيد', 'رمضان', 'معرض', 'افتتاح', 'مناسبة', 'season'), 'الأضحى|الفطر');
const ARRIVES = alt(
  withConjunctions(['توصل', 'يوصل', 'بتوصل', 'بيوصل', 'هتوصل', 'هيوصل', 'حتوصل', 'توصلنا', 'يوصلنا', 'تجي', 'تيجي', 'هتيجي', 'بتيجي', 'تجينا', 'نستلمها', 'نستلم', 'تتسلم']),
);
/** Verbs of fitting a schedule: "لا تتناسب مع الجدول الزمني", "ما تخدمنا". */
const FIT = alt(
  withConjunctions([
    'تتناسب', 'يتناسب', 'تتوافق', 'يتوافق', 'تتماشى', 'يتماشى', 'تلائم', 'يلائم', 'تتلاءم', 'تناسب', 'يناسب', 'تناسبنا', 'يناسبنا', 'تكفي', 'يكفي',
    'تخدم', 'تخدمنا', 'تنفع', 'تنفعنا', 'ينفع', 'ينفعنا', 'تمشي', 'يمشي', 'توافق', 'يوافق',
  ]),
);
/** Verbs and nouns of postponing the goods: "ثالث مرة تأجلون التحميل", "تالت مرة كتأخرو الشحنة". */
const POSTPONED = alt(
  withConjunctions([
    'تأجلون', 'تأجلوا', 'تأجلو', 'أجلتوا', 'أجلتو', 'أجلتم', 'تأخرون', 'تتأخرون', 'تتأخروا', 'كتأخرو', 'كتأخروا', 'تأخروا', 'تأخرتوا', 'تأخرتو', 'اتأخرتوا',
    'روطار', 'retard',
  ]),
);
/** "It has been" at the head of a wait: "صار لنا", "بقالي". */
const BEEN_FOR = alt(withConjunctions(['صار', 'صارلنا', 'صرلنا', 'صارلي', 'صرلي', 'بقالنا', 'بقالي', 'صارلها', 'صرلها', 'بقالها', 'صارله', 'بقاله']));
/** Verbs of waiting for the goods: "انتظر", "نستناو", "عم استنى". */
const WAIT_OR_CHASE = alt(
  WAITING, WAIT,
  withConjunctions(['انتظر', 'استنى', 'نستناو', 'نتسناو', 'كنتسناو', 'ناطر', 'ناطرين', 'مستني', 'منتظر', 'نسمع']),
);
/** Words before the product or holder that a certificate names: "صادرة باسم", "مكتوب عليها", "يطلع لمنتج ثاني". */
const NAMED_ON = alt(withConjunctions(['باسم', 'بإسم', 'اسم', 'مكتوب', 'مكتوبة', 'صادرة', 'صادر', 'تخص', 'يخص', 'على', 'بتاعة', 'ديال', 'تاع', 'يطلع', 'تطلع', 'طالعة']));
/** Goods counted before "do not work": "نص منها", "٢٠٠ حبة", "500 شاحن". */
const GOODS_COUNT = alt(
  withConjunctions(['منها', 'منهم', 'نصها', 'نصهم', 'بعضها', 'بعضهم', 'كلها', 'كلهم']),
  nouns('حبة', 'حبات', 'قطعة', 'قطع', 'وحدة', 'وحدات', 'جهاز', 'أجهزة', 'ماكينة', 'مكينة', 'شاحن', 'شواحن', 'لمبة', 'لمبات', 'منتج', 'بضاعة'),
);
/** Goods that do not work: "ما تشتغل", "لا تعمل", "مش شغالة". */
const WORKS = alt(
  withConjunctions([
    'تشتغل', 'يشتغل', 'بتشتغل', 'بيشتغل', 'تعمل', 'يعمل', 'شغال', 'شغالة', 'شغالين', 'تولع', 'يولع', 'بتولع', 'بيولع', 'تضوي', 'يضوي', 'تبرد', 'يبرد',
    'بتبرد', 'بيبرد', 'تشحن', 'بتشحن', 'works', 'working',
  ]),
);
/** A device cutting out or overheating: "بيفصل بعد ساعتين", "تسخن بشكل مو طبيعي". */
const CUTS_OUT = alt(
  withConjunctions([
    'يفصل', 'تفصل', 'بيفصل', 'بتفصل', 'يطفي', 'تطفي', 'بيطفي', 'بتطفي', 'ينطفي', 'تنطفي', 'بينطفي', 'بتنطفي', 'يسخن', 'تسخن', 'بيسخن', 'بتسخن',
    'سخنت',
  ]),
);
const STOPS = alt(withConjunctions(['وقف', 'وقفت', 'توقف', 'توقفت', 'بطل', 'بطلت']));
/** Comparatives of colour, weight and size against an approved reference: "أغمق من العينة". */
const OFF_REFERENCE = alt(
  withConjunctions(['أغمق', 'أفتح', 'أخف', 'أرق', 'أضعف', 'أخشن', 'أنحف', 'أسمك', 'أثقل', 'أصغر', 'أقصر', 'darker', 'lighter', 'thinner', 'weaker', 'smaller']),
);
const AGREED = alt('المتفق|المطلوب|المعتمد|المعتمدة|المذكور|المكتوب|المواصفات|الطلب|المواصفة', nouns('عينة', 'مواصفات'));
/** Order specifications: a size, a colour, a thickness, a model. */
const ORDER_SPEC = alt(
  nouns('مقاس', 'مقاسات', 'لون', 'ألوان', 'سماكة', 'موديل', 'حجم', 'نوع', 'وزن', 'قياس'),
  withConjunctions(['أبيض', 'أسود', 'أحمر', 'أزرق', 'أخضر', 'أصفر', 'رمادي', 'بني', 'بيج', 'ذهبي', 'فضي', 'كحلي']),
);
/** Colours and letter sizes that came instead of the order ("وإجانا كله L"). */
const OTHER_SPEC = alt(
  ['أبيض', 'أسود', 'أحمر', 'أزرق', 'أخضر', 'أصفر', 'رمادي', 'بني', 'بيج', 'ذهبي', 'فضي', 'كحلي'].flatMap((word) => [word, `ال${word}`]),
  'xs|s|m|l|xl|xxl|xxxl',
);
const ORDERED = alt(withConjunctions(['طلبنا', 'طلبت', 'طالبين', 'طلبناه', 'طلبناها']));
/** Goods that came instead: "وإجانا كله L", "وبعتولنا 110", "وجاتنا حاجة مصفرة". */
const GOT_INSTEAD = alt(
  withConjunctions([
    'جانا', 'إجانا', 'اجانا', 'جاتنا', 'جات', 'جا', 'جت', 'اجت', 'إجت', 'جالنا', 'بعتولنا', 'بعتوا', 'أرسلتوا', 'ارسلتوا', 'أرسلتم', 'ارسلتو', 'طلع', 'طلعت',
    'جاء', 'جاءت', 'جاءنا', 'دزيتوا', 'صيفطتو', 'صيفطتوا', 'جاني', 'جاتني',
  ]),
);
/** Material nouns with the article, the subject of "is thin / weak": "القماش رقيق", "الكرتون ضعيف". */
const THE_MATERIAL = alt(
  [
    'قماش', 'ثوب', 'كرتون', 'كارطون', 'كرتونة', 'ورق', 'بلاستيك', 'خشب', 'فلتر', 'خيط', 'تغليف', 'جلد', 'معدن', 'حديد', 'صاج', 'هيكل', 'زجاج',
    'ألمنيوم', 'ألومنيوم', 'خامة', 'كيس', 'أكياس', 'كراتين', 'علب', 'علبة', 'طلاء', 'دهان', 'سماكة',
  ].flatMap((word) => ['', 'و', 'ف'].map((conjunction) => `${conjunction}ال${word}`)),
  'qualité|qualite',
);
const THIN = alt(['رقيق', 'ضعيف', 'هش'].flatMap((word) => [word, `${word}ة`, `${word}ين`, `${word}ات`]));
/** Packing nouns with the article, for "is light": a light carton is a weak one ("الكرتون خفيف"). */
const THE_PACKING = alt(['كرتون', 'كارطون', 'كرتونة', 'كراتين', 'تغليف', 'علبة', 'علب', 'باليت', 'بالتات'].flatMap((word) => ['', 'و', 'ف'].map((conjunction) => `${conjunction}ال${word}`)));
/** Verbs of weighing, testing or measuring the goods: "وزناها", "فحصناه", "المختبر عندنا". */
const TESTED = alt(
  withConjunctions([
    'فحصناه', 'فحصناها', 'فحصنا', 'فحصناهم', 'وزناها', 'وزناه', 'وزناهم', 'جربنا', 'جربناه', 'جربناها', 'اختبرنا', 'اختبرناه', 'اختبرناها', 'قسنا',
    'قسناه', 'قسناها', 'حللنا', 'حللناه', 'حللناها', 'المختبر', 'مختبرنا', 'tested', 'measured',
  ]),
);
const CAME_OUT_AS = alt(withConjunctions(['طلع', 'طلعت', 'طلعوا', 'بيطلع', 'came']));
/** "Really" in a doubting question: "فعلاً 304؟". */
const REALLY = alt(withConjunctions(['فعلا', 'حقا', 'بالفعل', 'really', 'actually']));
/** Claims a buyer doubts about the goods: a material, a grade, a natural or original make. */
const SPEC_CLAIM = alt(
  MATERIAL, QUALITY,
  nouns('خشب', 'قماش', 'رخام', 'خلايا', 'زان'),
  adjectives('طبيعي', 'أصلي', 'مقاوم', 'صناعي'),
  'tier|grade|ستانلس|stainless',
);
const SURE = alt(adjectives('متأكد', 'متاكد'));
const THAT = alt('إنه|انه|إنها|انها|أنه|أنها|إن|ان|أن|بلي|إنو|انو|انهم|إنهم');
/** An advance share: "١٠٠٪ مقدم", "100% قبل الشحن", "١٠٠٪ تحويل قبل التصنيع". */
const ADVANCE_SHARE = `# ?${alt('تحويل|دفع|tt|t/t')} ${alt(withConjunctions(['مقدم', 'مقدما', 'مقدمة', 'مسبق', 'مسبقا', 'سلف', 'قبل', 'تسبيق', 'advance', 'upfront', 'prepayment']))}`;
const HARD_ON_US = alt(HARD, adjectives('صعيب', 'ثقيل', 'تقيل', 'مخيف'), withConjunctions(['مخوفنا', 'مخوفني', 'مستحيل', 'كثير', 'كتير', 'بزاف', 'برشا', 'وايد', 'واجد']));
const NOT_FOR_US = alt(ACCEPTABLE, withConjunctions(['وارد', 'بتنفع', 'بينفع', 'يصلحش', 'يمشيش', 'نوافق', 'نقبل', 'نقبله', 'يسمح', 'تسمح']));
const CAN_MORE = alt(CAN, withConjunctions(['هنقدر', 'حنقدر', 'نكدر', 'فينا', 'نجموش', 'نجمو', 'نقدروش', 'يمكننا', 'بإمكاننا', 'عندنا']));
const PAY_MORE = alt(withConjunctions(['ندفع', 'أدفع', 'نحول', 'أحول', 'نسدد', 'نفتح', 'نفتحوه', 'نحط', 'نحطو', 'نخلص', 'نخلصو', 'نخلصوكم', 'نحلو', 'ندفعو', 'نحولو', 'نعطي', 'pay', 'open']));
const ADVANCE_MORE = alt(ADVANCE, withConjunctions(['مقدمة', 'سلف', 'كلو', 'كله', 'كلشي', 'تسبيق', 'cad', 'cash', 'escrow']));
const BANK = alt(nouns('بنك', 'بنوك', 'مصرف', 'بنكة'));
/** Verbs of a bank that imposes or refuses a payment method: "البنك عندنا يفرض L/C", "البنوك هنا واقفة". */
const BANK_IMPOSES = alt(
  withConjunctions(['يفرض', 'تفرض', 'يرفض', 'ترفض', 'يشترط', 'تشترط', 'واقفة', 'واقف', 'واقفين', 'محبوس', 'متوقف', 'متوقفة', 'تتعامل', 'يتعامل']),
);
const PAY_ONLY = alt(withConjunctions(['ندفع', 'نحول', 'نسدد', 'نخلص', 'نخلصو', 'نعطي', 'pay']));
/** Endings of an ultimatum: "يا L/C يا والو", "يا إما CAD يا بلاش". */
const OR_NOTHING = alt('والو|بلاها|بلاش|بلاه|نشوف|نلغي|خلاص');
/** Verbs of being burned by a supplier before: "انحرقنا من مصنع", "اتخضينا قبل كده". */
const BURNED = alt(withConjunctions(['انحرقنا', 'اتحرقنا', 'انكوينا', 'اتكوينا', 'اتخضينا', 'انخضينا', 'اتبهدلنا', 'تبهدلنا', 'اتقرصنا', 'انقرصنا']));
const HAPPENED = alt(withConjunctions(['صار', 'صارت', 'حصل', 'حصلت', 'صارلنا', 'صارتلنا']));
const PAID = alt(withConjunctions(['دفعنا', 'دفعتله', 'دفعتلهم', 'دفعناله', 'دفعنالهم', 'حولنا', 'حولناله', 'حولنالهم', 'دفعت', 'حولت']));
/** "Last time" in two tokens: "آخر مرة", "المرة الماضية", "المرة اللي فاتت". */
const LAST_TIME = `${alt('آخر|اخر|المرة')} ${alt('مرة|مره|الماضية|الماضيه|الفاتت|الفايتة|السابقة|اللي')} ?${alt('فاتت')}`;
/** A seller named without the article, or a middleman: another supplier than the one written to. */
const SOME_SELLER = alt(withConjunctions(['واحد', 'وسيط', 'مورد', 'لمورد', 'المورد', 'مصنع', 'لمصنع', 'شركة', 'لشركة']));
const TOO_MANY_MOQ = alt(HIGH, MUCH, withConjunctions(['واجد', 'هواية', 'كثيرة', 'كتيرة', 'صعب', 'صعبة', 'صعيب', 'يفوق', 'تفوق', 'فوق', 'مبالغ']));
/** Units and packs a minimum is counted in, beyond the shared units: "50,000 عبوة", "500 سرير". */
const PACK = alt(UNIT, nouns('عبوة', 'عبوات', 'علبة', 'علب', 'كيس', 'أكياس', 'كرتونة', 'لوح', 'ألواح', 'رول', 'زوج', 'دزينة', 'باليت', 'لفة'));
const SMALL_SHOP = alt(nouns('محل', 'حانوت', 'متجر', 'دكان', 'بوتيك'));
const WE = alt(withConjunctions(['احنا', 'إحنا', 'حنا', 'نحنا', 'نحن', 'انا', 'أنا', 'آني']));
const STILL_NEW = alt(withConjunctions(['لسه', 'لسا', 'بعدنا', 'توا', 'لساتنا', 'مازلنا', 'لازلنا']));
const STARTING = alt(withConjunctions(['بنبدأ', 'بنبدا', 'نبدأ', 'بادئين', 'فاتحين', 'بالبداية', 'مبتدئين', 'جداد', 'بنجرب', 'نجرب', 'مجربين']));
/** Another model, product or company than the one bought: "موديل ثاني", "شركة أخرى", "المصنع الأم". */
const OTHER_THING = `${alt(nouns('موديل', 'منتج', 'منتوج', 'شركة', 'مصنع'))} ${alt(adjectives('ثاني', 'تاني', 'آخر', 'مختلف'), 'أخرى|اخرى|غير|الأم|الام|ثانية|تانية')}`;
/** Certificate nouns and codes without "مطابقة", which alone also means "matching the sample". */
const CERT_DOC = CERTIFICATE.split('|').filter((word) => !word.includes('مطابق')).join('|');
/** Whose or which a certificate is: "مش باسم المنتج ده", "ماشي ديال هاد المنتوج". */
const BELONGS = alt('باسم|بإسم|باسمكم|باسمك|ديال|بتاعة|بتاع|تاع|حق|تخص|يخص|لنفس|لهذا|لهاد|لهذه|طابقت|تطابق|يطابق');
const ISSUER = alt(nouns('جهة', 'مختبر', 'مخبر', 'هيئة', 'body', 'lab'));
const KNOWN = alt(adjectives('معروف', 'معتمد', 'معترف', 'مستقل', 'موثوق', 'مانح'), 'نعرفها|نعرفه|نعرفهاش|يعرفها|سامع|سمعنا');
const SEEN = alt('شفناها|شفناه|لقيناها|لقيناه|كايناش|كاينة|كاينش|كاين|موجودة|موجود|متوفرة|طلعت|طلع|ظاهرة|ظاهر');
const LACKS = alt(withConjunctions(['ماكايناش', 'ماكاينش', 'ماكاين', 'معندهمش', 'ماعندهمش', 'ماعندهاش', 'معندهاش', 'ماعندكن', 'معندكن', 'ماعندكومش', 'معندكومش']));
const WITHOUT_IT = alt(withConjunctions(['بدونها', 'بدونه', 'بدونهم', 'بلاها', 'بلاهم']));
const CUSTOMS = alt(nouns('جمارك', 'جمرك', 'كمرك', 'ديوانة', 'هيئة', 'customs'));
const LET_THROUGH = alt(
  withConjunctions(['تقبلها', 'يقبلها', 'تقبل', 'يقبل', 'يقبلوهاش', 'يقبلوها', 'بتقبل', 'بيقبل', 'حبتش', 'تخلي', 'تعدي', 'تعبر', 'تمرر', 'تفسح', 'مغاتخليش']),
);

/** A business noun a buyer uses of itself: "محل", "صيدلية", "معمل تحاليل", "شركة ناشئة". Not "مصنع", which is usually the seller. */
const OUR_BUSINESS = alt(
  nouns(
    'محل', 'حانوت', 'متجر', 'دكان', 'بوتيك', 'صيدلية', 'معمل', 'مشغل', 'ورشة', 'مطعم', 'عيادة', 'مخبز', 'بقالة', 'مكتبة', 'صالون', 'كافيه', 'شركة', 'مؤسسة',
    'مشروع', 'سوق', 'boutique', 'shop', 'store',
  ),
);
/** Small, single or just started: "صغير", "وحدة" (one pharmacy), "ناشئة". */
const SMALL = alt(adjectives('صغير', 'ناشئ', 'محدود'), 'وحدة|واحدة|واحد|صغيره|small');
/** "More than" and "beyond": "أكثر من", "فوق", "يفوق", "يتجاوز". */
const MORE_THAN = alt(withConjunctions(['أكثر', 'أكتر', 'أكبر', 'فوق', 'يفوق', 'تفوق', 'يتجاوز', 'تتجاوز', 'يتعدى', 'تتعدى', 'يزيد', 'تزيد', 'more', 'beyond']));
/** Verbs of selling, using or storing by the buyer or its market: "نبيع", "نصرف", "نستهلك", "يسحب" (the market takes). */
const WE_MOVE = alt(
  withConjunctions([
    'نبيع', 'نبيعه', 'نبيعها', 'بنبيع', 'منبيع', 'نبيعو', 'نبيعوش', 'كنبيعو', 'نصرف', 'نصرفه', 'نصرفها', 'بنصرف', 'نستهلك', 'بنستهلك', 'نستخدم',
    'نستعمل', 'نحتاج', 'نحتاجه', 'نخزن', 'نستوعب', 'نشيل', 'يسحب', 'بيسحب', 'يستوعب', 'يتحمل', 'يتحمله', 'sell', 'use',
  ]),
);
/** Nouns of the buyer's capacity or need: "طاقتنا", "قدرة متجرنا", "حاجتنا", "استهلاكنا". */
const OUR_CAPACITY = alt(
  withConjunctions([
    'طاقتنا', 'طاقة', 'قدرتنا', 'قدرة', 'حاجتنا', 'احتياجنا', 'احتياجاتنا', 'استهلاكنا', 'مبيعاتنا', 'حجمنا', 'حجم', 'إمكانياتنا', 'امكانياتنا',
    'طاقتي', 'قدرتي', 'حاجتي', 'استطاعتنا',
  ]),
);
/** Periods of months and years: how long a stock would take to sell. */
const LONG_PERIOD = alt(withConjunctions(['سنة', 'سنه', 'سنتين', 'سنين', 'سنوات', 'عام', 'عامين', 'شهور', 'أشهر', 'اشهر', 'شهرين']));
/** Selling a stock out, or its sitting in store: "لتخلص", "نبيعها", "بالمخزن". */
const SELL_OUT = alt(
  withConjunctions([
    'لتخلص', 'تخلص', 'نخلصها', 'نخلصه', 'نبيعها', 'نبيعه', 'لنبيعها', 'نصرفها', 'نصرفه', 'تتصرف', 'تنباع', 'بالمخزن', 'بالمستودع', 'بالستوك',
    'مخزون', 'نستهلكها', 'نستخدمها',
  ]),
);
/** Stock, before how long it lasts: "مخزون سنة كاملة". */
const STOCK = alt(nouns('مخزون', 'ستوك', 'stock'));
/** A stock that lasts the buyer a long time: "هالكمية تكفينا سنة". */
const LASTS_US = alt(withConjunctions(['تكفينا', 'بتكفينا', 'تكفيني', 'بتكفيني', 'يكفينا', 'بيكفينا', 'تقضينا', 'تسدنا', 'تكفي', 'يكفي']));
/** Sales or use of a period: "مبيعات سنة", "استهلاك شهور". */
const SALES_OF = alt(nouns('مبيعات', 'استهلاك', 'حاجة', 'sales'));
/** "And then" or "and if" before more: "وبعدين نزيد", "وإذا مشت نزيد". */
const THEN = alt(withConjunctions(['بعدين', 'بعدها', 'ثم', 'then']), 'وإذا|واذا|ولو|وان|وإن|وبعد');
/** A larger later order: "نزيد", "نكبر الطلبية", "نضاعف". */
const ORDER_MORE = alt(withConjunctions(['نزيد', 'نزود', 'نزيدها', 'نكبر', 'نكبرها', 'نرفع', 'نضاعف', 'نكثر', 'بنزيد', 'منزيد', 'هنزود', 'نطور', 'increase']));
/** Taking a quantity: "ناخذ", "نشيل", "نطلب". */
const TAKE = alt(withConjunctions(['ناخذ', 'ناخد', 'نأخذ', 'ناخذو', 'ناخدو', 'نشيل', 'نطلب', 'نشتري', 'نستلم', 'نشري', 'نشريو', 'take', 'order']));
/** "Only", after a quantity: "500 بس", "برك". */
const ONLY = alt('بس|فقط|برك|بركة|غير|only|just');
/** A minimum that goes down: "لو الحد الأدنى ينزل لـ 100". */
const MINIMUM_DOWN = alt(withConjunctions(['ينزل', 'نزل', 'يقل', 'قل', 'تنزلوه', 'تنزلوا', 'تقللوه', 'نزلتوه', 'يصير', 'صار']));
/** Split one minimum across models or colours: "موزعة على لونين", "نجمع الألوان". */
const SPLIT = alt(withConjunctions(['موزعة', 'موزع', 'موزعين', 'مقسمة', 'مقسومة', 'نقسمها', 'نقسم', 'نقسمهم', 'نوزعها', 'نوزع', 'نجمع', 'نجمعها', 'split']));
const MODELS = alt(
  nouns('ألوان', 'لون', 'موديلات', 'موديل', 'مقاسات', 'أصناف', 'صنف', 'تصاميم', 'ريحة', 'روايح', 'colors', 'colours', 'models'),
  withConjunctions(['لونين', 'موديلين', 'صنفين', 'مقاسين']),
);
/** "To try it": "عشان أجرب", "للتجربة". */
const TO_TRY = alt(withConjunctions(['أجرب', 'اجرب', 'نجرب', 'نجربه', 'نجربها', 'للتجربة', 'للتجربه', 'كتجربة', 'تجربة', 'try', 'test']));
/** Second-person raising of a figure: "ترفعون", "زدتوا", "غليتوا". */
const RAISED_YOU = alt(
  withConjunctions([
    'ترفعون', 'ترفعوا', 'ترفعو', 'بترفعوا', 'رفعتوا', 'رفعتو', 'رفعتم', 'رفعت', 'تزيدون', 'تزيدوا', 'زدتوا', 'زدتو', 'زدتم', 'زودتوا', 'زودتو', 'تزودون',
    'تزودوا', 'غليتوا', 'غليتو', 'رفعوا', 'زادوا', 'raised',
  ]),
);
/** A price or a market that went up: "زاد", "ارتفعت", "زايد". */
const ROSE = alt(withConjunctions(['زاد', 'زادت', 'ارتفع', 'ارتفعت', 'تضاعف', 'تضاعفت', 'زايد', 'زايدة', 'دبل', 'rose', 'increased']));
/** A market, a commodity or freight that fell: "السوق نازل", "الحديد نزل عالمياً". Not a currency, whose fall concerns the buyer's own means, nor "الشحن", which also means the shipment. */
const FELL = alt(withConjunctions(['نازل', 'نازلة', 'نزل', 'نزلت', 'انخفض', 'انخفضت', 'هابط', 'هابطة', 'هبط', 'هبطت', 'طايح', 'طايحة', 'طاح', 'طاحت', 'dropped', 'fell']));
const MARKET = alt(
  withConjunctions(['السوق', 'البورصة', 'الخام', 'الحديد', 'النحاس', 'القطن', 'النولون', 'عالميا']),
);
/** Then and now, around two figures: "كان 3 والحين 3.6", "اتفقنا 30% والحين 50%". */
const BEFORE_MARK = alt(
  withConjunctions([
    'كان', 'كانت', 'جان', 'أول', 'قبل', 'اتفقنا', 'تفقنا', 'الماضية', 'الماضي', 'الفاتت', 'فاتت', 'طافت', 'أخذنا', 'اخدنا', 'خدنا', 'اشترينا', 'وعدتونا',
    'قلتوا', 'قلتو', 'السابقة', 'السابق',
  ]),
);
const NOW_WORD = alt(withConjunctions(['الحين', 'اللحين', 'الآن', 'هسه', 'هسع', 'هلق', 'هلأ', 'دلوقتي', 'دلوقت', 'توا', 'دابا', 'اليوم', 'now', 'today']));
/** Buying cheaper: "بأقل من كده", "بأرخص من سعرك". */
const FOR_LESS = alt(withConjunctions(['بأقل', 'بأرخص', 'بنص']));
/** A market or a customer that cannot bear the price: "سوقنا ما يتحمل", "الناس ما تشتري". */
const OUR_MARKET = alt(
  nouns('سوق', 'زبون', 'زبائن', 'زباين', 'عميل', 'عملاء', 'مستهلك', 'مشتري'),
  withConjunctions(['الناس', 'زبايني', 'زبائني', 'عملائي']),
);
const BEAR = alt(withConjunctions(['يتحمل', 'يستحمل', 'بيتحمل', 'يستوعب', 'يشتري', 'بيشتري', 'تشتري', 'بتشتري', 'بمشي', 'يدفع', 'بيدفع', 'يكدر']));
/** A margin left to the buyer: "ما يبقى لنا ربح", "ما يتبقى لنا هامش". */
const LEFT_TO_US = alt(withConjunctions(['يبقى', 'يتبقى', 'بيبقى', 'يضل', 'بيضل', 'يظل', 'يتبقالنا', 'يبقالنا', 'يطلعلنا', 'بيطلعلنا', 'يخلي', 'بيخلي', 'يترك']));
const MARGIN = alt(nouns('ربح', 'هامش', 'مكسب', 'فايدة', 'فائدة', 'مجال', 'margin', 'profit'));
/** Verbs of the buyer's expectation or habit: "أعلى مما توقعنا", "أكثر من اللي ندفعه". */
const EXPECTED = alt(
  withConjunctions([
    'توقعنا', 'توقعت', 'متوقعين', 'متوقع', 'نتوقع', 'متعودين', 'تعودنا', 'اتعودنا', 'متعود', 'حاطه', 'حاطين', 'حاسبين', 'حسبنا', 'المتوقع', 'المعتاد', 'ندفعه',
    'دفعناه', 'بندفعه', 'ببالنا', 'بالي', 'expected',
  ]),
);

/** Second-person promises and the date they named: "وعدتونا", "قلتوا", "كالولي", "المفروض". */
const PROMISED = alt(
  withConjunctions([
    'قلتوا', 'قلتو', 'قلتم', 'قلتولي', 'قلتلي', 'قلتولنا', 'قلتلنا', 'وعدتونا', 'وعدتوا', 'وعدتم', 'وعدتني', 'وعدتنا', 'وعدتوني', 'كالولي', 'كالوا',
    'قالولي', 'قالوا', 'قالولنا', 'حكيتوا', 'حكيتولي', 'ذكرتم', 'أكدتم', 'اكدتوا', 'أكدتوا', 'المفروض', 'المفترض', 'promised',
  ]),
  SAY_YOU,
);
/** Nothing yet, or a later time now: "ولا شي", "ولسا", "صرنا". */
const NOTHING_YET = alt(
  'ولا|وما|ولم|ومافي|ومفيش|وماكو|ولسه|ولسا|وللحين|وبعدها|ومازالت|ومازال|لسه|لسا|للحين|بعدها|مازالت|مازال|still',
  withConjunctions(['صار', 'صارت', 'صرنا', 'صارلها', 'صرلها', 'صارلنا', 'بقالها', 'بقالنا', 'عدى', 'فات']),
);
/** A date or a time limit that passed: "فات الأجل", "الميعاد عدّى", "تجاوزت موعد الشحن". */
const PASSED = alt(withConjunctions(['فات', 'فاتت', 'عدى', 'عدا', 'مر', 'مرت', 'مضى', 'مضت', 'تجاوز', 'تجاوزت', 'تعدى', 'تعدت', 'دازت', 'داز', 'passed']));
/** A due date that passed, without "مر", which also means "came by": "فات الموعد", "تجاوزت موعد الشحن". */
const PASSED_DUE = alt(withConjunctions(['فات', 'فاتت', 'عدى', 'عدا', 'تجاوز', 'تجاوزت', 'تعدى', 'تعدت', 'دازت', 'داز', 'passed']));
const DUE_DATE = alt(nouns('موعد', 'ميعاد', 'أجل', 'deadline'), 'الأجل|الموعد|الميعاد|الديدلاين|eta');
/** A count of days, weeks or months, with or without a number: "٣ أسابيع", "ثلاث أسابيع", "أسبوعين". */
const PERIOD_ANY = alt(PERIOD_UNIT, DUAL_PERIOD, nouns('سنة', 'شهر', 'جمعة', 'جمعات', 'نهار', 'ايام', 'اسابيع'));
/** A period with its half or more: "شهر ونص", "أسبوعين وشوي". */
const PERIOD_RUN = `${PERIOD_ANY} ?${alt('ونص|ونصف|وشوي|وزيادة|وأكثر|واكثر')}`;
/** Since: "من ٣ أسابيع", "منذ أسبوعين", "صارلها شهر". */
const SINCE = alt(withConjunctions(['من', 'منذ', 'صارلها', 'صرلها', 'بقالها', 'صارلنا', 'صرلنا', 'بقالنا', 'صارلي', 'صرلي', 'بقالي']));
/** Still not, after a wait: "ولا وصلت", "ولسا", "والبضاعة لسا". */
const STILL_NOT = alt(
  withConjunctions(['ولا', 'وما', 'ولم', 'ومافي', 'ومفيش', 'وماكو', 'ولحد', 'ولسه', 'ولسا', 'ولساتها', 'وللحين', 'وبعدها', 'ومازالت', 'ومازال', 'وحتى', 'وبدون', 'بدون', 'دون']),
  'لسه|لسا|لساتها|للحين|مازالت|مازال|لازالت|بعدها|بعدو|still',
);
/** Things a long wait has not brought: the goods, a shipment, a tracking number, a reply. */
const WAIT_TARGET = alt(
  ARRIVED, SHIPPED_YET, TRACKING, SHIPMENT,
  nouns('شحن', 'رد', 'خبر', 'أثر', 'حس', 'إشعار', 'تحديث', 'ميناء', 'مينا', 'مصنع', 'مستودع', 'جمرك', 'جمارك', 'ترانزيت', 'مرفأ'),
  'واصلة|واصل|جات|جت|اجت|وصلات|تحركت|خرجت|طلعت|بالمصنع|بالميناء|بالمينا|بالجمارك',
);
/** Goods that arrived or will arrive, in every tense: "وصلت", "وصلات", "توصل", "بتوصل". */
const ARRIVED_ANY = alt(ARRIVED, ARRIVES, withConjunctions(['وصلات', 'جات', 'جت', 'اجت', 'وصلو', 'وصلوا', 'وصلتنا', 'بتوصلنا']));
/** Goods that arrived, or that will arrive as things stand: "وصلت", "وصلات", "بتوصل". Not the bare "توصل", which also follows "we want it to". */
const ARRIVED_PAST = alt(withConjunctions(['وصلت', 'وصل', 'وصلات', 'جات', 'جت', 'اجت', 'وصلو', 'وصلوا', 'وصلتنا', 'بتوصل', 'بيوصل', 'هتوصل', 'هيوصل', 'حتوصل', 'arrived']));
/** A lead time that turned into a longer one: "وبتبقى شهر", "ووصلت بعد ٥٠". */
const BECAME = alt('وبتبقى|وبيبقى|وتبقى|ويبقى|ووصلت|ووصل|وطلعت|وطلع|وصارت|وصار|ونستلم|واستلمنا|وبتطلع|ويطلع|وتطلع');
/** Tomorrow, soon, next week: what a seller keeps promising. */
const SOON = alt(withConjunctions(['بكرة', 'بكره', 'غدا', 'غدوة', 'قريب', 'قريبا', 'الأسبوع', 'الجاي', 'الجاية', 'tomorrow', 'soon']));
/** "And you" after a wait: "شهر وانتم بكرة". */
const AND_YOU = alt('وانتم|وأنتم|وانتو|وانتوا|وإنتو|وانتوما|وانتي|وانت|وإنتوا');
/** "And it has been", between a promised and a real period: "١٠ أيام، وصار لنا شهر". */
const AND_NOW_BEEN = alt('وصار|وصارلي|وصارلنا|وبقالي|وبقالنا|وصرلي|وصرلنا|وصارلها|وبقالها|وهسه|والحين|واليوم|ودلوقتي|وهلق|وطلعت|وطلع');
/** Takes, of a lead time: "ياخذ شهرين", "كياخد". */
const TAKES = alt(withConjunctions(['بياخد', 'بياخذ', 'ياخذ', 'ياخد', 'تاخد', 'تاخذ', 'بتاخد', 'بتاخذ', 'يستغرق', 'تستغرق', 'كياخد', 'كتاخد', 'يحتاج', 'تحتاج', 'takes']));
/** A rival delivering faster: "المنافس يسلم خلال 30". */
const RIVAL_DELIVERS = alt(withConjunctions(['يسلم', 'بيسلم', 'يشحن', 'بيشحن', 'يسلموا', 'يسلمون', 'يوصل', 'بيوصل', 'يجيب', 'بيجيب', 'كيسلم', 'كيصيفط', 'delivers', 'ships']));
/** An event or a season that ended: "خلص", "دازت", "يخلص الصيف". */
const ENDED = alt(withConjunctions(['خلص', 'خلصت', 'يخلص', 'تخلص', 'انتهى', 'انتهت', 'ينتهي', 'تنتهي', 'فات', 'فاتت', 'يفوت', 'دازت', 'داز', 'يدوز', 'راح', 'راحت', 'يروح', 'عدى', 'مر']));
const SEASON_MORE = alt(SEASON, nouns('صيف', 'شتاء', 'شتا', 'ربيع', 'خريف', 'مدارس', 'دراسة', 'موعد', 'ميعاد'));
/** "Of no use to us": "ما لها فايدة", "ملهاش لازمة". */
const USELESS = `${alt(withConjunctions(['ما', 'مالها', 'ملهاش', 'مالهاش', 'مالوش', 'ملوش', 'ماله', 'مش', 'مو']))} ?${alt('لها|له|إلها|الها|لنا|فيها')} ${alt('فايدة|فائدة|لازمة|لزمة|داعي|قيمة|معنى|عازة|فايده|لازمه')}`;

/** Certificate codes and documents beyond `CERTIFICATE`: test standards and health authorities buyers name. */
const CERT_ANY = alt(CERT_DOC, 'en71|oeko-tex|oekotex|gmp|bsci|jfda|sfda|tuv|ukca|bis|soncap|coa|msds|nando|510(k)|آيزو|الآيزو|ايزو|الايزو|الأيزو', nouns('تقرير', 'تقارير'));
/** Forged, or made up with a photo editor: "بالفوتوشوب", "زوّروا". */
const FORGED = alt(withConjunctions(['بالفوتوشوب', 'فوتوشوب', 'مفبركة', 'مفبرك', 'زورت', 'زوروا', 'بتزور', 'يزورون', 'photoshop', 'photoshopped', 'forged']));
/** Expiring soon: "تنتهي الشهر الجاي". */
const EXPIRES = alt(withConjunctions(['تنتهي', 'ينتهي', 'بتنتهي', 'بينتهي', 'هتنتهي', 'حتنتهي', 'تخلص', 'بتخلص', 'expires']));
const SOON_END = alt('الشهر|الأسبوع|هالشهر|هالأسبوع|قريبا|قريب|بكرة|بكره|الحين|خلال|next|soon');
/** Marks a valid certificate carries: a stamp, a signature, a number. */
const CERT_MARK = alt(nouns('ختم', 'توقيع', 'رقم', 'باركود', 'تجديد'), adjectives('موقع', 'مختوم', 'مصدق', 'موثق', 'مجدد'), 'qr|stamp|signature|signed|stamped|renewal');
/** Found or shown, after a check of a register: "ما لقينا لها أثر", "لم يظهر أي نتيجة". */
const FOUND = alt(withConjunctions(['لقيت', 'لقينا', 'لقيناه', 'لقيناها', 'لاقي', 'لاقيين', 'نلقى', 'ألقى', 'وجدنا', 'وجدت', 'شفنا', 'شفت', 'يظهر', 'تظهر', 'يطلع', 'تطلع', 'أظهر', 'اظهر', 'found']));
const TRACE = alt('أثر|اثر|وجود|سجل|نتيجة|نتائج|شي|شيء|حاجة|معلومات|بيانات|trace|result|results');
const REGISTER = alt(nouns('موقع', 'نظام', 'سجل', 'قاعدة', 'منصة', 'بوابة', 'website', 'database', 'site'));
/** Differ or fail to match: "فرق", "مش مطابق". */
const MISMATCH = alt(nouns('فرق', 'اختلاف', 'تناقض', 'تضارب'), 'mismatch');
const MATCHING = alt(adjectives('مطابق', 'متطابق'), withConjunctions(['يطابق', 'تطابق', 'يتطابق', 'تتطابق', 'طابق', 'طابقت', 'match', 'matches']));
/** Covering a product or a model: "ما تغطي هالموديل". */
const COVERS = alt(withConjunctions(['يغطي', 'تغطي', 'بتغطي', 'بيغطي', 'يشمل', 'تشمل', 'بتشمل', 'بيشمل', 'covers', 'cover']));
/** Refusing the goods without a document: "رافضين بدونها". */
const REFUSING = alt(adjectives('رافض'), withConjunctions(['يرفض', 'ترفض', 'رفض', 'رفضت', 'رفضوا', 'يرفضون', 'بيرفض', 'بترفض', 'refuses', 'rejected']));
/** Getting a certificate later: "في حال حصولكم على الشهادة", "إذا طلعتوها". */
const OBTAIN = alt(withConjunctions(['حصولكم', 'حصلتم', 'حصلتوا', 'حصلتو', 'تحصلوا', 'تحصلون', 'طلعتوا', 'طلعتو', 'استخرجتم', 'استخرجتوا', 'تستخرجوا', 'جبتوا', 'جبتو', 'تجيبون', 'تجيبوا', 'توفرون', 'وفرتوا', 'get', 'obtain']));
const WHEN_IF = alt(withConjunctions(['حال', 'حالة', 'لو', 'إذا', 'اذا', 'متى', 'لما', 'بمجرد', 'once']));

/** Goods that failed in use, with a time after: "طفت", "صدّت", "بيكش". */
const FAILED_IN_USE = alt(
  withConjunctions([
    'طفت', 'طفى', 'انطفت', 'صدت', 'صدى', 'يصدي', 'تصدي', 'بيصدي', 'بتصدي', 'صدي', 'بيكش', 'بتكش', 'يكش', 'تكش', 'كش', 'انكمش', 'انكمشت', 'بهت', 'بهتت',
    'يبهت', 'بيبهت', 'تقشر', 'بيقشر', 'يقشر', 'بتقشر', 'تقشرت', 'ذاب', 'ذابت', 'انفك', 'انفكت', 'تفكك', 'اتفرتقت', 'تشقق', 'تشققت', 'اتشقق', 'ساح', 'ساحت',
    'تلون', 'يتلون', 'faded', 'rusted', 'shrank', 'peeled',
  ]),
);
/** Colour or coating, which fades or peels: "اللون بهت", "الطلاء تقشر". */
const COLOUR = alt(withConjunctions(['اللون', 'لونها', 'لونه', 'لونهم', 'الألوان', 'الصبغة', 'الطلاء', 'الدهان', 'colour', 'color']));
/** The goods' state on arrival: "ذايبة", "فاضية", "عجينة", "مهرسين". */
const ARRIVED_STATE = alt(adjectives('ذايب', 'ذائب', 'فاضي', 'مهرس', 'مهروس', 'مفعوص', 'منعجن'), 'عجينة|عجين|empty|melted|crushed');
/** Against the contract or the spec: "مخالفة للعقد", "تخالف المواصفات". */
const AGAINST = alt(adjectives('مخالف'), withConjunctions(['تخالف', 'يخالف', 'خلاف', 'بخلاف']));
const CONTRACT_SPEC = alt(nouns('عقد', 'مواصفات', 'مواصفة', 'اتفاق', 'اتفاقية', 'شروط', 'طلب', 'عينة', 'contract', 'spec', 'specs'));
/** Short in weight or count: "نقص في الوزن", "ناقص". */
const SHORT_IN = alt(withConjunctions(['نقص', 'ناقص', 'ناقصة', 'نقصان', 'عجز']));
const MEASURE = alt(nouns('وزن', 'كمية', 'عدد', 'كراتين', 'حبات', 'قطع', 'أمتار', 'weight'));
const WEIGHT_UNIT = alt(withConjunctions(['كيلو', 'كغ', 'كجم', 'كلغ', 'غرام', 'جرام', 'جم', 'غ', 'ملم', 'مم', 'سم', 'متر', 'kg', 'g', 'gsm', 'mm', 'cm']));
/** Figures the goods were sold on: "المكتوب", "المذكور", "اللي مكتوب". */
const STATED = alt('المكتوب|المكتوبة|المذكور|المذكورة|المعلن|المعلنة|المطبوع|الكتالوج|الكاتالوج|الداتا|الداتاشيت|datasheet|tds');
const WRITTEN = alt('مكتوب|مكتوبة|مكتوبين|مذكور|مذكورة|كاتبينه|كاتبينها|مكتوبه');
/** Comparatives of a measured property: "أطول من اللي مكتوب", "أقل من المذكور". */
const MEASURED_OFF = alt(withConjunctions(['أطول', 'أقل', 'أضعف', 'أخف', 'أرق', 'أقصر', 'أصغر', 'أبطأ', 'أكثر', 'أكبر', 'أثقل', 'longer', 'lower', 'less', 'weaker', 'thinner']));
/** Very low against the market or the raw material: "أقل من سعر المادة الخام", "أرخص من كل السوق". */
const SUSPECT_LOW = alt(withConjunctions(['أقل', 'أرخص', 'cheaper', 'lower']));
const COST_BASE = alt(withConjunctions(['المادة', 'المواد', 'الخام', 'الخامة', 'التكلفة', 'الكلفة', 'البورصة', 'التصنيع', 'الإنتاج', 'cost']));
/** The market, below which only a much lower price raises doubt: "أرخص من كل السوق", "أقل من السوق بكثير". */
const THE_MARKET = alt(withConjunctions(['السوق', 'market']));
const BY_FAR = alt('بكثير|بكتير|بوايد|ببزاف|بزاف|بهالشكل|لهالدرجة|بهالدرجة|لهدرجة');
/** Making sure of a claim: "كيف أتأكد إن", "شلون نعرف إن". */
const MAKE_SURE = alt(withConjunctions(['أتأكد', 'نتأكد', 'اتأكد', 'أعرف', 'نعرف', 'أضمن', 'نضمن', 'نطمن', 'أطمن', 'نتحقق', 'أتحقق']));
const REAL_CLAIM = alt(REALLY, adjectives('طبيعي', 'أصلي', 'اصلي', 'حقيقي', 'مغشوش', 'مطلي', 'مقلد', 'تقليد'), 'صدق|بصح|original|genuine|real');

/** A supplier named indefinitely, the buyer's own past or other one: "مع مورد", "من مصنعين", "ويا موردين". */
const A_SUPPLIER = alt(
  withConjunctions([
    'مورد', 'موردين', 'مصنع', 'مصنعين', 'مصانع', 'تاجر', 'تجار', 'معمل', 'معامل', 'وسيط', 'موزع', 'بائع', 'supplier', 'suppliers', 'factory', 'vendor',
  ]),
);
const WITH_FROM = alt(withConjunctions(['مع', 'من', 'ويا', 'ويه', 'وية', 'with', 'from']));
/** Failures of that supplier: late, short, used, defective, a loss. */
const WENT_WRONG = alt(
  withConjunctions([
    'تأخر', 'تأخروا', 'تأخرت', 'بيتأخر', 'يتأخر', 'اتأخر', 'اتأخروا', 'يتأخرون', 'تأخير', 'مغشوش', 'مغشوشة', 'ناقص', 'ناقصة', 'مستعمل', 'مستعملة', 'عيوب',
    'معيب', 'معيبة', 'مسوس', 'مسوسة', 'مسوّسة', 'كارثة', 'خسرنا', 'خسارة', 'نصب', 'هرب', 'اختفى', 'سكر', 'سدوا', 'ضيع', 'مخالفة', 'تقليد', 'delayed', 'late',
  ]),
);
/** Paid verbs with an object suffix: "دفعناهو", "حولناها". */
const PAID_ANY = alt(PAID, withConjunctions(['دفعناهو', 'دفعناه', 'دفعناها', 'دفعنالو', 'حولناه', 'حولناها', 'حولنالو', 'paid']));
const TO_A_SUPPLIER = alt(withConjunctions(['لمورد', 'لمصنع', 'لمعمل', 'لتاجر', 'لوسيط', 'لموزع', 'لبائع']));
/** Worked or dealt with: "تعاملنا", "اشتغلنا", "اشترينا". */
const DEALT = alt(withConjunctions(['تعاملنا', 'اشتغلنا', 'خدمنا', 'اشترينا', 'جبنا', 'أخذنا', 'اخدنا', 'خدنا', 'طلبنا', 'عطانا', 'تعامل', 'اشتغل', 'جربنا', 'worked', 'dealt']));
/** Suppliers as a group, in every attached form: "كل الموردين", "كل مورد". */
const ALL_SUPPLIERS = nouns('مورد', 'موردين', 'مصنع', 'مصانع', 'شركات', 'تجار', 'supplier', 'suppliers', 'factories');
/** "Everyone says": "كل الموردين بيقولوا", "الكل يقول", "كلشي كيقول". */
const SAY_THEY = alt(
  withConjunctions(['يقول', 'يقولون', 'يقولوا', 'بيقولوا', 'بيقول', 'تقول', 'بتقول', 'كيقول', 'كيقولو', 'يحكوا', 'بيحكوا', 'بيحكو', 'يحكي', 'يرسل', 'يرسلون', 'يبعت', 'say', 'says']),
);
const EVERY = alt(withConjunctions(['كل', 'الكل', 'كلشي', 'كلهم', 'every', 'all']));
/** Links to the outcome: "وبعدين", "وآخرتها", "وطلع". */
const TURNS_OUT = alt(withConjunctions(['وبعدين', 'وبعدها', 'وآخرتها', 'واخرتها', 'وفالأخير', 'وبالآخر', 'وبالاخر', 'وطلع', 'وطلعت', 'ويطلع', 'وتطلع', 'ونستلم', 'ولما', 'and', 'but']));

/** A finance department, a policy or a manager that rules on terms: "المالية عندنا", "سياسة الشركة". */
const OUR_RULE = alt(
  withConjunctions(['الإدارة', 'إدارة', 'المالية', 'الحسابات', 'المحاسبة', 'المدير', 'مديري', 'مديرنا', 'شركتنا', 'سياستنا', 'سياسة', 'الشريك', 'finance']),
);
const APPROVE = alt(
  withConjunctions([
    'توافق', 'يوافق', 'تعتمد', 'يعتمد', 'تقبل', 'يقبل', 'تسمح', 'يسمح', 'تدفع', 'يدفع', 'تحول', 'يحول', 'تصرف', 'يصرف', 'بتوافق', 'بيوافق', 'بتقبل', 'بيقبل',
    'يطلع', 'يخلص', 'يخلصش', 'يعطي', 'يفتح', 'بيفتح', 'approve', 'allow',
  ]),
);
/** Future or habitual "we pay": "بندفع", "هندفع", "منحول". */
const WE_WILL_PAY = alt(withConjunctions(['ندفع', 'بندفع', 'هندفع', 'حندفع', 'مندفع', 'نحول', 'بنحول', 'هنحول', 'منحول', 'نسدد', 'ندفعو', 'نخلص', 'نخلصو', 'ندفعش', 'نحولش', 'pay']));
/** Costly fees: "يكلفنا رسوم", "بياخد عمولة". */
const COSTS_US = alt(withConjunctions(['يكلفنا', 'بيكلفنا', 'تكلفنا', 'بتكلفنا', 'يكلف', 'بيكلف', 'بياخد', 'ياخذ', 'ياخد', 'بياخذ', 'يقتطع', 'costs']));
const FEES = alt(nouns('رسوم', 'عمولة', 'عمولات', 'مصاريف', 'fees', 'charges'));
/** Insisting on or refusing a term, after "why": "ليش تصرون على", "ليش ما تقبلون L/C". */
const INSIST = alt(withConjunctions(['تصرون', 'تصروا', 'مصرين', 'بتصروا', 'تقبلون', 'تقبلوا', 'بتقبلوا', 'تتعاملون', 'تشتغلون', 'تطلبون', 'تطلبوا', 'بتطلبوا', 'تبون', 'تبغون']));
/** "After we had agreed": "بعد ما اتفقنا", "بعد ما نثبت". */
const AGREED_V = alt(withConjunctions(['اتفقنا', 'تفقنا', 'اتفقتوا', 'ثبتنا', 'نثبت', 'وقعنا', 'أكدنا', 'اكدنا', 'agreed']));
/** A new demand by the seller: "تطلبون", "جايين الحين", "تغيرون الشروط". */
const NEW_DEMAND = alt(RAISED_YOU, withConjunctions(['تطلبون', 'تطلبوا', 'طلبتوا', 'طلبتو', 'طلبتم', 'تبون', 'تبغون', 'تغيرون', 'تغيروا', 'غيرتوا', 'غيرتم', 'جايين', 'رجعتوا', 'بدلتوا']));
const OR_ELSE = alt(withConjunctions(['ولا', 'وإلا', 'والا', 'غير', 'otherwise']));
const NO_DEAL = alt('صفقة|اتفاق|تعامل|طلبية|بيع|شغل|deal');
const GO_ON = alt(withConjunctions(['نكمل', 'نكملو', 'نتعامل', 'نمشي', 'نشتغل', 'نطلب', 'proceed', 'continue']));

const PRICE_TOPICS: SignalType[] = ['objection.price', 'objection.moq', 'objection.payment_terms'];
const ANY_TOPIC: SignalType[] = ['objection.lead_time', 'objection.moq', 'objection.payment_terms', 'objection.price'];

type CueOptions = Omit<SignalCue, 'id' | 'type' | 'pattern' | 'strength'>;

/**
 * Returns the two cues of "X is not acceptable": a negator before an
 * acceptability word ("مش مناسب", "غير مقبول") and a one-token negated verb
 * ("مينفعش"). Both carry their negator, so they are not negatable.
 */
function notAcceptable(id: string, type: SignalType, before: string, strength: number, options: CueOptions = {}): SignalCue[] {
  return [
    { id, type, pattern: `${before} ${NOT} ${ACCEPTABLE}`, strength, negatable: false, ...options },
    { id: `${id}_verb`, type, pattern: `${before} ${NOT_WORKING}`, strength, negatable: false, ...options },
  ];
}

/** Returns the cues of a clause that opens with "still", written as one token or two. */
function still(id: string, type: SignalType, after: string, strength: number, options: CueOptions = {}): SignalCue[] {
  return [
    { id, type, pattern: `${STILL_ONE} ${after}`, strength, negatable: false, ...options },
    { id: `${id}_two_words`, type, pattern: `${STILL_HEAD} ${STILL_TAIL} ${after}`, strength, negatable: false, ...options },
  ];
}

const PRICE_IS = `${PRICE} ?${OF_YOURS} ?_`;
const MINIMUM = `${MINIMUM_HEAD} ${MINIMUM_TAIL}`;

export const OBJECTION_CUES: SignalCue[] = [
  // objection.price
  { id: 'price.price_too_high', type: 'objection.price', pattern: `${PRICE_IS} ${HIGH}`, strength: 0.85 },
  { id: 'price.price_too_much', type: 'objection.price', pattern: `${PRICE} ?${OF_YOURS} ${MUCH}`, strength: 0.8 },
  { id: 'price.expensive_very', type: 'objection.price', pattern: `${EXPENSIVE} ${VERY}`, strength: 0.8 },
  { id: 'price.very_expensive', type: 'objection.price', pattern: `${VERY} ${EXPENSIVE}`, strength: 0.8 },
  { id: 'price.expensive_for_us', type: 'objection.price', pattern: `${EXPENSIVE} ${FOR_US}`, strength: 0.8 },
  { id: 'price.costly', type: 'objection.price', pattern: alt(adjectives('مكلف'), 'غلاء|الغلاء|expensive|overpriced|pricey|costly'), strength: 0.5 },
  { id: 'price.more_expensive_than', type: 'objection.price', pattern: `${alt(withConjunctions(['أغلى', 'أغلا']))} ${alt('من|عن|بكثير|بكتير|بوايد')}`, strength: 0.75 },
  { id: 'price.competitor_cheaper', type: 'objection.price', pattern: `${OTHERS} ... ${CHEAPER}`, strength: 0.8 },
  { id: 'price.other_supplier_cheaper', type: 'objection.price', pattern: `${SUPPLIER} ${OTHER} ... ${CHEAPER}`, strength: 0.75 },
  // The number must be a price: "بيدونا 60 يوم آجل" offers credit days, not a price.
  { id: 'price.other_supplier_offered', type: 'objection.price', pattern: `${SUPPLIER} ${OTHER} ... ${OFFERED} ?لنا ?لي ?علينا ?${PRICE_LEAD} ${CURRENCY_WORD} #`, strength: 0.75 },
  { id: 'price.other_supplier_offered', type: 'objection.price', pattern: `${SUPPLIER} ${OTHER} ... ${OFFERED} ?لنا ?لي ?علينا ?${PRICE_LEAD} # ${CURRENCY_WORD}`, strength: 0.75 },
  // "كنشريو من تركيا بـ 1 165 يورو", "بنجيبها من الصين بـ 2 دولار": what the buyer pays elsewhere.
  { id: 'price.buy_elsewhere_at', type: 'objection.price', pattern: `${BUY_NOW} ?${alt('منهم|منه')} من _ ?_ ${alt('ب|بـ|بسعر')} #`, strength: 0.7 },
  { id: 'price.found_cheaper', type: 'objection.price', pattern: `${GOT} ... ${CHEAPER} ?${alt(PRICE, 'عرض|عروض')}`, strength: 0.8 },
  { id: 'price.found_lower_price', type: 'objection.price', pattern: `${GOT} .. ${alt(PRICE, 'عرض|عروض')} ${CHEAPER}`, strength: 0.8 },
  // "أرخص بالسوق" (cheaper on the market) objects; "سعركم أرخص من السوق" (below the market) does not.
  { id: 'price.cheaper_elsewhere', type: 'objection.price', pattern: `${alt('أرخص|cheaper')} ${alt('عند|في|برا|بره')} ${alt('غيركم|غيرك|مكان|ناس|السوق|منكم|منك|بالسوق')}`, strength: 0.8 },
  { id: 'price.cheaper_elsewhere', type: 'objection.price', pattern: `${alt('أرخص|cheaper')} ${alt('من')} ${alt('غيركم|غيرك|مكان|ناس|منكم|منك')}`, strength: 0.8 },
  { id: 'price.cheaper_elsewhere', type: 'objection.price', pattern: `${alt('أرخص|cheaper')} ${alt('بالسوق|برا|بره|elsewhere')}`, strength: 0.8 },
  { id: 'price.cheaper_than_you', type: 'objection.price', pattern: `${alt('أرخص|cheaper')} ${alt('منكم|منك|بكثير|بكتير|elsewhere')}`, strength: 0.8 },
  { id: 'price.target_price', type: 'objection.price', pattern: `${alt(PRICE, nouns('سعرنا'))} ${TARGET}`, strength: 0.75 },
  { id: 'price.target', type: 'objection.price', pattern: alt(nouns('تارجت', 'target'), 'هدفنا'), strength: 0.6 },
  { id: 'price.target_is', type: 'objection.price', pattern: `${alt(TARGET, BUDGET)} ?${PRICE} ?${alt('هو|هي|حوالي|تقريبا|بحدود|في|حدود|:|=|ب|عند')} ?${alt('حدود|حوالي')} ?${CURRENCY} #`, strength: 0.75 },
  { id: 'price.over_budget', type: 'objection.price', pattern: `${alt(withConjunctions(['فوق', 'أعلى', 'يتجاوز', 'تتجاوز', 'يتعدى', 'خارج', 'برا', 'بره', 'يفوق', 'أكثر', 'أكبر', 'over', 'above', 'beyond']))} .. ${BUDGET}`, strength: 0.8 },
  { id: 'price.budget_limited', type: 'objection.price', pattern: `${BUDGET} .. ${alt(adjectives('محدود', 'ضيق', 'قليل'), 'فقط|بس|limited|tight')}`, strength: 0.65 },
  { id: 'price.cannot_afford', type: 'objection.price', pattern: `${CANNOT_HEAD} ?${CAN} .. ${alt('نتحمل|نتحملها|نتحمله|ندفع|نشتري|نقبل|نبيع|أبيع|على|afford')} .. ${alt(PRICE, 'هالسعر|هيك|كده|هذا|هاد|هادا|ده|دا|المبلغ|التكلفة|الكلفة')}`, strength: 0.8, negatable: false },
  { id: 'price.reduce_price', type: 'objection.price', pattern: `${REDUCE} .. ${alt(PRICE, 'العرض|عرضكم|عرضك|التسعيرة')}`, strength: 0.65 },
  // A condition on a cut: "إذا لم تخفضوا السعر سنشتري من مورد آخر". The negator belongs to the condition, not to the cut.
  { id: 'price.unless_reduced', type: 'objection.price', pattern: `${alt(withConjunctions(['إذا', 'اذا', 'لو', 'إن', 'ان']))} ${alt('لم|ما|مش|مو|ماراح')} ${REDUCE} .. ${alt(PRICE, 'العرض|عرضكم|عرضك|التسعيرة')}`, strength: 0.65, negatable: false },
  // Maghrebi "تنقصو" (lower it) as well as "تنزله", "راعونا".
  { id: 'price.lower_it', type: 'objection.price', topics: PRICE_TOPICS, topicOptional: true, pattern: alt(withConjunctions(['تنزله', 'تنزلها', 'نزله', 'نزلها', 'نزلوه', 'تخفضه', 'تخفضها', 'خفضه', 'خفضها', 'تقلله', 'قلله', 'تحسنه', 'حسنه', 'تراعينا', 'راعينا', 'راعونا', 'تراعونا', 'ظبطها', 'زبطها', 'تنقصو', 'تنقصوا', 'نقصو', 'نقصوا', 'تنقصولنا', 'نقصولنا'])), strength: 0.6 },
  { id: 'price.reconsider', type: 'objection.price', pattern: `${alt('إعادة|أعد|أعيدوا|تعيدوا|تعيد')} ${alt('النظر|نظر|دراسة')}`, strength: 0.55 },
  // A discount asked for, not one already given ("بعد خصم الـ 5%").
  { id: 'negotiation_openness.discount', type: 'relationship.negotiation_openness', pattern: `${alt(GIVE_ME, WANT_DISCOUNT)} .. ${DISCOUNT}`, strength: 0.5 },
  { id: 'negotiation_openness.discount', type: 'relationship.negotiation_openness', pattern: `${DISCOUNT} ?`, strength: 0.5 },
  // An amount called expensive: "١٤٬٥٠٠ دينار غالي", "السعر 18 جنيه للمتر غالي".
  { id: 'price.amount_expensive', type: 'objection.price', pattern: `# ?${CURRENCY_WORD} ?${PER_UNIT_WORD} ${EXPENSIVE}`, strength: 0.75 },
  { id: 'price.not_competitive', type: 'objection.price', pattern: `${alt('غير|مش|مو|ليس|مب|ما')} ${alt(adjectives('منافس', 'تنافسي'), 'competitive')}`, strength: 0.85, negatable: false },
  ...notAcceptable('price.price_not_acceptable', 'objection.price', `${alt(PRICE, 'العرض|عرضكم|التسعيرة')} ?${OF_YOURS}`, 0.8),
  { id: 'price.price_issue', type: 'objection.price', pattern: `${PRICE} ?${OF_YOURS} ${alt(nouns('مشكلة', 'عائق', 'مشكل'))}`, strength: 0.6 },
  { id: 'price.issue_with_price', type: 'objection.price', pattern: `${alt(nouns('مشكلة', 'مشكل'), 'مشكلتنا|المشكلة')} ?في ?مع ?هي ${PRICE}`, strength: 0.6 },
  { id: 'price.bare_too_high', type: 'objection.price', topics: PRICE_TOPICS, pattern: `${HIGH} ${VERY}`, strength: 0.7 },
  { id: 'price.bare_very_high', type: 'objection.price', topics: PRICE_TOPICS, pattern: `${VERY} ${alt(adjectives('عالي', 'مرتفع', 'كبير', 'غالي'))}`, strength: 0.7 },
  { id: 'price.bare_too_much_for_us', type: 'objection.price', topics: PRICE_TOPICS, pattern: `${alt(HIGH, MUCH)} ${FOR_US}`, strength: 0.7 },
  ...still('price.still_high', 'objection.price', `.. ${alt(adjectives('عالي', 'مرتفع', 'غالي', 'مكلف'), MUCH, 'high|expensive')}`, 0.6, { topics: PRICE_TOPICS, topicOptional: true }),
  { id: 'price.higher_than', type: 'objection.price', topics: ['objection.price'], pattern: `${alt(withConjunctions(['أعلى', 'أكثر', 'ضعف', 'دبل', 'higher']))} ${alt('من|عن|than')} ... ${alt(nouns('سوق', 'سابق', 'مرة', 'منافسين', 'طلبية'), 'غيركم|قبل|العادي|المعتاد|الماضي|الماضية|آخر|السنة|الصين')}`, strength: 0.65 },
  { id: 'price.compared_to', type: 'objection.price', pattern: `${alt(adjectives('عالي', 'مرتفع', 'غالي'), 'أغلى')} .. ${alt('مقارنة|بالمقارنة|قياسا|compared')}`, strength: 0.6 },
  { id: 'price.cant_sell_it', type: 'objection.price', pattern: `${CANNOT_HEAD} ?${CAN} ${alt('نقنع|أقنع|نبيع|أبيع|نصرف|أصرف|نسوق|نبيعها|نبيعه')} .. ${alt(nouns('عميل', 'عملاء', 'زبون', 'زبائن', 'زباين', 'سوق', 'مدير'))}`, strength: 0.5, negatable: false },
  { id: 'price.offered_elsewhere', type: 'objection.price', pattern: `${OFFERED} ... ${alt('ب|بسعر|سعر|على')} #`, strength: 0.7 },
  { id: 'price.offer_from_others', type: 'objection.price', pattern: `${alt(nouns('عرض', 'عروض', 'سعر', 'أسعار', 'تسعيرة'))} ${alt('من|عند')} ${OTHERS}`, strength: 0.6 },
  { id: 'price.offer_from_other_supplier', type: 'objection.price', pattern: `${alt(nouns('عرض', 'عروض', 'سعر', 'أسعار', 'تسعيرة'))} ${alt('من|عند')} ${SUPPLIER} ${OTHER}`, strength: 0.65 },
  { id: 'price.they_offered_number', type: 'objection.price', pattern: `${OFFERED} ?لنا ?لي ?علينا ?نفس ?ب ?بـ ?بسعر ?${PRICE_LEAD} ${CURRENCY_WORD} #`, strength: 0.7 },
  { id: 'price.they_offered_number', type: 'objection.price', pattern: `${OFFERED} ?لنا ?لي ?علينا ?نفس ?ب ?بـ ?بسعر ?${PRICE_LEAD} # ${CURRENCY_WORD}`, strength: 0.7 },
  // The buyer paid less before: "السنة الماضية كان ١.٩٠", "المرة اللي فاتت اشترينا بـ 1.90". A unit after the figure names no price.
  // Disbelief at a price just named: "٢.٤٠ دولار؟ بجد؟", "تمزحون؟".
  { id: 'price.incredulous', type: 'objection.price', topics: ['objection.price'], pattern: `${alt('جد|بجد|جدي|جادين|معقول|عنجد|صدق|بالجد')} ؟`, strength: 0.55 },
  { id: 'price.you_kidding', type: 'objection.price', topics: ['objection.price'], pattern: alt(withConjunctions(['تمزح', 'تمزحون', 'بتمزح', 'تستهبل', 'تستهبلون', 'تضحكون', 'تضحكوا', 'بتضحكوا', 'بتهزروا', 'بتهزر', 'نكتة'])), strength: 0.6 },
  { id: 'price.was_before', type: 'objection.price', topicOptional: true, topics: ['objection.price'], pattern: `${alt(nouns('سنة', 'عام', 'طلبية', 'شحنة', 'موسم'), 'قبل|سابقا|زمان|السنه|المرة|المره|والمرة|الدفعة|الدفعه')} ?${alt(adjectives('ماضي', 'سابق', 'فائت'), 'اللي|الي|فاتت|الفاتت|فات|الماضيه|السابقه')} ?فاتت ${alt(withConjunctions(['كان', 'كانت', 'كنا', 'كنت', 'كانوا', 'اشترينا', 'أخذنا', 'اخذنا', 'خذينا', 'دفعنا', 'بعتوا', 'بعتولنا', 'بعتونا', 'عطيتونا', 'أعطيتونا']))} ?${alt('لنا|لي|علينا|ب|بـ')} ?${alt(nouns('سعر'), 'سعره|سعرها')} ?${PRICE_LEAD} ?${CURRENCY_WORD} #`, strength: 0.6, notBefore: ['حبة|حبه|قطعة|قطعه|كرتون|كرتونة|كراتين|طن|أطنان|كيلو|كغ|حاوية|حاويات|يوم|أيام|ايام|أسبوع|أسابيع|اسابيع|شهر|أشهر|%|٪|pcs|kg|days'] },
  { id: 'price.we_buy_at', type: 'objection.price', pattern: `${alt(withConjunctions(['نشتري', 'نشتريه', 'نشتريها', 'بنشتري', 'اشترينا', 'نجيب', 'بنجيب', 'نجيبه', 'ناخذ', 'ناخده', 'ناخذه', 'بناخذ', 'نستورد']))} .. ${alt('ب|بسعر|حوالي|بحدود|على')} #`, strength: 0.6 },
  { id: 'price.can_you_match', type: 'objection.price', pattern: `${alt(withConjunctions(['تقدر', 'تقدرون', 'تقدروا', 'ممكن', 'يمكنكم', 'تستطيعون', 'بتقدر']))} ${alt('تطابق|تطابقوا|تجاري|تجاروا|تكسر|تكسروا|تعادل|تنافس|match|beat')}`, strength: 0.65 },
  ...notAcceptable('price.numbers_dont_work', 'objection.price', `${alt(nouns('أرقام', 'حسبة', 'حساب'))} ?_`, 0.75),
  { id: 'price.if_you_give', type: 'objection.price', pattern: `${alt(withConjunctions(['لو', 'إذا', 'if']))} ?${alt('انت|انتو|انتم')} ${YOU_DO} .. ${alt('على|ب|ل|at|to')} #`, strength: 0.7 },
  { id: 'price.last_price', type: 'objection.price', pattern: `${alt('آخر|أخير')} ${alt(PRICE, 'كلام|الكلام')} ?${alt('عندك|عندكم|لك|ليك|لكم|كم|كام|ايش|شو|وش')} ?`, strength: 0.55 },
  { id: 'price.pay_max', type: 'objection.price', pattern: `${alt(withConjunctions(['ندفع', 'أدفع', 'بندفع', 'نعطيك', 'بنعطيك', 'نعطيكم', 'pay']))} ?${alt('حد|ما|اللي|الي|شي|شيء|كحد')} ${alt('أقصى|بالكثير|بالكتير|فقط|بس|max|maximum')} ?${CURRENCY} #`, strength: 0.65, negatable: false },
  // A rival's offer names its figure: "المنافس عطاني 1.720", "الصيني الثاني عاطيني ٢.٧". A figure of days makes it a lead-time objection.
  { id: 'price.rival_figure', type: 'objection.price', topics: ['objection.price', 'objection.lead_time'], topicOptional: true, pattern: `${RIVAL} ?_ ?_ ${RIVAL_OFFERS} ... #`, strength: 0.7 },
  // The buyer states the gap to a rival or requests a matching price: "أرخص بـ ١٠٪", "عرضكم أعلى بـ 12% من عرض مورد تركي", "تطابقون السعر".
  { id: 'price.rival_figure', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: `${alt(withConjunctions(['أرخص', 'أقل', 'أغلى', 'أعلى', 'cheaper', 'lower', 'higher']))} ${alt('ب|بـ|بنحو|بحوالي|بحدود|by')} #`, strength: 0.65 },
  { id: 'price.rival_figure', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: `${alt(withConjunctions(['أعلى', 'أغلى', 'يفوق', 'تفوق', 'يزيد', 'تزيد', 'higher']))} ?${alt('من|عن|على|than')} ${alt(OTHERS, SUPPLIER, 'الأسعار|أسعار|سعر|عرض|البورصة')}`, strength: 0.6 },
  { id: 'price.rival_figure', type: 'objection.price', pattern: `${MATCH} ?_ ${alt(PRICE, 'عرضهم|عرضه|العرض|سعرهم|سعره|أسعارهم')}`, strength: 0.65 },
  // A counter-offer names its target: "لو السعر نزل شوية", "إذا السعر يوصل 3.10", "اذا تسويلي الفلتر بـ 1.9".
  { id: 'price.counter_offer_target', type: 'objection.price', pattern: `${IF} ${PRICE} ?_ ${alt(withConjunctions(['نزل', 'ينزل', 'بينزل', 'نقص', 'ينقص', 'قل', 'يقل', 'انخفض', 'ينخفض', 'تنزل', 'نزلت']))}`, strength: 0.6 },
  { id: 'price.counter_offer_target', type: 'objection.price', pattern: `${IF} ${PRICE} ?_ ${alt(withConjunctions(['يوصل', 'وصل', 'بيوصل', 'ينزل', 'نزل', 'بينزل']))} ?${alt('ل|لـ|الى|إلى|على|ب|بـ|حدود|to')} #`, strength: 0.65 },
  { id: 'price.counter_offer_target', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: `${IF} ?${alt('انت|انتو|انتم|انتوا|ما')} ${YOU_MAKE_IT} .. ${alt('ل|لـ|الى|إلى|على|ب|بـ|بسعر|to|at')} #`, strength: 0.65 },
  { id: 'price.freight_too_high', type: 'objection.price', pattern: `${FREIGHT} ?${OF_YOURS} ${alt(HIGH, EXPENSIVE)}`, strength: 0.65 },
  { id: 'price.freight_too_high', type: 'objection.price', pattern: `${FREIGHT} # ?_ ?_ ${alt(HIGH, EXPENSIVE, MUCH)}`, strength: 0.65 },
  // The budget is below the quote: "ميزانيتي ما بتسمح بأكتر من 1500", "يتجاوز الحد المعتمد في موازنتنا".
  { id: 'price.over_budget_cap', type: 'objection.price', pattern: `${BUDGET_ANY} ... ${NOT} ${alt(withConjunctions(['تسمح', 'بتسمح', 'يسمح', 'بيسمح', 'تكفي', 'بتكفي', 'يكفي', 'بيكفي', 'تغطي', 'يغطي', 'تتحمل']))}`, strength: 0.7, negatable: false },
  { id: 'price.over_budget_cap', type: 'objection.price', pattern: `${alt(withConjunctions(['يتجاوز', 'تتجاوز', 'يفوق', 'تفوق', 'يتعدى', 'تتعدى', 'خارج']))} .. ${alt(BUDGET_ANY, 'المعتمد|المعتمدة|المرصود|المرصودة|المخصص|المخصصة')}`, strength: 0.7 },

  // The seller raised the price, or the market fell: "رفعتوا السعر", "السعر زاد", "السوق نازل".
  { id: 'price.price_raised', type: 'objection.price', pattern: `${RAISED_YOU} ?${alt('علينا|لنا|عليا')} ${PRICE}`, strength: 0.7 },
  { id: 'price.price_raised', type: 'objection.price', pattern: `${PRICE} ?_ ${ROSE}`, strength: 0.65 },
  { id: 'price.market_fell', type: 'objection.price', pattern: `${MARKET} ?_ ?_ ${FELL}`, strength: 0.6 },
  { id: 'price.market_fell', type: 'objection.price', pattern: `${FELL} ?_ ${alt('عالميا|بالسوق|بالبورصة|globally')}`, strength: 0.6 },
  // A figure then and now, typed by the figure: "كان 3 دولار والحين 3.6".
  { id: 'price.then_and_now', type: 'objection.price', topics: ANY_TOPIC, pattern: `${BEFORE_MARK} ... # ?_ ?_ ?_ ?, ?_ ${NOW_WORD} ?_ ?_ #`, strength: 0.65 },
  // Bought for less elsewhere: "نجيبها بأقل من كده".
  { id: 'price.for_less_elsewhere', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: `${FOR_LESS} ${alt('من|عن')}`, strength: 0.65 },
  { id: 'price.for_less_elsewhere', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: `${alt(withConjunctions(['أرخص', 'أقل']))} ${alt('من|عن')} ${alt('سعركم|سعرك|أسعاركم|عرضكم|عرضك|كده|كدا|هيك|كذا|هالسعر|هاد|هذا|دا|ده')}`, strength: 0.65 },
  { id: 'price.for_less_elsewhere', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: `${OTHERS} ... ${FOR_LESS}`, strength: 0.65 },
  // The market cannot bear it, or no margin is left: "سوقنا ما يتحمل", "ما يبقى لنا ربح".
  { id: 'price.market_cannot_bear', type: 'objection.price', topics: ['objection.price', 'objection.moq'], topicOptional: true, pattern: `${OUR_MARKET} ?_ ?_ ${NOT} ${BEAR}`, strength: 0.6, negatable: false },
  { id: 'price.no_margin_left', type: 'objection.price', pattern: `${NOT} ${LEFT_TO_US} ${alt('لنا|لي|لينا|إلنا|النا')} ?${alt('أي|اي')} ${MARGIN}`, strength: 0.65, negatable: false },
  // Above what the buyer expected or is used to: "أعلى مما توقعنا".
  { id: 'price.above_expected', type: 'objection.price', topics: ['objection.price'], topicOptional: true, pattern: `${alt(withConjunctions(['أعلى', 'أغلى', 'أكثر', 'أكبر', 'higher']))} ?${VERY} ${alt('من|مما|عن|than')} ?${alt('اللي|الي|ما|what')} ?${alt('كنا|كنت|احنا|we')} ${EXPECTED}`, strength: 0.65 },

  // objection.certification
  { id: 'certification.no_certificate', type: 'objection.certification', pattern: `${alt(withConjunctions(['ماعندكم', 'معندكمش', 'ماعندكمش', 'ماعندك', 'معندكش', 'مافي', 'مافيش', 'مفيش', 'ماكو', 'مافيه', 'بدون', 'بلا', 'دون', 'ينقصكم', 'تنقصكم', 'ينقص', 'تنقص', 'غياب', 'عدم', 'without', 'missing']))} .. ${CERTIFICATE}`, strength: 0.85, negatable: false },
  // "ما عندكم شهادة", and of the goods: "الدرايفرات ما عليها تسجيل SASO".
  { id: 'certification.you_dont_have', type: 'objection.certification', pattern: `${alt('ما|مو|مش|مب|ليس|ليست|لا|لم')} ${alt('عندكم|عندك|لديكم|لديك|فيه|في|معكم|معاكم|تملكون|تمتلكون|يوجد|توجد|يتوفر|تتوفر|لكم|عندهم|لديهم|متوفرة|متوفر|موجودة|موجود|عليها|عليه|عليهم|فيها|معها|معاها|معاه|لها|له')} .. ${CERTIFICATE}`, strength: 0.85, negatable: false },
  // A certificate that a check could not confirm: "ما لقينا مصنعكم مسجل", "رقمها ما يطلع في موقع الجهة".
  { id: 'certification.not_found_registered', type: 'objection.certification', pattern: `${alt(withConjunctions(['ما', 'لم', 'مش']))} ${alt('لقى|لقينا|لقيت|لقوا|لاقي|لاقيين|وجد|وجدنا|وجدت|نلقى')} .. ${alt(adjectives('مسجل', 'معتمد', 'مرخص'))}`, strength: 0.75, negatable: false },
  { id: 'certification.not_in_registry', type: 'objection.certification', topics: ['objection.certification'], pattern: `${NOT} ${alt('يطلع|تطلع|طالع|طالعة|موجود|موجودة|ظاهر|ظاهرة|يظهر|تظهر|مسجل|مسجلة')} ?${alt('في|على|ب')} ${alt(nouns('موقع', 'نظام', 'سجل', 'قاعدة', 'منصة', 'بوابة', 'website', 'database'))}`, strength: 0.75, negatable: false },
  { id: 'certification.not_certified', type: 'objection.certification', topics: ['objection.certification'], pattern: `${alt('غير|مش|مو|ليس|ليست|مب|not')} ${alt(adjectives('معتمد', 'مسجل', 'مرخص', 'حاصل', 'مصدق'), 'certified|approved|registered|accredited')}`, strength: 0.8, negatable: false },
  { id: 'certification.certificate_invalid', type: 'objection.certification', pattern: `${CERTIFICATE} .. ${alt(adjectives('منتهي', 'مزور', 'مزيف', 'مضروب', 'قديم', 'خاطئ', 'غلط', 'مختلف'), 'انتهت|خلصت|خطأ|fake|expired|invalid|wrong|outdated')}`, strength: 0.85 },
  { id: 'certification.certificate_not_valid', type: 'objection.certification', pattern: `${CERTIFICATE} .. ${NOT} ${alt(adjectives('موجود', 'معتمد', 'صالح', 'مقبول', 'كافي', 'معترف', 'ساري', 'مطابق', 'متوفر', 'سليم'), withConjunctions(['تكفي', 'يكفي', 'تنفع', 'ينفع', 'بتنفع', 'تمشي', 'يمشي', 'enough', 'valid', 'accepted']))}`, strength: 0.8, negatable: false },
  { id: 'certification.only_have', type: 'objection.certification', pattern: `${alt('عندكم|لديكم|لديك|عندك|معاكم|معكم')} .. ${alt('بس|فقط|غير')} ?${alt(nouns('شهادة'))} ${alt('ce|iso|rohs|fda|ul|saso|gcc')}`, strength: 0.6 },
  // The certificate is for another model, product or company: "شهادة RoHS صادرة باسم شركة ثانية", "مش باسم المنتج ده".
  { id: 'certification.not_this_product', type: 'objection.certification', statementOnly: true, pattern: `${CERT_DOC} ... ${NAMED_ON} ?_ ${OTHER_THING}`, strength: 0.75 },
  { id: 'certification.not_this_product', type: 'objection.certification', pattern: `${CERT_DOC} ... ${alt(NOT, 'ماشي')} ${BELONGS}`, strength: 0.75, negatable: false },
  // The issuer is unknown or unaccredited: "صادرة من جهة مو معروفة", "جهة ما حدا سامع فيها", "من مختبر ما له اعتماد".
  { id: 'certification.unknown_issuer', type: 'objection.certification', topics: ['objection.certification'], topicOptional: true, pattern: `${ISSUER} .. ${NOT} ?${alt('حدا|أحد')} ${KNOWN}`, strength: 0.75, negatable: false },
  { id: 'certification.unknown_issuer', type: 'objection.certification', topics: ['objection.certification'], topicOptional: true, pattern: `${ISSUER} .. ${NOT} ${alt('له|لها')} ${alt('اعتماد|اعتمادات')}`, strength: 0.75, negatable: false },
  { id: 'certification.unknown_issuer', type: 'objection.certification', pattern: `${alt('unknown|unrecognized|unaccredited')} ${alt('body|lab|laboratory|issuer')}`, strength: 0.75 },
  // The certificate is missing: "شهادة G-Mark ما شفناها بالملف", "الليدات ما عندهمش شهادة RoHS".
  { id: 'certification.missing', type: 'objection.certification', pattern: `${CERT_DOC} .. ${NOT} ${SEEN}`, strength: 0.75, negatable: false },
  { id: 'certification.missing', type: 'objection.certification', pattern: `${LACKS} .. ${CERTIFICATE}`, strength: 0.8, negatable: false },
  // Customs will not clear the goods without it: "بدونها ما تدخل السعودية", "الجمارك عندنا ما تقبلها". The certificate must be the nearest topic.
  { id: 'certification.blocks_clearance', type: 'objection.certification', topics: ['objection.certification'], pattern: `${WITHOUT_IT} ?_ ?_ ${alt(NOT, CANNOT_HEAD, 'مغاتخليش')}`, strength: 0.7, negatable: false },
  { id: 'certification.blocks_clearance', type: 'objection.certification', topics: ['objection.certification'], pattern: `${CUSTOMS} ?_ ?_ ${NOT} ${LET_THROUGH}`, strength: 0.7, negatable: false },

  // It expires soon or was never renewed: "تنتهي الشهر الجاي", "ما فيها أي تجديد".
  { id: 'certification.expiring', type: 'objection.certification', pattern: `${CERT_ANY} ... ${EXPIRES} ?${alt('صلاحيتها|صلاحيته')} ${SOON_END}`, strength: 0.7 },
  // It lacks a stamp, a signature or a number: "غير موقعة", "ما عليها ختم", "بدون رقم".
  { id: 'certification.unmarked', type: 'objection.certification', pattern: `${CERT_ANY} ... ${alt(NOT, 'بدون|بلا|دون|مافي|مافيه|مفيش|ماكو|مافيها|مافيهاش|مفيهاش|ماعليها|معليهاش|without')} ?${alt('فيها|عليها|فيه|عليه|في|فيهاش|عليهاش')} ?${alt('أي|اي|any')} ${CERT_MARK}`, strength: 0.7, negatable: false },
  // It is self-declared or from the maker's own lab: "شهادة ذاتية", "من مختبر المصنع".
  { id: 'certification.self_issued', type: 'objection.certification', pattern: `${CERT_ANY} ... ${alt(adjectives('ذاتي'), 'self-declaration|self-declared|selfdeclaration')}`, strength: 0.7 },
  { id: 'certification.self_issued', type: 'objection.certification', topics: ['objection.certification'], topicOptional: true, statementOnly: true, pattern: `${alt(nouns('مختبر', 'مختبرات', 'مخبر'))} ${alt('المصنع|مصنعكم|الشركة|شركتكم|الداخلي|داخلي|تبعكم|حقكم|عندكم|نفسه|بتاعكم')}`, strength: 0.6 },
  { id: 'certification.self_issued', type: 'objection.certification', topics: ['objection.certification'], topicOptional: true, pattern: `${NOT} ?${alt('صادرة|صادر')} ${alt('من|عن')} ${ISSUER} ${KNOWN}`, strength: 0.7, negatable: false },
  // A check of a register found no trace of it: "ما لقينا لها أثر", "ما لقيته في الموقع".
  { id: 'certification.no_trace', type: 'objection.certification', topics: ['objection.certification'], pattern: `${NOT} ${FOUND} ?${alt('لها|له|لهم|لهن')} ?${alt('أي|اي|any')} ${TRACE}`, strength: 0.7, negatable: false },
  { id: 'certification.no_trace', type: 'objection.certification', topics: ['objection.certification'], pattern: `${NOT} ${FOUND} ?_ ?_ ${alt('في|على|ب|بال|on|in')} ${REGISTER}`, strength: 0.7, negatable: false },
  // It does not match, does not cover the goods, or names another holder: "مش مطابق للشهادة", "ما تغطي الموديل".
  { id: 'certification.mismatch', type: 'objection.certification', pattern: `${NOT} ${MATCHING} ?${alt('مع|with')} ?_ ${CERT_ANY}`, strength: 0.7, negatable: false },
  { id: 'certification.mismatch', type: 'objection.certification', statementOnly: true, pattern: `${MISMATCH} ... ${CERT_ANY}`, strength: 0.65 },
  { id: 'certification.mismatch', type: 'objection.certification', pattern: `${CERT_ANY} ... ${NOT} ${COVERS}`, strength: 0.7, negatable: false },
  { id: 'certification.other_holder', type: 'objection.certification', statementOnly: true, pattern: `${CERT_DOC} ... ${NAMED_ON} ?_ ?_ ${OTHER_THING}`, strength: 0.75 },
  { id: 'certification.other_holder', type: 'objection.certification', pattern: `${CERT_DOC} ... ${alt(withConjunctions(['لموديل', 'لمنتج', 'لمنتوج', 'لشركة', 'لمصنع', 'لصنف']))} ${alt(adjectives('ثاني', 'تاني', 'آخر', 'مختلف'), 'أخرى|اخرى|غير|ثانية|تانية')}`, strength: 0.7 },
  // Required and missing: "رافضين يستلموا بدونها", "من غير شهادة", "وانتم ما عندكمش".
  { id: 'certification.required_missing', type: 'objection.certification', topics: ['objection.certification'], pattern: `${REFUSING} ?_ ?_ ${WITHOUT_IT}`, strength: 0.7 },
  { id: 'certification.required_missing', type: 'objection.certification', topics: ['objection.certification'], pattern: `${NOT} ${alt(withConjunctions(['يقبلوا', 'يقبلون', 'بيقبلوا', 'بيقبلو', 'يقبل', 'بيقبل', 'تقبل', 'بتقبل', 'يعترفوا', 'بيعترفوا']))} ${alt('غيرها|غيره|إلا|الا|بدونها|بدونه')}`, strength: 0.65, negatable: false },
  { id: 'certification.required_missing', type: 'objection.certification', pattern: `${alt(withConjunctions(['من']))} ${alt('غير|دون|بدون')} ?_ ${CERTIFICATE}`, strength: 0.75, negatable: false },
  { id: 'certification.required_missing', type: 'objection.certification', pattern: `${alt('ما|مو|مش|مب|وانتوما|وانتم')} ?${alt('ما|مش')} ${alt(withConjunctions(['عندكن', 'عندكو', 'عندكمش', 'عندكاش', 'عندكش', 'عندهمش', 'فيهاش', 'فيهوش', 'عليهاش', 'معاكمش', 'معكمش', 'لديكمش']))} .. ${CERT_ANY}`, strength: 0.8, negatable: false },
  { id: 'certification.required_missing', type: 'objection.certification', statementOnly: true, pattern: `${CERT_ANY} ... ?, ?_ ${alt('ما|مو|مش|مب')} ${alt(withConjunctions(['عندكم', 'عندكمش', 'عندكن', 'عندكو', 'لديكم', 'معكم', 'معاكم', 'عندهم', 'عندهمش']))}`, strength: 0.75, negatable: false },
  { id: 'certification.required_missing', type: 'objection.certification', statementOnly: true, pattern: `${CERT_ANY} ... ?, ?_ ${alt(LACKS, withConjunctions(['ماعندكمش', 'معندكمش', 'ماعندكم', 'ماعندكاش', 'معندكاش']))}`, strength: 0.75, negatable: false },
  // It is forged or edited: "بالفوتوشوب", "زوّروا الشهادة".
  { id: 'certification.forged', type: 'objection.certification', pattern: `${CERT_ANY} ... ${FORGED}`, strength: 0.75 },
  { id: 'certification.forged', type: 'objection.certification', pattern: `${FORGED} ?_ ${CERT_ANY}`, strength: 0.75 },
  // Only once the seller obtains it: "في حال حصولكم على الشهادة".
  { id: 'certification.once_obtained', type: 'objection.certification', pattern: `${WHEN_IF} ?${alt('ما')} ${OBTAIN} ?${alt('على|ل')} ${CERT_ANY}`, strength: 0.65 },

  // objection.lead_time
  { id: 'lead_time.too_long', type: 'objection.lead_time', pattern: `${LEAD} ${LEAD_OF} .. ${LONG}`, strength: 0.85 },
  { id: 'lead_time.too_long_direct', type: 'objection.lead_time', pattern: `${LEAD} ?_ ${LONG} ${VERY}`, strength: 0.8 },
  { id: 'lead_time.days_too_long', type: 'objection.lead_time', pattern: `# ${PERIOD_UNIT} ?_ ${alt(LONG, MUCH)}`, strength: 0.8 },
  ...notAcceptable('lead_time.days_not_possible', 'objection.lead_time', `# ${PERIOD_UNIT} ?_`, 0.8),
  { id: 'lead_time.long_period', type: 'objection.lead_time', topics: ['objection.lead_time'], topicOptional: true, pattern: `${alt(nouns('مدة', 'فترة', 'وقت'))} ${LONG}`, strength: 0.6 },
  // "المدة طويلة" names its own topic, so it needs none nearby ("ما عندنا مشكلة بالسعر بس المدة طويلة").
  { id: 'lead_time.the_period_is_long', type: 'objection.lead_time', pattern: `${alt(withConjunctions(['المدة', 'الفترة', 'الوقت', 'المهلة']))} ?${alt('جدا|كتير|كثير|مرة|وايد|شوي')} ${LONG}`, strength: 0.65 },
  // Goods held up: "الحاوية عالقة في الجمارك من أسبوع".
  { id: 'lead_time.too_long_topic', type: 'objection.lead_time', topics: ['objection.lead_time'], pattern: `${LONG} ${VERY}`, strength: 0.6 },
  { id: 'lead_time.very_long_topic', type: 'objection.lead_time', topics: ['objection.lead_time'], pattern: `${VERY} ${LONG}`, strength: 0.6 },
  { id: 'lead_time.doesnt_work', type: 'objection.lead_time', topics: ANY_TOPIC, pattern: NOT_WORKING, strength: 0.7, negatable: false },
  { id: 'lead_time.not_suitable', type: 'objection.lead_time', topics: ANY_TOPIC, pattern: `${NOT} ${ACCEPTABLE}`, strength: 0.65, negatable: false },
  { id: 'lead_time.faster_than', type: 'objection.lead_time', pattern: `${alt('أسرع|أبكر|faster|sooner|earlier')} ${alt('من|than')}`, strength: 0.7 },
  { id: 'lead_time.you_promised', type: 'objection.lead_time', pattern: `${alt(withConjunctions(['قلتوا', 'قلتو', 'قلتم', 'قلت', 'وعدتونا', 'وعدتوا', 'وعدتم', 'وعدتني', 'وعدتنا', 'وعدت', 'قلتلي', 'قلتولي', 'قلتلنا', 'قلتولنا', 'حكيتوا', 'حكيتو', 'حكيتلي', 'ذكرتم', 'promised']), SAY_YOU)} ... ${alt('الأسبوع|أمس|امبارح|مبارح|البارحة|جاهز|جاهزة|تشحن|تنشحن|الشحن|التسليم|تصل|توصل|هتكون|ستكون|حتكون|بتكون|اليوم|بكرة|شحن|خلال|قبل|قريبا|قريب|بتطلع|بتنشحن|هتطلع|رح|راح')}`, strength: 0.6 },
  { id: 'lead_time.cannot_wait', type: 'objection.lead_time', pattern: `${CANNOT_HEAD} ?${CAN} ${WAIT}`, strength: 0.8, negatable: false },
  { id: 'lead_time.takes_too_long', type: 'objection.lead_time', pattern: `${alt(withConjunctions(['يأخذ', 'ياخد', 'بياخد', 'بياخذ', 'يستغرق', 'تستغرق', 'تاخد', 'تاخذ', 'بتاخد', 'بتاخذ', 'takes']))} ?${alt('وقت|وقتا|مدة')} ${alt(LONG, MUCH)}`, strength: 0.7 },
  { id: 'lead_time.need_sooner', type: 'objection.lead_time', pattern: `${alt(withConjunctions(['نحتاج', 'نحتاجها', 'نحتاجه', 'نبي', 'نبيها', 'نبغاها', 'بدنا', 'عايزين', 'عايزينها', 'نريد', 'نريدها', 'لازم', 'محتاجينها']))} .. ${alt('أسرع|أبكر|sooner|faster|earlier')} ?${alt('من|هيك|كده|كدا|ذلك|هذا')}`, strength: 0.7 },
  { id: 'lead_time.delayed', type: 'objection.lead_time', pattern: DELAYED, strength: 0.5 },
  // "صرلنا ٣ أسابيع ناطرين الشحنة", "بقالنا شهر مستنيين الـ tracking number": a long wait for the goods.
  { id: 'lead_time.long_wait_for_goods', type: 'objection.lead_time', pattern: `${BEEN} ?${alt('لنا|لي|النا')} ?# ?${COUNT_WORD} ${alt(PERIOD_UNIT, DUAL_PERIOD)} .. ${WAITING} .. ${alt(SHIPMENT, TRACKING)}`, strength: 0.75 },
  // "الحاوية كان المفروض توصل يوم 20": a missed date.
  { id: 'lead_time.was_due', type: 'objection.lead_time', pattern: `${alt(withConjunctions(['كان', 'كانت', 'جان', 'جانت']))} ${alt('المفروض|المفترض|مفروض|يفترض')} ?${alt('ان|أن')} ${alt(ARRIVED, 'تطلع|يطلع|تتسلم|يتسلم|تنشحن|ينشحن|تجهز|يجهز')}`, strength: 0.7 },
  { id: 'lead_time.days_of_delay', type: 'objection.lead_time', pattern: `# ${PERIOD_UNIT} ${DELAY_NOUN}`, strength: 0.75 },
  { id: 'lead_time.days_of_delay', type: 'objection.lead_time', pattern: `${alt(COUNT_WORD, DUAL_PERIOD)} ?${PERIOD_UNIT} ${DELAY_NOUN}`, strength: 0.75 },
  { id: 'lead_time.delayed_by', type: 'objection.lead_time', pattern: `${DELAY} ?${alt('لمدة|مدة|ب|بـ')} # ${PERIOD_UNIT}`, strength: 0.75 },
  { id: 'lead_time.delayed_by', type: 'objection.lead_time', pattern: `${DELAY} ?${alt('لمدة|مدة|ب|بـ')} ${alt(COUNT_WORD, DUAL_PERIOD)} ?${PERIOD_UNIT}`, strength: 0.75 },
  // "علاش 75 يوم ديال الإنتاج؟", "ليش التأخير؟": questioning a lead time or a delay.
  { id: 'lead_time.why_so_long', type: 'objection.lead_time', pattern: `${WHY} ?${alt(LEAD)} ?${LEAD_OF} # ${PERIOD_UNIT}`, strength: 0.65 },
  { id: 'lead_time.why_delay', type: 'objection.lead_time', pattern: `${WHY} ?${alt('هذا|هالـ|كل')} ${DELAY}`, strength: 0.65 },
  { id: 'lead_time.delay_again', type: 'objection.lead_time', pattern: `${DELAY_NOUN} ?${alt('مرة|للمرة')} ${AGAIN}`, strength: 0.6 },
  { id: 'lead_time.another_delay', type: 'objection.lead_time', pattern: `${AGAIN} ${DELAY_NOUN}`, strength: 0.6 },
  { id: 'lead_time.shipment_delayed', type: 'objection.lead_time', pattern: `${alt(SHIPMENT, nouns('إنتاج', 'تسليم', 'شحن'))} .. ${DELAY}`, strength: 0.7 },
  { id: 'lead_time.delay_in_shipment', type: 'objection.lead_time', pattern: `${DELAY} .. ${alt(SHIPMENT, nouns('إنتاج', 'تسليم', 'شحن', 'توريد', 'توصيل'))}`, strength: 0.7 },
  { id: 'lead_time.unclear', type: 'objection.lead_time', pattern: `${alt(LEAD, DATE_WORD)} ${LEAD_OF} .. ${alt('غير|مش|مو|ما|مب')} ${alt(adjectives('واضح', 'معروف', 'محدد', 'مضمون', 'مؤكد'), 'نعرف|نعرفه')}`, strength: 0.7, negatable: false },
  { id: 'lead_time.unknown', type: 'objection.lead_time', pattern: `${alt(LEAD, DATE_WORD)} ${LEAD_OF} .. ${alt(adjectives('مجهول', 'غامض'), 'unclear|uncertain|unknown')}`, strength: 0.7 },
  { id: 'lead_time.update_shipment', type: 'objection.lead_time', pattern: `${alt(withConjunctions(['أي', 'في', 'فيه', 'مافي', 'مفيش', 'لا', 'any', 'no']))} ${alt(nouns('جديد', 'تحديث', 'أخبار', 'خبر', 'معلومة', 'update', 'news'))} ?${alt('عن|بخصوص|حول|على|بشأن')} ${SHIPMENT}`, strength: 0.5, negatable: false },
  { id: 'lead_time.where_is_shipment', type: 'objection.lead_time', pattern: `${alt(withConjunctions(['وين', 'فين', 'أين', 'وينها', 'فينها', 'وينه', 'فينه', 'where']))} .. ${SHIPMENT}`, strength: 0.6 },
  ...still('lead_time.still_waiting_goods', 'objection.lead_time', `${WAITING} .. ${alt(SHIPMENT, nouns('تسليم', 'شحن'))}`, 0.75),
  { id: 'lead_time.not_arrived', type: 'objection.lead_time', pattern: `${SHIPMENT} .. ${NOT_YET} ?${alt('ما|لم')} ${ARRIVED}`, strength: 0.75, negatable: false },
  { id: 'lead_time.not_arrived_yet', type: 'objection.lead_time', pattern: `${NOT_YET} ?${alt('ما|لم')} ${ARRIVED} .. ${SHIPMENT}`, strength: 0.75, negatable: false },
  // The goods have not shipped yet: "لسا ما شحنتوا", "للحين ما استلمنا", "الشحنة المفروض طلعت من أسبوع".
  ...still('lead_time.not_shipped_yet', 'objection.lead_time', `${alt('ما|لم|مش|مو|لا|مب')} ${SHIPPED_YET}`, 0.7),
  { id: 'lead_time.not_shipped_yet', type: 'objection.lead_time', pattern: `${alt(withConjunctions(['المفروض', 'المفترض', 'مفروض', 'يفترض', 'supposed']))} ?${alt('ان|أن|انها|إنها|انه|إنه|تكون|يكون')} ${SHIPPED_PAST}`, strength: 0.65 },
  // The lead time turned out longer than promised: "٤٠ يوم بدل ٢٠", "قلتوا ١٥ يوم وبتطلع ٤٠".
  { id: 'lead_time.took_longer', type: 'objection.lead_time', pattern: `# ${PERIOD_UNIT} ${INSTEAD} ?${alt('من|عن|of')} #`, strength: 0.7 },
  { id: 'lead_time.took_longer', type: 'objection.lead_time', pattern: `# ${PERIOD_UNIT} ${INSTEAD} ?${alt('من|عن|of')} ${DUAL_PERIOD}`, strength: 0.7 },
  { id: 'lead_time.took_longer', type: 'objection.lead_time', pattern: `# ${PERIOD_UNIT} ?_ ${TURNED_OUT} ?_ #`, strength: 0.7 },
  // The lead time is too long or off the schedule: "الـ 40 يوم كثيرة", "٩٠ يوم تصنيع؟ ده كتير أوي", "(90 يوماً) لا تتوافق مع الجدول".
  { id: 'lead_time.period_too_long', type: 'objection.lead_time', pattern: `# ${PERIOD_UNIT} ?_ ?${THIS} ${TOO_MANY}`, strength: 0.75 },
  { id: 'lead_time.period_too_long', type: 'objection.lead_time', pattern: `# ${PERIOD_UNIT} ?_ ? ?${THIS} ${TOO_MANY}`, strength: 0.75 },
  { id: 'lead_time.period_too_long', type: 'objection.lead_time', pattern: `# ${PERIOD_UNIT} ?_ ${NOT} ${FIT}`, strength: 0.75, negatable: false },
  // The delivery misses the season or the event: "ما رح نلحق", "هتوصل بعد العيد الكبير".
  // NOTE: "ما رح نلحق" also matches "we won't manage to reply", which no training message writes.
  { id: 'lead_time.misses_season', type: 'objection.lead_time', pattern: `${alt('ما|مش|مو|لن|مب')} ?${alt('رح|راح|ح')} ${CATCH_UP}`, strength: 0.65, negatable: false },
  { id: 'lead_time.misses_season', type: 'objection.lead_time', pattern: `${ARRIVES} ?_ بعد ?_ ${SEASON}`, strength: 0.65 },
  { id: 'lead_time.delayed_again', type: 'objection.lead_time', pattern: `${alt(withConjunctions(['ثاني', 'تاني', 'ثالث', 'تالت', 'رابع', 'خامس', 'كل', 'للمرة', 'تالتة', 'ثالثة']))} ${alt('مرة|مره|خطرة')} ?_ ${POSTPONED}`, strength: 0.7 },
  // The buyer has waited long for the goods: "صار لي أسبوعين أسأل عن رقم التتبع", "شهرين وحنا نستناو".
  { id: 'lead_time.been_waiting', type: 'objection.lead_time', pattern: `${BEEN_FOR} ?${alt('لنا|لي|إلنا|النا')} ?# ?${COUNT_WORD} ${alt(PERIOD_UNIT, DUAL_PERIOD)} ?${alt('عم|واحنا|وأنا|وانا|وحنا|ونحنا|ونحن')} ${WAIT_OR_CHASE}`, strength: 0.7 },
  { id: 'lead_time.been_waiting', type: 'objection.lead_time', pattern: `${BEEN_FOR} ?${alt('لنا|لي|إلنا|النا')} ?# ?${COUNT_WORD} ${alt(PERIOD_UNIT, DUAL_PERIOD)} ${alt(withConjunctions(['نسأل', 'أسأل', 'نطالب', 'أطالب', 'نلاحق', 'نراسل', 'أراسل']))} ${alt('عن|على|ب')} ?${alt(nouns('رقم'))} ${alt(TRACKING, SHIPMENT)}`, strength: 0.7 },
  { id: 'lead_time.been_waiting', type: 'objection.lead_time', pattern: `${alt(PERIOD_UNIT, DUAL_PERIOD)} ${alt('وحنا|واحنا|وإحنا|ونحنا|ونحن|وأنا|وانا')} ${WAIT_OR_CHASE}`, strength: 0.7 },

  // A promised date, then today with nothing: "وعدتونا أول الشهر والحين ١٥ ولا شي".
  { id: 'lead_time.promised_date_passed', type: 'objection.lead_time', pattern: `${PROMISED} ... ?, ${NOW_WORD} ?_ ?_ ${NOTHING_YET}`, strength: 0.75, negatable: false },
  { id: 'lead_time.promised_date_passed', type: 'objection.lead_time', pattern: `${alt(withConjunctions(['المفروض', 'المفترض', 'مفروض', 'يفترض', 'supposed']))} ... ${alt('من|منذ')} ?# ?${COUNT_WORD} ${PERIOD_ANY}`, strength: 0.7 },
  // A due date passed: "فات الموعد", "الأجل عدّى".
  { id: 'lead_time.due_date_passed', type: 'objection.lead_time', pattern: `${PASSED_DUE} ?${alt('عليه|عليها|على')} ?_ ?_ ?_ ${DUE_DATE}`, strength: 0.7 },
  { id: 'lead_time.due_date_passed', type: 'objection.lead_time', pattern: `${DUE_DATE} ... ${PASSED_DUE}`, strength: 0.7 },
  // A long wait and still nothing: "من شهر ولا وصلت", "٣ أسابيع والشحنة لسا بالميناء".
  { id: 'lead_time.waited_still_nothing', type: 'objection.lead_time', pattern: `${SINCE} ?# ?${COUNT_WORD} ${PERIOD_RUN} ?, ?${SHIPMENT} ${STILL_NOT} ?_ ?_ ${WAIT_TARGET}`, strength: 0.75, negatable: false },
  { id: 'lead_time.waited_still_nothing', type: 'objection.lead_time', pattern: `# ${PERIOD_RUN} ?, ?${SHIPMENT} ${STILL_NOT} ?_ ?_ ${WAIT_TARGET}`, strength: 0.75, negatable: false },
  { id: 'lead_time.waited_still_nothing', type: 'objection.lead_time', pattern: `${alt(COUNT_WORD, DUAL_PERIOD)} ?${PERIOD_RUN} ?, ?${SHIPMENT} ${STILL_NOT} ?_ ?_ ${WAIT_TARGET}`, strength: 0.75, negatable: false },
  { id: 'lead_time.waited_still_nothing', type: 'objection.lead_time', pattern: `${PASSED} ?${alt('حتى|لحد|لغاية')} ?${alt('الآن|الان|اليوم')} ?# ?${COUNT_WORD} ${PERIOD_RUN} ?, ${alt(withConjunctions(['دون', 'بدون', 'بلا']), 'ولا|وما|ومافي|ومفيش')} ?_ ?_ ${WAIT_TARGET}`, strength: 0.75, negatable: false },
  // Still there since a while: "للحين بالمصنع من ١٠ أيام". Not "لسه", which in Egypt also means "just".
  { id: 'lead_time.still_there_since', type: 'objection.lead_time', pattern: `${alt(withConjunctions(['لسا', 'لساتها', 'للحين', 'مازالت', 'مازال', 'لازالت', 'بعدها']), 'زالت|زال')} ... ${alt('من|منذ')} ?# ?${COUNT_WORD} ${PERIOD_ANY}`, strength: 0.7, negatable: false },
  { id: 'lead_time.still_there_since', type: 'objection.lead_time', pattern: `${SHIPMENT} ?_ ${alt(withConjunctions(['صارلها', 'صرلها', 'بقالها', 'صارله', 'بقاله']))} ?_ ?_ ?# ?${COUNT_WORD} ${PERIOD_ANY}`, strength: 0.7 },
  // The goods arrive after the event or the season: "وصلت بعد ما خلص المعرض", "بعد العيد ما لها فايدة".
  { id: 'lead_time.after_season', type: 'objection.lead_time', pattern: `${ARRIVED_ANY} ?_ ?_ ?${alt('من')} ${alt('بعد')} ${alt('ما')} ?_ ${ENDED}`, strength: 0.7 },
  { id: 'lead_time.after_season', type: 'objection.lead_time', pattern: `${ARRIVED_PAST} ?_ ?_ ${alt('بعد|after')} ?_ ${SEASON_MORE}`, strength: 0.65 },
  { id: 'lead_time.after_season', type: 'objection.lead_time', pattern: `${alt(withConjunctions(['بعد', 'بعده', 'بعدها']))} ... ${USELESS}`, strength: 0.65, negatable: false },
  // The problem is the time: "المشكلة الوقت".
  { id: 'lead_time.problem_is_time', type: 'objection.lead_time', pattern: `${alt(withConjunctions(['المشكلة', 'مشكلتنا', 'المشكل', 'مشكلتي']))} ?${alt('هي|في|ب|بس')} ${alt(nouns('وقت', 'مدة', 'تسليم', 'توقيت', 'موعد', 'تأخير'))}`, strength: 0.7 },
  // The promised lead time turned into a longer one: "قلتوا أسبوعين وبتبقى شهر".
  { id: 'lead_time.promised_became_longer', type: 'objection.lead_time', pattern: `${PROMISED} ?_ ?# ${PERIOD_ANY} ?, ${BECAME} ?${alt('بعد')} # ?${PERIOD_ANY}`, strength: 0.7, negatable: false },
  { id: 'lead_time.promised_became_longer', type: 'objection.lead_time', pattern: `${PROMISED} ?_ ?# ${PERIOD_ANY} ?, ${BECAME} ?${alt('بعد')} ${PERIOD_ANY}`, strength: 0.7, negatable: false },
  { id: 'lead_time.promised_became_longer', type: 'objection.lead_time', pattern: `${alt('نفس')} ${alt('الكلام|الحكي|الوعد|القصة')} ?, ${BECAME} ?${alt('بعد')} # ?${PERIOD_ANY}`, strength: 0.7 },
  { id: 'lead_time.promised_became_longer', type: 'objection.lead_time', pattern: `# ${PERIOD_ANY} ?, ${AND_NOW_BEEN} ?${alt('لي|لنا|له|لها')} # ${PERIOD_ANY}`, strength: 0.7 },
  // "Tomorrow" for weeks: "شهر وانتم بكرة بكرة".
  { id: 'lead_time.always_tomorrow', type: 'objection.lead_time', pattern: `${PERIOD_ANY} ${AND_YOU} ... ${SOON}`, strength: 0.7 },
  { id: 'lead_time.always_tomorrow', type: 'objection.lead_time', pattern: `${SOON} ?_ ${alt('من|منذ')} ?# ?${COUNT_WORD} ${PERIOD_ANY}`, strength: 0.65 },
  { id: 'lead_time.always_tomorrow', type: 'objection.lead_time', pattern: `${alt(SAY_YOU, withConjunctions(['كتقولو', 'كتقولوا', 'كاتقولو', 'تقولو', 'تقولولنا', 'بتقولولنا']))} ${alt('غدا|غدوة|بكرة|بكره|tomorrow')} ${alt('غدا|غدوة|بكرة|بكره|tomorrow')}`, strength: 0.7 },
  // Why it takes so long, or a rival that is faster: "ليش ياخذ ٨ أسابيع؟", "المنافس يسلم خلال ٣٠".
  { id: 'lead_time.why_takes', type: 'objection.lead_time', pattern: `${WHY} ?_ ?_ ${TAKES} ?# ?${COUNT_WORD} ${PERIOD_ANY}`, strength: 0.65 },
  { id: 'lead_time.rival_faster', type: 'objection.lead_time', topics: ['objection.lead_time'], topicOptional: true, pattern: `${RIVAL} ?_ ?_ ${RIVAL_DELIVERS} ${alt('خلال|في|ب|بـ|بعد|within|in')} # ?${PERIOD_ANY}`, strength: 0.6 },
  // A lead time too long, with the count in words or "hard on us": "تلات شهور كتير", "٦٠ يوم صعب علينا".
  { id: 'lead_time.period_too_long', type: 'objection.lead_time', pattern: `${COUNT_WORD} ?${alt('ديال|دالت|تاع')} ${PERIOD_ANY} ?_ ?${THIS} ${TOO_MANY}`, strength: 0.7 },
  { id: 'lead_time.period_too_long', type: 'objection.lead_time', pattern: `# ${PERIOD_ANY} ?_ ?_ ${alt(adjectives('صعب', 'صعيب'))} ${FOR_US}`, strength: 0.7 },
  // A lead time quoted back in disbelief at a sentence start: "٦٠ يوم لتيشيرت سادة؟".
  { id: 'lead_time.quoted_back', type: 'objection.lead_time', pattern: `^ # ${PERIOD_UNIT} ?_ ?_ ?_ ?`, strength: 0.55 },

  // objection.supplier_history
  { id: 'supplier_history.bad_experience', type: 'objection.supplier_history', pattern: `${EXPERIENCE} ... ${BAD}`, strength: 0.85 },
  { id: 'supplier_history.not_good_experience', type: 'objection.supplier_history', pattern: `${EXPERIENCE} .. ${NOT} ?${alt('كانت|كان')} ${alt(adjectives('جيد', 'كويس', 'زين', 'حلو', 'موفق', 'ناجح', 'منيح', 'مزيان'))}`, strength: 0.8, negatable: false },
  { id: 'supplier_history.previous_supplier', type: 'objection.supplier_history', pattern: `${SUPPLIER} ${PREVIOUS} ... ${CHEATED}`, strength: 0.8 },
  { id: 'supplier_history.scammed', type: 'objection.supplier_history', pattern: SCAMMED, strength: 0.85 },
  { id: 'supplier_history.fooled_us', type: 'objection.supplier_history', pattern: `${alt('ضحكوا|انضحك|اتضحك|نصبوا|نصب|كذبوا')} ${alt('علينا|عليا|عليّ|عليه')}`, strength: 0.85 },
  { id: 'supplier_history.scam', type: 'objection.supplier_history', pattern: alt(nouns('نصب', 'احتيال', 'نصاب', 'نصابين', 'محتال', 'محتالين', 'حرامية', 'scam', 'fraud', 'scammers'), adjectives('احتيالي')), strength: 0.7 },
  { id: 'supplier_history.lost_money', type: 'objection.supplier_history', pattern: `${alt(withConjunctions(['خسرنا', 'خسرت', 'ضاعت', 'ضاع', 'ضيعنا', 'راحت', 'lost']))} .. ${MONEY_LOST}`, strength: 0.7 },
  { id: 'supplier_history.trust_issue', type: 'objection.supplier_history', pattern: `${alt(nouns('مشكلة', 'أزمة', 'موضوع', 'قلة', 'عدم', 'issue'))} ${alt(nouns('ثقة', 'trust'))}`, strength: 0.7 },
  { id: 'supplier_history.hard_to_trust', type: 'objection.supplier_history', pattern: `${alt(withConjunctions(['صعب', 'صعبة', 'يصعب', 'الصعب', 'hard', 'difficult']))} ?ان ?أن ?علينا ?to ${alt(TRUST, 'الثقة|ثقة')}`, strength: 0.75 },
  { id: 'supplier_history.cannot_trust', type: 'objection.supplier_history', pattern: `${alt(CANNOT_HEAD, 'ماعاد|ماعدنا|عاد|بعد')} ?${alt(CAN, 'عاد|عدنا')} ${TRUST}`, strength: 0.75, negatable: false },
  { id: 'supplier_history.lost_trust', type: 'objection.supplier_history', pattern: `${alt(withConjunctions(['فقدنا', 'فقدت', 'خسرنا', 'ضاعت', 'راحت', 'lost']))} ${alt(nouns('ثقة', 'trust'))}`, strength: 0.75 },
  { id: 'supplier_history.took_and_vanished', type: 'objection.supplier_history', pattern: `${TOOK} ... ${VANISHED}`, strength: 0.8 },
  // "ومن يومها ما يرد": a supplier silent since a past deal.
  { id: 'supplier_history.silent_since', type: 'objection.supplier_history', pattern: SILENT_SINCE, strength: 0.7, negatable: false },
  { id: 'supplier_history.how_trust', type: 'objection.supplier_history', pattern: `${HOW} ?${alt('ممكن|نقدر|أقدر|can')} ?لنا ?لي ?ان ?أن ${TRUST}`, strength: 0.6 },
  { id: 'supplier_history.suppliers_cheated', type: 'objection.supplier_history', pattern: `${alt(nouns('موردين', 'مصانع', 'شركات', 'تجار', 'بائعين', 'suppliers', 'factories'))} ... ${CHEATED}`, strength: 0.7 },
  { id: 'supplier_history.issues_with_suppliers', type: 'objection.supplier_history', pattern: `${alt(nouns('مشاكل', 'مشكلة', 'مشكلات', 'معاناة', 'تجارب'), 'عانينا|تعبنا|تعذبنا|problems|issues')} ... ${alt('مع|من')} ${alt(SUPPLIER, 'الصين|الصينيين|السابقين')}`, strength: 0.75 },
  { id: 'supplier_history.proverb', type: 'objection.supplier_history', pattern: `${alt('لا|ما')} ${alt('يلدغ|ينلدغ|يلسع')} .. ${alt('جحر|الجحر')} ${alt('مرتين')}`, strength: 0.8, negatable: false },
  // The buyer names the supplier before: "المورد اللي قبلكم", "آخر مورد تعاملنا معه", "المرة الماضية مورد من فوشان".
  // NOTE: praise of a previous supplier ("المصنع السابق كان ممتاز") matches too. Every such mention in the training sets was a bad story.
  { id: 'supplier_history.the_last_one', type: 'objection.supplier_history', pattern: `${alt(SUPPLIER, withConjunctions(['اللي', 'الي', 'يلي', 'النصاب', 'الشركة']))} ${alt('قبلكم|قبلك|قبلكن|القبلك|القبلكم|قبلكو')}`, strength: 0.75 },
  { id: 'supplier_history.the_last_one', type: 'objection.supplier_history', pattern: `${alt('آخر|اخر')} ${alt(nouns('مورد', 'مصنع', 'وسيط', 'بائع', 'supplier', 'vendor', 'factory'), withConjunctions(['شركة', 'موردين', 'مصنعين']))}`, strength: 0.7 },
  { id: 'supplier_history.the_last_one', type: 'objection.supplier_history', pattern: `${SUPPLIER} ${alt('الأخير|الاخير|السابق|السابقة|الأولاني|الاولاني|سابق|سابقة')}`, strength: 0.7 },
  { id: 'supplier_history.the_last_one', type: 'objection.supplier_history', pattern: `${LAST_TIME} .. ${SOME_SELLER}`, strength: 0.65 },
  // It happened to the buyer before: "انحرقنا من مصنع", "صارت معنا هالقصة قبل", "اللي صار لنا مع مورد سابق".
  { id: 'supplier_history.happened_to_us', type: 'objection.supplier_history', pattern: BURNED, strength: 0.8 },
  { id: 'supplier_history.happened_to_us', type: 'objection.supplier_history', pattern: `${HAPPENED} ${alt('معنا|معانا|معاي|معي|معايا|ويانا')} ?${alt('هالقصة|هالشي|هالشيء|هذا|هاد|ده|كده|نفس|الموضوع')} ${alt('قبل|قبلا|سابقا|مرتين|مرات')}`, strength: 0.7 },
  { id: 'supplier_history.happened_to_us', type: 'objection.supplier_history', pattern: `${HAPPENED} ?${alt('معنا|معانا|لنا|لي|ويانا')} ?_ مع ${alt(SUPPLIER, OTHERS, 'واحد|شركة')}`, strength: 0.7 },
  { id: 'supplier_history.paid_then_vanished', type: 'objection.supplier_history', pattern: `${PAID} ... ${alt(VANISHED, withConjunctions(['وهمية', 'وهمي']))}`, strength: 0.75 },

  // Some other supplier, then what went wrong: "اشتغلنا مع مصنع ... وتأخر".
  { id: 'supplier_history.other_supplier_failed', type: 'objection.supplier_history', pattern: `${WITH_FROM} ?_ ?_ ${A_SUPPLIER} ... ${WENT_WRONG}`, strength: 0.7 },
  // Money paid to some supplier: "دفعنا لمورد عربون".
  { id: 'supplier_history.paid_a_supplier', type: 'objection.supplier_history', pattern: `${PAID_ANY} ?_ ?_ ${TO_A_SUPPLIER}`, strength: 0.7 },
  { id: 'supplier_history.paid_a_supplier', type: 'objection.supplier_history', pattern: `${PAID_ANY} ?_ ?_ ${alt('لشركة|لواحد')} ${alt('في|ب|من|بال')}`, strength: 0.7 },
  // The last one the buyer dealt with: "آخر تاجر تعاملنا معه", "الوكيل السابق".
  { id: 'supplier_history.last_one_dealt', type: 'objection.supplier_history', pattern: `${alt('آخر|اخر')} ?_ ${alt(A_SUPPLIER, 'واحد|وكيل')} ${DEALT}`, strength: 0.7 },
  { id: 'supplier_history.last_one_dealt', type: 'objection.supplier_history', pattern: `${alt('الأخير|الاخير|السابق|القديم|الأولاني|الاولاني')} ${alt('اللي|الي|الذي|يلي')} ${DEALT}`, strength: 0.7 },
  { id: 'supplier_history.last_one_dealt', type: 'objection.supplier_history', pattern: `${alt(nouns('وكيل', 'موزع', 'معمل'))} ${alt('السابق|الأخير|الاخير|القديم|الأولاني|سابق|السابقين')}`, strength: 0.7 },
  // Burned or tricked before: "اتلدغنا", "أكلنا مقلب", "شفنا هالفيلم قبل".
  { id: 'supplier_history.burned_before', type: 'objection.supplier_history', pattern: alt(withConjunctions(['اتلدغنا', 'اتلدغت', 'انلدغت', 'لدغونا', 'اتقرصت', 'انقرصت', 'اتضربنا', 'انضربنا'])), strength: 0.75 },
  { id: 'supplier_history.burned_before', type: 'objection.supplier_history', pattern: `${alt(withConjunctions(['ناكل', 'أكلنا', 'اكلنا', 'كلنا', 'ماكلين', 'اكلين', 'بناكل']))} ${alt('ضرب|مقلب|مقالب|خازوق|خوازيق|بومبة|نصبة')}`, strength: 0.75 },
  { id: 'supplier_history.burned_before', type: 'objection.supplier_history', pattern: `${alt(withConjunctions(['شفنا', 'شفت', 'عشنا', 'جربنا']))} ${alt('هالفيلم|الفيلم|هالقصة|هالمسرحية|هالسيناريو|السيناريو|هالمسلسل')} ?_ ${alt('قبل|قبلا|سابقا|مرات|كتير|كثير|مية|ميت|before')}`, strength: 0.7 },
  // Not the first time: "مو أول مرة نتعامل مع الصين".
  { id: 'supplier_history.not_first_time', type: 'objection.supplier_history', pattern: `${alt('مو|مش|مب|ماهي|موب|ليست|ليس|not')} ${alt('أول|اول|first')} ${alt('مرة|مره|time')} ${alt(withConjunctions(['نتعامل', 'نشتغل', 'نستورد', 'يصير', 'يصيرلنا', 'تصير', 'يحصل', 'بيحصل', 'يحصلنا', 'ننصب', 'ننضحك', 'نتلدغ', 'ننلدغ', 'نتورط', 'نتبهدل', 'نتعب']))}`, strength: 0.65, negatable: false },
  // Everyone says it, then it turns out otherwise: "كل الموردين يقولون ... وبعدين".
  { id: 'supplier_history.everyone_says', type: 'objection.supplier_history', pattern: `${EVERY} ?${ALL_SUPPLIERS} ${SAY_THEY} ... ?, ${TURNS_OUT}`, strength: 0.65 },

  // objection.moq
  { id: 'moq.moq_too_high', type: 'objection.moq', pattern: `${MOQ_CODE} .. ${alt(HIGH, MUCH)}`, strength: 0.85 },
  { id: 'moq.minimum_too_high', type: 'objection.moq', pattern: `${MINIMUM} .. ${alt(HIGH, MUCH)}`, strength: 0.85 },
  ...notAcceptable('moq.moq_not_possible', 'objection.moq', `${MOQ_CODE} ?_ ?_`, 0.85),
  ...notAcceptable('moq.minimum_not_possible', 'objection.moq', `${MINIMUM} ?_ ?_`, 0.85),
  { id: 'moq.cannot_take', type: 'objection.moq', pattern: `${CANNOT_HEAD} ?${CAN} ${alt('نأخذ|ناخد|نطلب|نشتري|نبيع|نتحمل|نصرف|نستوعب|نلتزم|نخزن|order|buy|take')} ?ب ?بـ ?كمية #`, strength: 0.7, negatable: false },
  { id: 'moq.cannot_meet_moq', type: 'objection.moq', pattern: `${CANNOT_HEAD} ?${CAN} ${alt('نحقق|نوصل|نغطي|نلتزم|نقبل|نستوعب|نلبي|نوفي|نصل|meet|reach')} .. ${alt(MOQ_CODE, MINIMUM_HEAD, 'للحد|بالحد|للكمية|بالكمية|للـmoq')}`, strength: 0.85, negatable: false },
  { id: 'moq.max_first_order', type: 'objection.moq', pattern: `${alt('فقط|بس|غير|حد|كحد|بالكثير|بالكتير|max|maximum|only')} ?${alt('أقصى')} # ... ${alt('أول|أولى|الأولى|تجريبية|تجريبي|كبداية|للبداية|بداية|للتجربة|first|trial')}`, strength: 0.65 },
  { id: 'moq.first_order_only', type: 'objection.moq', pattern: `${alt(nouns('طلبية', 'طلب', 'أوردر', 'order'))} ${alt('أولى|الأولى|أول|تجريبية|التجريبية|first|trial')} ... ${alt('فقط|بس|بالكثير|بالكتير|only|max')}`, strength: 0.6 },
  { id: 'moq.half_container', type: 'objection.moq', pattern: `${alt(withConjunctions(['نص', 'نصف', 'ربع', 'half']))} ${alt(nouns('حاوية', 'كونتينر', 'container'))}`, strength: 0.55 },
  { id: 'moq.mixed_container', type: 'objection.moq', pattern: `${alt(nouns('حاوية', 'كونتينر', 'container'))} ${alt(adjectives('مختلط', 'مشكل', 'مجمع'), 'ميكس|مكس|mix|mixed')}`, strength: 0.55 },
  { id: 'moq.mix_models', type: 'objection.moq', pattern: `${alt(withConjunctions(['ميكس', 'مكس', 'نخلط', 'خلط', 'دمج', 'ندمج', 'mix']))} .. ${alt(nouns('موديلات', 'أصناف', 'ألوان', 'مقاسات', 'منتجات', 'models'))}`, strength: 0.55 },
  { id: 'moq.per_model_too_much', type: 'objection.moq', pattern: `${alt('لكل|كل|للموديل|للون|للمقاس|للصنف|per')} ?${alt(nouns('موديل', 'لون', 'مقاس', 'صنف', 'تصميم', 'sku', 'model', 'color'))} .. ${alt(HIGH, MUCH)}`, strength: 0.8 },
  { id: 'moq.below_moq', type: 'objection.moq', pattern: `${alt(withConjunctions(['أقل', 'تحت', 'دون', 'below', 'under']))} ${alt('من|عن')} ${alt(MOQ_CODE, MINIMUM_HEAD)}`, strength: 0.6 },
  { id: 'moq.only_need_before', type: 'objection.moq', pattern: `${alt(withConjunctions(['نحتاج', 'نبي', 'نبغى', 'بدنا', 'عايزين', 'محتاجين', 'نريد', 'نطلب', 'need', 'want']))} ${alt('فقط|بس|غير|only|just')} #`, strength: 0.45 },
  { id: 'moq.only_need_after', type: 'objection.moq', pattern: `${alt(withConjunctions(['نحتاج', 'نبي', 'نبغى', 'بدنا', 'عايزين', 'محتاجين', 'نريد', 'نطلب', 'need', 'want']))} # ?${UNIT} ${alt('فقط|بس|only')}`, strength: 0.45 },
  { id: 'moq.only_but', type: 'objection.moq', pattern: `${alt('ما|لا|مش|مو')} ${alt('نحتاج|نبي|نبغى|بدنا|نريد|نطلب|محتاجين|نحتاجش')} ${alt('إلا|غير|سوى')} #`, strength: 0.5, negatable: false },
  { id: 'moq.moq_issue', type: 'objection.moq', pattern: `${MOQ_CODE} .. ${alt(nouns('مشكلة', 'عائق', 'مشكل'))}`, strength: 0.6 },
  { id: 'moq.minimum_issue', type: 'objection.moq', pattern: `${MINIMUM} .. ${alt(nouns('مشكلة', 'عائق', 'مشكل'))}`, strength: 0.6 },
  { id: 'moq.issue_with_moq', type: 'objection.moq', pattern: `${alt(nouns('مشكلة', 'مشكل'), 'مشكلتنا|المشكلة')} ?في ?مع ?هي ${MOQ_CODE}`, strength: 0.6 },
  // The minimum is too much, or is quoted back in disbelief: "الـ MOQ ١٠٠٠ كرتون واجد علينا", "الحد الأدنى ٣ كونتينرات، هيدا كتير", "10 آلاف حبة كحد أدنى؟".
  { id: 'moq.minimum_too_much', type: 'objection.moq', pattern: `${MOQ_CODE} .. ${TOO_MANY_MOQ}`, strength: 0.75 },
  { id: 'moq.minimum_too_much', type: 'objection.moq', pattern: `${MINIMUM} .. ${TOO_MANY_MOQ}`, strength: 0.75 },
  { id: 'moq.minimum_too_much', type: 'objection.moq', pattern: `${MOQ_CODE} ?_ # ?_ ${PACK} ?_ ${TOO_MANY_MOQ}`, strength: 0.75 },
  { id: 'moq.minimum_too_much', type: 'objection.moq', pattern: `${MINIMUM} ?_ # ?_ ${PACK} ?_ ${TOO_MANY_MOQ}`, strength: 0.75 },
  { id: 'moq.minimum_too_much', type: 'objection.moq', pattern: `${MOQ_CODE} ... ,|!|. ${THIS} ?${VERY} ${alt(TOO_MANY_MOQ, withConjunctions(['أكثر', 'أكبر']))}`, strength: 0.75 },
  { id: 'moq.minimum_too_much', type: 'objection.moq', pattern: `${MINIMUM} ... ,|!|. ${THIS} ?${VERY} ${alt(TOO_MANY_MOQ, withConjunctions(['أكثر', 'أكبر']))}`, strength: 0.75 },
  { id: 'moq.minimum_too_much', type: 'objection.moq', pattern: `^ # ?_ ?${UNIT} ${alt('كحد|حد')} ${alt('أدنى|ادنى')} ?_ ?_ ?_ ?`, strength: 0.65 },
  { id: 'moq.minimum_too_much', type: 'objection.moq', pattern: `^ # ?_ ?${UNIT} ${MOQ_CODE} ?`, strength: 0.65 },
  { id: 'moq.minimum_too_much', type: 'objection.moq', pattern: `^ ${alt('شنو|شو|ايش|إيش|وش|ايه|إيه|يعني|واش')} # ?_ ?${UNIT} ${alt('كحد|حد')} ${alt('أدنى|ادنى')}`, strength: 0.65 },
  // The buyer is small or just starting, next to a quantity: "حنا غير محل صغير", "احنا لسه بنبدأ".
  { id: 'moq.small_buyer', type: 'objection.moq', topics: ['objection.moq'], statementOnly: true, pattern: `${WE} ?${alt('غير|بس|مجرد|لسه|لسا|بعدنا')} ${SMALL_SHOP} ${alt(adjectives('صغير'), 'واحد')}`, strength: 0.6 },
  { id: 'moq.small_buyer', type: 'objection.moq', topics: ['objection.moq'], statementOnly: true, pattern: `${STILL_NEW} ?ما ${STARTING}`, strength: 0.55 },

  // The buyer calls its business small or single, next to a quantity: "احنا محل صغير", "صيدلية وحدة".
  { id: 'moq.small_business', type: 'objection.moq', topics: ['objection.moq'], statementOnly: true, pattern: `${OUR_BUSINESS} ?_ ?${alt('هنا|هني|هون|عندنا')} ${SMALL}`, strength: 0.6 },
  { id: 'moq.small_business', type: 'objection.moq', topics: ['objection.moq'], statementOnly: true, pattern: `${WE} ?${alt('غير|بس|مجرد|عبارة')} ?عن _ ${alt(adjectives('صغير', 'ناشئ'))}`, strength: 0.55 },
  // The quantity exceeds what the buyer sells, uses or can take: "أكثر من اللي نبيعه", "فوق طاقتنا".
  { id: 'moq.more_than_we_sell', type: 'objection.moq', topics: ['objection.moq', 'objection.price'], topicOptional: true, pattern: `${MORE_THAN} ${alt('من|عن|على|than')} ?${alt('اللي|الي|ما|مما|الذي|what')} ?_ ${WE_MOVE}`, strength: 0.65 },
  { id: 'moq.more_than_we_sell', type: 'objection.moq', topics: ['objection.moq', 'objection.price'], topicOptional: true, pattern: `${MORE_THAN} ?${alt('من|عن|على|than')} ${OUR_CAPACITY}`, strength: 0.65 },
  { id: 'moq.more_than_we_sell', type: 'objection.moq', topics: ['objection.moq'], pattern: `${NOT} ${WE_MOVE} ?_ ?_ ${alt(MORE_THAN, 'إلا|الا|غير|سوى|بالكثير|بالكتير')} ?${alt('من|عن')} #`, strength: 0.65, negatable: false },
  { id: 'moq.more_than_we_sell', type: 'objection.moq', topics: ['objection.moq'], pattern: `${WE_MOVE} ${alt('بالكثير|بالكتير|بالكثر|أقصى|اقصى|max')} #`, strength: 0.6 },
  { id: 'moq.more_than_we_sell', type: 'objection.moq', topics: ['objection.moq'], pattern: `${OUR_CAPACITY} ... ${NOT} ${alt(withConjunctions(['يتعدى', 'يتجاوز', 'يزيد', 'يفوق', 'بيزيد', 'بيتعدى']))}`, strength: 0.65, negatable: false },
  // The quantity cannot be sold off or stored: "ما نقدر نصرفها", "محتاجة مخزن".
  { id: 'moq.cannot_sell_off', type: 'objection.moq', topics: ['objection.moq', 'objection.price'], pattern: `# ?_ ?_ ?_ ${CANNOT_HEAD} ?${CAN} ${alt(withConjunctions(['نصرفها', 'نصرفه', 'نبيعها', 'نبيعه', 'نخزنها', 'نخزنه', 'نستوعبها', 'نشيلها', 'نشيله', 'نصرفهم', 'نبيعهم']))}`, strength: 0.7, negatable: false },
  { id: 'moq.cannot_sell_off', type: 'objection.moq', pattern: `${CANNOT_HEAD} ?${CAN} ${WE_MOVE} ${alt(withConjunctions(['هالكمية', 'هالعدد', 'هالكميات']), nouns('كمية', 'كميات'))} ?${alt(adjectives('كبير'), 'هذه|هذي|دي|هاي|كلها')}`, strength: 0.65, negatable: false },
  { id: 'moq.cannot_sell_off', type: 'objection.moq', topics: ['objection.moq'], pattern: `${alt(withConjunctions(['محتاجة', 'محتاج', 'تحتاج', 'يحتاج', 'بدها', 'بده', 'تبيلها', 'تبغى']))} ${alt(nouns('مخزن', 'مستودع', 'هنجر'))}`, strength: 0.6 },
  // Months or years to sell the stock: "بدها سنتين لتخلص", "تكفينا سنة".
  { id: 'moq.years_to_sell', type: 'objection.moq', topics: ['objection.moq'], pattern: `${LONG_PERIOD} ?_ ${SELL_OUT}`, strength: 0.65 },
  { id: 'moq.years_to_sell', type: 'objection.moq', topics: ['objection.moq'], pattern: `${alt(withConjunctions(['بالمخزن', 'بالمستودع', 'بالستوك', 'بالمخازن']))} ?_ ?# ?${COUNT_WORD} ${LONG_PERIOD}`, strength: 0.6 },
  { id: 'moq.years_to_sell', type: 'objection.moq', topics: ['objection.moq'], pattern: `${STOCK} ?_ ?# ?${COUNT_WORD} ${LONG_PERIOD}`, strength: 0.6 },
  { id: 'moq.years_to_sell', type: 'objection.moq', topics: ['objection.moq'], pattern: `${LASTS_US} ?_ ?# ?${COUNT_WORD} ${LONG_PERIOD}`, strength: 0.65 },
  { id: 'moq.years_to_sell', type: 'objection.moq', topics: ['objection.moq'], pattern: `${SALES_OF} ?_ ?# ?${COUNT_WORD} ${alt(LONG_PERIOD, PERIOD_ANY)}`, strength: 0.6 },
  // A start quantity, then more: "نبدأ بـ 500 وبعدين نزيد".
  { id: 'moq.start_small_then_more', type: 'objection.moq', topics: ['objection.moq'], pattern: `# ?_ ?_ ?_ ${THEN} ?_ ?_ ${ORDER_MORE}`, strength: 0.6 },
  { id: 'moq.start_small_then_more', type: 'objection.moq', topics: ['objection.moq'], pattern: `# ?_ ?_ ${alt('كبداية|للبداية|بالبداية|كتجربة|للتجربة|كتجربه|للتجربه')} ... ${THEN} ?_ ?_ ${alt(ORDER_MORE, withConjunctions(['نشوف', 'منشوف', 'بنشوف', 'نقرر', 'نقيم', 'see']))}`, strength: 0.6 },
  // The minimum is for the big players: "هذا للكبار".
  { id: 'moq.for_big_buyers', type: 'objection.moq', topics: ['objection.moq'], pattern: alt(withConjunctions(['للكبار', 'للحيتان'])), strength: 0.6 },
  { id: 'moq.for_big_buyers', type: 'objection.moq', topics: ['objection.moq'], pattern: `${alt(withConjunctions(['للشركات', 'للتجار', 'للمستوردين', 'للموزعين', 'للسلاسل', 'للمصانع', 'لشركات', 'لتجار']))} ${alt(adjectives('كبير', 'ضخم'), 'الكبار|كبار|big|large')}`, strength: 0.6 },
  // The seller keeps raising the minimum: "ترفعون الحد الأدنى".
  { id: 'moq.minimum_raised', type: 'objection.moq', pattern: `${RAISED_YOU} ${alt(MINIMUM_HEAD, MOQ_CODE)}`, strength: 0.7 },
  // The buyer can take only part of it: "نقدر ناخذ 300 بس", "لو الحد الأدنى ينزل".
  { id: 'moq.can_take_only', type: 'objection.moq', topics: ['objection.moq'], topicOptional: true, pattern: `${alt(CAN_MORE, withConjunctions(['ممكن', 'نقدرو', 'نقدروا', 'يادوب']))} ${TAKE} ?_ # ?_ ?_ ${ONLY}`, strength: 0.6 },
  { id: 'moq.can_take_only', type: 'objection.moq', topics: ['objection.moq'], topicOptional: true, pattern: `${alt(CAN_MORE, withConjunctions(['ممكن', 'نقدرو', 'نقدروا', 'يادوب']))} ${TAKE} ${ONLY} #`, strength: 0.6 },
  { id: 'moq.can_take_only', type: 'objection.moq', pattern: `${IF} ${MINIMUM} ?_ ${MINIMUM_DOWN}`, strength: 0.6 },
  { id: 'moq.can_take_only', type: 'objection.moq', pattern: `${IF} ${MOQ_CODE} ?_ ${MINIMUM_DOWN}`, strength: 0.6 },
  // One minimum split across models or colours: "موزعة على لونين".
  { id: 'moq.split_across_models', type: 'objection.moq', pattern: `${SPLIT} ?${alt('على|بين|فيها')} ?# ${MODELS}`, strength: 0.6 },
  // Must buy a lot only to try: "عشان نجرب لازم نشتري 5 حاويات؟".
  { id: 'moq.must_buy_to_try', type: 'objection.moq', topics: ['objection.moq'], topicOptional: true, pattern: `${TO_TRY} ... ${alt(withConjunctions(['لازم', 'مضطر', 'مجبر', 'مجبور', 'must']))} ${alt(withConjunctions(['أشتري', 'اشتري', 'نشتري', 'آخذ', 'اخذ', 'ناخذ', 'أطلب', 'نطلب', 'ناخد', 'buy']))} ?_ #`, strength: 0.65 },
  { id: 'moq.must_buy_to_try', type: 'objection.moq', topics: ['objection.moq'], pattern: `${HOW} ${TO_TRY} ?_ ?_ ${alt('بألف|بالف|بآلاف|بالاف|بألفين|بالفين')}`, strength: 0.65 },
  { id: 'moq.must_buy_to_try', type: 'objection.moq', topics: ['objection.moq'], pattern: `${HOW} ${TO_TRY} ?_ ?_ ${alt('ب|بـ')} #`, strength: 0.65 },
  // "That is too much" closing a clause, typed by the nearest topic: "هذا كثير علينا،".
  ...[',', '.', '!', '?'].map((mark): SignalCue => ({ id: 'moq.that_is_too_much', type: 'objection.moq', topics: ANY_TOPIC, pattern: `${THIS} ${alt(MUCH, 'هواية|واجد|بزاف|برشا|وايد')} ?${VERY} ?${FOR_US} ${mark}`, strength: 0.6 })),

  // objection.payment_terms
  { id: 'payment_terms.cannot_accept', type: 'objection.payment_terms', pattern: `${CANNOT_HEAD} ?${CAN} ${PAY} .. ${ADVANCE}`, strength: 0.8, negatable: false },
  { id: 'payment_terms.deposit_too_high', type: 'objection.payment_terms', pattern: `${DEPOSIT} ?${alt(adjectives('مقدم', 'مسبق'))} ?_ ${alt(HIGH, MUCH)}`, strength: 0.8 },
  { id: 'payment_terms.terms_hard', type: 'objection.payment_terms', pattern: `${TERMS} ${PAYMENT} .. ${HARD}`, strength: 0.8 },
  ...notAcceptable('payment_terms.terms_not_ok', 'objection.payment_terms', `${TERMS} ${PAYMENT} ?${OF_YOURS} ?_`, 0.8),
  ...notAcceptable('payment_terms.method_not_possible', 'objection.payment_terms', `${alt(DEPOSIT, LC_TT)} ?${alt(adjectives('مقدم', 'مسبق', 'مستندي'))} ?_`, 0.8),
  { id: 'payment_terms.only_pay_by', type: 'objection.payment_terms', pattern: `${PAY} .. ${alt('فقط|بس|إلا|only')} .. ${alt(CREDIT, LC_TT, 'بالاعتماد')}`, strength: 0.55 },
  { id: 'payment_terms.only_by', type: 'objection.payment_terms', pattern: `${alt('فقط|بس|إلا|only')} ${alt(CREDIT, 'بالاعتماد|باعتماد|l/c|lc')}`, strength: 0.55 },
  // "نبغى نفتح اعتماد بدل التحويل": one payment method offered in place of another.
  { id: 'payment_terms.instead_of', type: 'objection.payment_terms', pattern: `${alt(withConjunctions(['بدل', 'بدلا', 'بدال', 'عوض', 'عوضا', 'instead']))} ?${alt('من|عن|of')} ${alt(LC_TT, DEPOSIT, PAYMENT, 'l/c|t/t')}`, strength: 0.6 },
  { id: 'payment_terms.no_deposit', type: 'objection.payment_terms', pattern: `${alt(withConjunctions(['بدون', 'بلا', 'دون', 'مافي', 'مفيش', 'without', 'no']))} ${alt(DEPOSIT, 'دفع|الدفع|تحويل|upfront')} ?${alt(adjectives('مقدم', 'مسبق'))}`, strength: 0.65, negatable: false },
  { id: 'payment_terms.pay_after', type: 'objection.payment_terms', pattern: `${alt(PAYMENT, PAY, nouns('باقي', 'مبلغ', 'فلوس'))} ?${alt('فقط|بس|يكون|راح|رح|only')} ${AFTER} ${ON_RECEIPT}`, strength: 0.6 },
  { id: 'payment_terms.pay_after_goods', type: 'objection.payment_terms', pattern: `${alt(PAYMENT, PAY, nouns('باقي', 'مبلغ', 'فلوس'))} ?${alt('فقط|بس|يكون|راح|رح|only')} ${AFTER} ${alt('وصول|استلام|فحص|بيع')} ${GOODS_NOUN}`, strength: 0.6 },
  { id: 'payment_terms.share_after', type: 'objection.payment_terms', pattern: `# ${AFTER} ${ON_RECEIPT}`, strength: 0.55 },
  { id: 'payment_terms.share_after_goods', type: 'objection.payment_terms', pattern: `# ${AFTER} ${alt('وصول|استلام|فحص|بيع')} ${GOODS_NOUN}`, strength: 0.55 },
  { id: 'payment_terms.days_credit', type: 'objection.payment_terms', pattern: `# ${PERIOD_UNIT} ${CREDIT}`, strength: 0.65 },
  { id: 'payment_terms.credit_of', type: 'objection.payment_terms', pattern: `${CREDIT} ?${alt('لمدة|مدة|ل|بـ')} #`, strength: 0.65 },
  { id: 'payment_terms.credit', type: 'objection.payment_terms', pattern: `${PAYMENT} ${alt(adjectives('آجل', 'مؤجل'), 'بالآجل')}`, strength: 0.55 },
  { id: 'payment_terms.open_account', type: 'objection.payment_terms', pattern: `${alt(nouns('حساب'))} ${alt(adjectives('مفتوح'))}`, strength: 0.55 },
  { id: 'payment_terms.net_days', type: 'objection.payment_terms', pattern: 'net 30|45|60|90|120', strength: 0.65 },
  { id: 'payment_terms.method_risky', type: 'objection.payment_terms', pattern: `${alt(DEPOSIT, LC_TT)} .. ${HARD}`, strength: 0.75 },
  // The buyer refuses an advance share: "١٠٠٪ مقدم ما نقدر عليه", "الـ 50% مقدم تقيلة علينا", "١٠٠٪ مقدم؟ لا والله".
  { id: 'payment_terms.advance_share_refused', type: 'objection.payment_terms', pattern: `${ADVANCE_SHARE} .. ${HARD_ON_US}`, strength: 0.75 },
  { id: 'payment_terms.advance_share_refused', type: 'objection.payment_terms', pattern: `${ADVANCE_SHARE} .. ${NOT} ${NOT_FOR_US}`, strength: 0.75, negatable: false },
  { id: 'payment_terms.advance_share_refused', type: 'objection.payment_terms', pattern: `${ADVANCE_SHARE} ?_ ${NOT} ${CAN} ${alt('عليه|عليها|نحوله|ندفعه|ندفعها')}`, strength: 0.75, negatable: false },
  { id: 'payment_terms.advance_share_refused', type: 'objection.payment_terms', pattern: `${ADVANCE_SHARE} ?_ ? ${alt('لا|لاء|no')} ${alt('والله|يا|شكرا|طبعا|أبدا|ابدا|ما|مش|مو')}`, strength: 0.7, negatable: false },
  { id: 'payment_terms.advance_share_refused', type: 'objection.payment_terms', pattern: `${alt(NOT, 'ماشي')} ${ACCEPTABLE} ... ${ADVANCE_SHARE}`, strength: 0.75, negatable: false },
  // The buyer cannot or will not pay that way: "ما نقدروش نحطو 50% مقدمة", "ما نكدر نفتح اعتماد مستندي", "ما راح نحوّل مقدم".
  { id: 'payment_terms.cannot_pay_that_way', type: 'objection.payment_terms', pattern: `${CANNOT_HEAD} ?${alt('راح|رح|ح')} ${CAN_MORE} ?${alt('إمكانية|امكانية')} ${PAY_MORE} .. ${ADVANCE_MORE}`, strength: 0.75, negatable: false },
  { id: 'payment_terms.cannot_pay_that_way', type: 'objection.payment_terms', pattern: `${CANNOT_HEAD} ${alt('راح|رح|ح')} ${PAY_MORE} .. ${ADVANCE_MORE}`, strength: 0.75, negatable: false },
  // The buyer can pay one way only: "البنك عندنا يفرض L/C", "ما نحول إلا بضمان", "يا L/C يا والو".
  // The bank will not pay or transfer ahead: "البنك عندنا ما يدفع مقدم".
  { id: 'payment_terms.bank_will_not', type: 'objection.payment_terms', pattern: `${BANK} ?${alt('عندنا|تاعنا|عدنا|عنا|هنا|هون|حقنا|ديالنا|بتاعنا')} ${alt('ما|مش|لا|لن|موش|مو|ماراح|مابيدفع')} ${alt(withConjunctions(['يدفع', 'تدفع', 'يحول', 'تحول', 'يقبل', 'تقبل', 'يوافق', 'توافق', 'يسمح', 'يصرف', 'بيدفع', 'بيحول']))}`, strength: 0.65 },
  { id: 'payment_terms.only_this_way', type: 'objection.payment_terms', pattern: `${BANK} ?${alt('عندنا|تاعنا|عدنا|عنا|هنا|هون|المركزي|حقنا|ديالنا|بتاعنا')} ?_ ${BANK_IMPOSES}`, strength: 0.65 },
  { id: 'payment_terms.only_this_way', type: 'objection.payment_terms', pattern: `${alt('ما|لن|مش|مو|لا')} ?${alt('راح|رح|ح')} ${PAY_ONLY} ?${alt('شي|شيء|أي|ولا')} ${alt('إلا|الا|غير|سوى')}`, strength: 0.65, negatable: false },
  { id: 'payment_terms.only_this_way', type: 'objection.payment_terms', pattern: `يا ?${alt('إما|اما')} ${alt(LC_TT, 'cad|cash|d/p|dp|escrow|l/c|lc')} ... يا ${OR_NOTHING}`, strength: 0.65 },
  { id: 'payment_terms.only_this_way', type: 'objection.payment_terms', pattern: `يا ?${alt('إما|اما')} # ... يا ${OR_NOTHING}`, strength: 0.65 },

  // The buyer's finance, policy or bank does not approve, and the nearest topic names the term: "المالية ما توافق".
  { id: 'payment_terms.our_rules_refuse', type: 'objection.payment_terms', topics: ANY_TOPIC, pattern: `${OUR_RULE} ?_ ?_ ${NOT} ${APPROVE}`, strength: 0.65, negatable: false },
  { id: 'payment_terms.our_rules_refuse', type: 'objection.payment_terms', pattern: `${BANK} ?_ ?_ ${NOT} ${APPROVE}`, strength: 0.65, negatable: false },
  { id: 'payment_terms.our_rules_refuse', type: 'objection.payment_terms', topics: ['objection.payment_terms'], pattern: `${alt(withConjunctions(['سياسة', 'سياستنا', 'نظامنا', 'سياسه', 'policy']))} ... ${alt(PAYMENT, LC_TT, DEPOSIT, CREDIT)}`, strength: 0.6 },
  // A polite refusal: "نعتذر عن قبول", "لا يمكننا قبول".
  { id: 'payment_terms.cannot_accept_term', type: 'objection.payment_terms', topics: ANY_TOPIC, pattern: `${alt(withConjunctions(['نعتذر', 'نأسف', 'أعتذر', 'اعتذر']))} ${alt('عن|من')} ${alt('قبول|الموافقة|الالتزام')}`, strength: 0.7 },
  { id: 'payment_terms.cannot_accept_term', type: 'objection.payment_terms', topics: ANY_TOPIC, pattern: `${CANNOT_HEAD} ${alt(CAN, 'يمكننا|بإمكاننا|نستطيع')} ${alt('قبول|نقبل|الموافقة|نوافق')}`, strength: 0.7, negatable: false },
  // The buyer will not pay more, or not in advance: "ما بندفع مقدم", "مش هندفع أكتر من 20%".
  { id: 'payment_terms.will_not_pay', type: 'objection.payment_terms', topics: ['objection.payment_terms', 'objection.price'], topicOptional: true, pattern: `${alt('ما|مش|مو|لن|لا|مب')} ?${alt('راح|رح|ح')} ${WE_WILL_PAY} ${alt('أكثر|أكتر|اكثر|اكتر|فوق|غير|إلا|الا|سوى')} ?${alt('من|عن')} #`, strength: 0.7, negatable: false },
  { id: 'payment_terms.will_not_pay', type: 'objection.payment_terms', pattern: `${alt('ما|مش|مو|لن|مب')} ${alt(withConjunctions(['بندفع', 'هندفع', 'حندفع', 'مندفع', 'منحول', 'بنحول', 'هنحول', 'ندفعش', 'نحولش']))} .. ${ADVANCE_MORE}`, strength: 0.75, negatable: false },
  { id: 'payment_terms.will_not_pay', type: 'objection.payment_terms', pattern: `${alt(adjectives('صعب', 'صعيب'))} ${FOR_US} ${PAY_MORE} .. ${ADVANCE_MORE}`, strength: 0.7 },
  // New demands after the deal: "تطلبون ... بعد ما اتفقنا".
  { id: 'payment_terms.after_agreed', type: 'objection.payment_terms', topics: ANY_TOPIC, pattern: `${NEW_DEMAND} ... ${alt('بعد|after')} ${alt('ما|أن|ان|اللي|we')} ${AGREED_V}`, strength: 0.65 },
  { id: 'payment_terms.after_agreed', type: 'objection.payment_terms', topics: ANY_TOPIC, pattern: `${alt('بعد|after')} ${alt('ما|أن|ان|اللي|we')} ${AGREED_V} ... ?, ?_ ${NEW_DEMAND}`, strength: 0.65 },
  // The method costs fees: "يكلفنا رسوم", "بياخد عمولة".
  { id: 'payment_terms.method_costs_fees', type: 'objection.payment_terms', topics: ['objection.payment_terms'], pattern: `${COSTS_US} ?_ ${FEES}`, strength: 0.65 },
  // Why insist on or refuse a term: "ليش تصرون على", "ليش ما تقبلون".
  { id: 'payment_terms.why_insist', type: 'objection.payment_terms', topics: ANY_TOPIC, pattern: `${WHY} ?${alt('ما|مش|مو')} ${INSIST}`, strength: 0.6 },
  // An ultimatum: "ولا ما في صفقة", "وإلا ما نقدر نكمل".
  { id: 'payment_terms.or_no_deal', type: 'objection.payment_terms', topics: ['objection.payment_terms', 'objection.price', 'objection.moq', 'objection.certification'], pattern: `${OR_ELSE} ${alt('ما|مافي|مفيش|ماكو|ماكاين|no')} ?${alt('فيه|في')} ${NO_DEAL}`, strength: 0.65, negatable: false },
  { id: 'payment_terms.or_no_deal', type: 'objection.payment_terms', topics: ['objection.payment_terms', 'objection.price', 'objection.moq', 'objection.certification'], pattern: `${OR_ELSE} ${alt(CANNOT_HEAD, 'مش|لن')} ?${alt('راح|رح')} ?${CAN_MORE} ${GO_ON}`, strength: 0.65, negatable: false },
  // Not before the goods: "مش قبل الاستلام".
  { id: 'payment_terms.not_before', type: 'objection.payment_terms', topics: ['objection.payment_terms'], pattern: `${alt('مش|مو|ماشي|وليس|مب|not')} ${alt('قبل|before')} ${alt('كده|كدا|هيك|ذلك|كذا|هذا|الاستلام|الوصول|الشحن|التحميل|ما|that')}`, strength: 0.6, negatable: false },

  // objection.quality
  { id: 'quality.quality_poor', type: 'objection.quality', pattern: `${QUALITY} ?${OF_YOURS} ?_ ${alt(adjectives('سيء', 'سيئ', 'رديء', 'ردي', 'ضعيف', 'تعبان', 'خايب', 'واطي', 'منخفض', 'متدني', 'هابط', 'مضروب', 'بايخ', 'زفت'), 'سيئة|رديئة|أسوأ|poor|bad|low|terrible', nouns('مشكلة', 'مشاكل', 'مشكل'))}`, strength: 0.8 },
  { id: 'quality.quality_not_good', type: 'objection.quality', pattern: `${QUALITY} ?${OF_YOURS} ?_ ${NOT} ?${alt('كانت|كان|هي')} ${alt(adjectives('جيد', 'كويس', 'زين', 'منيح', 'مزيان', 'مقبول', 'مطابق', 'ثابت', 'حلو', 'ممتاز', 'مرضي'), LIKE, 'good|acceptable|consistent')}`, strength: 0.8, negatable: false },
  { id: 'quality.second_grade', type: 'objection.quality', pattern: `${alt(nouns('درجة', 'نخب', 'فرز'))} ${alt('ثانية|تانية|ثاني|تاني|ثالثة|تالتة')}`, strength: 0.7 },
  { id: 'quality.defects', type: 'objection.quality', pattern: DEFECT, strength: 0.75 },
  // "أشك إنكم تقدرون تحافظون على نفس الجودة": the doubt may stand a clause before the quality word.
  { id: 'quality.worried_quality', type: 'objection.quality', pattern: `${DOUBT} ... ${alt(QUALITY, nouns('مواد', 'متانة', 'تحمل', 'عمر', 'منتج'))}`, strength: 0.8 },
  // "متأكدين إنه نحاس 100% مو ألمنيوم؟": doubting that the goods are what they are sold as.
  { id: 'quality.sure_it_is_not', type: 'objection.quality', pattern: `${alt(adjectives('متأكد', 'متاكد', 'واثق'))} ${alt('إنه|انه|إنها|انها|أنه|أنها|إن|ان|أن|إنهم|انهم')} ... ${alt('مو|مش|مب|وليس|مهو|موب|not')}`, strength: 0.65, negatable: false },
  { id: 'quality.quality_doubtful', type: 'objection.quality', pattern: `${QUALITY} .. ${alt(adjectives('مشكوك', 'مقلق'), 'تقلقنا|تقلقني|شك|شكوك')}`, strength: 0.75 },
  { id: 'quality.differs_from_sample', type: 'objection.quality', pattern: `${DIFFERENT} .. ${alt('عن|من|على')} ${REFERENCE}`, strength: 0.75 },
  { id: 'quality.not_like_sample', type: 'objection.quality', pattern: `${NOT} ${LIKE} ?${alt('ل|لل')} ${REFERENCE}`, strength: 0.75, negatable: false },
  { id: 'quality.complaint', type: 'objection.quality', pattern: alt(nouns('شكوى', 'شكاوى', 'شكوة', 'complaint', 'complaints')), strength: 0.6 },
  { id: 'quality.rejected_goods', type: 'objection.quality', pattern: `${alt(withConjunctions(['رفضنا', 'رجعنا', 'أرجعنا', 'ردينا', 'rejected', 'returned']))} .. ${alt(GOODS_NOUN, 'القطع|كلها|الدفعة|الكمية')}`, strength: 0.75 },
  { id: 'quality.not_convinced', type: 'objection.quality', pattern: `${alt('مش|مو|غير|لست|لسنا|ما|مب|منيش|مانيش|not')} ${CONVINCED} ... ${alt(QUALITY, nouns('منتج', 'مواد', 'متانة', 'عينة', 'product'))}`, strength: 0.75, negatable: false },
  { id: 'quality.how_sure', type: 'objection.quality', pattern: `${alt(HOW, 'ما|ماهو|وش|شو|ايش')} ?${alt('ممكن|نقدر|أقدر|هو|هي')} ?لنا ?لي ?ان ?أن ${ENSURE} ... ${alt(QUALITY, LIKE, SAMPLE, 'يدوم|يعيش|يتحمل|يستحمل|المنتج')}`, strength: 0.7 },
  { id: 'quality.finish_poor', type: 'objection.quality', pattern: `${FINISH} .. ${alt(adjectives('سيء', 'سيئ', 'رديء', 'ضعيف', 'خشن', 'تعبان', 'خايب'), 'سيئة|رديئة|poor|bad|rough')}`, strength: 0.75 },
  { id: 'quality.finish_not_good', type: 'objection.quality', pattern: `${FINISH} .. ${NOT} ${alt(adjectives('جيد', 'كويس', 'زين', 'نظيف', 'متساوي', 'منيح', 'حلو'))}`, strength: 0.75, negatable: false },
  { id: 'quality.breaks_after', type: 'objection.quality', pattern: `${BREAKS} ?${alt('عندنا|معنا|معانا|كله|كلها')} ${alt('بعد|خلال|within|after')}`, strength: 0.7 },
  { id: 'quality.broke_at_once', type: 'objection.quality', pattern: `${BROKE} ?_ ?_ من ${alt('أول|اول|اولها|أولها|أوله')}`, strength: 0.7 },
  // "ما يصلح لا للبيع ولا للاستخدام": unfit for sale or use.
  { id: 'quality.unfit', type: 'objection.quality', pattern: `${NOT} ${alt(adjectives('صالح'), withConjunctions(['يصلح', 'تصلح', 'ينفع', 'تنفع', 'بينفع', 'بتنفع']))} ?${alt('لا')} ${alt(withConjunctions(['للبيع', 'للاستخدام', 'للاستعمال', 'للتركيب', 'للتسويق', 'للتصدير', 'للعرض', 'للأكل']))}`, strength: 0.75, negatable: false },
  { id: 'quality.came_out_wrong', type: 'objection.quality', pattern: `${CAME_OUT} ${alt(WRONG, 'بالغلط|غلطة|مختلف|مختلفة|ناقص|ناقصة|ناقصين')}`, strength: 0.65 },
  { id: 'quality.will_it_last', type: 'objection.quality', pattern: `${alt('هل|وهل')} ?${alt('هو|هي|المنتج|البضاعة|راح|رح')} ${alt('يدوم|تدوم|يتحمل|تتحمل|يستحمل|تستحمل|يعيش|تعيش|يصمد|تصمد|بيدوم|بتدوم')}`, strength: 0.5 },
  { id: 'quality.wrong_goods', type: 'objection.quality', pattern: `${GOODS_ITEM} ?_ ${WRONG}`, strength: 0.6 },
  { id: 'quality.wrong_in', type: 'objection.quality', pattern: `${WRONG} ${alt('في|ب|بال')} ${GOODS_ITEM}`, strength: 0.6 },
  { id: 'quality.sent_wrong', type: 'objection.quality', pattern: `${alt(withConjunctions(['بعتولنا', 'بعتوا', 'أرسلتم', 'ارسلتو', 'ارسلتوا', 'وصلنا', 'وصلتنا', 'جانا', 'جاتنا', 'شحنتوا', 'شحنتم']))} .. ${alt(WRONG, DIFFERENT)}`, strength: 0.6 },
  // The goods do not work, cut out or overheat: "نص منها ما تشتغل", "بيفصل بعد ساعتين", "وقف عن التبريد".
  { id: 'quality.does_not_work', type: 'objection.quality', pattern: `${GOODS_COUNT} .. ${NOT} ${WORKS}`, strength: 0.7, negatable: false },
  { id: 'quality.does_not_work', type: 'objection.quality', pattern: `# .. ${NOT} ${WORKS}`, strength: 0.7, negatable: false },
  { id: 'quality.does_not_work', type: 'objection.quality', statementOnly: true, pattern: `${CUTS_OUT} ?${alt('لوحده|لوحدها|لحاله|لحالها|فجأة')} ${alt('بعد|بشكل|خلال|كل|لوحده|لوحدها|لحاله|لحالها')}`, strength: 0.65 },
  { id: 'quality.does_not_work', type: 'objection.quality', pattern: `${STOPS} ${alt('يشتغل|تشتغل|يعمل|تعمل|يبرد|تبرد|يشحن|تشحن')}`, strength: 0.7 },
  { id: 'quality.does_not_work', type: 'objection.quality', pattern: `${STOPS} عن ${alt('العمل|التبريد|الشغل|التشغيل|الإضاءة|الدوران|الضخ|التسخين')}`, strength: 0.7 },
  // The goods differ from the order or the approved sample: "لونه أغمق من العينة المعتمدة", "أقل من المتفق عليه", "طلبنا مقاس M وإجانا كله L".
  { id: 'quality.not_as_ordered', type: 'objection.quality', pattern: `${OFF_REFERENCE} ?${VERY} ?${alt('بكثير|بكتير|بدرجتين|بدرجة')} ${alt('من|عن|than')} ${alt(REFERENCE, AGREED)}`, strength: 0.7 },
  { id: 'quality.not_as_ordered', type: 'objection.quality', pattern: `${alt(withConjunctions(['أقل', 'ناقص', 'ناقصة']))} ${alt('من|عن')} ${AGREED}`, strength: 0.65 },
  { id: 'quality.not_as_ordered', type: 'objection.quality', pattern: `${alt(THIN, adjectives('خفيف'))} ?${VERY} ${alt('عن|من')} ${REFERENCE}`, strength: 0.65 },
  { id: 'quality.not_as_ordered', type: 'objection.quality', pattern: `${ORDERED} ?_ ?${ORDER_SPEC} ... ${GOT_INSTEAD} ?${alt('كله|كلها|كلو|كلهم')} ${OTHER_SPEC}`, strength: 0.65 },
  { id: 'quality.not_as_ordered', type: 'objection.quality', pattern: `${ORDERED} ?_ ?${ORDER_SPEC} ... ${GOT_INSTEAD} ?${alt('كله|كلها|كلو|كلهم')} #`, strength: 0.65 },
  // The material is below the spec, felt or measured: "الفلتر بتاعها رقيق", "الكرتون الخارجي ضعيف", "وزناها عندنا طلعت ١٥٥".
  { id: 'quality.below_spec', type: 'objection.quality', pattern: `${THE_MATERIAL} ?${OF_YOURS} ?_ ?_ ${THIN}`, strength: 0.65 },
  { id: 'quality.below_spec', type: 'objection.quality', pattern: `${THE_PACKING} ?${OF_YOURS} ?_ ?_ ${alt(adjectives('خفيف'))}`, strength: 0.65 },
  { id: 'quality.below_spec', type: 'objection.quality', pattern: `${TESTED} ... ${CAME_OUT_AS} ?_ ?_ #`, strength: 0.65 },
  { id: 'quality.after_first_use', type: 'objection.quality', pattern: `${alt(withConjunctions(['بعد', 'من', 'مع']))} ${alt('أول|اول')} ${alt(nouns('غسلة', 'غسيل', 'غسله', 'استخدام', 'استعمال', 'تشغيل', 'رفعة', 'تركيب', 'لبسة', 'wash'))}`, strength: 0.65 },
  // The buyer doubts what the goods really are: "متأكد إنه ستانلس 304 فعلاً؟", "هل الخشب فعلاً زان طبيعي؟", "Tier 1 بصح؟".
  { id: 'quality.is_it_really', type: 'objection.quality', pattern: `${REALLY} ?${alt('هو|هي')} ?_ ${SPEC_CLAIM} ... ?`, strength: 0.65, negatable: false },
  { id: 'quality.is_it_really', type: 'objection.quality', pattern: `${REALLY} # ?`, strength: 0.65, negatable: false },
  { id: 'quality.is_it_really', type: 'objection.quality', pattern: `${SPEC_CLAIM} ?_ ${REALLY} ... ?`, strength: 0.65, negatable: false },
  { id: 'quality.is_it_really', type: 'objection.quality', pattern: `# ${alt(REALLY, 'بصح')} ?`, strength: 0.65, negatable: false },
  { id: 'quality.is_it_really', type: 'objection.quality', pattern: `${SURE} ${THAT} ?_ ?_ ${SPEC_CLAIM} ... ?`, strength: 0.65, negatable: false },
  // The goods failed in use: "انطفت بعد يومين", "صدّت بعد شهر", "اللون بهت".
  { id: 'quality.failed_in_use', type: 'objection.quality', pattern: `${FAILED_IN_USE} ?${alt('كله|كلها|عندنا|معنا|من')} ${alt('بعد|خلال|مع|بأول|باول|من|after|within')}`, strength: 0.7 },
  { id: 'quality.failed_in_use', type: 'objection.quality', pattern: `${COLOUR} ${alt(withConjunctions(['بهت', 'بهتت', 'طار', 'اختفى', 'ساح', 'تقشر', 'بيقشر', 'faded']))}`, strength: 0.65 },
  { id: 'quality.failed_in_use', type: 'objection.quality', pattern: `${COLOUR} ${alt('راح|راحت')} ${alt('كله|كلو|كلها|تماما|معظمه')}`, strength: 0.65 },
  // The goods arrived melted, empty or crushed, or without what was ordered: "وصلت فاضية", "وصلت بدون ملصقات".
  { id: 'quality.arrived_damaged', type: 'objection.quality', pattern: `${ARRIVED_PAST} ?_ ?_ ${ARRIVED_STATE}`, strength: 0.7 },
  { id: 'quality.arrived_damaged', type: 'objection.quality', pattern: `${ARRIVED_STATE} ?_ ${ARRIVED_PAST}`, strength: 0.65 },
  { id: 'quality.arrived_damaged', type: 'objection.quality', pattern: `${ARRIVED_PAST} ?_ ?_ ${alt(withConjunctions(['بدون', 'بلا', 'ناقصة', 'ناقص', 'ناقصين', 'without']))} ${alt(nouns('ملصقات', 'ملصق', 'باركود', 'ليبل', 'ليبلات', 'تغليف', 'كتالوج', 'دليل', 'قطع', 'غطاء', 'أغطية', 'labels'))}`, strength: 0.65 },
  // Against the contract or short in weight: "مخالفة للعقد", "نقص في الوزن", "48 كيلو مو 50".
  { id: 'quality.off_spec', type: 'objection.quality', pattern: `${AGAINST} ?${alt('ل|مع')} ${CONTRACT_SPEC}`, strength: 0.7 },
  { id: 'quality.off_spec', type: 'objection.quality', pattern: `${SHORT_IN} ${alt('في|ب|بال|علينا|in')} ?${alt('ال')} ${MEASURE}`, strength: 0.65 },
  { id: 'quality.off_spec', type: 'objection.quality', pattern: `${alt(withConjunctions(['المفروض', 'المفترض', 'المكتوب', 'المتفق']))} # ?${WEIGHT_UNIT} ${alt(withConjunctions(['ويطلع', 'وطلع', 'وطلعت', 'ويجي', 'وجا', 'ووصل', 'بس', 'طلع', 'يطلع']))} #`, strength: 0.65 },
  { id: 'quality.off_spec', type: 'objection.quality', pattern: `# ${WEIGHT_UNIT} ${alt('مو|مش|مب|وليس|ماشي|not')} #`, strength: 0.6, negatable: false },
  // Below what the catalogue or datasheet states: "أقل من المذكور".
  { id: 'quality.below_stated', type: 'objection.quality', pattern: `${MEASURED_OFF} ?${VERY} ${alt('من|عن|than')} ${STATED}`, strength: 0.65 },
  { id: 'quality.below_stated', type: 'objection.quality', pattern: `${MEASURED_OFF} ?${VERY} ${alt('من|عن|than')} ${alt('اللي|الي|ما|what')} ${WRITTEN}`, strength: 0.65 },
  // Priced below the market or the raw material, which makes the buyer doubt the goods: "أقل من سعر الخام".
  { id: 'quality.suspiciously_cheap', type: 'objection.quality', pattern: `${SUSPECT_LOW} ?${BY_FAR} ?${alt('ب|بـ|بنحو|بحوالي')} ?# ${alt('من|عن|than')} ?${alt('سعر|أسعار|تكلفة|the')} ${COST_BASE}`, strength: 0.6 },
  { id: 'quality.suspiciously_cheap', type: 'objection.quality', pattern: `${SUSPECT_LOW} ${alt('ب|بـ|بنحو|بحوالي')} # ${alt('من|عن|than')} ?${alt('كل|سعر|أسعار|the')} ${THE_MARKET}`, strength: 0.6 },
  { id: 'quality.suspiciously_cheap', type: 'objection.quality', pattern: `${SUSPECT_LOW} ?${BY_FAR} ${alt('من|عن|than')} ${alt('كل|all')} ?${alt('سعر|أسعار')} ${THE_MARKET}`, strength: 0.6 },
  { id: 'quality.suspiciously_cheap', type: 'objection.quality', pattern: `${SUSPECT_LOW} ${alt('من|عن|than')} ?${alt('سعر|أسعار')} ${THE_MARKET} ${BY_FAR}`, strength: 0.6 },
  { id: 'quality.suspiciously_cheap', type: 'objection.quality', pattern: `${WHY} ${alt(PRICE, 'عرضكم|عرضك')} ?_ ${SUSPECT_LOW}`, strength: 0.6 },
  // How to make sure a claim is true: "كيف أتأكد إن الزيت أصلي؟".
  { id: 'quality.how_to_be_sure', type: 'objection.quality', pattern: `${HOW} ?${alt('ممكن|نقدر|أقدر|بدي|بدنا|راح|رح|can')} ${MAKE_SURE} ${THAT} ... ${REAL_CLAIM}`, strength: 0.65 },
];
