/**
 * Arabic date words for the date extractor (see `entities/date-forms.ts`).
 * chrono-node has no Arabic locale, so every Arabic form is resolved from
 * these tables; chrono (English) still reads numeric dates such as 20/3/2026.
 */
import type { DateCues } from '../types.js';
import { EN_DATES } from '../en/date-cues.js';
import { withConjunctions } from './forms.js';

/**
 * Month names of the three naming systems buyers use: Egyptian and Gulf
 * (يناير), Levantine and Iraqi (كانون الثاني), Algerian and Tunisian
 * (جانفي) and Moroccan (يوليوز), plus "شهر 3" for a month by number.
 */
const MONTHS: Record<string, number> = {
  يناير: 1, فبراير: 2, مارس: 3, أبريل: 4, مايو: 5, يونيو: 6, يونيه: 6, يوليو: 7, يوليه: 7,
  أغسطس: 8, سبتمبر: 9, أكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
  'كانون الثاني': 1, شباط: 2, آذار: 3, نيسان: 4, أيار: 5, حزيران: 6, تموز: 7, آب: 8,
  أيلول: 9, 'تشرين الأول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12,
  جانفي: 1, فيفري: 2, أفريل: 4, ماي: 5, جوان: 6, جويلية: 7, أوت: 8,
  يوليوز: 7, غشت: 8, شتنبر: 9, نونبر: 11, دجنبر: 12,
  ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`شهر ${i + 1}`, i + 1])),
  ...EN_DATES.months,
};

/** "Next": written after the week, month, year or weekday it modifies. */
const NEXT = ['القادم', 'القادمة', 'الجاي', 'الجاية', 'الياي', 'الياية', 'المقبل', 'المقبلة', 'التالي', 'التالية', 'اللي جاي'];

/** Weekdays with the article, as they are written in dates ("يوم الخميس"), and the colloquial short forms. */
const WEEKDAYS: Record<string, number> = {
  الأحد: 0, الاثنين: 1, الاتنين: 1, التنين: 1, الثلاثاء: 2, الثلاثا: 2, التلات: 2,
  التلاتاء: 2, الأربعاء: 3, الأربعا: 3, الأربع: 3, الخميس: 4, الجمعة: 5, السبت: 6,
  ...EN_DATES.weekdays,
};

/** Adds each one-word key again behind و and ف ("وبكرة نحول العربون"), which Arabic writes attached. */
function withConjunctionKeys(table: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(table).flatMap(([word, days]) => withConjunctions([word]).map((form) => [form, days])));
}

