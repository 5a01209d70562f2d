import { describe, expect, it } from 'vitest';
import { AnalyticsInputError } from './deals.js';
import { accountRollup } from './rollup.js';
import { analysis, outcome } from './test-builder.js';

/** One account with an open negotiation, a stalled evaluation and a paid order. */
const ACME = [
  analysis({
    id: 'c1',
    accountId: 'acme',
    stage: 'negotiation',
    archetype: 'price_negotiator',
    confidence: 0.6,
    winProbability: 0.4,
    scores: { intent: 70, urgency: 40, sentiment: 45, friction: 60, momentum: 55 },
    messages: [{ dir: 'in', h: 0 }, { dir: 'out', h: 2, sentAt: '2026-03-05T10:00:00+04:00' }],
  }),
  analysis({
    id: 'c2',
    accountId: 'acme',
    stage: 'stalled',
    stageReached: 'evaluation',
    archetype: 'price_negotiator',
    confidence: 0.7,
    winProbability: 0.2,
    scores: { intent: 40, urgency: 20, sentiment: 50, friction: 30, momentum: 20 },
    messages: [{ dir: 'in', h: 10, sentAt: '2026-03-05T08:00:00Z' }],
  }),
  analysis({
    id: 'c3',
    accountId: 'acme',
    stage: 'won',
    archetype: 'spec_seeker',
    confidence: 0.9,
    winProbability: 1,
    scores: { intent: 90, urgency: 30, sentiment: 70, friction: 10, momentum: 65 },
    messages: [
      { dir: 'in', h: 1, id: 'pay-1', signals: [['commitment.payment', 'deposit sent today']] },
      { dir: 'out', h: 3, signals: [['commitment.order_confirmation', 'we confirm your order']] },
    ],
  }),
];

