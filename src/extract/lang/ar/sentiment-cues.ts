/**
 * Arabic sentiment resources, tuned for B2B buying. Greetings and religious
 * formulas ("السلام عليكم", "إن شاء الله", "جزاك الله خير") carry no emotion,
 * trade phrases such as "أفضل سعر" are not praise, and "ما في مشكلة" is
 * agreement, not a problem.
 */
import type { LexiconEntry, SentimentCues, SentimentPhrase } from '../types.js';
import { normalizeWord } from '../../text/normalize.js';
import { adjectiveForms, adjectives, alt, nounForms, nouns, withConjunctions } from './forms.js';
import { AGREEMENT_DONE_PATTERNS, DEAL_PATTERNS, SILENT_SINCE } from './words.js';

/**
 * Adds every inflected form of each word with one lexicon entry. Keys are
 * normalized like token norms ("سيئة" → "سيئه"), because the lexicon is
 * looked up by a token's normalized form.
 */
function entries(table: [words: string[], entry: LexiconEntry, kind?: 'noun' | 'plain'][]): Record<string, LexiconEntry> {
  const out: Record<string, LexiconEntry> = {};
  for (const [words, entry, kind] of table) {
    for (const word of words) {
      for (const form of inflect(word, kind)) {
        out[normalizeWord(form)] = entry;
      }
    }
  }
  return out;
}

const LEXICON: Record<string, LexiconEntry> = entries([
  // positive
  [['ممتاز', 'رائع'], 2.5],
  [['جميل', 'عظيم', 'فخم'], 2],
  [['مميز'], 1.5],
  [['جيد', 'حلو', 'زين', 'كويس', 'منيح', 'مزيان', 'باهي', 'نظيف'], 1.5],
  [['مثالي', 'خرافي', 'مذهل', 'روعة', 'يجنن', 'تحفة'], [2.5, 'engaged']],
  [['سعيد', 'سعداء', 'مبسوط', 'مسرور', 'فرحان'], [2, 'constructive']],
  [['راض', 'راضي', 'مرتاح'], [1.8, 'constructive']],
  [['معجب', 'معجبين'], [2.2, 'engaged']],
  [['متحمس', 'متشوق', 'متلهف'], [2.5, 'engaged']],
  [['مهتم'], [1, 'constructive']],
  [['موافق', 'متفق'], [1, 'constructive']],
  [['مناسب', 'معقول', 'منطقي', 'منافس', 'تنافسي', 'مقبول'], 0.8],
  [['ممتن', 'شاكر'], 0.8],
  [['موثوق', 'سريع', 'مريح', 'مضبوط', 'محترف'], 1.2],
  [['أفضل', 'أحسن'], 1, 'plain'],
  [['تمام', 'اوكي', 'ماشي', 'طيب'], 0.4, 'plain'],
  [['أكيد', 'بالتأكيد', 'طبعا', 'حتما'], 0.6, 'plain'],
  [['الحمدلله'], 0.5, 'plain'],
  // negative
  [['سيء', 'سيئ', 'رديء', 'ضعيف', 'تعبان', 'خايب', 'بايخ', 'وحش'], -2],
  [['سيئة', 'رديئة'], -2, 'plain'],
  [['زفت', 'كارثي', 'فظيع', 'مقرف'], [-3, 'frustrated']],
  [['كارثة', 'مهزلة', 'فضيحة', 'مصيبة'], [-3, 'frustrated'], 'noun'],
  [['زعلان', 'متضايق', 'منزعج', 'مستاء', 'غاضب', 'محبط', 'متنرفز', 'معصب', 'مقهور', 'متعصب'], [-2.4, 'frustrated']],
  [['سخيف', 'مرفوض'], [-2.5, 'frustrated']],
  [['خيبة', 'إحباط', 'استياء', 'إهمال', 'تطنيش', 'مماطلة', 'تجاهل'], [-2.2, 'frustrated'], 'noun'],
  [['مخيب', 'مخيبة'], [-2.3, 'frustrated'], 'plain'],
  [['شكوى', 'شكاوى'], [-1.5, 'frustrated'], 'noun'],
  [['تأخير', 'تأخر'], [-1.2, 'frustrated'], 'noun'],
  [['متأخر'], [-1.3, 'frustrated']],
  [['مشكلة', 'مشاكل', 'مشكلات'], -1.2, 'noun'],
  [['غلط', 'خطأ'], -1.5, 'noun'],
  [['خاطئ', 'مكسور', 'تالف', 'معيب', 'معيوب', 'خربان', 'مضروب', 'بايظ'], -2],
  [['متشقق', 'مشقق', 'مشقوق', 'معفن', 'مسوس', 'مغشوش', 'ملوث', 'مشوه', 'مطعوج', 'مبعوج', 'مهري'], -2],
  [['باهت', 'مرخي'], -1.2],
  // غالي and مكلف are left out: the price objection already lowers the polarity.
  [['بطيء'], -1],
  [['حزين'], -1.5],
  [['للأسف'], -1, 'plain'],
  [['نصب', 'احتيال', 'غش'], [-3, 'skeptical'], 'noun'],
  [['نصاب', 'محتال', 'مزيف', 'مزور', 'مقلد', 'مغشوش'], [-2.5, 'skeptical']],
  [['مريب', 'مشبوه'], [-1.8, 'skeptical']],
  // "غريبة، سعركم أرخص من السوق": surprise that questions a claim.
  [['غريب'], [-0.8, 'skeptical']],
  [['أشك', 'نشك', 'بشك', 'شاكين', 'مشكك'], [-1.2, 'skeptical'], 'plain'],
  [['شك', 'شكوك'], [-1.2, 'skeptical'], 'noun'],
  [['مشكوك', 'متشكك'], [-1.3, 'skeptical']],
  [['قلق', 'قلقان', 'متخوف', 'خايف'], [-1.5, 'hesitant']],
  // "وهذا فيه مخاطرة علينا": a risk the buyer hesitates to take.
  [['مخاطرة', 'مجازفة', 'مغامرة'], [-0.6, 'hesitant'], 'noun'],
  [['مخاوف'], [-1, 'hesitant'], 'noun'],
  [['متردد', 'محتار', 'حاير'], [-0.8, 'hesitant']],
  // hedges: no valence, but they vote for hesitation
  [['ربما', 'يمكن', 'بلكي', 'جايز', 'احتمال', 'محتمل', 'لعل'], [0, 'hesitant'], 'plain'],
]);

function inflect(word: string, kind: 'noun' | 'plain' | undefined): string[] {
  if (kind === 'plain') {
    return withConjunctions([word]);
  }
  return kind === 'noun' ? nounForms(word) : adjectiveForms(word);
}

/** Returns the table with its keys normalized like token norms. */
function normalizedKeys(table: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(table).map(([word, factor]) => [normalizeWord(word), factor]));
}

const POLITE = 0;

