import { describe, expect, it } from 'vitest';
import { auc, brier, proportionDifference, wilson } from './stats.js';

describe('auc', () => {
  it('is 1 for a perfect ranking and 0 for a reversed one', () => {
    expect(auc([0.1, 0.2, 0.8, 0.9], [false, false, true, true])).toBe(1);
    expect(auc([0.9, 0.8, 0.2, 0.1], [false, false, true, true])).toBe(0);
  });

  it('counts ties as half', () => {
    expect(auc([0.5, 0.5], [true, false])).toBe(0.5);
    expect(auc([0.2, 0.5, 0.5, 0.9], [false, true, false, true])).toBeCloseTo(0.875, 10);
  });

  it('is null when one class is missing', () => {
    expect(auc([0.3, 0.4], [true, true])).toBeNull();
  });
});

describe('brier', () => {
  it('averages squared errors', () => {
    expect(brier([1, 0, 0.5], [true, false, true])).toBeCloseTo(0.25 / 3, 10);
    expect(brier([], [])).toBeNull();
  });
});

describe('wilson', () => {
  it('matches the published interval for 8 of 10', () => {
    const p = wilson(8, 10);
    expect(p.rate).toBe(0.8);
    expect(p.low).toBeCloseTo(0.4902, 3);
    expect(p.high).toBeCloseTo(0.9433, 3);
  });

  it('stays inside 0..1 for 0 of 5', () => {
    const p = wilson(0, 5);
    expect(p.low).toBe(0);
    expect(p.high).toBeGreaterThan(0);
    expect(p.high).toBeLessThan(0.6);
  });

  it('gives an interval for a difference that contains it', () => {
    const d = proportionDifference(wilson(30, 40), wilson(10, 40));
    expect(d.difference).toBeCloseTo(0.5, 10);
    expect(d.low!).toBeGreaterThan(0.2);
    expect(d.high!).toBeLessThan(0.75);
  });
});
