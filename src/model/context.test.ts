import { describe, expect, it } from 'vitest';
import { ParleyError } from '../core/errors.js';
import { buildContext } from './context.js';
import { at, conversation, entity } from './test-builder.js';

describe('buildContext', () => {
  it('orders the timeline by send time', () => {
    const input = conversation([
      { id: 'late', dir: 'in', h: 5, text: 'second' },
      { id: 'early', dir: 'in', h: 1, text: 'first' },
    ]);
    const context = buildContext(input, at(10));
    expect(context.timeline.map((e) => e.message.id)).toEqual(['early', 'late']);
  });

  it('rejects analyses that do not pair with messages', () => {
    const input = conversation([{ dir: 'in', h: 0, text: 'hi' }]);
    expect(() => buildContext({ ...input, analyses: [] }, at(1))).toThrow(ParleyError);
    const swapped = { ...input, analyses: [{ ...input.analyses[0]!, id: 'other' }] };
    expect(() => buildContext(swapped, at(1))).toThrow(/does not belong/);
  });

  it('measures buyer and seller reply latencies from the first message of a run', () => {
    const context = buildContext(
      conversation([
        { dir: 'in', h: 0, text: 'Price for 500 pcs?' },
        { dir: 'in', h: 1, text: 'Hello?' },
        { dir: 'out', h: 4, text: 'USD 2.35/pc' },
        { dir: 'in', h: 6, text: 'OK' },
      ]),
      at(7),
    );
    expect(context.sellerReplies.map((r) => r.hours)).toEqual([4]);
    expect(context.buyerReplies.map((r) => r.hours)).toEqual([2]);
  });

  it('merges chat bursts into one buyer turn for the cadence', () => {
    const context = buildContext(
      conversation([
        { dir: 'in', h: 0, text: 'hi' },
        { dir: 'in', h: 0.1, text: 'need price' },
        { dir: 'in', h: 24, text: 'any update' },
        { dir: 'in', h: 72, text: 'still waiting' },
      ]),
      at(80),
    );
    expect(context.buyerTurns).toHaveLength(3);
    // Gaps 24 h and 48 h: the median of two values is their mean.
    expect(context.buyerCadenceHours).toBe(36);
  });

  it('has no cadence with a single buyer turn', () => {
    const context = buildContext(conversation([{ dir: 'in', h: 0, text: 'Quote please' }]), at(3));
    expect(context.buyerCadenceHours).toBeNull();
    expect(context.hoursSinceLastInbound).toBe(3);
  });

  it('detects quotes, samples and documents sent', () => {
    const context = buildContext(
      conversation([
        { dir: 'in', h: 0, text: 'Quote please' },
        { dir: 'out', h: 1, text: 'Our price is USD 2.35/pc', entities: [entity.money(2.35, 'USD', 'USD 2.35/pc')] },
        { dir: 'out', h: 2, text: 'Please find the quotation attached.' },
        { dir: 'out', h: 3, text: 'Samples were shipped today by DHL.' },
        { dir: 'out', h: 4, text: 'Here you go', attachments: [{ name: 'datasheet-X1.pdf', mediaType: 'application/pdf', size: 100 }] },
      ]),
      at(5),
    );
    const kinds = context.sellerActions.map((a) => `${a.messageId}:${a.kind}`);
    expect(kinds).toEqual(['m2:quote_sent', 'm3:quote_sent', 'm4:samples_sent', 'm5:documents_sent']);
    expect(context.sellerActions[0]?.evidence).toBe('USD 2.35/pc');
    expect(context.sellerActions[3]?.evidence).toBe('datasheet-X1.pdf');
  });

  it('lists buyer questions after the last outbound message with their age', () => {
    const context = buildContext(
      conversation([
        { dir: 'in', h: 0, text: 'What is your MOQ?' },
        { dir: 'out', h: 1, text: 'MOQ is 1,000 pcs.' },
        { dir: 'in', h: 2, text: 'Thanks. Can you do CIF Jebel Ali? We also need CE.' },
        { dir: 'in', h: 3, text: 'Please share the datasheet', signals: [['intent.evaluation', 'share the datasheet']] },
        { dir: 'in', h: 4, text: 'Great, thanks.' },
      ]),
      at(10),
    );
    expect(context.unansweredQuestions).toEqual([
      { messageId: 'm3', text: 'Can you do CIF Jebel Ali?', askedAt: at(2).toISOString(), openHours: 8 },
      { messageId: 'm4', text: 'share the datasheet', askedAt: at(3).toISOString(), openHours: 7 },
    ]);
  });

  it('ignores URLs and decimal points when finding questions', () => {
    const context = buildContext(
      conversation([
        { dir: 'in', h: 0, text: 'Location: https://maps.example.com/?q=25.2,55.3 see you there' },
        { dir: 'in', h: 1, text: 'Target USD 2.10/pc. Is that possible?' },
      ]),
      at(2),
    );
    expect(context.unansweredQuestions.map((q) => q.text)).toEqual(['Is that possible?']);
  });

  it('prefers the channel the buyer answers fastest on', () => {
    const context = buildContext(
      conversation([
        { dir: 'out', h: 0, text: 'Offer sent', channel: 'email' },
        { dir: 'in', h: 30, text: 'Received', channel: 'email' },
        { dir: 'out', h: 31, text: 'Any questions?', channel: 'whatsapp' },
        { dir: 'in', h: 31.5, text: 'Yes, lead time?', channel: 'whatsapp' },
      ]),
      at(32),
    );
    expect(context.channels).toEqual(['email', 'whatsapp']);
    expect(context.preferredChannel).toBe('whatsapp');
    const preference = context.signals.find((s) => s.type === 'context.channel_preference');
    expect(preference?.value).toBe('whatsapp');
    expect(preference?.strength).toBe(0.5);
    const speed = context.signals.find((s) => s.type === 'relationship.response_speed');
    expect(speed?.value).toBe('accelerating');
    expect(speed?.messageId).toBe('m4');
  });

  it('resolves an answered objection by terms', () => {
    const context = buildContext(
      conversation([
        { dir: 'in', h: 0, text: 'Too expensive', signals: [['objection.price', 'Too expensive']] },
        { dir: 'in', h: 1, text: 'Lead time too long', signals: [['objection.lead_time', 'too long']] },
        { dir: 'in', h: 2, text: 'Still too expensive', signals: [['objection.price', 'too expensive']] },
        { dir: 'out', h: 2.5, text: 'We can do 4.10 and ship in 20 days.' },
        { dir: 'in', h: 3, text: 'OK, FOB Ningbo works', signals: [['commitment.delivery_terms', 'FOB Ningbo works']] },
      ]),
      at(4),
    );
    const resolved = context.objections.map((o) => `${o.messageId}:${o.resolvedBy}`);
    // The first price objection was raised again before m5, so m5 resolves only the repeat.
    expect(resolved).toEqual(['m1:null', 'm2:m5', 'm3:m5']);
  });

  it('keeps an unanswered objection open', () => {
    const context = buildContext(
      conversation([
        { dir: 'in', h: 0, text: 'Your price is too high', signals: [['objection.price', 'too high']] },
        { dir: 'in', h: 1, text: 'If you do 2.10 we take 5,000', signals: [['relationship.negotiation_openness', 'If you do 2.10']] },
        { dir: 'in', h: 2, text: 'Send the PI please', signals: [['commitment.invoice_request', 'Send the PI']] },
      ]),
      at(3),
    );
    expect(context.objections.map((o) => `${o.messageId}:${o.resolvedBy}`)).toEqual(['m1:null']);
  });

  it('resolves an objection by payment', () => {
    const context = buildContext(
      conversation([
        { dir: 'in', h: 0, text: 'Lead time is too long', signals: [['objection.lead_time', 'too long']] },
        { dir: 'in', h: 1, text: 'Deposit sent, slip attached', signals: [['commitment.payment', 'Deposit sent']] },
      ]),
      at(2),
    );
    expect(context.objections.map((o) => `${o.messageId}:${o.resolvedBy}`)).toEqual(['m1:m2']);
  });

  it('ignores automated messages as inbound or outbound', () => {
    const context = buildContext(
      conversation([
        { dir: 'in', h: 0, text: 'Quote please?' },
        { dir: 'out', h: 0.01, text: 'Auto-reply: we are out of office', automated: true },
      ]),
      at(2),
    );
    expect(context.outbound).toHaveLength(0);
    expect(context.unansweredQuestions.map((q) => q.messageId)).toEqual(['m1']);
  });
});
