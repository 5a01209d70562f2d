import { describe, expect, it } from 'vitest';
import { classifyStage } from '../classify/stage.js';
import type { MessageSpec } from '../model/test-builder.js';
import { DAILY_BUYER, FAST_BUYER, PAUSING_BUYER, SLOW_BUYER, contextOf } from '../recommend/test-conversations.js';
import { scoreConversation } from './index.js';
import { formatWait } from '../model/timing.js';
import { detectStall, formatSpan, habitualPauseHours } from './stall.js';
import { STALL } from './weights.js';

const DAY = 24;

function stallOf(specs: MessageSpec[], asOfHours: number) {
  const context = contextOf(specs, asOfHours);
  const { stage, steps } = classifyStage(context);
  const { scores, momentumPeak } = scoreConversation(context, steps);
  return { context, momentum: scores.momentum, momentumPeak, ...detectStall(context, stage, scores.momentum, momentumPeak) };
}

describe('stall on silence beyond the buyer cadence', () => {
  it('keeps a daily buyer active two days after their message', () => {
    const result = stallOf(DAILY_BUYER, 47 + 2 * DAY);
    expect(result.stalled).toBe(false);
    expect(result.thresholdHours).toBe(STALL.minHours);
    expect(result.thresholdBasis).toBe("the 72 h floor, as the buyer's median gap is 23.5 h");
  });

  it('stalls a daily buyer quiet past the threshold', () => {
    const result = stallOf(DAILY_BUYER, 47 + 80);
    expect(result.stalled).toBe(true);
    expect(result.explanation).toEqual({
      type: 'stall.silence',
      messageId: 'm5',
      text: 'buyer quiet for 3.3 days, over the 3 days threshold',
      effect: 0,
    });
  });

  it('says who is silent when the seller owes the reply', () => {
    const unanswered = DAILY_BUYER.slice(0, 5);
    const result = stallOf(unanswered, 47 + 80);
    expect(result.stalled).toBe(true);
    expect(result.explanation?.text).toBe('seller has not answered the buyer for 3.3 days, over the 3 days threshold');
  });
});

describe('stall for a buyer slow by habit', () => {
  it('keeps a ten-day buyer active after 25 quiet days', () => {
    const result = stallOf(SLOW_BUYER, 480 + 25 * DAY);
    expect(result.context.buyerCadenceHours).toBe(240);
    expect(result.stalled).toBe(false);
    expect(result.thresholdHours).toBe(720);
    expect(result.thresholdBasis).toBe("3 × the buyer's 240.0 h median gap");
  });

  it('stalls the ten-day buyer after 33 quiet days', () => {
    const result = stallOf(SLOW_BUYER, 480 + 33 * DAY);
    expect(result.stalled).toBe(true);
    expect(result.explanation?.text).toBe('buyer quiet for 33 days, over the 30 days threshold');
  });

  it('keeps a buyer within a pause they took twice', () => {
    const result = stallOf(PAUSING_BUYER, 394 + 150);
    expect(result.context.buyerCadenceHours).toBe(2);
    expect(habitualPauseHours(result.context)).toBe(188);
    expect(result.thresholdHours).toBe(188);
    expect(result.thresholdBasis).toBe("the buyer's habitual pause of 7.8 days, taken at least twice before");
    // Momentum has collapsed against the 2 h median gap, but the silence is within the buyer's habit.
    expect(result.momentum).toBeLessThan(STALL.collapseBelow);
    expect(result.momentumPeak - result.momentum).toBeGreaterThanOrEqual(STALL.collapseDrop);
    expect(result.stalled).toBe(false);
  });

  it('stalls the pausing buyer past their longest habit', () => {
    const result = stallOf(PAUSING_BUYER, 394 + 220);
    expect(result.stalled).toBe(true);
    expect(result.explanation?.type).toBe('stall.silence');
    expect(result.explanation?.messageId).toBe('m15');
    expect(result.explanation?.text).toBe('buyer quiet for 9.2 days, over the 7.8 days threshold');
  });
});

describe('stall on momentum collapse', () => {
  it('keeps a fast buyer active a few hours after the reply', () => {
    expect(stallOf(FAST_BUYER, 10).stalled).toBe(false);
  });

  it('stalls a fast buyer whose momentum collapsed under the floor', () => {
    const result = stallOf(FAST_BUYER, 66);
    expect(result.thresholdHours).toBe(STALL.minHours);
    expect(result.stalled).toBe(true);
    expect(result.explanation?.type).toBe('stall.momentum_collapse');
    expect(result.explanation?.messageId).toBe('m4');
    expect(result.explanation?.text).toBe(
      `momentum fell from a peak of ${result.momentumPeak} to ${result.momentum} before commitment`,
    );
    expect(result.momentum).toBeLessThan(STALL.collapseBelow);
  });

  it('does not stall an active buyer whose objections pull momentum down', () => {
    const objecting: MessageSpec[] = [
      { dir: 'in', h: 0, text: 'Quote 10,000 pcs?', signals: [['intent.quotation', 'Quote']] },
      { dir: 'out', h: 1, text: 'USD 1.10/pc.' },
      { dir: 'in', h: 2, text: 'Too expensive.', signals: [['objection.price', 'Too expensive', 1]] },
      { dir: 'in', h: 3, text: 'MOQ too high.', signals: [['objection.moq', 'MOQ too high', 1]] },
      { dir: 'in', h: 4, text: 'Lead time too long.', signals: [['objection.lead_time', 'Lead time too long', 1]] },
      { dir: 'in', h: 5, text: 'And 30% deposit is not OK.', signals: [['objection.payment_terms', '30% deposit is not OK', 1]] },
      { dir: 'in', h: 6, text: 'No certificates either?', signals: [['objection.certification', 'No certificates', 1]] },
    ];
    const result = stallOf(objecting, 7);
    expect(result.momentum).toBeLessThan(STALL.collapseBelow);
    expect(result.momentumPeak - result.momentum).toBeGreaterThanOrEqual(STALL.collapseDrop);
    expect(result.stalled).toBe(false);
  });
});

describe('formatSpan', () => {
  it('writes hours, tenths of days, whole days and years', () => {
    expect(formatSpan(30)).toBe('30.0 h');
    expect(formatSpan(72)).toBe('3 days');
    expect(formatSpan(80)).toBe('3.3 days');
    expect(formatSpan(24 * 75.4)).toBe('75 days');
    expect(formatSpan(24 * 8865.7)).toBe('24.3 years');
  });

  it('writes waits of years in years', () => {
    expect(formatWait(24 * 9343)).toBe('25.6 years');
    expect(formatWait(24 * 700)).toBe('700 days');
  });
});
