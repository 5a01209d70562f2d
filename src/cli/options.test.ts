import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseLimit, parseUtcOffset } from './options.js';

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
