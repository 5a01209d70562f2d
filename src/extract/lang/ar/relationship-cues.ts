/**
 * Arabic relationship cues. Each pattern uses the phrase syntax of `text/phrases.ts`, and its
 * strength is the weight of one match in [0, 1]. Tone cues whose id starts
 * with `tone.warm.` make the tone signal's value `warm`, the others `polite`.
 */
import type { SignalCue } from '../types.js';
import { adjectives, alt, nounForms, nouns, withConjunctions } from './forms.js';
import { PRICE, SAMPLE, UNIT, WE_COMMIT, YOU_DO } from './words.js';

const THANKS = alt(
  withConjunctions([
    'شكرا', 'شكرن', 'مشكور', 'مشكورين', 'مشكورة', 'تسلم', 'تسلمي', 'تسلموا', 'تسلمو', 'يسلمو', 'يسلموا',
    'يسلمك', 'ممنون', 'ممنونين', 'متشكر', 'متشكرين', 'مرسي', 'ميرسي', 'ممتن', 'ممتنين', 'شاكرين', 'شاكر', 'نشكركم', 'نشكرك',
    'أشكرك', 'أشكركم', 'thanks', 'thank', 'thx', 'appreciate', 'appreciated', 'grateful',
  ]),
);
const BLESS = alt(withConjunctions(['الله', 'ربي', 'ربنا', 'جزاك', 'جزاكم', 'بارك', 'يعطيك', 'يعطيكم']));
const BLESSING = alt(
  'يعطيك|يعطيكم|يسعدك|يسعدكم|يوفقك|يوفقكم|يحفظك|يحفظكم|يبارك|يخليك|يخليكم|يجزاك|يجزيك|خيرا|خير|فيك|فيكم|العافية',
);
/** Words that open a request ("يرجى إرسال", "نرجو شحن"): a request marker, not warmth or courtesy on its own. */
const REQUEST_OPENER = alt(withConjunctions(['يرجى', 'الرجاء', 'رجاء', 'أرجو', 'نرجو', 'نأمل']));
/** "Kindly": a formal courtesy added to a request ("يرجى التكرم بتزويدنا", "تكرما"). */
const KINDLY = alt(withConjunctions(['تكرما', 'بالتكرم', 'التكرم', 'التفضل', 'بالتفضل', 'kindly']));
const REGARDS = alt(nouns('تحية', 'تحيات', 'تحياتي', 'تحياتنا', 'احترام', 'تقدير'), 'التحية|التحيات|الاحترام|التقدير|regards|wishes');
const HOPE = alt(withConjunctions(['أتمنى', 'نتمنى', 'أرجو', 'نرجو', 'عساك', 'عساكم', 'إن', 'انشالله', 'إنشاءالله', 'نأمل', 'آمل', 'hope']));
const WELL = alt(withConjunctions(['بخير', 'بأفضل', 'طيبين', 'طيب', 'بصحة', 'بعافية', 'بالعافية', 'well', 'fine']));
const HOW_ARE_YOU = alt(
  withConjunctions(['كيفك', 'كيفكم', 'شلونك', 'شلونكم', 'إزيك', 'ازيكم', 'لاباس', 'كيداير', 'كيدايرين', 'أخبارك', 'أخباركم']),
);
const NICE = alt(adjectives('سعيد', 'مبارك', 'طيب', 'موفق', 'جميل'), 'سعيدا|طيبا|مباركة|nice|great|good');
const DAY = alt(nouns('يوم', 'نهار', 'أسبوع', 'جمعة', 'عطلة', 'إجازة', 'اجازة', 'سفرة', 'رحلة', 'ويكند', 'day', 'weekend', 'week', 'holiday', 'trip'), 'يومك|يومكم|نهارك|نهاركم|جمعتكم|أسبوعك');
const HAPPY = alt(withConjunctions(['سعداء', 'سعيد', 'سعيدين', 'يسعدنا', 'يسعدني', 'يشرفنا', 'يشرفني', 'نتشرف', 'أتشرف', 'تشرفنا', 'تشرفت', 'فرحانين', 'مبسوطين', 'متحمسين', 'pleasure', 'happy', 'glad']));
const WORK_TOGETHER = alt(nouns('تعامل', 'تعاون', 'عمل', 'شراكة', 'شغل'), 'معكم|معاكم|معك|معاك|بالتعامل|بالتعاون|بالعمل|بمعرفتكم');
const FRIEND = alt(
  withConjunctions([
    'صديقي', 'صديقنا', 'حبيبي', 'حبيب', 'أخي', 'أخويا', 'أخوي', 'خويا', 'خوي', 'خيي', 'غالي', 'ياغالي',
    'حبيبنا', 'عزيزنا', 'friend',
  ]),
);
const FORWARD = alt(withConjunctions(['نتطلع', 'أتطلع', 'looking']));
const AWAITING = alt(withConjunctions(['بانتظار', 'انتظار', 'ننتظر', 'أنتظر', 'منتظرين', 'مستنيين', 'ناطرين']));
// The reader's reply only: "بانتظار ردكم" is courteous, "ثلاث أسابيع وأنا أنتظر رد" is a complaint.
const YOUR_REPLY = alt('ردكم|ردك|ردكو|جوابكم|جوابك|تواصلكم|ردودكم|عرضكم|your|reply');
const IF_WE = alt(withConjunctions(['لو', 'إذا', 'حال', 'if']));
const WE_ORDER = alt(
  withConjunctions([
    'طلبنا', 'أخذنا', 'خدنا', 'خذينا', 'اشترينا', 'زودنا', 'رفعنا', 'دفعنا', 'التزمنا', 'نطلب', 'ناخذ', 'ناخد', 'نشتري',
    'نزيد', 'ندفع', 'نلتزم', 'ضاعفنا', 'كبرنا', 'زدنا', 'سوينا', 'عملنا', 'order', 'buy', 'take', 'increase', 'pay', 'commit',
  ]),
);
const CAN_YOU = alt(withConjunctions(['تقدر', 'تقدرون', 'تقدروا', 'ممكن', 'يمكنكم', 'يمكنك', 'تستطيع', 'بتقدر', 'بتقدروا', 'تقدرو']));
const DO_IT = alt(
  'تسويها|تعملها|تخليها|تخليه|تعطينا|تعطيني|تعطوني|تعطونا|تنزلها|تنزله|تعمل|تسوي|تدينا|تديني|تقبل|تقبلوا|توافق|توافقوا|تراعينا|تراعونا|تتنازل|تساعدنا|تساعدونا|تمشيها|تمشيه',
);
const WILLING = alt(adjectives('مستعد', 'جاهز', 'منفتح', 'راغب', 'مرحب'), withConjunctions(['حابين', 'نقدر', 'يسعدنا', 'willing', 'open']));
/** Verbs of discussing or adjusting terms. Not "نطلب" (order): "جاهزين نطلب" is readiness to buy. */
const DISCUSS = alt(
  withConjunctions([
    'نناقش', 'نتناقش', 'نتفاوض', 'نفاوض', 'نفكر', 'ندرس', 'نعدل', 'نزيد', 'نرفع', 'نقسم', 'نتفاهم', 'مناقشة',
    'للنقاش', 'للتفاوض', 'للمناقشة', 'نكبر', 'التفاوض', 'التفاهم', 'discuss', 'negotiate', 'consider',
  ]),
);
const WE_CAN = alt(withConjunctions(['نقدر', 'نقدرو', 'نقدروا', 'بنقدر', 'نستطيع', 'يمكننا', 'بإمكاننا', 'نجمو', 'نجموا', 'نگدر', 'نقدرش']));
const WE_TAKE = alt(
  withConjunctions([
    'ناخذ', 'ناخد', 'ناخذو', 'ناخدو', 'نطلب', 'نطلبو', 'نشتري', 'نشريو', 'ندفع', 'ندفعو', 'نخلص', 'نخلصو', 'نحول', 'نحولو', 'نخلط', 'نخلطو',
    'ندمج', 'نجمع', 'نسوي',
    'نديرو', 'نبدأ', 'نبدا', 'take', 'order', 'pay', 'mix',
  ]),
);
const ABOUT = alt(withConjunctions(['بخصوص', 'بالنسبة', 'ردا', 'جوابا', 'إجابة', 'تعقيبا', 'بالإشارة', 'إشارة', 'عطفا', 'regarding', 'per']));
/** "Your question / request": second-person and definite forms only, so "بخصوص طلبنا" (our order) is not one. */
const YOUR_QUESTION = alt(
  ['سؤال', 'أسئلة', 'استفسار', 'استفسارات', 'طلب', 'رسالة', 'ايميل', 'بريد']
    .flatMap(nounForms)
    .filter((w) => /(ك|كم|كي|كو)$/.test(w) || /^(ال|بال|لل|وال)/.test(w)),
  'question|questions|request|email',
);
const AS = alt(withConjunctions(['كما', 'مثل', 'زي', 'حسب', 'بحسب', 'وفق', 'وفقا', 'بناء', 'بناءا', 'متل', 'as']));
const YOU_ASKED = alt(
  'طلبتم|طلبت|طلبتوا|طلبتو|طلبكم|طلبك|سألتم|سألت|سألتوا|سألتو|ذكرتم|ذكرت|طلبته|طلبتموه|المطلوب|طلبتي|requested|asked|mentioned',
);
const HERE_ARE = alt(withConjunctions(['إليكم', 'إليك', 'هذه', 'هذي', 'هاي', 'هادي', 'دي', 'أدناه', 'تجدون', 'تجد', 'هنا', 'اهي', 'here']));
const INFO = alt(
  nouns('تفاصيل', 'معلومات', 'بيانات', 'إجابة', 'إجابات', 'مواصفات', 'متطلبات', 'رسومات', 'مستندات', 'قائمة', 'وثائق', 'أجوبة', 'details', 'information', 'answers'),
);
const AS_FOLLOWS = alt('كالتالي|كالآتي|أدناه|التالية|التالي');
const I_MEANT = alt(withConjunctions(['قصدي', 'قصدنا', 'أقصد', 'نقصد', 'المقصود', 'أعني', 'نعني', 'بقصد', 'meant']));
const SORRY = alt(withConjunctions(['آسف', 'آسفين', 'عذرا', 'المعذرة', 'معذرة', 'نعتذر', 'أعتذر', 'سوري', 'sorry']));
const CONFUSION = alt(nouns('لبس', 'التباس', 'خلط', 'لخبطة', 'تشويش', 'confusion'), 'الفهم|التفاهم');

