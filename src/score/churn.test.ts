import { describe, expect, it } from 'vitest';
import { ParleyError } from '../core/errors.js';
import type { MessageSpec } from '../model/test-builder.js';
import { DAILY_BUYER, complainingCustomer, contextOf, repeatCustomer } from '../recommend/test-conversations.js';
import { findCompetitorCue } from './churn-cues.js';
import { CHURN, assessChurn, churnLevel, type ChurnReason, type ChurnRisk } from './churn.js';

const DAY = 24;

function reasonOf(risk: ChurnRisk, factor: ChurnReason['factor']): ChurnReason {
  const reason = risk.reasons.find((candidate) => candidate.factor === factor);
  if (!reason) throw new Error(`no ${factor} reason in ${risk.reasons.map((r) => r.factor).join(', ')}`);
  return reason;
}

describe('assessChurn without an order', () => {
  it('returns none for a buyer who never bought', () => {
    const risk = assessChurn([contextOf(DAILY_BUYER, 100)]);
    expect(risk.level).toBe('none');
    expect(risk.score).toBe(0);
    expect(risk.orders).toBe(0);
    expect(risk.reasons).toEqual([
      { factor: 'order', text: 'no order confirmation, payment or won outcome yet, so there is no customer to lose', effect: 0 },
    ]);
  });

  it('returns none for no conversations', () => {
    expect(assessChurn([]).level).toBe('none');
  });
});

describe('assessChurn for a repeat customer going quiet', () => {
  it('finds two orders and no risk within the cycle', () => {
    const risk = assessChurn([contextOf(repeatCustomer(), 40 * DAY)]);
    expect(risk.orders).toBe(2);
    expect(risk.reorderCadenceDays).toBe(29.8);
    expect(risk.lastOrderAt).toBe('2026-04-01T09:00:00.000Z');
    expect(risk.level).toBe('none');
    expect(risk.reasons).toEqual([
      {
        factor: 'order',
        text: 'bought 2 orders, the last on 2026-04-01; reorder cycle 30 days',
        messageId: 'r7',
        evidence: 'PO 4502 confirmed',
        effect: 0,
      },
    ]);
  });

  it('rises to medium at 1.7 reorder cycles', () => {
    const risk = assessChurn([contextOf(repeatCustomer(), 80 * DAY)]);
    expect(risk.level).toBe('medium');
    expect(risk.score).toBe(0.472);
    const overdue = reasonOf(risk, 'reorder_overdue');
    expect(overdue.text).toBe('no new order for 50 days since 2026-04-01, 1.7× their 30-day reorder cycle');
    expect(overdue.messageId).toBe('r7');
    expect(overdue.evidence).toBe('PO 4502 confirmed');
  });

  it('is high when silent past two reorder cycles', () => {
    const risk = assessChurn([contextOf(repeatCustomer(), 100 * DAY)]);
    expect(risk.level).toBe('high');
    expect(risk.score).toBe(0.6);
    expect(reasonOf(risk, 'reorder_overdue').effect).toBe(CHURN.overdue);
    const silence = reasonOf(risk, 'silence');
    expect(silence.text).toBe('buyer has not written for 70 days, longer than a whole 30-day reorder cycle');
    expect(silence.messageId).toBe('r9');
    expect(silence.evidence).toBe('Thanks, deposit sent.');
  });

  it('halves the overdue effect when the buyer asks about more', () => {
    const asking: MessageSpec = {
      id: 'r11', dir: 'in', h: 70 * DAY, text: 'Can you quote 2,000 kg for next month?', signals: [['intent.quotation', 'Can you quote']],
    };
    const quiet = reasonOf(assessChurn([contextOf(repeatCustomer(), 80 * DAY)]), 'reorder_overdue');
    const talking = reasonOf(assessChurn([contextOf([...repeatCustomer(), asking], 80 * DAY)]), 'reorder_overdue');
    expect(talking.effect).toBeCloseTo(quiet.effect * CHURN.reorderTalkFactor, 3);
    expect(talking.text).toContain('though the buyer asked about more in r11');
  });
});

