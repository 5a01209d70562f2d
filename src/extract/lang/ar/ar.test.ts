/**
 * Arabic cue pack through `analyzeMessage`: hand-written buyer messages in
 * Modern Standard Arabic and Gulf, Egyptian, Levantine and Maghrebi chat,
 * with English trade terms mixed in. The messages are invented, not taken
 * from real conversations.
 */
import { describe, expect, it } from 'vitest';
import type { Entity, MessageAnalysis, SentimentMode, SignalType } from '../../../core/types.js';
import { analyze } from '../../test-builder.js';

/** Tuesday 2026-03-10, 09:15 in Riyadh (UTC+03:00). */
const SENT_AT = '2026-03-10T09:15:00+03:00';

function analyzeAr(text: string, sentAt = SENT_AT, rulesOnly = false): MessageAnalysis {
  return analyze(text, { language: 'ar', direction: 'inbound', sentAt }, rulesOnly ? { learned: null } : {});
}

function typesOf(analysis: MessageAnalysis): Set<SignalType> {
  return new Set(analysis.signals.map((s) => s.type));
}

function entitiesOf<T extends Entity['type']>(analysis: MessageAnalysis, type: T): Extract<Entity, { type: T }>[] {
  return analysis.entities.filter((e): e is Extract<Entity, { type: T }> => e.type === type);
}

interface Case {
  text: string;
  present: SignalType[];
  absent?: SignalType[];
  /** The mode expected, or the modes accepted where the labeled sets split. */
  mode?: SentimentMode | SentimentMode[];
  /** Checks the cue rules without the learned layer; a NOTE above the case gives the reason. */
  rulesOnly?: boolean;
}

const CASES: Case[] = [
  // intent
  { text: 'مرحبا، هل أنتم مصنع ولا تاجر؟ وكم طاقتكم الإنتاجية الشهرية؟', present: ['intent.early_qualification'], absent: ['intent.quotation'], mode: 'neutral' },
  { text: 'قديش أقل كمية بتقبلوها للموديل هاد؟', present: ['intent.early_qualification'] },
  { text: 'ممكن ترسلون لنا الكتالوج وملف الشركة', present: ['intent.early_qualification'] },
  { text: 'نرجو تزويدنا بالداتا شيت وتقرير الاختبار للمنتج', present: ['intent.evaluation'], absent: ['intent.quotation'] },
  { text: 'هل عندكم شهادة SASO للمكيفات؟ وكم مدة الضمان؟', present: ['intent.evaluation'], absent: ['objection.certification'] },
  { text: 'السلام عليكم، بكم الطن CIF الدمام؟', present: ['intent.quotation', 'commitment.delivery_terms'], absent: ['objection.price'] },
  { text: 'ابعتلي أحسن سعر لـ 20 ألف قطعة لو سمحت', present: ['intent.quotation'], absent: ['objection.price'] },
  { text: 'نحتاج عرض السعر اليوم ضروري، العميل ينتظر', present: ['intent.urgency', 'intent.quotation'] },
  { text: 'أي تحديث؟؟', present: ['intent.urgency'] },
  { text: 'نبغى نطلب 3 حاويات الشهر الجاي', present: ['intent.purchase'], absent: ['objection.moq'] },
  // A go-ahead with God's blessing is calm: writers read 12 of 15 such lines constructive.
  { text: 'جاهزين للتعاقد، توكلنا على الله', present: ['intent.purchase'], mode: 'constructive' },
  // commitment
  { text: 'مرفق لكم المخطط الهندسي والمواصفات المطلوبة للقطعة', present: ['commitment.detailed_specs'] },
  { text: 'يرجى إرسال الفاتورة المبدئية ورقم الآيبان', present: ['commitment.invoice_request'] },
  { text: 'الشحن بحري إلى ميناء جدة، والتعبئة في كراتين على طبالي', present: ['commitment.delivery_terms'] },
  { text: 'ممكن تبعتولنا عينة مجانية قبل الطلب؟', present: ['commitment.sample_request'], absent: ['intent.purchase'] },
  // An order confirmation alone votes engaged below the threshold, as in English.
  { text: 'نؤكد الطلبية، ابدأوا بالإنتاج', present: ['commitment.order_confirmation'], absent: ['intent.quotation'] },
  { text: 'تم التحويل اليوم، مرفق إيصال الحوالة', present: ['commitment.payment'] },
  // objection
  { text: 'سعركم مرتفع جدا، المنافسين يعطونا أرخص بكثير', present: ['objection.price'], absent: ['intent.quotation'] },
  { text: '2.40 دولار؟ بجد؟ غيركم يعطينا 1.90', present: ['objection.price'] },
  { text: 'للأسف ما عندكم شهادة CE، ما نقدر نستورد بدونها', present: ['objection.certification'] },
  { text: 'مدة التصنيع 75 يوم طويلة علينا، نحتاجها أسرع', present: ['objection.lead_time'] },
  { text: 'انضحك علينا من مصنع صيني السنة الماضية، صعب نثق بسرعة', present: ['objection.supplier_history'], mode: 'skeptical' },
  { text: 'الـMOQ عندكم كبير، ما نقدر ناخذ 5000 حبة من كل لون', present: ['objection.moq'] },
  { text: 'ما نقدر نحول 50% مقدم، نفضل الدفع عند وصول البضاعة', present: ['objection.payment_terms'] },
  { text: 'البنك عندنا ما يدفع مقدم', present: ['objection.payment_terms'] },
  { text: 'الجودة ضعيفة ونص القطع وصلت مخدوشة', present: ['objection.quality'], mode: 'frustrated' },
  // relationship
  // NOTE: the learned layer reads this formal thanks as hesitant, because many formal refusals in the labeled sets open this way.
  // The mode check pins the rules.
  { text: 'أستاذ خالد المحترم، تحية طيبة وبعد، نشكركم على سرعة الرد', present: ['relationship.tone'], mode: 'neutral', rulesOnly: true },
  { text: 'إذا أخذنا حاويتين بدل وحدة، هل تقدرون تعطونا خصم؟', present: ['relationship.negotiation_openness'] },
  { text: 'للتوضيح، قصدي اللون الرمادي وليس الأسود', present: ['relationship.clarification'] },
  // negation, hedges, resolutions, politeness
  { text: 'السعر مش غالي، بس محتاجين نعرف مدة التسليم', present: [], absent: ['objection.price'] },
  { text: 'ما في أي مشكلة بالدفعة المقدمة', present: [], absent: ['objection.payment_terms'] },
  { text: 'الجودة ليست سيئة أبدا', present: [], absent: ['objection.quality'] },
  { text: 'السعر كان عالي شوي بس الحين صار مناسب', present: [], absent: ['objection.price'] },
  { text: 'ربما نطلب بعد العيد، بنشوف', present: [], absent: ['intent.purchase'], mode: 'hesitant' },
  { text: 'ما قررنا لسه، نحتاج نتشاور مع الإدارة ونرجع لكم', present: [], mode: 'hesitant' },
  { text: 'صباح الخير، أتمنى تكونوا بخير. جزاكم الله خير', present: ['relationship.tone'], mode: 'neutral' },
  // frustration, sarcasm, skepticism, engagement, emoji
  { text: 'صار لنا أسبوعين ننتظر الشحنة، وين البضاعة؟؟', present: ['objection.lead_time'], mode: 'frustrated' },
  { text: 'مشكورين على التأخير والتطنيش 👏', present: [], mode: 'frustrated' },
  { text: 'برافو عليكم، تأخير مرة ثانية', present: ['objection.lead_time'], mode: 'frustrated' },
  { text: 'كل الموردين يقولون نفس الكلام، كيف أضمن إن الجودة نفس العينة؟', present: ['objection.quality'], mode: 'skeptical' },
  { text: 'العينة ممتازة ما شاء الله 😍 يلا نبدأ الطلبية', present: ['intent.purchase'], mode: 'highly_engaged' },
  { text: 'شكرا، العرض واضح والسعر معقول 👍', present: ['relationship.tone'], absent: ['objection.price'], mode: 'constructive' },
  { text: 'تمام، وصلت', present: [], mode: 'neutral' },
];

