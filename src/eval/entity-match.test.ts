import { describe, expect, it } from 'vitest';
import type { Entity } from '../core/types.js';
import { entityMatches, matchEntities } from './entity-match.js';
import type { LabeledEntity } from './labeled-schema.js';

const span = { start: 0, end: 1, text: 'x' };

/** An entity without its span. */
type EntityFields = Entity extends infer E ? (E extends Entity ? Omit<E, 'start' | 'end' | 'text'> : never) : never;

function returned(fields: EntityFields): Entity {
  return { ...span, ...fields } as Entity;
}

describe('entityMatches', () => {
  it('accepts numbers within 0.5% of the label', () => {
    const label: LabeledEntity = { type: 'money', amount: 1000, currency: 'USD' };
    expect(entityMatches(label, returned({ type: 'money', amount: 1004.9, currency: 'USD' }))).toBe(true);
    expect(entityMatches(label, returned({ type: 'money', amount: 995.1, currency: 'USD' }))).toBe(true);
    expect(entityMatches(label, returned({ type: 'money', amount: 1006, currency: 'USD' }))).toBe(false);
    expect(entityMatches(label, returned({ type: 'money', amount: 1, currency: 'USD' }))).toBe(false);
  });

  it('compares strings ignoring case', () => {
    const label: LabeledEntity = { type: 'incoterm', code: 'FOB', place: 'Ningbo' };
    expect(entityMatches(label, returned({ type: 'incoterm', code: 'fob', place: 'NINGBO' }))).toBe(true);
    expect(entityMatches(label, returned({ type: 'incoterm', code: 'FOB', place: 'Shanghai' }))).toBe(false);
  });

  it('reads net days as open account', () => {
    const label: LabeledEntity = { type: 'payment_term', kind: 'open_account' };
    expect(entityMatches(label, returned({ type: 'payment_term', kind: 'net_60' }))).toBe(true);
    expect(entityMatches(label, returned({ type: 'payment_term', kind: 'tt_deposit' }))).toBe(false);
    expect(entityMatches({ type: 'payment_term', kind: 'tt' }, returned({ type: 'payment_term', kind: 'net_30' }))).toBe(false);
  });

  it('matches a port or an Incoterm place written in either script', () => {
    const port = returned({ type: 'port', value: 'الدمام', name: 'Dammam' });
    expect(entityMatches({ type: 'port', value: 'Dammam' }, port)).toBe(true);
    expect(entityMatches({ type: 'port', value: 'الدمام' }, port)).toBe(true);
    expect(entityMatches({ type: 'port', value: 'ميناء الدمام' }, port)).toBe(true);
    expect(entityMatches({ type: 'port', value: 'Jeddah' }, port)).toBe(false);
    const incoterm = returned({ type: 'incoterm', code: 'CIF', place: 'جبل علي', placeName: 'Jebel Ali' });
    expect(entityMatches({ type: 'incoterm', code: 'CIF', place: 'Jebel Ali' }, incoterm)).toBe(true);
    expect(entityMatches({ type: 'incoterm', code: 'CIF', place: 'Sharjah' }, incoterm)).toBe(false);
  });

  it('requires equal dates and kinds', () => {
    const label: LabeledEntity = { type: 'date', iso: '2026-03-13', kind: 'deadline' };
    expect(entityMatches(label, returned({ type: 'date', iso: '2026-03-13', kind: 'deadline' }))).toBe(true);
    expect(entityMatches(label, returned({ type: 'date', iso: '2026-03-14', kind: 'deadline' }))).toBe(false);
    expect(entityMatches(label, returned({ type: 'date', iso: '2026-03-13', kind: 'date' }))).toBe(false);
  });

  it('ignores keys the label leaves out', () => {
    const label: LabeledEntity = { type: 'money', amount: 2.35, currency: 'USD' };
    expect(entityMatches(label, returned({ type: 'money', amount: 2.35, currency: 'USD', per: 'pcs' }))).toBe(true);
  });

  it('fails when a labeled key is missing', () => {
    const label: LabeledEntity = { type: 'money', amount: 2.35, currency: 'USD', per: 'pcs' };
    expect(entityMatches(label, returned({ type: 'money', amount: 2.35, currency: 'USD' }))).toBe(false);
  });

  it('fails on another type with equal values', () => {
    const label: LabeledEntity = { type: 'port', value: 'Jebel Ali' };
    expect(entityMatches(label, returned({ type: 'product', value: 'Jebel Ali' }))).toBe(false);
  });

  it('does not read a numeric string as a number', () => {
    const label: LabeledEntity = { type: 'duration', days: 30 };
    expect(entityMatches(label, returned({ type: 'duration', days: '30' as unknown as number }))).toBe(false);
  });
});

describe('matchEntities', () => {
  it('pairs entities one to one', () => {
    const labels: LabeledEntity[] = [
      { type: 'quantity', value: 5000, unit: 'pcs' },
      { type: 'quantity', value: 5000, unit: 'pcs' },
    ];
    const result = matchEntities(labels, [returned({ type: 'quantity', value: 5000, unit: 'pcs' })]);
    expect(result.expectedFound).toEqual([true, false]);
    expect(result.returnedMatched).toEqual([true]);
  });

  it('reports returned entities nobody labeled', () => {
    const labels: LabeledEntity[] = [{ type: 'certification', code: 'CE' }];
    const result = matchEntities(labels, [
      returned({ type: 'certification', code: 'RoHS' }),
      returned({ type: 'certification', code: 'ce' }),
    ]);
    expect(result.expectedFound).toEqual([true]);
    expect(result.returnedMatched).toEqual([false, true]);
  });

  it('finds the maximum matching where first fit fails', () => {
    // The first label (no place) fits both returned entities. First fit would give it
    // "FOB Ningbo" and leave the second label, which needs exactly that, unmatched.
    const labels: LabeledEntity[] = [
      { type: 'incoterm', code: 'FOB' },
      { type: 'incoterm', code: 'FOB', place: 'Ningbo' },
    ];
    const result = matchEntities(labels, [
      returned({ type: 'incoterm', code: 'FOB', place: 'Ningbo' }),
      returned({ type: 'incoterm', code: 'FOB', place: 'Xiamen' }),
    ]);
    expect(result.expectedFound).toEqual([true, true]);
    expect(result.returnedMatched).toEqual([true, true]);
  });

  it('handles no entities', () => {
    expect(matchEntities([], [])).toEqual({ expectedFound: [], returnedMatched: [] });
  });
});
