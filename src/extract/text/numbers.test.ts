import { describe, expect, it } from 'vitest';
import { applyMagnitude, parseLocaleNumber } from './numbers.js';

describe('parseLocaleNumber', () => {
  it.each([
    ['5,000', '.', 5000],
    ['1,200.50', '.', 1200.5],
    ['1.200,50', '.', 1200.5],
    ['1.200,50', ',', 1200.5],
    ['1.234.567', '.', 1234567],
    ['2.35', '.', 2.35],
    ['2,35', '.', 2.35],
    ['2,35', ',', 2.35],
    ['1.200', '.', 1.2],
    ['1.200', ',', 1200],
    ['1,200', ',', 1.2],
    ['1,5', ',', 1.5],
    ['1,5', '.', 1.5],
    ['0.125', ',', 0.125],
    ['1234,567', '.', 1234.567],
    ['10\u00a0000', '.', 10000],
    ['3 038,14', '.', 3038.14],
    ['3\u00a0038,14', '.', 3038.14],
    ['3\u202f038,14', ',', 3038.14],
    ['1 234,567', '.', 1234.567],
    ['١٠٠٠', '.', 1000],
    ['۲۵۰', '.', 250],
    ['١٬٢٠٠', ',', 1200],
    ['٢٫٥', '.', 2.5],
    ['١٬٢٠٠٫٥٠', '.', 1200.5],
    ["10'000", '.', 10000],
    ["12'480.50", ',', 12480.5],
    ['10’000', ',', 10000],
    ["1'500.000", ',', 1500000],
    ['4,50,000', '.', 450000],
    ['1,25,00,000', ',', 12500000],
  ] as const)('reads %s with decimal mark %s', (raw, mark, expected) => {
    expect(parseLocaleNumber(raw, mark)).toBe(expected);
  });

  it.each([
    ['1.000', '.', 1000],
    ['1,000', ',', 1000],
    ['0.125', '.', 0.125],
    ['2,35', ',', 2.35],
    ['12.5', '.', 12.5],
  ] as const)('reads measured %s as %s', (raw, mark, expected) => {
    expect(parseLocaleNumber(raw, mark, true)).toBe(expected);
  });
});

describe('applyMagnitude', () => {
  it('scales by a suffix in any case', () => {
    expect(applyMagnitude(5, 'K', { k: 1000 })).toBe(5000);
  });

  it('folds Arabic spellings of the suffix', () => {
    expect(applyMagnitude(5, 'آلاف', { الاف: 1000 })).toBe(5000);
  });

  it('keeps the value without a known suffix', () => {
    expect(applyMagnitude(5, 'x', { k: 1000 })).toBe(5);
  });
});