describe('Arabic cue pack', () => {
  it.each(CASES.map((c) => [c.text, c] as const))('"%s"', (text, c) => {
    const analysis = analyzeAr(text, SENT_AT, c.rulesOnly === true);
    const found = typesOf(analysis);
    for (const type of c.present) {
      expect(found.has(type), `${type} expected`).toBe(true);
    }
    for (const type of c.absent ?? []) {
      expect(found.has(type), `${type} not expected`).toBe(false);
    }
    if (c.mode !== undefined) {
      expect(typeof c.mode === 'string' ? [c.mode] : c.mode).toContain(analysis.sentiment?.mode);
    }
  });

  it('covers every message-level signal type', () => {
    const covered = new Set(CASES.flatMap((c) => c.present));
    const required: SignalType[] = [
      'intent.early_qualification', 'intent.evaluation', 'intent.quotation', 'intent.urgency', 'intent.purchase',
      'commitment.detailed_specs', 'commitment.invoice_request', 'commitment.delivery_terms', 'commitment.sample_request',
      'commitment.order_confirmation', 'commitment.payment', 'objection.price', 'objection.certification',
      'objection.lead_time', 'objection.supplier_history', 'objection.moq', 'objection.payment_terms', 'objection.quality',
      'relationship.tone', 'relationship.negotiation_openness', 'relationship.clarification',
    ];
    expect(required.filter((type) => !covered.has(type))).toEqual([]);
  });

  it('covers every sentiment mode', () => {
    const modes = new Set(CASES.map((c) => c.mode));
    for (const mode of ['neutral', 'constructive', 'hesitant', 'frustrated', 'skeptical', 'highly_engaged'] as const) {
      expect(modes.has(mode), mode).toBe(true);
    }
  });
});

describe('Arabic tone value', () => {
  it('reads a blessing as warm', () => {
    const tone = analyzeAr('الله يعطيك العافية يا صديقي').signals.find((s) => s.type === 'relationship.tone');
    expect(tone?.value).toBe('warm');
  });

  it('reads a formal request as polite', () => {
    const tone = analyzeAr('السادة المحترمين، نرجو التكرم بإرسال عرض السعر').signals.find((s) => s.type === 'relationship.tone');
    expect(tone?.value).toBe('polite');
  });

  it('reads a formal opening alone as no tone', () => {
    // Writers label tone on fewer than half the messages whose only politeness is a salutation.
    const tone = analyzeAr('السادة المحترمين، يرجى إرسال عرض السعر', undefined, true).signals.find((s) => s.type === 'relationship.tone');
    expect(tone).toBeUndefined();
  });
});

