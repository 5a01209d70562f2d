import { describe, expect, it } from 'vitest';
import { expectNoEntity, expectOneEntity } from '../test-builder.js';

describe('incoterm extractor', () => {
  it.each([
    ['Price FOB Ningbo please', { code: 'FOB', place: 'Ningbo', text: 'FOB Ningbo' }],
    ['Quote CIF Jebel Ali', { code: 'CIF', place: 'Jebel Ali', text: 'CIF Jebel Ali' }],
    ['EXW only', { code: 'EXW', text: 'EXW' }],
    ['We need DDP Riyadh', { code: 'DDP', place: 'Riyadh', text: 'DDP Riyadh' }],
    ['best fob price', { code: 'FOB', text: 'fob' }],
    ['C&F Dammam is fine', { code: 'CFR', place: 'Dammam' }],
    ['DAP Warsaw warehouse', { code: 'DAP', place: 'Warsaw' }],
  ] as const)('reads "%s"', (text, fields) => {
    expectOneEntity(text, 'incoterm', fields);
  });

  it('leaves the place out when a trade word follows', () => {
    const entity = expectOneEntity('Send the FOB Price list', 'incoterm', { code: 'FOB', text: 'FOB' });
    expect(entity.place).toBeUndefined();
  });

  it.each([['the fobs are broken'], ['Ciffon fabric'], ['CIFRA brand lamps']])('finds no incoterm in "%s"', (text) => {
    expectNoEntity(text, 'incoterm');
  });
});
