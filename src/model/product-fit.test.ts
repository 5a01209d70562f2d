import { describe, expect, it } from 'vitest';
import type { Entity } from '../core/types.js';
import { parseCatalog, readCatalog } from './catalog.js';
import { buildContext } from './context.js';
import { analyzeConversation } from './index.js';
import { productFit, PRODUCT_FIT_WEIGHTS } from './product-fit.js';
import { at, conversation, type MessageSpec } from './test-builder.js';

const CATALOG = readCatalog('catalogs/led-lighting.csv');

/** Entity builders that place the span where the words stand in the message, as the extractor does. */
function spanOf(text: string, words: string): { start: number; end: number; text: string } {
  const start = text.indexOf(words);
  if (start === -1) throw new Error(`"${words}" is not in "${text}"`);
  return { start, end: start + words.length, text: words };
}
const quantity = (text: string, words: string, value: number, unit = 'pcs'): Entity => ({ type: 'quantity', value, unit, ...spanOf(text, words) });
const product = (text: string, words: string): Entity => ({ type: 'product', value: words, ...spanOf(text, words) });
const certificate = (text: string, code: string): Entity => ({ type: 'certification', code, ...spanOf(text, code) });

const M1 = 'Hi, we need 300 pcs of LED-PN-6060 and 2,000 pcs downlight 12W for a hotel project.';
const M3 = 'Do you also have model SB-900 solar bollard with IP68? Everything must be CE marked.';

/** A buyer asking for one listed product below its MOQ, one above it, and one product the catalog lacks. */
const HOTEL: MessageSpec[] = [
  { id: 'm1', dir: 'in', h: 0, text: M1, entities: [quantity(M1, '300 pcs', 300), quantity(M1, '2,000 pcs', 2000)] },
  { id: 'm2', dir: 'out', h: 2, text: 'Quotation attached.' },
  { id: 'm3', dir: 'in', h: 5, text: M3, entities: [product(M3, 'SB-900'), certificate(M3, 'CE')] },
];

function fitOf(specs: MessageSpec[], catalog = CATALOG) {
  return productFit(buildContext(conversation(specs), at(24)), catalog);
}

