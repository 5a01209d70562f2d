import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeStateHistory } from '../model/history.js';
import { analyzeConversation } from '../model/index.js';
import { conversation, type MessageSpec } from '../model/test-builder.js';
import { automationRuleSchema, type AutomationRule } from './config.js';
import { DealWorkspace } from './test-builder.js';
import {
  firingMessageId,
  firingsOf,
  isAfterWatermark,
  objectionChanges,
  pendingShifts,
  taskReason,
  triggerMatches,
  watermarkOf,
  type Shift,
  type Watermark,
} from './triggers.js';
import type { ConversationUpdate } from './types.js';

function rule(id: string, when: unknown): AutomationRule {
  return automationRuleSchema.parse({ id, when, task: { assignee: 'mei', dueInMinutes: 60 } });
}

function shift(field: Shift['field'], from: Shift['from'], to: Shift['to'], messageId = 'm1'): Shift {
  return { field, from, to, messageId, sentAt: '2026-03-10T09:00:00Z', reasons: [] };
}

const RULES = {
  stage: rule('stage', { type: 'stage_change', to: ['commitment'] }),
  anyStage: rule('any-stage', { type: 'stage_change' }),
  intentUp: rule('intent-up', { type: 'score_crossing', score: 'intent', above: 50 }),
  intentDown: rule('intent-down', { type: 'score_crossing', score: 'intent', below: 50 }),
  winUp: rule('win-up', { type: 'win_probability_crossing', above: 0.5 }),
  winDown: rule('win-down', { type: 'win_probability_crossing', below: 0.5 }),
  archetype: rule('archetype', { type: 'archetype_change', to: ['price_negotiator'] }),
  stall: rule('stall', { type: 'stall' }),
  price: rule('price', { type: 'new_objection', objections: ['objection.price'] }),
  objection: rule('objection', { type: 'new_objection' }),
};
const ALL_RULES = Object.values(RULES);

function firedIds(update: ConversationUpdate, watermark: Watermark | null): string[] {
  return firingsOf(ALL_RULES, update.conversationId, pendingShifts(update, watermark)).map((f) => `${f.rule.id}@${f.keyMessageId}`);
}

describe('triggerMatches thresholds', () => {
  it('fires an upward crossing when from < threshold <= to', () => {
    expect(triggerMatches(RULES.intentUp.when, shift('scores.intent', 49, 50))).toBe(true);
    expect(triggerMatches(RULES.intentUp.when, shift('scores.intent', 50, 80))).toBe(false);
    expect(triggerMatches(RULES.intentUp.when, shift('scores.intent', 30, 49))).toBe(false);
    expect(triggerMatches(RULES.intentUp.when, shift('scores.intent', 80, 30))).toBe(false);
  });

  it('fires a downward crossing when from > threshold >= to', () => {
    expect(triggerMatches(RULES.intentDown.when, shift('scores.intent', 51, 50))).toBe(true);
    expect(triggerMatches(RULES.intentDown.when, shift('scores.intent', 50, 20))).toBe(false);
    expect(triggerMatches(RULES.intentDown.when, shift('scores.intent', 30, 80))).toBe(false);
  });

  it('matches only its own score', () => {
    expect(triggerMatches(RULES.intentUp.when, shift('scores.urgency', 40, 60))).toBe(false);
  });

  it('crosses win probability on the 0-1 scale', () => {
    expect(triggerMatches(RULES.winUp.when, shift('winProbability', 0.278, 0.643))).toBe(true);
    expect(triggerMatches(RULES.winDown.when, shift('winProbability', 0.643, 0.423))).toBe(true);
    expect(triggerMatches(RULES.winUp.when, shift('winProbability', 0.5, 0.7))).toBe(false);
  });
});

