import { describe, expect, it } from 'vitest';

import { generateBuyerMessages } from './corpus.js';

function lengths(texts: string[]): number[] {
  return texts.map((text) => text.length).sort((a, b) => a - b);
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.floor(fraction * (sorted.length - 1))] ?? Number.NaN;
}

describe('generateBuyerMessages', () => {
  it('same seed gives same output', () => {
    const first = generateBuyerMessages(500, 42);
    const second = generateBuyerMessages(500, 42);
    expect(second).toEqual(first);
  });

  it('different seeds give different output', () => {
    const first = generateBuyerMessages(200, 1).map((message) => message.text);
    const second = generateBuyerMessages(200, 2).map((message) => message.text);
    expect(second).not.toEqual(first);
    const shared = first.filter((text, index) => second[index] === text).length;
    expect(shared).toBeLessThan(20);
  });

  it('longer run extends shorter run texts', () => {
    // Send times are spread over the run, so only the texts share a prefix.
    const short = generateBuyerMessages(50, 9).map((message) => message.text);
    const long = generateBuyerMessages(100, 9).map((message) => message.text);
    expect(long.slice(0, 50)).toEqual(short);
  });

  it('returns requested count', () => {
    expect(generateBuyerMessages(0, 3)).toHaveLength(0);
    expect(generateBuyerMessages(1, 3)).toHaveLength(1);
    expect(generateBuyerMessages(1234, 3)).toHaveLength(1234);
  });

  it('rejects invalid count', () => {
    expect(() => generateBuyerMessages(-1, 3)).toThrow(RangeError);
    expect(() => generateBuyerMessages(2.5, 3)).toThrow(RangeError);
  });

  it('ids are unique', () => {
    const messages = generateBuyerMessages(1000, 5);
    const ids = new Set(messages.map((message) => message.id));
    expect(ids.size).toBe(1000);
  });

  it('texts are varied', () => {
    const texts = generateBuyerMessages(1000, 11).map((message) => message.text);
    const distinct = new Set(texts);
    expect(distinct.size).toBeGreaterThanOrEqual(800);
    const maxRepeats = Math.max(
      ...[...distinct].map((text) => texts.filter((other) => other === text).length),
    );
    expect(maxRepeats).toBeLessThanOrEqual(20);
  });

  it('lengths match chat and email mix', () => {
    const sorted = lengths(generateBuyerMessages(2000, 17).map((message) => message.text));
    const median = percentile(sorted, 0.5);
    expect(median).toBeGreaterThanOrEqual(50);
    expect(median).toBeLessThanOrEqual(110);
    expect(percentile(sorted, 0.1)).toBeLessThan(30);
    expect(percentile(sorted, 0.95)).toBeGreaterThan(350);
    expect(sorted[sorted.length - 1]).toBeLessThanOrEqual(640);
    expect(sorted[0]).toBeGreaterThan(0);
  });

  it('covers buyer topics', () => {
    const corpus = generateBuyerMessages(2000, 23)
      .map((message) => message.text)
      .join('\n');
    const cues: [string, RegExp][] = [
      ['MOQ', /\bmoq\b/i],
      ['Incoterm', /\b(FOB|CIF|CFR|DAP|DDP|EXW) [A-Z]/],
      ['container quantity', /\dx40HQ/],
      ['euro price', /€\d/],
      ['dollar price', /USD \d|\$\d/],
      ['certification', /\b(CE|RoHS|UL|SAA|UKCA)\b/],
      ['sample request', /samples?/i],
      ['lead time', /lead time|\d+ days is too long/i],
      ['payment term', /T\/T|L\/C/],
      ['complaint', /damaged|flickering|not happy/i],
      ['negation', /not an issue|no problem/i],
      ['emoji', /\p{Extended_Pictographic}/u],
      ['multi-line', /\n/],
    ];
    for (const [name, cue] of cues) {
      expect(cue.test(corpus), name).toBe(true);
    }
  });

  it('send times are ISO 8601 within 2026', () => {
    const messages = generateBuyerMessages(3000, 31);
    const isoWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
    let previous = Number.NEGATIVE_INFINITY;
    for (const message of messages) {
      expect(message.sentAt).toMatch(isoWithOffset);
      const instant = Date.parse(message.sentAt);
      expect(instant).toBeGreaterThanOrEqual(Date.UTC(2026, 0, 1));
      expect(instant).toBeLessThan(Date.UTC(2026, 11, 1));
      expect(instant).toBeGreaterThanOrEqual(previous);
      previous = instant;
    }
  });
});
