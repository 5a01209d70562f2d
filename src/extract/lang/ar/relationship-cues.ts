/**
 * Arabic relationship cues. Each pattern uses the phrase syntax of `text/phrases.ts`, and its
 * strength is the weight of one match in [0, 1]. Tone cues whose id starts
 * with `tone.warm.` make the tone signal's value `warm`, the others `polite`.
 */
import type { SignalCue } from '../types.js';
import { adjectives, alt, nounForms, nouns, withConjunctions } from './forms.js';
import { WE_COMMIT, YOU_DO } from './words.js';

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

export const RELATIONSHIP_CUES: SignalCue[] = [
  // relationship.tone
  { id: 'tone.warm.thanks', type: 'relationship.tone', pattern: THANKS, strength: 0.5 },
  { id: 'tone.warm.blessing', type: 'relationship.tone', pattern: `${BLESS} ?${alt('الله|ربي|فيك|فيكم')} ${BLESSING}`, strength: 0.6 },
  { id: 'tone.warm.thousand_thanks', type: 'relationship.tone', pattern: `${alt('ألف|جزيل|كل')} ${alt('شكر|الشكر|شكرا')}`, strength: 0.55 },
  { id: 'tone.warm.hands_safe', type: 'relationship.tone', pattern: `${alt('تسلم|تسلمي|تسلموا|يسلمو')} ${alt('إيدك|ايديك|ايديكم|ايدكم')}`, strength: 0.6 },
  { id: 'tone.warm.you_did_not_fail', type: 'relationship.tone', pattern: `ما ${alt('قصرت|قصرتوا|قصرتو|تقصر|تقصروا|قصرتم')}`, strength: 0.55 },
  { id: 'tone.warm.you_did_not_fail_one_word', type: 'relationship.tone', pattern: alt('ماقصرت|ماقصرتوا|ماقصرتو|ماتقصر|ماتقصروا'), strength: 0.55 },
  { id: 'tone.polite.dear', type: 'relationship.tone', pattern: `^ ${alt(withConjunctions(['عزيزي', 'عزيزتي', 'السيد', 'السيدة', 'السادة', 'سيدي', 'الأستاذ', 'أستاذ', 'الأخ', 'حضرة', 'جناب', 'dear']))}`, strength: 0.35 },
  { id: 'tone.polite.respected', type: 'relationship.tone', pattern: alt(adjectives('محترم', 'فاضل', 'كريم'), 'المحترمين|المحترمون|الكرام|الأفاضل'), strength: 0.3 },
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
