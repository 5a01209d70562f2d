import { describe, expect, it } from 'vitest';
import { entitiesOf, expectNoEntity, expectOneEntity } from '../test-builder.js';

describe('payment term extractor', () => {
  it.each([
    ['30% T/T deposit is ok', { kind: 'tt_deposit', percent: 30, text: '30% T/T deposit' }],
    ['we pay 50% deposit', { kind: 'tt_deposit', percent: 50 }],
    ['L/C at sight only', { kind: 'lc_at_sight', text: 'L/C at sight' }],
    ['payment by D/P', { kind: 'dp', text: 'D/P' }],
    ['our terms are net 30', { kind: 'net_30', text: 'net 30' }],
    ['70% balance before shipment', { kind: 'balance_before_shipment', percent: 70 }],
    ['70% balance against B/L copy', { kind: 'balance_against_bl', percent: 70 }],
    ['100% T/T in advance', { kind: 'tt_advance', percent: 100 }],
    ['L/C 90 days', { kind: 'lc_usance' }],
  ] as const)('reads "%s"', (text, fields) => {
    expectOneEntity(text, 'payment_term', fields);
  });

  it('reads a deposit and balance pair', () => {
    const terms = entitiesOf('30% T/T deposit, 70% balance before shipment', 'payment_term');
    expect(terms.map((t) => [t.kind, t.percent])).toEqual([
      ['tt_deposit', 30],
      ['balance_before_shipment', 70],
    ]);
  });

  it.each([
    ['Pagamento 30% adiantado e 70% antes do embarque', 'pt', 'tt_deposit', 30],
    ['50% por adelantado y el resto contra BL', 'es', 'tt_deposit', 50],
    ['Mate, 100% upfront for a USD 40k order? Not happening.', 'en', 'tt_advance', 100],
    ['Wire del 50% enviado hoy por $23,750 dólares', 'es', 'tt_deposit', 50],
    ['Ya deposité el 40% por transferencia', 'es', 'tt_deposit', 40],
    ['I have paid the balance 70% today through GTBank', 'en', 'balance', 70],
  ] as const)('reads "%s" (%s) as %s', (text, language, kind, percent) => {
    expect(entitiesOf(text, 'payment_term', { language })[0]).toMatchObject({ kind, percent });
  });

  it.each([
    ['Balance of USD 18,400 has been paid this morning', 'en'],
    ['We wired the balance on May 4', 'en'],
  ] as const)('reads the paid balance in "%s"', (text, language) => {
    expect(entitiesOf(text, 'payment_term', { language }).map((t) => t.kind)).toContain('balance');
  });

  it.each([['the network is down'], ['30% off'], ['we will deposit the samples']])('finds no payment term in "%s"', (text) => {
    expectNoEntity(text, 'payment_term');
  });
});