const THANKS = alt(
  withConjunctions([
    'شكرا', 'شكرن', 'مشكور', 'مشكورين', 'مشكورة', 'تسلم', 'تسلمي', 'تسلموا', 'يسلمو', 'ممنون', 'متشكر',
    'متشكرين', 'مرسي', 'ميرسي', 'شاكرين', 'شاكر', 'نشكركم', 'نشكرك', 'أشكرك', 'أشكركم', 'ممتن', 'ممتنين', 'thanks', 'thank', 'thx',
  ]),
);
const PRAISE = alt(adjectives('رائع', 'ممتاز', 'جميل', 'عظيم', 'حلو', 'مثالي'), withConjunctions(['برافو', 'ياسلام', 'روعة', 'great', 'perfect', 'wonderful']));
const DELAY = alt(nouns('تأخير', 'تأخر', 'انتظار', 'تطنيش', 'تجاهل', 'إهمال', 'مماطلة', 'كذب', 'وعود', 'أعذار', 'تأخيرات'), 'ولا|لا');
const AGAIN = alt(withConjunctions(['مجددا', 'كمان', 'ثاني', 'تاني', 'ثانية', 'تانية', 'جديد', 'جديدة', 'آخر', 'another', 'again']));
const NOT = alt(withConjunctions(['مش', 'مو', 'غير', 'لست', 'لسنا', 'مب', 'ما', 'مانيش', 'منيش', 'مانا']));
const SURE = alt(adjectives('متأكد', 'أكيد', 'عارف', 'واثق'), 'ادري|مدري|عارفين|نعرف|أعرف');
const HAPPY = alt(adjectives('راضي', 'مبسوط', 'سعيد', 'مرتاح', 'عاجب'), 'عاجبني|عاجبنا|عاجبنيش|عجبني|عجبنا|عجبنيش|يعجبنا|يعجبني|راض');
const WE_SEE = alt(withConjunctions(['سنرى', 'بنشوف', 'هنشوف', 'حنشوف', 'منشوف', 'نشوف', 'نرى', 'بشوف', 'نشوفها']));
const THINK = alt(
  withConjunctions([
    'نفكر', 'بنفكر', 'سنفكر', 'بفكر', 'نتشاور', 'سنتشاور', 'نستشير', 'أستشير', 'ندرس', 'سندرس', 'بندرس',
    'نراجع', 'سنراجع', 'بنراجع', 'نقارن', 'بنقارن', 'نحسبها', 'نشاور', 'بنشاور',
    // With the offer as object: "بدرسه وأرد عليك", "بنراجعه".
    'بدرسه', 'أدرسه', 'ندرسه', 'بندرسه', 'بدرسها', 'ندرسها', 'بندرسها', 'براجعه', 'نراجعه', 'بنراجعه', 'نراجعها', 'بنراجعها', 'بفكر فيه',
  ].filter((word) => !word.includes(' '))),
);
const GET_BACK = alt(withConjunctions(['نرجع', 'أرجع', 'نرد', 'برد', 'بنرد', 'أرد', 'سنرد', 'سنعود', 'سأعود', 'نعود']));
/** "We get back to you" with the object attached. */
const GET_BACK_TO_YOU = alt(withConjunctions(['نرجعلك', 'نرجعلكم', 'ارجعلك', 'برجعلك', 'برجعلكم', 'منرجعلك', 'بنرجعلكم', 'نبلغكم', 'نخبركم', 'نبلغك', 'نخبرك', 'سنبلغكم', 'سنخبركم']));
const POSTPONE = alt(withConjunctions(['أجلنا', 'نأجل', 'نؤجل', 'سنؤجل', 'بنأجل', 'هنأجل', 'تأجيل', 'postpone']));
/** Things a buyer puts on hold that are the deal itself, not a meeting. */
const DEAL_THING = alt(nouns('مشروع', 'طلب', 'طلبية', 'شراء', 'صفقة', 'موضوع', 'قرار', 'أوردر', 'تعاقد', 'استيراد', 'order', 'project'));
const LATER_TIME = alt('لبعد|لنهاية|للسنة|للموسم|للشهر|لوقت|لحين|لاحقا|بعدين|للعام|لرمضان|للعيد');
/** Negators that also mean "nobody" ("محدش بيرد", "ماحد يرد"). */
const NOBODY = alt(withConjunctions(['محدش', 'ماحد', 'ماحدا', 'محد', 'ولاحد']));
/** "Every day / week" before a repeated excuse. */
const EVERY = alt(withConjunctions(['كل']));
const SAY_YOU = alt(withConjunctions(['تقولون', 'تقولوا', 'تقولو', 'بتقولوا', 'بتقولو', 'بتقولولي', 'بتقولولنا', 'تقولولي', 'تقولولنا', 'تقولي', 'بتقولي', 'تقول', 'بتقول', 'تحكولي', 'بتحكوا', 'تحكوا', 'تردون', 'بتردوا']));
const WHY = alt(withConjunctions(['ليش', 'ليه', 'لماذا', 'علاش', 'علاه', 'ليشن', 'why']));
const WAIT_COUNT = alt(withConjunctions(['ثلاث', 'ثلاثة', 'تلات', 'أربع', 'خمس', 'ست', 'كم', 'عدة']));
/** Dual periods, which carry their own count: "أسبوعين وأنا أنتظر". */
const DUAL_PERIOD = alt(withConjunctions(['يومين', 'أسبوعين', 'اسبوعين', 'جمعتين', 'شهرين', 'ساعتين']));
const AND_WE = alt('وأنا|وانا|واحنا|ونحن|وحنا|ونحنا');
const VERY_MUCH = alt('جدا|كتير|كثير|مرة|وايد|بزاف|برشا|أوي|خالص');
const RUSH = alt(adjectives('مستعجل'), nouns('عجلة', 'استعجال'));
const WAITING = alt(withConjunctions(['ننتظر', 'أنتظر', 'منتظرين', 'منتظر', 'مستنيين', 'ناطرين', 'بانتظار', 'ننطر', 'نستنى', 'أستنى', 'بستنى', 'مستني', 'ناطر']));
const STILL = alt(withConjunctions(['مازلنا', 'لازلنا', 'لسه', 'لسا', 'لساتنا', 'بعدنا', 'للحين', 'لليوم', 'still']));
const NO_REPLY = alt(nouns('رد', 'جواب', 'تجاوب', 'خبر', 'أخبار', 'تحديث'));
const YOU_PROMISED = alt(
  withConjunctions(['وعدتونا', 'وعدتوا', 'وعدتم', 'وعدتني', 'وعدتنا', 'قلتوا', 'قلتو', 'قلتم', 'قلتلي', 'قلتولي', 'قلتلنا', 'قلتولنا', 'حكيتوا', 'حكيتو']),
);
const CANCEL = alt(withConjunctions(['نلغي', 'سنلغي', 'هنلغي', 'حنلغي', 'بنلغي', 'إلغاء', 'بإلغاء', 'نكنسل', 'نلغيه', 'نلغيها', 'cancel']));
const ORDER = alt(nouns('طلب', 'طلبية', 'أوردر', 'عقد', 'صفقة', 'order'));
const TRUST = alt(withConjunctions(['نثق', 'أثق', 'نأمن', 'نطمن', 'أطمن', 'نصدق', 'أصدق', 'نضمن', 'أضمن']));
const HOW = alt(withConjunctions(['كيف', 'كيفاش', 'ازاي', 'شلون', 'وشلون']));
const EVERYONE = alt(withConjunctions(['الكل', 'كلهم', 'كلكم', 'الجميع', 'جميعهم', 'كل']));
const SAY = alt(withConjunctions(['يقول', 'يقولون', 'يقولوا', 'بيقول', 'بيقولوا', 'يقولو', 'يحكي', 'يحكوا', 'بيحكوا', 'يدعي', 'يدعون', 'يوعد', 'يوعدون', 'قالوا', 'وعدوا']));
const KIDDING = alt(withConjunctions(['تمزح', 'تمزحون', 'بتمزح', 'عم_تمزح', 'تستهبل', 'تتمسخر', 'تضحك', 'تضحكون', 'تضحكوا', 'بتضحك', 'بتضحكوا', 'تستهزئ', 'نكتة']).filter((w) => !w.includes('_')));
const LETS = alt(withConjunctions(['خلينا', 'يلا', 'يالله', 'دعونا', 'هيا']));
const GO = alt(withConjunctions(['نبدأ', 'نمشي', 'نشتغل', 'نكمل', 'نبلش', 'ننطلق', 'نعتمد']));
const DISCUSS = alt(withConjunctions(['نناقش', 'نتناقش', 'نتكلم', 'نتفاهم', 'نتواصل', 'نحدد', 'نرتب', 'نتفق', 'نتحدث']));
const TRY = alt(withConjunctions(['نجرب', 'نجربها', 'نجربه', 'نختبر']));
const SUITS_US = alt(withConjunctions(['يناسبنا', 'تناسبنا', 'يناسبني', 'ينفعنا', 'ينفعني', 'يوافقنا', 'يمشي', 'بيمشي']));
const GOOD_NEWS = alt(nouns('خبر', 'أخبار'));
const GOOD = alt(adjectives('رائع', 'ممتاز', 'حلو', 'سار', 'جميل', 'جيد', 'زين', 'كويس'), 'سارة|حلوة');
const LOOKS = alt(withConjunctions(['يبدو', 'تبدو', 'شكله', 'شكلها', 'شكلهم', 'باين', 'looks', 'sounds']));
const EXACTLY = alt(withConjunctions(['بالضبط', 'بالظبط', 'بالزبط', 'تماما', 'exactly']));
const WHAT_WE_NEED = alt('اللي|الي|ما|هو|هذا|المطلوب');

