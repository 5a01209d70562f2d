/**
 * Arabic commitment cues. Each pattern uses the phrase syntax of `text/phrases.ts`, and its
 * strength is the weight of one match in [0, 1].
 */
import type { SignalCue } from '../types.js';
import { RECEIVED_WORDS } from '../neutral.js';
import { adjectiveForms, adjectives, alt, nouns, withConjunctions } from './forms.js';
import { AR_PLACES } from './places.js';
import { AGREEMENT_DONE_PATTERNS, DEAL_PATTERNS, DEPOSIT, LC_TT, MATERIAL, ORDER, SAMPLE, SEND, SHIPMENT, UNIT, WANT } from './words.js';

const ATTACHED = alt(
  adjectives('مرفق'),
  withConjunctions(['بالمرفق', 'المرفق', 'مرفقا', 'أرفقنا', 'أرفقت', 'نرفق', 'أرفق', 'تجدون', 'تجد', 'ستجدون', 'شوف', 'شوفوا', 'attached', 'enclosed']),
);
const SPEC_DOCUMENT = alt(
  nouns('رسم', 'رسمة', 'رسومات', 'مخطط', 'مخططات', 'مواصفات', 'متطلبات', 'تصميم', 'تصاميم', 'سكتش', 'كروكي', 'drawing', 'drawings', 'specs', 'bom', 'sketch'),
  nouns('مواصفاتنا', 'متطلباتنا'),
);
const PREPARE = alt(
  withConjunctions([
    'جهز', 'جهزوا', 'جهزو', 'جهزلي', 'جهزولنا', 'تجهيز', 'حضر', 'حضروا', 'تحضير', 'أصدر', 'أصدروا', 'إصدار',
    'اصدار', 'اعمل', 'اعملوا', 'اعملي', 'اعملنا', 'اعمللي', 'سوي', 'سوو', 'سوولنا', 'سويلي', 'عدل', 'عدلوا', 'تعديل', 'حدث',
    'حدثوا', 'تحديث', 'صحح', 'صححوا', 'تصحيح', 'اكتب', 'اكتبوا', 'صيغ', 'صياغة', 'نوقع', 'توقيع', 'لتوقيع', 'نحتاج', 'محتاجين',
    'نبي', 'بدنا', 'عايزين', 'نريد', 'أريد', 'need', 'prepare', 'issue',
    // "بانتظار الـ PI المعدلة": waiting for a document requests it.
    'بانتظار', 'ننتظر', 'منتظرين', 'مستنيين', 'ناطرين',
  ]),
  SEND,
);
const PROFORMA = alt(nouns('بروفورما', 'بروفرما', 'بروفيرما', 'proforma', 'pro-forma', 'pi'), 'بي|پي');
const INVOICE = nouns('فاتورة', 'فواتير', 'invoice');
const CONTRACT = nouns('عقد', 'اتفاقية', 'contract', 'agreement');
const IN_THE_NAME_OF = alt('باسم|باسمنا|باسمي|اسم|اسمنا');
const BANK_DETAILS = alt(nouns('تفاصيل', 'بيانات', 'معلومات', 'رقم', 'أرقام'));
const ACCOUNT = alt(nouns('حساب', 'بنك', 'account', 'bank'));
// Not "على": "اشحنوا على بركة الله" is a go-ahead and "على عنوان مكتبنا" a sample address.
const TO_PLACE = alt('إلى|لـ|لين|لغاية|حتى|لحد|لميناء|لمستودع|لمستودعنا|لمخزن|لمخزننا|لمستودعاتنا|to');
/** A known place written with ل attached: "توصيل للمنامة", "شحن لجدة". */
const TO_NAMED_PLACE = alt(Object.keys(AR_PLACES).filter((name) => name.startsWith('ل') && !name.includes(' ')));
/** Places goods are delivered to or collected from. */
const DEPOT = alt(nouns('ميناء', 'مينا', 'مستودع', 'مخزن', 'مصنع', 'معمل', 'مطار', 'موقع'));
const DELIVER = alt(nouns('توصيل', 'شحن', 'تسليم', 'توريد', 'إرسال', 'نقل'), withConjunctions(['ترسل', 'ترسلوا', 'تشحن', 'تشحنوا', 'اشحن', 'اشحنوا', 'يشحن', 'deliver', 'ship', 'delivery', 'shipping']));
// Not "يكون": "الدفع لازم يكون بالاعتماد" sets a payment term. "التسليم لازم يكون قبل العيد" is read by delivery_when.
const ARRIVE = alt(withConjunctions(['تصل', 'يصل', 'توصل', 'يوصل', 'تصلنا', 'يصلنا', 'توصلنا', 'يوصلنا', 'وصولها', 'وصوله', 'arrive', 'reach']));
const MUST = alt(withConjunctions(['يجب', 'لازم', 'لابد', 'ضروري', 'نحتاجها', 'نحتاجه', 'نبيها', 'نبيه', 'بدنا', 'عايزينها', 'عايزينه', 'محتاجينها', 'must', 'should']));
const DATE_NOUN = alt(nouns('موعد', 'تاريخ', 'جدول', 'وقت'));
const DELIVERY_NOUN = alt(nouns('تسليم', 'شحن', 'وصول', 'توريد', 'توصيل', 'تحميل'));
// Packing nouns and participles. A bare "الكراتين" is not enough: "الكراتين تالفة" reports damage.
const PACKING = alt(nouns('تغليف', 'تعبئة', 'packing', 'packaging'), adjectives('معبأ', 'معبا', 'مغلف', 'مكيس', 'مرصوص'), 'palletized|palletised');
const PALLETS = alt('طبالي|طبليات|باليتات|بالتات|باليت|طبلية|pallets');
const SEA_AIR = alt(adjectives('بحري', 'جوي', 'بري'), 'بحرا|جوا|براً|بالبحر|بالجو|بالطيران|بالطائرة|بالشاحنة|بالشاحنات|بالقطار|بالتريلا|بالبريد|express|dhl|fedex|ups|aramex|أرامكس');
const CONFIRM = alt(
  withConjunctions(['نؤكد', 'أكدنا', 'أؤكد', 'نأكد', 'تأكيد', 'أكد', 'نثبت', 'ثبتنا', 'نعتمد', 'اعتمدنا', 'أعتمد', 'confirm', 'confirmed', 'confirming']),
);
const CONFIRMED = alt(adjectives('مؤكد', 'معتمد', 'مثبت'), 'تأكيده|تأكيدها|اعتماده|اعتمادها|تأكد|اتأكد|انعتمد|اتعتمد|اتثبت|confirmed|approved');
const PURCHASE_ORDER = alt(nouns('أمر', 'po', 'purchase'), ORDER);
const SIGNED = alt(withConjunctions(['وقعنا', 'وقعت', 'signed']));
const START = alt(withConjunctions(['ابدأ', 'ابدأوا', 'ابدؤوا', 'ابدءوا', 'ابدوا', 'ابدأو', 'باشر', 'باشروا', 'اشتغلوا', 'شغلوا', 'ابدؤا', 'بلشوا', 'بلش', 'start', 'begin']));
const PRODUCTION = alt(nouns('إنتاج', 'تصنيع', 'تشغيل', 'production'));
const OK = alt(withConjunctions(['تمام', 'ماشي', 'اوكي', 'اوك', 'ok', 'okay', 'طيب', 'خلاص', 'موافق', 'موافقين', 'نعم', 'أيوه', 'اه', 'أجل', 'yes']));
const PROCEED = alt(withConjunctions(['كملوا', 'كمل', 'امشوا', 'امشي', 'نفذوا', 'نفذ', 'اعتمدوا', 'توكلوا', 'توكل', 'اشتغلوا', 'ابدأوا', 'ابدؤوا', 'بلشوا', 'باشروا', 'استمروا', 'اشحنوا', 'اشحن', 'proceed']));
const PAID = alt(
  withConjunctions([
    'حولنا', 'حولت', 'حولتلكم', 'حولنالكم', 'حولتلك', 'دفعنا', 'دفعت', 'سددنا', 'سددت', 'أرسلنا', 'أرسلت',
    'ارسلت', 'بعتنا', 'بعتنالكم', 'طرشنا', 'أودعنا', 'أودعت', 'ودينا', 'نزلنا', 'paid', 'transferred', 'sent', 'wired',
  ]),
);
const MONEY = alt(
  DEPOSIT, LC_TT,
  nouns('مبلغ', 'باقي', 'متبقي', 'رصيد', 'فلوس', 'مصاري', 'قسط', 'دفعة', 'دفع', 'قيمة', 'رسوم', 'مصاريف', 'تكلفة', 'تكاليف', 'ثمن', 'فاتورة', 'payment', 'balance', 'money', 'fee', 'fees'),
);
const DONE = alt(
  withConjunctions([
    'اتحول', 'اتحولت', 'تحول', 'تحولت', 'انحول', 'انحولت', 'مدفوع', 'مدفوعة', 'اندفع', 'اندفعت', 'انرسل', 'انرسلت', 'ارسل',
    'خلص', 'خلصت', 'paid', 'sent', 'done', 'transferred',
  ]),
);
const SLIP = alt(nouns('إيصال', 'وصل', 'صورة', 'نسخة', 'إشعار', 'سند', 'كوبي', 'إثبات', 'slip', 'copy', 'receipt', 'proof'));
const TRANSFER = alt(nouns('تحويل', 'حوالة', 'دفع', 'إيداع', 'سداد', 'سويفت', 'swift', 'mt103', 'tt', 'بنك'), 't/t');
const OPENED = alt(withConjunctions(['فتحنا', 'فتحت', 'افتتحنا', 'أصدرنا', 'opened', 'issued']));
const LC = alt(nouns('اعتماد', 'lc'), 'l/c|credit');
/** "قام البنك بفتح الاعتماد": a past report, unlike "سنقوم بفتح الاعتماد". */
const DID = alt(withConjunctions(['قام', 'قامت', 'قمنا', 'قمت', 'تم', 'تمت']));
/** Colours a buyer lists as a requirement ("بالأسود والكحلي"). */
const COLOUR = alt(
  ['أسود', 'أبيض', 'أحمر', 'أزرق', 'أخضر', 'أصفر', 'رمادي', 'كحلي', 'بيج', 'بني', 'ذهبي', 'فضي', 'سكري', 'عنابي', 'زيتي', 'برتقالي', 'وردي', 'بنفسجي']
    .flatMap((colour) => [colour, `ال${colour}`, `بال${colour}`, `وال${colour}`, `و${colour}`, `ب${colour}`]),
);
/** Delivery nouns with the article, as the subject of a delivery date. */
const DELIVERY_DEFINITE = alt(withConjunctions(['التسليم', 'التوصيل', 'الشحن', 'الوصول', 'التوريد', 'الاستلام']));
/** Words that place a delivery in time: "قبل العيد", "حوالي منتصف يوليو", "بداية الشهر". */
const DELIVERY_TIME = alt('قبل|بحلول|حوالي|بداية|منتصف|نهاية|آخر|أول|أواخر|أوائل|مطلع|نص|الأسبوع|الشهر|يوم');
/** The buyer's side collecting goods: "رح يستلموا من مستودعكم". */
const COLLECT = alt(withConjunctions(['يستلموا', 'يستلمون', 'يستلم', 'نستلم', 'نستلمها', 'يستلمها', 'يسحبوا', 'يسحب', 'نسحب', 'يشيلوا', 'يشيل', 'نشيل', 'يحملوا', 'collect']));
/**
 * Units of a specification, after a number: "16 أمبير", "280 جرام". Quantities (كغ, لتر) are not
 * specs, and lengths (مم, سم) count only after a dimension noun, because "شريط لاصق 48 مم" names a product.
 */
