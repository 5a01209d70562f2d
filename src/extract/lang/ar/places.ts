/**
 * Arabic names of the countries and main trading cities of Arabic-speaking
 * markets and their usual suppliers (lowercase) → ISO 3166-1 alpha-2. Each
 * name is also listed with the prefixes buyers attach to it ("بدبي", "للرياض",
 * "وجدة"), because a prefixed name is one token.
 */
import { normalizePhrase } from '../../text/normalize.js';
import { EN_PLACES } from '../en/places.js';

// Left out: names that are also common words ("الخبر" the news, "الزرقاء" blue, "فاس" an axe once
// folded) and "عمان", which is both Oman and Amman without its shadda.
const NAMES: [name: string, country: string][] = [
  ['السعودية', 'SA'], ['المملكة العربية السعودية', 'SA'], ['الرياض', 'SA'], ['جدة', 'SA'], ['الدمام', 'SA'],
  ['مكة', 'SA'], ['المدينة المنورة', 'SA'], ['القصيم', 'SA'], ['بريدة', 'SA'], ['تبوك', 'SA'], ['أبها', 'SA'], ['الجبيل', 'SA'],
  ['الإمارات', 'AE'], ['دبي', 'AE'], ['أبوظبي', 'AE'], ['أبو ظبي', 'AE'],
  ['الشارقة', 'AE'], ['عجمان', 'AE'], ['جبل علي', 'AE'], ['رأس الخيمة', 'AE'], ['الفجيرة', 'AE'],
  ['قطر', 'QA'], ['الدوحة', 'QA'], ['الكويت', 'KW'], ['سلطنة عمان', 'OM'], ['مسقط', 'OM'], ['صلالة', 'OM'], ['صحار', 'OM'],
  ['البحرين', 'BH'], ['المنامة', 'BH'],
  ['مصر', 'EG'], ['القاهرة', 'EG'], ['الإسكندرية', 'EG'], ['اسكندرية', 'EG'], ['بورسعيد', 'EG'],
  ['بور سعيد', 'EG'], ['السخنة', 'EG'], ['العين السخنة', 'EG'], ['دمياط', 'EG'], ['الجيزة', 'EG'],
  ['الأردن', 'JO'], ['العقبة', 'JO'], ['إربد', 'JO'],
  ['العراق', 'IQ'], ['بغداد', 'IQ'], ['البصرة', 'IQ'], ['أربيل', 'IQ'], ['أم قصر', 'IQ'],
  ['الموصل', 'IQ'], ['السليمانية', 'IQ'],
  ['لبنان', 'LB'], ['بيروت', 'LB'], ['سوريا', 'SY'], ['سورية', 'SY'], ['دمشق', 'SY'], ['حلب', 'SY'], ['اللاذقية', 'SY'],
  ['فلسطين', 'PS'], ['رام الله', 'PS'], ['غزة', 'PS'], ['الخليل', 'PS'], ['نابلس', 'PS'],
  ['اليمن', 'YE'], ['صنعاء', 'YE'], ['عدن', 'YE'], ['ليبيا', 'LY'], ['بنغازي', 'LY'], ['مصراتة', 'LY'],
  ['تونس', 'TN'], ['صفاقس', 'TN'], ['سوسة', 'TN'], ['الجزائر', 'DZ'], ['وهران', 'DZ'], ['قسنطينة', 'DZ'], ['عنابة', 'DZ'],
  ['المغرب', 'MA'], ['الدار البيضاء', 'MA'], ['كازا', 'MA'], ['كازابلانكا', 'MA'], ['الرباط', 'MA'], ['طنجة', 'MA'],
  ['مراكش', 'MA'], ['أكادير', 'MA'],
  ['السودان', 'SD'], ['الخرطوم', 'SD'], ['بورتسودان', 'SD'], ['موريتانيا', 'MR'], ['نواكشوط', 'MR'],
  ['الصين', 'CN'], ['شنغهاي', 'CN'], ['قوانغتشو', 'CN'], ['جوانزو', 'CN'], ['غوانزو', 'CN'], ['شنتشن', 'CN'], ['شينزين', 'CN'],
  ['نينغبو', 'CN'], ['ييوو', 'CN'], ['إيوو', 'CN'],
  ['تركيا', 'TR'], ['إسطنبول', 'TR'], ['الهند', 'IN'], ['باكستان', 'PK'], ['إيران', 'IR'],
  ['ألمانيا', 'DE'], ['إيطاليا', 'IT'], ['فرنسا', 'FR'], ['إسبانيا', 'ES'],
  ['بريطانيا', 'GB'], ['أمريكا', 'US'], ['الولايات المتحدة', 'US'], ['فيتنام', 'VN'], ['ماليزيا', 'MY'],
  ['إندونيسيا', 'ID'], ['تايلاند', 'TH'], ['كوريا', 'KR'], ['اليابان', 'JP'],
  ['رادس', 'TN'], ['بنزرت', 'TN'], ['بجاية', 'DZ'], ['سكيكدة', 'DZ'], ['ينبع', 'SA'], ['طرطوس', 'SY'], ['مرسين', 'TR'],
  ['الجزائر العاصمة', 'DZ'], ['تشينغداو', 'CN'], ['تيانجين', 'CN'], ['شيامن', 'CN'],
];

