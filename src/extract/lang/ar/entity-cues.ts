/**
 * Arabic entity cues: unit words, currency words, number words, payment
 * terms and places. The English tables are included too, because Arabic
 * buyers write "pcs", "40HQ", "USD" and "T/T" in Arabic sentences.
 *
 * These tables become regular expressions over the original text, so a few
 * spellings that differ only in tanween or hamza are listed where buyers
 * commonly write both.
 */
import { normalizeWord } from '../../text/normalize.js';
import { EN_ENTITIES } from '../en/entity-cues.js';
import type { EntityCues } from '../types.js';
import { nounForms } from './forms.js';
import { AR_PLACE_FRAMES } from './place-frames.js';
import { AR_LATIN_PLACE_NAMES, AR_PLACES } from './places.js';

/** Maps every word to one value. */
function all<T>(words: string[], value: T): Record<string, T> {
  return Object.fromEntries(words.map((word) => [word, value]));
}

const UNITS: Record<string, string> = {
  ...EN_ENTITIES.units,
  ...all(['قطعة', 'قطع', 'حبة', 'حبات', 'حبايات', 'وحدة', 'وحدات'], 'pcs'),
  ...all(['طقم', 'أطقم', 'طقما', 'سيت', 'مجموعة', 'مجموعات'], 'sets'),
  ...all(['كيلو', 'كيلوغرام', 'كيلوجرام', 'كيلوغرامات', 'كيلوجرامات', 'كغ', 'كجم', 'كلغ', 'كيلوات'], 'kg'),
  ...all(['طن', 'أطنان', 'طنا', 'طن متري'], 'tons'),
  ...all(['متر', 'أمتار', 'مترا', 'متر طولي'], 'm'),
  ...all(['متر مربع', 'أمتار مربعة', 'مترا مربعا', 'م2', 'م²', 'متر٢'], 'm2'),
  ...all(['صندوق', 'صناديق', 'علبة', 'علب', 'بوكس'], 'boxes'),
  ...all(['لفة', 'لفات', 'رول', 'رولات', 'رولة'], 'rolls'),
  ...all(['زوج', 'أزواج', 'جوز', 'زوز'], 'pairs'),
  ...all(['لتر', 'لترات', 'ليتر', 'ليترات', 'لترا'], 'liters'),
  // Maghrebi buyers write "كرطونة".
  ...all(['كرتون', 'كراتين', 'كرتونة', 'كارتون', 'كارتونة', 'كرتونات', 'كرطون', 'كرطونة', 'كراطن', 'كراطين'], 'cartons'),
  ...all(['كيس', 'أكياس', 'شوال', 'شوالات', 'شيكارة', 'شكارة', 'خنشة', 'خناشي', 'خنشات'], 'bags'),
  ...all(['طبلية', 'طبليات', 'طبالي', 'باليت', 'باليتات', 'بالتة', 'بالتات'], 'pallets'),
  ...all(['برميل', 'براميل'], 'drums'),
  ...all(['زجاجة', 'زجاجات', 'قنينة', 'قناني', 'عبوة', 'عبوات', 'قزازة', 'قزايز', 'قارورة', 'قوارير'], 'bottles'),
  ...all(['لوح', 'ألواح', 'شيت', 'شيتات'], 'sheets'),
  ...all(['دزينة', 'دستة', 'درزن', 'درزينة'], 'dozen'),
  ...all(['حاوية', 'حاويات', 'كونتينر', 'كونتينرات', 'كونتينار'], 'containers'),
  ...all(['حاوية 20 قدم', 'حاويات 20 قدم', 'كونتينر 20 قدم', 'كونتينر 20', 'حاوية 20', '20 قدم'], 'containers_20ft'),
  ...all(['حاوية 40 قدم', 'حاويات 40 قدم', 'كونتينر 40 قدم', 'كونتينر 40', 'حاوية 40', '40 قدم'], 'containers_40ft'),
  ...all(['حاوية 40 هاي كيوب', 'حاويات 40 هاي كيوب', 'كونتينر 40 هاي كيوب', '40 هاي كيوب', 'حاوية 40 hq', 'كونتينر 40 hq', 'حاوية 40hq', 'كونتينر 40hq', 'حاويات 40hq'], 'containers_40hq'),
};

