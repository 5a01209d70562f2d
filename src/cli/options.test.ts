import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseAsOf, parseLimit, parseUtcOffset } from './options.js';

describe('parseUtcOffset', () => {
  it('reads ±HH:MM and minutes', () => {
    expect(parseUtcOffset('+04:00')).toBe(240);
    expect(parseUtcOffset('-03:30')).toBe(-210);
    expect(parseUtcOffset('+05:45')).toBe(345);
    expect(parseUtcOffset('240')).toBe(240);
  });

  it('rejects a bare hour count read as minutes, with a hint', () => {
    expect(() => parseUtcOffset('5')).toThrow(InvalidArgumentError);
    expect(() => parseUtcOffset('5')).toThrow(/for 5 hours use \+05:00/);
    expect(() => parseUtcOffset('-3')).toThrow(/for -3 hours use -03:00/);
  });

  it('rejects offsets outside -12:00..+14:00', () => {
    expect(() => parseUtcOffset('+25:00')).toThrow(/invalid UTC offset/);
  });
});

describe('parseLimit', () => {
  it('reads a whole number of rows and rejects the rest', () => {
    expect(parseLimit('20')).toBe(20);
    expect(() => parseLimit('0')).toThrow(/invalid row count "0"/);
    expect(() => parseLimit('2.5')).toThrow(/invalid row count/);
  });
});

describe('parseAsOf', () => {
  it('reads dates and date-times', () => {
    expect(parseAsOf('2026-03-10').toISOString()).toBe('2026-03-10T00:00:00.000Z');
    expect(parseAsOf('2026-03-10T09:00:00+04:00').toISOString()).toBe('2026-03-10T05:00:00.000Z');
    expect(parseAsOf('2028-02-29').toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });

  it('rejects days that do not exist', () => {
    expect(() => parseAsOf('2026-02-30')).toThrow(/invalid date "2026-02-30"/);
    expect(() => parseAsOf('2026-04-31T10:00')).toThrow(/invalid date/);
    expect(() => parseAsOf('2026-02-29')).toThrow(/invalid date/);
  });
});