/** Arabic date cues. */
export const AR_DATES: DateCues = {
  bareDayIntroducers: ['قبل', 'بحلول', 'حتى', 'لغاية', 'يوم'],
  deadlineMarkersAfter: ['كحد أقصى', 'على الأكثر', 'بالكثير'],
  // chrono only understands the English words here; Arabic forms are resolved by the tables below.
  chronoTriggers: EN_DATES.chronoTriggers,
  chronoPeriods: EN_DATES.chronoPeriods,
  chronoPeriodModifiers: EN_DATES.chronoPeriodModifiers,
  ambiguousMonths: [...EN_DATES.ambiguousMonths, 'آب', 'ماي'],
  months: MONTHS,
  weekdays: WEEKDAYS,
  pastMarkers: ['تم', 'بالفعل', 'سبق', 'امس', 'أمس', 'البارحه', 'already'],
  paymentStepWords: ['ندفع', 'بندفع', 'نحول', 'بنحول', 'حولنا', 'دفعنا', 'الحوالة', 'التحويل', 'الدفعة', 'swift'],
  brokenPromise: {
    promised: ['قلتم|قلتو|قلتوا|قلت|قالوا|وعدتم|وعدتونا|وعدتوني|وعدتنا|وعدت|اتفقنا|أكدتم|اكدتم', 'كان المفروض', 'المفروض كان'],
    now: ['اليوم صار', 'اليوم #', 'صار لنا|لي', 'صارلنا', 'صارلي', 'لحد الآن|الان|اليوم', 'لهلأ', 'لحتى الآن|الان'],
  },
  // Before the weekday ("هذا الخميس", "يوم الخميس") or after it ("الخميس القادم"). A modifier
  // that is not a same-week one makes a weekday named on that very day mean next week's.
  weekdayModifiers: [...NEXT, 'هذا', 'هاد', 'هذه', 'يوم', 'next', 'this', 'coming'],
  sameWeekModifiers: ['هذا', 'هاد', 'هذه', 'يوم', 'this'],
  // A near date after these put time pressure on 1 of 8 labeled messages ("المدير في إجازة لين نهاية الأسبوع").
  waitMarkers: ['حتى', 'لغاية', 'لين', 'لحد', 'until'],
  deadlineMarkers: [
    'قبل', 'بحلول', 'حتى', 'لغاية', 'لحد', 'لين', 'إلى غاية', 'في موعد أقصاه', 'موعد أقصاه',
    'بموعد أقصاه', 'أقصاه', 'في موعد لا يتجاوز', 'لا يتجاوز', 'لا يتعدى', 'الموعد النهائي', 'آخر موعد',
    'قبل يوم', 'بحلول يوم', 'حتى يوم', 'لغاية يوم', 'no later than', 'by', 'before', 'until', 'deadline',
    // "at the latest": "آخر شي ٢٠ مايو", "بالكثير الخميس".
    'آخر شي', 'آخر شيء', 'اخر شي', 'بالكثير', 'بالكتير', 'كحد أقصى', 'أقصى حد', 'ضروري', 'لازم',
    // A closing date: "المناقصة بتقفل يوم الخميس", "العرض ينتهي 30 أبريل".
    'تقفل', 'بتقفل', 'يقفل', 'بيقفل', 'تقفل يوم', 'بتقفل يوم', 'تنتهي', 'ينتهي', 'تغلق', 'يغلق', 'تنتهي يوم', 'ينتهي يوم',
    // A delivery date the buyer sets: "التسليم حوالي منتصف يوليو", "يكون التسليم 15 مايو".
    'التسليم', 'التسليم حوالي', 'التسليم في', 'التسليم يوم', 'التوصيل', 'التوصيل حوالي', 'الوصول', 'الوصول حوالي',
  ],
  asap: [
    'في أقرب وقت ممكن', 'بأقرب وقت ممكن', 'بأسرع وقت ممكن',
    'في أسرع وقت ممكن', 'بأسرع وقت', 'بأقرب وقت', 'في أقرب وقت',
    'في اقرب وقت', 'في أسرع وقت', 'على وجه السرعة', 'على وجه الاستعجال', 'فورا', 'حالا',
    'asap', 'as soon as possible', 'a.s.a.p',
  ],
  endOfDay: [
    'نهاية اليوم', 'آخر اليوم', 'نهاية الدوام', 'آخر الدوام', 'نهاية دوام اليوم', 'آخر النهار',
    'اخر النهار', 'قبل نهاية اليوم', 'قبل نهاية الدوام', 'eod', 'end of day', 'end of the day', 'cob',
  ],
  endOfWeek: [
    'نهاية الأسبوع', 'آخر الأسبوع', 'نهاية هذا الأسبوع',
    'آخر هذا الأسبوع', 'آخر الجمعة', 'نهاية الجمعة', 'eow', 'end of week', 'end of the week',
  ],
  endOfMonth: [
    'نهاية الشهر', 'آخر الشهر', 'نهاية هذا الشهر', 'آخر هذا الشهر', 'نهاية الشهر الحالي', 'آخر الشهر الحالي',
    'eom', 'end of month', 'end of the month',
  ],
  endOfNamedMonth: ['نهاية', 'آخر', 'نهاية شهر', 'آخر شهر', 'أواخر', 'end of', 'the end of'],
  withinMarkers: ['خلال', 'في خلال', 'في غضون', 'غضون', 'بعد', 'في مدة', 'بمدة', 'within', 'in', 'within the next', 'in the next'],
  // NOTE: dual forms ("خلال يومين", "خلال أسبوعين") have no separate number, so the
  // "within N days" form cannot read them; they are listed here as relative days, kind date.
  relativeDays: {
    ...withConjunctionKeys({
      اليوم: 0, النهارده: 0, الليلة: 0, غدا: 1, بكرة: 1, بكرا: 1, بكره: 1, باكر: 1, باچر: 1, باجر: 1, بكرى: 1,
      أمس: -1, امبارح: -1, مبارح: -1, البارحة: -1,
    }),
    'بعد غد': 2, 'بعد الغد': 2, 'بعد بكرة': 2, 'بعد بكرا': 2, 'بعد باكر': 2,
    'خلال يومين': 2, 'في غضون يومين': 2, 'بعد يومين': 2, 'خلال أسبوع': 7, 'خلال أسبوعين': 14,
    'خلال اسبوعين': 14, 'بعد أسبوعين': 14, 'خلال شهرين': 60,
    ...EN_DATES.relativeDays,
  },
  // Arabic puts the modifier after the period word: "الأسبوع القادم", "الشهر الجاي", "السنة المقبلة".
  periodOffsets: {
    ...Object.fromEntries(NEXT.map((word) => [word, 1])),
    // Egyptian "الشهر ده", "الأسبوع دا" (this month, this week).
    هذا: 0, هذه: 0, هاد: 0, هادا: 0, ده: 0, دا: 0, دي: 0, الحالي: 0, الحالية: 0, الجاري: 0, الجارية: 0,
    ...EN_DATES.periodOffsets,
  },
  periodUnits: {
    week: ['الأسبوع', 'أسبوع', ...EN_DATES.periodUnits.week],
    month: ['الشهر', 'شهر', ...EN_DATES.periodUnits.month],
    year: ['السنة', 'سنة', 'العام', 'عام', ...(EN_DATES.periodUnits.year ?? [])],
  },
  ordinalSuffixes: EN_DATES.ordinalSuffixes,
  dayMonthLinkers: ['من', 'of'],
  partOfMonth: {
    'بداية': 1, 'أول': 1, 'بداية شهر': 1, 'أول شهر': 1, 'مطلع': 1, 'مطلع شهر': 1,
    'أوائل': 5, 'أوائل شهر': 5, 'منتصف': 15, 'منتصف شهر': 15, 'نص': 15, 'نص شهر': 15,
    'نصف': 15, 'نصف شهر': 15, 'أواسط': 15, 'وسط': 15, 'وسط شهر': 15, 'أواخر': 25,
    'أواخر شهر': 25,
    ...EN_DATES.partOfMonth,
  },
  countWords: { بضعة: 3, بضع: 3, عدة: 3, ...EN_DATES.countWords },
  endOfYear: ['نهاية السنة', 'آخر السنة', 'نهاية العام', 'آخر العام', 'نهاية هذه السنة', 'نهاية السنة الحالية', 'نهاية هذا العام', ...(EN_DATES.endOfYear ?? [])],
  endOfQuarter: ['نهاية الربع', 'آخر الربع', 'نهاية الربع الحالي', 'نهاية هذا الربع', ...(EN_DATES.endOfQuarter ?? [])],
  quarterNames: { 'الربع الأول': 1, 'الربع الثاني': 2, 'الربع الثالث': 3, 'الربع الرابع': 4, 'الربع التاني': 2, 'الربع التالت': 3, ...EN_DATES.quarterNames },
  halfYears: { 'النصف الأول': 1, 'النصف الثاني': 2, 'النص الأول': 1, 'النص الثاني': 2, 'النص التاني': 2, ...EN_DATES.halfYears },
  // NOTE: "الربع الأول من السنة القادمة" puts "next" after "year", an order the quarter form
  // does not read; "الربع الأول من 2027" and a bare "الربع الأول" work.
  yearLinkers: ['من', 'من عام', 'من سنة', ...(EN_DATES.yearLinkers ?? [])],
  leadTimeMarkers: [
    'مدة التسليم', 'وقت التسليم', 'فترة التسليم', 'مدة التصنيع', 'مدة الإنتاج', 'وقت الإنتاج',
    'مدة التوريد', 'فترة التوريد', 'مدة الشحن', 'وقت الشحن', 'مدة التجهيز', 'يستغرق', 'تستغرق', 'ياخذ', 'ياخد', 'تاخد',
    'تاخذ', 'بياخد', 'بتاخد', 'الإنتاج يستغرق', 'lead time', 'leadtime', 'production time', 'delivery time', 'takes',
  ],
};
