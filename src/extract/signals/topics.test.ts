import { describe, it } from 'vitest';
import { expectNoSignal, expectOneSignal } from '../test-builder.js';

describe('topics of bare predicates', () => {
  it.each([
    ["11.20?? That's too high", 'objection.price', 'too high'],
    ["MOQ 1000 per model, that's too much", 'objection.moq', 'too much'],
    ['30% deposit, way too much', 'objection.payment_terms', 'too much'],
    ['45 days is too long', 'objection.lead_time', 'too long'],
    ['minimum order of 10k, not possible', 'objection.moq', 'not possible'],
    ['Still far from 9.50', 'objection.price', 'far from'],
    ['Still high but ok', 'objection.price', 'Still high'],
    ['USD 5000 is too much', 'objection.price', 'too much'],
    ['0.125?? too high', 'objection.price', 'too high'],
    ['5000 pcs is too much', 'objection.moq', 'too much'],
    ['Price is fine. Can you do 20 days?', 'objection.lead_time', 'Can you do 20'],
    ['Can you do USD 2.10 for 5000 pcs?', 'objection.price', 'Can you do USD 2.10'],
  ] as const)('"%s" gives %s', (text, type, evidence) => {
    // These pin how the rules pick a bare predicate's topic, so the learned layer is left out.
    expectOneSignal(text, type, evidence, {}, { learned: null });
  });

  it.each([
    ['MOQ 1000 per model is too much for us', 'objection.price'],
    ['we want very high quality', 'objection.price'],
    ['the cable is too long for the box', 'objection.lead_time'],
    ['The port is still far from our warehouse', 'objection.price'],
    ['Thank you very much for the price list', 'objection.price'],
    ['is the price too high for the market? no.', 'objection.price'],
    ['5000 is too much', 'objection.price'],
    ['5000 is too much', 'objection.moq'],
    ['1,000?? too high', 'objection.price'],
    ['Price is fine. Can you do 20 days?', 'objection.price'],
    ['The 1.5 mm rolls arrived 1.32 mm thick. Unrealistic.', 'objection.price'],
  ] as const)('"%s" gives no %s', (text, type) => {
    expectNoSignal(text, type);
  });

  // A lead-time word after "before" or "after" names when to pay, not the topic judged.
  it.each([
    ["Payer la totalité avant l'expédition, c'est impossible pour nous.", 'fr'],
    ['100% antes del embarque es imposible para nosotros', 'es'],
  ] as const)('"%s" objects to payment terms, not lead time', (text, language) => {
    expectOneSignal(text, 'objection.payment_terms', text.includes('imposible') ? 'imposible' : 'impossible', { language });
    expectNoSignal(text, 'objection.lead_time', { language });
  });

  it('keeps a lead time that no time reference frames', () => {
    expectOneSignal("Le délai de 60 jours, c'est impossible pour nous.", 'objection.lead_time', 'impossible', { language: 'fr' });
    expectOneSignal('Des délais pareils, c’est impossible.', 'objection.lead_time', 'impossible', { language: 'fr' });
  });
});