const PHRASES: SentimentPhrase[] = [
  // politeness and religious formulas: consumed with no valence
  { id: 'polite.salam', pattern: `${alt(withConjunctions(['السلام', 'سلام']))} ${alt('عليكم|عليك')}`, valence: POLITE },
  { id: 'polite.salam_reply', pattern: `${alt('وعليكم|عليكم')} ${alt('السلام')}`, valence: POLITE },
  { id: 'polite.inshallah', pattern: `${alt(withConjunctions(['إن']))} ${alt('شاء|شاءالله')} ?${alt('الله')}`, valence: POLITE },
  { id: 'polite.inshallah_one_word', pattern: alt(withConjunctions(['انشالله', 'إنشاءالله', 'نشالله', 'inshallah'])), valence: POLITE },
  { id: 'polite.alhamdulillah', pattern: `${alt(withConjunctions(['الحمد']))} ${alt('لله|الله')}`, valence: POLITE },
  { id: 'polite.bless', pattern: `${alt(withConjunctions(['الله', 'ربي', 'ربنا', 'جزاك', 'جزاكم', 'بارك', 'يعطيك', 'يعطيكم']))} ?${alt('الله|ربي|فيك|فيكم')} ${alt('يعطيك|يعطيكم|يسعدك|يسعدكم|يوفقك|يوفقكم|يحفظك|يحفظكم|يبارك|يخليك|يخليكم|خيرا|خير|فيك|فيكم|العافية')}`, valence: POLITE },
  { id: 'polite.thanks', pattern: `${THANKS} ?${alt('جزيلا|كتير|كثير|وايد|بزاف|ليك|لك|لكم|على|مقدما|سلفا')} ?${alt(nouns('تعاون', 'مساعدة', 'اهتمام', 'متابعة', 'تفهم'))}`, valence: POLITE },
  { id: 'polite.thousand_thanks', pattern: `${alt('ألف|جزيل|كل')} ${alt('شكر|الشكر|شكرا')}`, valence: POLITE },
  { id: 'polite.please', pattern: alt(withConjunctions(['فضلك', 'فضلكم', 'فضلا', 'لوسمحت', 'تكرما', 'يرجى', 'الرجاء', 'رجاء', 'أرجو', 'نرجو', 'نأمل', 'please', 'pls', 'plz', 'kindly', 'بليز'])), valence: POLITE },
  { id: 'polite.if_you_please', pattern: `${alt('لو|من|إذا')} ${alt('سمحت|سمحتم|سمحتو|سمحتي|تكرمت|تكرمتم|فضلك|فضلكم')}`, valence: POLITE },
  { id: 'polite.regards', pattern: `${alt('مع|وتفضلوا|تفضلوا|بقبول|وتقبلوا|تقبلوا|أطيب|خالص|فائق')} .. ${alt(nouns('تحية', 'تحيات', 'احترام', 'تقدير', 'أمنيات', 'امنيات'), 'التحية|التحيات|الاحترام|التقدير|تحياتي|تحياتنا|regards')}`, valence: POLITE },
  { id: 'polite.greeting_formal', pattern: `${alt('تحية')} ${alt('طيبة|وبعد|عطرة')}`, valence: POLITE },
  { id: 'polite.good_morning', pattern: `${alt('صباح|مساء|صباحك|مساك|صباحكم|مساكم|نهارك|يومك')} ${alt('الخير|النور|الورد|الفل|الخيرات|سعيد|طيب|good')}`, valence: POLITE },
  { id: 'polite.nice_day', pattern: `${alt(nouns('يوم', 'نهار', 'أسبوع', 'جمعة', 'عطلة', 'إجازة', 'سفرة', 'رحلة', 'ويكند'), 'يومك|يومكم|نهارك|جمعتكم')} ${alt(adjectives('سعيد', 'مبارك', 'طيب', 'موفق', 'جميل', 'ممتع'), 'سعيدا|طيبا')}`, valence: POLITE },
  { id: 'polite.hope_well', pattern: `${alt(withConjunctions(['أتمنى', 'نتمنى', 'أرجو', 'نرجو', 'عساك', 'عساكم', 'نأمل', 'hope']))} .. ${alt(withConjunctions(['بخير', 'بأفضل', 'طيبين', 'بصحة', 'بعافية', 'well', 'fine']))}`, valence: POLITE },
  { id: 'polite.how_are_you', pattern: alt(withConjunctions(['كيفك', 'كيفكم', 'شلونك', 'شلونكم', 'إزيك', 'ازيكم', 'لاباس', 'كيداير'])), valence: POLITE },
  { id: 'polite.looking_forward', pattern: `${alt(withConjunctions(['نتطلع', 'أتطلع', 'بانتظار', 'انتظار', 'ننتظر', 'أنتظر']))} ?${alt('إلى|ل')} ${alt(nouns('رد', 'جواب', 'تواصل', 'تعاون', 'تعامل', 'عرض'), 'ردكم|ردك|ردودكم|جوابكم')}`, valence: POLITE },
  { id: 'polite.sorry_late', pattern: `${alt(withConjunctions(['آسف', 'آسفين', 'عذرا', 'المعذرة', 'معذرة', 'نعتذر', 'أعتذر', 'سوري', 'عفوا', 'sorry']))} ?${alt('على|عن|ع')} ${alt(nouns('تأخير', 'تأخر'))} ?${alt('في|ب|بال')} ?${alt(nouns('رد'))}`, valence: POLITE },
  { id: 'polite.welcome', pattern: `${alt('أهلا|مرحبا|هلا')} ?${alt('وسهلا|بك|بكم|فيك|فيكم|هلا|والله|مرحبا')}`, valence: POLITE },
  { id: 'polite.mashallah', pattern: `${alt('ما|ماشاء')} ${alt('شاء|الله')} ?${alt('الله|عليكم|عليك')}`, valence: 0.8, mode: 'constructive', weight: 0.5 },
  { id: 'trade.best_price', pattern: `${alt(withConjunctions(['أفضل', 'أحسن', 'أقل', 'أرخص', 'best', 'lowest']))} ${alt(nouns('سعر', 'أسعار', 'عرض', 'عروض', 'تسعيرة', 'خصم', 'جودة', 'price', 'offer'))}`, valence: POLITE },
  { id: 'trade.suitable_price', pattern: `${alt(withConjunctions(['سعر', 'بسعر', 'أسعار', 'بأسعار', 'لسعر', 'جودة', 'بجودة']))} ${alt(adjectives('مناسب', 'منافس', 'تنافسي', 'معقول', 'جيد', 'خاص', 'أفضل', 'عالي'), 'أفضل|أحسن|أقل|عالية')}`, valence: POLITE },
  { id: 'trade.best_definite', pattern: `${alt(withConjunctions(['السعر', 'الأسعار', 'بالسعر', 'بالأسعار']))} ${alt('المناسب|المناسبة|الأنسب|المنافس|المنافسة|التنافسي|التنافسية|الأفضل|الأقل|النهائي|الخاص')}`, valence: POLITE },
  { id: 'polite.respected', pattern: alt(adjectives('محترم', 'فاضل'), 'الكرام|الأفاضل|المحترمين'), valence: POLITE },
  { id: 'polite.dear_one', pattern: `${alt('يا')} ${alt('غالي|الغالي|غاليه|طيب|حبيبي|صديقي|أخي|باشا|ريس|معلم')}`, valence: POLITE },
  { id: 'polite.dear_one_word', pattern: alt('ياغالي|الغالي|ياحبيبي|ياصديقي'), valence: POLITE },
  { id: 'negative.unfortunately', pattern: `مع ${alt('الأسف')}`, valence: -1 },
  // negation idioms that read as agreement
  { id: 'agree.no_problem', pattern: `${alt(withConjunctions(['ما', 'مافي', 'مفيش', 'مافيش', 'ماكو', 'لا', 'مش', 'مو', 'بدون', 'بلا', 'ولا', 'مب']))} ?${alt('في|فيه|فيش|توجد|يوجد')} ${alt(nouns('مشكلة', 'مشاكل', 'مشكل'), 'مشكله|يهمك|يهمكم|بأس|عليه|عليك|إشكال')}`, valence: 0.4, mode: 'constructive', weight: 0.6 },
  { id: 'agree.never_mind', pattern: alt(withConjunctions(['معليش', 'معلش', 'ماعليه', 'ماعليش', 'عادي'])), valence: 0.4, mode: 'constructive', weight: 0.6 },
  { id: 'agree.not_bad', pattern: `${NOT} ${alt(adjectives('سيء', 'سيئ', 'بطال', 'وحش', 'ضعيف', 'خايب', 'غالي'), 'سيئة|سيئا|بطالة|وحشة')}`, valence: 0.8, mode: 'constructive', weight: 0.6 },
  { id: 'negative.not_happy', pattern: `${NOT} ${HAPPY}`, valence: -1.8, mode: 'frustrated' },
  { id: 'negative.does_not_suit', pattern: `${alt(NOT, 'لا|لن')} ${alt(SUITS_US, 'يناسب|تناسب|ينفع|تنفع|تمشي|يزبط|تزبط|يظبط')}`, valence: -0.5 },
  { id: 'negative.does_not_suit_one_word', pattern: alt(withConjunctions(['مايناسبنا', 'ماتناسبنا', 'مينفعش', 'ماينفعش', 'ماينفع', 'مايمشي', 'ميمشيش', 'مايزبط'])), valence: -0.5 },
  { id: 'negative.cannot', pattern: `${alt('ما|مش|مو|لا|لن|مب')} ${alt('نقدر|نستطيع|أقدر|بنقدر|نقبل|نوافق|نتعامل|نقدرش')}`, valence: -0.2 },
  { id: 'negative.not_agreed', pattern: `${alt('ما|لم|مش|مو|لا|لسه')} ${alt('اتفقنا|نتفق|اتفقناش')}`, valence: -0.8, mode: 'hesitant', weight: 0.6 },
  { id: 'negative.did_not_like', pattern: alt(withConjunctions(['ماعجبني', 'ماعجبنا', 'معجبنيش', 'معجبناش', 'ماعجبتني', 'ماعجبتنا'])), valence: -1.8, mode: 'frustrated' },
  // hedges
  { id: 'hedge.not_sure', pattern: `${alt(NOT, 'لا')} ${SURE} ?${alt('بعد|لسه|لسا|yet')}`, valence: -0.2, mode: 'hesitant', weight: 1.2 },
  { id: 'hedge.no_idea', pattern: `${alt('ما|مش|مو|مافي|مفيش|ماعندي|ماعندنا|معنديش')} ?${alt('عندي|عندنا|في|لدي')} ${alt('فكرة|علم')}`, valence: -0.2, mode: 'hesitant', weight: 1.2 },
  { id: 'hedge.ask_the_boss', pattern: `${alt(withConjunctions(['بسأل', 'بنسأل', 'نسأل', 'أسأل', 'سأسأل', 'سنسأل', 'بشاور', 'بنشاور', 'نشاور', 'أشاور', 'بكلم', 'بنكلم']))} ${alt(nouns('مدير', 'إدارة', 'شريك', 'عميل', 'زبون', 'مسؤول', 'بوس', 'مالك'))}`, valence: 0, mode: 'hesitant' },
  { id: 'hedge.dont_know', pattern: alt(withConjunctions(['مدري', 'معرفش', 'مانعرف', 'ماعرف', 'منعرفش'])), valence: -0.2, mode: 'hesitant', weight: 1.2 },
  { id: 'hedge.we_will_see', pattern: `${alt(withConjunctions(['راح', 'رح', 'ح', 'سوف', 'خلينا', 'دعنا']))} ${WE_SEE}`, valence: 0, mode: 'hesitant', weight: 1.2 },
  { id: 'hedge.will_see', pattern: alt(withConjunctions(['سنرى', 'بنشوف', 'هنشوف', 'حنشوف', 'منشوف', 'بنشوفها', 'سنشوف'])), valence: 0, mode: 'hesitant', weight: 0.9 },
  { id: 'hedge.ok_we_will_see', pattern: `${alt(withConjunctions(['طيب', 'تمام', 'اوكي', 'خلاص', 'ماشي', 'ok']))} ?, ${alt('نشوف|نشوفها|نشوفه|بنشوف')}`, valence: 0, mode: 'hesitant', weight: 1.2 },
  { id: 'hedge.think_about', pattern: `${THINK} ?${alt('في|ب|فيها|فيه|بالموضوع|بالعرض|الموضوع|العرض|الأمر|الأسعار')}`, valence: 0, mode: 'hesitant' },
  // "نرد عليكم" (we get back to you) defers, but "لازم أرد عليه" (I must reply to him) does not.
  { id: 'hedge.let_you_know', pattern: `${GET_BACK} ${alt('لك|لكم|عليك|عليكم|إليك|إليكم')}`, valence: 0, mode: 'hesitant', weight: 0.6 },
  { id: 'hedge.let_you_know', pattern: GET_BACK_TO_YOU, valence: 0, mode: 'hesitant', weight: 0.6 },
  { id: 'hedge.not_decided', pattern: `${alt('لم|ما|لسه|لسا|مش')} ${alt('نقرر|قررنا|نحسم|حسمنا|قررت|أقرر|نقررش|قررناش')}`, valence: -0.3, mode: 'hesitant' },
  { id: 'hedge.not_ready', pattern: `${NOT} ${alt(adjectives('جاهز', 'مستعد'))}`, valence: -0.3, mode: 'hesitant' },
  { id: 'hedge.still_comparing', pattern: `${STILL} ?${alt('بن|ن')} ${alt(withConjunctions(['ندرس', 'بندرس', 'نقارن', 'بنقارن', 'نفكر', 'بنفكر', 'نراجع', 'بنراجع', 'نشوف', 'بنشوف', 'ننتظر']))}`, valence: 0, mode: 'hesitant' },
  // Postponing the deal, not a call: "نأجل المشروع لنهاية السنة", but "نأجل المكالمة للساعة 4" is neutral.
  { id: 'hedge.on_hold', pattern: alt(adjectives('مؤجل', 'معلق', 'مجمد'), nouns('تجميد')), valence: -0.5, mode: 'hesitant' },
  { id: 'hedge.on_hold', pattern: `${POSTPONE} ?_ ${alt(DEAL_THING, LATER_TIME)}`, valence: -0.5, mode: 'hesitant' },
  { id: 'hedge.on_hold', pattern: `${POSTPONE} ${alt('.|,|!')}`, valence: -0.5, mode: 'hesitant' },
  { id: 'hedge.no_rush', pattern: `${alt(NOT, 'لا|مافي|مفيش|بدون')} ${RUSH}`, valence: 0, mode: 'hesitant', weight: 0.6 },
  { id: 'hedge.take_your_time', pattern: `${alt('على|خذ|خد|براحتك|براحتكم|ع')} ${alt('مهلك|مهلكم|راحتك|راحتكم|وقتك|وقتكم')}`, valence: 0, mode: 'hesitant', weight: 0.6 },
  // "اعطونا مهلة أسبوع": the buyer requests time to decide.
  { id: 'hedge.give_us_time', pattern: `${alt(withConjunctions(['اعطونا', 'عطونا', 'اعطني', 'عطني', 'امهلونا', 'خلونا']))} ${alt(nouns('مهلة', 'فرصة', 'وقت'), 'شوية|شوي|كم')} ?${alt('وقت|يوم|يومين|أسبوع|أيام')}`, valence: 0, mode: 'hesitant' },
  { id: 'hedge.give_us_time', pattern: `${alt(withConjunctions(['نحتاج', 'محتاجين', 'بدنا', 'نبي']))} ${alt('شوية|شوي|بعض|كم')} ${alt('وقت|يوم|أيام')}`, valence: 0, mode: 'hesitant' },
  { id: 'hedge.not_now', pattern: `${alt(NOT, 'ليس')} ${alt('الآن|الحين|هلق|هلأ|دلوقتي|وقته|هالفترة|حاليا')}`, valence: -0.2, mode: 'hesitant', weight: 0.8 },
  { id: 'hedge.later', pattern: `${alt('فيما|في')} ${alt('بعد|وقت')} ?${alt('لاحق')}`, valence: 0, mode: 'hesitant', weight: 0.8 },
  { id: 'hedge.maybe_later', pattern: `${alt('يمكن|ربما|بلكي|جايز')} ${alt('بعدين|لاحقا|الشهر|السنة|الموسم|نأجل|نؤجل|لا|ما|مش')}`, valence: 0, mode: 'hesitant', weight: 1 },
  { id: 'hedge.maybe_later', pattern: `${alt('ممكن')} ${alt('بعدين|لاحقا')}`, valence: 0, mode: 'hesitant', weight: 1 },
  { id: 'hedge.can_you', pattern: `${alt('هل|وهل')} ${alt('يمكن|يمكنكم|يمكنك|ممكن')}`, valence: 0, mode: 'constructive', weight: 0.4 },
  // frustration
  { id: 'frustrated.still_waiting', pattern: `${STILL} ?${alt('ما|لا')} ?${alt('زلنا|نزال')} ${WAITING}`, valence: -1.8, mode: 'frustrated' },
  { id: 'frustrated.still_waiting_two_words', pattern: `${alt('ما|لا')} ${alt('زلنا|نزال|زال')} ${WAITING}`, valence: -1.8, mode: 'frustrated' },
  { id: 'frustrated.no_reply', pattern: `${alt(withConjunctions(['ما', 'مافي', 'مفيش', 'لا', 'لم', 'بدون', 'ماكو', 'مش', 'no']))} ?${alt('في|فيه|يوجد|أي|حد|أحد')} ${alt(NO_REPLY, 'رد|يرد|رديتوا|رديت|ترد|تردوا|نتلقى|يجاوب|جاوب|جاوبتوا')}`, valence: -1.2, mode: 'frustrated' },
  // "ولسه عايزين 50% مقدم؟": indignation that the seller still requests something.
  { id: 'frustrated.still_want', pattern: `${STILL} ${alt(withConjunctions(['عايزين', 'عاوزين', 'بدكم', 'تبون', 'تبغون', 'تطلبون', 'تطلبوا', 'طالبين', 'تريدون']))}`, valence: -1.2, mode: 'frustrated' },
  // The story of a past supplier who went silent ("ومن يومها ما يرد") is distrust, not anger at this seller.
  { id: 'skeptical.silent_since', pattern: SILENT_SINCE, valence: -1, mode: 'skeptical' },
  { id: 'frustrated.nobody_replies', pattern: `${NOBODY} ${alt('يرد|بيرد|رد|يجاوب|بيجاوب|جاوب|يسأل|سأل|يهتم|بيهتم|يتواصل')}`, valence: -1.2, mode: 'frustrated' },
  // "كل أسبوع تقولون الشحنة بتطلع", "كل يوم بتقولولي قريباً": the same excuse again and again.
  { id: 'frustrated.every_time_you_say', pattern: `${EVERY} ${alt('يوم|أسبوع|اسبوع|مرة|شوي|شهر|جمعة|مره')} ${SAY_YOU}`, valence: -1.5, mode: 'frustrated', weight: 1.2 },
  { id: 'frustrated.been_like_this', pattern: `${alt(withConjunctions(['صار', 'صارلنا', 'صرلنا', 'بقالنا', 'صارلي', 'صرلي', 'بقالي']))} ?${alt('لي|لنا')} ?# ${alt(nouns('أسبوع', 'أسابيع', 'يوم', 'أيام', 'شهر', 'شهور', 'أشهر'), 'أسبوعين|يومين|شهرين|جمعتين')} ${alt('على|ع')} ${alt('هالحال|هالحالة|هالوضع|هيك|كده|كدا|هذا|هالموال')}`, valence: -1.5, mode: 'frustrated', weight: 1.2 },
  // "ثلاث أسابيع وأنا أنتظر رد": a count of weeks spent waiting.
  { id: 'frustrated.weeks_waiting', pattern: `${WAIT_COUNT} ${alt(nouns('أسبوع', 'أسابيع', 'يوم', 'أيام', 'شهر', 'شهور', 'أشهر', 'ساعات'))} ${AND_WE} ${WAITING}`, valence: -1.2, mode: 'frustrated', weight: 1.5 },
  { id: 'frustrated.weeks_waiting', pattern: `# ${alt(nouns('أسبوع', 'أسابيع', 'يوم', 'أيام', 'شهر', 'شهور', 'أشهر', 'ساعات'))} ${AND_WE} ${WAITING}`, valence: -1.2, mode: 'frustrated', weight: 1.5 },
  { id: 'frustrated.weeks_waiting', pattern: `${DUAL_PERIOD} ${AND_WE} ${WAITING}`, valence: -1.2, mode: 'frustrated', weight: 1.5 },
  { id: 'frustrated.where_is_reply', pattern: `${alt(withConjunctions(['وين', 'فين', 'أين']))} ${alt(nouns('رد', 'جواب'))}`, valence: -1.2, mode: 'frustrated' },
  { id: 'frustrated.been_waiting', pattern: `${alt(withConjunctions(['صار', 'صارلي', 'صارلنا', 'صرلي', 'صرلنا', 'بقالي', 'بقالنا', 'لي', 'لنا', 'منذ', 'من']))} ?${alt('لي|لنا')} ?# ?${alt('كم|اكثر|فوق')} ${alt(nouns('أسبوع', 'أسابيع', 'يوم', 'أيام', 'شهر', 'شهور', 'أشهر', 'ساعات', 'ساعة'), 'أسبوعين|يومين|شهرين|ساعتين|جمعتين')} .. ${alt(withConjunctions(['أسأل', 'اسأل', 'نسأل', 'ننتظر', 'أنتظر', 'انتظر', 'نستنى', 'استنى', 'مستني', 'مستنيين', 'ناطر', 'ناطرين', 'منتظر', 'منتظرين', 'نطلب', 'أطلب', 'اطلب', 'أتابع', 'اتابع', 'نتابع', 'ألاحق', 'الاحق']))}`, valence: -1.2, mode: 'frustrated', weight: 1.5 },
  { id: 'frustrated.no_reply_reached', pattern: `${alt('ما|لم|لسه|لسا|ماوصلنا|ماوصلني')} ?${alt('ما|لم')} ${alt('وصل|وصلنا|وصلني|يوصل|يوصلنا|جانا|جاني|تلقينا|استلمنا|وصلتنا')} ?${alt('أي')} ${alt(nouns('رد', 'جواب', 'خبر'))}`, valence: -1.2, mode: 'frustrated' },
  { id: 'frustrated.nth_time_ordinal', pattern: `${alt(withConjunctions(['ثالث', 'تالت', 'ثالت', 'رابع', 'خامس', 'عاشر', 'ألف', 'مليون']))} ${alt('مرة')}`, valence: -1.5, mode: 'frustrated' },
  { id: 'frustrated.how_many_times', pattern: `${alt(withConjunctions(['كم', 'كام', 'قديش']))} ${alt('مرة|مرات')}`, valence: -2, mode: 'frustrated', weight: 1.5 },
  { id: 'frustrated.nth_time', pattern: `${alt(withConjunctions(['للمرة', 'المرة']))} ${alt('الثانية|الثالثة|الرابعة|الخامسة|الألف|التانية|التالتة|المليون|العاشرة')}`, valence: -1.5, mode: 'frustrated' },
  { id: 'frustrated.last_chance', pattern: `${alt('آخر')} ${alt(nouns('فرصة', 'تحذير', 'إنذار'))}`, valence: -2, mode: 'frustrated', weight: 1.5 },
  { id: 'frustrated.whats_going_on', pattern: `${alt('شو|وش|ايش|ايه|ماذا|شنو|واش|اش')} ?${alt('اللي|الي|الذي')} ${alt('القصة|السالفة|يحدث|يصير|صاير|بيحصل|بيصير|حاصل|الحكاية|يجري')}`, valence: -1.5, mode: 'frustrated' },
  { id: 'frustrated.waste_time', pattern: `${alt(withConjunctions(['مضيعة', 'تضييع', 'ضيعتوا', 'ضيعتو', 'ضيعتم', 'تضيعوا', 'تضيعون', 'ضياع', 'هدر']))} ?${alt('ل|لل')} ${alt(nouns('وقت'))}`, valence: -2.5, mode: 'frustrated', weight: 1.5 },
  { id: 'frustrated.fed_up', pattern: alt(withConjunctions(['زهقنا', 'زهقت', 'مليت', 'مللنا', 'طفح', 'تعبنا', 'قرفنا', 'قرفت', 'تعبت', 'هلكتونا', 'جننتونا', 'تعبتونا', 'تعبتوني', 'هلكتوني', 'جننتوني'])), valence: -2.5, mode: 'frustrated', weight: 1.5 },
  // "كل مرة نفس القصة": the same story every time.
  { id: 'frustrated.same_story', pattern: `${EVERY} ${alt('مرة|مره|يوم|أسبوع|شوي')} ${alt('نفس|ذات')} ${alt('القصة|الكلام|المشكلة|الموال|الشي|الحكاية|السالفة|الأعذار|العذر')}`, valence: -1.5, mode: 'frustrated', weight: 1.2 },
  { id: 'frustrated.not_acceptable', pattern: `${NOT} ${alt(adjectives('مقبول', 'معقول', 'طبيعي', 'منطقي', 'احترافي'))}`, valence: -2, mode: 'frustrated' },
  // Maghrebi "ماشي" negates ("هذا ماشي معقول"); elsewhere it means "OK", so it counts only right after "هذا".
  { id: 'frustrated.not_acceptable', pattern: `${alt(withConjunctions(['هذا', 'هادا', 'هادشي', 'هاد', 'هذي', 'هادي']))} ${alt('ماشي|مشي')} ${alt(adjectives('مقبول', 'معقول', 'طبيعي', 'منطقي', 'مزيان'))}`, valence: -2, mode: 'frustrated' },
  { id: 'frustrated.never_again', pattern: `${alt('لن|ما|مش|مو|ماعاد|ماراح|مارح')} ?${alt('عاد|عدنا|راح|رح|بعد|حن|هن')} ${alt('نتعامل|نشتري|نطلب|نتعاملش|نرجع|نعيدها|نكررها|نشتغل')} .. ${alt('مرة|أبدا|ثانية|تانية|أخرى|بعد|معكم|معاكم|معك|معاك|منكم|منك')}`, valence: -2.5, mode: 'frustrated' },
  { id: 'frustrated.you_promised', pattern: YOU_PROMISED, valence: -1.2, mode: 'frustrated' },
  { id: 'frustrated.asking_again', pattern: `${alt(withConjunctions(['أسأل', 'نسأل', 'سألت', 'سألنا', 'سألتكم', 'سألناكم', 'كتبنا', 'كتبتلكم', 'راسلتكم', 'راسلناكم', 'ذكرتكم', 'ذكرناكم']))} ${alt('مرتين|مرات|ثلاث|تلات|كتير|كثير|أكثر|عدة|أكتر')}`, valence: -1.2, mode: 'frustrated', weight: 0.8 },
  { id: 'frustrated.cancel', pattern: `${CANCEL} .. ${ORDER}`, valence: -1.5, mode: 'frustrated' },
  { id: 'frustrated.god_suffices', pattern: `${alt('حسبي|حسبنا')} ${alt('الله')}`, valence: -2.5, mode: 'frustrated', weight: 1.5 },
  // skepticism
  { id: 'skeptical.are_you_sure', pattern: `${alt('هل|وهل')} ?${alt('انت|انتو|انتم|حضرتك')} ${alt(adjectives('متأكد', 'متاكد', 'واثق'))}`, valence: -0.5, mode: 'skeptical' },
  { id: 'hedge.not_a_priority', pattern: 'مش|مو|ليس|ليست|مب ?من أولوية|اولوية|أولوياتنا|اولوياتنا', valence: -0.2, mode: 'hesitant' },
  { id: 'hedge.not_my_decision', pattern: 'القرار مش|مو|ليس عندي|بيدي|بإيدي|لي', valence: 0, mode: 'hesitant' },
  { id: 'skeptical.at_that_price', pattern: 'بهالسعر|بهذا|بهيك ?السعر|سعر ?', valence: -0.5, mode: 'skeptical' },
  { id: 'skeptical.below_market', pattern: 'أرخص|ارخص|أقل|اقل من ?كل السوق|الكل|الجميع|الباقي|الباقين|غيركم|العروض', valence: -0.5, mode: 'skeptical' },
  { id: 'skeptical.sure_question', pattern: `${alt(adjectives('متأكد'))} ?`, valence: -0.5, mode: 'skeptical' },
  { id: 'skeptical.really', pattern: `${alt(withConjunctions(['بجد', 'فعلا', 'صحيح', 'معقول', 'حقا', 'صدق', 'really']))} ?`, valence: -0.3, mode: 'skeptical' },
  { id: 'skeptical.hard_to_believe', pattern: `${alt(withConjunctions(['صعب', 'يصعب', 'الصعب', 'مش', 'مو', 'لا']))} ?${alt('ان')} ${alt('أصدق|نصدق|تصديق|مصدق|مصدقين|أصدقك|نصدقكم')}`, valence: -1, mode: 'skeptical', weight: 1.5 },
  { id: 'skeptical.trust', pattern: `${HOW} ?${alt('ممكن|نقدر|أقدر')} ?${alt('ان')} ${TRUST}`, valence: -1, mode: 'skeptical', weight: 1.5 },
  { id: 'skeptical.what_guarantee', pattern: `${alt('ما|ماهو|شو|وش|ايش|ايه|شنو|فين|وين')} ${alt(nouns('ضمانة', 'ضمانات', 'دليل'))}`, valence: -0.5, mode: 'skeptical', weight: 0.8 },
  { id: 'skeptical.not_convinced', pattern: `${NOT} ${alt(adjectives('مقتنع', 'واثق', 'مطمن', 'مطمئن'))}`, valence: -1, mode: 'skeptical', weight: 1.2 },
  { id: 'skeptical.everyone_says', pattern: `${EVERYONE} ?${alt('الموردين|المصانع|الناس|التجار|الشركات')} ${SAY}`, valence: -0.5, mode: 'skeptical' },
  // Not "ثبتوا": in Gulf chat it is "confirm (the order)", not "prove".
  { id: 'skeptical.prove', pattern: alt(withConjunctions(['أثبت', 'أثبتوا', 'إثبات', 'prove'])), valence: -0.5, mode: 'skeptical' },
  { id: 'skeptical.rely_on_it', pattern: `${HOW} ?${alt('ممكن|نقدر|أقدر')} ${alt('نعتمد|أعتمد|نعتمدها')} ${alt('عليها|عليه|عليهم|عليكم|عليك|على')}`, valence: -1, mode: 'skeptical', weight: 1.2 },
  // "ليش تغيرت بيانات البنك؟": a change the buyer did not expect.
  { id: 'skeptical.why_changed', pattern: `${WHY} ... ${alt(withConjunctions(['تغيرت', 'تغير', 'اتغير', 'اتغيرت', 'تبدل', 'تبدلت', 'غيرتوا', 'غيرتم', 'بدلتوا', 'changed']))}`, valence: -0.8, mode: 'skeptical', weight: 1.2 },
  // "علاش 75 يوم؟": a number the buyer questions.
  { id: 'skeptical.why_number', pattern: `${WHY} #`, valence: -0.5, mode: 'skeptical', weight: 0.9 },
  // A check that failed: "فتش وما لقى مصنعكم مسجل", "رقمها ما يطلع في الموقع".
  { id: 'skeptical.not_found', pattern: `${alt(withConjunctions(['ما', 'لم', 'مش']))} ${alt('لقى|لقينا|لقيت|لقوا|وجد|وجدنا|وجدت|نلقى|يطلع|تطلع|طالع|طالعة|يظهر|تظهر')} .. ${alt(adjectives('مسجل', 'معتمد', 'مرخص'), nouns('موقع', 'نظام', 'سجل', 'قاعدة', 'منصة', 'بوابة'))}`, valence: -1, mode: 'skeptical', weight: 1.2 },
  { id: 'skeptical.sure_it_is_not', pattern: `${alt(adjectives('متأكد', 'متاكد'))} ${alt('إنه|انه|إنها|انها|أنه|أنها|إن|ان|أن')} ... ${alt('مو|مش|مب|وليس|مهو|موب')}`, valence: -0.8, mode: 'skeptical', weight: 1.2 },
  { id: 'skeptical.original', pattern: `${alt('هل|وهل')} ?${alt('هو|هي|المنتج|البضاعة|الشهادة|الشهادات')} ${alt(adjectives('أصلي', 'اصلي', 'حقيقي', 'أصيل', 'رسمي'))}`, valence: -0.5, mode: 'skeptical' },
  { id: 'skeptical.original_or_copy', pattern: `${alt(adjectives('أصلي', 'أورجينال', 'original'))} ${alt('ولا|أو|أم|or')} ${alt(adjectives('تقليد', 'مقلد', 'كوبي', 'صيني', 'copy', 'fake'))}`, valence: -0.5, mode: 'skeptical' },
  { id: 'skeptical.why_cheap', pattern: `${alt(withConjunctions(['ليش', 'ليه', 'لماذا', 'لما', 'علاش', 'ليشن', 'why']))} .. ${alt(adjectives('رخيص', 'منخفض', 'مختلف'), 'أرخص|أقل|cheap|cheaper')}`, valence: -0.5, mode: 'skeptical' },
  { id: 'skeptical.kidding', pattern: KIDDING, valence: -1.5, mode: 'skeptical', weight: 1.2 },
  { id: 'skeptical.frankly', pattern: alt(withConjunctions(['بصراحة', 'صراحة', 'honestly', 'frankly'])), valence: 0, mode: 'skeptical', weight: 0.5 },
  { id: 'skeptical.in_all_frankness', pattern: `${alt('بكل')} ${alt('صراحة|أمانة')}`, valence: 0, mode: 'skeptical', weight: 0.5 },
  { id: 'skeptical.number_question_marks', pattern: '# ??', valence: -0.5, mode: 'skeptical', weight: 0.8 },
  // engagement and constructive agreement
  // A go-ahead with God's blessing or "agreed" is calm: writers read 12 of 15 and 17 of 24 such lines constructive.
  { id: 'constructive.trust_god', pattern: `${alt(withConjunctions(['توكلنا', 'توكلت', 'نتوكل', 'على']))} ${alt('على|بركة')} ${alt('الله')}`, valence: 1.5, mode: 'constructive', weight: 1.2 },
  { id: 'engaged.lets_go', pattern: `${LETS} ${GO}`, valence: 1.5, mode: 'engaged', weight: 1.2 },
  ...DEAL_PATTERNS.map((pattern): SentimentPhrase => ({ id: 'constructive.deal', pattern, valence: 1.5, mode: 'constructive', weight: 1.2 })),
  ...AGREEMENT_DONE_PATTERNS.map((pattern): SentimentPhrase => ({ id: 'engaged.deal_done', pattern, valence: 1.5, mode: 'engaged', weight: 1.2 })),
  // The verb after the wait is required: "ما نقدر ننتظر 45 يوم" is a lead-time objection.
  { id: 'engaged.cant_wait', pattern: `${alt('مش|مو|ما|مانيش')} ${alt('قادرين|قادر|قادرة|نقدر|أقدر')} ${alt('نستنى|ننتظر|أنتظر|استنى|ننطر')} ${alt('نشوف|أشوف|نستلم|نجرب|نبدأ|نشتغل|نتعامل')}`, valence: 2, mode: 'engaged', weight: 1.5 },
  { id: 'engaged.love_it', pattern: `${alt(withConjunctions(['حبيناه', 'حبيناها', 'حبيته', 'حبيتها', 'حبوه', 'حبوها', 'عجبني', 'عجبنا', 'عجبتني', 'عجبتنا', 'عجبهم', 'عجبتهم', 'عاجبني', 'عاجبنا', 'عاجبهم', 'أحببنا', 'loved']))} ?${VERY_MUCH}`, valence: 2.2, mode: 'engaged', weight: 1.2 },
  // A bare "حبيت" is also "I wanted to" ("حبيت ذكّركم"), so it needs an intensifier or a definite object.
  { id: 'engaged.love_it', pattern: `${alt(withConjunctions(['حبيت', 'حبينا']))} ${alt(VERY_MUCH, 'ال*')}`, valence: 2.2, mode: 'engaged', weight: 1.2 },
  { id: 'engaged.great_news', pattern: `${GOOD_NEWS} ${GOOD}`, valence: 2, mode: 'engaged' },
  { id: 'engaged.looks_great', pattern: `${LOOKS} ${alt(adjectives('ممتاز', 'رائع', 'مثالي', 'خرافي'), 'روعة|great|perfect|amazing')}`, valence: 2, mode: 'engaged' },
  { id: 'engaged.exactly', pattern: `${alt(withConjunctions(['هذا', 'هذه', 'هاد', 'ده', 'دا', 'هو', 'هي']))} ?${EXACTLY} ${WHAT_WE_NEED} ?${alt('نحتاجه|نحتاجها|نبيه|نبيها|بدنا|نريده|نريدها|عايزينه|محتاجينه|المطلوب|نبحث|ندور')}`, valence: 2, mode: 'engaged', weight: 1.2 },
  { id: 'engaged.exactly_short', pattern: `${EXACTLY} ${alt('اللي|الي|ما|المطلوب')} ${alt('نحتاجه|نحتاجها|نبيه|نبيها|بدنا|نريده|نريدها|عايزينه|محتاجينه|المطلوب|نبحث|ندور|نحتاج')}`, valence: 2, mode: 'engaged', weight: 1.2 },
  { id: 'constructive.looks_good', pattern: `${LOOKS} ${alt(adjectives('جيد', 'كويس', 'زين', 'حلو', 'مناسب', 'معقول', 'منطقي', 'تمام'), 'تمام|good|fine|ok|reasonable')}`, valence: 1.2, mode: 'constructive' },
  { id: 'constructive.makes_sense', pattern: alt(withConjunctions(['منطقي', 'معقول', 'مفهوم'])), valence: 0.8, mode: 'constructive' },
  { id: 'constructive.suits_us', pattern: SUITS_US, valence: 1, mode: 'constructive' },
  { id: 'constructive.lets_discuss', pattern: `${LETS} ${DISCUSS}`, valence: 0.6, mode: 'constructive' },
  { id: 'constructive.lets_try', pattern: `${alt(LETS, 'ممكن|نقدر|خلونا')} ${TRY}`, valence: 0.6, mode: 'constructive' },
  { id: 'constructive.can_work_with', pattern: `${alt('نقدر|نستطيع|ممكن|بنقدر|يمكننا')} ${alt('نشتغل|نتعامل|نقبل|نمشي|نعمل|نتعايش|نوافق|نكمل|نضبطه|نضبطها|نعدله|نعدلها|نحله|نحلها|نصلحه|نصلحها|نتجاوزه|نتجاوزها')}`, valence: 0.8, mode: 'constructive' },
  { id: 'constructive.flexible', pattern: `${alt(withConjunctions(['عندنا', 'لدينا', 'عندي', 'فيه', 'في']))} ?${alt('شوية|شوي|بعض|شي|شيء|نوع')} ?${alt('من')} ${alt(nouns('مرونة'))}`, valence: 0.8, mode: 'constructive' },
  { id: 'constructive.flexible', pattern: `${alt('احنا|نحن|حنا|إحنا')} ${alt(adjectives('مرن'))}`, valence: 0.8, mode: 'constructive' },
  // Agreement on a term is constructive, not praise, so it carries no valence.
  { id: 'constructive.agreed_on', pattern: `${alt(withConjunctions(['اتفقنا', 'توافقنا']))} ${alt('على|ع')}`, valence: 0, mode: 'constructive' },
  // "ما في شي يوقفنا": nothing is in the way now.
  { id: 'constructive.nothing_stops_us', pattern: `${alt(withConjunctions(['ما', 'مافي', 'مفيش', 'ماكو', 'لا']))} ?${alt('في|فيه|يوجد')} ${alt('شي|شيء|اشي|حاجة|حاجه|شئ')} ${alt('يوقفنا|يمنعنا|يعيقنا|يأخرنا|يعطلنا|يأخرنا|يمنع|يوقف')}`, valence: 1.2, mode: 'constructive' },
  { id: 'constructive.happy_to', pattern: `${alt(withConjunctions(['يسعدنا', 'يسرنا', 'يسعدني', 'يسرني', 'بكل']))} ?${alt('سرور|ترحيب|أن')}`, valence: 1, mode: 'constructive' },
  { id: 'constructive.request', pattern: `${alt(withConjunctions(['ممكن', 'تقدر', 'تقدرون', 'تقدروا', 'ياريت', 'يا']))} ?${alt('ريت')} ${alt('ترسل|ترسلوا|ترسلون|ترسلولي|ترسلولنا|تبعت|تبعتلي|تبعتلنا|تبعتولي|تبعتولنا|تعطيني|تعطينا|تزودنا|تزودونا|ترسلي|تطرش|تطرشلي|تشوف|تشوفلي|تأكد|تأكدلي|ترد|تردوا|تفيدنا|تفيدونا|تساعدنا')}`, valence: 0, mode: 'constructive', weight: 0.4 },
  { id: 'constructive.we_would_like', pattern: alt(withConjunctions(['نود', 'أود', 'نرغب', 'أرغب', 'حابين', 'حاب', 'يهمنا'])), valence: 0, mode: 'constructive', weight: 0.4 },
  // sarcasm: praise next to a complaint
  { id: 'sarcasm.thanks_for_delay', pattern: `${alt(THANKS, PRAISE)} ?${alt('على|ع|عالـ')} ${DELAY}`, valence: -2.5, mode: 'frustrated', weight: 2, sarcasm: true },
  { id: 'sarcasm.thanks_for_nothing', pattern: `${THANKS} ${alt('على|ع')} ${alt('ولا|لا')} ${alt('شيء|شي|حاجة|اشي|شئ')}`, valence: -2.5, mode: 'frustrated', weight: 2, sarcasm: true },
  { id: 'sarcasm.great_another', pattern: `${PRAISE} , ${alt(DELAY, AGAIN, nouns('مشكلة', 'عذر'))}`, valence: -2, mode: 'frustrated', weight: 2, sarcasm: true },
  { id: 'sarcasm.great_delay', pattern: `${PRAISE} ${alt(nouns('تأخير', 'تأخر', 'عذر', 'أعذار', 'تطنيش', 'مماطلة'))} ?${AGAIN}`, valence: -2, mode: 'frustrated', weight: 2, sarcasm: true },
  { id: 'sarcasm.ya_salam', pattern: `${alt('يا|ياا')} ${alt('سلام|سلااام')} ${alt('على|ع|عليكم')} ${DELAY}`, valence: -2, mode: 'frustrated', weight: 2, sarcasm: true },
  { id: 'sarcasm.just_great', pattern: `${alt('عال|عظيم')} ${alt('العال')}`, valence: -1.5, mode: 'frustrated', weight: 1.5, sarcasm: true },
  { id: 'sarcasm.bravo_you', pattern: `${alt('برافو|برافوو|أحسنتم|والله|عفارم')} ${alt('عليكم|عليك')} ?, .. ${alt(DELAY, AGAIN, nouns('مشكلة', 'غلط', 'خطأ'))}`, valence: -2, mode: 'frustrated', weight: 2, sarcasm: true },
];

