import { describe, expect, it } from 'vitest';
import { buildContext } from '../model/context.js';
import { at, conversation, entity } from '../model/test-builder.js';
import { buildBrief } from './brief.js';

const THREAD = conversation([
  {
    dir: 'in',
    h: 0,
    text: 'Quote 5,000 pcs model X1, CIF Jebel Ali, with CE, by 20 March?',
    signals: [['intent.quotation', 'Quote'], ['intent.urgency', 'by 20 March']],
    entities: [
      entity.quantity(5000, 'pcs', '5,000 pcs'),
      entity.product('model X1'),
      entity.incoterm('CIF', 'Jebel Ali'),
      entity.certification('CE'),
      entity.deadline('2026-03-20', 'by 20 March'),
    ],
  },
  { dir: 'out', h: 2, text: 'USD 2.35/pc CIF', entities: [entity.money(2.35, 'USD', 'USD 2.35/pc')] },
  {
    dir: 'in',
    h: 20,
    text: 'Too high, target USD 2.10. Send 3 samples. Can you do 30% deposit?',
    signals: [['objection.price', 'Too high'], ['commitment.sample_request', 'Send 3 samples']],
    entities: [entity.money(2.1, 'USD', 'USD 2.10')],
  },
]);

describe('buildBrief', () => {
  const brief = buildBrief(buildContext(THREAD, at(25)));

  it('lists what the buyer wants with message ids', () => {
    expect(brief.wants).toEqual([
      { text: '5,000 pcs', messageId: 'm1' },
      { text: 'model X1', messageId: 'm1' },
      { text: 'CIF Jebel Ali', messageId: 'm1' },
      { text: 'CE certificate', messageId: 'm1' },
      { text: 'target price USD 2.10', messageId: 'm3' },
      { text: 'by 2026-03-20', messageId: 'm1' },
    ]);
  });

  it('lists commitments of both sides in order', () => {
    expect(brief.commitments).toEqual([
      { text: 'seller sent a quotation ("USD 2.35/pc")', messageId: 'm2' },
      { text: 'buyer asked for samples ("Send 3 samples")', messageId: 'm3' },
    ]);
  });

  it('keeps open objections and questions', () => {
    expect(brief.openObjections).toEqual([{ text: 'price ("Too high")', messageId: 'm3' }]);
    expect(brief.unansweredQuestions).toEqual([{ text: 'Can you do 30% deposit?', messageId: 'm3' }]);
  });

  it('names the last action and who replies next', () => {
    expect(brief.lastAction).toEqual({ text: 'buyer asked for samples', messageId: 'm3' });
    expect(brief.nextReplyOwedBy).toBe('seller');
  });

  it('writes plain sentences', () => {
    expect(brief.text).toBe(
      'The buyer wants 5,000 pcs, model X1, CIF Jebel Ali, CE certificate, target price USD 2.10 and by 2026-03-20. ' +
        'So far: seller sent a quotation ("USD 2.35/pc") and buyer asked for samples ("Send 3 samples"). ' +
        'Open objections: price ("Too high"). ' +
        '1 buyer question is unanswered, the oldest for 5.0 h. ' +
        'The seller owes the next reply.',
    );
  });

  it('owes no reply to an acknowledgement', () => {
    const acknowledged = conversation([
      { dir: 'in', h: 0, text: 'Quote 5,000 pcs please', signals: [['intent.quotation', 'Quote']] },
      { dir: 'out', h: 2, text: 'USD 2.35/pc CIF' },
      { dir: 'in', h: 3, text: 'ok 👍' },
    ]);
    const acknowledgedBrief = buildBrief(buildContext(acknowledged, at(5)));
    expect(acknowledgedBrief.nextReplyOwedBy).toBe('seller');
    expect(acknowledgedBrief.text).toContain('The buyer wrote last, only to acknowledge, so no reply is owed.');
    expect(acknowledgedBrief.text).not.toContain('The seller owes the next reply.');
  });

  it('owes a reply to an opening greeting', () => {
    const opening = buildBrief(buildContext(conversation([{ dir: 'in', h: 0, text: 'Hello!' }]), at(1)));
    expect(opening.nextReplyOwedBy).toBe('seller');
    expect(opening.text).toBe('The seller owes the next reply.');
  });

  it('drops an answered, resolved objection', () => {
    const resolved = conversation([
      { dir: 'in', h: 0, text: 'Too high', signals: [['objection.price', 'Too high']] },
      { dir: 'out', h: 0.5, text: 'We can do 4.10.' },
      { dir: 'in', h: 1, text: 'OK, please send the PI', signals: [['commitment.invoice_request', 'send the PI']] },
    ]);
    expect(buildBrief(buildContext(resolved, at(2))).openObjections).toEqual([]);
  });

  it('keeps an unanswered objection', () => {
    const unanswered = conversation([
      { dir: 'in', h: 0, text: 'Too high', signals: [['objection.price', 'Too high']] },
      { dir: 'in', h: 1, text: 'Also please send the PI', signals: [['commitment.invoice_request', 'send the PI']] },
    ]);
    expect(buildBrief(buildContext(unanswered, at(2))).openObjections.map((o) => o.text)).toEqual([expect.stringContaining('Too high')]);
  });

  it('omits the seller price quoted back', () => {
    const thread = conversation([
      { dir: 'out', h: 0, text: 'Our price is USD 12.50/pc.', entities: [entity.money(12.5, 'USD', 'USD 12.50/pc')] },
      {
        dir: 'in',
        h: 1,
        text: 'Your price is too high, we cannot accept USD 12.50.',
        signals: [['objection.price', 'price is too high']],
        entities: [entity.money(12.5, 'USD', 'USD 12.50')],
      },
    ]);
    expect(buildBrief(buildContext(thread, at(2))).wants).toEqual([]);
  });

  it('omits a price written before the objection', () => {
    const text = 'USD 12.50 for 2.5mm cable is too high for us, we can pay USD 10.';
    // The builder puts an entity at the start of the text, so each money entity is moved to where it is written.
    const at12 = text.indexOf('USD 12.50');
    const at10 = text.indexOf('USD 10');
    const thread = conversation([
      {
        dir: 'in',
        h: 0,
        text,
        signals: [['objection.price', 'too high']],
        entities: [
          { ...entity.money(12.5, 'USD', 'USD 12.50'), start: at12, end: at12 + 'USD 12.50'.length },
          { ...entity.money(10, 'USD', 'USD 10'), start: at10, end: at10 + 'USD 10'.length },
        ],
      },
    ]);
    // The decimal point of "2.5mm" ends no sentence.
    expect(buildBrief(buildContext(thread, at(1))).wants).toEqual([{ text: 'target price USD 10', messageId: 'm1' }]);
  });

  it('quotes specifications by their figures', () => {
    const text = 'Need price, specification attached, voltage AC220-240V';
    const thread = conversation([{ dir: 'in', h: 0, text, signals: [['commitment.detailed_specs', 'specification']] }]);
    const specs = thread.analyses[0]?.signals[0];
    const start = text.indexOf('AC220-240V');
    specs?.evidence.push({ start, end: start + 'AC220-240V'.length, text: 'AC220-240V' });
    expect(buildBrief(buildContext(thread, at(1))).commitments).toEqual([{ text: 'buyer gave detailed specifications ("AC220-240V")', messageId: 'm1' }]);
  });

  it('describes an empty conversation', () => {
    const empty = buildBrief(buildContext(conversation([]), at(0)));
    expect(empty.text).toBe('No messages yet.');
    expect(empty.nextReplyOwedBy).toBeNull();
    expect(empty.lastAction).toBeNull();
  });
});