describe('triggerMatches categorical fields', () => {
  it('limits stage changes to the listed stages', () => {
    expect(triggerMatches(RULES.stage.when, shift('stage', 'evaluation', 'commitment'))).toBe(true);
    expect(triggerMatches(RULES.stage.when, shift('stage', 'discovery', 'evaluation'))).toBe(false);
    expect(triggerMatches(RULES.anyStage.when, shift('stage', 'discovery', 'evaluation'))).toBe(true);
  });

  it('fires a stall only from false to true', () => {
    expect(triggerMatches(RULES.stall.when, shift('stalled', false, true))).toBe(true);
    expect(triggerMatches(RULES.stall.when, shift('stalled', true, false))).toBe(false);
  });

  it('fires new objections of the listed types only', () => {
    expect(triggerMatches(RULES.price.when, shift('objections', [], ['objection.price']))).toBe(true);
    expect(triggerMatches(RULES.price.when, shift('objections', ['objection.price'], ['objection.moq', 'objection.price']))).toBe(false);
    expect(triggerMatches(RULES.objection.when, shift('objections', ['objection.price'], ['objection.moq', 'objection.price']))).toBe(true);
  });
});

describe('watermark', () => {
  const mark: Watermark = { timeMs: Date.parse('2026-03-11T09:00:00Z'), messageIds: ['w3'] };

  it('orders by time, then seen ids', () => {
    expect(isAfterWatermark(null, 'w1', '2026-03-10T09:00:00Z')).toBe(true);
    expect(isAfterWatermark(mark, 'w2', '2026-03-10T10:00:00Z')).toBe(false);
    expect(isAfterWatermark(mark, 'w3', '2026-03-11T09:00:00Z')).toBe(false);
    expect(isAfterWatermark(mark, 'w3b', '2026-03-11T13:00:00+04:00')).toBe(true);
    expect(isAfterWatermark(mark, 'w4', '2026-03-11T10:00:00Z')).toBe(true);
  });
});

describe('pending shifts of the real deal analysis', () => {
  const workspace = new DealWorkspace();
  let first: ConversationUpdate;
  let second: ConversationUpdate;
  let third: ConversationUpdate;

  beforeAll(async () => {
    first = await workspace.ingest(['w1', 'w2', 'w3']);
    second = await workspace.ingest(['w4', 'w5']);
    third = await workspace.ingest(['w6']);
  });
  afterAll(() => workspace.close());

  it('fires the latest change per field on a first update', () => {
    expect(firedIds(first, null).sort()).toEqual(['any-stage@w3', 'objection@w3', 'price@w3']);
  });

  it('fires only changes after the watermark', () => {
    const mark = watermarkOf(first, null);
    expect(mark).toEqual({ timeMs: Date.parse('2026-03-11T09:00:00Z'), messageIds: ['w3'] });
    expect(firedIds(second, mark).sort()).toEqual(['any-stage@w5', 'archetype@w5', 'intent-up@w5', 'objection@w5', 'stage@w5', 'win-up@w5']);
  });

  it('merges the changes of a field since the watermark', () => {
    const shifts = pendingShifts(second, watermarkOf(first, null));
    const win = shifts.find((s) => s.field === 'winProbability')!;
    const changes = second.changes.filter((c) => c.field === 'winProbability' && (c.messageId === 'w4' || c.messageId === 'w5'));
    // The first change after the watermark gives `from`, the last gives `to`.
    expect(changes.length).toBeGreaterThan(0);
    expect(win.from).toBe(changes[0]!.from);
    expect(win.to).toBe(changes.at(-1)!.to);
    expect(win.to).toBe(second.analysis.winProbability);
    expect(win.from).not.toBe(win.to);
    expect(win.messageId).toBe('w5');
  });

  it('keys a stall by the message the silence runs from', () => {
    const fired = firedIds(third, watermarkOf(second, watermarkOf(first, null)));
    expect(fired.sort()).toEqual(['intent-down@w6', 'stall@w5', 'win-down@w6']);
  });

  it('fires nothing for a replay of the same update', () => {
    const mark = watermarkOf(third, null);
    expect(pendingShifts(third, mark)).toEqual([]);
  });

  it('takes one change per field on import', () => {
    const fired = firedIds(third, null).sort();
    expect(fired).toEqual(['any-stage@w5', 'archetype@w5', 'intent-down@w6', 'objection@w5', 'stage@w5', 'stall@w5', 'win-down@w6']);
  });

  it('lists first raising per objection type', () => {
    const changes = objectionChanges(third);
    expect(changes.map((c) => [c.messageId, c.from, c.to])).toEqual([
      ['w3', [], ['objection.price']],
      ['w5', ['objection.price'], ['objection.lead_time', 'objection.price']],
    ]);
    expect(changes[0]!.reasons[0]!.text).toBe('price is too high');
  });

  it('writes trigger, change and evidence', () => {
    const [firing] = firingsOf([RULES.stage], third.conversationId, pendingShifts(second, watermarkOf(first, null)));
    expect(taskReason(firing!)).toBe(
      'stage_change: stage evaluation → commitment. Evidence: stage.commitment "advanced to commitment: commitment.invoice_request "proforma""; ' +
        'intent.urgency "urgently"; objection.lead_time "lead time is too long"',
    );
  });
});

