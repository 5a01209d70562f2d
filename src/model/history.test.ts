import { describe, expect, it } from 'vitest';
import type { StateChange } from '../core/types.js';
import { HISTORY, computeStateHistory, recomputePoints } from './history.js';
import { analyzeConversation } from './index.js';
import { buildTimeline } from './context.js';
import { at, conversation, entity, type MessageSpec } from './test-builder.js';

const LONG_SPEC =
  'We need aluminium housings to drawing AH-220 rev C: wall thickness 2.5 mm ±0.05, anodized black, flatness under ' +
  '0.1 mm, IP67 with the gasket groove per section B-B, salt spray 480 h per ISO 9227. Please confirm the alloy and the bore tolerance.';

/**
 * A buyer who writes about MOQ (qualification), sends a long drawing-based
 * spec (evaluation, reads as a spec seeker), objects to the price twice
 * (negotiation, reads as a price negotiator) and requests the proforma
 * invoice (commitment).
 */
const DEAL: MessageSpec[] = [
  { dir: 'in', h: 0, text: 'Hello, what is your MOQ for aluminium housings?', signals: [['intent.early_qualification', 'what is your MOQ']] },
  { dir: 'out', h: 2, text: 'MOQ is 500 pcs.' },
  { dir: 'in', h: 24, text: LONG_SPEC, signals: [['commitment.detailed_specs', 'drawing AH-220 rev C']], entities: [entity.certification('ISO 9227')] },
  { dir: 'out', h: 26, text: 'USD 4.20/pc FOB Ningbo', entities: [entity.money(4.2, 'USD', 'USD 4.20/pc')] },
  { dir: 'in', h: 48, text: 'Too high, another factory offers 3.50', signals: [['objection.price', 'Too high']], entities: [entity.money(3.5, 'USD', '3.50')], mode: 'skeptical', polarity: -0.3 },
  { dir: 'out', h: 50, text: 'Best is USD 4.00', entities: [entity.money(4, 'USD', 'USD 4.00')] },
  { dir: 'in', h: 72, text: 'Still expensive, target 3.70', signals: [['objection.price', 'Still expensive']], entities: [entity.money(3.7, 'USD', '3.70')] },
  { dir: 'out', h: 74, text: 'OK, 3.80 is our final price.' },
  { dir: 'in', h: 96, text: 'Agreed. Please send the proforma invoice for 5,000 pcs.', signals: [['commitment.invoice_request', 'send the proforma invoice']], entities: [entity.quantity(5000, 'pcs', '5,000 pcs')], mode: 'constructive', polarity: 0.4 },
];

function changesOf(changes: StateChange[], field: StateChange['field']): Pick<StateChange, 'messageId' | 'from' | 'to'>[] {
  return changes.filter((change) => change.field === field).map(({ messageId, from, to }) => ({ messageId, from, to }));
}

