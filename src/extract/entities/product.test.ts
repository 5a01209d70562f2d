import { describe, expect, it } from 'vitest';
import { entitiesOf, expectNoEntity, expectOneEntity } from '../test-builder.js';

describe('product extractor', () => {
  it.each([
    ['price for model X-200?', 'X-200'],
    ['SKU AB-1234 is out of stock', 'AB-1234'],
    ['item no. 4471 please', '4471'],
    ['We need 5,000 pcs of LED panels for a hotel', 'LED panels'],
  ])('reads "%s"', (text, value) => {
    expectOneEntity(text, 'product', { value });
  });

  it('reads both the product and its model', () => {
    expect(entitiesOf('5,000 pcs of LED panels model X-200', 'product').map((p) => p.value)).toEqual(['LED panels', 'X-200']);
  });

  it.each([['this model is nice'], ['the item arrived'], ['5,000 pcs for Dubai']])('finds no product in "%s"', (text) => {
    expectNoEntity(text, 'product');
  });
});