describe('buildBrief wants', () => {
  const thread = conversation([
    {
      dir: 'in',
      h: 0,
      text: 'Need it by 20 March, CIF Jebel Ali',
      signals: [['commitment.delivery_terms', 'CIF Jebel Ali']],
      entities: [entity.deadline('2026-03-20', 'by 20 March'), entity.incoterm('CIF', 'Jebel Ali')],
    },
    {
      dir: 'in',
      h: 30,
      text: 'Deposit USD 9,000 paid, deliver by 2 April',
      signals: [['commitment.payment', 'Deposit USD 9,000 paid'], ['commitment.delivery_terms', 'deliver by 2 April']],
      entities: [entity.money(9000, 'USD', 'USD 9,000'), entity.deadline('2026-04-02', 'by 2 April')],
    },
    {
      dir: 'in',
      h: 32,
      text: "We'll wire the balance by 5 April",
      signals: [['intent.purchase', "We'll wire the balance"]],
      entities: [entity.deadline('2026-04-05', 'by 5 April')],
    },
  ]);
  const brief = buildBrief(buildContext(thread, at(40)));

  // The last message dates the buyer's own payment, which is no delivery date they want.
  it('keeps only the latest deadline', () => {
    const dates = brief.wants.filter((w) => w.text.startsWith('by '));
    expect(dates).toEqual([{ text: 'by 2026-04-02', messageId: 'm2' }]);
  });

  it('does not read a payment as a price', () => {
    expect(brief.wants.some((w) => w.text.includes('9,000'))).toBe(false);
  });
});
