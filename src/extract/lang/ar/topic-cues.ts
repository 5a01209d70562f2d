/**
 * Arabic topic words for bare predicates ("عالي جدا", "مش مناسب"): the
 * nearest of these around such a predicate decides which objection it is.
 * Quality and certificate words are topics too, so "جودة عالية جدا" raises
 * no price objection and "غير معتمد" needs a certificate nearby.
 */
import type { TopicCues } from '../types.js';
import { nounForms } from './forms.js';

function forms(...stems: string[]): string[] {
  return [...new Set(stems.flatMap(nounForms))];
}

export const AR_TOPICS: TopicCues = {
  words: [
    {
      type: 'objection.price',
      words: [
        ...forms('سعر', 'أسعار', 'اسعار', 'تسعيرة', 'تسعير', 'ثمن', 'تكلفة', 'كلفة', 'عرض', 'ميزانية', 'تارجت', 'مبلغ'),
        ...forms('دولار', 'دولارات', 'يورو', 'ريال', 'درهم', 'جنيه', 'دينار', 'ليرة', 'يوان'),
        'price', 'prices', 'cost', 'quote', 'offer', 'usd', 'us$', 'eur', 'aed', 'sar', 'egp', 'rmb', 'budget', 'target',
        'fob', 'cif', 'cfr', 'cnf', 'exw', 'ddp', 'dap',
      ],
    },
    {
      type: 'objection.moq',
      // "هالكمية" (this quantity) is one token: the demonstrative and the article are written attached.
      words: [...forms('moq', 'moqs', 'موك', 'حد', 'كمية', 'كميات', 'عدد', 'حاوية', 'حاويات', 'كونتينر'), 'الأدنى', 'الادنى', 'أدنى', 'الدنيا', 'هالكمية', 'هالكميات', 'هالعدد', 'qty', 'quantity', 'minimum'],
    },
    {
      type: 'objection.lead_time',
      words: [
        ...forms('مدة', 'فترة', 'وقت', 'موعد', 'تسليم', 'شحن', 'إنتاج', 'انتاج', 'تصنيع', 'توريد', 'توصيل', 'انتظار', 'وصول'),
        ...forms('يوم', 'أيام', 'ايام', 'أسبوع', 'اسبوع', 'أسابيع', 'اسابيع', 'شهر', 'أشهر', 'اشهر', 'شهور'),
        'يوما', 'lead', 'leadtime', 'delivery', 'production', 'days', 'weeks', 'months', 'eta',
      ],
    },
    {
      type: 'objection.payment_terms',
      words: [...forms('عربون', 'مقدم', 'دفعة', 'دفع', 'سداد', 'اعتماد', 'تحويل', 'آجل', 'شروط', 'باقي', 'رصيد', 'حوالة'), 'deposit', 'advance', 'l/c', 'lc', 't/t', 'tt', 'credit', 'terms', 'payment'],
    },
    {
      type: 'objection.quality',
      words: [...forms('جودة', 'نوعية', 'كوالتي', 'خامة', 'متانة', 'أداء', 'اداء', 'إضاءة', 'اضاءة', 'دقة', 'تشطيب', 'صنعة'), 'quality', 'performance', 'brightness'],
    },
    {
      type: 'objection.certification',
      words: [...forms('شهادة', 'شهادات', 'ترخيص', 'تراخيص', 'تسجيل', 'مطابقة', 'هيئة'), 'ce', 'fda', 'iso', 'saso', 'saber', 'gcc', 'halal', 'حلال', 'ساسو', 'سابر', 'rohs', 'ul', 'certificate'],
    },
  ],
  entities: {
    money: 'objection.price',
    quantity: 'objection.moq',
    duration: 'objection.lead_time',
    payment_term: 'objection.payment_terms',
  },
  bareNumber: 'objection.price',
  window: 8,
  timeReferences: ['قبل', 'بعد', 'عند', 'before', 'after', 'upon', 'against'],
};
