/**
 * Arabic frames that put a place on another party's side: a supplier's or
 * competitor's location, a factory, or the origin of the goods ("مورد من
 * الصين", "صنع في فيتنام", "كنا نشتري من تركيا"). Arabic writes the article,
 * some prepositions and possessives as part of the word, so nouns are listed
 * in the forms buyers write, and a place with "ب" attached ("بالصين") may
 * follow a noun directly. The English frames are included too, because
 * Arabic buyers write "made in China" in Arabic sentences.
 */
import { EN_DESTINATION_FRAMES, EN_PLACE_FRAMES } from '../en/place-frames.js';
import type { PlaceFrameCues } from '../types.js';

/**
 * Another party that sells or makes the goods. "موردنا" (our supplier) is still
 * another party, but "مصنعنا" (our factory) is the buyer's, so it is not listed.
 */
const PARTIES = [
  'مورد', 'موردين', 'موردون', 'المورد', 'الموردين', 'الموردون', 'وموردين', 'موردنا', 'موردينا', 'مزود', 'المزود', 'مزودين',
  'منافس', 'منافسين', 'منافسون', 'المنافس', 'المنافسين', 'منافسنا', 'منافسينا', 'منافسيكم', 'مصدر', 'مصدرين', 'المصدرين',
  'مصنع', 'مصانع', 'المصنع', 'المصانع', 'مصنعين', 'المصنعين', 'تاجر', 'تجار',
].join('|');
const QUALIFIERS = '?الحالي|الحاليين|السابق|السابقين|القديم|الآخر|آخر|اخر|ثاني';
/** Nationality adjectives that follow a party noun ("المورد التركي", "مصنع صيني"). */
const NATIONALITIES = [
  'التركي', 'الصيني', 'الهندي', 'المصري', 'الإيطالي', 'الايطالي', 'الألماني', 'الالماني', 'الفيتنامي', 'الأوروبي', 'الاوروبي',
  'الأجنبي', 'الاجنبي', 'تركي', 'صيني', 'هندي', 'مصري', 'إيطالي', 'ايطالي', 'ألماني', 'الماني', 'فيتنامي', 'أوروبي', 'اوروبي',
].join('|');
/** "في" and "من", optional because "بالصين" carries its own preposition. */
const PLACE_PREPOSITIONS = '?في|فى|من';
/** Words of origin: made, manufactured, produced, imported, product of, origin. */
const ORIGIN = [
  'صنع', 'مصنوع', 'مصنوعة', 'مصنوعين', 'صناعة', 'تصنيع', 'إنتاج', 'انتاج', 'منتج', 'منتجة', 'منتجات', 'مستورد', 'مستوردة',
  'منشأ', 'المنشأ', 'منشؤه', 'منشأها',
].join('|');
/** Verbs of buying or bringing goods in, which name where the goods come from. */
const BUYING = [
  'نشتري', 'نشتريها', 'نشتريه', 'اشترينا', 'اشتريناها', 'نستورد', 'نستوردها', 'نستورده', 'استوردنا', 'استوردناها',
  'نجيب', 'نجيبها', 'جبنا', 'جبناها', 'نجلب', 'جلبنا', 'نأخذ', 'ناخذ', 'أخذنا', 'اخذنا',
].join('|');
const ADVERBS = '?حاليا|عادة|دائما|دايما|مباشرة|سابقا|قبل';
/** Sites the buyer names as its own after "لدينا" (we have): "لدينا مصنع في جدة". */
const OWN_SITES = 'مصنع|مصانع|مستودع|مستودعات|مخزن|مخازن|فرع|فروع|مكتب|مكاتب|معرض|محل|محلات';
/** Nouns a buyer uses for itself after "نحن" (we are): "نحن موردين في السعودية". */
const SELF = `${PARTIES}|${OWN_SITES}|موزع|موزعين|الموزع|مستورد|مستوردين|موزعون|مستوردون|شركة`;

/** Arabic place frames. */
export const AR_PLACE_FRAMES: PlaceFrameCues = {
  before: [
    `${PARTIES} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
    // A nationality after the noun: "المورد التركي في إسطنبول".
    `${PARTIES} ${NATIONALITIES} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
    `${ORIGIN} ${PLACE_PREPOSITIONS}`,
    'بلد المنشأ|المنشا ?:',
    // The city of a trade fair or meeting does not show where the buyer is ("تقابلنا في معرض دبي").
    'معرض|المعرض|بمعرض ?في',
    'تقابلنا|التقينا|تعرفنا|شفناكم في|ب',
    `${BUYING} ${ADVERBS} من`,
    ...EN_PLACE_FRAMES.before,
  ],
  after: EN_PLACE_FRAMES.after,
  own: [
    `نحن|احنا|إحنا .. ${SELF} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
    // "لدينا مورد في الصين" (we have a supplier in China) is another party, so these take only the buyer's sites.
    `لدينا|ولدينا|عندنا|وعندنا|نملك|لنا .. ${OWN_SITES} ${QUALIFIERS} ${PLACE_PREPOSITIONS}`,
    ...EN_PLACE_FRAMES.own,
  ],
  articles: EN_PLACE_FRAMES.articles,
  listLinkers: ['و', 'او', 'أو', ...EN_PLACE_FRAMES.listLinkers],
  destination: [
    'إلى|الى|إلي|الي|لميناء|حتى|عبر ?ميناء|موانئ',
    'تسليم|التسليم|توصيل|التوصيل|تفريغ|التفريغ|شحن|الشحن في|إلى|الى|على ?ميناء',
    'الوجهة|وجهة|الوصول ?النهائية ?: ?ميناء',
    'ميناء الوصول|التفريغ|الوجهة|التسليم ?:',
    ...EN_DESTINATION_FRAMES,
  ],
};
