import { describe, expect, it } from 'vitest';
import { entitiesOf, expectNoEntity, expectOneEntity } from '../test-builder.js';

describe('certification extractor', () => {
  it.each([
    ['Is it CE marked?', 'CE'],
    ['We need FDA approval', 'FDA'],
    ['Factory has ISO 9001:2015', 'ISO 9001'],
    ['RoHS compliant?', 'RoHS'],
    ['must meet REACH', 'REACH'],
    ['UL listed driver', 'UL'],
    ['SGS inspection report', 'SGS'],
    ['BSCI audit done', 'BSCI'],
    ['SASO is mandatory', 'SASO'],
    ['Halal certificate required', 'Halal'],
    ['Need GCC certificate', 'GCC'],
  ])('reads "%s"', (text, code) => {
    expectOneEntity(text, 'certification', { code });
  });

  it.each([
    ['The lamp has the G Mark', 'GCC', 'G Mark'],
    ['G-Mark approved', 'GCC', 'G-Mark'],
    ['cULus listed driver', 'UL', 'cULus'],
    ['TÜV report attached', 'TUV', 'TÜV'],
    ['amfori BSCI member', 'BSCI', 'amfori BSCI'],
    ['meets EN 12464-1', 'EN 12464-1', 'EN 12464-1'],
    ['rohs ok', 'RoHS', 'rohs'],
  ])('reads "%s", whose form starts unlike most', (text, code, written) => {
    expectOneEntity(text, 'certification', { code, text: written });
  });

  it('reads a list of certificates', () => {
    expect(entitiesOf('CE, RoHS and GCC please', 'certification').map((e) => e.code)).toEqual(['CE', 'RoHS', 'GCC']);
  });

  it.each([
    ['Mill test certificates EN 10204 3.1 please', 'EN 10204 3.1'],
    ['Pipes to ASTM A106 Gr.B', 'ASTM A106'],
    ['Certified to IATF 16949', 'IATF 16949'],
    ['UN38.3 test report attached', 'UN38.3'],
    ['SFDA registration is required', 'SFDA'],
    ['Is it USDA Organic?', 'USDA Organic'],
    ['Pallets must be ISPM 15 treated', 'ISPM 15'],
    ['MSC certified cod only', 'MSC'],
  ])('reads the standard or registration in "%s"', (text, code) => {
    expectOneEntity(text, 'certification', { code });
  });

  it('reads MSC without a certificate word as the shipping line', () => {
    expect(entitiesOf('Booked on the MSC vessel for Friday', 'certification')).toEqual([]);
  });

  it.each([
    ['Sedex audit passed last year', 'SEDEX'],
    ['auditoria SMETA aprovada', 'SEDEX'],
    ['We need SABER for Saudi Arabia', 'SABER'],
    ['Saber certificate is ready', 'SABER'],
  ])('reads the certificate in "%s"', (text, code) => {
    expectOneEntity(text, 'certification', { code });
  });

  it.each([
    ['Please reach out to me'],
    ['GCC countries are our market'],
    ['The ce of the box'],
    ['ul. Marszałkowska 10'],
    ['Pode enviar a amostra por Sedex?'],
    ['Saber si tienen stock'],
  ])(
    'finds no certification in "%s"',
    (text) => {
      expectNoEntity(text, 'certification');
    },
  );
});