describe('pending shifts of a computed state history', () => {
  /** A buyer who sends a question, then requests a quote, then goes quiet while the seller follows up twice. */
  const SPECS: MessageSpec[] = [
    { dir: 'in', h: 0, text: 'What is the MOQ?', signals: [['intent.early_qualification', 'MOQ']] },
    { dir: 'out', h: 1, text: 'MOQ is 500.' },
    { dir: 'in', h: 24, text: 'Please quote 1000 pcs, price seems high', signals: [['intent.quotation', 'quote'], ['objection.price', 'price seems high']] },
    { dir: 'out', h: 25, text: 'Quote attached.' },
    { dir: 'out', h: 24 * 12, text: 'Any news?' },
  ];

  function updateOf(specs: MessageSpec[]): ConversationUpdate {
    const input = conversation(specs);
    const { changes } = computeStateHistory(input);
    const last = input.messages.at(-1)!;
    const analysis = analyzeConversation(input, { asOf: new Date(last.sentAt) });
    return { workspaceId: 'w', conversationId: input.id, accountId: null, analysis, changes };
  }

  it('finds stage, objection and stall', () => {
    const update = updateOf(SPECS);
    const fields = pendingShifts(update, null).map((s) => `${s.field}@${s.messageId}`);
    expect(fields).toContain('stage@m3');
    expect(fields).toContain('objections@m3');
    const stalled = pendingShifts(update, null).find((s) => s.field === 'stalled')!;
    expect(stalled.to).toBe(true);
    expect(firingMessageId(stalled)).toBe('m3');
  });

  it('fires the opening stage of a new conversation once', () => {
    const update = updateOf([
      { dir: 'in', h: 0, text: 'We confirm the order, please send the PI', signals: [['commitment.order_confirmation', 'We confirm the order'], ['commitment.invoice_request', 'send the PI']] },
    ]);
    expect(update.changes.filter((change) => change.field === 'stage')).toEqual([]);
    const firings = firingsOf([RULES.anyStage], update.conversationId, pendingShifts(update, null));
    expect(firings.map((firing) => [firing.shift.from, firing.shift.to, firing.keyMessageId])).toEqual([['', update.analysis.stage, 'm1']]);
    expect(pendingShifts(update, watermarkOf(update, null)).filter((s) => s.field === 'stage')).toEqual([]);
  });

  it('quotes the buyer words of an opening stage', () => {
    const update = updateOf([
      { dir: 'in', h: 0, text: 'We confirm the order, please send the PI', signals: [['commitment.order_confirmation', 'We confirm the order']] },
    ]);
    const [firing] = firingsOf([RULES.anyStage], update.conversationId, pendingShifts(update, null));
    const reason = taskReason(firing!);
    expect(reason).toContain(`stage none → ${update.analysis.stage}`);
    expect(reason).toContain('commitment.order_confirmation "We confirm the order"');
  });

  it('drops a shift that returns to where it started', () => {
    const update = updateOf(SPECS);
    const back: ConversationUpdate = {
      ...update,
      changes: [
        { messageId: 'm4', sentAt: update.analysis.messages[3]!.sentAt, field: 'archetype', from: 'spec_seeker', to: 'urgent_buyer', reasons: [] },
        { messageId: 'm5', sentAt: update.analysis.messages[4]!.sentAt, field: 'archetype', from: 'urgent_buyer', to: 'spec_seeker', reasons: [] },
      ],
    };
    const mark = { timeMs: Date.parse(update.analysis.messages[2]!.sentAt), messageIds: ['m3'] };
    expect(pendingShifts(back, mark).map((s) => s.field)).toEqual([]);
  });
});