describe('Arabic entities', () => {
  it('reads quantities with Arabic units and magnitudes', () => {
    const analysis = analyzeAr('نحتاج 5 آلاف قطعة و 300 كرتون و 2 حاوية 40 قدم');
    expect(entitiesOf(analysis, 'quantity').map((q) => [q.value, q.unit])).toEqual([
      [5000, 'pcs'],
      [300, 'cartons'],
      [2, 'containers_40ft'],
    ]);
  });

  it('reads a quantity written with a number word', () => {
    const quantities = entitiesOf(analyzeAr('نبي خمس حاويات شهريا'), 'quantity');
    expect(quantities.map((q) => [q.value, q.unit])).toEqual([[5, 'containers']]);
  });

  it('reads Arabic-Indic digits and separators', () => {
    const analysis = analyzeAr('الكمية ١٬٢٠٠ طن والسعر ٣٥٠٫٥ دولار للطن');
    expect(entitiesOf(analysis, 'quantity')[0]).toMatchObject({ value: 1200, unit: 'tons' });
    expect(entitiesOf(analysis, 'money')[0]).toMatchObject({ amount: 350.5, currency: 'USD' });
  });

  it('reads currency words of Arabic markets', () => {
    const money = entitiesOf(analyzeAr('سعرنا 45 ريال سعودي للحبة، والمورد الثاني 40 درهم'), 'money');
    expect(money.map((m) => [m.amount, m.currency])).toEqual([
      [45, 'SAR'],
      [40, 'AED'],
    ]);
    expect(money[0]?.per).toBe('pcs');
  });

  it('reads Arabic payment terms', () => {
    const terms = entitiesOf(analyzeAr('شروطنا 30% عربون والباقي 70% قبل الشحن، أو اعتماد مستندي بالاطلاع'), 'payment_term');
    expect(terms.map((t) => [t.kind, t.percent])).toEqual([
      ['tt_deposit', 30],
      ['balance_before_shipment', 70],
      ['lc_at_sight', undefined],
    ]);
  });

  it('reads deferred payment days', () => {
    const terms = entitiesOf(analyzeAr('نتعامل بالدفع الآجل 90 يوم'), 'payment_term');
    expect(terms.map((t) => t.kind)).toContain('net_90');
  });

  it('reads durations in days, weeks and months', () => {
    const durations = entitiesOf(analyzeAr('مدة الإنتاج 3 أسابيع والشحن 20 يوما'), 'duration');
    expect(durations.map((d) => d.days)).toEqual([21, 20]);
  });

  it('keeps an Arabic city as the Incoterm place and region', () => {
    const analysis = analyzeAr('نحتاج السعر CIF جدة لـ 2 حاوية');
    expect(entitiesOf(analysis, 'incoterm')[0]).toMatchObject({ code: 'CIF', place: 'جدة' });
    expect(analysis.signals.find((s) => s.type === 'context.region')?.value).toBe('SA');
  });

  it('reads a port name after "ميناء"', () => {
    const ports = entitiesOf(analyzeAr('الشحن إلى ميناء جبل علي'), 'port');
    expect(ports.map((p) => p.value)).toEqual(['جبل علي']);
  });

  it('gives a port and an Incoterm place their Latin-letter names', () => {
    expect(entitiesOf(analyzeAr('الشحن إلى ميناء جبل علي'), 'port')).toMatchObject([{ value: 'جبل علي', name: 'Jebel Ali' }]);
    const incoterm = entitiesOf(analyzeAr('نبي السعر CIF ميناء جدة الإسلامي والتسليم بالدمام'), 'incoterm');
    expect(incoterm).toMatchObject([{ place: 'ميناء جدة الإسلامي', placeName: 'Jeddah Islamic Port' }]);
    expect(entitiesOf(analyzeAr('السعر FOB شنغهاي'), 'incoterm')).toMatchObject([{ place: 'شنغهاي', placeName: 'Shanghai' }]);
  });

  it('reads a place written with a prefix', () => {
    const region = analyzeAr('الشحنة رايحة للرياض').signals.find((s) => s.type === 'context.region');
    expect(region?.value).toBe('SA');
  });

  it('reads a product after a quantity and a model code', () => {
    const products = entitiesOf(analyzeAr('نحتاج 800 قطعة من كشافات الشوارع، الموديل رقم SL-150'), 'product');
    expect(products.map((p) => p.value)).toEqual(['كشافات الشوارع', 'SL-150']);
  });
});