const PER_UNIT: Record<string, string> = {
  ...EN_ENTITIES.perUnit,
  ...all(['قطعة', 'حبة', 'وحدة'], 'pcs'),
  طقم: 'sets', كيلو: 'kg', كغ: 'kg', كجم: 'kg', طن: 'tons', متر: 'm', م2: 'm2', 'متر مربع': 'm2', كرتون: 'cartons',
  كرتونة: 'cartons', صندوق: 'boxes', علبة: 'boxes', لفة: 'rolls', زوج: 'pairs', لتر: 'liters', حاوية: 'containers',
  دزينة: 'dozen', كيس: 'bags', طبلية: 'pallets', برميل: 'drums', عبوة: 'bottles', لوح: 'sheets',
  باليت: 'pallets', بالتة: 'pallets', كرطونة: 'cartons', خنشة: 'bags',
  // The basis glued to ل, right after the currency: "46 دينار للمتر المربع", "120 دولار للطن".
  // They need the empty per-word below, because no separate "per" word is written before them.
  'للمتر المربع': 'm2', للمتر: 'm', للطن: 'tons', للكيلو: 'kg', للكرتون: 'cartons', للكرتونة: 'cartons',
  للكارتون: 'cartons', للطقم: 'sets', للتر: 'liters', للباليت: 'pallets', للطبلية: 'pallets', للكيس: 'bags',
  للعلبة: 'boxes', للصندوق: 'boxes', للدزينة: 'dozen', للحاوية: 'containers', للكونتينر: 'containers', للزوج: 'pairs',
};

const CURRENCY_WORDS: Record<string, string> = {
  ...EN_ENTITIES.currencyWords,
  ...all(['دولار', 'دولارات', 'دولارا', 'دولار أمريكي', 'دولار أميركي'], 'USD'),
  ...all(['يورو', 'اليورو'], 'EUR'),
  ...all(['ريال', 'ريالات', 'ريالا', 'ريال سعودي', 'ر.س'], 'SAR'),
  ...all(['ريال قطري', 'ر.ق'], 'QAR'),
  ...all(['ريال عماني', 'ر.ع'], 'OMR'),
  ...all(['درهم', 'دراهم', 'درهما', 'درهم إماراتي', 'د.إ'], 'AED'),
  ...all(['درهم مغربي', 'دراهم مغربية'], 'MAD'),
  ...all(['جنيه', 'جنيها', 'جنيهات', 'جنيه مصري', 'ج.م'], 'EGP'),
  ...all(['جنيه إسترليني', 'إسترليني'], 'GBP'),
  ...all(['دينار كويتي', 'د.ك'], 'KWD'),
  ...all(['دينار أردني'], 'JOD'),
  ...all(['دينار بحريني', 'د.ب'], 'BHD'),
  ...all(['دينار عراقي'], 'IQD'),
  ...all(['دينار جزائري', 'د.ج'], 'DZD'),
  ...all(['دينار تونسي', 'د.ت'], 'TND'),
  ...all(['دينار ليبي'], 'LYD'),
  ...all(['ليرة تركية', 'ليرة تركي'], 'TRY'),
  ...all(['ليرة لبنانية'], 'LBP'),
  ...all(['يوان', 'رنمينبي', 'يوان صيني'], 'CNY'),
  ...all(['روبية'], 'INR'),
};

const NUMBER_WORDS: Record<string, number> = {
  ...EN_ENTITIES.numberWords,
  ...all(['واحد', 'واحدة'], 1),
  ...all(['اثنين', 'اثنان', 'اتنين', 'ثنتين', 'اثنتين'], 2),
  ...all(['ثلاث', 'ثلاثة', 'تلات', 'تلاتة'], 3),
  ...all(['أربع', 'أربعة'], 4),
  ...all(['خمس', 'خمسة'], 5),
  ...all(['ست', 'ستة'], 6),
  ...all(['سبع', 'سبعة'], 7),
  ...all(['ثماني', 'ثمانية', 'تمن', 'تمانية', 'ثمان'], 8),
  ...all(['تسع', 'تسعة'], 9),
  ...all(['عشر', 'عشرة'], 10),
  ...all(['أحد عشر', 'احداشر', 'حداشر'], 11),
  ...all(['اثنا عشر', 'اثني عشر', 'اطناشر', 'اتناشر'], 12),
  ...all(['خمسة عشر', 'خمس عشرة', 'خمستاشر', 'خمسطاشر'], 15),
  ...all(['عشرين', 'عشرون'], 20),
  ...all(['ثلاثين', 'ثلاثون', 'تلاتين'], 30),
  ...all(['أربعين', 'أربعون'], 40),
  ...all(['خمسين', 'خمسون'], 50),
  ...all(['ستين', 'ستون'], 60),
  ...all(['تسعين', 'تسعون'], 90),
  ...all(['مية', 'مئة', 'مائة'], 100),
  ...all(['ميتين', 'مئتين', 'مائتين', 'مئتان'], 200),
  ...all(['خمسمية', 'خمسمائة', 'خمسمئة'], 500),
  ...all(['ألف'], 1000),
  ...all(['ألفين', 'ألفان'], 2000),
};