/**
 * Port names as buyers write them, with "ميناء" or "مرفأ" in front: an Incoterm place is
 * often written so ("CFR ميناء الدمام"). Ports named after a person or a title (حمد,
 * خليفة, الملك عبدالعزيز) are listed only in this form, because alone they are common names.
 */
const PORTS: [name: string, country: string][] = [
  ['جدة', 'SA'], ['جدة الإسلامي', 'SA'], ['الدمام', 'SA'], ['الملك عبدالعزيز', 'SA'], ['الملك عبد العزيز', 'SA'], ['الجبيل', 'SA'],
  ['ينبع', 'SA'], ['جبل علي', 'AE'], ['خليفة', 'AE'], ['الشارقة', 'AE'], ['الحمرية', 'AE'], ['خورفكان', 'AE'], ['حمد', 'QA'],
  ['الشويخ', 'KW'], ['الشعيبة', 'KW'], ['صحار', 'OM'], ['صلالة', 'OM'], ['خليفة بن سلمان', 'BH'], ['العقبة', 'JO'], ['أم قصر', 'IQ'],
  ['البصرة', 'IQ'], ['بيروت', 'LB'], ['طرابلس', 'LB'], ['اللاذقية', 'SY'], ['طرطوس', 'SY'], ['الإسكندرية', 'EG'], ['بورسعيد', 'EG'],
  ['دمياط', 'EG'], ['السخنة', 'EG'], ['العين السخنة', 'EG'], ['عدن', 'YE'], ['الحديدة', 'YE'], ['رادس', 'TN'], ['صفاقس', 'TN'],
  ['بنزرت', 'TN'], ['الجزائر', 'DZ'], ['وهران', 'DZ'], ['عنابة', 'DZ'], ['بجاية', 'DZ'], ['الدار البيضاء', 'MA'], ['طنجة المتوسط', 'MA'],
  ['بورتسودان', 'SD'], ['نواكشوط', 'MR'],
];

/**
 * The usual Latin-letter names of the ports and trading cities above, as
 * trade documents and English messages write them ("الدمام" is "Dammam").
 * A name that is both a country and its capital means the city here. A
 * place in a trade message is a port or a city ("الجزائر" is "Algiers").
 */
