import { describe, expect, it } from 'vitest';
import type { Action, ActionType } from '../core/types.js';
import { at, type MessageSpec } from '../model/test-builder.js';
import { recommendActions } from './index.js';
import { isUrgent } from './reply-rules.js';
import type { RecommendInput } from './types.js';
import { OUTLINE_PHRASES } from './outline-phrases.js';
import {
  ACTION_CONVERSATIONS,
  ARCHETYPE_CONVERSATIONS,
  DAILY_BUYER,
  SLOW_BUYER,
  complainingCustomer,
  recommendInputOf,
  repeatCustomer,
} from './test-conversations.js';

const DAY = 24;
const EN = OUTLINE_PHRASES.en;

function actionsOf(specs: MessageSpec[], asOfHours: number, churn = false): Action[] {
  return recommendActions(recommendInputOf(specs, asOfHours, { churn }));
}

function find(actions: Action[], type: ActionType): Action {
  const action = actions.find((candidate) => candidate.type === type);
  if (!action) throw new Error(`no ${type} action in ${actions.map((a) => a.type).join(', ')}`);
  return action;
}

describe('reply rule', () => {
  it('answers an urgent buyer within the hour on their main channel', () => {
    const actions = actionsOf(ACTION_CONVERSATIONS.urgentMixedChannels, 2);
    const reply = find(actions, 'accelerate_follow_up');
    expect(reply.priority).toBe(1);
    expect(reply.dueBy).toBe(at(3).toISOString());
    expect(reply.reason).toBe(
      'Buyer question "price?", "send the price" has waited 1.0 h without a reply; urgency 100 from "today", ' +
        '"deliver tomorrow", an urgent buyer, so answer within 1 h on whatsapp, the channel they use most ' +
        '(3 of 4 buyer messages).',
    );
    expect(reply.replyOutline?.at(-1)).toBe(EN?.closing.urgent);
  });

  it('gives a calm buyer a day', () => {
    const actions = actionsOf(DAILY_BUYER.slice(0, 5), 49);
    const reply = find(actions, 'accelerate_follow_up');
    expect(reply.priority).toBe(1);
    expect(reply.dueBy).toBe(at(73).toISOString());
    expect(reply.reason).toBe('Buyer question "What is the price for 2,000?" has waited 2.0 h without a reply.');
  });

  it('owes nothing after a bare acknowledgement', () => {
    const specs: MessageSpec[] = [
      { id: 'm1', dir: 'in', h: 0, text: 'Please send the proforma invoice', signals: [['commitment.invoice_request', 'proforma invoice']] },
      { id: 'm2', dir: 'out', h: 1, text: 'Sending it today' },
      { id: 'm3', dir: 'in', h: 2, text: '👍' },
    ];
    expect(actionsOf(specs, 50).map((action) => action.type)).not.toContain('accelerate_follow_up');
  });

  it('quotes the request, not a later acknowledgement', () => {
    const specs: MessageSpec[] = [
      { id: 'm1', dir: 'out', h: 0, text: 'Here is our catalogue' },
      { id: 'm2', dir: 'in', h: 1, text: 'We go with model A, 500 pcs', signals: [['intent.purchase', 'We go with model A']] },
      { id: 'm3', dir: 'in', h: 1.1, text: 'ok' },
    ];
    const reply = find(actionsOf(specs, 5), 'accelerate_follow_up');
    expect(reply.reason).toContain('"We go with model A, 500 pcs"');
    expect(reply.reason).not.toContain('"ok"');
  });
});