describe('assessChurn for a customer who complains', () => {
  const risk = assessChurn([contextOf(complainingCustomer(), 53 * DAY)]);

  it('is high', () => {
    expect(risk.level).toBe('high');
    expect(risk.score).toBe(0.72);
  });

  it('quotes the complaints with their messages', () => {
    const complaints = risk.reasons.filter((reason) => reason.factor === 'complaint');
    expect(complaints.map((c) => [c.text, c.messageId, c.evidence])).toEqual([
      ['quality complaint after the order, 6 days ago', 'r12', 'moisture is above spec'],
      ['lead time complaint after the order, 6 days ago', 'r12', 'Delivery was also ten days late'],
      ['frustrated message after the order, 6 days ago', 'r12', 'Not fine. Several bags were caked and the moisture is above spec. Delivery was …'],
    ]);
  });

  it('names the competitor and the falling sentiment', () => {
    const competitor = reasonOf(risk, 'competitor');
    expect(competitor.text).toBe('buyer named a competitor or another supplier after the order, 1 day ago');
    expect(competitor.messageId).toBe('r14');
    expect(competitor.evidence).toBe('Another supplier');
    const sentiment = reasonOf(risk, 'sentiment_drop');
    expect(sentiment.text).toBe('sentiment fell from 0.40 to -0.40 over the last 3 buyer messages after the order');
    expect(sentiment.messageId).toBe('r12');
  });

  it('orders reasons by effect after the order reason', () => {
    expect(risk.reasons[0]?.factor).toBe('order');
    const effects = risk.reasons.slice(1).map((reason) => reason.effect);
    expect(effects).toEqual([...effects].sort((a, b) => b - a));
  });

  it('counts a resolved complaint at half', () => {
    const resolved: MessageSpec = {
      id: 'r15', dir: 'in', h: 53 * DAY, text: 'OK, with the credit note we confirm the next order.',
      signals: [['commitment.order_confirmation', 'we confirm the next order']],
    };
    const later = assessChurn([contextOf([...complainingCustomer(), resolved], 53 * DAY + 1)]);
    const quality = later.reasons.find((reason) => reason.evidence === 'moisture is above spec');
    expect(quality?.text).toBe('quality complaint after the order, 6 days ago, resolved later');
    const before = risk.reasons.find((reason) => reason.evidence === 'moisture is above spec');
    expect(quality?.effect).toBeCloseTo((before?.effect ?? 0) * CHURN.resolvedFactor, 2);
  });
});

describe('assessChurn on slowing replies', () => {
  const SLOWING: MessageSpec[] = [
    { id: 's1', dir: 'in', h: 0, text: 'Quote for 200 m of 3-inch fire hose?', signals: [['intent.quotation', 'Quote']] },
    { id: 's2', dir: 'out', h: 1, text: 'USD 6.40/m. Which couplings?' },
    { id: 's3', dir: 'in', h: 3, text: 'Storz couplings. We confirm 200 m.', signals: [['commitment.order_confirmation', 'We confirm 200 m']] },
    { id: 's4', dir: 'out', h: 4, text: 'Great, shall we ship by sea or air?' },
    { id: 's5', dir: 'in', h: 6, text: 'Sea please.' },
    { id: 's6', dir: 'out', h: 20 * DAY, text: 'Goods delivered. Would you like the same for next quarter?' },
    { id: 's7', dir: 'in', h: 26 * DAY, text: 'Maybe, we will see.', mode: 'hesitant' },
    { id: 's8', dir: 'out', h: 26 * DAY + 2, text: 'Shall I hold stock for you?' },
    { id: 's9', dir: 'in', h: 31 * DAY, text: 'Not now.', mode: 'hesitant' },
  ];

  it('compares replies after the order with those before', () => {
    const risk = assessChurn([contextOf(SLOWING, 32 * DAY)]);
    const slowing = reasonOf(risk, 'slowing_replies');
    expect(slowing.text).toBe('buyer replies in a median 118.0 h since the order against 2.0 h before it');
    expect(slowing.messageId).toBe('s7');
    expect(slowing.effect).toBe(CHURN.slowing);
    expect(risk.level).toBe('low');
  });
});