describe('accountRollup', () => {
  it('sums an account from its conversations', () => {
    const acme = accountRollup(ACME).get('acme')!;
    expect(acme.conversations).toBe(3);
    expect(acme.conversationIds).toEqual(['c1', 'c2', 'c3']);
    expect(acme.openDeals).toBe(2);
    expect(acme.bestWinProbability).toBe(0.4);
    expect(acme.meanWinProbability).toBe(0.3);
    expect(acme.stageMix).toMatchObject({ negotiation: 1, stalled: 1, won: 1, discovery: 0, lost: 0 });
    expect(acme.stagePosition).toBe(5);
    expect(acme.dominantArchetype).toEqual({ id: 'price_negotiator', conversations: 2, meanConfidence: 0.65 });
    expect(acme.meanScores).toEqual({ intent: 66.7, urgency: 30, sentiment: 55, friction: 33.3, momentum: 46.7 });
  });

  it('keeps the written offset of last activity', () => {
    // 10:00+04:00 is 06:00 UTC, two hours before the 08:00Z message.
    expect(accountRollup(ACME).get('acme')!.lastActivityAt).toBe('2026-03-05T08:00:00Z');
  });

  it('counts a buyer payment as bought, with its message and words', () => {
    const acme = accountRollup(ACME).get('acme')!;
    expect(acme.bought).toBe(true);
    expect(acme.boughtEvidence).toEqual([
      { conversationId: 'c3', type: 'commitment.payment', messageId: 'pay-1', text: 'deposit sent today' },
      { conversationId: 'c3', type: 'stage.won', messageId: null, text: 'stage won' },
    ]);
  });

  it('ignores a seller-side order confirmation', () => {
    const seller = analysis({
      id: 's1',
      accountId: 'beta',
      stage: 'commitment',
      messages: [{ dir: 'out', h: 0, signals: [['commitment.order_confirmation', 'we confirm your order']] }],
    });
    const beta = accountRollup([seller]).get('beta')!;
    expect(beta.bought).toBe(false);
    expect(beta.boughtEvidence).toEqual([]);
  });

  it('lets an outcome override stage and signals', () => {
    const acme = accountRollup(ACME, [outcome('c1', 'won', 12), outcome('c3', 'lost', 12)]).get('acme')!;
    expect(acme.openDeals).toBe(1);
    expect(acme.bestWinProbability).toBe(0.2);
    expect(acme.stageMix).toMatchObject({ negotiation: 0, won: 1, lost: 1, stalled: 1 });
    expect(acme.boughtEvidence).toEqual([
      { conversationId: 'c1', type: 'outcome.won', messageId: null, text: 'won on 2026-03-14T09:00:00.000Z' },
    ]);
  });

  it('keeps the latest outcome of a conversation', () => {
    // The won outcome is recorded last in the list but decided first.
    const rollup = accountRollup(ACME, [outcome('c2', 'lost', 20), outcome('c2', 'won', 10)]).get('acme')!;
    expect(rollup.stageMix).toMatchObject({ stalled: 0, lost: 1, won: 1 });
  });

  it('has no win probability without open deals', () => {
    const closed = accountRollup([analysis({ id: 'x', accountId: 'gone', stage: 'lost', winProbability: 0 })]).get('gone')!;
    expect(closed.openDeals).toBe(0);
    expect(closed.bestWinProbability).toBeNull();
    expect(closed.meanWinProbability).toBeNull();
    expect(closed.stagePosition).toBe(0);
  });

  it('breaks an archetype tie by summed confidence', () => {
    const tie = accountRollup([
      analysis({ id: 't1', accountId: 'tie', archetype: 'spec_seeker', confidence: 0.4 }),
      analysis({ id: 't2', accountId: 'tie', archetype: 'urgent_buyer', confidence: 0.8 }),
    ]).get('tie')!;
    expect(tie.dominantArchetype?.id).toBe('urgent_buyer');
  });

  it('takes no archetype from a conversation without a buyer message', () => {
    const quiet = accountRollup([
      analysis({ id: 'q1', accountId: 'quiet', archetype: 'urgent_buyer', confidence: 0.2, messages: [{ dir: 'out', h: 0 }] }),
      analysis({ id: 'q2', accountId: 'quiet', archetype: 'urgent_buyer', confidence: 0.2, messages: [{ dir: 'out', h: 1 }] }),
      analysis({ id: 'q3', accountId: 'quiet', archetype: 'spec_seeker', confidence: 0.5, messages: [{ dir: 'in', h: 2 }] }),
    ]).get('quiet')!;
    expect(quiet.dominantArchetype).toEqual({ id: 'spec_seeker', conversations: 1, meanConfidence: 0.5 });
    const silent = accountRollup([analysis({ id: 's1', accountId: 'silent', messages: [{ dir: 'out', h: 0 }] })]).get('silent')!;
    expect(silent.dominantArchetype).toBeNull();
  });

  it('leaves out conversations without an account', () => {
    const rollups = accountRollup([analysis({ id: 'n1', accountId: null }), ...ACME]);
    expect([...rollups.keys()]).toEqual(['acme']);
  });

  it('cuts long evidence without halving an emoji', () => {
    const words = `${'x'.repeat(78)}👍 paid in full`;
    const paid = analysis({
      id: 'e1',
      accountId: 'emoji',
      messages: [{ dir: 'in', h: 0, signals: [['commitment.payment', words]] }],
    });
    const text = accountRollup([paid]).get('emoji')!.boughtEvidence[0]!.text;
    expect(text).toBe(`${'x'.repeat(78)}…`);
    expect(text.length).toBeLessThanOrEqual(80);
  });

  it('rejects duplicate conversations and malformed outcomes', () => {
    expect(() => accountRollup([ACME[0]!, ACME[0]!])).toThrow(AnalyticsInputError);
    expect(() => accountRollup(ACME, [{ conversationId: 'c1', result: 'maybe' as 'won', decidedAt: '2026-03-01' }])).toThrow(
      /invalid outcome of c1: result must be won or lost, got maybe/,
    );
    expect(() => accountRollup(ACME, [{ conversationId: 'c1', result: 'won', decidedAt: 'soon' }])).toThrow(
      /decidedAt is not an ISO 8601 date: soon/,
    );
  });
});
