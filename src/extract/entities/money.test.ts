import { describe, it } from 'vitest';
import { expectNoEntity, expectOneEntity } from '../test-builder.js';

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

  it.each([['we can pay at 6.5'], ['give me 2.35 per piece'], ['try 300 pcs'], ['PHP developers welcome']])(
    'finds no money in "%s"',
    (text) => {
      expectNoEntity(text, 'money');
    },
  );
});
