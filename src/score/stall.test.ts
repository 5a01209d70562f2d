import { describe, expect, it } from 'vitest';
import { classifyStage } from '../classify/stage.js';
import { buildContext } from '../model/context.js';
import { at, conversation, type MessageSpec } from '../model/test-builder.js';
import { scoreConversation } from './index.js';
import { detectStall, stallThresholdHours } from './stall.js';
import { STALL } from './weights.js';

const DAY = 24;

function stallOf(specs: MessageSpec[], asOfHours: number, outcome?: 'won' | 'lost') {
  const context = buildContext(conversation(specs), at(asOfHours));
  const { stage, steps } = classifyStage(context, outcome);
  const result = scoreConversation(context, steps);
  return { context, ...detectStall(context, stage, result.scores.momentum, result.momentumPeak) };
}

/** A buyer who writes about once a day, then the seller sends a quote. */
const DAILY: MessageSpec[] = [
  { dir: 'in', h: 0, text: 'Quote 500 pcs', signals: [['intent.quotation', 'Quote']] },
  { dir: 'out', h: 1, text: 'Checking' },
  { dir: 'in', h: 24, text: 'Send specs', signals: [['intent.evaluation', 'specs']] },
  { dir: 'out', h: 25, text: 'Here' },
  { dir: 'in', h: 48, text: 'OK thanks' },
  { dir: 'out', h: 49, text: 'Offer attached, quotation attached.' },
];

describe('detectStall', () => {
  it('uses k times the median gap with the floor', () => {
    const { context } = stallOf(DAILY, 50);
    expect(context.buyerCadenceHours).toBe(24);
    expect(stallThresholdHours(context)).toBe(Math.max(STALL.k * 24, STALL.minHours));
  });

  it('keeps a thread active within the cadence', () => {
    expect(stallOf(DAILY, 48 + 2 * DAY).stalled).toBe(false);
  });

  it('stalls a thread quiet past the threshold', () => {
    const result = stallOf(DAILY, 48 + 4 * DAY);
    expect(result.stalled).toBe(true);
    expect(result.explanation?.type).toBe('stall.silence');
    expect(result.explanation?.text).toBe('buyer quiet for 4 days, over the 3 days threshold');
    expect(result.explanation?.messageId).toBe('m5');
  });

  it('names the silence of a buyer who never wrote from the seller\'s first message', () => {
    const outreach: MessageSpec[] = [
      { dir: 'out', h: 0, text: 'Hello, we make LED panels. May I send our catalogue?' },
      { dir: 'out', h: 24, text: 'Following up on our catalogue.' },
    ];
    const result = stallOf(outreach, 10 * DAY);
    expect(result.stalled).toBe(true);
    expect(result.explanation?.text).toBe("no buyer message in the 10 days since the seller's first, over the 7 days threshold");
    expect(result.explanation?.messageId).toBe('m1');
  });

  it('waits 7 days without a cadence', () => {
    const single: MessageSpec[] = [{ dir: 'in', h: 0, text: 'Quote please', signals: [['intent.quotation', 'Quote']] }];
    expect(stallOf(single, 6 * DAY).stalled).toBe(false);
    expect(stallOf(single, 8 * DAY).stalled).toBe(true);
  });

  it('never stalls a won deal', () => {
    expect(stallOf(DAILY, 60 * DAY, 'won').stalled).toBe(false);
  });

  it('stalls a fast buyer on momentum collapse', () => {
    // Replies every 2 h, so the silence threshold is the 72 h floor; 60 h of
    // silence is 30 of their own gaps and momentum collapses first.
    const fast: MessageSpec[] = [
      { dir: 'in', h: 0, text: 'MOQ?', signals: [['intent.early_qualification', 'MOQ']] },
      { dir: 'in', h: 2, text: 'Datasheet?', signals: [['intent.evaluation', 'Datasheet']] },
      { dir: 'in', h: 4, text: 'Send samples', signals: [['commitment.sample_request', 'Send samples']] },
      { dir: 'in', h: 6, text: 'Drawing attached', signals: [['commitment.detailed_specs', 'Drawing']] },
      { dir: 'out', h: 7, text: 'Thanks, checking.' },
    ];
    const result = stallOf(fast, 66);
    expect(result.thresholdHours).toBe(STALL.minHours);
    expect(result.stalled).toBe(true);
    expect(result.explanation?.type).toBe('stall.momentum_collapse');
    expect(result.explanation?.text).toMatch(/^momentum fell from a peak of \d+ to \d+ before commitment$/);
  });

  it('waits a day before a collapse stalls', () => {
    // Two buyer turns an hour apart give a rhythm of 3 h; momentum numbers are passed in as collapsed.
    const quick: MessageSpec[] = [
      { dir: 'in', h: 0, text: 'Price for 200 sets?', signals: [['intent.quotation', 'Price']] },
      { dir: 'in', h: 1, text: 'Too high, others are cheaper', signals: [['objection.price', 'Too high']] },
    ];
    const early = buildContext(conversation(quick), at(5));
    expect(detectStall(early, 'discovery', 10, 60).stalled).toBe(false);
    const late = buildContext(conversation(quick), at(30));
    const result = detectStall(late, 'discovery', 10, 60);
    expect(result.stalled).toBe(true);
    expect(result.explanation?.type).toBe('stall.momentum_collapse');
  });

  it('keeps the same fast buyer active a few hours later', () => {
    const fast: MessageSpec[] = [
      { dir: 'in', h: 0, text: 'MOQ?', signals: [['intent.early_qualification', 'MOQ']] },
      { dir: 'in', h: 2, text: 'Datasheet?', signals: [['intent.evaluation', 'Datasheet']] },
      { dir: 'out', h: 3, text: 'Attached.' },
    ];
    expect(stallOf(fast, 6).stalled).toBe(false);
  });
});