describe('tone rule', () => {
  it('adjusts tone for a skeptical buyer within 4 h', () => {
    const tone = find(actionsOf(ACTION_CONVERSATIONS.skepticalBuyer, 21), 'adjust_tone');
    expect(tone.priority).toBe(1);
    expect(tone.dueBy).toBe(at(25).toISOString());
    expect(tone.reason).toBe(
      'Buyer\'s latest message reads skeptical: "Your price is far below the market. Is it really G.652D? Other ' +
        'suppliers sent u…"; sentiment is 37 and friction 26.',
    );
  });

  it('keeps tone advice after a hesitant promise', () => {
    const actions = actionsOf(ARCHETYPE_CONVERSATIONS.uncertain_evaluator, 301);
    const tone = find(actions, 'adjust_tone');
    expect(actions.map((action) => action.type)).not.toContain('accelerate_follow_up');
    // A passive evaluator gets no wait, so the tone still comes first, due when waiting would end.
    expect(tone.priority).toBe(1);
    expect(tone.dueBy).toBe(at(420).toISOString());
    expect(tone.reason).toBe(
      'Buyer\'s latest message reads hesitant: "still checking internally, will come back"; sentiment is 44 and friction 5. ' +
        'They said they will come back, so use this tone when answering them.',
    );
  });

  it('ranks wait above tone after a promise', () => {
    const specs: MessageSpec[] = [
      {
        dir: 'in',
        h: 0,
        text: 'Need 5,000 pcs of LED panels 600x600, 40W. Price FOB Ningbo? We will order this month.',
        signals: [['commitment.detailed_specs', '600x600, 40W'], ['intent.quotation', 'Price FOB Ningbo?'], ['intent.purchase', 'We will order this month']],
      },
      { dir: 'out', h: 2, text: 'USD 8.20/pc FOB Ningbo, lead time 25 days.' },
      { dir: 'in', h: 20, text: 'Not sure the budget works, I will talk to my partner and get back to you.', mode: 'hesitant', polarity: -0.2 },
    ];
    const actions = actionsOf(specs, 22);
    expect(find(actions, 'wait').priority).toBeLessThan(find(actions, 'adjust_tone').priority);
    expect(find(actions, 'adjust_tone').dueBy).toBe(find(actions, 'wait').dueBy);
    expect(find(actions, 'adjust_tone').reason).toContain('so use this tone when answering them.');
  });
});

