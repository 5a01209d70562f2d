import { describe, expect, it } from 'vitest';
import type { SentimentMode, SignalType } from '../core/types.js';
import { proportionDifference, wilson } from '../score/stats.js';
import { dominantMode, emotionOutcomeTable } from './emotion-outcome.js';
import { analysis, outcome } from './test-builder.js';
import type { AnalyticsConversation, DealOutcome, EmotionOutcomeRow } from './types.js';

/** [deal id, buyer mode, won, objections in the first buyer message]. */
type DealSpec = [string, SentimentMode, boolean, SignalType[]];

const WORDS: Partial<Record<SignalType, string>> = {
  'objection.price': 'your price is too high',
  'objection.certification': 'we need CE certificate',
};

/**
 * 20 closed deals, 12 won. Constructive 8 of 10, frustrated 1 of 6,
 * skeptical 3 of 4. A price objection in 8 deals (2 won), a certification
 * objection in 3 (1 won).
 */
const DEALS: DealSpec[] = [
  ['d01', 'constructive', true, []],
  ['d02', 'constructive', true, []],
  ['d03', 'constructive', true, ['objection.price']],
  ['d04', 'constructive', true, ['objection.price']],
  ['d05', 'constructive', true, []],
  ['d06', 'constructive', true, []],
  ['d07', 'constructive', true, []],
  ['d08', 'constructive', true, []],
  ['d09', 'constructive', false, ['objection.price']],
  ['d10', 'constructive', false, ['objection.price']],
  ['d11', 'frustrated', true, []],
  ['d12', 'frustrated', false, ['objection.price']],
  ['d13', 'frustrated', false, ['objection.price']],
  ['d14', 'frustrated', false, ['objection.price']],
  ['d15', 'frustrated', false, ['objection.price']],
  ['d16', 'frustrated', false, ['objection.certification']],
  ['d17', 'skeptical', true, ['objection.certification']],
  ['d18', 'skeptical', true, []],
  ['d19', 'skeptical', true, []],
  ['d20', 'skeptical', false, ['objection.certification']],
];

function build(specs: DealSpec[]): { conversations: AnalyticsConversation[]; outcomes: DealOutcome[] } {
  const conversations = specs.map(([id, mode, , objections]) =>
    analysis({
      id,
      messages: [
        { dir: 'in', h: 0, mode, modeWords: `${mode} words`, signals: objections.map((type) => [type, WORDS[type] ?? type]) },
        { dir: 'out', h: 2 },
        { dir: 'in', h: 5, mode },
      ],
    }),
  );
  const outcomes = specs.map(([id, , won]) => outcome(id, won ? 'won' : 'lost'));
  return { conversations, outcomes };
}

function rowOf(rows: EmotionOutcomeRow[], value: string): EmotionOutcomeRow {
  const found = rows.find((row) => row.value === value);
  if (!found) throw new Error(`no row ${value}`);
  return found;
}

