import { describe, expect, it } from 'vitest';
import { buildContext } from '../model/context.js';
import { at, conversation, entity, type MessageSpec } from '../model/test-builder.js';
import { classifyStage } from './stage.js';

function stageOf(specs: MessageSpec[], outcome?: 'won' | 'lost'): string {
  return classifyStage(buildContext(conversation(specs), at(100)), outcome).stage;
}

describe('classifyStage', () => {
  it('starts in discovery without signals', () => {
    expect(stageOf([{ dir: 'in', h: 0, text: 'Hello, who are you?' }])).toBe('discovery');
  });

  it('reaches qualification on early qualification', () => {
    const specs: MessageSpec[] = [{ dir: 'in', h: 0, text: 'What is your MOQ?', signals: [['intent.early_qualification', 'MOQ']] }];
    expect(stageOf(specs)).toBe('qualification');
  });

  it('reaches evaluation on a sample request', () => {
    const specs: MessageSpec[] = [
      { dir: 'in', h: 0, text: 'What is your MOQ?', signals: [['intent.early_qualification', 'MOQ']] },
      { dir: 'in', h: 1, text: 'Send 3 samples', signals: [['commitment.sample_request', 'Send 3 samples']] },
    ];
    expect(stageOf(specs)).toBe('evaluation');
  });

  it('needs a quote before a price objection means negotiation', () => {
    const objection: MessageSpec = { dir: 'in', h: 5, text: 'Too expensive', signals: [['objection.price', 'Too expensive']] };
    expect(stageOf([objection])).toBe('discovery');
    const quoted: MessageSpec = { dir: 'out', h: 2, text: 'USD 2.35/pc', entities: [entity.money(2.35, 'USD', 'USD 2.35/pc')] };
    expect(stageOf([quoted, objection])).toBe('negotiation');
  });

  it('treats a buyer price after a quote request as a counter-offer', () => {
    const specs: MessageSpec[] = [
      { dir: 'in', h: 0, text: 'Quote 5,000 pcs', signals: [['intent.quotation', 'Quote 5,000 pcs']] },
      { dir: 'in', h: 5, text: 'We can pay USD 2.10', entities: [entity.money(2.1, 'USD', 'USD 2.10')] },
    ];
    const result = classifyStage(buildContext(conversation(specs), at(10)));
    expect(result.stage).toBe('negotiation');
    expect(result.steps.map((s) => `${s.stage}@${s.messageId}`)).toEqual(['evaluation@m1', 'negotiation@m2']);
    expect(result.steps[1]?.reason).toBe('counter-offer "USD 2.10"');
  });

  it('reaches commitment on an invoice request', () => {
    const specs: MessageSpec[] = [{ dir: 'in', h: 0, text: 'Send the PI', signals: [['commitment.invoice_request', 'Send the PI']] }];
    expect(stageOf(specs)).toBe('commitment');
  });

  it('reaches won on a payment and never moves back', () => {
    const specs: MessageSpec[] = [
      { dir: 'in', h: 0, text: 'Deposit sent', signals: [['commitment.payment', 'Deposit sent']] },
      { dir: 'in', h: 1, text: 'What is your MOQ for the next model?', signals: [['intent.early_qualification', 'MOQ']] },
    ];
    expect(stageOf(specs)).toBe('won');
  });

  it('marks lost when the buyer went with another supplier', () => {
    const specs: MessageSpec[] = [
      { dir: 'in', h: 0, text: 'Quote please', signals: [['intent.quotation', 'Quote please']] },
      { dir: 'in', h: 9, text: 'Sorry, we went with another supplier this time.' },
    ];
    const result = classifyStage(buildContext(conversation(specs), at(10)));
    expect(result.stage).toBe('lost');
    expect(result.steps.at(-1)?.reason).toBe('buyer wrote "went with another supplier"');
  });

  it('marks lost when the buyer writes so in Spanish', () => {
    const specs: MessageSpec[] = [
      { dir: 'in', h: 0, text: 'Cotización por favor', language: 'es', signals: [['intent.quotation', 'Cotización']] },
      { dir: 'in', h: 9, text: 'Lo siento, nos quedamos con otro proveedor.', language: 'es' },
    ];
    expect(stageOf(specs)).toBe('lost');
  });

  it('ignores a lost cue followed by new buying signals', () => {
    const specs: MessageSpec[] = [
      { dir: 'in', h: 0, text: 'We went with another supplier.' },
      { dir: 'in', h: 9, text: 'They failed; please quote again', signals: [['intent.quotation', 'please quote again']] },
    ];
    expect(stageOf(specs)).toBe('evaluation');
  });

  it('lets a recorded outcome override the signals', () => {
    expect(stageOf([{ dir: 'in', h: 0, text: 'Hi' }], 'won')).toBe('won');
  });
});
