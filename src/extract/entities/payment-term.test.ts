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

  it.each([['the network is down'], ['30% off'], ['we will deposit the samples']])('finds no payment term in "%s"', (text) => {
    expectNoEntity(text, 'payment_term');
  });
});