describe('Arabic dates', () => {
  it('resolves "قبل يوم الخميس" to this week\'s Thursday as a deadline', () => {
    const analysis = analyzeAr('نحتاج العرض قبل يوم الخميس');
    expect(entitiesOf(analysis, 'date')).toMatchObject([{ iso: '2026-03-12', kind: 'deadline' }]);
    expect(typesOf(analysis).has('intent.urgency')).toBe(true);
  });

  it('resolves "الخميس الجاي" written on a Thursday to the next week', () => {
    const dates = entitiesOf(analyzeAr('نستلم الخميس الجاي', '2026-03-12T10:00:00+03:00'), 'date');
    expect(dates).toMatchObject([{ iso: '2026-03-19' }]);
  });

  it('resolves tomorrow against the sender\'s own offset', () => {
    // 23:30 in Dubai on March 10 is still March 10 there, although it is March 10 19:30 UTC.
    const dates = entitiesOf(analyzeAr('ارسلوا البروفورما بكرة', '2026-03-10T23:30:00+04:00'), 'date');
    expect(dates).toMatchObject([{ iso: '2026-03-11' }]);
  });

  it('resolves ASAP and end of week as deadlines', () => {
    const dates = entitiesOf(analyzeAr('بأسرع وقت ممكن، وآخر موعد نهاية الأسبوع'), 'date');
    expect(dates.map((d) => [d.iso, d.kind])).toEqual([
      ['2026-03-10', 'deadline'],
      ['2026-03-13', 'deadline'],
    ]);
  });

  it('resolves end of month and a month part', () => {
    const dates = entitiesOf(analyzeAr('الدفعة نهاية الشهر والشحن منتصف أبريل'), 'date');
    expect(dates.map((d) => d.iso)).toEqual(['2026-03-31', '2026-04-15']);
  });

  it('reads Levantine and Maghrebi month names', () => {
    const dates = entitiesOf(analyzeAr('التسليم 15 نيسان أو 20 جوان'), 'date');
    expect(dates.map((d) => d.iso)).toEqual(['2026-04-15', '2026-06-20']);
  });

  it('resolves "within N days" as a deadline', () => {
    const dates = entitiesOf(analyzeAr('نحتاج البضاعة خلال 10 أيام'), 'date');
    expect(dates).toMatchObject([{ iso: '2026-03-20', kind: 'deadline' }]);
  });

  it('resolves the end of next month', () => {
    const dates = entitiesOf(analyzeAr('التسليم نهاية الشهر القادم'), 'date');
    expect(dates).toMatchObject([{ iso: '2026-04-30', kind: 'deadline' }]);
  });

  it('resolves next week with the modifier after the period', () => {
    const dates = entitiesOf(analyzeAr('نتواصل الأسبوع القادم'), 'date');
    expect(dates).toMatchObject([{ iso: '2026-03-17' }]);
  });

  it('keeps a lead time as a duration, not a deadline', () => {
    const analysis = analyzeAr('مدة التسليم خلال 30 يوم من الدفع');
    expect(entitiesOf(analysis, 'date')).toEqual([]);
    expect(entitiesOf(analysis, 'duration').map((d) => d.days)).toEqual([30]);
  });
});

describe('Arabic hard cases', () => {
  it('does not flip a negated adjective into an objection', () => {
    const analysis = analyzeAr('السعر ليس مرتفعا مقارنة بالسوق');
    expect(typesOf(analysis).has('objection.price')).toBe(false);
    expect(analysis.sentiment?.mode).not.toBe('frustrated');
  });

  it('reads "ما في مشكلة" as agreement, not a problem', () => {
    const analysis = analyzeAr('ما في مشكلة، نمشي على نفس الشروط');
    expect(analysis.sentiment?.polarity).toBeGreaterThan(0);
  });

  it('keeps question word ما unnegated', () => {
    expect(typesOf(analyzeAr('ما هو أفضل سعر عندكم للكرتون؟')).has('intent.quotation')).toBe(true);
  });

  it('reads elongated and unvowelled spellings', () => {
    const analysis = analyzeAr('الاسعار غاليييه جدااا');
    expect(typesOf(analysis).has('objection.price')).toBe(true);
  });

  it('reads the price topic of a bare "too high"', () => {
    const analysis = analyzeAr('11.50 دولار؟ عالي كتير');
    expect(typesOf(analysis).has('objection.price')).toBe(true);
  });

  it('does not read "high quality" as a price objection', () => {
    expect(typesOf(analyzeAr('الجودة عالية جدا والتغليف ممتاز')).has('objection.price')).toBe(false);
  });

  it('keeps politeness formulas free of emotion', () => {
    const sentiment = analyzeAr('السلام عليكم ورحمة الله، إن شاء الله تكونوا بخير، مع خالص التحية').sentiment;
    expect(sentiment?.mode).toBe('neutral');
    expect(sentiment?.polarity).toBe(0);
  });

  it('does not treat "أفضل سعر" as praise', () => {
    const sentiment = analyzeAr('نريد أفضل سعر ممكن').sentiment;
    expect(sentiment?.polarity).toBe(0);
  });

  it('scales a word by an intensifier after it', () => {
    const plain = analyzeAr('العينة ممتازة').sentiment?.polarity ?? 0;
    const intensified = analyzeAr('العينة ممتازة جدا').sentiment?.polarity ?? 0;
    expect(plain).toBeGreaterThan(0);
    expect(intensified).toBeGreaterThan(plain);
  });

  it('reads emoji as sentiment in an Arabic message', () => {
    const sentiment = analyzeAr('وصلت العينات 😡😡 كلها مكسورة').sentiment;
    expect(sentiment?.mode).toBe('frustrated');
    expect(sentiment?.polarity).toBeLessThan(-0.5);
  });
});

/**
 * Classes of phrasing, each pinned by messages written for this table: dialect
 * variants, word orders and look-alikes that must not fire.
 */