/** "If", with Maghrebi "إلا" and "إيلا" and formal "في حال". */
const IF_OFFER = alt(withConjunctions(['إذا', 'اذا', 'لو', 'إلا', 'ايلا', 'إيلا', 'حال', 'if']));
/**
 * Concessions the seller would make in a condition: lower, accept, give, split,
 * fix the price. "لو تقبلون 80 طقم", "إلا نزلتو لـ 1,90", "إذا توصل 610".
 */
const YOU_CONCEDE = alt(
  YOU_DO,
  withConjunctions([
    'تقبلون', 'تقبلوا', 'تقبلو', 'قبلتوا', 'قبلتم', 'قبلتو', 'بتقبل', 'بتقبلوا', 'توافقون', 'توافقوا', 'وافقتوا', 'وافقتو', 'تعطونا', 'تعطوني',
    'عطيتونا', 'إديتونا', 'اديتونا', 'تدونا', 'تدينا', 'نزلت', 'نزلتو', 'نزلتم', 'بتنزلوا', 'بتنزل', 'تنزلها', 'تنزلوها', 'نزلتوها', 'وصلتم', 'تصلون',
    'توصلني', 'توصلنا', 'توصلوا', 'تثبت', 'تثبته', 'تثبتها', 'تثبتون', 'تثبتوا', 'تسمحون', 'تسمحوا', 'سمحتوا', 'تشحنون', 'تشحنوا', 'تقسمونها',
    'تقسموها', 'تخلوها', 'تخلونها', 'تزيدونا', 'تزيدنا', 'تضيفون', 'تضيفوا', 'بتشيلوا', 'تشيلوا', 'تتحملون', 'تتحملوا', 'تعيدون', 'تخفضون',
    'تخفضوا', 'خفضتوا', 'تبعثوها', 'تبعتوها', 'تسويلي', 'تسويلنا', 'تسمح', 'تختصرونها', 'تقصرون', 'تقدروا', 'تنجمو', 'تنجموا', 'بتعطونا',
    'تعطيني', 'بتعطيني', 'يوصل', 'ينزل', 'نزل', 'وصل',
  ]),
  'خصم|تخفيض|بخصم',
);
/** First-person purchases a condition leads to: take, order, sign, confirm, go on, start, commit. */
const WE_WOULD = alt(
  WE_COMMIT,
  withConjunctions([
    'ناخدو', 'ناخذو', 'منوخد', 'مناخد', 'هاخد', 'هناخد', 'آخذ', 'باخد', 'باخذ', 'نأخذ', 'نشيل', 'بنشيل', 'منشيل', 'نطلبو', 'منطلب', 'هنطلب',
    'نشريو', 'منشتري', 'بنشتري', 'منوقع', 'نوقعو', 'نسينيو', 'بنوقع', 'نثبت', 'منثبت', 'بنثبت', 'نقفل', 'بنقفل', 'نسكر', 'أسكر', 'اسكر',
    'منمشي', 'بنمشي', 'نمشو', 'نمشيو', 'منكمل', 'بنكمل', 'نبدأ', 'نبدا', 'نبداو', 'نبلش', 'منبلش', 'بنبدأ', 'نديرو', 'نخدمو', 'نشتغل',
    'منشتغل', 'نلتزم', 'منلتزم', 'نضمن', 'نضمنلكم', 'نزيد', 'منزيد', 'بنزيد', 'نرفع', 'نكبر', 'نقبل', 'منقبل', 'بقبل', 'نوافق', 'سنصدر',
    'فسنصدر', 'نعديو', 'أأكد', 'ندير', 'نعمل', 'منعمل', 'بناخد',
  ]),
);
/** Words after a conditional verb that make it a request for something else ("إذا عندكم شهادة نطلب عينة"). */
const NOT_A_DEAL = ['عينة', 'عينات', 'العينة', 'العينات', 'عينتين', 'سامبل', 'sample', 'تعويض', 'فحص', 'تقرير', 'شهادة', 'مع', 'لمورد', 'لغيركم', 'غيركم'];
/** Instead of: "EXW بدل DDP", Maghrebi "بلاصة", Iraqi "بدال". */
const INSTEAD = alt(withConjunctions(['بدل', 'بدال', 'بدلا', 'عوض', 'عوضا', 'بلاصة', 'بلاصت', 'instead']));
/** Terms a buyer swaps one for another: Incoterms, payment and shipping modes. */
const TERM_WORDS = alt(
  'fob|cif|cfr|exw|ddp|dap|cnf|lc|l/c|tt|t/t|d/p|d/a',
  nouns('مقدم', 'دفعة', 'دفع', 'تحويل', 'اعتماد', 'توصيل', 'شحن', 'حاوية', 'كونتينر', 'تسبيق', 'آجل'),
  'بحري|جوي|البحري|الجوي|بحر|جو',
);
/** Splitting a shipment, an order or a payment: "نقسم الشحنة", "تقسمونها", "تقسيم الكمية". */
const SPLIT = alt(
  withConjunctions([
    'نقسم', 'نقسمها', 'نقسموها', 'نقسمو', 'نقسموا', 'منقسم', 'بنقسم', 'تقسمونها', 'تقسموها', 'تقسمها', 'تقسموا', 'قسمنا', 'قسمناها', 'تقسيم',
    'بتقسيم', 'نجزئ', 'نجزء', 'قسموها', 'قسمها',
  ]),
);
/** Parts a delivery or a payment comes in: "على دفعتين", "على ٣ شحنات". */
const PARTS = alt('دفعتين|شحنتين|مرحلتين|دفعات|شحنات|مراحل|طلبيتين|طلبيات|حاويتين|أقساط|اقساط|قسطين|جوج');
/** Words that ask whether the buyer may: "ممكن", "فينا", "واش", "ينفع", Iraqi "نكدر". */
const MAY_WE = alt(
  withConjunctions([
    'ممكن', 'يمكن', 'فينا', 'فيني', 'واش', 'ينفع', 'بينفع', 'يصير', 'بيصير', 'نقدر', 'منقدر', 'بنقدر', 'نقدرو', 'نقدروا', 'نستطيع', 'يمكننا',
    'نجمو', 'نكدر', 'نگدر', 'هل', 'can',
  ]),
);
/** First-person starting: "نبدأ", Levantine "نبلّش", Maghrebi "نبداو". */
const WE_START = alt(
  withConjunctions(['نبدأ', 'نبدا', 'نبدي', 'نبدى', 'نبلش', 'منبلش', 'بنبلش', 'نبداو', 'نبداوا', 'نبدأو', 'منبدأ', 'نبدو']),
);
/** Other things a buyer proposes to do instead: split, combine, mix, pay or work another way. */
const WE_ADJUST = alt(
  withConjunctions([
    'نقسم', 'نقسمها', 'نقسموها', 'نجمع', 'نخلط', 'نخلطو', 'ندمج', 'ندفع', 'ندفعو', 'نحول', 'نحولو', 'نخلصو', 'نخلصوكم', 'نشتغل', 'نعدل', 'نغير',
    'نخليها', 'نخليه', 'نعمل', 'نستلم', 'نفتح', 'ننزل', 'نقلل', 'start',
  ]),
);
/** Words after "we may …" that make it no counter-offer: a sample, or working with the seller at all. */
const NOT_A_COUNTER = ['عينة', 'بعينة', 'بعينات', 'بالعينات', 'بسامبل', 'عينات', 'العينة', 'معكم', 'معاكم', 'معك', 'وياكم', 'زيارة'];
/** "Make it …": "خلها 2.15", "خلوها ٤", "خلي 25% مقدم". */
const MAKE_IT = alt(withConjunctions(['خلي', 'خليها', 'خلها', 'خلوها', 'خليه', 'خلوه', 'خليهم', 'خلوهم', 'خلوه', 'خليلي', 'خلولي', 'خلولنا']));
const TERM_NOUN = alt('السعر|الدفع|المقدم|الكمية|الحد|التسليم|المدة|الطلبية|ال|الدفعة|العربون|العدد');
/** The best the seller can do: "قديش أحسن سعر فيك تعمله", "وش أقصى شي تقدر تعطينا". */
const BEST = alt(withConjunctions(['أحسن', 'أفضل', 'أقصى', 'آخر', 'أقل']));
const YOU_CAN_DO = alt(
  withConjunctions([
    'فيك', 'فيكم', 'فيكن', 'تقدر', 'تقدرون', 'تقدروا', 'تقدري', 'بتقدر', 'بتقدروا', 'هتقدر', 'تعطيني', 'تعطينا', 'تعمله', 'تعمللي', 'تسويه',
    'تسويلي', 'تقدم', 'تقدمه', 'تنزل', 'تنزله', 'عندك', 'عندكم', 'توصل', 'توصله',
  ]),
);
/** A last word or a ceiling: "آخر كلام: ٢٫٩٠", "أقصى شي ٢٥٪ مقدم". */
const LIMIT = alt(withConjunctions(['أقصى', 'آخر', 'اخر', 'أعلى']));
/** First-person acceptance in the present: "منقبل ٥.١٠", "نقبل الـ ٧٢ جنيه بشرط". Not the past "قبلنا", which settles. */
const WE_ACCEPT_NOW = alt(withConjunctions(['نقبل', 'منقبل', 'بنقبل', 'نقبلو', 'بقبل', 'نوافق', 'منوافق', 'نرضى', 'منرضى', 'بنرضى']));
/** Growing the order in return: "نرفع الكمية إلى ٢٠ ألف", "منزيد الطلبية لـ 4 كونتينرات". */
const WE_GROW = alt(withConjunctions(['نزيد', 'منزيد', 'بنزيد', 'هنزيد', 'نرفع', 'بنرفع', 'منرفع', 'نكبر', 'منكبر', 'نضاعف', 'رفعنا', 'زدنا', 'زودنا', 'أزود', 'نزود', 'ازود']));

