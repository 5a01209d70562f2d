/**
 * A price the buyer paid before, set against the quote, is a price
 * objection in every language ("last year it was 1.90"), and so is
 * disbelief at a price just named ("USD 2.40? Seriously?"). The same words
 * before a count or a duration ("last order was 500 pcs"), or disbelief
 * with no price named, are not. The rules alone must read them, so the
 * learned layer is off.
 */
import { describe, expect, it } from 'vitest';
import { analyze, signalsOf } from '../test-builder.js';

const RULES_ONLY = { learned: null } as const;

function priceObjections(text: string, language: string): string[] {
  return signalsOf(analyze(text, { language }, RULES_ONLY), 'objection.price').flatMap((s) => s.evidence.map((e) => e.text));
}

describe('a lower price paid before', () => {
  it.each([
    ['en', 'USD 2.40? Seriously? Last year you sold it at 1.90.', '1.90'],
    ['en', 'Last time it was 1.90, now 2.40?', '1.90'],
    ['en', 'We paid 1.90 last year for the same bottle.', '1.90'],
    ['es', '¿En serio? ¿2,40 USD? El año pasado era 1,90.', '1,90'],
    ['es', 'Antes pagábamos 1,90 el kilo.', '1,90'],
    ['fr', "2,40 USD ? Sérieusement ? L'an dernier c'était 1,90.", '1,90'],
    ['fr', 'Ailleurs on nous propose 1,90 pour la même qualité.', '1,90'],
    ['ar', 'جد؟ ٢.٤٠ دولار؟ السنة الماضية كان ١.٩٠', '١.٩٠'],
    ['ar', 'المرة اللي فاتت اشترينا بـ 1.90', '1.90'],
  ] as const)('%s: "%s" objects to the price', (language, text, figure) => {
    const evidence = priceObjections(text, language);
    expect(evidence.some((quote) => quote.includes(figure)), `evidence ${JSON.stringify(evidence)}`).toBe(true);
  });

  it.each([
    ['en', 'Last order was 500 pcs, same again please.'],
    ['en', 'Last time it was 52 days door to door.'],
    ['es', 'El pedido anterior era de 500 cajas.'],
    ['fr', "L'an dernier c'était 300 cartons, cette année le double."],
    ['ar', 'الطلبية السابقة كانت 500 كرتون'],
    ['ar', 'انحرقنا قبل، مرة دفعنا ٤٠٪ واختفى المورد'],
  ] as const)('%s: "%s" names a count, not a price', (language, text) => {
    expect(priceObjections(text, language)).toEqual([]);
  });
});

describe('disbelief at a price', () => {
  it.each([
    ['en', 'USD 2.40? Seriously?', 'Seriously?'],
    ['en', '2.40 dollars, are you kidding me?', 'you kidding'],
    ['es', '¿USD 2,40? ¿En serio?', 'serio?'],
    ['fr', '2,40 USD ? Sérieusement ?', 'Sérieusement ?'],
    ['pt', 'USD 2,40? Sério?', 'Sério?'],
    ['ar', '٢.٤٠ دولار؟ بجد؟', 'بجد؟'],
  ] as const)('%s: "%s" objects to the price', (language, text, words) => {
    expect(priceObjections(text, language)).toContain(words);
  });

  it.each([
    ['en', 'Are you kidding? The samples broke.'],
    ['en', 'Price is fine. Seriously, good job.'],
    ['es', '¿En serio? Otra vez sin respuesta.'],
  ] as const)('%s: "%s" names no price', (language, text) => {
    expect(priceObjections(text, language)).toEqual([]);
  });
});

describe('a purchase made conditional on a price cut', () => {
  it('reads an Arabic condition on a cut', () => {
    // The negator in "إذا لم تخفضوا" belongs to the condition, not to the cut.
    expect(priceObjections('إذا لم تخفضوا السعر سنشتري من مورد آخر.', 'ar')).toContain('إذا لم تخفضوا السعر');
    expect(priceObjections('ما نقدر نخفض السعر أكثر', 'ar')).toEqual([]);
  });

  it('reads an English condition on a cut', () => {
    const text = 'If you do not lower the price we will buy from another supplier';
    expect(priceObjections(text, 'en')).toContain('If you do not lower the price');
    expect(signalsOf(analyze(text, { language: 'en' }, RULES_ONLY), 'intent.purchase')).toEqual([]);
  });
});
