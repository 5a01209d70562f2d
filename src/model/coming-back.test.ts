/**
 * A buyer who last promised to write back owes the next reply, in each
 * language. The promises are read by the real extractor; the messages are
 * invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../extract/index.js';
import { nextReplyOwedBy } from '../recommend/types.js';
import { buyerComingBack } from './coming-back.js';
import { buildContext } from './context.js';
import { analyzeConversation } from './index.js';
import { at, conversation, type MessageSpec } from './test-builder.js';
import type { ConversationInput } from './types.js';

/**
 * Builds a quotation request at `start` hours, the seller's quote, and
 * `last` from the buyer 5 h later, analyzed for real in `language`.
 */
function thread(last: string, language: string, start = 0): ConversationInput {
  const specs: MessageSpec[] = [
    { dir: 'in', h: start, text: 'Price for 500 pcs?', signals: [['intent.quotation', 'Price']], language },
    { dir: 'out', h: start + 2, text: 'USD 4.10/pc FOB Ningbo', language },
    { dir: 'in', h: start + 5, text: last, language },
  ];
  const input = withRealAnalyses(conversation(specs), 2);
  expect(input.analyses[2]!.language).toBe(language);
  return input;
}

/** Replaces the analyses of inbound messages from index `from` on with the extractor's own. */
function withRealAnalyses(input: ConversationInput, from = 0): ConversationInput {
  const analyses = input.messages.map((message, index) =>
    index >= from && message.direction === 'inbound'
      ? analyzeMessage({ id: message.id, text: message.text, sentAt: message.sentAt, direction: 'inbound' })
      : input.analyses[index]!,
  );
  return { ...input, analyses };
}

describe('buyerComingBack', () => {
  it.each([
    ['Thanks, will review internally and revert.', 'en', 'review internally'],
    ["Noted. I'll get back to you after our board meeting.", 'en', "I'll get back"],
    ['Merci, on revient vers vous la semaine prochaine.', 'fr', 'revient vers vous'],
    ['Bien reçu, je vous tiens au courant.', 'fr', 'vous tiens au courant'],
    ['Gracias, lo revisamos con el gerente y te aviso el lunes.', 'es', 'te aviso'],
    ['Obrigado, vou falar com meu sócio e te retorno amanhã.', 'pt', 'te retorno'],
    ['شكرا، سنوافيكم بالرد بعد اجتماع الإدارة', 'ar', 'سنوافيكم'],
  ])('reads %s as a promise to write back', (text, language, words) => {
    const input = thread(text, language);
    const context = buildContext(input, at(6));
    expect(context.buyerComingBack).toEqual({ messageId: 'm3', text: words });
    expect(nextReplyOwedBy(context)).toBe('buyer');
    const result = analyzeConversation(input, { asOf: at(6) });
    expect(result.brief.nextReplyOwedBy).toBe('buyer');
    expect(result.brief.text).toContain(`said they will come back ("${words}")`);
    expect(result.actions.map((action) => action.type)).not.toContain('accelerate_follow_up');
  });

  it.each([
    ['Will revert. Can you also send the CE certificate?', 'en'],
    ['Kindly revert with your best price.', 'en'],
    ['Te aviso, pero ¿me puedes mandar la ficha técnica?', 'es'],
    ['Pouvez-vous revenir vers nous avec un prix ?', 'fr'],
  ])('leaves the seller owing a reply to %s', (text, language) => {
    const context = buildContext(thread(text, language), at(6));
    expect(context.buyerComingBack).toBeNull();
    expect(nextReplyOwedBy(context)).toBe('seller');
  });

  it('stalls a promise only by silence', () => {
    const specs: MessageSpec[] = [
      { dir: 'in', h: 0, text: 'Hi, we need 2x40HQ of ceramic tiles 60x60, CIF Jebel Ali. Please quote your best price, we are ready to order this month.' },
      { dir: 'out', h: 2, text: 'USD 6.20/m2 CIF Jebel Ali, 25 days.' },
      { dir: 'in', h: 4, text: 'Too high. Our other supplier gives 5.60. Can you do 5.70?' },
      { dir: 'out', h: 5, text: 'Best we can do is 5.95.' },
      { dir: 'in', h: 6, text: 'Thanks, will review internally and revert.' },
    ];
    const input = withRealAnalyses(conversation(specs));
    const dayLater = analyzeConversation(input, { asOf: at(35) });
    expect(dayLater.stageReached).toBe('negotiation');
    expect(dayLater.stalled).toBe(false);
    expect(dayLater.actions.map((action) => action.type)).toContain('wait');
    const weekLater = analyzeConversation(input, { asOf: at(6 + 24 * 7) });
    expect(weekLater.stalled).toBe(true);
    expect(weekLater.explanations.momentum?.at(-1)?.text).toContain('buyer quiet for 7 days since saying they will come back');
  });

  it('waits until a day after a promised date', () => {
    // Sent Friday 2026-03-06 14:00 UTC; "el lunes" is Monday 2026-03-09.
    const friday = 24 * 4;
    const input = thread('Gracias, te aviso el lunes.', 'es', friday);
    const monday = analyzeConversation(input, { asOf: at(friday + 5 + 24 * 3 + 6) });
    expect(monday.stalled).toBe(false);
    expect(monday.actions.find((action) => action.type === 'wait')?.reason).toContain('the date the buyer promised to come back by (2026-03-09)');
    const wednesday = analyzeConversation(input, { asOf: at(friday + 5 + 24 * 5) });
    expect(wednesday.stalled).toBe(true);
  });

  it('keeps a promised date after an acknowledgement', () => {
    const friday = 24 * 4;
    const input = withRealAnalyses(conversation([
      { dir: 'in', h: friday, text: 'Price for 500 pcs?', signals: [['intent.quotation', 'Price']] },
      { dir: 'out', h: friday + 2, text: 'USD 4.10/pc FOB Ningbo' },
      { dir: 'in', h: friday + 5, text: 'Gracias, te aviso el lunes.' },
      { dir: 'in', h: friday + 6, text: 'ok 👍' },
    ]), 2);
    const monday = analyzeConversation(input, { asOf: at(friday + 6 + 24 * 3 + 6) });
    expect(monday.stalled).toBe(false);
  });

  it('ends once the seller replies', () => {
    const input = thread('Thanks, will review internally and revert.', 'en');
    const reply = conversation([{ dir: 'out', h: 7, text: 'Sure, talk soon.' }], 'c1');
    const extended = { ...input, messages: [...input.messages, { ...reply.messages[0]!, id: 'm4' }], analyses: [...input.analyses, { ...reply.analyses[0]!, id: 'm4' }] };
    expect(buyerComingBack(buildContext(extended, at(8)).timeline)).toBeNull();
  });
});