describe('assessChurn with outcomes and accounts', () => {
  it('counts a won outcome as an order', () => {
    const context = contextOf(DAILY_BUYER, 49 + 100 * DAY, 'c1');
    const risk = assessChurn([context], { outcomes: [{ conversationId: 'c1', result: 'won', decidedAt: '2026-03-05' }] });
    expect(risk.orders).toBe(1);
    expect(risk.reasons[0]?.text).toBe('bought 1 order, the last on 2026-03-05; no reorder yet, so a 90-day cycle is assumed');
    expect(risk.reasons[0]?.evidence).toBe('won outcome recorded for 2026-03-05');
    expect(reasonOf(risk, 'reorder_overdue').text).toBe('no new order for 99 days since 2026-03-05, 1.1× the assumed 90-day cycle');
  });

  it('drops the orders of a lost conversation', () => {
    const context = contextOf(repeatCustomer(), 100 * DAY, 'c1');
    const risk = assessChurn([context], { outcomes: [{ conversationId: 'c1', result: 'lost', decidedAt: '2026-05-01' }] });
    expect(risk.level).toBe('none');
    expect(risk.orders).toBe(0);
  });

  it('rejects an invalid outcome date', () => {
    const context = contextOf(DAILY_BUYER, 100, 'c1');
    const call = () => assessChurn([context], { outcomes: [{ conversationId: 'c1', result: 'won', decidedAt: 'last week' }] });
    expect(call).toThrow(ParleyError);
    expect(call).toThrow('outcome of conversation c1 has invalid decidedAt "last week"; use yyyy-mm-dd');
  });

  it('joins orders and complaints across an account', () => {
    const orders = contextOf(repeatCustomer('a'), 50 * DAY, 'orders', 'acc-1');
    const complaint = contextOf(
      [
        { id: 'b1', dir: 'in', h: 48 * DAY, language: 'es', text: 'La calidad del último lote es mala y otro proveedor nos ofrece mejor precio.', signals: [['objection.quality', 'La calidad del último lote es mala']], mode: 'frustrated', polarity: -0.5 },
        { id: 'b2', dir: 'out', h: 48 * DAY + 3, text: 'Lo sentimos, lo revisamos hoy.', language: 'es' },
      ],
      50 * DAY,
      'support',
      'acc-1',
    );
    expect(assessChurn([complaint]).level).toBe('none');
    const account = assessChurn([orders, complaint]);
    expect(account.orders).toBe(2);
    expect(reasonOf(account, 'competitor').evidence).toBe('otro proveedor');
    expect(reasonOf(account, 'complaint').messageId).toBe('b1');
    expect(account.level).not.toBe('none');
  });
});

describe('churnLevel', () => {
  it('applies the documented thresholds', () => {
    expect(churnLevel(0.14)).toBe('none');
    expect(churnLevel(CHURN.levels.low)).toBe('low');
    expect(churnLevel(CHURN.levels.medium)).toBe('medium');
    expect(churnLevel(CHURN.levels.high)).toBe('high');
  });
});

describe('findCompetitorCue', () => {
  const cases: [string, string, string][] = [
    ['en', 'A competitor offers the same grade for less.', 'competitor'],
    ['en', 'We are moving to another supplier next quarter.', 'moving to another supplier'],
    ['es', 'La competencia nos da 60 días de pago.', 'competencia'],
    ['fr', 'Un autre fournisseur nous propose mieux.', 'autre fournisseur'],
    ['pt', 'Outro fornecedor entrega em duas semanas.', 'Outro fornecedor'],
    ['ar', 'لدينا عرض من مورد آخر بسعر أقل', 'مورد آخر'],
    ['es', 'Our buyer says another supplier is cheaper.', 'another supplier'],
  ];
  for (const [language, text, expected] of cases) {
    it(`finds "${expected}" in ${language}`, () => {
      expect(findCompetitorCue(text, language)).toBe(expected);
    });
  }

  it('finds nothing in a plain reorder', () => {
    expect(findCompetitorCue('Same again please, 1,000 kg.', 'en')).toBeNull();
    expect(findCompetitorCue('Mismo pedido que el mes pasado, por favor.', 'es')).toBeNull();
  });
});
