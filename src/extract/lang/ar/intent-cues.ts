/**
 * Arabic intent cues. Each pattern uses the phrase syntax of `text/phrases.ts`, and its
 * strength is the weight of one match in [0, 1]. Word groups come from
 * `words.ts`, so "السعر", "بالسعر" and "سعركم" all match one price element.
 */
import { RFQ_REFERENCE_WORDS } from '../neutral.js';
import type { SignalCue } from '../types.js';
import { adjectives, alt, nounForms, nouns, withConjunctions } from './forms.js';
import {
  AGREEMENT_DONE_PATTERNS, CAN_YOU, CERTIFICATE, DEAL_PATTERNS, MATERIAL, MINIMUM_HEAD, MINIMUM_TAIL, MOQ_CODE, ORDER, PRICE, QUESTION_WORD, QUOTE, SEND, UNIT, WANT,
  WHAT_IS,
} from './words.js';

const FACTORY = nouns('مصنع', 'مصانع', 'معمل', 'معامل', 'factory', 'manufacturer');
const TRADER = alt(nouns('تاجر', 'تجار', 'وسيط', 'وسطاء', 'سمسار', 'سماسرة', 'وكيل', 'موزع', 'شركة', 'trader', 'trading'), 'تجارية');
const OR = alt('أم|ولا|او|or|والا|مو|مش|مب|وليس|وليست');
const YOU_ARE = alt(withConjunctions(['انتم', 'انتو', 'انتوا', 'انت', 'انتي', 'حضرتك', 'حضرتكم', 'هل', 'شركتكم']));
// Iraqi "عدكم" is "عندكم".
const YOU_HAVE = alt(withConjunctions(['لديكم', 'لديك', 'عندكم', 'عندك', 'عندكو', 'عندكمش', 'عدكم', 'عدك', 'فيه', 'يوجد', 'توجد', 'معكم', 'معاكم', 'تمتلكون', 'تملكون']));
const PRODUCE = alt(
  withConjunctions([
    'تصنعون', 'تصنعوا', 'تصنع', 'تنتجون', 'تنتجوا', 'تنتج', 'توفرون', 'توفروا', 'توفر', 'تصدرون', 'تصدروا', 'تصدر',
    'توردون', 'توردوا', 'تورد', 'تبيعون', 'تبيعوا', 'تبيع', 'تسوون', 'تسووا', 'تسوي', 'تعملون',
    'تعملوا', 'تصنيع', 'إنتاج', 'توريد', 'تصدير', 'بتصنعوا', 'بتنتجوا', 'بتبيعوا', 'بتصدروا', 'بتشتغلوا',
  ]),
);
const CAPACITY = nouns('طاقة', 'قدرة', 'سعة');
const PRODUCTIVE = adjectives('إنتاجي', 'شهري', 'يومي', 'سنوي');
const PARAMETER = alt(
  nouns('واط', 'لومن', 'جهد', 'فولت', 'أبعاد', 'مقاس', 'مقاسات', 'وزن', 'سماكة', 'سمك', 'حجم', 'قطر', 'ضمان', 'كفالة', 'عمر', 'كفاءة', 'قدرة', 'خامة', 'مادة', 'قماش', 'معدن'),
  'ip|cri|lm/w|watt|wattage|lumen|lumens|voltage|size|dimensions|weight|warranty',
);
const CATALOG = nouns('كتالوج', 'كاتالوج', 'كتالوق', 'كتالوجات', 'بروشور', 'catalog', 'catalogue', 'brochure');
const REPORT = nouns('تقرير', 'تقارير', 'نتائج', 'report', 'reports');
const TEST = alt(nouns('فحص', 'اختبار', 'اختبارات', 'مختبر', 'جودة', 'test', 'lab'), 'الاختبار|المختبر|الفحص|الجودة|test|lab|inspection');
const DRAWING = nouns('رسمة', 'رسومات', 'مخطط', 'مخططات', 'كتالوج', 'دليل', 'ملف', 'ملفات', 'drawing', 'drawings', 'manual');
const TECHNICAL_FILE = alt('ies|ldt|dialux|cad|dwg|step|3d|lm-80|lm80|tm-21|pdf');
// Without the suffix ه: folded, "صوره" (his photos) is also "صورة" (a photo, as in a payment slip).
const PHOTOS = alt(nounForms('صور').filter((w) => !w.endsWith('ه')), nouns('فيديو', 'فيديوهات', 'photos', 'pictures', 'video', 'videos'));
const DETAILS = nouns('تفاصيل', 'معلومات', 'بيانات', 'مواصفات', 'details', 'information');
const KNOW = alt(withConjunctions(['نعرف', 'أعرف', 'معرفة', 'نشوف', 'اشوف', 'نستلم', 'نحصل', 'احصل', 'الحصول']));
const MORE = alt(withConjunctions(['أكثر', 'أكتر', 'إضافية', 'زيادة', 'كاملة', 'more', 'full']));
const TODAY_TOMORROW = alt(withConjunctions(['اليوم', 'النهارده', 'الليلة', 'بكرة', 'بكرا', 'غدا', 'باكر', 'باچر', 'بكير', 'الظهر', 'المساء', 'today', 'tomorrow', 'eod']));
const BEFORE = alt(withConjunctions(['قبل', 'بحلول', 'لغاية', 'حتى', 'لحد', 'لين', 'خلال', 'by', 'before']));
const QUICKLY = alt(withConjunctions(['بسرعة', 'سريعا', 'قريبا', 'عاجلا', 'فورا', 'حالا', 'ضروري', 'asap', 'urgently', 'quickly']));
// Not "قبل" or "بعد": "قبل ساعة" is an hour ago.
const WITHIN = alt(withConjunctions(['خلال', 'غضون', 'ظرف', 'بظرف']));
const HOURS = alt('ساعة|ساعات|ساعه|hours|hrs');
const REPLY = nouns('رد', 'ردود', 'جواب', 'إجابة', 'تسليم', 'توصيل', 'شحن', 'تسعيرة', 'عرض', 'reply', 'response');
const FAST = alt(adjectives('سريع', 'عاجل', 'فوري'), 'بسرعة|asap');
const NEWS = alt(nouns('جديد', 'تحديث', 'تحديثات', 'أخبار', 'خبر', 'رد', 'مستجدات', 'update', 'updates', 'news'));
const WHAT_HAPPENED = alt(withConjunctions(['شو', 'وش', 'ايش', 'ايه', 'شنو', 'اش', 'ماذا', 'واش']));
const REPLY_VERB = alt(
  withConjunctions(['رد', 'ردوا', 'ردو', 'ردي', 'الرد', 'ردكم', 'ردك', 'جاوب', 'جاوبوا', 'جاوبني', 'جاوبونا', 'ردلي', 'ردولي', 'ردوني', 'تردوا', 'ترد', 'تردون', 'reply', 'respond', 'answer']),
);
const WAITING = alt(
  withConjunctions(['ينتظر', 'ينتظرون', 'ينتظروا', 'منتظر', 'منتظرين', 'مستني', 'مستنيين', 'ناطر', 'ناطرين', 'بانتظار', 'ينطر', 'يستنى', 'يستنوا', 'يسأل', 'يسألون']),
);
/** Imperatives that ask the seller to confirm, book or ship now. */
const CONFIRM_NOW = alt(
  withConjunctions([
    'أكدوا', 'أكد', 'أكدلي', 'أكدولي', 'أكدولنا', 'ثبتوا', 'احجزوا', 'احجز', 'اشحنوا', 'اشحن', 'جهزوا', 'جهز', 'جهزولنا', 'حضروا',
    'وقعوا', 'confirm', 'ship', 'book',
  ]),
);
/** Needs with the object attached: "نحتاجها اليوم", "بدنا ياها بكرة". */
const NEED_IT = alt(
  WANT,
  withConjunctions(['نحتاجها', 'نحتاجه', 'نحتاجهم', 'نبيها', 'نبيه', 'نبغاها', 'عايزينها', 'عايزينه', 'محتاجينها', 'محتاجينه', 'ضروري', 'لازم']),
);
/** A request to the seller, for a deadline of today or tomorrow to press on. */
const REQUEST = alt(SEND, REPLY_VERB, CONFIRM_NOW, NEED_IT);
const CUSTOMER = nouns('عميل', 'عملاء', 'زبون', 'زبائن', 'زباين', 'مدير', 'إدارة', 'مشروع', 'customer', 'client', 'boss');
const READY = alt(adjectives('جاهز', 'مستعد'), 'جاهزون|مستعدون');
const TO_BUY = alt(
  withConjunctions([
    'للطلب', 'للشراء', 'للتعاقد', 'للدفع', 'للتوقيع', 'للبدء', 'للتنفيذ', 'للتعامل', 'نطلب', 'نشتري', 'ندفع', 'نوقع', 'نبدأ',
    'نمشي', 'نكمل', 'نعتمد', 'نتعامل', 'نحجز', 'نستورد', 'للاستيراد', 'للحجز', 'order', 'buy', 'purchase', 'proceed',
  ]),
);
const BUY_VERB = alt(
  withConjunctions([
    'نشتري', 'أشتري', 'نطلب', 'أطلب', 'نستورد', 'نحجز', 'شراء', 'الشراء', 'لشراء', 'بشراء', 'استيراد',
    'الاستيراد', 'لاستيراد', 'باستيراد', 'نعمل', 'نسوي', 'نخزن', 'buy', 'order', 'purchase', 'import',
  ]),
);
// Egyptian "ننزل أوردر" and Gulf "نحط طلبية" place an order too.
const PLACE = alt(withConjunctions(['تقديم', 'نقدم', 'أقدم', 'وضع', 'نضع', 'نعمل', 'نسوي', 'عمل', 'إصدار', 'نصدر', 'نفتح', 'نعتمد', 'ننزل', 'نحط', 'نرفع', 'place', 'placing']));
const LETS = alt(withConjunctions(['خلينا', 'خلونا', 'يلا', 'يالا', 'يالله', 'دعونا', 'دعنا', 'لنبدأ', 'هيا', 'let\'s', 'lets']));
const GO_ON = alt(withConjunctions(['نكمل', 'نبدأ', 'نمشي', 'نشتغل', 'نتوكل', 'نمضي', 'نعتمد', 'ننطلق', 'نبلش', 'نبدى', 'proceed', 'go']));
const WILL_TAKE = alt(
  withConjunctions([
    'سنأخذ', 'ناخذ', 'ناخد', 'بناخذ', 'بناخد', 'هناخد', 'حناخد', 'سنشتري', 'سنطلب', 'هنطلب', 'حنطلب', 'بنطلب',
    'سنعتمد', 'سنحجز', 'راح', 'رح', 'ح', 'سوف',
  ]),
);
/** "Book / prepare for us" followed by a count: "ثبتوا لنا 120 طقم", "جهزولنا 4,000 طقم". */
const RESERVE = alt(
  withConjunctions(['ثبتوا', 'ثبتولنا', 'ثبتلي', 'ثبتلنا', 'احجزوا', 'احجزولنا', 'احجزلي', 'احجزلنا', 'جهزولنا', 'جهزوا', 'جهزلي', 'جهزلنا', 'حضرولنا', 'حضروا']),
);
const ACCEPT = alt(withConjunctions(['نقبل', 'قبلنا', 'أقبل', 'نوافق', 'وافقنا', 'أوافق', 'موافق', 'موافقين', 'موافقون', 'accept']));
const OFFER = alt(QUOTE, PRICE, nouns('شروط', 'الشروط'));
const LOCAL_PRESENCE = nouns('وكيل', 'وكلاء', 'موزع', 'موزعين', 'فرع', 'فروع', 'مكتب', 'مكاتب', 'مستودع', 'مخزن', 'صيانة', 'شريك');
const SEE_VISIT = alt(withConjunctions(['نشوف', 'أشوف', 'نزور', 'أزور', 'نزوركم', 'نجي', 'نيجي', 'نتفقد', 'نعاين', 'زيارة', 'لزيارة', 'بزيارة', 'visit']));
const SPECIFICATIONS = alt(nounForms('مواصفات').filter((w) => !w.endsWith('نا')), 'specifications|specs|specification');
/** Properties a buyer requires of a product: "مقاومة للحريق", "مطابق للمواصفة", "متوافق مع". */
const COMPLIANT = adjectives('مقاوم', 'مطابق', 'متوافق', 'مضاد', 'معزول', 'مانع', 'آمن', 'صالح', 'معالج', 'مجلفن', 'compliant', 'resistant');
const HOW_MUCH = alt(withConjunctions(['كم', 'كام', 'قديش', 'قداش', 'شحال', 'شكد', 'بكم', 'بكام']));
/** A unit with the article, as in "قديش الطن؟" (how much is the ton). */
const UNIT_DEFINITE = alt(
  ['طن', 'كيلو', 'حبة', 'قطعة', 'كرتون', 'كرتونة', 'متر', 'وحدة', 'طقم', 'حاوية', 'كونتينر', 'باليت', 'لتر', 'دزينة', 'صندوق', 'رول', 'لفة', 'كيس', 'شوال'].map((unit) => `ال${unit}`),
);
const UNIT_PRICE = `${alt(nouns('سعر', 'ثمن', 'تكلفة'))} ${alt(nouns('وحدة', 'قطعة', 'حبة', 'طن', 'كيلو', 'متر', 'كرتون', 'طقم', 'حاوية', 'كونتينر', 'جملة'))}`;
const PLEASE = alt(withConjunctions(['فضلا', 'رجاء', 'بليز', 'please', 'pls', 'plz', 'asap', 'لوسمحت', 'ضروري']));
const IF_YOU_PLEASE = `${alt('لو|من')} ${alt('سمحت|سمحتم|سمحتو|سمحتوا|سمحتي|فضلك|فضلكم|تكرمت|تكرمتم')}`;

