import { describe, expect, it } from 'vitest';
import type { StateSnapshot } from '../core/types.js';
import { formatTime, renderHistory } from './history-render.js';

const FIRST: StateSnapshot = {
  messageId: 'm1',
  sentAt: '2026-03-10T09:15:00.000Z',
  stage: 'discovery',
  stageReached: 'discovery',
  stalled: false,
  archetype: { id: 'uncertain_evaluator', confidence: 0.32, runnerUp: 'spec_seeker' },
  segments: [],
  scores: { intent: 20, urgency: 10, sentiment: 50, friction: 5, momentum: 40 },
  winProbability: 0.2,
};

describe('renderHistory', () => {
  it('quotes messages without halving emoji', () => {
    const text = `${'x'.repeat(58)}😤 and more`;
    const output = renderHistory({
      conversationId: 'c1',
      matchedBy: 'id',
      buyer: null,
      outcome: null,
      texts: new Map([['m2', text]]),
      history: {
        conversationId: 'c1',
        snapshots: [FIRST],
        changes: [
          {
            messageId: 'm2',
            sentAt: '2026-03-11T10:00:00+04:00',
            field: 'stalled',
            from: true,
            to: false,
            reasons: [{ type: 'message.buyer', messageId: 'm2', text, effect: 0 }],
          },
        ],
      },
    });
    const line = output.split('\n')[2];
    expect(line).toBe(`  2026-03-11 10:00+04:00  m2  stalled  true → false  "${'x'.repeat(58)}…"`);
    expect(output.split('\n')[1]).toBe(
      '  2026-03-10 09:15Z  m1  start  stage discovery, archetype uncertain_evaluator (0.32), win 0.2, segments none',
    );
  });
});

describe('formatTime', () => {
  it('keeps the own offset', () => {
    expect(formatTime('2026-03-10T09:15:42+04:00')).toBe('2026-03-10 09:15+04:00');
    expect(formatTime('2026-03-10T05:15:00.000Z')).toBe('2026-03-10 05:15Z');
    expect(formatTime('not a time')).toBe('not a time');
  });
});