describe('productFit', () => {
  it('matches a listed product by SKU and another by keyword, and lists what the catalog lacks', () => {
    const fit = fitOf(HOTEL);
    expect(fit.matched).toEqual([
      { sku: 'LED-PN-6060', name: 'Slim LED Panel Light 600x600 40W', via: 'sku', mentions: 1, evidence: [{ messageId: 'm1', text: 'LED-PN-6060' }] },
      { sku: 'LED-DL-12', name: 'Recessed LED Downlight 12W', via: 'keyword', mentions: 1, evidence: [{ messageId: 'm1', text: 'downlight' }] },
    ]);
    expect(fit.unmatched).toEqual([
      { kind: 'product', text: 'SB-900', messageId: 'm3' },
      { kind: 'spec', text: 'IP68', messageId: 'm3' },
    ]);
  });

  it('reads a partial name with the specs of the product name', () => {
    const text = 'We need panel 600x600 40W, 4000K, and LED panels 1200x300 40W. Also 600x600 floor tiles?';
    const fit = fitOf([{ id: 'm1', dir: 'in', h: 0, text }]);
    expect(fit.matched.map((m) => [m.sku, m.via, m.evidence[0]?.text])).toEqual([
      ['LED-PN-6060', 'name', '600x600'],
      ['LED-PN-3012', 'name', '1200x300'],
    ]);
    expect(fitOf([{ id: 'm1', dir: 'in', h: 0, text: 'Price for 600x600 floor tiles, 40W pump?' }]).matched).toEqual([]);
  });

  it('checks each requested quantity against the MOQ, below and above', () => {
    const { moqFit } = fitOf(HOTEL);
    expect(moqFit.checks).toEqual([
      { sku: 'LED-PN-6060', moq: 500, requested: 300, unit: 'pcs', status: 'below', messageId: 'm1', text: '"300 pcs" of LED-PN-6060 vs MOQ 500 pcs: below the MOQ' },
      { sku: 'LED-DL-12', moq: 1000, requested: 2000, unit: 'pcs', status: 'meets', messageId: 'm1', text: '"2,000 pcs" of LED-DL-12 vs MOQ 1000 pcs: meets the MOQ' },
    ]);
    expect(moqFit.share).toBe(0.5);
  });

  it('checks the certificates the buyer needs against the matched products and weighs the parts', () => {
    const fit = fitOf(HOTEL);
    expect(fit.certificationFit).toEqual({
      required: [{ code: 'CE', messageId: 'm3', text: 'CE' }],
      checks: [
        { sku: 'LED-PN-6060', held: ['CE'], missing: [] },
        { sku: 'LED-DL-12', held: ['CE'], missing: [] },
      ],
      share: 1,
    });
    // products 2 of 4 requests, MOQ 1 of 2 met, certificates all held.
    const { products, moq, certifications } = PRODUCT_FIT_WEIGHTS;
    expect(fit.score).toBe(Math.round((products * 0.5 + moq * 0.5 + certifications * 1) * 1000) / 1000);
    expect(fit.score).toBe(0.625);
  });

  it('reports a missing certificate per product', () => {
    const text = 'Need 200 pcs high bay 150W with UL and SASO.';
    const fit = fitOf([{ id: 'h1', dir: 'in', h: 0, text, entities: [quantity(text, '200 pcs', 200), certificate(text, 'UL'), certificate(text, 'SASO')] }]);
    expect(fit.matched.map((m) => m.sku)).toEqual(['LED-HB-150']);
    expect(fit.certificationFit.checks).toEqual([{ sku: 'LED-HB-150', held: ['UL'], missing: ['SASO'] }]);
    expect(fit.certificationFit.share).toBe(0.5);
  });

  it('gives a quantity in a later message to the one product named before it', () => {
    const text = 'We need 1,500 pieces, ASAP.';
    const fit = fitOf([
      { id: 'a', dir: 'in', h: 0, text: 'Price for the LED-TB-T8-120 tubes?' },
      { id: 'b', dir: 'in', h: 1, text, entities: [quantity(text, '1,500 pieces', 1500)] },
    ]);
    expect(fit.moqFit.checks[0]).toMatchObject({ sku: 'LED-TB-T8-120', requested: 1500, status: 'below', messageId: 'b' });
  });

  it('leaves the MOQ unknown for a unit that is not pieces', () => {
    const text = 'Quote 2x40HQ of LED-BL-A60 please';
    const fit = fitOf([{ id: 'c', dir: 'in', h: 0, text, entities: [quantity(text, '2x40HQ', 2, 'containers_40hq')] }]);
    expect(fit.moqFit.checks[0]).toMatchObject({ status: 'unknown', text: '"2x40HQ" of LED-BL-A60 vs MOQ 5000 pcs: unit containers_40hq is not in pieces' });
    expect(fit.moqFit.share).toBeNull();
  });

  it('matches plurals, SKUs written without hyphens, and keeps the longer keyword', () => {
    const fit = fitOf([
      { id: 'p', dir: 'in', h: 0, text: 'Need panel lights 30x120 and your ledstrip2835.' },
      { id: 's', dir: 'in', h: 1, text: 'Also a price for solar street lights.' },
    ]);
    expect(fit.matched.map((m) => [m.sku, m.via, m.evidence[0]?.text])).toEqual([
      ['LED-PN-3012', 'keyword', 'panel lights'],
      ['LED-STRIP-2835', 'sku', 'ledstrip2835'],
      ['LED-SOL-100', 'keyword', 'solar street lights'],
    ]);
  });

  it('ignores case and accents and reads scripts with and without spaces', () => {
    const catalog = parseCatalog(
      ['sku,name,keywords,moq', 'LMP-7,Lámpara Colgante Ñandú,,10', 'DL-9,Downlight 9W,筒灯;كشاف,100'].join('\n'),
      'multi.csv',
    );
    const fit = fitOf(
      [
        { id: 'es', dir: 'in', h: 0, text: 'Cotización de 20 LAMPARA COLGANTE NANDU por favor' },
        { id: 'zh', dir: 'in', h: 1, text: '我们需要筒灯五百个' },
        { id: 'ar', dir: 'in', h: 2, text: 'نحتاج كشاف للمستودع' },
      ],
      catalog,
    );
    expect(fit.matched.map((m) => [m.sku, m.via, m.mentions, m.evidence.map((e) => `${e.messageId}:${e.text}`)])).toEqual([
      ['LMP-7', 'name', 1, ['es:LAMPARA COLGANTE NANDU']],
      ['DL-9', 'keyword', 2, ['zh:筒灯', 'ar:كشاف']],
    ]);
  });

  it('has no score when the buyer asked for nothing the catalog can judge', () => {
    const fit = fitOf([{ id: 'x', dir: 'in', h: 0, text: 'Hello, are you open on Monday?' }]);
    expect(fit).toMatchObject({ matched: [], unmatched: [], score: null, moqFit: { checks: [], share: null } });
  });
});

describe('analyzeConversation with a catalog', () => {
  it('carries the product fit and the buyer profile, and no fit without a catalog', () => {
    const withCatalog = analyzeConversation(conversation(HOTEL), { asOf: at(24), catalog: CATALOG });
    expect(withCatalog.productFit?.matched.map((m) => m.sku)).toEqual(['LED-PN-6060', 'LED-DL-12']);
    expect(withCatalog.profile.languages.map((l) => l.code)).toEqual(['en']);
    expect(analyzeConversation(conversation(HOTEL), { asOf: at(24) }).productFit).toBeNull();
  });
});