/** Returns the cues of a document the buyer requests: after a request or a question word, or before a question mark. */
function askedFor(id: string, type: SignalCue['type'], core: string, strength: number): SignalCue[] {
  const openers = alt(SEND, WANT, CAN_YOU, YOU_HAVE, QUESTION_WORD, 'هل|وهل|مع|ومع');
  return [`${openers} .. ${core}`, `${core} ... ?`].map((pattern) => ({ id, type, pattern, strength }));
}

/** Returns the cues of a phrase that is a request only when a question mark or a please follows it. */
function asked(id: string, type: SignalCue['type'], pattern: string, strength: number): SignalCue[] {
  return [`${pattern} ?`, `${pattern} ${PLEASE}`, `${pattern} ${IF_YOU_PLEASE}`].map((p) => ({ id, type, pattern: p, strength }));
}

const INTERESTED = alt(adjectives('مهتم', 'راغب'), withConjunctions(['نرغب', 'نود', 'أود', 'حابين', 'حاب', 'نهتم', 'interested']));

/**
 * Wanting, in the forms buyers write before a quantity: the shared WANT
 * words plus Gulf "ابا", Libyan "نبو", Maghrebi "باغيين", "خاصني", Sudanese
 * "دايرين", Yemeni "أشتي" and Tunisian "نحبو".
 */
const BUYER_WANTS = alt(
  WANT,
  withConjunctions([
    'ابا', 'أبا', 'نبا', 'نبو', 'نبوا', 'باغيين', 'باغي', 'داير', 'دايرين', 'خاصني', 'خاصنا', 'أشتي', 'نشتي', 'نحبو', 'نحبوا', 'حابب',
  ]),
);
/**
 * Wanting before a count, without "نحتاج" (we need): "نحتاج 30 طن شهرياً" opens many
 * first inquiries that request a price. "محتاجين" (we need it, now) stays.
 */
const WANTS_COUNT = alt(BUYER_WANTS.split('|').filter((w) => !/^[وف]?(نحتاج|احتاج|أحتاج|بحاجة|يلزمنا|يلزمني|need)$/.test(w)));
/** Words after a count that make it a rate of supply in an inquiry, not an order: "٣٠ طن شهرياً". */
const PER_PERIOD = ['شهريا', 'شهري', 'سنويا', 'سنوي', 'اسبوعيا', 'أسبوعيا', 'يوميا', 'بالشهر', 'بالسنة', 'بالاسبوع', 'كل'];
/** Hedges before a purchase cue: "ممكن ناخذ 500 كتجربة", "كنفكرو نطلبو". */
const HEDGES = ['ممكن', 'يمكن', 'ربما', 'احتمال', 'بلكي', 'تقريبا', 'نفكر', 'بنفكر', 'منفكر', 'كنفكرو', 'نفكرو', 'نفكروا', 'كنفكر', 'نشوف'];
/** Units an order is counted in, wider than UNIT: cartons, containers, rolls, sacks and pallets as buyers spell them. */
const ORDER_UNIT = alt(
  UNIT,
  nouns('كرتونة', 'كارتون', 'كارتونة', 'كرطونة', 'كرطون', 'كونتينرات', 'كونطونير', 'كونتونار', 'كونتونير', 'كونتنر', 'دزينة', 'رول', 'رولات', 'لفة', 'لفات'),
  nouns('جوال', 'جوالات', 'كيس', 'أكياس', 'شوال', 'شوالات', 'باليت', 'باليتات', 'بالتات', 'طبلية', 'طبليات', 'علبة', 'علب', 'صندوق', 'صناديق', 'لوح', 'ألواح'),
  'سيت|دست|لتر|ليتر|جهاز|أجهزة|حاويتين|ton|tonnes|tonne|container|carton|cartons|pallets|rolls|boxes|dozen|hq|40hq|x40hq',
);
/** A count before a unit: "٢٠" or "٢٠ ألف". */
const COUNT = `# ?${alt('ألف', 'آلاف', 'الاف')}`;
/** Words between a verb and the count: "منه", "كمان", "حوالي". */
const COUNT_FILLER = alt('منه|منها|منهم|منهن|منكم|منك|منكو|حوالي|تقريبا|كمان|زيادة|مبدئيا|ياهم|ياها|ياهن|ب|بـ');
/**
 * First-person verbs of taking, buying or ordering, present or future, from
 * MSA "نأخذ" to Egyptian "هاخد", Levantine "منطلب", Sudanese "بنشيل" and
 * Maghrebi "ناخدو". Not the past "أخذنا" or "طلبنا": an order already placed is no intent.
 */