describe('emotionOutcomeTable on 20 closed deals', () => {
  const { conversations, outcomes } = build(DEALS);
  const rows = emotionOutcomeTable(conversations, outcomes);

  it('orders baseline, modes, then objections', () => {
    expect(rows.map((row) => `${row.factor}:${row.value}`)).toEqual([
      'all:all',
      'sentiment_mode:constructive',
      'sentiment_mode:frustrated',
      'sentiment_mode:skeptical',
      'objection:objection.price',
      'objection:objection.certification',
    ]);
  });

  it('gives the overall win rate with its Wilson interval', () => {
    const all = rowOf(rows, 'all');
    expect(all).toMatchObject({ deals: 20, won: 12, smallSample: false, note: null, versusOverall: null, versusRest: null });
    expect(all.winRate.rate).toBe(0.6);
    expect(all.winRate.low).toBeCloseTo(wilson(12, 20).low!, 3);
  });

  it('gives each mode its win rate, interval and differences', () => {
    const constructive = rowOf(rows, 'constructive');
    expect(constructive.deals).toBe(10);
    expect(constructive.won).toBe(8);
    // Published 95% Wilson interval of 8/10: 0.490 to 0.943.
    expect(constructive.winRate).toEqual({ successes: 8, total: 10, rate: 0.8, low: 0.49, high: 0.943 });
    expect(constructive.versusOverall!.difference).toBeCloseTo(0.2, 6);
    expect(constructive.versusRest!.difference).toBeCloseTo(0.4, 6);
    const expected = proportionDifference(wilson(8, 10), wilson(4, 10));
    expect(constructive.versusRest!.low).toBeCloseTo(expected.low!, 3);
    expect(constructive.versusRest!.high).toBeCloseTo(expected.high!, 3);
    expect(rowOf(rows, 'frustrated')).toMatchObject({ deals: 6, won: 1, smallSample: false });
    // 1 of 6 against 11 of the other 14: the disjoint comparison excludes 0,
    // the overlapping one against all 20 deals is wider and does not.
    const frustrated = rowOf(rows, 'frustrated');
    expect(frustrated.versusRest!.difference).toBeCloseTo(1 / 6 - 11 / 14, 3);
    expect(frustrated.versusRest!.high).toBeLessThan(0);
    expect(frustrated.versusOverall!.low).toBeLessThan(0);
    expect(frustrated.versusOverall!.high).toBeGreaterThan(0);
  });

  it('compares each objection with the rest', () => {
    const price = rowOf(rows, 'objection.price');
    expect(price).toMatchObject({ deals: 8, won: 2, smallSample: false });
    expect(price.winRate.rate).toBe(0.25);
    expect(price.versusRest!.difference).toBeCloseTo(0.25 - 10 / 12, 3);
    expect(price.examples).toEqual([
      { conversationId: 'd03', messageId: 'd03-m1', text: 'your price is too high' },
      { conversationId: 'd04', messageId: 'd04-m1', text: 'your price is too high' },
      { conversationId: 'd09', messageId: 'd09-m1', text: 'your price is too high' },
    ]);
  });

  it('flags rows with fewer than 5 deals', () => {
    const skeptical = rowOf(rows, 'skeptical');
    expect(skeptical).toMatchObject({ deals: 4, won: 3, smallSample: true });
    expect(skeptical.note).toBe('only 4 closed deals (fewer than 5): too few to read the win rate or the difference');
    const certification = rowOf(rows, 'objection.certification');
    expect(certification).toMatchObject({ deals: 3, won: 1, smallSample: true });
    expect(certification.examples[0]).toEqual({ conversationId: 'd16', messageId: 'd16-m1', text: 'we need CE certificate' });
  });

  it('quotes the words behind a mode', () => {
    expect(rowOf(rows, 'skeptical').examples[0]).toEqual({ conversationId: 'd17', messageId: 'd17-m1', text: 'skeptical words' });
  });
});

describe('emotionOutcomeTable edge cases', () => {
  it('counts only deals with a recorded outcome', () => {
    const { conversations, outcomes } = build(DEALS.slice(0, 3));
    const open = analysis({ id: 'open', stage: 'won', messages: [{ dir: 'in', h: 0, mode: 'frustrated' }] });
    const rows = emotionOutcomeTable([...conversations, open], outcomes);
    expect(rowOf(rows, 'all')).toMatchObject({ deals: 3, won: 3, smallSample: true });
    expect(rows.some((row) => row.value === 'frustrated')).toBe(false);
  });

  it('returns an empty baseline without outcomes', () => {
    const { conversations } = build(DEALS);
    const rows = emotionOutcomeTable(conversations, []);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ deals: 0, won: 0, smallSample: true, note: expect.stringContaining('only 0 closed deals') });
    expect(rows[0]!.winRate.rate).toBeNull();
  });

  it('ignores objections written by the seller', () => {
    const seller = analysis({
      id: 's1',
      messages: [
        { dir: 'in', h: 0, mode: 'neutral' },
        { dir: 'out', h: 1, signals: [['objection.moq', 'our MOQ is 5,000']] },
      ],
    });
    const rows = emotionOutcomeTable([seller], [outcome('s1', 'lost')]);
    expect(rows.map((row) => row.value)).toEqual(['all', 'neutral']);
  });

  it('keeps a deal without buyer messages in the baseline only', () => {
    const silent = analysis({ id: 'q1', messages: [{ dir: 'out', h: 0 }] });
    const rows = emotionOutcomeTable([silent], [outcome('q1', 'won')]);
    expect(rows.map((row) => row.value)).toEqual(['all']);
    expect(rows[0]!.won).toBe(1);
  });
});

describe('dominantMode', () => {
  it('takes the most frequent mode, ties to latest', () => {
    const tied = analysis({
      id: 't1',
      messages: [
        { dir: 'in', h: 0, mode: 'hesitant', modeWords: 'maybe later' },
        { dir: 'in', h: 1, mode: 'frustrated', modeWords: 'still waiting!' },
      ],
    });
    expect(dominantMode(tied)).toEqual({
      value: 'frustrated',
      example: { conversationId: 't1', messageId: 't1-m2', text: 'still waiting!' },
    });
    const majority = analysis({
      id: 't2',
      messages: [
        { dir: 'in', h: 0, mode: 'hesitant' },
        { dir: 'in', h: 1, mode: 'hesitant' },
        { dir: 'in', h: 2, mode: 'frustrated' },
      ],
    });
    expect(dominantMode(majority)?.value).toBe('hesitant');
  });
});