describe('documents rule', () => {
  it('sends requested documents first to a technical buyer', () => {
    const documents = find(actionsOf(ACTION_CONVERSATIONS.technicalWhatsApp, 9), 'send_documents');
    expect(documents.priority).toBe(1);
    expect(documents.dueBy).toBe(at(33).toISOString());
    expect(documents.reason).toBe('Buyer asked for items not yet sent: "technical documents: send the material certificates".');
  });

  it('meets a skeptical buyer with certificates and test reports', () => {
    const documents = find(actionsOf(ACTION_CONVERSATIONS.skepticalBuyer, 21), 'send_documents');
    expect(documents.priority).toBe(2);
    expect(documents.dueBy).toBe(at(25).toISOString());
    expect(documents.reason).toBe(
      'Buyer doubts the claims: "Your price is far below the market. Is it really G.652D? Other suppliers sent u…", ' +
        'so send certificates and test reports.',
    );
    expect(documents.basis?.map((b) => [b.type, b.messageId])).toEqual([['sentiment.skeptical', 'm3']]);
    expect(documents.replyOutline).toEqual([EN?.mode.skeptical, ...(EN?.purpose.proof ?? []), ...(EN?.archetype.uncertain_evaluator ?? []), EN?.closing.standard]);
  });

  it('sends no certificates to a buyer who doubts only the price', () => {
    const priceDoubt: MessageSpec[] = [
      ...ACTION_CONVERSATIONS.skepticalBuyer.slice(0, 2),
      { dir: 'in', h: 20, mode: 'skeptical', polarity: -0.3, text: 'USD 0.09/m? Seriously? Others quote 0.06.', signals: [['objection.price', 'Others quote 0.06']] },
    ];
    const actions = actionsOf(priceDoubt, 21);
    expect(actions.map((a) => a.type)).not.toContain('send_documents');
    for (const action of actions) expect(action.replyOutline ?? []).not.toContain(EN?.mode.skeptical);
    expect(actions[0]?.replyOutline?.[0]).toBe(EN?.archetype.price_negotiator[0]);
  });

  it('opens a frustrated price complaint with the price, not an apology', () => {
    const priceComplaint: MessageSpec[] = [
      ...ACTION_CONVERSATIONS.skepticalBuyer.slice(0, 2),
      { dir: 'in', h: 20, mode: 'frustrated', polarity: -0.5, text: 'USD 2.40? Seriously? Last year you sold it at 1.90.', signals: [['objection.price', 'Last year you sold it at 1.90']] },
    ];
    const actions = actionsOf(priceComplaint, 21);
    for (const action of actions) expect(action.replyOutline ?? []).not.toContain(EN?.mode.frustrated);
    expect(actions[0]?.replyOutline?.[0]).toBe(EN?.archetype.price_negotiator[0]);
  });

  it('keeps the apology when a frustrated buyer also chases', () => {
    const chasing: MessageSpec[] = [
      ...ACTION_CONVERSATIONS.skepticalBuyer.slice(0, 2),
      {
        dir: 'in',
        h: 20,
        mode: 'frustrated',
        polarity: -0.5,
        text: 'Still no reply? And 2.40 is too high.',
        signals: [
          ['objection.price', '2.40 is too high'],
          ['intent.urgency', 'Still no reply?'],
        ],
      },
    ];
    expect(actionsOf(chasing, 21)[0]?.replyOutline?.[0]).toBe(EN?.mode.frustrated);
  });

  it('answers an open quality objection with proof', () => {
    const actions = actionsOf(ACTION_CONVERSATIONS.qualityDoubt, 32);
    const documents = find(actions, 'send_documents');
    expect(documents.priority).toBe(1);
    expect(documents.dueBy).toBe(at(56).toISOString());
    expect(documents.reason).toBe('Buyer doubts the quality: "uneven glaze", so send certificates and test reports.');
  });

  it('drops the proof once documents were sent', () => {
    const sent: MessageSpec = { dir: 'out', h: 33, text: 'Test report attached.', attachments: [{ name: 'glaze-test.pdf', mediaType: 'application/pdf', size: 1 }] };
    const actions = actionsOf([...ACTION_CONVERSATIONS.qualityDoubt, sent], 34);
    expect(actions.map((a) => a.type)).not.toContain('send_documents');
  });
});

describe('stalled rule', () => {
  it('follows up a stalled deal past evaluation', () => {
    const follow = find(actionsOf(DAILY_BUYER, 47 + 80), 'accelerate_follow_up');
    expect(follow.priority).toBe(1);
    expect(follow.dueBy).toBe(at(47 + 80 + 24).toISOString());
    expect(follow.reason).toBe(
      'Deal stalled at evaluation: buyer quiet for 3.3 days, over the 3 days threshold (threshold: the 72 h floor, ' +
        'as the buyer\'s median gap is 23.5 h); last buyer message "Looks fine. What is the price for 2,000?"; ' +
        'follow up with something new (revised offer, slot, sample).',
    );
  });

  it('nurtures a stalled discovery-stage buyer', () => {
    const specs = ARCHETYPE_CONVERSATIONS.uncertain_evaluator.slice(0, 6);
    const actions = actionsOf(specs, 145);
    // The hesitant tone of the last buyer message ranks first.
    expect(actions.map((a) => a.type)).toEqual(['adjust_tone', 'nurture']);
    const nurture = find(actions, 'nurture');
    expect(nurture.priority).toBe(2);
    expect(nurture.dueBy).toBe(at(145 + 7 * DAY).toISOString());
    expect(nurture.reason).toBe(
      'Deal stalled at discovery: buyer quiet for 4.2 days, over the 3 days threshold (threshold: the 72 h floor, ' +
        'as the buyer\'s median gap is 22.5 h); last buyer message "hard to say for now"; keep in touch without pressure.',
    );
  });
});

