import { describe, expect, it } from 'vitest';
import { parseLocaleNumber } from './numbers.js';

describe('parseLocaleNumber', () => {
  it.each([
    ['5,000', '.', 5000],
    ['1,200.50', '.', 1200.5],
    ['1.200,50', '.', 1200.5],
    ['1.234.567', '.', 1234567],
    ['2.35', '.', 2.35],
    ['2,35', '.', 2.35],
    ['1.200', '.', 1.2],
    ['1.200', ',', 1200],
    ['1,5', ',', 1.5],
    ['10\u00a0000', '.', 10000],
  ] as const)('reads %s with decimal mark %s', (raw, mark, expected) => {
    expect(parseLocaleNumber(raw, mark)).toBe(expected);
  });
});
