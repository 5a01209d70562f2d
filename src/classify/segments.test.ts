import { describe, expect, it } from 'vitest';
import type { Segment } from '../core/types.js';
import { analyzeConversation } from '../model/index.js';
import { at, conversation, entity, type MessageSpec } from '../model/test-builder.js';

function segmentsOf(specs: MessageSpec[], asOfHours: number): Segment[] {
  return analyzeConversation(conversation(specs), { asOf: at(asOfHours) }).segments;
}

describe('classifySegments', () => {
  it('marks a volume buyer with price objections as cost sensitive', () => {
    const segments = segmentsOf(
      [
        { dir: 'in', h: 0, text: 'Quote 3x40HQ', signals: [['intent.quotation', 'Quote']], entities: [entity.quantity(3, 'containers_40hq', '3x40HQ')] },
        { dir: 'out', h: 1, text: 'USD 2.35', entities: [entity.money(2.35, 'USD', 'USD 2.35')] },
        { dir: 'in', h: 2, text: 'Too high', signals: [['objection.price', 'Too high']] },
      ],
      3,
    );
    expect(segments).toContain('cost_sensitive_distributor');
    expect(segments).toContain('high_intent_buyer');
    expect(segments).not.toContain('passive_evaluator');
  });

  it('marks a certificate question as technical gatekeeping', () => {
    const segments = segmentsOf([{ dir: 'in', h: 0, text: 'Do you have RoHS?', entities: [entity.certification('RoHS')] }], 1);
    expect(segments).toContain('technical_gatekeeper');
    expect(segments).toContain('passive_evaluator');
  });

  it('marks strong urgency as time sensitive, which is not passive', () => {
    const segments = segmentsOf(
      [{ dir: 'in', h: 0, text: 'Need price today, urgent', signals: [['intent.urgency', 'today', 1], ['intent.urgency', 'urgent', 1]] }],
      1,
    );
    expect(segments).toEqual(['time_sensitive_buyer']);
  });
});