describe('channel rules', () => {
  it('moves a long technical WhatsApp thread to email', () => {
    const change = find(actionsOf(ACTION_CONVERSATIONS.technicalWhatsApp, 9), 'switch_channel');
    expect(change.priority).toBe(3);
    expect(change.dueBy).toBe(at(33).toISOString());
    expect(change.reason).toBe(
      'The WhatsApp thread has 9 messages and 5 technical buyer messages ("drawing attached", ' +
        '"tolerance ±0.02 on the bore"); move the specifications to email (buyer@example.com) so drawings and ' +
        'revisions stay in one thread.',
    );
    expect(change.basis?.map((b) => b.messageId)).toEqual(['m1', 'm3', 'm5', 'm7', 'm9']);
    expect(change.replyOutline).toContain(EN?.purpose.move_to_email[0]);
  });

  it('leaves a short WhatsApp thread alone', () => {
    const actions = actionsOf(ACTION_CONVERSATIONS.technicalWhatsApp.slice(0, 5), 5);
    expect(actions.map((a) => a.type)).not.toContain('switch_channel');
  });

  it('switches to the channel the buyer answers fastest on', () => {
    const specs: MessageSpec[] = [
      { dir: 'out', h: 0, text: 'Offer for the spring collection attached.', channel: 'email' },
      { dir: 'in', h: 40, text: 'Received, will look.', channel: 'email' },
      { dir: 'out', h: 41, text: 'Any questions so far?', channel: 'whatsapp' },
      { dir: 'in', h: 41.5, text: 'Not yet, reviewing.', channel: 'whatsapp' },
      { dir: 'out', h: 42, text: 'Revised offer attached.', channel: 'email' },
    ];
    const change = find(actionsOf(specs, 44), 'switch_channel');
    expect(change.dueBy).toBe(at(68).toISOString());
    expect(change.reason).toBe(
      'Buyer answers on whatsapp in a median 0.5 h against 40.0 h on email, but the seller\'s last message went by email.',
    );
  });
});

describe('escalation rule', () => {
  it('escalates a volume deal under price pressure', () => {
    const escalate = find(actionsOf(ARCHETYPE_CONVERSATIONS.price_negotiator, 71), 'escalate_to_senior');
    expect(escalate.priority).toBe(1);
    expect(escalate.dueBy).toBe(at(95).toISOString());
    expect(escalate.reason).toBe(
      'Friction 48 and a volume deal meets resistance: price objection "Too expensive still"; ' +
        'payment terms objection "60 days payment".',
    );
  });

  it('escalates when the buyer doubts quality', () => {
    const escalate = find(actionsOf(ACTION_CONVERSATIONS.qualityDoubt, 32), 'escalate_to_senior');
    expect(escalate.priority).toBe(2);
    expect(escalate.reason).toBe('Friction 16 and the buyer doubts quality or suppliers: quality objection "uneven glaze".');
  });
});