const DURATION_UNITS: Record<string, number> = {
  ...EN_ENTITIES.durationUnits,
  ...all(['يوم', 'أيام', 'يوما', 'يوم عمل', 'أيام عمل', 'يوم تقويمي'], 1),
  ...all(['أسبوع', 'أسابيع', 'أسبوعا'], 7),
  ...all(['شهر', 'أشهر', 'شهور', 'شهرا'], 30),
};

/** Arabic entity cues. */
export const AR_ENTITIES: EntityCues = {
  numberPrefixes: ['ب', 'و', 'وب', 'ل'],
  basisWords: { للطن: 'tons', للكيلو: 'kg', للمتر: 'm', للكرتون: 'cartons', للصندوق: 'boxes', للقطعة: 'pcs', للحبة: 'pcs' },
  units: UNITS,
  perUnit: PER_UNIT,
  eachWords: [
    ...EN_ENTITIES.eachWords, 'للقطعة', 'للحبة', 'الحبة', 'القطعة', 'للوحدة',
    'للوحده', 'الواحدة', 'للواحدة', 'لكل قطعة', 'لكل حبة', 'لكل وحدة', 'لكل واحدة',
  ],
  // The empty word lets a ل-glued basis follow the currency directly (see PER_UNIT).
  perWords: [...EN_ENTITIES.perWords, 'لكل', 'كل', 'ل', ''],
  currencyWords: CURRENCY_WORDS,
  magnitudes: { ...EN_ENTITIES.magnitudes, ألف: 1_000, الف: 1_000, آلاف: 1_000, الاف: 1_000, ألاف: 1_000, مليون: 1_000_000, ملايين: 1_000_000 },
  rangeWords: ['إلى', 'لغاية', 'حتى', 'لين', 'to'],
  numberWords: NUMBER_WORDS,
  durationUnits: DURATION_UNITS,
  incotermPlaceStopWords: [
    ...EN_ENTITIES.incotermPlaceStopWords, 'سعر', 'السعر', 'بسعر', 'أو', 'و', 'إلى', 'من', 'في', 'على', 'مع', 'ل',
    'يرجى', 'ميناء', 'شحن', 'الشحن', 'تسليم', 'التسليم', 'لو', 'إذا', 'كم', 'بكم',
  ],
  portIntroducers: [
    ...EN_ENTITIES.portIntroducers, 'ميناء', 'بميناء', 'لميناء', 'إلى ميناء', 'ميناء الوصول', 'ميناء التفريغ',
    'ميناء الشحن', 'ميناء التحميل', 'ميناء الوجهة', 'مرفأ', 'مرفأ الوصول',
  ],
  modelIntroducers: [
    ...EN_ENTITIES.modelIntroducers, 'موديل', 'الموديل', 'موديل رقم', 'الموديل رقم', 'كود رقم', 'الصنف رقم', 'رقم الموديل', 'طراز', 'الطراز', 'كود', 'الكود', 'كود المنتج',
    'رمز المنتج', 'رقم الصنف', 'صنف', 'الصنف', 'رقم القطعة', 'رقم المنتج', 'موديلات',
  ],
  productLinkers: [...EN_ENTITIES.productLinkers, 'من'],
  // Words after a bare number that name no goods ("14 stores", "3 times").
  countStops: [
    ...(EN_ENTITIES.countStops ?? []), ...`
    شخص أشخاص اشخاص موظف موظفين عامل عمال عميل عملاء زبون زبائن فرع فروع محل محلات متجر متاجر فندق فنادق غرفة غرف
    طابق طوابق مدرسة مدارس مستشفى مستشفيات عيادة عيادات مطعم مطاعم دولة دول مدينة مدن سوق أسواق اسواق مرة مرات
    موديل موديلات لون ألوان الوان مقاس مقاسات تصميم تصاميم شحنة شحنات طلبية طلبيات طلب طلبات دفعة دفعات صورة صور
    صفحة صفحات نجوم نجمة درجة درجات بالمية بالمائة بالمئة في من إلى الى على مع عن أو او كل أكثر اكثر أقل اقل مورد
    موردين مصنع مصانع
    ساعة ساعات سنة سنوات سنين عام أعوام واط وات كيلوواط ميغاواط ملم مم سم إنش انش أمبير فولت حصان أونصة اونصة جرام غرام طبقة طبقات نقطة نقاط نوع أنواع انواع خيار خيارات
    ليلة ليالي بوصة مبنى مباني بناية بنايات منزل منازل بيت بيوت شقة شقق موسم مواسم منتج منتجات مسجد مساجد حسب كما ظهرا صباحا مساء
  `
      .trim()
      .split(/\s+/),
  ],
  productStopWords: [
    ...EN_ENTITIES.productStopWords, 'بسعر', 'سعر', 'ب', 'في', 'على', 'مع', 'إلى', 'من', 'و', 'أو', 'حسب', 'شحن',
    'يرجى', 'لو', 'إذا', 'فقط', 'بس', 'كل', 'لكل', 'قبل', 'بعد', 'خلال', 'عن', 'هل', 'نحتاج', 'مقاس', 'لون', 'موديل',
    'للشحن', 'cif', 'fob', 'ضروري', 'عاجل', 'لو', 'يا', 'ممكن', 'الى', 'لنا', 'لي', 'عندكم', 'متوفر', 'متوفرة',
  ],
  // Normalized like token norms: the context regex runs over the folded text.
  certificationContext: [
    ...EN_ENTITIES.certificationContext,
    ...new Set(['شهادة', 'شهادات', 'ترخيص', 'مطابقة', 'علامة', 'تسجيل'].flatMap(nounForms).map(normalizeWord)),
    'معتمد', 'معتمده', 'اعتماد', 'مسجل', 'مسجله',
  ],
  places: AR_PLACES,
  latinPlaceNames: AR_LATIN_PLACE_NAMES,
  placeFrames: AR_PLACE_FRAMES,
  // Compared with token norms, which are folded ("الدفعة" → "الدفعه").
  paymentTermStarts: [
    ...EN_ENTITIES.paymentTermStarts,
    ...[
      'دفعة', 'الدفعة', 'عربون', 'العربون', 'مقدم', 'المقدم', 'اعتماد', 'الاعتماد', 'خطاب', 'تحويل', 'التحويل', 'حوالة', 'الحوالة',
      'الباقي', 'والباقي', 'باقي', 'الرصيد', 'والرصيد', 'المتبقي', 'والمتبقي', 'آجل', 'الآجل', 'بالآجل', 'الدفع', 'دفع', 'حساب',
      'مستندات', 'المستندات', 'تي', 'إل', 'كاش', 'بالاعتماد', 'باعتماد', 'واعتماد', 'بخطاب', 'بتحويل', 'بالتحويل',
      'بحوالة', 'بالحوالة', 'بالدفع', 'بالعربون', 'والعربون', 'للعربون', 'وعربون', 'ورصيد', 'ندفع', 'أدفع', 'نحول', 'أحول',
    ].map(normalizeWord),
  ],
  paymentTerms: [
    // Specific forms first: at one position the earlier rule wins. The sources run over the
    // folded scan text, so Arabic letters are written folded (ا for أ إ آ, ه for ة, ي for ى).
    // A method name may carry a proclitic: "بالاعتماد", "وبتحويل بنكي".
    { id: 'ar_balance_before_shipment', source: String.raw`(\p{Nd}{1,3})\s*[%٪]\s*(?:و?ال)?(?:باقي|متبقي|رصيد)\s+(?:قبل\s+(?:ال)?(?:شحن|تحميل|تسليم|ارسال))`, kind: 'balance_before_shipment', percentGroup: 1 },
    { id: 'ar_balance_before_shipment_after', source: String.raw`(?:و?ال)?(?:باقي|متبقي|رصيد)\s+(\p{Nd}{1,3})\s*[%٪]\s+قبل\s+(?:ال)?(?:شحن|تحميل|تسليم|ارسال)`, kind: 'balance_before_shipment', percentGroup: 1 },
    { id: 'ar_percent_before_shipment', source: String.raw`(\p{Nd}{1,3})\s*[%٪]\s+(?:الباقي\s+|والباقي\s+)?قبل\s+(?:ال)?(?:شحن|تحميل|تسليم)`, kind: 'balance_before_shipment', percentGroup: 1 },
    { id: 'ar_balance_against_bl', source: String.raw`(\p{Nd}{1,3})\s*[%٪]\s*(?:و?ال)?(?:باقي|متبقي|رصيد)\s+(?:مقابل|عند\s+استلام|عند|بعد\s+استلام|ضد)\s+(?:(?:صوره|نسخه)\s+)?(?:ال)?(?:بوليصه|b/?l)`, kind: 'balance_against_bl', percentGroup: 1 },
    { id: 'ar_balance_against_bl_after', source: String.raw`(?:و?ال)?(?:باقي|متبقي|رصيد)\s+(\p{Nd}{1,3})\s*[%٪]\s+(?:مقابل|عند\s+استلام|عند|بعد\s+استلام|ضد)\s+(?:(?:صوره|نسخه)\s+)?(?:ال)?(?:بوليصه|b/?l)`, kind: 'balance_against_bl', percentGroup: 1 },
    { id: 'ar_tt_advance', source: String.raw`(\p{Nd}{1,3})\s*[%٪]\s*(?:تي\s*تي|tt|t/t|تحويل(?:\s+بنكي)?|حواله(?:\s+بنكيه)?)\s+(?:مقدما|مقدماً|مسبقا|مسبقاً|قبل\s+(?:ال)?(?:انتاج|تصنيع))`, kind: 'tt_advance', percentGroup: 1 },
    // A full advance is not a deposit: "100% تحويل قبل الشحن", "تحويل مسبق 50%", "ندفع مقدم".
    { id: 'ar_full_advance', source: String.raw`(100)\s*[%٪]\s*(?:(?:تي\s*تي|tt|t/t|تحويل(?:\s+بنكي)?|حواله(?:\s+بنكيه)?|دفع)\s+)?(?:مقدما|مقدماً|مسبقا|مسبقاً|مقدم|مسبق|قبل\s+(?:ال)?(?:شحن|تحميل|انتاج|تصنيع))`, kind: 'tt_advance', percentGroup: 1 },
    { id: 'ar_tt_before_shipment', source: String.raw`(\p{Nd}{1,3})\s*[%٪]\s*(?:تي\s*تي|tt|t/t|تحويل(?:\s+بنكي)?|حواله(?:\s+بنكيه)?)\s+قبل\s+(?:ال)?(?:شحن|تحميل)`, kind: 'tt_advance', percentGroup: 1 },
    { id: 'ar_advance_transfer_of', source: String.raw`(?:[وب]?ال)?(?:تحويل|حواله|دفع)\s+(?:ال)?(?:مسبق|مقدم)\s+(?:بنسبه\s+)?(\p{Nd}{1,3})\s*[%٪]`, kind: 'tt_advance', percentGroup: 1 },
    { id: 'ar_deposit', source: String.raw`(\p{Nd}{1,3})\s*[%٪]\s*(?:(?:ك)?(?:دفعه)\s+)?(?:مقدمه?|مقدما|مقدماً|عربون|كعربون|مسبقه?|مسبقا|مسبقاً|(?:اولي|اوليه))`, kind: 'tt_deposit', percentGroup: 1 },
    { id: 'ar_deposit_of', source: String.raw`(?:ال)?(?:دفعه\s+(?:ال)?(?:مقدمه|اولي)|عربون|مقدم|دفع\s+(?:ال)?مسبق)\s+(?:بنسبه\s+|قدره\s+|قيمته\s+|بقيمه\s+|ب\s*)?(\p{Nd}{1,3})\s*[%٪]`, kind: 'tt_deposit', percentGroup: 1 },
    // "والباقي مقابل صورة البوليصة", "الرصيد المتبقي", "باقي المبلغ 70%".
    { id: 'ar_balance_against_bl_plain', source: String.raw`(?:و?ال)?(?:باقي|متبقي|رصيد)\s+(?:مقابل|عند\s+استلام|بعد\s+استلام|ضد)\s+(?:(?:صوره|نسخه)\s+)?(?:ال)?(?:بوليصه|b/?l)`, kind: 'balance_against_bl' },
    { id: 'ar_balance_of_amount', source: String.raw`(?:و?ال)?(?:باقي|متبقي|رصيد)\s+(?:ال)?(?:مبلغ|قيمه|فاتوره|حساب)\s+(\p{Nd}{1,3})\s*[%٪]`, kind: 'balance', percentGroup: 1 },
    { id: 'ar_balance', source: String.raw`(\p{Nd}{1,3})\s*[%٪]\s*(?:و?ال)?(?:باقي|متبقي|رصيد)`, kind: 'balance', percentGroup: 1 },
    { id: 'ar_balance_after', source: String.raw`(?:و?ال)?(?:باقي|متبقي|رصيد)\s+(\p{Nd}{1,3})\s*[%٪]`, kind: 'balance', percentGroup: 1 },
    { id: 'ar_lc_at_sight', source: String.raw`(?:[وفب]|وب|فب)?(?:ال)?(?:اعتماد|خطاب\s+(?:ال)?اعتماد|ال\s?سي|l/?c)\s+(?:(?:ال)?مستندي\s+)?(?:غير\s+قابل\s+للالغاء\s+)?(?:بالاطلاع|عند\s+الاطلاع|اطلاعي|اطلاع|at\s+sight|sight)`, kind: 'lc_at_sight' },
    { id: 'ar_lc_usance', source: String.raw`(?:[وفب]|وب|فب)?(?:ال)?(?:اعتماد|l/?c)\s+(?:(?:ال)?مستندي\s+)?(?:اجل|مؤجل)(?:\s+\p{Nd}{2,3}\s+(?:يوم|يوما|ايام))?`, kind: 'lc_usance' },
    { id: 'ar_balance_remaining', source: String.raw`(?:و?ال)?(?:رصيد|باقي)\s+(?:ال)?متبقي`, kind: 'balance' },
    { id: 'ar_pay_in_advance', source: String.raw`(?:ندفع|ادفع|نحول|احول|الدفع|دفع|التحويل|تحويل)\s+(?:مقدما|مقدماً|مسبقا|مسبقاً|مقدم|مسبق)`, kind: 'tt_advance' },
    // A deposit named without its share: "نحول العربون بكرة".
    { id: 'ar_deposit_plain', source: String.raw`(?:[وبل]|وب|لل)?(?:ال)?عربون`, kind: 'tt_deposit' },
    ...EN_ENTITIES.paymentTerms,
    { id: 'ar_lc', source: String.raw`(?:[وفب]|وب|فب)?(?:ال)?اعتماد(?:ات)?\s+(?:ال)?مستنديه?|(?:[وفب]|وب|فب)?خطاب\s+(?:ال)?اعتماد`, kind: 'lc' },
    { id: 'ar_dp', source: String.raw`(?:ال)?مستندات\s+مقابل\s+(?:ال)?دفع`, kind: 'dp' },
    { id: 'ar_da', source: String.raw`(?:ال)?مستندات\s+مقابل\s+(?:ال)?قبول`, kind: 'da' },
    { id: 'ar_cad', source: String.raw`(?:ال)?دفع\s+(?:نقدا\s+)?مقابل\s+(?:ال)?مستندات`, kind: 'cad' },
    { id: 'ar_open_account', source: String.raw`(?:[وفب]|وب|فب)?حساب\s+مفتوح`, kind: 'open_account' },
    { id: 'ar_net', source: String.raw`(?:(?:[وب]?ال)?دفع\s+)?(?:بال|ال)?اجل\s+(30|45|60|90|120|15|7)\s+(?:يوم|يوما|يوماً|ايام)`, kind: 'net_$1' },
    { id: 'ar_net_after', source: String.raw`(30|45|60|90|120)\s+(?:يوم|يوما|يوماً)\s+(?:اجل)`, kind: 'net_$1' },
    { id: 'ar_cod', source: String.raw`(?:[وفب]|وب|فب)?(?:ال)?دفع\s+عند\s+(?:ال)?(?:استلام|تسليم|وصول)|(?:[وفب]|وب|فب)?كاش\s+عند\s+(?:ال)?استلام`, kind: 'cod' },
    { id: 'ar_tt', source: String.raw`(?:[وفب]|وب|فب)?(?:ال)?تحويل\s+(?:ال)?(?:بنكي|مصرفي)|(?:[وفب]|وب|فب)?(?:ال)?حواله\s+(?:ال)?(?:بنكيه|مصرفيه)|(?:[وفب]|وب|فب)?تي\s?تي`, kind: 'tt' },
  ],
};
