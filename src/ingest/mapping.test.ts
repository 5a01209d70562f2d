import { describe, expect, it } from 'vitest';
import { InputError } from '../core/errors.js';
import { headerVariants, normalizeHeader, resolveColumns } from './mapping.js';
import { MARKETPLACE_SYNONYMS } from './mapping-fields.js';
import { classifyColumns } from './mapping-kind.js';

describe('normalizeHeader', () => {
  it('ignores case, spaces and punctuation', () => {
    expect(normalizeHeader('Target Price')).toBe('targetprice');
    expect(normalizeHeader('target_price')).toBe('targetprice');
    expect(normalizeHeader(' TARGET-PRICE ')).toBe('targetprice');
    expect(normalizeHeader('Pré-ço')).toBe('preco');
  });
});

describe('resolveColumns', () => {
  it('matches synonyms', () => {
    const columns = resolveColumns(['Inquiry ID', 'Item', 'QTY', 'UoM', 'Port', 'Member ID'], MARKETPLACE_SYNONYMS, {}, 'f.csv');
    expect(columns).toMatchObject({ id: 'Inquiry ID', product: 'Item', quantity: 'QTY', unit: 'UoM', destination: 'Port', handle: 'Member ID' });
  });

  it('lets a mapping override a synonym', () => {
    const columns = resolveColumns(['Price', 'Expected Price'], MARKETPLACE_SYNONYMS, { targetPrice: 'expected price' }, 'f.csv');
    expect(columns.targetPrice).toBe('Expected Price');
  });

  it('keeps a mapped column from other fields', () => {
    const columns = resolveColumns(['Member ID', 'Company'], MARKETPLACE_SYNONYMS, { buyer: 'Member ID' }, 'f.csv');
    expect(columns.buyer).toBe('Member ID');
    expect(columns.handle).toBeUndefined();
  });

  it('rejects a half-matching mapping', () => {
    const mapping = { quantity: 'Pieces', product: 'Item' };
    const resolve = () => resolveColumns(['Item'], MARKETPLACE_SYNONYMS, mapping, 'f.csv');
    expect(resolve).toThrow(InputError);
    expect(resolve).toThrow(/field "quantity" names column "Pieces"/);
  });

  it('ignores a mapping with no column in the file', () => {
    const index = resolveColumns(['Item', 'Qty'], MARKETPLACE_SYNONYMS, { quantity: 'Pieces' }, 'f.csv');
    expect(index.quantity).toBe('Qty');
  });
});

describe('classifyColumns', () => {
  it.each([
    [['RFQ ID', 'Product', 'Quantity', 'Date'], 'marketplace'],
    [['item', 'qty', 'target_price'], 'marketplace'],
    [['Form Name', 'Email', 'Message', 'Submitted At'], 'webform'],
    [['name', 'email', 'message', 'date'], 'webform'],
    [['a', 'b', 'c'], null],
  ])('classifies %j', (headers, kind) => {
    expect(classifyColumns(headers)).toBe(kind);
  });

  it('uses configured mappings', () => {
    const mappings = { marketplace: { product: 'Artikel', quantity: 'Menge' }, webform: {} };
    expect(classifyColumns(['Artikel', 'Menge', 'Notiz'])).toBeNull();
    expect(classifyColumns(['Artikel', 'Menge', 'Notiz'], mappings)).toBe('marketplace');
  });
});

describe('headerVariants', () => {
  it.each([
    ['senderemail', ['email']],
    ['buyercountryregion', ['countryregion']],
    ['quantityrequired', ['quantity']],
    ['yourphone', ['phone']],
    ['product', []],
  ])('varies %j', (folded, expected) => {
    expect(headerVariants(folded)).toEqual(expected);
  });
});

describe('resolveColumns on lead exports', () => {
  it('matches headers with role and request words', () => {
    const headers = ['Sender Name', 'Sender Mobile', 'Sender Email', 'Sender Company', 'Buyer Country/Region', 'Product Name', 'Quantity Required', 'Enquiry Message'];
    expect(resolveColumns(headers, MARKETPLACE_SYNONYMS, {}, 'f.csv')).toEqual({
      buyer: 'Sender Name',
      phone: 'Sender Mobile',
      email: 'Sender Email',
      company: 'Sender Company',
      country: 'Buyer Country/Region',
      product: 'Product Name',
      quantity: 'Quantity Required',
      message: 'Enquiry Message',
    });
  });

  it('prefers exact synonyms in their order', () => {
    const columns = resolveColumns(['Price', 'Target Price', 'Buyer Email', 'Email'], MARKETPLACE_SYNONYMS, {}, 'f.csv');
    expect(columns.targetPrice).toBe('Target Price');
    expect(columns.email).toBe('Email');
  });
});
