/**
 * Arabic configuration: every cue table the extract engine needs, for Modern
 * Standard Arabic and Gulf, Egyptian, Levantine and Maghrebi chat. Signal
 * cues are listed family by family. Their order does not matter, because
 * every cue is tried and the engine merges hits per signal type.
 */
import { normalizeWord } from '../../text/normalize.js';
import type { LanguageCues } from '../types.js';
import { ARABIZI_CUES } from './arabizi-cues.js';
import { COMMITMENT_CUES } from './commitment-cues.js';
import { AR_DATES } from './date-cues.js';
import { AR_ENTITIES } from './entity-cues.js';
import { alt, withConjunctions } from './forms.js';
import { INTENT_CUES } from './intent-cues.js';
import { OBJECTION_CUES } from './objection-cues.js';
import { RELATIONSHIP_CUES } from './relationship-cues.js';
import { AR_SENTIMENT } from './sentiment-cues.js';
import { AR_TOPICS } from './topic-cues.js';

/** Words that are better now, settled, or acceptable after all. */
const SETTLED = alt(
  'مناسب|مناسبة|معقول|معقولة|مقبول|مقبولة|تمام|ممتاز|كويس|كويسة|منيح|منيحة|زين|زينة|مزيان|أوكي|ok|أفضل|أحسن|منطقي',
);
const NOW = alt(withConjunctions(['الآن', 'الحين', 'هلق', 'هلأ', 'دلوقتي', 'دلوقت', 'دابا', 'توا', 'حاليا', 'هالمرة']));