describe('retention rule', () => {
  it('escalates a complaining customer at high churn risk', () => {
    const actions = actionsOf(complainingCustomer(), 53 * DAY, true);
    const escalate = find(actions, 'escalate_to_senior');
    expect(escalate.priority).toBe(1);
    expect(escalate.dueBy).toBe(at(54 * DAY).toISOString());
    expect(escalate.reason).toBe(
      'Churn risk high (score 0.72): sentiment fell from 0.40 to -0.40 over the last 3 buyer messages after the ' +
        'order ("Not fine. Several bags were caked and the moisture is above spec. Delivery was …", r12); buyer ' +
        'named a competitor or another supplier after the order, 1 day ago ("Another supplier", r14); quality ' +
        'complaint after the order, 6 days ago ("moisture is above spec", r12); have a senior contact call the ' +
        'customer about it.',
    );
    expect(escalate.basis?.map((b) => b.type)).toEqual(['churn.sentiment_drop', 'churn.competitor', 'churn.complaint']);
    expect(escalate.replyOutline).toContain(EN?.purpose.retention[0]);
    expect(actions.map((a) => a.reason)).not.toContain('Deal won; check delivery and plan the reorder in 30 days.');
  });

  it('checks in with a customer at medium risk', () => {
    const actions = actionsOf(repeatCustomer(), 80 * DAY, true);
    expect(actions.map((a) => a.type)).toEqual(['accelerate_follow_up']);
    const check = find(actions, 'accelerate_follow_up');
    expect(check.dueBy).toBe(at(80 * DAY + 48).toISOString());
    expect(check.reason).toBe(
      'Churn risk medium (score 0.47): no new order for 50 days since 2026-04-01, 1.7× their 30-day reorder cycle ' +
        '("PO 4502 confirmed", r7); buyer has not written for 50 days, longer than a whole 30-day reorder cycle ' +
        '("Thanks, deposit sent.", r9); check in now: ask how the last order went and offer the next one.',
    );
  });

  it('nurtures a customer at low risk', () => {
    const actions = actionsOf(repeatCustomer(), 65 * DAY, true);
    expect(actions.map((a) => a.type)).toEqual(['nurture']);
    const nurture = find(actions, 'nurture');
    expect(nurture.dueBy).toBe(at(72 * DAY).toISOString());
    expect(nurture.reason).toMatch(/^Churn risk low \(score 0\.27\): buyer has not written for 35 days, .*; send a useful update and confirm the reorder plan\.$/);
  });

  it('keeps the won nurture without churn risk', () => {
    const actions = actionsOf(repeatCustomer(), 40 * DAY, true);
    expect(actions.map((a) => a.reason)).toEqual(['Deal won; check delivery and plan the reorder in 30 days.']);
    expect(actions[0]?.dueBy).toBe(at(70 * DAY).toISOString());
  });
});

describe('wait and nurture rules', () => {
  it('waits for a slow buyer within their cadence', () => {
    const actions = actionsOf(SLOW_BUYER, 482 + 24);
    expect(actions.map((a) => a.type)).toEqual(['wait']);
    const wait = find(actions, 'wait');
    expect(wait.priority).toBe(1);
    expect(wait.dueBy).toBe(at(480 + 720).toISOString());
    expect(wait.reason).toBe(
      'Buyer owes the reply to "Sure, take your time.", sent 24.0 h ago; the buyer\'s median gap is 240.0 h, ' +
        `so wait until ${at(1200).toISOString()} (threshold: 3 × the buyer's 240.0 h median gap).`,
    );
    expect(wait.replyOutline).toBeUndefined();
  });

  it('writes the wait in buyer time', () => {
    const specs = SLOW_BUYER.map((spec) => ({ ...spec, offset: '-06:00' }));
    const wait = find(actionsOf(specs, 482 + 24), 'wait');
    expect(wait.dueBy).toBe(at(1200).toISOString());
    const local = new Date(at(1200).getTime() - 6 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
    expect(wait.reason).toContain(`so wait until ${local} UTC-06:00, the buyer's time (threshold:`);
  });

  it('nurtures a lost deal for 90 days', () => {
    const specs: MessageSpec[] = [
      { dir: 'in', h: 0, text: 'Quote 200 pcs?', signals: [['intent.quotation', 'Quote']] },
      { dir: 'out', h: 1, text: 'USD 3.00/pc.' },
      { dir: 'in', h: 30, text: 'Thanks, but we went with another supplier.' },
    ];
    const actions = actionsOf(specs, 31);
    const nurture = find(actions, 'nurture');
    expect(nurture.dueBy).toBe(at(31 + 90 * DAY).toISOString());
    expect(nurture.reason).toBe('Deal lost; check back with a new offer in 90 days.');
  });
});

describe('isUrgent', () => {
  const input = (urgency: number, confidence: number) =>
    ({ scores: { urgency }, archetype: { id: 'urgent_buyer', confidence, runnerUp: null } }) as unknown as RecommendInput;

  it('needs some confidence in an urgent_buyer archetype', () => {
    expect(isUrgent(input(10, 0.22))).toBe(false);
    expect(isUrgent(input(10, 0.5))).toBe(true);
  });

  it('counts a high urgency score alone', () => {
    expect(isUrgent(input(70, 0.1))).toBe(true);
  });
});