const PHRASING_CASES: Case[] = [
  // An earlier worry the buyer calls settled is no objection.
  { text: 'كنا خايفين من الجودة، بس الحين مرتاحين', present: [], absent: ['objection.quality'] },
  { text: 'اتفقنا على مدة التسليم وخلص الموضوع', present: [], absent: ['objection.lead_time', 'intent.purchase'] },
  // Negators glued to و still negate.
  { text: 'خذوا وقتكم، ومافي أي استعجال على العرض', present: [], absent: ['intent.urgency'] },
  { text: 'الدفعة نزلت ومفيش أي تأخير من البنك', present: [], absent: ['objection.lead_time'] },
  // A plain request marker raises no tone cue, while "kindly", an apology and thanks do. The learned layer
  // may add tone, because the writers of train7 to train12 read "please" as tone.
  { text: 'يرجى إرسال كشف الحساب', present: [], absent: ['relationship.tone'], rulesOnly: true },
  // A bare "لو سمحت" raises no tone cue; the learned layer may add it, as the guide lists "please" as tone.
  { text: 'لو سمحت ابعت الكتالوج الجديد', present: ['intent.evaluation'], absent: ['relationship.tone'], rulesOnly: true },
  { text: 'نرجو التكرم بإرسال عرض السعر', present: ['intent.quotation', 'relationship.tone'] },
  { text: 'المعذرة على التأخر في الرد، كنت مسافر', present: ['relationship.tone'] },
  // A bare agreement: the mode table lists agreeing under constructive, and writers split it with neutral.
  { text: 'تمام يا معلم 👍', present: [], absent: ['relationship.tone'], mode: ['neutral', 'constructive'] },
  // A bare "how much" may be about any amount, but with ب or a unit it requests a price.
  { text: 'قديش مدة الشحن لعندنا؟', present: [], absent: ['intent.quotation'] },
  { text: 'شحال الكيلو عندكم؟', present: ['intent.quotation'] },
  { text: 'سعرولنا 500 طقم توصيل لجدة', present: ['intent.quotation', 'commitment.delivery_terms'] },
  // NOTE: the learned layer reads "the final price" as a request for it and adds a
  // quotation at a probability just over its threshold, so this checks the cue rules alone.
  { text: 'على حسب السعر النهائي بنقرر', present: [], absent: ['intent.quotation'], rulesOnly: true },
  { text: 'سعر الحبة لو سمحت', present: ['intent.quotation'] },
  // A catalog thanked for is not asked for; "an hour ago" is not "within an hour".
  { text: 'شكرا على الكتالوج، بنراجعه مع الفريق', present: ['relationship.tone'], absent: ['intent.early_qualification'] },
  { text: 'أرسلنا الإيميل قبل ساعة', present: [], absent: ['intent.urgency'] },
  { text: 'نحتاج الرد خلال ساعتين', present: ['intent.urgency'] },
  { text: 'أمر الشراء بيوصلكم خلال ساعة', present: ['intent.purchase'], absent: ['intent.urgency'] },
  // Today or tomorrow presses only with a request to the seller.
  { text: 'استلمنا البضاعة اليوم الحمد لله', present: [], absent: ['intent.urgency'] },
  { text: 'بكرة بنحول الدفعة الأولى', present: [], absent: ['intent.urgency'] },
  { text: 'ابعتولنا الفاتورة بكرة الصبح', present: ['intent.urgency', 'commitment.invoice_request'] },
  // Checking the supplier: a local agent, a real company, a factory visit.
  { text: 'عندكم موزع معتمد في الأردن؟', present: ['intent.early_qualification'] },
  { text: 'بدنا نتأكد إنكم مصنع حقيقي مش وسطاء', present: ['intent.early_qualification'] },
  { text: 'مطلوب 5000 كرتونة مناديل، للمصانع فقط وبدون وسطاء', present: ['intent.early_qualification'] },
  { text: 'ممكن نزور المعمل الشهر الجاي؟', present: ['intent.evaluation'] },
  // Evaluation: certificates asked with their codes, compliance, materials, analysis documents; not comparing offers.
  { text: 'ممكن نعرف شو نوع البلاستيك المستخدم؟', present: ['intent.evaluation'] },
  { text: 'عندكم شهادة ISO و CE للمنتج؟', present: ['intent.evaluation'], absent: ['objection.certification'] },
  { text: 'هل الكابلات مطابقة للمواصفة الأوروبية؟', present: ['intent.evaluation'] },
  { text: 'نحتاج الـ TDS والـ MSDS للمادة', present: ['intent.evaluation'] },
  { text: 'بنقارن عرضكم بعروض ثانية وبنرد عليكم', present: [], absent: ['intent.evaluation'] },
  // Purchase: booking a count, repeating an order, an approved budget, signing; not habitual buying.
  { text: 'احجزولنا 200 كرتونة من الدفعة الجاية', present: ['intent.purchase'] },
  { text: 'بدنا نكرر الطلبية بنفس الكمية', present: ['intent.purchase'] },
  { text: 'الإدارة اعتمدت الميزانية، خلونا نبدأ', present: ['intent.purchase'] },
  { text: 'ابعت العقد وحنوقع بكرة', present: ['intent.purchase', 'commitment.invoice_request'] },
  { text: 'بنشتري منكم من زمان وما في مشاكل', present: [], absent: ['intent.purchase'] },
  // "Deal" on its own; agreeing on one term or "as agreed" is not a deal.
  { text: 'تمام اتفقنا، ابعت الفاتورة', present: ['intent.purchase', 'commitment.invoice_request'] },
  { text: 'اتفقنا على السعر بس باقي موضوع الشحن', present: [], absent: ['intent.purchase'] },
  { text: 'كما تم الاتفاق في الاجتماع، نرسل لكم المواصفات', present: [], absent: ['intent.purchase', 'commitment.order_confirmation'] },
  { text: 'ابدأوا التصنيع على بركة الله', present: ['intent.purchase'], rulesOnly: true },
  // Delivery terms: a place with ل attached, a named port, a date for the goods, a collecting forwarder.
  { text: 'كم تكلفة التوصيل للكويت؟', present: ['commitment.delivery_terms'] },
  { text: 'البضاعة تنزل في ميناء العقبة', present: ['commitment.delivery_terms'] },
  { text: 'نحتاج الطلبية قبل رمضان', present: ['commitment.delivery_terms'] },
  { text: 'التسليم يكون بداية الشهر الجاي', present: ['commitment.delivery_terms'] },
  { text: 'الفورواردر حقنا بيستلم من مصنعكم', present: ['commitment.delivery_terms'] },
  { text: 'نرجو الشحن على أول سفينة متاحة', present: ['commitment.delivery_terms'], absent: ['relationship.tone'] },
  { text: 'الكراتين وصلت مبلولة', present: ['objection.quality'], absent: ['commitment.delivery_terms'] },
  { text: 'أرسلوا العينة على عنوان المكتب', present: ['commitment.sample_request'], absent: ['commitment.delivery_terms'] },
  { text: 'الدفع لازم يكون كاش', present: [], absent: ['commitment.delivery_terms'] },
  // Specs with their values; a bare spec noun is a mention.
  { text: 'نبيها بجهد 220 فولت', present: ['commitment.detailed_specs'] },
  { text: 'نبي اللونين الأبيض والرمادي', present: ['commitment.detailed_specs'] },
  { text: 'الكابلات لازم تكون مطابقة للمعيار الأوروبي', present: ['commitment.detailed_specs'], rulesOnly: true },
  { text: 'اللون طلع باهت', present: ['objection.quality'], absent: ['commitment.detailed_specs'] },
  { text: 'اللون: كحلي، والمقاس 42', present: ['commitment.detailed_specs'] },
  { text: 'اللون الأحمر هو المفضل عند زبائننا', present: [], absent: ['commitment.detailed_specs'] },
  // Invoice and bank details are requested, not merely mentioned.
  { text: 'بانتظار الفاتورة المبدئية المعدلة', present: ['commitment.invoice_request'] },
  { text: 'ابعتولنا بيانات الحساب البنكي', present: ['commitment.invoice_request'] },
  { text: 'خلوا الفاتورة باسم مؤسستنا', present: ['commitment.invoice_request'] },
  { text: 'الفاتورة القديمة كانت باسم شركة ثانية', present: [], absent: ['commitment.invoice_request'] },
  { text: 'ليش رقم الحساب تغير؟', present: [], absent: ['commitment.invoice_request'], mode: 'skeptical' },
  // Samples: Maghrebi requests, the dual, and a reference sample that is not an approval.
  { text: 'واش تقدرو تصيفطو لينا عينة؟', present: ['commitment.sample_request'] },
  { text: 'نبي عينتين من كل لون', present: ['commitment.sample_request'] },
  { text: 'البضاعة مختلفة عن العينة المعتمدة', present: ['objection.quality'], absent: ['commitment.order_confirmation'] },
  // Payments of fees and an opened letter of credit.
  { text: 'دفعنا رسوم الشحن للعينات', present: ['commitment.payment'] },
  { text: 'قام بنكنا بفتح الاعتماد صباح اليوم', present: ['commitment.payment'], absent: ['intent.urgency'] },
  // Price objections: an amount called expensive, buying elsewhere; not a low price or a given discount.
  { text: '٩ دولار للحبة غالي', present: ['objection.price'] },
  { text: 'السعر 18 جنيه مش غالي', present: [], absent: ['objection.price'] },
  { text: 'أسعاركم أرخص من السوق، ممتاز', present: [], absent: ['objection.price'] },
  { text: 'بنجيبها من الهند بـ 3 دولار', present: ['objection.price'] },
  { text: 'بعد الخصم صار السعر تمام', present: [], absent: ['objection.price'] },
  { text: 'السعر معقول بس ودنا خصم بسيط', present: ['relationship.negotiation_openness'] },
  { text: 'الموردين الثانيين يعطونا 90 يوم آجل', present: ['objection.payment_terms'], absent: ['objection.price'] },
  // Certificates missing on the goods or not found on a register.
  { text: 'المنتجات ما عليها علامة CE', present: ['objection.certification'] },
  { text: 'فتشنا بالموقع وما لقينا المصنع مسجل', present: ['objection.certification'], mode: 'skeptical' },
  { text: 'رقم الشهادة مش موجود في النظام', present: ['objection.certification'] },
  // Lead time: a long wait, a missed date, days of delay, a questioned lead time, the same excuse.
  { text: 'صار لنا شهر ننتظر البوليصة', present: ['objection.lead_time'], mode: 'frustrated' },
  { text: 'كان المفروض تنشحن الأسبوع الماضي', present: ['objection.lead_time'] },
  { text: 'عندنا أسبوعين تأخير بالتسليم', present: ['objection.lead_time'] },
  { text: 'ليش 90 يوم للتصنيع؟', present: ['objection.lead_time'], mode: 'skeptical' },
  { text: 'كل يوم تقولولي بكرة بكرة', present: ['objection.lead_time'], mode: 'frustrated' },
  { text: 'ما عندنا مشكلة بالسعر بس المدة طويلة', present: ['objection.lead_time'], absent: ['objection.price'] },
  // Goods held at customs are no lead-time objection for the writers (none of 16 such lines in Arabic and Portuguese).
  { text: 'الشحنة محجوزة بالجمارك من عشر أيام', present: [], absent: ['objection.lead_time'] },
  { text: 'نفضل نفتح اعتماد مستندي بدل التحويل المقدم', present: ['objection.payment_terms'] },
  // Supplier history: a changed product, money taken, silence since.
  { text: 'المصنع اللي قبلكم بدل المواد بدون ما يبلغنا', present: ['objection.supplier_history'] },
  { text: 'واحد أخذ منا عربون 20% وهرب', present: ['objection.supplier_history'] },
  { text: 'حولنا لمورد سابق ومن وقتها ما شفناه', present: ['objection.supplier_history'], mode: 'skeptical' },
  { text: 'كيف نعتمد على هالتقرير؟', present: [], absent: ['objection.supplier_history'], mode: 'skeptical' },
  // Quality: unfit goods, wrong print, early breakage, doubts, defect words.
  { text: 'البضاعة ما تصلح للبيع أبدا', present: ['objection.quality'] },
  { text: 'الطباعة طلعت غلط على نص الكراتين', present: ['objection.quality'] },
  { text: 'الخلاطات تعطلت من أول أسبوع', present: ['objection.quality'] },
  { text: 'نشك إنكم راح تقدرون تحافظون على الجودة', present: ['objection.quality'], mode: 'skeptical' },
  { text: 'متأكدين إنه ستانلس 304 مو 201؟', present: ['objection.quality'], mode: 'skeptical' },
  { text: 'الخشب وصل متشقق ومعفن', present: ['objection.quality'], mode: 'frustrated' },
  // Counter-offers of what the buyer can take; readiness to order is not one.
  { text: 'نقدر ناخذ نص الكمية هالشهر والباقي بعدين', present: ['relationship.negotiation_openness'] },
  { text: 'نقدرو نخلصو 40% والباقي فاش توصل السلعة', present: ['relationship.negotiation_openness'] },
  { text: 'جاهزين نطلب الحين', present: ['intent.purchase'], absent: ['relationship.negotiation_openness'] },
];