/** Arabic cue resources. */
export const AR: LanguageCues = {
  code: 'ar',
  // Gulf, Egyptian and Levantine buyers write "2.35"; Maghrebi buyers often write "2,35",
  // which a lone comma before two digits still reads as a decimal.
  decimalSeparator: '.',
  chronoLocale: 'en',
  // "ما" is also the question word "what" ("ما هو السعر"). Cues that start with a question
  // word list it as a literal, so the negator rule does not cancel them.
  // Normalized like token norms, because the negation check compares them with token norms.
  // Each Arabic negator is also written behind و or ف ("وماكو أي تحديث", "ومفيش رد").
  negators: [
    ...withConjunctions([
      'لا', 'ما', 'لم', 'لن', 'ليس', 'ليست', 'لست', 'لسنا', 'ليسوا', 'غير', 'بدون', 'دون', 'بلا', 'مش', 'مو', 'مب', 'موب',
      'مهوب', 'مافي', 'مافيش', 'مفيش', 'ماكو', 'مافيه', 'أبدا', 'مانيش', 'منيش', 'ماهوش', 'مهوش', 'محدش', 'ماحد', 'ماحدا',
    ]),
    'not', 'no', 'never', 'without', "don't", 'dont', "can't", 'cant',
  ].map(normalizeWord),
  resolutions: [
    `${NOW} ?${alt('صار|صارت|أصبح|بقى|بقت')} ?${alt('السعر|الأمر|الموضوع|الوضع')} ${SETTLED}`,
    `${alt(withConjunctions(['صار', 'صارت', 'أصبح', 'أصبحت', 'بقى', 'بقت', 'بقا', 'ولّى', 'رجع', 'رجعت']))} ?${alt('السعر|الأمر|الموضوع|الوضع')} ${SETTLED}`,
    `${alt(withConjunctions(['تم', 'اتم']))} ${alt('حلها|حله|حل|الحل|معالجتها|معالجته|تسويتها|تسويته|تعديلها|تعديله')}`,
    alt(withConjunctions(['اتحلت', 'انحلت', 'اتحل', 'انحل', 'محلولة', 'محلول', 'اتظبطت', 'اتظبط', 'انضبطت', 'اتصلحت', 'اتزبطت', 'تزبطت', 'تظبطت', 'تعدلت', 'اتعدلت', 'solved', 'resolved', 'fixed', 'sorted'])),
    `${alt('ما|مش|مو|لم|لا|مب')} ${alt('عاد|عادت|تعد|يعد|بقت|بقى|بقا|عادش')} ?${alt('في|فيه')} ${alt('مشكلة|مشكل|عائق|مشكلتنا')}`,
    // "but we can accept it": the contrast word keeps "ما نقدر نقبل" from reading as a resolution.
    `${alt(withConjunctions(['بس', 'لكن', 'ولكن', 'but']))} ?${alt('احنا|نحن|حنا')} ${alt('نقدر|نستطيع|ممكن|بنقدر|يمكننا')} ${alt('نقبل|نقبله|نقبلها|نمشي|نتعايش|نتقبل|نوافق|نمشيها|نمشيه')}`,
    // An earlier worry that is settled now: "كنا قلقانين من الجودة، بس الحين اطمنا".
    `${alt(withConjunctions(['بس', 'لكن', 'ولكن', 'but']))} ${NOW} ?${alt('احنا|نحن|حنا')} ${alt(
      withConjunctions(['نعرف', 'عرفنا', 'اطمنا', 'اطمأننا', 'تأكدنا', 'متأكدين', 'مطمنين', 'مطمئنين', 'مرتاحين', 'واثقين', 'نثق', 'ارتحنا', 'مقتنعين', 'اقتنعنا']),
    )}`,
    `${alt(withConjunctions(['خلاص']))} ${alt('انتهى|انتهت|خلص|خلصت|اتحل|انحل|اتحلت|انحلت|اتسكر|تسكر')}`,
    `${alt(withConjunctions(['خلص', 'خلصت', 'انتهى', 'انتهت', 'انحل', 'اتحل', 'انحلت', 'اتحلت']))} ${alt('الموضوع|الأمر|الإشكال|المشكلة|الخلاف|النقاش|الكلام')}`,
    // A polar question answered "no" ("غالي? لا، تمام").
    `? ${alt('لا|لاء|no')} ,|.|!`,
  ],
  autoReply: [
    'رد آلي|الي|تلقائي|اوتوماتيكي',
    'رسالة|رساله آلية|اليه|الية|تلقائية|تلقائيه',
    'أنا|انا ?حاليا خارج المكتب',
    'خارج المكتب',
    'تم استلام بريدكم|رسالتكم|رسالتك|بريدك',
  ],
  // The buyer ends the deal: the stage classifier reads these as lost.
  dealLost: [
    'اعتمدنا|تعاملنا|اشترينا|اخترنا|قررنا|رحنا|مشينا|اتفقنا ?مع ?من مورد|مصنع|شركة آخر|اخر|ثاني|تاني|أخرى|اخرى|ثانية|تانية',
    'اشترينا|اعتمدنا|اخترنا|تعاملنا|اتفقنا من|مع غيركم',
    'لم نعد بحاجة|محتاجين|نحتاج',
    'ما عدنا بحاجة|محتاجين|نحتاج',
    'ماعدنا بحاجة|محتاجين|نحتاج',
    'ألغينا|الغينا|لغينا|ألغوا|الغوا الطلب|الطلبية|المشروع|الصفقة|الطلبيه',
  ],
  comingBack: [
    `${alt(withConjunctions(['سأعود', 'سنعود', 'نعود', 'أعود', 'نرجع', 'برجع', 'نرجعلك', 'برجعلك', 'بنرجعلك', 'هرجعلك', 'هنرجعلك', 'نرجعلكم', 'برجعلكم']))} ?${alt('إليك|إليكم|لك|لكم|ليك|ليكم')}`,
    alt(withConjunctions(['سأرد', 'سنرد', 'بنرد', 'هرد', 'هنرد', 'نردلك', 'بردلك', 'نردلكم', 'سنوافيكم', 'سأوافيكم', 'نوافيكم', 'سنوافيك', 'سأوافيك', 'سأبلغك', 'سنبلغك', 'سنبلغكم', 'سأبلغكم', 'بنبلغك', 'ببلغك', 'هبلغك', 'بقولك', 'هقولك', 'نقولك', 'بخبرك', 'نخبرك', 'بنخبرك', 'هعرفك', 'بعرفك', 'نعرفك', 'سأخبرك', 'سنخبرك', 'سنخبركم'])),
    `${alt('راح|رح|حا|ح')} ${alt('نرد|ارد|أرد|نرجع|ارجع|أرجع|نبلغك|ابلغك|أبلغك|نخبرك|اخبرك|أخبرك|نقولك|اقولك|أقولك')}`,
  ],
  signals: [...INTENT_CUES, ...COMMITMENT_CUES, ...OBJECTION_CUES, ...RELATIONSHIP_CUES, ...ARABIZI_CUES],
  topics: AR_TOPICS,
  sentiment: AR_SENTIMENT,
  dates: AR_DATES,
  entities: AR_ENTITIES,
};
