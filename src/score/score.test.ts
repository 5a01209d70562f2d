import { describe, expect, it } from 'vitest';
import { classifyStage } from '../classify/stage.js';
import { buildContext } from '../model/context.js';
import { at, conversation, entity, type MessageSpec } from '../model/test-builder.js';
import { scoreConversation } from './index.js';
import { recencyWeight } from './recency.js';
import { RECENCY, SCORE_BASE, SIGNAL_POINTS } from './weights.js';

const DAY = 24;

function score(specs: MessageSpec[], asOfHours: number) {
  const context = buildContext(conversation(specs), at(asOfHours));
  return scoreConversation(context, classifyStage(context).steps);
}

describe('recencyWeight', () => {
  it('halves per half-life', () => {
    const day = 86_400_000;
    expect(recencyWeight(0, 7 * day, 7)).toBe(0.5);
    expect(recencyWeight(0, 14 * day, 7)).toBe(0.25);
    expect(recencyWeight(5 * day, 0, 7)).toBe(1);
  });
});

describe('scoreConversation', () => {
  it('weighs an older signal by the half-life', () => {
    const result = score(
      [
        { id: 'old', dir: 'in', h: 0, text: 'Quote please', signals: [['intent.quotation', 'Quote please', 1]] },
        { id: 'new', dir: 'in', h: RECENCY.scoreHalfLifeDays * DAY, text: 'Quote again', signals: [['intent.quotation', 'Quote again', 1]] },
      ],
      RECENCY.scoreHalfLifeDays * DAY,
    );
    const points = SIGNAL_POINTS.intent?.['intent.quotation'] ?? 0;
    const effects = Object.fromEntries(result.explanations.intent.map((e) => [e.messageId, e.effect]));
    expect(effects.new).toBe(points);
    expect(effects.old).toBe(points / 2);
    expect(result.scores.intent).toBe(Math.round(SCORE_BASE.intent + points * 1.5));
  });

  it('scores a quiet neutral thread at the bases', () => {
    const result = score([{ dir: 'in', h: 0, text: 'Hello' }], 1);
    expect(result.scores.intent).toBe(SCORE_BASE.intent);
    expect(result.scores.urgency).toBe(SCORE_BASE.urgency);
    expect(result.scores.sentiment).toBe(50);
    // The plain "Hello" contains no question, so no unanswered-question friction is added.
    expect(result.scores.friction).toBe(SCORE_BASE.friction);
  });

  it('makes sentiment effects sum to the score minus 50', () => {
    const result = score(
      [
        { dir: 'in', h: 0, text: 'This is late again', mode: 'frustrated', polarity: -0.6 },
        { dir: 'in', h: 10 * DAY, text: 'Great, thanks a lot!', mode: 'highly_engaged', polarity: 0.7 },
      ],
      10 * DAY,
    );
    const total = result.explanations.sentiment.reduce((sum, e) => sum + e.effect, 0);
    expect(result.scores.sentiment).toBeGreaterThan(50);
    expect(Math.abs(50 + total - result.scores.sentiment)).toBeLessThanOrEqual(0.6);
    expect(result.explanations.sentiment[0]?.type).toBe('sentiment.highly_engaged');
  });

  it('counts a resolved objection at half weight in friction', () => {
    const result = score(
      [
        { id: 'p', dir: 'in', h: 0, text: 'Price too high', signals: [['objection.price', 'too high', 1]] },
        { id: 'q', dir: 'in', h: 0, text: 'Quality doubts', signals: [['objection.quality', 'Quality doubts', 1]] },
        { id: 'a', dir: 'out', h: 0, text: 'We can do 4.10 with FOB Ningbo.' },
        { id: 'ok', dir: 'in', h: 0, text: 'Fine, FOB works for us', signals: [['relationship.negotiation_openness', 'Fine', 1]] },
      ],
      1,
    );
    const price = result.explanations.friction.find((e) => e.type === 'objection.price');
    expect(price?.effect).toBe(7.5);
    expect(price?.text).toBe('too high (resolved later)');
  });

  it('adds urgency for a near deadline and for follow-ups', () => {
    const result = score(
      [
        { dir: 'in', h: 0, text: 'Need it by Friday', entities: [entity.deadline('2026-03-06', 'by Friday')], signals: [['intent.urgency', 'by Friday']] },
        { dir: 'in', h: 2, text: 'Any news?' },
      ],
      3,
    );
    const types = result.explanations.urgency.map((e) => e.type);
    expect(types).toContain('entity.deadline');
    expect(types).toContain('behavior.follow_up');
    expect(result.scores.urgency).toBeGreaterThan(SCORE_BASE.urgency + 15);
  });

  it('adds no deadline urgency to a message read as not urgent', () => {
    const result = score([{ dir: 'in', h: 0, text: "We'll remit the deposit by Thursday", entities: [entity.deadline('2026-03-05', 'by Thursday')] }], 3);
    expect(result.explanations.urgency.map((e) => e.type)).not.toContain('entity.deadline');
  });

  it('adds friction for each unanswered question', () => {
    const result = score([{ dir: 'in', h: 0, text: 'Can you ship in May?' }], 5);
    const unanswered = result.explanations.friction.filter((e) => e.type === 'behavior.unanswered_question');
    expect(unanswered).toHaveLength(1);
    expect(unanswered[0]?.text).toBe('unanswered for 5.0 h: Can you ship in May?');
  });
});

describe('momentum', () => {
  const active: MessageSpec[] = [
    { dir: 'in', h: 0, text: 'MOQ?', signals: [['intent.early_qualification', 'MOQ']] },
    { dir: 'out', h: 2, text: '1,000 pcs' },
    { dir: 'in', h: 24, text: 'Send samples', signals: [['commitment.sample_request', 'Send samples']] },
    { dir: 'out', h: 26, text: 'USD 2.35/pc', entities: [entity.money(2.35, 'USD', 'USD 2.35/pc')] },
    { dir: 'in', h: 48, text: 'Send PI', signals: [['commitment.invoice_request', 'Send PI']] },
  ];

  it('rises with stage advances and commitments on cadence', () => {
    const result = score(active, 49);
    expect(result.scores.momentum).toBeGreaterThan(80);
    const types = result.explanations.momentum.map((e) => e.type);
    expect(types).toContain('stage.commitment');
    expect(types).toContain('commitment.invoice_request');
  });

  it('falls when the buyer is silent for several of their gaps', () => {
    const fresh = score(active, 49).scores.momentum;
    const quiet = score(active, 49 + 20 * DAY).scores.momentum;
    expect(quiet).toBeLessThan(fresh);
    expect(quiet).toBeLessThan(SCORE_BASE.momentum);
  });

  it('compares silence with the buyer’s own cadence', () => {
    const result = score(active, 48 + 4 * DAY);
    const cadence = result.explanations.momentum.find((e) => e.type === 'behavior.reply_cadence');
    // Median gap 24 h; 96 h of silence is two doublings: −10 × log2(4) = −20.
    expect(cadence?.effect).toBe(-20);
    expect(cadence?.text).toBe("buyer's current gap 96.0 h vs own median gap 24.0 h");
  });
});