/** Arabic sentiment resources. */
export const AR_SENTIMENT: SentimentCues = {
  lexicon: LEXICON,
  phrases: PHRASES,
  contrast: ['بس', 'لكن', 'ولكن', 'بصح', 'إلا أن', 'الا ان', 'غير أن', 'غير ان'],
  // Before the word: Levantine "كتير منيح", Gulf "مرة حلو", "شوي غالي".
  intensifiers: normalizedKeys({
    كتير: 1.3, كثير: 1.3, مرة: 1.3, مرا: 1.3, وايد: 1.3, حقا: 1.3, فعلا: 1.3, بجد: 1.3, جد: 1.3, عنجد: 1.3, أكثر: 1.2,
    كلش: 1.3, شوي: 0.7, شوية: 0.7, شويا: 0.7, حبتين: 0.7, تقريبا: 0.85, بالكاد: 0.5,
    very: 1.3, really: 1.3, so: 1.3, too: 1.2, slightly: 0.6, bit: 0.7,
  }),
  // After the word, where Arabic usually puts them: "ممتاز جدا", "حلو أوي", "غالي بزاف", "مناسب نوعا ما".
  postIntensifiers: normalizedKeys({
    جدا: 1.3, للغاية: 1.4, بزاف: 1.3, برشا: 1.3, أوي: 1.3, قوي: 1.2, خالص: 1.3, بشدة: 1.4, تماما: 1.3, كتير: 1.3,
    كثير: 1.3, مرة: 1.3, وايد: 1.3, حقا: 1.3, فعلا: 1.3, بالمرة: 1.3, كلش: 1.3, شوي: 0.7, شوية: 0.7, حبتين: 0.7,
    نوعا: 0.7, قليلا: 0.6, نسبيا: 0.8, تقريبا: 0.85,
  }),
};
