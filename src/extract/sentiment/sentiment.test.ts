import { describe, expect, it } from 'vitest';
import type { Sentiment } from '../../core/types.js';
import { EN } from '../lang/en/index.js';
import { analyze } from '../test-builder.js';

function sentimentOf(text: string): Sentiment {
  const sentiment = analyze(text).sentiment;
  expect(sentiment).not.toBeNull();
  return sentiment as Sentiment;
}

describe('sentiment', () => {
  it.each([
    ['Need 2x40HQ, best FOB price?', 'neutral'],
    ['Kindly send the catalogue. Thanks in advance, please advise.', 'neutral'],
    ['Not bad, the samples look fine', 'constructive'],
    ['Sounds good, we agree with the terms', 'constructive'],
    ['Maybe, we will see. Not sure yet.', 'hesitant'],
    ['We are not happy with the delay', 'frustrated'],
    ['Great, another delay. Still waiting!!!', 'frustrated'],
    ['three weeks for a reply, great service', 'frustrated'],
    ['super fast reply, only took you a month', 'frustrated'],
    ['Wow, only 2 months late, amazing service', 'frustrated'],
    ['It only took 2 days to clear customs, great job', 'constructive'],
    ['How many times do I have to ask??', 'frustrated'],
    ['Are you sure these are original? Sounds too good to be true', 'skeptical'],
    ['We are sooo excited about this project!!! 😍😍', 'highly_engaged'],
    ["Perfect, let's do it 👍🎉", 'highly_engaged'],
  ] as const)('"%s" is %s', (text, mode) => {
    expect(sentimentOf(text).mode).toBe(mode);
  });

  // The buyer quotes the seller's own claim back; no other cue gives these a mode.
  it.each([
    "Your listing says 'factory direct'. The invoice comes from a trading firm in Hong Kong.",
    "Su web dice 'fábrica propia'. ¿Me manda la licencia de funcionamiento?",
    'O anúncio fala em "pronta entrega". Vou ligar amanhã para conferir.',
  ])('reads a quoted claim as skeptical with the rules alone: "%s"', (text) => {
    expect(analyze(text, {}, { learned: null }).sentiment?.mode).toBe('skeptical');
  });

  // Doubt about a price far below others, hedges that name the snag, and a doubt emoji, in each language.
  it.each([
    ['Genuine leather at that price?', 'skeptical'],
    ["Your quote is 35% below everyone else's.", 'skeptical'],
    ['Will discuss with my partners and revert.', 'hesitant'],
    ['Hmm 🤔', 'skeptical'],
    ['¿Acero inoxidable a ese precio?', 'skeptical'],
    ['El precio nos gusta. El tema es que no tenemos espacio en bodega.', 'hesitant'],
    ['Lo pienso y te aviso.', 'hesitant'],
    ['Vocês estão 30% abaixo do mercado.', 'skeptical'],
    ['Gostei. O problema é que o caixa está apertado.', 'hesitant'],
    ['Deixamos para depois do verão.', 'hesitant'],
    ['Du cuir véritable à ce prix ?', 'skeptical'],
    ["Le souci c'est que notre budget est bouclé.", 'hesitant'],
    ['Votre offre est 40 % moins chère que toutes les autres.', 'skeptical'],
    ['أصلي بهالسعر؟', 'skeptical'],
    ['سعركم أقل من السوق بكثير', 'skeptical'],
    ['Pas pour cette saison.', 'hesitant'],
    ["It's not a priority for us this year.", 'hesitant'],
    ['Não é prioridade agora.', 'hesitant'],
    ['القرار مش عندي', 'hesitant'],
    ['Votre offre est à l\'étude au niveau de la direction.', 'hesitant'],
    // Praise, then a reservation with no request after it.
    ['The fabric is excellent, but our warehouse is still full of last season.', 'hesitant'],
    ['El producto es muy bueno, pero el mercado está parado.', 'hesitant'],
    ['As cadeiras são ótimas, mas a loja ainda está cheia.', 'hesitant'],
    ['Très beau produit, mais le budget est déjà engagé cette année.', 'hesitant'],
    ['البضاعة ممتازة بس السوق واقف هالأيام', 'hesitant'],
    // A request after the contrast keeps the praise constructive.
    ['The samples are excellent, but please ship CIF Jebel Ali.', 'constructive'],
    ['The samples are excellent, but can you do them in grey?', 'constructive'],
  ] as const)('reads "%s" as %s with the rules alone', (text, mode) => {
    expect(analyze(text, {}, { learned: null }).sentiment?.mode).toBe(mode);
  });

  it('reads no price request in a doubted price', () => {
    const types = analyze('¿Original a ese precio?', {}, { learned: null }).signals.map((s) => s.type);
    expect(types).not.toContain('intent.quotation');
  });

  it('keeps inch marks and apostrophes neutral', () => {
    expect(analyze('Please quote 2" and 3" ball valves, it\'s for a tender.', {}, { learned: null }).sentiment?.mode).toBe('neutral');
  });

  it('reads "price too high" as negative', () => {
    expect(sentimentOf('price too high').polarity).toBeLessThan(0);
  });

  it('does not read "no problem" as negative', () => {
    expect(sentimentOf('No problem').polarity).toBeGreaterThanOrEqual(0);
  });

  it('does not read "not bad" as negative', () => {
    expect(sentimentOf('not bad').polarity).toBeGreaterThan(0);
  });

  it('reads "not happy" as negative', () => {
    expect(sentimentOf('not happy').polarity).toBeLessThan(0);
  });

  it('gives politeness formulas no polarity', () => {
    expect(sentimentOf('Kindly advise, thanks in advance. Best regards').polarity).toBe(0);
  });

  it('lets intensifiers and elongation raise polarity', () => {
    expect(sentimentOf('sooo good').polarity).toBeGreaterThan(sentimentOf('good').polarity);
    expect(sentimentOf('very good').polarity).toBeGreaterThan(sentimentOf('good').polarity);
  });

  it('counts each of several emoji', () => {
    expect(sentimentOf('👍👍👍').polarity).toBeGreaterThan(sentimentOf('👍').polarity);
  });

  it('turns sarcastic praise negative', () => {
    expect(sentimentOf('Great, another delay').polarity).toBeLessThan(0);
  });

  it('gives evidence for the mode', () => {
    const evidence = sentimentOf('We are not happy with the delay').evidence ?? [];
    expect(evidence.map((e) => e.text)).toContain('not happy');
  });

  it('keeps polarity in [-1, 1]', () => {
    const polarity = sentimentOf('terrible awful horrible disaster nightmare 😡😡😡!!!').polarity;
    expect(polarity).toBeGreaterThanOrEqual(-1);
    expect(polarity).toBeLessThan(-0.9);
  });

  it('is null for outbound messages', () => {
    expect(analyze('Thanks, great news', { direction: 'outbound' }).sentiment).toBeNull();
  });

  it('treats a missing direction as inbound', () => {
    expect(analyze('Thanks, great news').sentiment).not.toBeNull();
  });

  it('ignores a token named like an object property', () => {
    expect(sentimentOf('constructor toString').polarity).toBe(0);
  });
});

