import { describe, expect, it } from 'vitest';
import { decideDateOrder, parseDateCell } from './mapping-date.js';
import { monthNumber } from './mapping-month.js';

describe('parseDateCell', () => {
  it.each([
    ['2026-11-05', '2026-11-05T00:00:00'],
    ['2026/11/02 08:14', '2026-11-02T08:14:00'],
    ['2026-11-02T08:14:00+04:00', '2026-11-02T08:14:00+04:00'],
    ['1793520000', '2026-11-01T08:00:00Z'],
    ['12/11/2026 10:15', '2026-11-12T10:15:00'],
    ['13-Nov-2026 04:05 PM', '2026-11-13T16:05:00'],
    ['13-Nov-2026 12:05 AM', '2026-11-13T00:05:00'],
    ['Nov 14, 2026', '2026-11-14T00:00:00'],
    ['November 14th 2026 3:05 p.m.', '2026-11-14T15:05:00'],
    ['16.11.2026 14:20', '2026-11-16T14:20:00'],
    ['17/11/2026', '2026-11-17T00:00:00'],
    ['14 de noviembre de 2026', '2026-11-14T00:00:00'],
    ['3 dez 2026 09:30', '2026-12-03T09:30:00'],
    ['5 février 2026', '2026-02-05T00:00:00'],
    ['05-août-2026 10:00 +02:00', '2026-08-05T10:00:00+02:00'],
    ['12/11/2026 10:15 UTC', '2026-11-12T10:15:00Z'],
  ])('reads %j day first', (value, expected) => {
    expect(parseDateCell(value, 'dmy')).toBe(expected);
  });

  it('reads month first when told', () => {
    expect(parseDateCell('11/17/2026', 'mdy')).toBe('2026-11-17T00:00:00');
    expect(parseDateCell('12/11/2026 10:15', 'mdy')).toBe('2026-12-11T10:15:00');
  });

  it.each([['11/17/2026'], ['31/02/2026'], ['13-Foo-2026'], ['Jui 3, 2026'], ['13:00 PM 2026'], ['2026-11-05 25:00'], ['cheap'], ['']])(
    'rejects %j day first',
    (value) => {
      expect(parseDateCell(value, 'dmy')).toBeNull();
    },
  );
});

describe('monthNumber', () => {
  it.each([
    ['Nov', 11],
    ['nov.', 11],
    ['Sept', 9],
    ['setiembre', 9],
    ['março', 3],
    ['juil', 7],
    ['Mai', 5],
    ['dic', 12],
    ['out', 10],
  ])('reads %j', (word, month) => {
    expect(monthNumber(word)).toBe(month);
  });

  it.each([['jui'], ['ju'], ['xyz']])('rejects %j', (word) => {
    expect(monthNumber(word)).toBeNull();
  });
});

describe('decideDateOrder', () => {
  it('finds day first from a first field above 12', () => {
    expect(decideDateOrder(['01/02/2026', '17/11/2026'], 'mdy')).toEqual({ order: 'dmy', basis: 'file', numeric: true });
  });

  it('finds month first from a second field above 12', () => {
    expect(decideDateOrder(['01/02/2026', '11/17/2026 09:00'], undefined)).toEqual({ order: 'mdy', basis: 'file', numeric: true });
  });

  it('falls back to the config, then day first', () => {
    expect(decideDateOrder(['01/02/2026'], 'mdy')).toEqual({ order: 'mdy', basis: 'config', numeric: true });
    expect(decideDateOrder(['01/02/2026'], undefined)).toEqual({ order: 'dmy', basis: 'default', numeric: true });
  });

  it('treats conflicting evidence as none', () => {
    expect(decideDateOrder(['17/11/2026', '11/17/2026'], 'mdy').basis).toBe('config');
  });

  it('marks files without numeric dates', () => {
    expect(decideDateOrder(['2026-11-01', 'Nov 14, 2026'], undefined).numeric).toBe(false);
  });
});
