import { describe, expect, it } from 'vitest';
import { AnalyticsInputError, analyzeAccounts } from './index.js';
import { analysis, outcome } from './test-builder.js';

describe('analyzeAccounts', () => {
  const conversations = [
    analysis({ id: 'c1', accountId: 'acme', stage: 'negotiation', scores: { intent: 80 }, winProbability: 0.5 }),
    analysis({
      id: 'c2',
      accountId: 'acme',
      messages: [{ dir: 'in', h: 0, mode: 'skeptical', signals: [['objection.quality', 'quality was poor last time']] }],
    }),
    analysis({ id: 'c3', accountId: 'bolt', scores: { intent: 20 } }),
    analysis({ id: 'c4', accountId: 'cask', scores: { intent: 50 }, stage: 'evaluation' }),
    analysis({ id: 'c5', accountId: null, messages: [{ dir: 'in', h: 0, mode: 'constructive' }] }),
  ];
  const result = analyzeAccounts(conversations, [outcome('c2', 'lost'), outcome('c5', 'won')], { neighbours: 1 });

  it('attaches the rollup and the comparison to each account', () => {
    expect([...result.accounts.keys()]).toEqual(['acme', 'bolt', 'cask']);
    const acme = result.accounts.get('acme')!;
    expect(acme).toMatchObject({ conversations: 2, openDeals: 1, bestWinProbability: 0.5, bought: false });
    expect(acme.stageMix).toMatchObject({ negotiation: 1, lost: 1 });
    expect(acme.comparison.cohortSize).toBe(3);
    // Mean intents: acme 65, bolt 20, cask 50.
    expect(acme.comparison.percentiles.intent).toBeCloseTo(83.3, 1);
    expect(acme.comparison.similar.map((s) => s.accountId)).toEqual(['cask']);
  });

  it('builds the emotion table over every closed deal, with or without an account', () => {
    expect(result.emotionOutcome.map((row) => [row.value, row.deals, row.won])).toEqual([
      ['all', 2, 1],
      ['constructive', 1, 1],
      ['skeptical', 1, 0],
      ['objection.quality', 1, 0],
    ]);
    expect(result.emotionOutcome.every((row) => row.smallSample)).toBe(true);
    expect(result.unassignedConversationIds).toEqual(['c5']);
  });

  it('serializes to JSON once the map is turned into a list', () => {
    const json = JSON.parse(JSON.stringify({ accounts: [...result.accounts.values()], emotionOutcome: result.emotionOutcome }));
    expect(json.accounts[0].comparison.similar[0].similarity).toBeGreaterThan(0);
    expect(json.emotionOutcome[0].winRate.rate).toBe(0.5);
  });

  it('rejects a bad neighbour count', () => {
    expect(() => analyzeAccounts(conversations, [], { neighbours: Number.NaN })).toThrow(AnalyticsInputError);
  });

  it('keeps at most k neighbours per account on a large cohort', () => {
    const many = Array.from({ length: 2_000 }, (_, i) =>
      analysis({ id: `m${i}`, accountId: `acct-${i}`, scores: { intent: i % 101, friction: (i * 37) % 101 } }),
    );
    const { accounts } = analyzeAccounts(many, [], { neighbours: 3 });
    expect(accounts.size).toBe(2_000);
    for (const account of accounts.values()) expect(account.comparison.similar).toHaveLength(3);
    // Every multiple of 101 has intent 0 and friction 0, like acct-0; the tie
    // goes to the ids first in string order.
    const nearest = accounts.get('acct-0')!.comparison.similar;
    expect(nearest.map((s) => s.accountId)).toEqual(['acct-101', 'acct-1010', 'acct-1111']);
    expect(nearest.every((s) => s.distance === 0 && s.similarity === 1)).toBe(true);
  });
});