describe('sentiment of stretched words and emoji', () => {
  function polarityOf(text: string, options: Parameters<typeof analyze>[2] = {}): number {
    return (analyze(text, { language: 'en' }, options).sentiment as Sentiment).polarity;
  }

  it('reads a stretched word as its lexicon word', () => {
    expect(polarityOf('goooood')).toBeGreaterThan(0);
    expect(polarityOf('baaaad')).toBeLessThan(0);
  });

  it('counts the stretch as emphasis', () => {
    expect(polarityOf('goooood')).toBeGreaterThan(polarityOf('good'));
    expect(polarityOf('sooo good')).toBeGreaterThan(polarityOf('so good'));
  });

  it('counts each of several emoji written without spaces', () => {
    const one = polarityOf('ok 🙏');
    const three = polarityOf('ok 🙏🙏🙏');
    expect(one).toBeGreaterThan(0);
    expect(three).toBeGreaterThan(one);
    const evidence = (analyze('ok 🙏🙏🙏', { language: 'en' }).sentiment as Sentiment).evidence ?? [];
    expect(evidence.filter((e) => e.rule === 'emoji').map((e) => e.start)).toEqual([3, 5, 7]);
  });

  it('reads a lexicon written with Arabic letter variants and a stretched Arabic word', () => {
    const cues = {
      ...EN,
      code: 'xa',
      negators: ['مش', 'ليس'],
      sentiment: { lexicon: { 'مُمتاز': 3, 'سيّئ': -2.5 }, phrases: [], intensifiers: {}, postIntensifiers: { جدا: 1.3 } },
    };
    expect(polarityOf('ممتاز', { cues })).toBeGreaterThan(0);
    expect(polarityOf('ممتاز جدا', { cues })).toBeGreaterThan(polarityOf('ممتاز', { cues }));
    expect(polarityOf('ممتاز جداااا', { cues })).toBeGreaterThan(polarityOf('ممتاز جدا', { cues }));
    expect(polarityOf('سيئ', { cues })).toBeLessThan(0);
    expect(polarityOf('مش ممتاز', { cues })).toBeLessThan(0);
  });
});