const WE_TAKE = alt(
  withConjunctions([
    'ناخذ', 'ناخد', 'ناخدو', 'ناخذو', 'ناخدوا', 'نأخذ', 'آخذ', 'باخذ', 'باخد', 'هاخد', 'حاخد', 'هناخد', 'حناخد', 'بناخد', 'بناخذ',
    'سنأخذ', 'سآخذ', 'منوخد', 'مناخد', 'نطلب', 'نطلبو', 'نطلبوا', 'منطلب', 'بنطلب', 'بنطلبوا', 'بنطلبو', 'هنطلب', 'حنطلب', 'سنطلب',
    'نشتري', 'نشريو', 'منشتري', 'بنشتري', 'هنشتري', 'سنشتري', 'بشتري', 'هشتري', 'نشيل', 'بنشيل', 'منشيل', 'هنشيل', 'نستورد',
    'سنستورد', 'نثبت', 'نعتمد', 'نقفل', 'نكموندي', 'نكومندي',
  ]),
);
/** Future "I / we will take", which needs no unit after the count ("هاخد الـ 3 موديلات"). */
const WILL_TAKE_NOW = alt(withConjunctions(['هاخد', 'حاخد', 'هناخد', 'حناخد', 'سآخذ', 'سنأخذ', 'باخد', 'باخذ', 'هنشتري', 'سنشتري']));
/** Words after a verb of taking that make it a request for something else: a sample, a price, a refund. */
const NOT_AN_ORDER = [
  'عينة', 'عينه', 'عينات', 'العينة', 'العينات', 'عينتين', 'سامبل', 'sample', 'samples', 'كتالوج', 'الكتالوج', 'عرض', 'تسعيرة', 'سعر',
  'خصم', 'تعويض', 'فحص', 'تقرير', 'شهادة', 'ضمان', 'موعد', 'وقت',
];
/** Order nouns, with "الطلب" and Maghrebi "كوموند" ("commande"), and the purchase order "أمر الشراء". */
const ANY_ORDER = alt(ORDER, nouns('طلب', 'كوموند', 'كومند', 'commande', 'أمر'), 'الكوموند|الكومند');
/** Orders a buyer sends: not "لطلب" (in order to ask), which is no order. */
const SENT_ORDER = alt(ANY_ORDER.split('|').filter((w) => !/^[وف]?لل?طلب(ي|ك|كم|نا|ه|ها|هم)?$/.test(w)));
/** Order and amount nouns that can follow "نفس" (the same): "نفس الطلبية", "نفس الكمية", "نفس الشحنة". */
const SAME_ORDER = alt(ANY_ORDER, nouns('كمية', 'شحنة', 'بضاعة', 'دفعة'), 'الحاجة|البضاعة|الكمية|الشحنة|الطلبيه');
/** Verbs of ordering again: "نكرر", "تكرار", "نعيد", Maghrebi "نعاودو". */
const REPEAT = alt(
  withConjunctions([
    'نكرر', 'بنكرر', 'منكرر', 'هنكرر', 'سنكرر', 'تكرار', 'بتكرار', 'لتكرار', 'نعيد', 'بنعيد', 'منعيد', 'هنعيد', 'نعاود', 'نعاودو',
    'نعاودوا', 'نجدد', 'كرر', 'كرروا', 'عيد', 'عيدوا', 'عاود', 'عاودوا', 'نكررها', 'أكرر', 'اكرر',
  ]),
);
/** Imperatives that ask the seller to prepare, book or put down an order: "جهزلي", "ثبت", "احجزوا", "حطلي", "ديرولنا". */
const PREPARE_ORDER = alt(
  withConjunctions([
    'جهز', 'جهزلي', 'جهزلنا', 'جهزولي', 'جهزولنا', 'جهزوا', 'جهزو', 'جهزي', 'حضر', 'حضرلي', 'حضرولنا', 'حضروا', 'دير', 'ديرلي',
    'ديرولنا', 'ديرو', 'ديروا', 'ديرلنا', 'حطلي', 'حطلنا', 'حطولنا', 'حطونا', 'ثبت', 'ثبتلي', 'ثبتلنا', 'ثبتوا', 'ثبتولنا', 'احجز',
    'احجزلي', 'احجزلنا', 'احجزوا', 'احجزولنا',
  ]),
);
/** Imperatives that ask the seller to send, put down or approve goods, before a count only: "دز ٤ حاويات", "صيفط ليا 150 كرطونة". */
const SHIP_TO_US = alt(
  withConjunctions([
    'دز', 'دزلي', 'دزولي', 'دزلنا', 'دزولنا', 'صيفط', 'صيفطلي', 'صيفطو', 'صيفطولنا', 'ابعت', 'ابعتلي', 'ابعتولي', 'ابعتلنا', 'ابعث', 'ابعثلي',
    'ارسل', 'أرسل', 'ارسلي', 'ارسلوا', 'ارسلولي', 'اشحن', 'اشحنوا', 'اشحنولي', 'اعتمد', 'اعتمدوا', 'حط', 'حطوا',
  ]),
);
const FOR_US = alt('لي|لنا|لينا|ليا|الي|النا|ليه');
/** Sending or placing an order later, first person: "هبعتلك الـ PO", "راح ندز طلبية", Maghrebi "نديرو الكوموند". */
const WE_SEND_ORDER = alt(
  withConjunctions([
    'نديرو', 'ندير', 'نديروا', 'نحضرو', 'ندز', 'ندزلكم', 'ندزلك', 'نبعت', 'نبعتلك', 'نبعتلكم', 'ابعتلك', 'ابعتلكم', 'نرسل', 'نرسلكم',
    'نرسلك', 'نرسللكم', 'نصيفط', 'نصيفطو', 'نصيفطلكم', 'بنرسل', 'سنرسل', 'سأرسل', 'هنبعت', 'هنبعتلك', 'هبعت', 'هبعتلك', 'هبعتلكم',
    'حبعت', 'حنبعت', 'بنبعت', 'بنبعتلك', 'نبعثلكم', 'نبعث', 'سنصدر', 'نصدر', 'بنصدر', 'سنقوم', 'نعدي', 'نعديو', 'نحطلك',
  ]),
);
/** Readiness to issue an order, in formal Arabic: "إننا جاهزون لإصدار أمر الشراء", "سنقوم بإصدار". */
const ISSUE = alt(withConjunctions(['بإصدار', 'لإصدار', 'بإرسال', 'لإرسال', 'بتوقيع', 'لتوقيع', 'بفتح', 'لفتح', 'بتقديم', 'لتقديم']));
const WE_WILL = alt(withConjunctions(['سنقوم', 'نقوم', 'سنكون', 'مستعدون', 'مستعدين', 'جاهزون', 'جاهزين', 'نحن', 'فإننا', 'إننا']));
/** Locking the deal in: "نقفل معك", "نسكر", "نسكرها اليوم". */
const LOCK = alt(withConjunctions(['نقفل', 'بنقفل', 'منقفل', 'هنقفل', 'نسكر', 'بنسكر', 'منسكر', 'أسكر', 'اسكر', 'أقفل', 'نغلق', 'نختم']));
const LOCK_IT = alt(withConjunctions(['نقفلها', 'نسكرها', 'منسكرها', 'بنسكرها', 'نقفلو', 'نسكروها', 'نختمها', 'نقفله', 'نسكره']));
const WITH_YOU = alt('معك|معكم|معاك|معاكم|وياك|وياكم|معكو|معاكو|عليها|على|اليوم|الحين|هلق|هسه|دابا');
const DEAL = alt(nouns('صفقة', 'ديل', 'deal', 'اتفاق', 'اتفاقية'), ANY_ORDER);
/**
 * Future transfers of the deposit or the money: "بحوّل العربون", "ونحول اليوم", "هحول المقدم",
 * Maghrebi "نخلصو" (we pay). Not the past "حولت", nor the singular "نخلص", which is "we finish" in the East.
 */
const WILL_TRANSFER = alt(
  withConjunctions([
    'أحول', 'احول', 'بحول', 'هحول', 'حأحول', 'حاحول', 'نحول', 'بنحول', 'منحول', 'هنحول', 'حنحول', 'سنحول', 'سأحول', 'نحولو', 'نحولوا',
    'نخلصو', 'نخلصوا', 'نسدد', 'سنسدد', 'أدفع', 'هدفع', 'هندفع', 'بندفع',
  ]),
);
const DEPOSIT_MONEY = alt(
  nouns('عربون', 'مقدم', 'تسبيق', 'فلوس', 'مبلغ', 'قروش', 'مصاري', 'دفعة', 'deposit'),
  'لاكونط|الاكونط|acompte|tt|التحويل|تحويل',
);
/** Words after "الدفعة" that make it a later instalment of an order already placed ("هنحول الدفعة التانية"). */
const LATER_INSTALMENT = ['التانية', 'الثانية', 'الباقية', 'المتبقية', 'الأخيرة', 'الاخيرة', 'الثالثة', 'التالتة'];
const RIGHT_AWAY = alt(withConjunctions(['اليوم', 'الحين', 'هلق', 'هسه', 'هسا', 'دلوقتي', 'بكرة', 'بكرا', 'باكر', 'باچر', 'غدا', 'غدوة', 'فورا', 'حالا', 'طوالي', 'توا', 'دابا', 'now', 'today']));
/** First-person verbs of starting: "نبدأ", Levantine "نبلش", Maghrebi "نبداو". */
const WE_START = alt(
  withConjunctions([
    'نبدأ', 'نبدا', 'نبدي', 'نبدى', 'نبلش', 'منبلش', 'بنبلش', 'بنبدأ', 'بنبدا', 'هنبدأ', 'هنبدا', 'سنبدأ', 'نبداو', 'نبداوا', 'نبدأو',
    'منبدأ', 'منبدا',
  ]),
);
/** Words before "we start" that turn it into a question or a proposal: "ممكن نبدأ بـ 500؟" is a counter-offer, not an order. */
const ASKING = ['ممكن', 'يمكن', 'فينا', 'فيني', 'واش', 'نقدر', 'منقدر', 'بنقدر', 'نقدرو', 'نقدروا', 'نستطيع', 'يمكننا', 'ينفع', 'بينفع', 'نجمو', 'نكدر', 'نگدر', 'هل', 'يصير'];
/** Starting with a first order or a count: "بطلبية", "بأول دفعة", "بالكمية". */
const START_WITH = alt('بطلبية|بالطلبية|بطلب|بأول|باول|بالدفعة|بدفعة|بأوردر|بالأوردر|بالكمية|بكمية|بالكوموند|بالإنتاج|الإنتاج|بالانتاج|بطلبيه');
/** Agreeing to go on: "نمشي على", "منمشي فيها", "ماشيين". Not "نمشي مع" (we go with someone else). */
const WE_GO = alt(withConjunctions(['نمشي', 'منمشي', 'بنمشي', 'هنمشي', 'نمشو', 'نمشيو', 'نكمل', 'منكمل', 'بنكمل', 'هنكمل']));
const GO_ON_WHAT = alt(
  'فيها|فيه|معكم|معاكم|معك|معاك|وياكم|على|عليه|عليها|بسعرك|بسعركم|بالسعر|بالكمية|بالطلب|بالطلبية|بالاتفاق|بالعرض|بالإجراءات|بالاجراءات|بالصفقة|بالأوردر',
);
/** Signing soon: "نوقع العقد", "منوقع", Maghrebi "نسينيو". */
const WE_SIGN = alt(withConjunctions(['نوقع', 'منوقع', 'نوقعو', 'نوقعوا', 'نسينيو', 'نسينيوا', 'أوقع', 'اوقع', 'نمضي', 'أمضي', 'نمضيو']));
const SIGN_WHAT = alt(nouns('عقد', 'اتفاقية', 'كونطرا', 'contract'), 'اليوم|الحين|دركا|بكرة|بكرا|غدا|على|معكم|معاكم|معك|دابا|هلق|هسه|فورا|الأحد|الاثنين');
/** Verbs a conditional purchase ends in: "… ناخد 40 طن", "… نوقع اليوم", "… منمشي". */
const IF_WE_COMMIT = alt(
  WE_TAKE,
  WE_SIGN,
  WE_START,
  WE_GO,
  LOCK,
  LOCK_IT,
  withConjunctions([
    'نأكد', 'نؤكد', 'نأكده', 'منأكد', 'بنأكد', 'سنؤكد', 'أأكد', 'منثبت', 'بنثبت', 'نثبته', 'بنعتمد', 'منعتمد', 'سنعتمد', 'نحول', 'بنحول',
    'منحول', 'نحولو', 'نديرو', 'نخدمو', 'نشتغل', 'منشتغل', 'بنشتغل', 'سنصدر', 'نصدر', 'نعديو', 'نحمل', 'نلتزم', 'منلتزم',
  ]),
);
const IF = alt(withConjunctions(['إذا', 'اذا', 'لو', 'إلا', 'ايلا', 'إيلا', 'حال', 'if']));

