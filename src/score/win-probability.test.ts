import { describe, expect, it } from 'vitest';
import { analyzeConversation } from '../model/index.js';
import { at, conversation, type MessageSpec } from '../model/test-builder.js';
import { WIN_MODEL } from './weights.js';

function win(specs: MessageSpec[], asOfHours: number, outcome?: 'won' | 'lost') {
  return analyzeConversation(conversation(specs), { asOf: at(asOfHours), ...(outcome ? { outcome } : {}) });
}

const FIRST: MessageSpec[] = [{ dir: 'in', h: 0, text: 'What is your MOQ?', signals: [['intent.early_qualification', 'MOQ']] }];

describe('winProbability', () => {
  it('works from the first message', () => {
    const result = win(FIRST, 1);
    expect(result.winProbability).toBeGreaterThan(0.1);
    expect(result.winProbability).toBeLessThan(0.4);
    const z = result.winFactors.logit;
    expect(result.winProbability).toBeCloseTo(1 / (1 + Math.exp(-z)), 3);
  });

  it('rises as the buyer commits', () => {
    const committed = win(
      [
        ...FIRST,
        { dir: 'out', h: 1, text: 'MOQ 500' },
        { dir: 'in', h: 2, text: 'Send PI please', signals: [['commitment.invoice_request', 'Send PI'], ['intent.purchase', 'please']] },
      ],
      3,
    );
    expect(committed.winProbability).toBeGreaterThan(win(FIRST, 1).winProbability + 0.2);
  });

  it('falls with open objections', () => {
    const objecting = win(
      [...FIRST, { dir: 'in', h: 1, text: 'Too pricey, and bad quality last time', signals: [['objection.price', 'Too pricey'], ['objection.quality', 'bad quality']] }],
      2,
    );
    expect(objecting.winFactors.features.openObjections).toBe(2);
    expect(objecting.winProbability).toBeLessThan(win(FIRST, 1).winProbability);
  });

  it('reports closed outcomes as certain', () => {
    expect(win(FIRST, 1, 'won').winProbability).toBe(WIN_MODEL.won);
    expect(win(FIRST, 1, 'lost').winProbability).toBe(WIN_MODEL.lost);
  });

  it('lowers a stalled deal', () => {
    const stalled = win(FIRST, 10 * 24);
    expect(stalled.stalled).toBe(true);
    expect(stalled.winProbability).toBeLessThan(win(FIRST, 1).winProbability);
  });
});
