import { describe, expect, it } from 'vitest';
import { analyze } from './test-builder.js';

describe('message scores', () => {
  it('scores a purchase above a quote request on intent', () => {
    const quote = analyze('Please quote 500 pcs').scores.intent;
    const purchase = analyze('We confirm the order, PO attached').scores.intent;
    expect(purchase).toBeGreaterThan(quote);
  });

  it('scores urgency from urgency cues', () => {
    expect(analyze('Send the price ASAP').scores.urgency).toBeGreaterThan(60);
    expect(analyze('Send the catalogue when you can').scores.urgency).toBeLessThan(20);
  });

  it('scores friction from objections', () => {
    expect(analyze('Your price is too high and the MOQ is too high').scores.friction).toBeGreaterThan(50);
    expect(analyze('The price is not an issue').scores.friction).toBe(0);
  });

  it('centers sentiment on 50', () => {
    expect(analyze('Need 500 pcs').scores.sentiment).toBe(50);
    expect(analyze('Excellent, we love it').scores.sentiment).toBeGreaterThan(70);
    expect(analyze('This is terrible').scores.sentiment).toBeLessThan(30);
  });

  it('keeps every score within 0..100', () => {
    const { scores } = analyze('URGENT!!! price too high, MOQ too high, lead time too long, quality is poor, we got scammed');
    for (const value of Object.values(scores)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(100);
    }
  });

  it('gives outbound messages a neutral sentiment score', () => {
    expect(analyze('This is terrible', { direction: 'outbound' }).scores.sentiment).toBe(50);
  });
});
