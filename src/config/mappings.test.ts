import { describe, expect, it } from 'vitest';
import { ConfigError } from '../core/errors.js';
import { parseSellerConfig } from './seller-config.js';

describe('seller config mappings', () => {
  it('defaults to empty mappings', () => {
    expect(parseSellerConfig({}, 'c.json').mappings).toEqual({ marketplace: {}, webform: {} });
  });

  it('reads marketplace and webform mappings', () => {
    const config = parseSellerConfig({ mappings: { marketplace: { targetPrice: 'Expected Price' }, webform: { message: 'How can we help?' } } }, 'c.json');
    expect(config.mappings.marketplace.targetPrice).toBe('Expected Price');
    expect(config.mappings.webform.message).toBe('How can we help?');
  });

  it('rejects an unknown field name', () => {
    const parse = () => parseSellerConfig({ mappings: { marketplace: { price: 'Price' } } }, 'c.json');
    expect(parse).toThrow(ConfigError);
    expect(parse).toThrow(/invalid field "mappings\.marketplace": unknown field "price"; fields: id, subject, product/);
  });

  it('rejects an unknown source kind', () => {
    expect(() => parseSellerConfig({ mappings: { crm: {} } }, 'c.json')).toThrow(/mappings/);
  });

  it('reads dateOrder', () => {
    expect(parseSellerConfig({ mappings: { dateOrder: 'mdy' } }, 'c.json').mappings.dateOrder).toBe('mdy');
  });

  it('rejects an unknown dateOrder', () => {
    const parse = () => parseSellerConfig({ mappings: { dateOrder: 'ymd' } }, 'c.json');
    expect(parse).toThrow(ConfigError);
    expect(parse).toThrow(/dateOrder.*must be "dmy" \(day first\) or "mdy" \(month first\)/);
  });
});