/** Sentiment classes: hedges that need their object, dialect frustration and doubt, settled worries. */
const MODE_CASES: { text: string; mode: SentimentMode; rulesOnly?: boolean }[] = [
  { text: 'لازم أرد على الزبون بكرة', mode: 'neutral' },
  { text: 'العرض وصلني، بدرسه وأرد عليك', mode: 'hesitant' },
  { text: 'اعطونا مهلة أسبوع نرد عليكم', mode: 'hesitant' },
  { text: 'نحتاج وقت الشحن بالضبط', mode: 'neutral' },
  { text: 'يا أخي والله تعبتونا، كل مرة نفس القصة', mode: 'frustrated' },
  { text: 'نأجل الاجتماع للساعة خمسة؟', mode: 'neutral' },
  { text: 'قررنا نأجل الطلبية لبعد رمضان', mode: 'hesitant' },
  { text: 'حبيت أذكركم بموعد الشحن', mode: 'neutral' },
  // NOTE: the layer fitted with train28 reads this constructive; writers split on calm praise without "!".
  { text: 'حبينا الموديل كتير', mode: 'highly_engaged', rulesOnly: true },
  { text: 'غريبة، الشهادة بدون ختم', mode: 'skeptical' },
  { text: 'ليش تغير اسم المستفيد؟', mode: 'skeptical' },
  { text: 'أسبوعين وأنا أنتظر جواب', mode: 'frustrated' },
  { text: 'محدش بيرد على التلفون', mode: 'frustrated' },
  { text: 'ولسه عايزين عربون قبل الإنتاج؟', mode: 'frustrated' },
  { text: 'عندنا شوية مرونة بالموعد', mode: 'constructive' },
  { text: 'ما في شي يمنعنا نبدأ', mode: 'constructive' },
  { text: 'شاكرين لكم تعاونكم', mode: 'neutral' },
  { text: 'رحلة سعيدة أستاذ سامي', mode: 'neutral' },
  { text: 'الدفع كامل مقدم فيه مخاطرة كبيرة علينا', mode: 'hesitant' },
  { text: 'كنا قلقانين من موعد الشحن، بس الحين اطمنا', mode: 'constructive' },
  { text: 'مشكلة التغليف خلاص انحلت، شكرا', mode: 'constructive' },
];

