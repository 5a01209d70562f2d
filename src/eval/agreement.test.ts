import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { cohenKappa, compareLabelings } from './agreement.js';
import { parseLabeledLines, readLabeledSet } from './labeled-read.js';

function entries(lines: object[]): ReturnType<typeof parseLabeledLines>['entries'] {
  const parsed = parseLabeledLines(lines.map((line) => JSON.stringify(line)).join('\n'), 'test.jsonl');
  expect(parsed.issues).toEqual([]);
  return parsed.entries;
}

const base = { language: 'en', direction: 'inbound', sentAt: '2026-03-10T09:00:00+00:00', entities: [], tags: [] };

describe('cohenKappa', () => {
  it('is 1 for identical labels and 0 when agreement is what chance gives', () => {
    expect(cohenKappa([['a', 'a'], ['b', 'b'], ['a', 'a']])).toBe(1);
    // Each side picks a for half the messages, independently: observed 0.5, chance 0.5.
    expect(cohenKappa([['a', 'a'], ['a', 'b'], ['b', 'a'], ['b', 'b']])).toBeCloseTo(0, 10);
    expect(cohenKappa([])).toBeNull();
  });
});

describe('compareLabelings', () => {
  it('scores the second labeling against the first, matched by id', () => {
    const reference = entries([
      { ...base, id: 'en-a-1', text: 'Price please, FOB Ningbo', signals: ['intent.quotation', 'commitment.delivery_terms'], mode: 'neutral' },
      { ...base, id: 'en-a-2', text: 'Too expensive', signals: ['objection.price'], mode: 'frustrated' },
      { ...base, id: 'en-a-3', text: 'only here', signals: [], mode: 'neutral' },
    ]);
    const candidate = entries([
      { ...base, id: 'en-a-1', text: 'Price please, FOB Ningbo', signals: ['intent.quotation'], mode: 'neutral' },
      { ...base, id: 'en-a-2', text: 'Too expensive', signals: ['objection.price', 'relationship.tone'], mode: 'skeptical' },
    ]);
    const agreement = compareLabelings(reference, candidate);
    const all = agreement.rows.find((row) => row.language === 'all')!;
    // tp 2 (quotation, price), fp 1 (tone), fn 1 (delivery terms): F1 = 4 / 6.
    expect(all.signalMicroF1).toBeCloseTo(4 / 6, 10);
    expect(all.messages).toBe(2);
    expect(all.modeAccuracy).toBe(0.5);
    expect(agreement.unmatched).toEqual(['en-a-3']);
  });

  it('matches every committed test id', () => {
    const dir = (name: string): string => fileURLToPath(new URL(`../../eval/${name}/`, import.meta.url));
    const first = readLabeledSet('test', dir('test'));
    const second = readLabeledSet('test-second', dir('test-second'));
    expect(second.issues).toEqual([]);
    const agreement = compareLabelings(first.entries, second.entries);
    expect(agreement.unmatched).toEqual([]);
    expect(agreement.rows.find((row) => row.language === 'all')!.messages).toBe(350);
  });
});