describe('computeStateHistory', () => {
  it('lists stage advances with their words', () => {
    const { changes } = computeStateHistory(conversation(DEAL));
    expect(changesOf(changes, 'stage')).toEqual([
      { messageId: 'm3', from: 'qualification', to: 'evaluation' },
      { messageId: 'm5', from: 'evaluation', to: 'negotiation' },
      { messageId: 'm9', from: 'negotiation', to: 'commitment' },
    ]);
    const reasons = changes.filter((change) => change.field === 'stage').map((change) => change.reasons.slice(0, 2));
    expect(reasons.map(([advance]) => advance)).toEqual([
      expect.objectContaining({ type: 'stage.evaluation', messageId: 'm3' }),
      expect.objectContaining({ type: 'stage.negotiation', messageId: 'm5' }),
      expect.objectContaining({ type: 'stage.commitment', messageId: 'm9' }),
    ]);
    expect(reasons.map(([, words]) => words)).toEqual([
      { type: 'commitment.detailed_specs', messageId: 'm3', text: 'drawing AH-220 rev C', effect: 0 },
      { type: 'objection.price', messageId: 'm5', text: 'Too high', effect: 0 },
      { type: 'commitment.invoice_request', messageId: 'm9', text: 'send the proforma invoice', effect: 0 },
    ]);
  });

  it('lists archetype changes with features', () => {
    const { changes } = computeStateHistory(conversation(DEAL));
    expect(changesOf(changes, 'archetype')).toEqual([
      { messageId: 'm3', from: 'uncertain_evaluator', to: 'spec_seeker' },
      { messageId: 'm5', from: 'spec_seeker', to: 'price_negotiator' },
    ]);
    const toNegotiator = changes.find((change) => change.field === 'archetype' && change.to === 'price_negotiator')!;
    expect(toNegotiator.reasons[0]).toMatchObject({ type: 'feature.priceFocus', text: 'priceFocus 0 → 0.5' });
    expect(toNegotiator.reasons).toContainEqual({ type: 'objection.price', messageId: 'm5', text: 'Too high', effect: 0 });
  });

  it('lists win-probability moves with features', () => {
    const { changes, snapshots } = computeStateHistory(conversation(DEAL));
    const wins = changes.filter((change) => change.field === 'winProbability');
    // m2 answers the buyer's question, m3 advances to evaluation, m9 requests the invoice.
    expect(wins.map((change) => change.messageId)).toEqual(['m2', 'm3', 'm9']);
    for (const change of wins) expect(Math.abs((change.to as number) - (change.from as number))).toBeGreaterThanOrEqual(HISTORY.winProbability);
    expect(wins[0]!.reasons[0]).toMatchObject({ type: 'feature.unanswered', text: 'unanswered 1 → 0' });
    expect(wins[2]!.reasons[0]).toMatchObject({ type: 'feature.stage', text: 'stage 0.6 → 0.8' });
    // Each move starts where the last listed one ended, so the list adds up to the final value.
    expect(wins.map((change) => change.from)).toEqual([snapshots[0]!.winProbability, wins[0]!.to, wins[1]!.to]);
    expect(wins.at(-1)!.to).toBe(snapshots.at(-1)!.winProbability);
  });

  it('credits answers to the seller message', () => {
    const { changes } = computeStateHistory(conversation(DEAL));
    const friction = changes.find((change) => change.field === 'scores.friction' && change.messageId === 'm2');
    expect(friction).toMatchObject({ from: 10, to: 5 });
    expect(friction!.reasons[0]).toMatchObject({ type: 'behavior.unanswered_question', messageId: 'm1', effect: -5 });
  });

  it('keeps one state per human message', () => {
    const input = conversation(DEAL);
    const { snapshots, latest } = computeStateHistory(input);
    expect(snapshots.map((snapshot) => snapshot.messageId)).toEqual(DEAL.map((_, i) => `m${i + 1}`));
    expect(latest).toEqual(analyzeConversation(input, { asOf: at(96) }));
    expect(snapshots.at(-1)).toMatchObject({ stage: 'commitment', scores: latest!.scores, winProbability: latest!.winProbability });
  });

  it('marks a stall and its end', () => {
    const specs: MessageSpec[] = [
      { dir: 'in', h: 0, text: 'Please share the datasheet', signals: [['intent.evaluation', 'share the datasheet']] },
      { dir: 'out', h: 1, text: 'Datasheet attached.' },
      { dir: 'out', h: 400, text: 'Hello, any feedback on the datasheet?' },
      { dir: 'in', h: 402, text: 'Sorry for the delay, we are still reviewing it.' },
    ];
    const { changes } = computeStateHistory(conversation(specs));
    expect(changesOf(changes, 'stalled')).toEqual([
      { messageId: 'm3', from: false, to: true },
      { messageId: 'm4', from: true, to: false },
    ]);
    const stalled = changes.find((change) => change.field === 'stalled' && change.to === true)!;
    expect(stalled.reasons[0]).toMatchObject({ type: 'stall.silence', messageId: 'm1' });
    expect(stalled.reasons[0]!.text).toMatch(/^buyer quiet for /);
    const restarted = changes.find((change) => change.field === 'stalled' && change.to === false)!;
    expect(restarted.reasons).toEqual([
      { type: 'message.buyer', messageId: 'm4', text: 'Sorry for the delay, we are still reviewing it.', effect: 0 },
    ]);
  });

  it('skips automated messages', () => {
    const specs: MessageSpec[] = [
      { dir: 'in', h: 0, text: 'What is your MOQ?', signals: [['intent.early_qualification', 'MOQ']] },
      { dir: 'out', h: 0.1, text: 'Auto-reply: out of office', automated: true },
      { dir: 'out', h: 3, text: 'MOQ is 500 pcs.' },
    ];
    expect(computeStateHistory(conversation(specs)).snapshots.map((s) => s.messageId)).toEqual(['m1', 'm3']);
  });

  it('caps the states of a long chat', () => {
    const specs: MessageSpec[] = Array.from({ length: 45 }, (_, i) => ({ dir: i % 2 === 0 ? 'in' : 'out', h: i, text: `message ${i + 1}` }) as MessageSpec);
    specs[20] = { dir: 'in', h: 20, text: 'Please quote 500 pcs', signals: [['intent.quotation', 'Please quote']] };
    const input = conversation(specs);
    const { snapshots, changes } = computeStateHistory(input, { maxPoints: 10 });
    // 45 messages in steps of ⌈45 / 10⌉ = 5, counted back from the last: m5, m10, …, m45.
    expect(snapshots.map((s) => s.messageId)).toEqual([5, 10, 15, 20, 25, 30, 35, 40, 45].map((n) => `m${n}`));
    expect(changesOf(changes, 'stage')).toEqual([{ messageId: 'm21', from: 'discovery', to: 'evaluation' }]);
    expect(changes.find((change) => change.field === 'stage')!.sentAt).toBe(at(20).toISOString());
  });

  it('returns nothing without human messages', () => {
    const history = computeStateHistory(conversation([{ dir: 'out', h: 0, text: 'Auto-reply', automated: true }]));
    expect(history).toEqual({ snapshots: [], changes: [], latest: null });
  });
});

describe('recomputePoints', () => {
  it('counts steps back from the end', () => {
    const timeline = buildTimeline(conversation(Array.from({ length: 7 }, (_, i) => ({ dir: 'in', h: i, text: `m${i}` }) as MessageSpec)));
    expect(recomputePoints(timeline, 100)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(recomputePoints(timeline, 3)).toEqual([0, 3, 6]);
    expect(recomputePoints(timeline, 1)).toEqual([6]);
  });
});