const MEASURE_UNIT = alt('ميكرون|مايكرون|جرام|غرام|جم|واط|فولت|أمبير|امبير|هرتز|لومن|كيلوواط|طبقات|طبقة');
const STANDARD = alt('للمواصفة|للمواصفات|لمواصفة|لمواصفات|للمعيار|لمعيار|للمعايير|للمقاييس|للمواصفه|المواصفة|المعيار|مواصفة|معيار|standard');

/**
 * Returns the cues of a document or detail that the buyer requests: after a
 * request verb ("ابعتولنا بيانات الحساب") or after "مع" in a list of
 * requested items. A bare mention is not a request, even in a question:
 * "ليش تغيرت بيانات البنك؟" questions a change.
 */
function requested(id: string, type: SignalCue['type'], core: string, strength: number): SignalCue[] {
  return [`${PREPARE} .. ${core}`, `${alt(withConjunctions(['مع']))} ?_ ${core}`].map((pattern) => ({ id, type, pattern, strength }));
}

export const COMMITMENT_CUES: SignalCue[] = [
  // commitment.detailed_specs
  { id: 'detailed_specs.attached_drawing', type: 'commitment.detailed_specs', pattern: `${ATTACHED} .. ${SPEC_DOCUMENT}`, strength: 0.8 },
  { id: 'detailed_specs.sent_drawing', type: 'commitment.detailed_specs', pattern: `${alt(withConjunctions(['أرسلنا', 'أرسلت', 'بعتنا', 'بعتلكم', 'طرشنا', 'شاركنا', 'أرفقنا']))} .. ${SPEC_DOCUMENT}`, strength: 0.7 },
  { id: 'detailed_specs.our_requirements', type: 'commitment.detailed_specs', pattern: alt('مواصفاتنا|متطلباتنا|احتياجاتنا|احتياجنا|مواصفاتي|متطلباتي'), strength: 0.5 },
  { id: 'detailed_specs.requirements_colon', type: 'commitment.detailed_specs', pattern: `${alt(nouns('مواصفات', 'متطلبات'), 'المطلوبة|المطلوب')} ?${alt('المطلوبة|المطلوب|التالية')} ${alt('كالتالي|كالآتي|هي|:')}`, strength: 0.7 },
  { id: 'detailed_specs.as_follows', type: 'commitment.detailed_specs', pattern: `${alt(nouns('مواصفات', 'متطلبات', 'مقاسات', 'تفاصيل'))} ${alt('كما')} ${alt('يلي|يأتي')}`, strength: 0.65 },
  // A measure with its unit, a standard to meet, or several colours state a requirement.
  { id: 'detailed_specs.measure', statementOnly: true, type: 'commitment.detailed_specs', pattern: `# ${MEASURE_UNIT}`, strength: 0.4 },
  { id: 'detailed_specs.standard', type: 'commitment.detailed_specs', pattern: `${alt(adjectives('مطابق', 'متوافق'), withConjunctions(['حسب', 'وفق', 'بحسب']))} ${STANDARD}`, strength: 0.5 },
  { id: 'detailed_specs.colours', statementOnly: true, type: 'commitment.detailed_specs', pattern: `${COLOUR} ${COLOUR}`, strength: 0.4 },
  // A spec noun states a requirement only with its value: "سماكة 9 مم", "الخامة: ستانلس", "اللون كحلي".
  // Alone it is a mention ("اللون باهت" reports a defect, "لكل لون" counts per colour).
  { id: 'detailed_specs.dimensions', statementOnly: true, type: 'commitment.detailed_specs', pattern: `${alt(nouns('مقاس', 'مقاسات', 'أبعاد', 'حجم', 'طول', 'ارتفاع', 'قطر', 'سماكة', 'سمك', 'وزن', 'تفاوت', 'dimension', 'dimensions', 'size', 'sizes'))} ?: ?_ #`, strength: 0.35 },
  { id: 'detailed_specs.material', statementOnly: true, type: 'commitment.detailed_specs', pattern: `${alt(nouns('خامة', 'خامات', 'مادة', 'قماش', 'معدن', 'material', 'grade'))} ?: ${MATERIAL}`, strength: 0.35 },
  { id: 'detailed_specs.material', statementOnly: true, type: 'commitment.detailed_specs', pattern: `${alt(nouns('خامة', 'خامات', 'مادة', 'قماش', 'معدن', 'material', 'grade'))} ?: #`, strength: 0.35 },
  { id: 'detailed_specs.electrical', statementOnly: true, type: 'commitment.detailed_specs', pattern: `${alt(nouns('جهد', 'فولت', 'واط', 'تيار', 'تردد', 'بطارية', 'قدرة', 'voltage', 'wattage', 'power', 'battery'))} ?: ?_ #`, strength: 0.35 },
  // The colour as a predicate ("اللون كحلي", "اللون: أسود"); "اللون الأحمر" only names it.
  { id: 'detailed_specs.appearance', statementOnly: true, type: 'commitment.detailed_specs', pattern: `${alt(nouns('لون', 'ألوان', 'color', 'colour'))} ?: ${alt(COLOUR.split('|').filter((w) => !/^[وب]*ال/.test(w)))}`, strength: 0.3 },

  // commitment.invoice_request
  { id: 'invoice_request.proforma', type: 'commitment.invoice_request', pattern: alt(nouns('بروفورما', 'بروفرما', 'بروفيرما', 'proforma', 'pro-forma')), strength: 0.9, cancelledBy: RECEIVED_WORDS },
  { id: 'invoice_request.proforma_invoice', type: 'commitment.invoice_request', pattern: `${INVOICE} ${alt(adjectives('مبدئي', 'أولي', 'شكلي', 'مبدئيه', 'اولية'))}`, strength: 0.9 },
  { id: 'invoice_request.send_pi', type: 'commitment.invoice_request', pattern: `${PREPARE} .. ${PROFORMA} ?${alt('آي')}`, strength: 0.85 },
  { id: 'invoice_request.invoice', type: 'commitment.invoice_request', pattern: `${PREPARE} .. ${INVOICE}`, strength: 0.8 },
  { id: 'invoice_request.contract', type: 'commitment.invoice_request', pattern: `${PREPARE} .. ${CONTRACT}`, strength: 0.8 },
  // "خلوا الفاتورة باسم شركتنا", "يكون العقد على اسم المؤسسة". A report is no request
  // ("الفاتورة القديمة كانت باسم شركة ثانية"), and a bare "على" is no name ("كانت على حساب").
  ...requested('invoice_request.in_the_name_of', 'commitment.invoice_request', `${alt(INVOICE, CONTRACT, PROFORMA)} .. ${IN_THE_NAME_OF}`, 0.75),
  { id: 'invoice_request.in_the_name_of', type: 'commitment.invoice_request', pattern: `${alt(withConjunctions(['تكون', 'يكون', 'خلوا', 'خلي', 'اجعلوا', 'اكتبوا', 'تطلع', 'يطلع']))} ${alt(INVOICE, CONTRACT, PROFORMA)} .. ${IN_THE_NAME_OF}`, strength: 0.75 },
  ...requested('invoice_request.bank_details', 'commitment.invoice_request', `${BANK_DETAILS} .. ${ACCOUNT}`, 0.85),
  ...requested('invoice_request.bank_account', 'commitment.invoice_request', `${ACCOUNT} ${alt(adjectives('بنكي', 'مصرفي'), 'البنك|بنك')}`, 0.85),
  { id: 'invoice_request.iban', type: 'commitment.invoice_request', pattern: alt(nouns('ايبان', 'iban', 'beneficiary', 'مستفيد')), strength: 0.8 },
  { id: 'invoice_request.swift_code', type: 'commitment.invoice_request', pattern: `${alt(nouns('رقم', 'كود', 'رمز'), 'swift|سويفت')} ${alt(nouns('سويفت', 'swift', 'code', 'كود'))}`, strength: 0.8 },
  { id: 'invoice_request.bank_details_en', type: 'commitment.invoice_request', pattern: 'bank|banking|account details|account|info|information|detail', strength: 0.85 },

  // commitment.delivery_terms
  { id: 'delivery_terms.deliver_to', type: 'commitment.delivery_terms', pattern: `${DELIVER} ?${alt('يكون|تكون|راح|رح')} ${alt(TO_PLACE, TO_NAMED_PLACE)}`, strength: 0.55 },
  { id: 'delivery_terms.deliver_to', type: 'commitment.delivery_terms', pattern: `${DELIVER} على ${DEPOT}`, strength: 0.55 },
  // A named port ("ميناء صحار", "بميناء الملك عبدالعزيز") is where the goods go or leave from.
  // A port where goods arrived or are stuck, or where the buyer is, is no term ("الحاوية عالقة في ميناء جبل علي").
  {
    id: 'delivery_terms.named_port',
    type: 'commitment.delivery_terms',
    pattern: `${alt(withConjunctions(['ميناء', 'بميناء', 'لميناء', 'مرفأ', 'بمرفأ', 'لمرفأ']))} _`,
    strength: 0.5,
    cancelledBy: ['وصلت', 'وصل', 'وصلنا', 'وصلتنا', 'عالقة', 'عالق', 'علقت', 'محجوزة', 'محجوز', 'متوقفة', 'متوقف', 'واقفة', 'واقف', 'مرمية', 'خرجت', 'غادرت', 'أنا', 'احنا', 'نحن', 'الآن'],
  },
  { id: 'delivery_terms.need_goods_by', type: 'commitment.delivery_terms', pattern: `${alt(WANT, MUST)} ${SHIPMENT} .. ${alt('قبل|بحلول|لغاية|حتى|لحد|لين')}`, strength: 0.6 },
  // "الأفضل يكون التسليم منتصف يوليو", "التسليم لازم يكون قبل العيد".
  { id: 'delivery_terms.delivery_when', statementOnly: true, type: 'commitment.delivery_terms', pattern: `${DELIVERY_DEFINITE} ?${alt(MUST, 'راح|رح|بيكون')} ?${alt('يكون|تكون')} ${DELIVERY_TIME}`, strength: 0.55 },
  { id: 'delivery_terms.first_vessel', type: 'commitment.delivery_terms', pattern: `${DELIVER} .. ${alt('أول|اقرب|أقرب')} ${alt(nouns('باخرة', 'سفينة', 'رحلة', 'فيسل', 'vessel'))}`, strength: 0.6 },
  { id: 'delivery_terms.collect_from_you', type: 'commitment.delivery_terms', pattern: `${COLLECT} ?${SHIPMENT} من ${DEPOT}`, strength: 0.55 },
  { id: 'delivery_terms.destination_port', type: 'commitment.delivery_terms', pattern: `${alt(nouns('ميناء', 'مينا', 'port'))} ${alt(nouns('وصول', 'تفريغ', 'وجهة', 'تحميل', 'شحن', 'مقصد'), adjectives('مقصود'), 'destination|discharge|loading')}`, strength: 0.7 },
  { id: 'delivery_terms.must_arrive', type: 'commitment.delivery_terms', pattern: `${MUST} ?ان ?أن ?_ ${ARRIVE}`, strength: 0.7 },
  { id: 'delivery_terms.delivery_date', type: 'commitment.delivery_terms', pattern: `${DATE_NOUN} ${DELIVERY_NOUN} ... #`, strength: 0.5 },
  { id: 'delivery_terms.packing', type: 'commitment.delivery_terms', pattern: PACKING, strength: 0.45 },
  { id: 'delivery_terms.on_pallets', type: 'commitment.delivery_terms', pattern: `${alt('على|فوق|on')} ${PALLETS}`, strength: 0.45 },
  { id: 'delivery_terms.per_pack', type: 'commitment.delivery_terms', pattern: `# ?_ ${alt('بالكرتون|بالكرتونة|بالكيس|بالعلبة|بالصندوق|بالطبلية|بالباليت|للكرتون|للكرتونة|per')} ?${alt('carton|ctn')}`, strength: 0.45 },
  { id: 'delivery_terms.incoterm_word', type: 'commitment.delivery_terms', pattern: alt(nouns('incoterm', 'incoterms', 'انكوترم', 'إنكوترمز')), strength: 0.6 },
  { id: 'delivery_terms.delivery_terms', type: 'commitment.delivery_terms', pattern: `${alt(nouns('شروط', 'شرط'))} ${DELIVERY_NOUN}`, strength: 0.6 },
  { id: 'delivery_terms.shipping_mark', type: 'commitment.delivery_terms', pattern: `${alt(nouns('علامة', 'علامات', 'ماركة'))} ${alt(nouns('شحن'))}`, strength: 0.6 },
  { id: 'delivery_terms.by_mode', type: 'commitment.delivery_terms', pattern: `${alt(nouns('شحن', 'نقل'))} ${SEA_AIR}`, strength: 0.5 },
  { id: 'delivery_terms.by_carrier', type: 'commitment.delivery_terms', pattern: `${alt(withConjunctions(['عن', 'بواسطة', 'عبر']))} ?طريق ${alt('dhl|fedex|ups|aramex|أرامكس|البحر|الجو|البر|الطيران|شاحنة|الشاحنات|المخلص|وكيلنا|فورواردر')}`, strength: 0.5 },
  // A bare "جوي" or "بحري" names the shipping mode: "نبيها جوي", "النص جوي والباقي بحري".
  { id: 'delivery_terms.mode_word', type: 'commitment.delivery_terms', pattern: alt(adjectives('بحري', 'جوي')), strength: 0.45 },
  { id: 'delivery_terms.by_mode_alone', type: 'commitment.delivery_terms', pattern: alt('بحرا|جوا|بالبحر|بالطيران|بالشاحنة|بالشاحنات|بالقطار|بالتريلا|بالجوي|بالبحري|بالبري'), strength: 0.5 },
  { id: 'delivery_terms.our_forwarder', type: 'commitment.delivery_terms', pattern: alt('وكيلنا|مخلصنا|فورواردرنا|الفورواردر|فورواردر|forwarder|شاحننا'), strength: 0.6 },
  // Levantine and Gulf possessives stand after the noun: "المخلص تبعنا", "الفورواردر حقنا".
  { id: 'delivery_terms.our_forwarder', type: 'commitment.delivery_terms', pattern: `${alt(nouns('مخلص', 'فورواردر', 'شاحن', 'forwarder'))} ${alt('تبعنا|تبعي|حقنا|حقي|تاعنا|ديالنا|متاعنا|الخاص')}`, strength: 0.6 },
  { id: 'delivery_terms.shipping_agent', type: 'commitment.delivery_terms', pattern: `${alt(nouns('وكيل', 'شركة', 'مخلص'))} ${alt(nouns('شحن', 'تخليص'))}`, strength: 0.55 },
  { id: 'delivery_terms.by_mode_en', type: 'commitment.delivery_terms', pattern: 'by sea|air|truck|rail|courier|express', strength: 0.5 },

  // commitment.sample_request
  { id: 'sample_request.send_sample', type: 'commitment.sample_request', pattern: `${alt(SEND, WANT)} .. ${SAMPLE}`, strength: 0.85 },
  { id: 'sample_request.sample_cost', type: 'commitment.sample_request', pattern: `${alt(nouns('سعر', 'تكلفة', 'تكاليف', 'رسوم', 'مصاريف', 'ثمن', 'طلب', 'شحن'))} ${SAMPLE}`, strength: 0.8 },
  { id: 'sample_request.trial_order', type: 'commitment.sample_request', pattern: `${alt(ORDER, nouns('طلب', 'كمية', 'دفعة', 'شحنة'))} ${alt(adjectives('تجريبي', 'اختباري'), 'للتجربة|للاختبار|تجربة|trial')}`, strength: 0.85 },
  { id: 'sample_request.free_sample', type: 'commitment.sample_request', pattern: `${SAMPLE} ${alt(adjectives('مجاني'), 'مجانا|ببلاش|فري|free')}`, strength: 0.75 },
  // "عينة؟" requests one, but "تطابق العينة؟" is about a sample the buyer already has.
  { id: 'sample_request.sample_question', type: 'commitment.sample_request', pattern: `${alt(SAMPLE.split('|').filter((w) => !/^[وفبل]*ال/.test(w)))} ?`, strength: 0.7 },
  // "عينتين من كل موديل": samples per model in a list of requested items.
  { id: 'sample_request.samples_of_each', type: 'commitment.sample_request', pattern: `${SAMPLE} ${alt('من|لكل')} ?${alt('كل')} ${alt(nouns('موديل', 'موديلات', 'مقاس', 'مقاسات', 'لون', 'ألوان', 'صنف', 'أصناف', 'نوع', 'منتج'))}`, strength: 0.75 },
  { id: 'sample_request.samples_first', type: 'commitment.sample_request', pattern: `${SAMPLE} ${alt('أولا|الأول|بالأول|قبل|first')}`, strength: 0.8 },
  { id: 'sample_request.try_sample', type: 'commitment.sample_request', pattern: `${alt(withConjunctions(['نجرب', 'أجرب', 'تجربة', 'نختبر', 'اختبار', 'نفحص', 'نشوف', 'نجربها', 'نجربه', 'try', 'test']))} ${SAMPLE}`, strength: 0.8 },
  { id: 'sample_request.for_testing', type: 'commitment.sample_request', pattern: `${alt(SEND, WANT, 'نطلب|نشتري|ناخذ|ناخد')} .. ${alt('للتجربة|للاختبار|للتقييم|للفحص|للتجريب|للموافقة|للاعتماد|تجربة')}`, strength: 0.75 },
  { id: 'sample_request.test_first', type: 'commitment.sample_request', pattern: `${alt(withConjunctions(['نجرب', 'نختبر', 'نبدأ', 'نجيب']))} ?ب ?بـ # ${UNIT}`, strength: 0.7 },

  // commitment.order_confirmation
  // A go-ahead ("go ahead", "please proceed", "start production") is readiness to buy by the labeling
  // guide, not a confirmed order: those cues raise intent.purchase (`purchase.proceed.*`).
  // NOTE: a confirmation set in the future ("نثبت الطلبية هالأسبوع") still reads as a confirmation,
  // because a pattern cannot look at the time words after its match.
  { id: 'order_confirmation.confirm_order', type: 'commitment.order_confirmation', pattern: `${CONFIRM} .. ${alt(PURCHASE_ORDER, 'الطلب|طلبنا|الشراء')}`, strength: 0.9 },
  { id: 'order_confirmation.order_confirmed', type: 'commitment.order_confirmation', pattern: `${alt(PURCHASE_ORDER, 'الطلب|طلبنا')} ?${alt('تم|تمت|صار|أصبح|هو|حاليا')} ${CONFIRMED}`, strength: 0.9 },
  { id: 'order_confirmation.attached_po', type: 'commitment.order_confirmation', pattern: `${alt(ATTACHED, PAID)} .. ${alt(nouns('أمر', 'po'), 'purchase')} ?${alt('الشراء|شراء|order')}`, strength: 0.9 },
  { id: 'order_confirmation.po_attached', type: 'commitment.order_confirmation', pattern: `${alt(nouns('أمر'))} ${alt('الشراء|شراء')} ${alt(adjectives('مرفق'), 'بالمرفق|المرفق|مرفقا')}`, strength: 0.9 },
  { id: 'order_confirmation.po_number', type: 'commitment.order_confirmation', pattern: `${alt(nouns('رقم'))} ${alt(nouns('أمر', 'po', 'طلبية'))} ?${alt('الشراء|شراء')}`, strength: 0.7 },
  { id: 'order_confirmation.signed_contract', type: 'commitment.order_confirmation', pattern: `${SIGNED} .. ${alt(nouns('عقد', 'اتفاقية', 'فاتورة', 'بروفورما', 'pi', 'contract'))}`, strength: 0.85 },
  { id: 'order_confirmation.contract_signed', type: 'commitment.order_confirmation', pattern: `${alt('تم')} ${alt('توقيع|التوقيع')} .. ${alt(nouns('عقد', 'اتفاقية', 'فاتورة', 'بروفورما', 'pi'))}`, strength: 0.85 },
  // A predicate, not an attribute: "العينة معتمدة" approves, "العينة المعتمدة" names the reference sample.
  { id: 'purchase.proceed.samples_approved', type: 'intent.purchase', pattern: `${SAMPLE} .. ${alt(['معتمد', 'مقبول'].flatMap(adjectiveForms).filter((w) => !w.includes('ال')), 'اعتمدناها|اعتمدناه|قبلناها|وافقنا|approved')}`, strength: 0.6 },
  { id: 'order_confirmation.approved_samples', type: 'commitment.order_confirmation', pattern: `${alt(withConjunctions(['اعتمدنا', 'وافقنا', 'قبلنا', 'نعتمد', 'نوافق']))} ?على ${SAMPLE}`, strength: 0.6 },
  ...DEAL_PATTERNS.map((pattern): SignalCue => ({ id: 'purchase.proceed.have_deal', type: 'intent.purchase', pattern, strength: 0.8 })),
  ...AGREEMENT_DONE_PATTERNS.map((pattern): SignalCue => ({ id: 'order_confirmation.agreement_done', type: 'commitment.order_confirmation', pattern, strength: 0.85 })),
  // "اشحنوا على بركة الله", "ابدأوا الإنتاج على بركة الله": a go-ahead with a blessing.
  { id: 'order_confirmation.go_ahead_blessed', type: 'commitment.order_confirmation', pattern: `${PROCEED} ?_ على بركة ${alt('الله|اللہ')}`, strength: 0.8 },
  { id: 'order_confirmation.ok_proceed', type: 'commitment.order_confirmation', pattern: `${OK} ${PROCEED}`, strength: 0.75 },
  { id: 'purchase.proceed.proceed_with_order', type: 'intent.purchase', pattern: `${PROCEED} ?في ?ب ?على ${alt(ORDER, PRODUCTION, 'الطلب|بالطلب|طلبنا')}`, strength: 0.8 },
  { id: 'order_confirmation.confirm_quantity', type: 'commitment.order_confirmation', pattern: `${CONFIRM} ?على ?ال # ?${UNIT}`, strength: 0.8 },
  { id: 'order_confirmation.we_accept', type: 'commitment.order_confirmation', pattern: `${alt(withConjunctions(['نقبل', 'قبلنا', 'وافقنا', 'نوافق', 'موافقين']))} ?على .. ${alt(nouns('عرض', 'فاتورة', 'بروفورما', 'شروط', 'offer', 'pi'))}`, strength: 0.8 },
  { id: 'order_confirmation.its_a_deal_en', type: 'commitment.order_confirmation', pattern: 'it\'s|its a deal', strength: 0.8 },

  // commitment.payment
  { id: 'payment.paid', type: 'commitment.payment', pattern: `${PAID} .. ${MONEY}`, strength: 0.9 },
  { id: 'payment.we_did_transfer', type: 'commitment.payment', pattern: `${alt(withConjunctions(['قمنا', 'قمت', 'تمكنا']))} ${alt('بتحويل|بدفع|بسداد|بإيداع|بإرسال|بتسديد|بالتحويل|بالدفع|بالسداد')} ?${MONEY}`, strength: 0.85 },
  { id: 'payment.transfer_done', type: 'commitment.payment', pattern: `${alt('تم|تمت|اتم')} ${alt(nouns('تحويل', 'دفع', 'سداد', 'إيداع', 'ايداع'))}`, strength: 0.85 },
  { id: 'payment.payment_done', type: 'commitment.payment', pattern: `${MONEY} ?${alt('تم|تمت|قد')} ${DONE}`, strength: 0.85 },
  { id: 'payment.payment_done_passive', type: 'commitment.payment', pattern: `${MONEY} ${alt('تم|تمت')} ${alt('تحويله|تحويلها|دفعه|دفعها|إرساله|إرسالها|سداده|سدادها|إيداعه')}`, strength: 0.85 },
  { id: 'payment.payment_slip', type: 'commitment.payment', pattern: `${SLIP} ${TRANSFER}`, strength: 0.85 },
  { id: 'payment.swift_copy', type: 'commitment.payment', pattern: `${alt('swift|tt|t/t|mt103|سويفت|السويفت')} ${alt('copy|slip|كوبي|نسخة')}`, strength: 0.85 },
  { id: 'payment.mt103', type: 'commitment.payment', pattern: 'mt103|mt-103', strength: 0.8 },
  { id: 'payment.opened_lc', type: 'commitment.payment', pattern: `${OPENED} .. ${alt(nouns('اعتماد', 'lc', 'l/c'), 'l/c|credit')}`, strength: 0.9 },
  { id: 'payment.lc_opened', type: 'commitment.payment', pattern: `${alt(nouns('اعتماد', 'lc'), 'l/c')} ?${alt(adjectives('مستندي'))} ?${alt('تم|قد')} ${alt('فتحه|فتح|اتفتح|انفتح|إصداره|صدر|opened|issued')}`, strength: 0.9 },
  { id: 'payment.did_open_lc', type: 'commitment.payment', pattern: `${DID} ?_ ?_ ${alt('بفتح|بإصدار|بافتتاح|فتح|إصدار')} ${LC}`, strength: 0.9 },
  { id: 'payment.lc_opening_done', type: 'commitment.payment', pattern: `${alt('تم')} ${alt('فتح|إصدار|افتتاح')} ${alt(nouns('اعتماد', 'lc', 'l/c'), 'l/c|ال')}`, strength: 0.9 },
];
