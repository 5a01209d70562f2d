import { describe, expect, it } from 'vitest';
import { EN } from '../lang/en/index.js';
import { languageCues } from '../lang/index.js';
import type { LanguageCues } from '../lang/types.js';
import { analyze, expectNoEntity, expectOneEntity } from '../test-builder.js';

describe('money extractor', () => {
  it.each([
    ['Our offer is USD 2.35/pc', { amount: 2.35, currency: 'USD', per: 'pcs', text: 'USD 2.35/pc' }],
    ['Can you do $2.35 per piece?', { amount: 2.35, currency: 'USD', per: 'pcs', text: '$2.35 per piece' }],
    ['Total €1.200,50 incl. packing', { amount: 1200.5, currency: 'EUR', text: '€1.200,50' }],
    ['Budget is US$ 24,000', { amount: 24000, currency: 'USD', text: 'US$ 24,000' }],
    ['Budget $5k-20k for the pilot', { amount: 5000, max: 20000, currency: 'USD', text: '$5k-20k' }],
    ['Budget 5k-20k USD', { amount: 5000, max: 20000, currency: 'USD' }],
    ['price 12.50 usd each', { amount: 12.5, currency: 'USD', per: 'pcs' }],
    ['EUR 12,50 is fine', { amount: 12.5, currency: 'EUR' }],
    ['€9,80/pc delivered', { amount: 9.8, currency: 'EUR', per: 'pcs' }],
    ['target 3.10 dollars', { amount: 3.1, currency: 'USD' }],
    ['RMB 18 per kg', { amount: 18, currency: 'CNY', per: 'kg' }],
    ['AED 4,500 per ton', { amount: 4500, currency: 'AED', per: 'tons' }],
    ['£300 per set', { amount: 300, currency: 'GBP', per: 'sets' }],
    ['USD2.35 FOB', { amount: 2.35, currency: 'USD' }],
  ] as const)('reads "%s"', (text, fields) => {
    expectOneEntity(text, 'money', fields);
  });

  it.each([
    ['total 3 038,14 € TTC', { amount: 3038.14, currency: 'EUR', text: '3 038,14 €' }],
    ['total 3\u00a0038,14 € TTC', { amount: 3038.14, currency: 'EUR', text: '3\u00a0038,14 €' }],
    ['total 3\u202f038,14 € TTC', { amount: 3038.14, currency: 'EUR', text: '3\u202f038,14 €' }],
    ['Precio $24,50 por unidad', { amount: 24.5, currency: 'USD', text: '$24,50' }],
    ['USD 2,35 FOB', { amount: 2.35, currency: 'USD', text: 'USD 2,35' }],
    ['a 2,35 € la pieza', { amount: 2.35, currency: 'EUR', text: '2,35 €' }],
    ['preço R$ 12,90 cada', { amount: 12.9, currency: 'BRL', text: 'R$ 12,90' }],
    ['budget 1,5k USD', { amount: 1500, currency: 'USD', text: '1,5k USD' }],
    ['EUR 1.250 total', { amount: 1250, currency: 'EUR', text: 'EUR 1.250' }],
    ['€1,200 total', { amount: 1200, currency: 'EUR', text: '€1,200' }],
    ['unit price 0,125 USD', { amount: 0.125, currency: 'USD', text: '0,125 USD' }],
    ['السعر ١٠٠٠ USD', { amount: 1000, currency: 'USD', text: '١٠٠٠ USD' }],
    ['السعر USD ١٬٢٠٠٫٥٠ للقطعة', { amount: 1200.5, currency: 'USD', text: 'USD ١٬٢٠٠٫٥٠' }],
    ['قيمة ۲۵۰ $', { amount: 250, currency: 'USD', text: '۲۵۰ $' }],
    ["Offerte CHF 12'480.– netto", { amount: 12480, currency: 'CHF', text: "CHF 12'480.–" }],
    ["Total CHF 12'480.50", { amount: 12480.5, currency: 'CHF', text: "CHF 12'480.50" }],
    ['Preis EUR 50,- pro Stück', { amount: 50, currency: 'EUR', text: 'EUR 50,-' }],
    ['budget ₹4,50,000 only', { amount: 450000, currency: 'INR', text: '₹4,50,000' }],
    ['USD 2.35-2.50/pc', { amount: 2.35, max: 2.5, currency: 'USD', per: 'pcs', text: 'USD 2.35-2.50/pc' }],
    ['a u$s 14,20 el par', { amount: 14.2, currency: 'USD', text: 'u$s 14,20' }],
    ['saldo de U$S 9.870', { amount: 9870, currency: 'USD', text: 'U$S 9.870' }],
  ] as const)('reads the locale format "%s"', (text, fields) => {
    // English cues, so the test pins the number reading and not another language's unit words.
    expectOneEntity(text, 'money', fields, { language: 'en' });
  });

  it.each([['we can pay at 6.5'], ['give me 2.35 per piece'], ['try 300 pcs'], ['PHP developers welcome'], ['5000 is too much']])(
    'finds no money in "%s"',
    (text) => {
      expectNoEntity(text, 'money');
    },
  );
});

