import { describe, expect, it } from 'vitest';
import { ARCHETYPE_CASES } from '../classify/archetype-cases.js';
import { analyzeConversation } from './index.js';
import { at, conversation, entity, type MessageSpec } from './test-builder.js';

const NEGOTIATION: MessageSpec[] = [
  { dir: 'in', h: 0, text: 'Need 2x40HQ, best FOB price?', channel: 'whatsapp', signals: [['intent.quotation', 'best FOB price']], entities: [entity.quantity(2, 'containers_40hq', '2x40HQ'), entity.incoterm('FOB', 'Ningbo')] },
  { dir: 'out', h: 1, text: 'USD 2.35/pc FOB Ningbo', channel: 'whatsapp', entities: [entity.money(2.35, 'USD', 'USD 2.35/pc')] },
  { dir: 'in', h: 3, text: 'Too high, China offers 2.00', channel: 'email', signals: [['objection.price', 'Too high']], mode: 'skeptical', polarity: -0.3 },
];

describe('analyzeConversation', () => {
  it('fills every field of the public contract', () => {
    const result = analyzeConversation({ ...conversation(NEGOTIATION), accountId: 'acc-1' }, { asOf: at(4) });
    expect(result.id).toBe('c1');
    expect(result.accountId).toBe('acc-1');
    expect(result.channels).toEqual(['whatsapp', 'email']);
    expect(result.stage).toBe('negotiation');
    expect(result.stalled).toBe(false);
    expect(Object.keys(result.scores).sort()).toEqual(['friction', 'intent', 'momentum', 'sentiment', 'urgency']);
    expect(result.explanations.friction?.[0]).toMatchObject({ type: 'objection.price', messageId: 'm3', text: 'Too high' });
    expect(result.winProbability).toBeGreaterThan(0);
    expect(result.winProbability).toBeLessThan(1);
    expect(result.brief.nextReplyOwedBy).toBe('seller');
    expect(result.actions[0]?.priority).toBe(1);
    expect(result.messages.map((m) => `${m.messageId}:${m.direction}`)).toEqual(['m1:inbound', 'm2:outbound', 'm3:inbound']);
    expect(result.messages[2]?.sentAt).toBe(at(3).toISOString());
    expect(result.messages[2]).toMatchObject({ channel: 'email', text: 'Too high, China offers 2.00' });
  });

  it('returns deep-equal output for the same input', () => {
    for (const specs of [NEGOTIATION, ...Object.values(ARCHETYPE_CASES)]) {
      const first = analyzeConversation(conversation(specs), { asOf: at(1000) });
      const second = analyzeConversation(conversation(specs), { asOf: at(1000) });
      expect(second).toEqual(first);
      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    }
  });

  it('does not change its input', () => {
    const input = conversation(NEGOTIATION);
    const copy = structuredClone(input);
    analyzeConversation(input, { asOf: at(4) });
    expect(input).toEqual(copy);
  });

  it('turns an active deal into a stalled one as time passes', () => {
    const active = analyzeConversation(conversation(NEGOTIATION), { asOf: at(4) });
    const later = analyzeConversation(conversation(NEGOTIATION), { asOf: at(3 + 8 * 24) });
    expect(active.stage).toBe('negotiation');
    expect(later.stage).toBe('stalled');
    expect(later.stalled).toBe(true);
    expect(later.stageReached).toBe('negotiation');
    expect(later.explanations.momentum?.at(-1)?.type).toBe('stall.silence');
    expect(later.scores.momentum).toBeLessThan(active.scores.momentum);
  });

  it('emits the conversation-level signals', () => {
    const result = analyzeConversation(conversation(NEGOTIATION), { asOf: at(4) });
    expect(result.signals.map((s) => s.type)).toEqual(['relationship.response_speed', 'context.channel_preference']);
  });

  it('analyzes an empty conversation', () => {
    const result = analyzeConversation(conversation([]), { asOf: at(0) });
    expect(result.stage).toBe('discovery');
    expect(result.stalled).toBe(false);
    expect(result.actions.map((a) => a.type)).toEqual(['wait']);
  });
});
