import { describe, it } from 'vitest';
import { expectNoSignal, expectOneSignal } from '../test-builder.js';

describe('objection signals', () => {
  it.each([
    ['Your price is too high', 'objection.price', 'price is too high'],
    ['price too high', 'objection.price', 'price too high'],
    ['Another supplier is much cheaper', 'objection.price', 'Another supplier is much cheaper'],
    ['Our target price is USD 1.90', 'objection.price', 'target price'],
    ['Your factory has no CE certificate', 'objection.certification', 'no CE'],
    ['The certificate you sent is expired', 'objection.certification', 'certificate you sent is expired'],
    ['Lead time of 60 days is too long', 'objection.lead_time', 'Lead time of 60 days is too long'],
    ['We had a bad experience with Chinese suppliers', 'objection.supplier_history', 'bad experience'],
    ['We got scammed last year', 'objection.supplier_history', 'got scammed'],
    ['The MOQ is too high for us', 'objection.moq', 'MOQ is too high'],
    ['We cannot accept 50% deposit', 'objection.payment_terms', 'cannot accept 50% deposit'],
    ['Payment terms are not acceptable', 'objection.payment_terms', 'Payment terms are not acceptable'],
    ['We have doubts about the quality', 'objection.quality', 'doubts about the quality'],
    ['Half the lamps arrived broken', 'objection.quality', 'broken'],
    ['Another factory in Foshan offered us the same panel for $7.20', 'objection.price', 'Another factory in Foshan offered us the same'],
    ['USD 2.40? Seriously? Others quote 1.90', 'objection.price', 'Others quote 1.90'],
    ['We are a small shop, 1000 pcs is too many for us', 'objection.moq', 'too many'],
    ['half the drivers do not work', 'objection.quality', 'half the drivers do not work'],
    ['50 units dead on arrival', 'objection.quality', 'dead on arrival'],
    ['Your offer is 12% higher than Indian mills', 'objection.price', 'higher than Indian mills'],
  ] as const)('"%s" gives %s', (text, type, evidence) => {
    expectOneSignal(text, type, evidence);
  });

  // Negation and resolution: these mention the topic but raise no objection.
  it.each([
    ['The price is not an issue', 'objection.price'],
    ['The price is fine now', 'objection.price'],
    ['The price was too high, but it is fine now', 'objection.price'],
    ['Your price is no longer too high', 'objection.price'],
    ['No problem with the MOQ', 'objection.moq'],
    ['The MOQ is not a problem', 'objection.moq'],
    ['Do you have a CE certificate?', 'objection.certification'],
    ['Lead time 25 days is ok', 'objection.lead_time'],
    ['There is no delay on our side', 'objection.lead_time'],
    ['We never had a bad experience with you', 'objection.supplier_history'],
    ['30% deposit is fine for us', 'objection.payment_terms'],
    ['No quality issues with the last batch', 'objection.quality'],
    ['Quality is good', 'objection.quality'],
    ['Not bad at all', 'objection.quality'],
    ['Sorry for too many messages today', 'objection.moq'],
    ['Our target is 500 lux on the pitch.', 'objection.price'],
    ['The target is 2,000 pcs a month.', 'objection.price'],
    ['We do not work with LC', 'objection.quality'],
  ] as const)('"%s" gives no %s', (text, type) => {
    expectNoSignal(text, type);
  });
});