describe('money with a language cue table', () => {
  // A cue table in the shape a Spanish pack gives: decimal comma, "a" and "hasta" between range ends, "mil" as a magnitude.
  const spanishLike: LanguageCues = {
    ...EN,
    code: 'xs',
    decimalSeparator: ',',
    entities: { ...EN.entities, rangeWords: ['a', 'hasta'], magnitudes: { ...EN.entities.magnitudes, mil: 1000 }, currencyWords: { dólares: 'USD', euros: 'EUR' } },
  };

  function moneyOf(text: string) {
    return analyze(text, {}, { cues: spanishLike }).entities.filter((e) => e.type === 'money');
  }

  it('reads a range with a range word', () => {
    expect(moneyOf('presupuesto de 5.000 a 20.000 USD')).toMatchObject([{ amount: 5000, max: 20000, currency: 'USD', text: '5.000 a 20.000 USD' }]);
    expect(moneyOf('entre USD 5.000 hasta 20.000')).toMatchObject([{ amount: 5000, max: 20000, currency: 'USD' }]);
  });

  it('reads the language magnitude and currency words', () => {
    expect(moneyOf('unos 20 mil dólares')).toMatchObject([{ amount: 20000, currency: 'USD', text: '20 mil dólares' }]);
  });

  it('does not read "a" as a range without a number after it', () => {
    expect(moneyOf('USD 5 a pieza')).toMatchObject([{ amount: 5, currency: 'USD', text: 'USD 5' }]);
  });

  it('keeps English "to" out of a table that lists its own range words', () => {
    expect(moneyOf('USD 5 to 20')).toMatchObject([{ amount: 5, currency: 'USD', text: 'USD 5' }]);
  });
});

describe('money with Arabic number prefixes and basis words', () => {
  // Values the Arabic pack needs in `numberPrefixes` and `basisWords`.
  const ar = languageCues('ar');
  const arabic: LanguageCues = {
    ...ar,
    entities: { ...ar.entities, numberPrefixes: ['ب', 'وب'], basisWords: { للطن: 'tons', للكيلو: 'kg', للمتر: 'm' } },
  };

  function moneyOf(text: string, cues: LanguageCues = arabic) {
    return analyze(text, { language: 'ar' }, { cues }).entities.filter((e) => e.type === 'money');
  }

  it('reads a number after a glued preposition', () => {
    expect(moneyOf('نشتري بـ9.5 دولار')).toMatchObject([{ amount: 9.5, currency: 'USD', text: '9.5 دولار' }]);
    expect(moneyOf('نشتري ب٩٫٥ دولار')).toMatchObject([{ amount: 9.5, currency: 'USD', text: '٩٫٥ دولار' }]);
    expect(moneyOf('ب 9.5 دولار')).toMatchObject([{ amount: 9.5, currency: 'USD', text: '9.5 دولار' }]);
  });

  it('reads no prefix the language does not list', () => {
    const noPrefixes: LanguageCues = { ...ar, entities: { ...ar.entities, numberPrefixes: [] } };
    expect(moneyOf('نشتري بـ9.5 دولار', noPrefixes)).toEqual([]);
    expect(moneyOf('كتاب9 دولار')).toEqual([]);
  });

  it('reads a basis word after the currency', () => {
    expect(moneyOf('السعر 120 دولار للطن')).toMatchObject([{ amount: 120, currency: 'USD', per: 'tons', text: '120 دولار للطن' }]);
    expect(moneyOf('بـ9.5 دولار للكيلو')).toMatchObject([{ amount: 9.5, currency: 'USD', per: 'kg' }]);
  });
});

describe('money per unit in the language packs', () => {
  it.each([
    ['es', 'USD 2,35 la pieza', { amount: 2.35, currency: 'USD', per: 'pcs' }],
    ['pt', 'R$ 12,90 cada', { amount: 12.9, currency: 'BRL', per: 'pcs' }],
    ['fr', '2,35 € la pièce', { amount: 2.35, currency: 'EUR', per: 'pcs' }],
  ] as const)('[%s] reads the basis of "%s"', (language, text, fields) => {
    expectOneEntity(text, 'money', fields, { language });
  });
});