export const RELATIONSHIP_CUES: SignalCue[] = [
  // relationship.tone
  { id: 'tone.warm.thanks', type: 'relationship.tone', pattern: THANKS, strength: 0.5 },
  { id: 'tone.warm.blessing', type: 'relationship.tone', pattern: `${BLESS} ?${alt('الله|ربي|فيك|فيكم')} ${BLESSING}`, strength: 0.6 },
  { id: 'tone.warm.thousand_thanks', type: 'relationship.tone', pattern: `${alt('ألف|جزيل|كل')} ${alt('شكر|الشكر|شكرا')}`, strength: 0.55 },
  { id: 'tone.warm.hands_safe', type: 'relationship.tone', pattern: `${alt('تسلم|تسلمي|تسلموا|يسلمو')} ${alt('إيدك|ايديك|ايديكم|ايدكم')}`, strength: 0.6 },
  { id: 'tone.warm.you_did_not_fail', type: 'relationship.tone', pattern: `ما ${alt('قصرت|قصرتوا|قصرتو|تقصر|تقصروا|قصرتم')}`, strength: 0.55 },
  { id: 'tone.warm.you_did_not_fail_one_word', type: 'relationship.tone', pattern: alt('ماقصرت|ماقصرتوا|ماقصرتو|ماتقصر|ماتقصروا'), strength: 0.55 },
  // Alone, a salutation is labeled tone on 19 of 41 messages of the fitted sets: it only supports other tone.
  { id: 'tone.polite.dear', type: 'relationship.tone', pattern: `^ ${alt(withConjunctions(['عزيزي', 'عزيزتي', 'السيد', 'السيدة', 'السادة', 'سيدي', 'الأستاذ', 'أستاذ', 'الأخ', 'حضرة', 'جناب', 'dear']))}`, strength: 0.35, supportOnly: true },
  // Alone, "المحترم" and "الكرام" are labeled tone on 7 of 23 messages of the fitted sets: they only support other tone.
  { id: 'tone.polite.respected', type: 'relationship.tone', pattern: alt(adjectives('محترم', 'فاضل', 'كريم'), 'المحترمين|المحترمون|الكرام|الأفاضل'), strength: 0.3, supportOnly: true },
  { id: 'tone.polite.greeting_formal', type: 'relationship.tone', pattern: `${alt('تحية')} ${alt('طيبة|وبعد|عطرة')}`, strength: 0.35 },
  { id: 'tone.polite.regards', type: 'relationship.tone', pattern: `${alt('مع|وتفضلوا|تفضلوا|بقبول|وتقبلوا|تقبلوا|best|kind|warm')} .. ${REGARDS}`, strength: 0.3 },
  { id: 'tone.polite.regards_closing', type: 'relationship.tone', pattern: alt('تحياتي|تحياتنا|وتحياتي|وتحياتنا|وشكرا'), strength: 0.3 },
  { id: 'tone.warm.nice_day', type: 'relationship.tone', pattern: `${DAY} ${NICE}`, strength: 0.55 },
  { id: 'tone.warm.hope_well', type: 'relationship.tone', pattern: `${HOPE} .. ${WELL}`, strength: 0.6 },
  { id: 'tone.warm.how_are_you', type: 'relationship.tone', pattern: HOW_ARE_YOU, strength: 0.5 },
  { id: 'tone.warm.how_are_things', type: 'relationship.tone', pattern: `${alt('كيف|شلون|إيه|شو|وش')} ${alt('الحال|حالك|حالكم|الأحوال|الأخبار|أخبارك|الصحة|أمورك')}`, strength: 0.5 },
  { id: 'tone.warm.pleasure', type: 'relationship.tone', pattern: `${HAPPY} .. ${WORK_TOGETHER}`, strength: 0.7 },
  { id: 'tone.warm.friend', type: 'relationship.tone', pattern: `${alt('يا|ياا')} ${FRIEND}`, strength: 0.7 },
  { id: 'tone.warm.friend_word', type: 'relationship.tone', pattern: alt(withConjunctions(['صديقي', 'حبيبي', 'ياحبيبي', 'ياصديقي', 'اخوي', 'خويا', 'ياغالي', 'حبيبنا'])), strength: 0.65 },
  { id: 'tone.warm.friend_en', type: 'relationship.tone', pattern: 'my|dear friend', strength: 0.7 },
  // A plain "please" (يرجى، لو سمحت) only marks a request; "kindly" (يرجى التكرم، تكرما) is a courtesy.
  { id: 'tone.polite.kindly', type: 'relationship.tone', pattern: KINDLY, strength: 0.3 },
  { id: 'tone.polite.kindly', type: 'relationship.tone', pattern: `${REQUEST_OPENER} ${KINDLY}`, strength: 0.3 },
  { id: 'tone.polite.if_you_would', type: 'relationship.tone', pattern: `${alt('لو|إذا|اذا')} ${alt('تكرمت|تكرمتم|تكرمتوا|تفضلت|تفضلتم')}`, strength: 0.3 },
  { id: 'tone.polite.apology', type: 'relationship.tone', pattern: SORRY, strength: 0.45 },
  { id: 'tone.warm.looking_forward', type: 'relationship.tone', pattern: FORWARD, strength: 0.45 },
  { id: 'tone.warm.awaiting_reply', type: 'relationship.tone', pattern: `${AWAITING} ${YOUR_REPLY}`, strength: 0.45 },
  { id: 'tone.warm.season_greeting', type: 'relationship.tone', pattern: `${alt(nouns('عيد', 'رمضان', 'جمعة'), 'عيدكم|كل')} ${alt('مبارك|مباركة|كريم|سعيد|عام|سنة|وانتم')}`, strength: 0.6 },
  { id: 'tone.warm.mashallah', type: 'relationship.tone', pattern: `${alt('ما|ماشاء')} ${alt('شاء|الله')} ?${alt('الله|عليكم|عليك')}`, strength: 0.5 },
  { id: 'tone.warm.nice_day_en', type: 'relationship.tone', pattern: 'have a nice|great|good|wonderful day|weekend|week', strength: 0.55 },

  // relationship.negotiation_openness
  { id: 'negotiation_openness.meet_middle', type: 'relationship.negotiation_openness', pattern: `${alt(withConjunctions(['نتقابل', 'نلتقي', 'نتلاقى', 'نتلاقوا', 'نتقابلو', 'نجي', 'نيجي', 'meet']))} .. ${alt('النص|النصف|المنتصف|منتصف|نص|الوسط|middle|halfway')}`, strength: 0.85 },
  { id: 'negotiation_openness.split_difference', type: 'relationship.negotiation_openness', pattern: `${alt(withConjunctions(['نقسم', 'نتقاسم', 'نتناصف', 'split']))} ?ال ${alt(nouns('فرق', 'فارق', 'difference'))}`, strength: 0.85 },
  { id: 'negotiation_openness.compromise', type: 'relationship.negotiation_openness', pattern: `${alt(nouns('حل'))} ${alt(adjectives('وسط', 'وسطي'))}`, strength: 0.8 },
  { id: 'negotiation_openness.if_we_order', type: 'relationship.negotiation_openness', pattern: `${IF_WE} ?${alt('احنا|نحن|حنا')} ${WE_ORDER}`, strength: 0.75 },
  { id: 'negotiation_openness.if_you_we', type: 'relationship.negotiation_openness', pattern: `${IF_WE} ?${alt('انت|انتو|انتم')} ${YOU_DO} ... ${WE_COMMIT}`, strength: 0.75 },
  { id: 'negotiation_openness.can_you_do', type: 'relationship.negotiation_openness', pattern: `${CAN_YOU} ${DO_IT}`, strength: 0.55 },
  { id: 'negotiation_openness.would_you_accept', type: 'relationship.negotiation_openness', pattern: `${alt('هل|وهل|ممكن')} ${alt('تقبل|تقبلوا|تقبلون|توافق|توافقون|توافقوا|تفكرون|تدرسون|تنظرون|تعتبرون|مستعدين|مستعد|accept|consider')}`, strength: 0.7 },
  { id: 'negotiation_openness.counter_offer', type: 'relationship.negotiation_openness', pattern: `${alt(nouns('عرض', 'اقتراح', 'مقترح'))} ${alt(adjectives('مقابل', 'مضاد', 'بديل'), 'counter')}`, strength: 0.8 },
  { id: 'negotiation_openness.we_propose', type: 'relationship.negotiation_openness', pattern: alt(withConjunctions(['نقترح', 'أقترح', 'اقتراحنا', 'مقترحنا', 'اقتراحي', 'counteroffer', 'counter-offer', 'compromise', 'تسوية'])), strength: 0.7 },
  { id: 'negotiation_openness.flexible', type: 'relationship.negotiation_openness', pattern: alt(adjectives('مرن'), nouns('مرونة', 'تفاوض', 'مفاوضة'), 'للتفاوض|للنقاش|negotiable|flexible|flexibility'), strength: 0.6 },
  { id: 'negotiation_openness.open_to', type: 'relationship.negotiation_openness', pattern: `${WILLING} ?ل ?ان ?أن ?to .. ${DISCUSS}`, strength: 0.75 },
  // What the buyer can do instead: "نقدر ناخذ 1000 قطعة بس", Maghrebi "نقدرو ناخذو", Tunisian "نجمو نخلطو".
  { id: 'negotiation_openness.we_can_take', type: 'relationship.negotiation_openness', pattern: `${WE_CAN} ${WE_TAKE}`, strength: 0.75 },
  { id: 'negotiation_openness.volume_deal', type: 'relationship.negotiation_openness', pattern: `${alt(nouns('كمية', 'كميات', 'طلبية', 'طلبيات', 'حجم', 'طلبات', 'volume', 'bulk'))} ${alt(adjectives('كبير', 'ضخم', 'أكبر'), 'أكبر|أكثر|أعلى|larger|bigger')} .. ${alt(nouns('خصم', 'سعر', 'تخفيض'), 'أقل|أرخص|أفضل|discount|price')}`, strength: 0.6 },
  { id: 'negotiation_openness.how_about', type: 'relationship.negotiation_openness', pattern: `${alt('ما|ايش|شو|وش|ايه|شنو|واش|how')} ${alt('رأيك|رأيكم|about|رأيكو')}`, strength: 0.6 },
  { id: 'negotiation_openness.what_do_you_think', type: 'relationship.negotiation_openness', pattern: alt('شرايك|شرايكم|شرايكو'), strength: 0.5 },
  // A purchase offered on a condition the seller must meet: a number ("إذا توصل 610 نقفل معك ٣٠٠ طن")
  // or a concession ("لو تقبلون 80 طقم كبداية نلتزم بالباقي"). A comma may close the condition.
  { id: 'negotiation_openness.if_you_we', type: 'relationship.negotiation_openness', pattern: `${IF_OFFER} .. ${YOU_CONCEDE} ... ?, ${WE_WOULD}`, strength: 0.7, notBefore: NOT_A_DEAL },
  { id: 'negotiation_openness.if_you_we', type: 'relationship.negotiation_openness', pattern: `${IF_OFFER} ?_ ... # ... ?, ${WE_WOULD}`, strength: 0.7, notBefore: NOT_A_DEAL },
  // Other terms in place of the seller's: "EXW بدل DDP", "D/P بدل الدفعة المقدمة". Not a count ("٣٠٠٠ حبة
  // بدل ١٥٠٠", "٤ مم بدل ٣"), which changes an order or a spec.
  { id: 'negotiation_openness.instead_of', type: 'relationship.negotiation_openness', pattern: `${INSTEAD} ?${alt('من|ما|عن|of')} ${TERM_WORDS}`, strength: 0.65 },
  // A condition attached to an acceptance: "نوافق على المدة بشرط خصم بسيط".
  { id: 'negotiation_openness.on_condition', type: 'relationship.negotiation_openness', pattern: alt(withConjunctions(['بشرط', 'شريطة'])), strength: 0.6 },
  // A split shipment or payment: "نقسم الطلبية على شهرين", "لو تقسمونها على ٣ شحنات", "نص الكمية الحين والباقي بعدين".
  { id: 'negotiation_openness.split_shipment', type: 'relationship.negotiation_openness', pattern: SPLIT, strength: 0.65 },
  // Delivery in parts is a term of many first orders ("التسليم على دفعتين: الأولى …"), so only a question proposes it.
  { id: 'negotiation_openness.split_shipment', type: 'relationship.negotiation_openness', pattern: `${alt('على|عل')} ?# ${PARTS} ... ?`, strength: 0.6 },
  // Half now and the rest later. "رجعوا نص الكمية" (half was returned) is a complaint, so the rest must
  // follow, and damage between the two ("نص الكمية تالفة والباقي سليم") cancels it.
  {
    id: 'negotiation_openness.split_shipment',
    type: 'relationship.negotiation_openness',
    pattern: `${alt(withConjunctions(['نص', 'نصف']))} ${alt('الكمية|الطلبية|الشحنة|البضاعة')} ... ${alt(withConjunctions(['الباقي', 'النص', 'النصف', 'البقية', 'الباقية']))}`,
    strength: 0.6,
    cancelledBy: ['تالف', 'تالفة', 'مكسور', 'مكسورة', 'خربان', 'خربانة', 'وصلت', 'وصل', 'رجعوا', 'رجعناها', 'فيها', 'معيبة', 'ناقصة'],
  },
  { id: 'negotiation_openness.split_shipment', type: 'relationship.negotiation_openness', pattern: `${alt(nouns('شحنة', 'شحن', 'تسليم'))} ${alt(adjectives('جزئي'))}`, strength: 0.6 },
  // Asking to start smaller or to pay, mix or ship another way: "ممكن نبدأ بـ 150 طقم", "واش يمكن نبداو بكونطونير", "ينفع نقسمها".
  { id: 'negotiation_openness.may_we', type: 'relationship.negotiation_openness', pattern: `${MAY_WE} ?${MAY_WE} ?ان ?أن ${alt(WE_START, WE_ADJUST)}`, strength: 0.6, notBefore: NOT_A_COUNTER },
  // A count put forward as a question: "ممكن 25؟", "ينفع ٥٠٠ قطعة بس؟", "1500 نقدر عليها".
  { id: 'negotiation_openness.count_instead', type: 'relationship.negotiation_openness', pattern: `${alt(withConjunctions(['ممكن', 'ينفع', 'بينفع', 'يمشي', 'يصير']))} #`, strength: 0.55, notBefore: [...NOT_A_COUNTER, ...SAMPLE.split('|')] },
  { id: 'negotiation_openness.count_instead', type: 'relationship.negotiation_openness', pattern: `# ?${UNIT} ${alt('ينفع|بينفع|يمشي|بيمشي|نقدر|منقدر|يصير|بيصير')}`, strength: 0.55 },
  { id: 'negotiation_openness.make_it', type: 'relationship.negotiation_openness', pattern: `${MAKE_IT} ?${TERM_NOUN} #`, strength: 0.65 },
  // "What is the best you can do" in a negotiation: "قديش أحسن سعر فيك تعمله", "شوف لي حل".
  { id: 'negotiation_openness.best_you_can', type: 'relationship.negotiation_openness', pattern: `${BEST} ${alt('سعر|شي|شيء|ما|حاجة|حل|عرض')} ?_ ${YOU_CAN_DO}`, strength: 0.6 },
  { id: 'negotiation_openness.best_you_can', type: 'relationship.negotiation_openness', pattern: `${alt(withConjunctions(['شوف', 'شوفلي', 'شوفوا', 'شوفو', 'شوفولي', 'شوفولنا', 'شوفلنا', 'دبرلي', 'دبرولنا']))} ?${alt('لي|لنا|لينا')} ?${alt('إيش|ايش|شو|وش|ايه|اش')} ${alt('حل|تقدر|هتقدر|تقدرون|بتقدر|بتقدروا|تقدروا|هتعمل|تسوي|تعمل|تقدري')}`, strength: 0.6 },
  // Room to move: "هل في مجال للتخفيض؟". A negator before the question ("مش عارف إذا في مجال") does not deny it.
  { id: 'negotiation_openness.room', type: 'relationship.negotiation_openness', pattern: `${alt(withConjunctions(['لو', 'إذا', 'اذا', 'هل', 'أي', 'اي']))} ?${alt('في|فيه|فيش|اكو|كاين|هناك|يوجد')} مجال`, strength: 0.6, negatable: false },
  { id: 'negotiation_openness.room', type: 'relationship.negotiation_openness', pattern: `${alt(withConjunctions(['إعادة', 'اعادة', 'تعيد', 'تعيدوا', 'تعيدون', 'بإعادة']))} ${alt('النظر|التسعير|دراسة')}`, strength: 0.6 },
  { id: 'negotiation_openness.come_to_terms', type: 'relationship.negotiation_openness', pattern: alt(withConjunctions(['نتفاهم', 'نتفاهمو', 'نتفاهموا', 'منتفاهم', 'بنتفاهم', 'ونتكلم', 'ونتناقش'])), strength: 0.55 },
  // A last word or a ceiling with a number: "آخر كلمة عندي ٨٥٠ للطن", "أقصى شي ندفعه ٢٠ ريال".
  { id: 'negotiation_openness.last_word', type: 'relationship.negotiation_openness', pattern: `${LIMIT} ${alt('شي|شيء|كلام|كلمة|حد|سعر')} ?: .. #`, strength: 0.6, statementOnly: true },
  // Accepting on the buyer's own terms: "بنقبل ٦.٢٠ لو التغليف عليكم", "نقبل ٢٥٪ مقدم".
  { id: 'negotiation_openness.accept_counter', type: 'relationship.negotiation_openness', pattern: `${WE_ACCEPT_NOW} ?${alt('ب|بال|على|ال')} #`, strength: 0.6 },
  // "ما عندنا مانع" (we do not mind): the negator is part of the phrase.
  { id: 'negotiation_openness.accept_counter', type: 'relationship.negotiation_openness', pattern: `${alt(withConjunctions(['ما', 'مافي', 'ماعندنا', 'معندناش', 'ماعندي', 'معنديش', 'لا']))} ?${alt('عندنا|عندي|لدينا|في|يوجد')} مانع`, strength: 0.55, negatable: false },
  // Volume for price: "نرفع الكمية إلى ٢٠ ألف قطعة", "منكبر الطلبية إذا السعر صار أحسن".
  { id: 'negotiation_openness.volume_deal', type: 'relationship.negotiation_openness', pattern: `${WE_GROW} ${alt(nouns('كمية', 'طلبية', 'طلب'))}`, strength: 0.6 },

  // relationship.clarification
  { id: 'clarification.to_clarify', type: 'relationship.clarification', pattern: alt(withConjunctions(['للتوضيح', 'توضيحا', 'للإيضاح'])), strength: 0.85 },
  { id: 'clarification.let_me_clarify', type: 'relationship.clarification', pattern: `${alt(withConjunctions(['خليني', 'دعني', 'اسمح', 'اسمحوا', 'أحب', 'حابب', 'بدي', 'let']))} ?لي ?ان ?أن ?me ${alt('أوضح|نوضح|أشرح|نشرح|بوضح|أبين|clarify|explain')}`, strength: 0.8 },
  { id: 'clarification.as_requested', type: 'relationship.clarification', pattern: `${AS} ?على ?ما ?you ${YOU_ASKED}`, strength: 0.85 },
  { id: 'clarification.per_your_question', type: 'relationship.clarification', pattern: `${ABOUT} ?على ?ل ?إلى ?الى ?to ?your ${YOUR_QUESTION}`, strength: 0.8 },
  { id: 'clarification.here_are', type: 'relationship.clarification', pattern: `${HERE_ARE} ?هي ?هم ${INFO}`, strength: 0.7 },
  { id: 'clarification.as_follows', type: 'relationship.clarification', pattern: `${INFO} ?${alt(adjectives('مطلوب'))} ${AS_FOLLOWS}`, strength: 0.7 },
  { id: 'clarification.i_meant', type: 'relationship.clarification', pattern: I_MEANT, strength: 0.7 },
  { id: 'clarification.sorry_confusion', type: 'relationship.clarification', pattern: `${SORRY} ?${alt('على|عن|ع|for')} ?${alt('سوء|the')} ${CONFUSION}`, strength: 0.6 },
];