export const INTENT_CUES: SignalCue[] = [
  // intent.early_qualification
  { id: 'early_qualification.moq_question', type: 'intent.early_qualification', pattern: `${QUESTION_WORD} .. ${MOQ_CODE}`, strength: 0.8 },
  // "للمصانع فقط", "بدون وسطاء": the buyer screens who may supply.
  { id: 'early_qualification.manufacturers_only', type: 'intent.early_qualification', pattern: 'للمصانع|المصانع|مصانع|المصنعين|للمصنعين فقط', strength: 0.75 },
  { id: 'early_qualification.only_manufacturers', type: 'intent.early_qualification', pattern: 'فقط للمصانع|المصانع|المصنعين|للمصنعين', strength: 0.75 },
  { id: 'early_qualification.no_middlemen', type: 'intent.early_qualification', pattern: 'بدون|بلا|لا وسطاء|وسيط|سماسرة|سمسار', strength: 0.7, negatable: false },
  // "عندكم ستوك جاهز؟", "هل ما زالت متوفرة؟": a stock question before buying.
  { id: 'early_qualification.ready_stock', type: 'intent.early_qualification', pattern: 'ستوك|مخزون جاهز', strength: 0.55 },
  { id: 'early_qualification.still_available', type: 'intent.early_qualification', pattern: 'ما|لا زال|زالت .. متوفر|متوفرة|متاح|متاحة', strength: 0.55 },
  { id: 'early_qualification.still_available_joined', type: 'intent.early_qualification', pattern: 'مازال|لازال|مازالت|لازالت .. متوفر|متوفرة|متاح|متاحة', strength: 0.55 },
  { id: 'early_qualification.what_is_moq', type: 'intent.early_qualification', pattern: `${WHAT_IS} ${MOQ_CODE}`, strength: 0.8 },
  { id: 'early_qualification.minimum_question', type: 'intent.early_qualification', pattern: `${QUESTION_WORD} .. ${MINIMUM_HEAD} ${MINIMUM_TAIL}`, strength: 0.8 },
  { id: 'early_qualification.what_is_minimum', type: 'intent.early_qualification', pattern: `${WHAT_IS} ${MINIMUM_HEAD} ${MINIMUM_TAIL}`, strength: 0.8 },
  { id: 'early_qualification.moq_word', type: 'intent.early_qualification', pattern: `${alt(nouns('moq', 'moqs', 'موك'))} ?`, strength: 0.7 },
  { id: 'early_qualification.minimum_order', type: 'intent.early_qualification', pattern: `${alt(nouns('حد'))} ${alt('أدنى|الأدنى')} ?${alt('للطلب|للطلبية|للشراء|للكمية|للأوردر')} ?`, strength: 0.7 },
  { id: 'early_qualification.least_quantity', type: 'intent.early_qualification', pattern: `${alt('أقل|أدنى')} ${alt(nouns('كمية', 'طلبية', 'عدد', 'طلب', 'أوردر', 'اوردر'))}`, strength: 0.75 },
  { id: 'early_qualification.capacity', type: 'intent.early_qualification', pattern: `${CAPACITY} ${PRODUCTIVE}`, strength: 0.6 },
  { id: 'early_qualification.monthly_production', type: 'intent.early_qualification', pattern: `${nouns('إنتاج', 'إنتاجية')} ${PRODUCTIVE}`, strength: 0.6 },
  { id: 'early_qualification.how_many_produce', type: 'intent.early_qualification', pattern: `${alt('كم|كام|قديش|شحال|قداش|شكد')} .. ${PRODUCE}`, strength: 0.8 },
  { id: 'early_qualification.factory_or_trader', type: 'intent.early_qualification', pattern: `${FACTORY} .. ${OR} ${TRADER}`, strength: 0.8 },
  { id: 'early_qualification.trader_or_factory', type: 'intent.early_qualification', pattern: `${TRADER} .. ${OR} ${FACTORY}`, strength: 0.8 },
  { id: 'early_qualification.are_you_factory', type: 'intent.early_qualification', pattern: `${YOU_ARE} .. ${FACTORY}`, strength: 0.7 },
  { id: 'early_qualification.own_factory', type: 'intent.early_qualification', pattern: `${YOU_HAVE} .. ${FACTORY}`, strength: 0.75 },
  { id: 'early_qualification.local_presence', type: 'intent.early_qualification', pattern: `${YOU_HAVE} .. ${LOCAL_PRESENCE}`, strength: 0.65 },
  // Checking that the supplier is real: "شركة حقيقية مو وسطاء", "نشوف المعمل بعيننا", a video call from the factory.
  { id: 'early_qualification.real_company', type: 'intent.early_qualification', pattern: `${alt(FACTORY, TRADER)} ${alt(adjectives('حقيقي', 'فعلي'))}`, strength: 0.65 },
  { id: 'early_qualification.not_middlemen', type: 'intent.early_qualification', pattern: `${alt('مو|مش|مب|وليس|ولستم|لستم|ولا')} ${alt(nouns('وسيط', 'وسطاء', 'سمسار', 'سماسرة'))}`, strength: 0.65 },
  { id: 'evaluation.see_factory', type: 'intent.evaluation', pattern: `${SEE_VISIT} ${FACTORY}`, strength: 0.65 },
  { id: 'evaluation.video_call', type: 'intent.evaluation', pattern: `${alt(nouns('مكالمة', 'اتصال', 'كول', 'call'))} ${alt('فيديو|فيديوهات|video')} ... ${FACTORY}`, strength: 0.65 },
  { id: 'early_qualification.company_profile', type: 'intent.early_qualification', pattern: `${nouns('ملف', 'بروفايل', 'نبذة', 'تعريف', 'profile')} ${alt(nouns('شركة', 'مصنع', 'company'), 'عن|عنكم|بالشركة|بشركتكم')}`, strength: 0.7 },
  { id: 'early_qualification.company_profile_en', type: 'intent.early_qualification', pattern: 'company profile|introduction|background', strength: 0.7 },
  // A catalog asked for is material to judge the product by. "شكرا على الكتالوج" has one already.
  ...askedFor('evaluation.catalog', 'intent.evaluation', CATALOG, 0.6),
  { id: 'early_qualification.product_list', type: 'intent.early_qualification', pattern: `${nouns('قائمة', 'لائحة', 'ليستة', 'ليست')} ${alt(nouns('منتجات', 'أصناف', 'موديلات'))}`, strength: 0.6 },
  { id: 'early_qualification.factory_location', type: 'intent.early_qualification', pattern: `${alt(withConjunctions(['أين', 'وين', 'فين', 'فينه', 'وينه']))} .. ${alt(nouns('مصنع', 'مكتب', 'مستودع', 'مخزن', 'شركة', 'مقر', 'موقع'))}`, strength: 0.7 },
  { id: 'early_qualification.years_in_business', type: 'intent.early_qualification', pattern: `${alt('منذ|من|كم')} ${alt('متى|امتى|سنة|سنين|عام')} .. ${alt(nouns('سوق', 'مجال', 'خبرة', 'شغل', 'تعملون', 'شغالين', 'تشتغلون'))}`, strength: 0.6 },
  { id: 'early_qualification.can_you_produce', type: 'intent.early_qualification', pattern: `${CAN_YOU} ?ان ?أن ${PRODUCE}`, strength: 0.6 },
  { id: 'early_qualification.do_you_produce', type: 'intent.early_qualification', pattern: `هل|وهل ${PRODUCE}`, strength: 0.6 },
  { id: 'early_qualification.export_to', type: 'intent.early_qualification', pattern: `${alt(withConjunctions(['تصدرون', 'تصدروا', 'بتصدروا', 'تشحنون', 'تشحنوا', 'بتشحنوا', 'صدرتم', 'صدرتوا']))} ${alt('إلى|لـ|على|لل')}`, strength: 0.6 },
  { id: 'early_qualification.oem', type: 'intent.early_qualification', pattern: 'oem|odm|customization|customized|تخصيص|التخصيص', strength: 0.6 },
  { id: 'early_qualification.custom_made', type: 'intent.early_qualification', pattern: `${alt(nouns('تصنيع', 'إنتاج'))} ${alt('حسب|بحسب|على')} ${alt(nouns('طلب', 'تصميم', 'مواصفات'))}`, strength: 0.6 },
  { id: 'early_qualification.our_brand', type: 'intent.early_qualification', pattern: 'باسمنا|بشعارنا|بلوجونا|بماركتنا|ببراندنا|بعلامتنا|علامتنا|ماركتنا|براندنا|شعارنا', strength: 0.6 },
  { id: 'early_qualification.private_label_en', type: 'intent.early_qualification', pattern: 'private label', strength: 0.6 },
  { id: 'early_qualification.main_markets', type: 'intent.early_qualification', pattern: alt('أسواقكم|عملاؤكم|عملائكم|زبائنكم|زباينكم'), strength: 0.5 },

  // intent.evaluation
  { id: 'evaluation.datasheet', type: 'intent.evaluation', pattern: alt(nouns('داتاشيت', 'datasheet', 'datasheets')), strength: 0.8 },
  { id: 'evaluation.data_sheet', type: 'intent.evaluation', pattern: `${alt(nouns('داتا', 'data', 'spec', 'technical', 'product'))} ${alt('شيت|sheet|sheets')}`, strength: 0.8 },
  { id: 'evaluation.technical_sheet', type: 'intent.evaluation', pattern: `${alt(nouns('نشرة', 'ورقة', 'بيانات', 'مواصفات', 'تفاصيل', 'معلومات', 'ملف', 'ملفات'))} ${alt(adjectives('فني', 'تقني'), 'البيانات|بيانات')}`, strength: 0.75 },
  // Specifications are asked for, not merely mentioned: "نضبطه بمواصفات أدق" states one.
  { id: 'evaluation.send_specifications', type: 'intent.evaluation', pattern: `${alt(SEND, WANT, QUESTION_WORD, 'هل|وهل')} .. ${SPECIFICATIONS}`, strength: 0.6 },
  { id: 'evaluation.specifications_question', type: 'intent.evaluation', pattern: `${SPECIFICATIONS} ?${alt(adjectives('فني', 'كامل', 'تفصيلي'))} ?`, strength: 0.6 },
  { id: 'evaluation.analysis_documents', type: 'intent.evaluation', pattern: alt('msds|sds|coa|tds|coc'), strength: 0.75 },
  // Reports and photos are asked for; "مرفق الصور وتقرير الفحص" sends the buyer's own.
  ...askedFor('evaluation.test_report', 'intent.evaluation', `${REPORT} ${TEST}`, 0.8),
  { id: 'evaluation.test_report_en', type: 'intent.evaluation', pattern: 'test|lab|inspection|quality report|reports|results', strength: 0.8 },
  { id: 'evaluation.send_certificate', type: 'intent.evaluation', pattern: `${SEND} .. ${CERTIFICATE}`, strength: 0.75, notBefore: ['المنشأ', 'منشأ', 'المنشا'] },
  { id: 'evaluation.have_certificate', type: 'intent.evaluation', pattern: `هل|وهل ?${YOU_HAVE} .. ${CERTIFICATE}`, strength: 0.7, notBefore: ['المنشأ', 'منشأ', 'المنشا'] },
  // "عندكم شهادة HALAL و FSSC 22000؟": the question mark may follow the codes.
  { id: 'evaluation.certificate_question', type: 'intent.evaluation', pattern: `${YOU_HAVE} .. ${CERTIFICATE} ... ?`, strength: 0.7, notWithin: ['المنشأ', 'منشأ', 'المنشا'] },
  { id: 'evaluation.complies_question', type: 'intent.evaluation', pattern: `${alt('هل|وهل')} ... ${COMPLIANT}`, strength: 0.6 },
  { id: 'evaluation.which_certificates', type: 'intent.evaluation', pattern: `${QUESTION_WORD} .. ${alt(nouns('شهادات', 'شهادة', 'مطابقة', 'certificates'))}`, strength: 0.7 },
  { id: 'evaluation.what_certificates', type: 'intent.evaluation', pattern: `${WHAT_IS} ${alt(nouns('شهادات', 'شهادة', 'مطابقة', 'certificates'))}`, strength: 0.7 },
  { id: 'evaluation.made_of', type: 'intent.evaluation', pattern: `${adjectives('مصنوع', 'مصنع', 'معمول')} ${alt('من|بـ')}`, strength: 0.5 },
  { id: 'evaluation.what_material', type: 'intent.evaluation', pattern: `${QUESTION_WORD} .. ${alt(nouns('خامة', 'خامات', 'مادة', 'مواد', 'قماش', 'معدن', 'material'))}`, strength: 0.5 },
  { id: 'evaluation.what_material', type: 'intent.evaluation', pattern: `${QUESTION_WORD} ?${alt(nouns('نوع', 'درجة'))} ${MATERIAL}`, strength: 0.5 },
  { id: 'evaluation.what_is_material', type: 'intent.evaluation', pattern: `${WHAT_IS} ${alt(nouns('خامة', 'خامات', 'مادة', 'مواد', 'قماش', 'معدن'))}`, strength: 0.5 },
  { id: 'evaluation.lifespan', type: 'intent.evaluation', pattern: `${alt(nouns('عمر'))} ${alt(adjectives('افتراضي'), nouns('منتج', 'بطارية', 'لمبة'), 'lifespan')}`, strength: 0.5 },
  { id: 'evaluation.lifespan_en', type: 'intent.evaluation', pattern: 'lifespan|lifetime', strength: 0.5 },
  ...askedFor('evaluation.photos', 'intent.evaluation', PHOTOS, 0.5),
  { id: 'evaluation.factory_audit', type: 'intent.evaluation', pattern: `${alt(nouns('تفتيش', 'فحص', 'تدقيق', 'audit'))} ${alt(nouns('مصنع', 'factory'))}`, strength: 0.6 },
  { id: 'evaluation.more_details', type: 'intent.evaluation', pattern: `${DETAILS} ${MORE}`, strength: 0.5 },
  { id: 'evaluation.more_of_details', type: 'intent.evaluation', pattern: `${alt(nouns('مزيد'), 'بعض|شوية')} ${alt('من|عن')} ${DETAILS}`, strength: 0.5 },
  { id: 'evaluation.details_about', type: 'intent.evaluation', pattern: `${DETAILS} ${alt('عن|حول|بخصوص|على')}`, strength: 0.5 },
  { id: 'evaluation.difference', type: 'intent.evaluation', pattern: `${alt(nouns('فرق', 'فارق', 'مقارنة'))} ${alt('بين|ما|بينهم|بينها')}`, strength: 0.5 },
  // Comparing products, not offers: "نقارن عرضكم مع عرضين" is price shopping.
  { id: 'evaluation.compare', type: 'intent.evaluation', pattern: `${alt(withConjunctions(['نقارن', 'قارن', 'مقارنة', 'compare']))} ?بين ${alt(nouns('موديل', 'موديلات', 'منتج', 'منتجات', 'مواصفات', 'جودة', 'عينة', 'عينات', 'نوع', 'أنواع', 'خامة', 'خامات', 'model', 'models'))}`, strength: 0.5 },
  { id: 'evaluation.technical_files', type: 'intent.evaluation', pattern: `${alt(nouns('ملف', 'ملفات', 'file', 'files'))} ${TECHNICAL_FILE}`, strength: 0.75 },
  { id: 'evaluation.technical_files_en', type: 'intent.evaluation', pattern: `${TECHNICAL_FILE} ${alt('file|files|data|report|model|ملف|ملفات')}`, strength: 0.75 },
  { id: 'evaluation.send_drawing', type: 'intent.evaluation', pattern: `${alt(SEND, WANT)} .. ${DRAWING}`, strength: 0.65 },
  { id: 'evaluation.what_is_parameter', type: 'intent.evaluation', pattern: `${WHAT_IS} ?${alt(nouns('مدة', 'درجة', 'نوع', 'قيمة'))} ${PARAMETER}`, strength: 0.6 },
  { id: 'evaluation.other_options', type: 'intent.evaluation', pattern: `${YOU_HAVE} ?${alt('غير|ثانية|تانية|أخرى|ثاني|تاني')} ${alt(nouns('مقاسات', 'ألوان', 'الوان', 'موديلات', 'أصناف', 'اصناف', 'أحجام', 'احجام', 'أنواع', 'انواع', 'خيارات', 'تصاميم'))}`, strength: 0.5 },
  { id: 'evaluation.does_it_support', type: 'intent.evaluation', pattern: `هل|وهل ${alt('يدعم|تدعم|يأتي|تأتي|يجي|تيجي|يشمل|تشمل|يحتوي|تحتوي|يتضمن|تتضمن|يتحمل|تتحمل|يعمل|تعمل|يشتغل|تشتغل|يناسب|تناسب|متوافق|متوافقة')}`, strength: 0.5 },

  // intent.quotation
  { id: 'quotation.send_price', type: 'intent.quotation', pattern: `${SEND} .. ${alt(PRICE, QUOTE)}`, strength: 0.85 },
  { id: 'quotation.want_price', type: 'intent.quotation', pattern: `${WANT} ?ان ?أن ?${KNOW} ?${alt('منكم|منك|منكو|لنا|لي|من')} ${alt(PRICE, QUOTE)}`, strength: 0.85 },
  { id: 'quotation.can_you_price', type: 'intent.quotation', pattern: `${CAN_YOU} ${alt(PRICE, nouns('عرض'))}`, strength: 0.75 },
  { id: 'quotation.price_offer', type: 'intent.quotation', pattern: `${alt(nouns('عرض', 'عروض', 'طلب'))} ${alt(nouns('سعر', 'أسعار', 'تسعير'))}`, strength: 0.7 },
  { id: 'quotation.request_quote', type: 'intent.quotation', pattern: `${alt(nouns('طلب'), 'نطلب|أطلب|نلتمس')} ${alt(nouns('عرض', 'تسعير', 'تسعيرة', 'أسعار', 'اسعار', 'quotation', 'quote'))}`, strength: 0.85 },
  // "For how much": the ب forms request a price. A bare "قديش" or "شكد" may count anything ("شكد مدة الضمان").
  { id: 'quotation.how_much', type: 'intent.quotation', pattern: alt(withConjunctions(['بكم', 'بكام', 'بقديش', 'بقداش', 'بشحال', 'بچم', 'بجم', 'بشكد', 'بكمه', 'بكمها', 'بكامه', 'بكامها'])), strength: 0.75 },
  { id: 'quotation.how_much_per_unit', type: 'intent.quotation', pattern: `${HOW_MUCH} ${UNIT_DEFINITE}`, strength: 0.7 },
  { id: 'quotation.price_us', type: 'intent.quotation', pattern: alt(withConjunctions(['سعرونا', 'سعرولنا', 'سعرلي', 'سعرلنا', 'تسعرونا', 'تسعرولنا', 'تسعرلي', 'تسعرلنا'])), strength: 0.8 },
  { id: 'quotation.last_word', type: 'intent.quotation', pattern: `${alt('آخر|أخر')} ${alt('كلام|الكلام')}`, strength: 0.7 },
  { id: 'quotation.what_price', type: 'intent.quotation', pattern: `${QUESTION_WORD} .. ${PRICE}`, strength: 0.8 },
  { id: 'quotation.what_is_price', type: 'intent.quotation', pattern: `${WHAT_IS} ?${alt('أفضل|أقل|آخر')} ${PRICE}`, strength: 0.8 },
  { id: 'quotation.how_much_is', type: 'intent.quotation', pattern: `${alt('كم|كام')} ${alt('حقه|حقها|حقهم|يكلف|تكلف|يكلفني|يكلفنا|تطلع|يطلع|بتطلع|بيطلع|يجي|يجينا|سعره|سعرها|ثمنه|ثمنها')}`, strength: 0.75 },
  { id: 'quotation.price_question', type: 'intent.quotation', pattern: `${PRICE} ?`, strength: 0.7, cancelledBy: ['بهذا', 'بهاد', 'بهيك', 'هذا', 'هاد', 'بهالسعر'] },
  { id: 'quotation.price_how_much', type: 'intent.quotation', pattern: `${PRICE} .. ${alt('كم|كام|قديش|قداش|شحال|شكد|بكم|ايش|شو|وش')}`, strength: 0.75 },
  { id: 'quotation.price_please', type: 'intent.quotation', pattern: `${alt(PRICE, QUOTE)} ${alt(withConjunctions(['فضلا', 'رجاء', 'بليز', 'please', 'pls', 'plz', 'asap', 'لوسمحت', 'ضروري']))}`, strength: 0.75 },
  { id: 'quotation.price_if_you_please', type: 'intent.quotation', pattern: `${alt(PRICE, QUOTE)} ${alt('لو|من')} ${alt('سمحت|سمحتم|سمحتو|سمحتي|فضلك|فضلكم|تكرمت|تكرمتم')}`, strength: 0.75 },
  // A unit price is asked for with a question or a please; "سعر الوحدة فيه أحسن" compares two.
  ...asked('quotation.unit_price', 'intent.quotation', UNIT_PRICE, 0.6),
  { id: 'quotation.unit_price_en', type: 'intent.quotation', pattern: 'unit price|cost', strength: 0.6 },
  { id: 'quotation.price_list', type: 'intent.quotation', pattern: `${alt(nouns('قائمة', 'لائحة', 'ليستة', 'ليست', 'كشف', 'جدول'))} ${alt(nouns('أسعار', 'سعر'))}`, strength: 0.7 },
  { id: 'quotation.price_list_en', type: 'intent.quotation', pattern: 'price list', strength: 0.7 },
  { id: 'quotation.rfq', type: 'intent.quotation', pattern: alt(nouns('rfq', 'rfqs')), strength: 0.8, notAfter: RFQ_REFERENCE_WORDS },
  { id: 'quotation.best_price', type: 'intent.quotation', pattern: `${alt(withConjunctions(['أفضل', 'أحسن', 'أقل', 'أرخص', 'آخر', 'best', 'lowest']))} ${alt(PRICE, QUOTE)}`, strength: 0.8 },
  // "على حسب السعر النهائي" (depending on the final price) asks nothing, so a question or a please must follow.
  ...asked('quotation.final_price', 'intent.quotation', `${PRICE} ${alt(adjectives('نهائي', 'أخير', 'خاص'), 'الأفضل|الأقل|الأحسن')}`, 0.8),
  { id: 'quotation.incoterm_price', type: 'intent.quotation', pattern: `${PRICE} ?ال ?الـ fob|cif|cfr|exw|ddp|dap|cnf|c&f`, strength: 0.6 },
  { id: 'quotation.incoterm_price_en', type: 'intent.quotation', pattern: 'fob|cif|cfr|exw|ddp|dap|cnf|c&f price|prices|quote|quotation|rate|سعر|السعر', strength: 0.6 },
  // A count with a unit: "سعر 5000 قطعة" requests a price, "السعر 5 آلاف دولار" states one,
  // and "بسعر 2.5" names the buyer's own offer.
  { id: 'quotation.price_for_quantity', type: 'intent.quotation', pattern: `${alt(PRICE.split('|').filter((w) => !/^و?ب/.test(w)))} ?لـ ?ل ?لكل # ?${alt('ألف|آلاف')} ${UNIT}`, strength: 0.6 },
  { id: 'quotation.quote_en', type: 'intent.quotation', pattern: 'please|kindly|pls|plz quote', strength: 0.85 },

  // intent.urgency
  { id: 'urgency.urgent', type: 'intent.urgency', pattern: alt(adjectives('عاجل', 'مستعجل'), 'asap|urgent|urgently|rush|فورا|حالا|استعجال|بالاستعجال|مستعجلون'), strength: 0.9 },
  { id: 'urgency.necessary', type: 'intent.urgency', pattern: alt(withConjunctions(['ضروري', 'ضروريا'])), strength: 0.55 },
  { id: 'urgency.as_soon_as_possible', type: 'intent.urgency', pattern: `${alt(withConjunctions(['بأسرع', 'بأقرب', 'أسرع', 'أقرب', 'بأقصى']))} ${alt('وقت|فرصة|سرعة|ما')}`, strength: 0.9 },
  { id: 'urgency.on_urgent_basis', type: 'intent.urgency', pattern: `على ${alt('وجه|جناح')} ${alt('السرعة|الاستعجال')}`, strength: 0.9 },
  { id: 'urgency.by_today', type: 'intent.urgency', pattern: `${BEFORE} ?${alt(nouns('نهاية', 'آخر'))} ${TODAY_TOMORROW}`, strength: 0.85 },
  // Today or tomorrow is time pressure only with a request to the seller: "ابعتلي الـ PI النهارده",
  // not in a report ("حولنا العربون اليوم") or a promise ("بكرة بحول العربون").
  { id: 'urgency.request_today', type: 'intent.urgency', pattern: `${REQUEST} .. ${TODAY_TOMORROW}`, strength: 0.6 },
  { id: 'urgency.today_request', type: 'intent.urgency', pattern: `${TODAY_TOMORROW} .. ${REQUEST}`, strength: 0.6 },
  { id: 'urgency.deadline', type: 'intent.urgency', pattern: alt(nouns('ديدلاين', 'deadline')), strength: 0.7 },
  { id: 'urgency.last_date', type: 'intent.urgency', pattern: `${alt('الموعد|موعد|آخر|أقصى')} ${alt('النهائي|نهائي|موعد|مهلة|تاريخ')}`, strength: 0.7 },
  { id: 'urgency.need_quickly', type: 'intent.urgency', pattern: `${WANT} .. ${QUICKLY}`, strength: 0.7 },
  { id: 'urgency.reply_fast', type: 'intent.urgency', pattern: `${REPLY_VERB} .. ${QUICKLY}`, strength: 0.7 },
  { id: 'urgency.hurry', type: 'intent.urgency', pattern: alt(withConjunctions(['بسرعة', 'hurry', 'نستعجلكم', 'استعجلوا', 'استعجل'])), strength: 0.65 },
  { id: 'urgency.running_out', type: 'intent.urgency', pattern: `${alt(nouns('مخزون', 'ستوك', 'stock', 'بضاعة'))} .. ${alt(withConjunctions(['نفد', 'نفذ', 'خلص', 'خلصت', 'قليل', 'ينفد', 'ينفذ', 'يخلص', 'قرب', 'قارب', 'انتهى', 'ينتهي', 'شارف']))}`, strength: 0.6 },
  { id: 'urgency.ran_out', type: 'intent.urgency', pattern: `${alt(withConjunctions(['نفد', 'نفذ', 'خلص', 'خلصت', 'نفاد', 'نفاذ']))} ${alt(nouns('مخزون', 'ستوك', 'stock', 'بضاعة'))}`, strength: 0.6 },
  { id: 'urgency.no_later_than', type: 'intent.urgency', pattern: `${alt('في|ب')} ?موعد ${alt('أقصاه|لا|أقصى')}`, strength: 0.8, negatable: false },
  { id: 'urgency.at_most', type: 'intent.urgency', pattern: `${alt('لا|ما|ماي')} ${alt('يتجاوز|يتعدى|تتجاوز|تتعدى|يتأخر|تتأخر')}`, strength: 0.6, negatable: false },
  { id: 'urgency.any_update', type: 'intent.urgency', pattern: `${alt(withConjunctions(['أي', 'هل']))} ?في ${NEWS}`, strength: 0.6 },
  // "في جديد؟" requests news but "في الرد" (in replying) does not, so no article form is listed here.
  { id: 'urgency.anything_new', type: 'intent.urgency', pattern: `${alt(withConjunctions(['في', 'فيه', 'فيش', 'فيي']))} ${alt('جديد|تحديث|تحديثات|أخبار|خبر|رد|مستجدات')}`, strength: 0.6 },
  { id: 'urgency.bare_question_marks', type: 'intent.urgency', pattern: '^ ??|???|????|?????', strength: 0.6 },
  { id: 'urgency.hello_question_marks', type: 'intent.urgency', pattern: `${alt('مرحبا|هلا|السلام|اخي|اخوي|صديقي|حبيبي|أستاذ|يا|رد|ردك|ردكم|الرد|جواب|الجواب|جديد|وين|فين|شو|ايش|hello|hi')} ??`, strength: 0.6 },
  { id: 'urgency.where_is_reply', type: 'intent.urgency', pattern: `${alt(withConjunctions(['وين', 'فين', 'أين']))} ${alt(nouns('رد', 'جواب', 'عرض', 'تسعيرة'))}`, strength: 0.6 },
  { id: 'urgency.customer_waiting', type: 'intent.urgency', pattern: `${CUSTOMER} ?${alt('كله|كلهم')} ${WAITING}`, strength: 0.6 },
  // Hours press the seller only in a request ("نحتاج الرد خلال ساعتين"), not in the buyer's own
  // promise ("أمر الشراء بيوصلكم خلال ساعة"). The unit is required, because "خلال 10 أيام" is a date.
  ...[`# ${HOURS}`, alt('ساعتين|ساعة|ساعه|ساعات'), `كم ${HOURS}`].map(
    (hours): SignalCue => ({ id: 'urgency.within_hours', type: 'intent.urgency', pattern: `${REQUEST} ... ${WITHIN} ${hours}`, strength: 0.8 }),
  ),
  { id: 'urgency.right_now', type: 'intent.urgency', pattern: `${alt(SEND, REPLY_VERB)} .. ${alt('الآن|الحين|هلق|هلأ|دلوقتي|دابا|توا|حالا|now')}`, strength: 0.7 },

  // intent.purchase
  // NOTE: a trial order ("نسوي طلبية تجريبية") also reads as purchase intent, besides a sample request.
  { id: 'purchase.place_order', type: 'intent.purchase', pattern: `${PLACE} .. ${alt(ORDER, nouns('أمر'), 'الطلب|طلبنا')}`, strength: 0.85 },
  { id: 'purchase.ready', type: 'intent.purchase', pattern: `${READY} .. ${TO_BUY}`, strength: 0.85 },
  { id: 'purchase.want_to_buy', type: 'intent.purchase', pattern: `${WANT} ?ان ?أن ${BUY_VERB}`, strength: 0.75 },
  { id: 'purchase.lets_proceed', type: 'intent.purchase', pattern: `${LETS} ${GO_ON}`, strength: 0.8 },
  // "اشحنوا على بركة الله" instructs the seller to go ahead, which is an order confirmation, so a bare
  // "على بركة الله" is not purchase intent.
  { id: 'purchase.trust_god', type: 'intent.purchase', pattern: `${alt(withConjunctions(['توكلنا', 'توكلت', 'نتوكل']))} على ${alt('الله|اللہ')}`, strength: 0.75 },
  { id: 'purchase.start_blessed', type: 'intent.purchase', pattern: `${GO_ON} على بركة ${alt('الله|اللہ')}`, strength: 0.75 },
  { id: 'purchase.go_ahead', type: 'intent.purchase', pattern: `${alt(withConjunctions(['نمضي', 'المضي', 'نتقدم', 'التقدم', 'نمشي', 'المشي', 'go']))} ${alt('قدما|للأمام|ahead|في|بالطلب|بالطلبية|بالصفقة')}`, strength: 0.75 },
  { id: 'purchase.will_take', type: 'intent.purchase', pattern: `${WILL_TAKE} ?ن ${alt('ناخذ|ناخد|نطلب|نشتري|نعتمد|نحجز|ناخدهم|ناخذهم|ناخذها|ناخدها')}`, strength: 0.75 },
  { id: 'purchase.will_order', type: 'intent.purchase', pattern: alt(withConjunctions(['سنطلب', 'سنشتري', 'سنأخذ', 'هنطلب', 'حنطلب', 'هناخد', 'حناخد', 'هنشتري', 'حنشتري', 'سنعتمد', 'سنحجز', 'سنستورد'])), strength: 0.7 },
  // Levantine and Egyptian "بنشتري منكم" is also habitual (we buy from you), so the ب forms need a count or an order.
  { id: 'purchase.will_order_count', type: 'intent.purchase', pattern: `${alt(withConjunctions(['بنطلب', 'بنشتري', 'بناخد', 'بناخذ']))} ?${alt('منكم|منك')} #`, strength: 0.7 },
  { id: 'purchase.will_order_count', type: 'intent.purchase', pattern: `${alt(withConjunctions(['بنطلب', 'بنشتري', 'بناخد', 'بناخذ']))} ?${alt('منكم|منك')} ${ORDER}`, strength: 0.7 },
  { id: 'purchase.reserve_count', type: 'intent.purchase', pattern: `${RESERVE} ?${alt('لنا|لي|لينا|ليا')} #`, strength: 0.75 },
  { id: 'purchase.grow_order', type: 'intent.purchase', pattern: `${WANT} ${alt(withConjunctions(['نضاعف', 'نزيد', 'نكبر', 'نرفع', 'نكرر', 'نعيد']))} ${alt(nouns('كمية', 'طلبية', 'طلب', 'أوردر', 'order'))}`, strength: 0.7 },
  { id: 'purchase.go_with_count', type: 'intent.purchase', pattern: `${WANT} ${alt('نمشي|نكمل|نعتمد')} ${alt('ب|بـ|على|مع')} #`, strength: 0.7 },
  { id: 'purchase.order_on_its_way', type: 'intent.purchase', pattern: `${alt(nouns('أمر'), ORDER)} ?${alt('الشراء|شراء')} ${alt(withConjunctions(['بيوصلكم', 'يوصلكم', 'هيوصلكم', 'حيوصلكم', 'سيصلكم', 'بيجيكم', 'بنرسله', 'سنرسله', 'هنبعته', 'بنبعته']))}`, strength: 0.75 },
  { id: 'purchase.will_sign', type: 'intent.purchase', pattern: alt(withConjunctions(['سأوقع', 'سنوقع', 'هوقع', 'هنوقع', 'حوقع', 'حنوقع', 'بوقع', 'بنوقع', 'نوقعه', 'نوقعها', 'أوقعه', 'أوقعها'])), strength: 0.7 },
  { id: 'purchase.interested_buying', type: 'intent.purchase', pattern: `${INTERESTED} ?في ?ب ${BUY_VERB}`, strength: 0.6 },
  { id: 'purchase.budget_approved', type: 'intent.purchase', pattern: `${alt(nouns('ميزانية', 'بدجت', 'budget'))} .. ${alt('تمت|تم|اعتمدت|معتمدة|جاهزة|approved|وافقت|انعتمدت|اتعتمدت')}`, strength: 0.7 },
  { id: 'purchase.approved_budget', type: 'intent.purchase', pattern: `${alt('تم|تمت')} ${alt('اعتماد|الموافقة')} ?على ${alt(nouns('ميزانية', 'شراء', 'صفقة', 'بدجت'))}`, strength: 0.7 },
  { id: 'purchase.management_approved', type: 'intent.purchase', pattern: `${alt(withConjunctions(['وافقت', 'وافق', 'وافقوا', 'اعتمدت', 'اعتمد', 'اعتمدوا', 'approved']))} على ${alt(nouns('ميزانية', 'شراء', 'صفقة', 'بدجت', 'طلبية', 'budget'))}`, strength: 0.7 },
  ...DEAL_PATTERNS.map((pattern): SignalCue => ({ id: 'purchase.deal', type: 'intent.purchase', pattern, strength: 0.85 })),
  ...AGREEMENT_DONE_PATTERNS.map((pattern): SignalCue => ({ id: 'purchase.agreement_done', type: 'intent.purchase', pattern, strength: 0.85 })),
  { id: 'purchase.accept_offer', type: 'intent.purchase', pattern: `${ACCEPT} .. ${OFFER}`, strength: 0.8 },
  // Wanting or taking a count now: "نبي ٥٠٠ كرتون", "بدي ١٠٠٠ قطعة", "ناخد 200 لفة", "غادي ناخدو 1000 متر".
  // Not in a question: "نبي 500 كرتون، كم السعر؟" is a price request.
  { id: 'purchase.want_count', type: 'intent.purchase', pattern: `${WANTS_COUNT} ?${COUNT_FILLER} ${COUNT} ${ORDER_UNIT}`, strength: 0.7, statementOnly: true, notBefore: PER_PERIOD, cancelledBy: HEDGES },
  { id: 'purchase.take_count', type: 'intent.purchase', pattern: `${WE_TAKE} ?${COUNT_FILLER} ?ال ${COUNT} ${ORDER_UNIT}`, strength: 0.75, statementOnly: true, notBefore: PER_PERIOD, cancelledBy: [...HEDGES, ...ASKING] },
  { id: 'purchase.will_take_count', type: 'intent.purchase', pattern: `${WILL_TAKE_NOW} ?${COUNT_FILLER} ?ال #`, strength: 0.7, statementOnly: true, cancelledBy: HEDGES },
  // The whole lot, or as much as possible: "بدنا الكمية كلها", "ناخذ كل الموجود", "ابيها كلها".
  { id: 'purchase.take_all', type: 'intent.purchase', pattern: `${alt(WE_TAKE, BUYER_WANTS)} ${alt('الكمية|كل|أكبر|اكبر')} ${alt('كلها|كاملة|اللي|الكمية|كمية|الموجود|المخزون|الستوك')}`, strength: 0.7 },
  { id: 'purchase.take_all', type: 'intent.purchase', pattern: `${alt(withConjunctions(['ابيها', 'نبيها', 'ابغاها', 'نبغاها', 'بدي', 'بدنا', 'عايزها', 'عايزينها', 'ابيهم', 'نبيهم', 'ناخدها', 'ناخذها', 'آخذها', 'هاخدها']))} ?${alt('ياها|ياهم|ياهن')} ${alt('كلها|كلهم|كلهن|كله')}`, strength: 0.7 },
  // A repeat order: "نكرر الطلب", "نرغب بتكرار الطلبية", Maghrebi "نعاودو نفس الكمية".
  { id: 'purchase.repeat_order', type: 'intent.purchase', pattern: `${REPEAT} ${ANY_ORDER}`, strength: 0.75 },
  { id: 'purchase.repeat_order', type: 'intent.purchase', pattern: `${REPEAT} ?${alt(ANY_ORDER, WE_TAKE)} نفس ${SAME_ORDER}`, strength: 0.75 },
  // An order by reference, opening a sentence: "نفس الطلبية اللي قبل، بس بلون ثاني".
  { id: 'purchase.repeat_order', type: 'intent.purchase', pattern: `^ نفس ${ANY_ORDER}`, strength: 0.65 },
  { id: 'purchase.same_again', type: 'intent.purchase', pattern: `${alt(BUYER_WANTS, PREPARE_ORDER, SHIP_TO_US)} ?${FOR_US} نفس ${SAME_ORDER}`, strength: 0.7 },
  // Asking the seller to prepare or book an order or a count: "جهزلي أول طلبية", "ثبت ٥٠ طن", "دز ٣ حاويات".
  { id: 'purchase.prepare_order', type: 'intent.purchase', pattern: `${PREPARE_ORDER} ?${FOR_US} ?${alt('أول|اول')} ${alt(ANY_ORDER, nouns('دفعة'), 'الكمية')}`, strength: 0.7 },
  { id: 'purchase.prepare_count', type: 'intent.purchase', pattern: `${alt(PREPARE_ORDER, SHIP_TO_US)} ?${FOR_US} ${COUNT} ${ORDER_UNIT}`, strength: 0.7 },
  // Booking needs no unit: "ثبّت لنا 3x40HQ". Not "جهزلي 3 عينات".
  { id: 'purchase.prepare_count', type: 'intent.purchase', pattern: `${PREPARE_ORDER} ?${FOR_US} #`, strength: 0.65, notBefore: [...NOT_AN_ORDER, ...PER_PERIOD] },
  // Adding to an order: "ضيف على الطلبية ١٥٠ كرتون", "زيد اللون الرمادي ٤٠٠ قطعة".
  { id: 'purchase.add_to_order', type: 'intent.purchase', pattern: `${alt(withConjunctions(['ضيف', 'ضيفوا', 'ضيفو', 'ضيفلي', 'ضيفلنا', 'زيد', 'زيدوا', 'زيدو', 'زيدلي', 'زود', 'زودوا', 'أضف', 'اضف', 'أضيفوا', 'اضيفوا']))} .. ${COUNT} ${ORDER_UNIT}`, strength: 0.65 },
  // A proforma for a count is an order in the making: "ابعتلي الـ PI لـ ١٥٠٠ علبة", "جهزوا البروفورما على 2500 قطعة".
  { id: 'purchase.proforma_for_count', type: 'intent.purchase', pattern: `${alt(nouns('بروفورما', 'بروفرما', 'proforma', 'pi', 'عقد', 'invoice', 'فاتورة'), 'المبدئية|مبدئية|الأولية')} ?${alt('على|ل|ب|بال|لل|عل|لكمية|بكمية|للكمية|بالكمية|بتاعة')} ${COUNT} ${ORDER_UNIT}`, strength: 0.7 },
  // An order sent or placed later: "هبعتلكم الـ PO الخميس", "راح ندز طلبية ثانية", "نديرو الكوموند".
  // Not a trial order ("ندير طلبية تجريبية"), which writers read as a sample request, nor the
  // order form of an order already confirmed ("البون ديال الكوموند").
  {
    id: 'purchase.will_send_order',
    type: 'intent.purchase',
    pattern: `${WE_SEND_ORDER} ?${alt('لكم|لك|ليكم|ليك')} .. ${SENT_ORDER}`,
    strength: 0.7,
    notBefore: ['رقم', 'تجريبية', 'تجريبي', 'مختوم', 'مختومة', 'موقع', 'موقعة'],
    cancelledBy: [...HEDGES, 'البون', 'بون', 'المواصفات', 'مواصفات'],
  },
  { id: 'purchase.ready_to_issue', type: 'intent.purchase', pattern: `${WE_WILL} .. ${ISSUE} .. ${alt(nouns('أمر', 'عقد', 'اتفاقية'), ORDER)}`, strength: 0.8 },
  // Locking the deal: "نقفل معك ٣٠٠ طن", "نسكرها اليوم", "نقفل الصفقة".
  { id: 'purchase.lock_in', type: 'intent.purchase', pattern: `${LOCK} ${alt(WITH_YOU, DEAL)}`, strength: 0.75 },
  { id: 'purchase.lock_in', type: 'intent.purchase', pattern: `${LOCK} #`, strength: 0.75 },
  { id: 'purchase.lock_in', type: 'intent.purchase', pattern: LOCK_IT, strength: 0.7 },
  { id: 'purchase.close_deal', type: 'intent.purchase', pattern: `${alt(withConjunctions(['نتمم', 'نعقد', 'نبرم', 'نكمل', 'نمشي', 'close']))} ${alt(nouns('صفقة', 'ديل', 'deal'))}`, strength: 0.75 },
  // "اعتبر الطلب مؤكد", "اعتبرها ماشية": consider it done.
  { id: 'purchase.consider_done', type: 'intent.purchase', pattern: `${alt(withConjunctions(['اعتبر', 'اعتبرها', 'اعتبره', 'اعتبروها', 'اعتبروه', 'اعتبري']))} ?${alt(ANY_ORDER, 'الموضوع|الصفقة')} ${alt(adjectives('مؤكد', 'ماشي', 'منتهي', 'مقفول', 'محسوم', 'مضمون'), 'تمام|خلاص|تم|done')}`, strength: 0.75 },
  // The deposit sent soon, or the money ready: "بحوّل العربون", "ونحوّل اليوم", "الفلوس جاهزة".
  { id: 'purchase.will_transfer', type: 'intent.purchase', pattern: `${WILL_TRANSFER} ?${alt('لك|لكم|ليك|ليكم')} ${alt(DEPOSIT_MONEY, RIGHT_AWAY)}`, strength: 0.7, notBefore: LATER_INSTALMENT },
  { id: 'purchase.will_transfer', type: 'intent.purchase', pattern: `${WILL_TRANSFER} ?${alt('لك|لكم|ليك|ليكم')} على طول`, strength: 0.7 },
  // "ابعتلي الفاتورة عشان أحول": a proforma asked for so the buyer can pay.
  { id: 'purchase.will_transfer', type: 'intent.purchase', pattern: `${alt(withConjunctions(['عشان', 'علشان', 'حتى', 'باش', 'لكي', 'كي', 'مشان', 'لحتى']))} ?${alt('ألحق|الحق|نلحق|نقدر|أقدر|اقدر')} ${WILL_TRANSFER}`, strength: 0.65 },
  // The transfer in the passive: "العربون هيتحول الأحد", "سيتم سداد العربون".
  { id: 'purchase.will_transfer', type: 'intent.purchase', pattern: alt(withConjunctions(['هيتحول', 'حيتحول', 'هتتحول', 'حتتحول', 'بيتحول', 'بتتحول', 'سيحول', 'ستحول'])), strength: 0.65, notBefore: LATER_INSTALMENT },
  { id: 'purchase.will_transfer', type: 'intent.purchase', pattern: `${alt(withConjunctions(['سيتم', 'راح', 'رح', 'ح', 'بيتم', 'هيتم']))} ?يتم ${alt('تحويل|دفع|سداد')} ?ال ${DEPOSIT_MONEY}`, strength: 0.65, notBefore: LATER_INSTALMENT },
  { id: 'purchase.money_ready', type: 'intent.purchase', pattern: `${alt(nouns('فلوس', 'مبلغ', 'عربون', 'قروش', 'مصاري', 'كاش'))} ${alt(adjectives('جاهز'))}`, strength: 0.65 },
  // Wanting to confirm or start: "نبغى نثبت الطلبية", "عايزين نبدأ", "بدنا نكمّل على طول".
  { id: 'purchase.want_to_confirm', type: 'intent.purchase', pattern: `${BUYER_WANTS} ?ان ?أن ${alt(withConjunctions(['نثبت', 'نأكد', 'نؤكد', 'نقفل', 'نسكر', 'نوقع', 'نعتمد', 'أثبت', 'أأكد', 'اعتمد']), WE_START)}`, strength: 0.7, notBefore: NOT_AN_ORDER },
  { id: 'purchase.want_to_confirm', type: 'intent.purchase', pattern: `${BUYER_WANTS} ?ان ?أن ${alt(withConjunctions(['نكمل', 'نمشي', 'أكمل', 'كمل']))} ${alt(RIGHT_AWAY, 'على|معكم|معاكم|معك|بالطلب|بالطلبية|فيها')}`, strength: 0.7 },
  // Starting with a first order or a count: "نبدأ بالطلبية الأولى", "بنبدأ بـ ٤ آلاف حبة", "نبدأ فوراً".
  // "ممكن نبدأ بـ 500؟" proposes a smaller order instead (negotiation openness), so a "can" before it cancels the cue.
  { id: 'purchase.start_with', type: 'intent.purchase', pattern: `${WE_START} ${START_WITH}`, strength: 0.7, statementOnly: true, cancelledBy: ASKING },
  { id: 'purchase.start_with', type: 'intent.purchase', pattern: `${WE_START} ?${alt('ب|بـ')} ${COUNT} ${ORDER_UNIT}`, strength: 0.7, statementOnly: true, cancelledBy: ASKING },
  { id: 'purchase.start_with', type: 'intent.purchase', pattern: `${WE_START} ${RIGHT_AWAY}`, strength: 0.65, statementOnly: true, cancelledBy: ASKING },
  { id: 'purchase.start_with', type: 'intent.purchase', pattern: `${WE_START} على طول`, strength: 0.65, statementOnly: true, cancelledBy: ASKING },
  // Going on with the deal: "نمشي على ٨ آلاف قطعة", "منمشي فيها", "نمشي بسعرك". A closing "نمشي." too.
  { id: 'purchase.go_on', type: 'intent.purchase', pattern: `${WE_GO} ${GO_ON_WHAT}`, strength: 0.65, statementOnly: true, cancelledBy: HEDGES },
  ...['.', '!'].map((mark): SignalCue => ({ id: 'purchase.go_on', type: 'intent.purchase', pattern: `${alt(WE_GO, WE_START, 'ماشيين|ماشين')} ${mark}`, strength: 0.65 })),
  // After a comma, often the last word of the message: "السعر صار منيح، منمشي". Not "نمشي مع" (with someone else).
  { id: 'purchase.go_on', type: 'intent.purchase', pattern: `, ${alt(WE_GO, 'ماشيين|منبلش|بنبلش')}`, strength: 0.6, notBefore: ['مع', 'عن', 'لغيركم', 'لمورد'] },
  // Ordering or taking right away: "بنطلب فوراً", "ناخذ اليوم".
  { id: 'purchase.take_now', type: 'intent.purchase', pattern: `${WE_TAKE} ${RIGHT_AWAY}`, strength: 0.65, notBefore: NOT_AN_ORDER, cancelledBy: HEDGES },
  // Going ahead at a price: "كملوا على 1.85 دولار للقطعة".
  { id: 'purchase.go_on_at', type: 'intent.purchase', pattern: `${alt(withConjunctions(['كملوا', 'كمل', 'امشوا', 'امشي', 'اعتمدوا', 'اعتمد']))} ${alt('على|ب|بـ')} #`, strength: 0.65 },
  // "خلونا نثبت الطلبية", "يلا نسكرها": let us lock it in.
  { id: 'purchase.lets_lock', type: 'intent.purchase', pattern: `${LETS} ${alt(LOCK, LOCK_IT, withConjunctions(['نثبت', 'نعتمد', 'نأكد', 'نوقع', 'نخلص', 'نحرك', 'نثبتها', 'نأكدها']))}`, strength: 0.75 },
  // Signing soon: "نوقع العقد الأحد", "منوقّع", Maghrebi "نسينيو".
  { id: 'purchase.sign_soon', type: 'intent.purchase', pattern: `${WE_SIGN} ${SIGN_WHAT}`, strength: 0.7, statementOnly: true },
  { id: 'purchase.sign_soon', type: 'intent.purchase', pattern: alt(withConjunctions(['نسينيو', 'نسينيوا', 'منوقع'])), strength: 0.65, statementOnly: true },
  { id: 'purchase.sign_soon', type: 'intent.purchase', pattern: `${alt(withConjunctions(['نعمل', 'نسوي', 'نبرم', 'نعقد', 'منعمل', 'بنعمل', 'هنعمل']))} ${alt(nouns('عقد', 'كونطرا', 'contract'))}`, strength: 0.65, statementOnly: true },
  // The offer approved: "اعتمدنا العرض", "نفيدكم بموافقتنا على عرض السعر", "باعتماد عرضكم".
  { id: 'purchase.offer_approved', type: 'intent.purchase', pattern: `${alt(withConjunctions(['اعتمدنا', 'نعتمد', 'بنعتمد', 'منعتمد', 'سنعتمد', 'باعتماد', 'موافقتنا', 'بموافقتنا', 'قبولنا', 'بقبولنا']))} ?على ${alt(nouns('عرض'))}`, strength: 0.75 },
  // Doubling or growing the next order: "بدنا دبل الكمية", "بمضاعفة الطلبية", "نزيد الكمية".
  { id: 'purchase.double_order', type: 'intent.purchase', pattern: `${alt(withConjunctions(['ضعف', 'دبل', 'مضاعفة', 'بمضاعفة', 'نضاعف', 'ضاعف', 'منضاعف', 'بنضاعف', 'ضعفين']))} ${alt(SAME_ORDER, 'الكميه')}`, strength: 0.7 },
  { id: 'purchase.double_order', type: 'intent.purchase', pattern: `${BUYER_WANTS} ${alt('ضعفها|ضعفه|ضعف|دبل|ضعفين')}`, strength: 0.7 },
  { id: 'purchase.grow_quantity', type: 'intent.purchase', pattern: `${alt(withConjunctions(['نزيد', 'نزيدو', 'منزيد', 'بنزيد', 'هنزيد', 'سنزيد', 'نرفع', 'بنرفع', 'منرفع', 'سنرفع', 'نكبر', 'زيادة', 'بزيادة']))} ?في ${alt(nouns('كمية', 'طلبية'), 'فالكمية|فالطلبية|فالكوموند|الكوموند|الطلب')}`, strength: 0.6, statementOnly: true },
  // A purchase on a condition: "إذا توصل 610 نقفل معك ٣٠٠ طن", "لو تنزل شوي نطلب اليوم", "إلا نقصتو لـ 3,50 ناخدو 5.000 متر".
  {
    id: 'purchase.conditional',
    type: 'intent.purchase',
    pattern: `${IF} _ ... ?, ${IF_WE_COMMIT}`,
    strength: 0.65,
    statementOnly: true,
    notBefore: NOT_AN_ORDER,
    // "لو فيه مجال تنزلون شوي نقدر نمشي" offers a way forward (negotiation openness), and "إذا خلصت
    // الكمية قبل الصيف نطلب" waits on the market: neither commits to the purchase.
    cancelledBy: [...HEDGES, 'نقدر', 'نقدرو', 'نقدروا', 'بنقدر', 'منقدر', 'يمكننا', 'نستطيع', 'بدك', 'بدكم', 'تبون', 'تبغون', 'خلصت', 'مشت', 'مشي', 'نجحت', 'يسال', 'يسأل'],
  },
];
