import { describe, it } from 'vitest';
import { expectNoEntity, expectOneEntity } from '../test-builder.js';

describe('duration extractor', () => {
  it.each([
    ['lead time 25 days', 25, '25 days'],
    ['production takes 4 weeks', 28, '4 weeks'],
    ['45-60 days after deposit', 60, '45-60 days'],
    ['15 working days', 15, '15 working days'],
    ['about two months', 60, 'two months'],
    ['lead time within 30 days', 30, '30 days'],
  ])('reads "%s"', (text, days, span) => {
    expectOneEntity(text, 'duration', { days, text: span });
  });

  it.each([['ship within 2 weeks'], ['5,000 pcs'], ['ISO 9001']])('finds no duration in "%s"', (text) => {
    expectNoEntity(text, 'duration');
  });
});
