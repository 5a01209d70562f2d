import { describe, expect, it } from 'vitest';
import type { Action, ActionType } from '../core/types.js';
import { analyzeConversation } from '../model/index.js';
import { at, conversation, entity, type MessageSpec } from '../model/test-builder.js';

function actionsOf(specs: MessageSpec[], asOfHours: number): Action[] {
  return analyzeConversation(conversation(specs), { asOf: at(asOfHours) }).actions;
}

function find(actions: Action[], type: ActionType): Action {
  const action = actions.find((candidate) => candidate.type === type);
  if (!action) throw new Error(`no ${type} action in ${actions.map((a) => a.type).join(', ')}`);
  return action;
}

describe('recommendActions', () => {
  it('answers an urgent buyer first, within an hour', () => {
    const actions = actionsOf(
      [{ dir: 'in', h: 0, text: 'Can you send the price today?', signals: [['intent.urgency', 'today', 1], ['intent.quotation', 'send the price']] }],
      2,
    );
    const follow = find(actions, 'accelerate_follow_up');
    expect(follow.priority).toBe(1);
    expect(follow.dueBy).toBe(at(3).toISOString());
    expect(follow.reason).toContain('Buyer question "Can you send the price today?" has waited 2.0 h without a reply');
    expect(follow.reason).toContain('urgency 40 from "today"');
    expect(follow.basis?.[0]?.messageId).toBe('m1');
  });

  it('gives a calm buyer a day to get an answer', () => {
    const actions = actionsOf([{ dir: 'in', h: 0, text: 'What is your lead time?' }], 1);
    const follow = find(actions, 'accelerate_follow_up');
    expect(follow.dueBy).toBe(at(25).toISOString());
    expect(follow.reason).not.toContain('urgency');
  });

  it('adjusts tone for a frustrated buyer', () => {
    const actions = actionsOf(
      [
        { dir: 'in', h: 0, text: 'Quote please' },
        { dir: 'out', h: 1, text: 'Will send soon' },
        { dir: 'in', h: 50, text: 'Third time asking, this is unacceptable', mode: 'frustrated', polarity: -0.7 },
      ],
      51,
    );
    const tone = find(actions, 'adjust_tone');
    expect(tone.priority).toBe(1);
    expect(tone.dueBy).toBe(at(55).toISOString());
    expect(tone.reason).toBe(
      'Buyer\'s latest message reads frustrated: "Third time asking, this is unacceptable"; sentiment is 22 and friction 13.',
    );
    expect(tone.replyOutline?.[0]).toBe('Apologize briefly for the delay or problem and state the concrete fix with a date.');
  });

  it('switches to the channel the buyer answers on', () => {
    const actions = actionsOf(
      [
        { dir: 'out', h: 0, text: 'Offer', channel: 'email' },
        { dir: 'in', h: 40, text: 'Received', channel: 'email' },
        { dir: 'out', h: 41, text: 'Ping', channel: 'whatsapp' },
        { dir: 'in', h: 41.5, text: 'Fine', channel: 'whatsapp' },
        { dir: 'out', h: 42, text: 'Revised offer', channel: 'email' },
      ],
      44,
    );
    const change = find(actions, 'switch_channel');
    expect(change.reason).toBe(
      'Buyer answers on whatsapp in a median 0.5 h against 40.0 h on email, but the seller\'s last message went by email.',
    );
  });

  it('sends requested documents until they are sent', () => {
    const request: MessageSpec = { dir: 'in', h: 0, text: 'Please share the datasheet and CE certificate', signals: [['intent.evaluation', 'share the datasheet']] };
    const before = find(actionsOf([request], 1), 'send_documents');
    expect(before.reason).toBe('Buyer asked for items not yet sent: "technical documents: share the datasheet".');
    const after = actionsOf(
      [request, { dir: 'out', h: 2, text: 'Attached', attachments: [{ name: 'datasheet.pdf', mediaType: 'application/pdf', size: 1 }] }],
      3,
    );
    expect(after.map((a) => a.type)).not.toContain('send_documents');
  });

  it('escalates a volume deal under price pressure', () => {
    const actions = actionsOf(
      [
        { dir: 'in', h: 0, text: 'Quote 2x40HQ', signals: [['intent.quotation', 'Quote']], entities: [entity.quantity(2, 'containers_40hq', '2x40HQ')] },
        { dir: 'out', h: 1, text: 'USD 2.35/pc', entities: [entity.money(2.35, 'USD', 'USD 2.35/pc')] },
        { dir: 'in', h: 5, text: 'Too high, competitor is cheaper', signals: [['objection.price', 'Too high', 1]] },
        { dir: 'in', h: 6, text: 'And your MOQ per color is too high', signals: [['objection.moq', 'MOQ per color is too high', 1]] },
      ],
      7,
    );
    const escalate = find(actions, 'escalate_to_senior');
    expect(escalate.reason).toContain('a volume deal meets resistance');
    expect(escalate.reason).toContain('price objection "Too high"');
    expect(escalate.reason).toContain('moq objection "MOQ per color is too high"');
  });

  it('waits while the buyer owes a reply within their cadence', () => {
    const actions = actionsOf(
      [
        { dir: 'in', h: 0, text: 'Quote 500 pcs to drawing 7?', signals: [['intent.quotation', 'Quote'], ['commitment.detailed_specs', 'drawing 7']] },
        { dir: 'out', h: 1, text: 'USD 2.35', entities: [entity.money(2.35, 'USD', 'USD 2.35')] },
        { dir: 'in', h: 24, text: 'Thanks, will check' },
        { dir: 'out', h: 25, text: 'Let me know' },
      ],
      30,
    );
    expect(actions.map((a) => a.type)).toEqual(['wait']);
    const wait = find(actions, 'wait');
    // Median gap 24 h, so the threshold is the 72 h floor from the buyer's last message.
    expect(wait.dueBy).toBe(at(96).toISOString());
    expect(wait.reason).toContain('Buyer owes the reply to "Let me know", sent 5.0 h ago');
    expect(wait.replyOutline).toBeUndefined();
  });

  it('nurtures a passive evaluator instead of waiting', () => {
    const actions = actionsOf(
      [
        { dir: 'in', h: 0, text: 'Do you make bottles' },
        { dir: 'out', h: 1, text: 'Yes, which size?' },
      ],
      5,
    );
    expect(actions.map((a) => a.type)).toEqual(['nurture']);
    expect(actions[0]?.reason).toBe(
      'Buyer looks like a passive evaluator: intent 20, stage discovery, no urgency signal; send a useful update in 7 days.',
    );
  });

  it('re-engages a stalled deal past evaluation', () => {
    const actions = actionsOf(
      [
        { dir: 'in', h: 0, text: 'Send samples', signals: [['commitment.sample_request', 'Send samples']] },
        { dir: 'out', h: 2, text: 'Samples shipped by DHL' },
      ],
      10 * 24,
    );
    const follow = find(actions, 'accelerate_follow_up');
    expect(follow.reason).toContain('Deal stalled at evaluation: buyer quiet for 10 days, over the 7 days threshold');
    expect(follow.dueBy).toBe(at(11 * 24).toISOString());
  });

  it('nurtures a stalled early-stage buyer instead', () => {
    const actions = actionsOf([{ dir: 'in', h: 0, text: 'Hi' }, { dir: 'out', h: 1, text: 'Hello, how can we help?' }], 10 * 24);
    expect(actions[0]?.type).toBe('nurture');
    expect(actions[0]?.reason).toContain('keep in touch without pressure');
  });

  it('nurtures a won deal for the reorder', () => {
    const result = analyzeConversation(
      conversation([
        { dir: 'in', h: 0, text: 'Deposit paid', signals: [['commitment.payment', 'Deposit paid']] },
        { dir: 'out', h: 1, text: 'Thank you, production starts Monday.' },
      ]),
      { asOf: at(2) },
    );
    expect(result.stage).toBe('won');
    expect(result.actions.map((a) => a.type)).toEqual(['nurture']);
    expect(result.actions[0]?.dueBy).toBe(at(2 + 30 * 24).toISOString());
  });

  it('numbers priorities from 1 without gaps', () => {
    const actions = actionsOf(
      [{ dir: 'in', h: 0, text: 'This is too expensive. Datasheet?', mode: 'skeptical', signals: [['intent.evaluation', 'Datasheet'], ['objection.price', 'too expensive']] }],
      1,
    );
    expect(actions.map((a) => a.priority)).toEqual(actions.map((_, i) => i + 1));
    expect(actions.length).toBeGreaterThanOrEqual(3);
  });
});