describe('Arabic phrasing classes', () => {
  it.each(PHRASING_CASES.map((c) => [c.text, c] as const))('"%s"', (text, c) => {
    const analysis = analyzeAr(text, SENT_AT, c.rulesOnly === true);
    const found = typesOf(analysis);
    for (const type of c.present) {
      expect(found.has(type), `${type} expected`).toBe(true);
    }
    for (const type of c.absent ?? []) {
      expect(found.has(type), `${type} not expected`).toBe(false);
    }
    if (c.mode !== undefined) {
      expect(typeof c.mode === 'string' ? [c.mode] : c.mode).toContain(analysis.sentiment?.mode);
    }
  });

  it.each(MODE_CASES.map((c) => [c.text, c.mode, c.rulesOnly === true] as const))('mode of "%s"', (text, mode, rulesOnly) => {
    expect(analyzeAr(text, SENT_AT, rulesOnly).sentiment?.mode).toBe(mode);
  });
});

describe('Arabic entity phrasing', () => {
  it('reads a bare deposit as a deposit term', () => {
    const terms = entitiesOf(analyzeAr('بكرة نحول العربون إن شاء الله'), 'payment_term');
    expect(terms.map((t) => t.kind)).toEqual(['tt_deposit']);
  });

  // A share under the whole price paid ahead is a deposit, as the labeled sets read it in every language.
  it('reads a full transfer as an advance and a share as a deposit', () => {
    const full = entitiesOf(analyzeAr('ما نقدر نحول 100% مقدما'), 'payment_term');
    expect(full.map((t) => [t.kind, t.percent])).toEqual([['tt_advance', 100]]);
    const before = entitiesOf(analyzeAr('تبغون 60% تحويل قبل الشحن؟'), 'payment_term');
    expect(before.map((t) => [t.kind, t.percent])).toEqual([['tt_deposit', 60]]);
    const plain = entitiesOf(analyzeAr('ما نقدر ندفع مقدما هالمرة'), 'payment_term');
    expect(plain.map((t) => t.kind)).toEqual(['tt_advance']);
  });

  it('reads a balance named without its share', () => {
    const bl = entitiesOf(analyzeAr('30% عربون والباقي عند استلام البوليصة'), 'payment_term');
    expect(bl.map((t) => t.kind)).toEqual(['tt_deposit', 'balance_against_bl']);
    const remaining = entitiesOf(analyzeAr('حولنا الرصيد المتبقي أمس'), 'payment_term');
    expect(remaining.map((t) => t.kind)).toEqual(['balance']);
    const share = entitiesOf(analyzeAr('حولنا باقي القيمة 60% اليوم'), 'payment_term');
    expect(share.map((t) => [t.kind, t.percent])).toEqual([['balance', 60]]);
  });

  it('reads a per-unit basis glued to ل', () => {
    const tons = entitiesOf(analyzeAr('السعر 120 دولار للطن'), 'money');
    expect(tons.map((m) => [m.amount, m.currency, m.per])).toEqual([[120, 'USD', 'tons']]);
    const metres = entitiesOf(analyzeAr('عرضهم 35 درهم للمتر المربع'), 'money');
    expect(metres.map((m) => [m.amount, m.currency, m.per])).toEqual([[35, 'AED', 'm2']]);
  });

  it('reads Maghrebi unit spellings', () => {
    const quantities = entitiesOf(analyzeAr('نحتاج 200 كرطونة و 60 خنشة'), 'quantity');
    expect(quantities.map((q) => [q.value, q.unit])).toEqual([
      [200, 'cartons'],
      [60, 'bags'],
    ]);
  });

  it('keeps "ميناء" in an Incoterm place', () => {
    const incoterm = entitiesOf(analyzeAr('نبي السعر CIF ميناء جدة الإسلامي'), 'incoterm');
    expect(incoterm).toMatchObject([{ code: 'CIF', place: 'ميناء جدة الإسلامي' }]);
  });

  it('resolves yesterday and a tomorrow written with و', () => {
    const dates = entitiesOf(analyzeAr('الدفعة راحت أمس، وبكرة نرسل الإيصال'), 'date');
    expect(dates.map((d) => d.iso)).toEqual(['2026-03-09', '2026-03-11']);
  });

  it('reads "at the latest" and a closing date as deadlines', () => {
    const latest = entitiesOf(analyzeAr('نحتاجها آخر شي 20 مارس'), 'date');
    expect(latest).toMatchObject([{ iso: '2026-03-20', kind: 'deadline' }]);
    const closing = entitiesOf(analyzeAr('المناقصة تقفل 30 أبريل'), 'date');
    expect(closing).toMatchObject([{ iso: '2026-04-30', kind: 'deadline' }]);
  });
});