const LATIN_NAMES: [name: string, latin: string][] = [
  ['جدة', 'Jeddah'], ['جدة الإسلامي', 'Jeddah Islamic Port'], ['الدمام', 'Dammam'], ['الملك عبدالعزيز', 'King Abdulaziz Port'],
  ['الملك عبد العزيز', 'King Abdulaziz Port'], ['الجبيل', 'Jubail'], ['ينبع', 'Yanbu'], ['جبل علي', 'Jebel Ali'], ['خليفة', 'Khalifa Port'],
  ['الشارقة', 'Sharjah'], ['الحمرية', 'Hamriyah'], ['خورفكان', 'Khor Fakkan'], ['حمد', 'Hamad'], ['الشويخ', 'Shuwaikh'],
  ['الشعيبة', 'Shuaiba'], ['صحار', 'Sohar'], ['صلالة', 'Salalah'], ['خليفة بن سلمان', 'Khalifa Bin Salman'], ['العقبة', 'Aqaba'],
  ['أم قصر', 'Umm Qasr'], ['البصرة', 'Basra'], ['بيروت', 'Beirut'], ['طرابلس', 'Tripoli'], ['اللاذقية', 'Latakia'], ['طرطوس', 'Tartus'],
  ['الإسكندرية', 'Alexandria'], ['اسكندرية', 'Alexandria'], ['بورسعيد', 'Port Said'], ['بور سعيد', 'Port Said'], ['دمياط', 'Damietta'],
  ['السخنة', 'Sokhna'], ['العين السخنة', 'Ain Sokhna'], ['عدن', 'Aden'], ['الحديدة', 'Hodeidah'], ['رادس', 'Rades'], ['صفاقس', 'Sfax'],
  ['بنزرت', 'Bizerte'], ['الجزائر', 'Algiers'], ['الجزائر العاصمة', 'Algiers'], ['وهران', 'Oran'], ['عنابة', 'Annaba'], ['بجاية', 'Bejaia'],
  ['سكيكدة', 'Skikda'], ['الدار البيضاء', 'Casablanca'], ['كازا', 'Casablanca'], ['كازابلانكا', 'Casablanca'], ['طنجة المتوسط', 'Tanger Med'],
  ['طنجة', 'Tangier'], ['بورتسودان', 'Port Sudan'], ['نواكشوط', 'Nouakchott'], ['مرسين', 'Mersin'],
  ['الرياض', 'Riyadh'], ['مكة', 'Mecca'], ['المدينة المنورة', 'Medina'], ['القصيم', 'Qassim'], ['بريدة', 'Buraidah'], ['تبوك', 'Tabuk'],
  ['أبها', 'Abha'], ['دبي', 'Dubai'], ['أبوظبي', 'Abu Dhabi'], ['أبو ظبي', 'Abu Dhabi'], ['عجمان', 'Ajman'], ['رأس الخيمة', 'Ras Al Khaimah'],
  ['الفجيرة', 'Fujairah'], ['الدوحة', 'Doha'], ['الكويت', 'Kuwait'], ['مسقط', 'Muscat'], ['المنامة', 'Manama'], ['القاهرة', 'Cairo'],
  ['الجيزة', 'Giza'], ['إربد', 'Irbid'], ['بغداد', 'Baghdad'], ['أربيل', 'Erbil'], ['الموصل', 'Mosul'], ['السليمانية', 'Sulaymaniyah'],
  ['دمشق', 'Damascus'], ['حلب', 'Aleppo'], ['رام الله', 'Ramallah'], ['غزة', 'Gaza'], ['الخليل', 'Hebron'], ['نابلس', 'Nablus'],
  ['صنعاء', 'Sanaa'], ['بنغازي', 'Benghazi'], ['مصراتة', 'Misrata'], ['تونس', 'Tunis'], ['سوسة', 'Sousse'], ['قسنطينة', 'Constantine'],
  ['الرباط', 'Rabat'], ['مراكش', 'Marrakesh'], ['أكادير', 'Agadir'], ['الخرطوم', 'Khartoum'], ['شنغهاي', 'Shanghai'],
  ['قوانغتشو', 'Guangzhou'], ['جوانزو', 'Guangzhou'], ['غوانزو', 'Guangzhou'], ['شنتشن', 'Shenzhen'], ['شينزين', 'Shenzhen'],
  ['نينغبو', 'Ningbo'], ['ييوو', 'Yiwu'], ['إيوو', 'Yiwu'], ['تشينغداو', 'Qingdao'], ['تيانجين', 'Tianjin'], ['شيامن', 'Xiamen'],
  ['إسطنبول', 'Istanbul'],
];

/** Prefixes written before a name without the article: and, so, in/with, to, like, and their pairs. */
const PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل'];

/** Returns a name with its attached prefixes. ل before the article drops the alef ("الرياض" → "للرياض"). */
function attachedForms(name: string): string[] {
  const [first = name, ...rest] = name.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const forms = new Set<string>();
  for (const prefix of PREFIXES) {
    const lam = prefix.endsWith('ل');
    const word = lam && first.startsWith('ال') ? `${prefix}${first.slice(1)}` : `${prefix}${first}`;
    forms.add(word + tail);
  }
  return [...forms];
}

/**
 * Arabic and English place names of the Arabic cue pack. Keys are in the
 * engine's normalized spelling ("جده" for "جدة"), because the Incoterm place
 * lookup compares them with the folded message text.
 */
export const AR_PLACES: Record<string, string> = {
  ...EN_PLACES,
  ...Object.fromEntries(NAMES.flatMap(([name, country]) => attachedForms(name).map((form) => [normalizePhrase(form), country]))),
  ...Object.fromEntries(
    PORTS.flatMap(([name, country]) =>
      ['ميناء', 'مرفأ'].flatMap((head) => attachedForms(`${head} ${name}`)).map((form) => [normalizePhrase(form), country]),
    ),
  ),
};

/**
 * Latin-letter names of Arabic place and port names, keyed like AR_PLACES
 * (normalized, with attached prefixes and with "ميناء" or "مرفأ" in front).
 */
export const AR_LATIN_PLACE_NAMES: Record<string, string> = Object.fromEntries(
  LATIN_NAMES.flatMap(([name, latin]) =>
    ['', 'ميناء ', 'مرفأ '].flatMap((head) => attachedForms(`${head}${name}`)).map((form) => [normalizePhrase(form), latin]),
  ),
);
