import { describe, expect, it } from 'vitest';
import type { Sentiment } from '../core/types.js';
import { EN } from './lang/en/index.js';
import { languageCues } from './lang/index.js';
import type { LanguageCues } from './lang/types.js';
import { withSharedCues } from './shared-cues.js';
import { analyze } from './test-builder.js';

/** A language with no cue words of its own: everything found comes from the shared layers. */
const BARE: LanguageCues = {
  ...EN,
  code: 'xx',
  negators: ['nein'],
  resolutions: [],
  signals: [],
  topics: { ...EN.topics, words: [] },
  sentiment: { lexicon: {}, phrases: [], intensifiers: {} },
  dates: { ...EN.dates, asap: [], endOfDay: [], endOfWeek: [], endOfMonth: [], endOfYear: undefined, endOfQuarter: undefined },
  entities: {
    ...EN.entities,
    units: { stueck: 'pcs', m: 'meters_of_the_language' },
    perUnit: {},
    currencyWords: {},
    magnitudes: {},
    paymentTerms: [],
    paymentTermStarts: [],
  },
};

function analyzeBare(text: string) {
  return analyze(text, {}, { cues: BARE });
}

describe('shared cues in a language without its own words', () => {
  it.each([
    ['MOQ?', 'intent.early_qualification'],
    ['OEM', 'intent.early_qualification'],
    ['RFQ 2026-17', 'intent.quotation'],
    ['Proforma bitte', 'commitment.invoice_request'],
    ['PO 4521', 'commitment.order_confirmation'],
    ['MT103 anbei', 'commitment.payment'],
  ] as const)('"%s" raises %s', (text, type) => {
    expect(analyzeBare(text).signals.map((s) => s.type)).toContain(type);
  });

  it('reads unit codes, per-unit codes and the k magnitude', () => {
    const entities = analyzeBare('5k pcs zu USD 2.35/pc').entities;
    expect(entities).toMatchObject([
      { type: 'quantity', value: 5000, unit: 'pcs', text: '5k pcs' },
      { type: 'money', amount: 2.35, currency: 'USD', per: 'pcs', text: 'USD 2.35/pc' },
    ]);
  });

  it('reads payment term codes', () => {
    const terms = analyzeBare('30% T/T, Rest L/C').entities.filter((e) => e.type === 'payment_term');
    expect(terms).toMatchObject([
      { kind: 'tt', percent: 30, text: '30% T/T' },
      { kind: 'lc', text: 'L/C' },
    ]);
  });

  it('reads date abbreviations', () => {
    expect(analyzeBare('ASAP oder EOD').entities).toMatchObject([
      { type: 'date', iso: '2026-03-10', kind: 'deadline', text: 'ASAP' },
      { type: 'date', iso: '2026-03-10', kind: 'deadline', text: 'EOD' },
    ]);
  });

  it('keeps the language unit word where it clashes with a neutral code', () => {
    expect(analyzeBare('20 m').entities).toMatchObject([{ type: 'quantity', value: 20, unit: 'meters_of_the_language' }]);
  });

  it('reads English phrases a buyer quotes', () => {
    const signals = analyzeBare('Bitte best price, lead time too long').signals;
    expect(signals.find((s) => s.type === 'intent.quotation')?.evidence[0]?.text).toBe('best price');
    expect(signals.find((s) => s.type === 'objection.lead_time')?.evidence[0]?.text).toBe('lead time too long');
  });

  it('lets the language negator cancel an English phrase', () => {
    expect(analyzeBare('nein best price').signals.map((s) => s.type)).not.toContain('intent.quotation');
  });

  it('does not add English sentiment words', () => {
    expect((analyzeBare('good great excellent').sentiment as Sentiment).polarity).toBe(0);
    expect((analyze('good great excellent', { language: 'en' }).sentiment as Sentiment).polarity).toBeGreaterThan(0);
  });

  it('builds the merged cues once per language', () => {
    expect(withSharedCues(BARE)).toBe(withSharedCues(BARE));
  });
});

describe('shared cues in English', () => {
  it('adds no English phrase twice', () => {
    const merged = withSharedCues(EN);
    expect(merged.signals.length).toBe(EN.signals.length + merged.signals.filter((s) => s.id.startsWith('neutral.')).length);
  });

  it('keeps the English reading of a code', () => {
    const signal = analyze('MOQ?', { language: 'en' }).signals.find((s) => s.type === 'intent.early_qualification');
    expect(signal?.strength).toBe(0.7);
    expect(signal?.evidence).toHaveLength(1);
  });
});

describe('neutral codes in every registered language', () => {
  it.each(['en', 'es', 'pt', 'fr', 'ar'])('reads MOQ?, 30%% T/T, 500 pcs and ASAP in %s', (language) => {
    const analysis = analyze('MOQ? 500 pcs, 30% T/T, ASAP', { language });
    expect(analysis.signals.map((s) => s.type)).toContain('intent.early_qualification');
    expect(analysis.entities.map((e) => e.type)).toEqual(expect.arrayContaining(['quantity', 'payment_term', 'date']));
  });
});

describe('English negators in another language', () => {
  function typesOf(text: string, cues: LanguageCues): string[] {
    return analyze(text, {}, { cues }).signals.map((s) => s.type);
  }

  it('cancel no cue of the language itself', () => {
    // Portuguese "no" is "em" + "o": "a problem in the price".
    expect(typesOf('Temos um problema no preço', languageCues('pt'))).toContain('objection.price');
    expect(typesOf('Não temos problema no preço', languageCues('pt'))).not.toContain('objection.price');
  });

  it('cancel the English cues', () => {
    expect(typesOf('we do not want your best price', BARE)).not.toContain('intent.quotation');
    expect(typesOf('no best price', languageCues('es'))).not.toContain('intent.quotation');
  });

  it('leave out the words the language lists as lookalikes', () => {
    const pt = languageCues('pt');
    const text = 'Estamos focados no best price';
    expect(typesOf(text, { ...pt, negatorLookalikes: [] })).not.toContain('intent.quotation');
    expect(typesOf(text, { ...pt, negatorLookalikes: ['no'] })).toContain('intent.quotation');
    const fr = languageCues('fr');
    const french = 'Voici les modèles dont le best price nous intéresse';
    expect(typesOf(french, { ...fr, negatorLookalikes: [] })).not.toContain('intent.quotation');
    expect(typesOf(french, { ...fr, negatorLookalikes: ['dont'] })).toContain('intent.quotation');
  });

  it('are not the negators of the language or its sentiment words', () => {
    const merged = withSharedCues({ ...BARE, negatorLookalikes: ['no'] });
    expect(merged.negators).toEqual(['nein']);
    const layered = merged.signals.find((cue) => cue.id.startsWith('neutral.'))?.negators ?? [];
    expect(layered).toContain('nein');
    expect(layered).toContain('not');
    expect(layered).not.toContain('no');
  });
});