// Forms the engine does not read yet; each was checked against the engine code, not the cue tables.
describe('Arabic forms the engine does not read', () => {
  it.todo('money with a preposition glued to the number: "بـ9.5 دولار"');
  it.todo('dual counts as a deadline: "خلال يومين" within 2 days');
});

describe('Arabizi cues', () => {
  it.each([
    ['adesh el se3r lal carton?', 'intent.quotation'],
    ['baddi 40 cartons men nafs el model', 'intent.purchase'],
    ['el as3ar ghalye ktir 3alayna', 'objection.price'],
    ['el MOQ wayed kbeer lal bidaya', 'objection.moq'],
    ['el shohna lesa ma wasalet, sar jem3a', 'objection.lead_time'],
    ['el lon msh zay el 3ayena abadan', 'objection.quality'],
    ['msh hanedfa3 100% mo2adam', 'objection.payment_terms'],
    ['akher supplier sakkar el whatsapp w akhad el deposit', 'objection.supplier_history'],
    ['eb3atli el fatura el yom', 'commitment.invoice_request'],
    ['shukran habibi', 'relationship.tone'],
  ] as const)('reads "%s"', (text, type) => {
    expect(typesOf(analyzeAr(text, SENT_AT, true))).toContain(type);
  });

  it('leaves a plain Arabizi greeting without signals', () => {
    const types = [...typesOf(analyzeAr('salam, kifak?', SENT_AT, true))];
    expect(types.filter((type) => !type.startsWith('context.'))).toEqual([]);
  });
});
