import { describe, expect, it } from 'vitest';
import type { ParsedMessage } from '../core/types.js';
import { assignConversations, normalizeSubject } from './thread.js';

function email(overrides: Partial<ParsedMessage>): ParsedMessage {
  return {
    channel: 'email',
    source: 'test.mbox',
    sourceId: null,
    conversationKey: null,
    sender: { name: null, email: 'buyer@gulf-trading.example', phone: null },
    recipients: [{ name: null, email: 'sales@harbor.example', phone: null }],
    sentAt: '2026-03-10T09:00:00+04:00',
    body: 'Hello',
    attachments: [],
    subject: 'LED panels',
    inReplyTo: null,
    references: [],
    direction: null,
    language: null,
    ...overrides,
  };
}

describe('normalizeSubject', () => {
  it.each([
    ['Re: LED panels', 'led panels'],
    ['RE: Fwd: LED panels', 'led panels'],
    ['AW: WG: LED panels', 'led panels'],
    ['Rif: LED panels', 'led panels'],
    ['رد: LED panels', 'led panels'],
    ['回复：LED panels', 'led panels'],
    ['Re[2]: LED panels', 'led panels'],
    ['Re^2: LED panels', 'led panels'],
    ['RE(3): LED panels', 'led panels'],
    ['Re: AW: Fwd: LED panels', 'led panels'],
    ['RE:RE:FW: LED panels', 'led panels'],
    ['SV: VS: LED panels', 'led panels'],
    ['Antw: Doorst: LED panels', 'led panels'],
    ['R: I: LED panels', 'led panels'],
    ['TR: RE: LED panels', 'led panels'],
    ['RV: Enc: Res: LED panels', 'led panels'],
    ['Odp: PD: LED panels', 'led panels'],
    ['Отв: Пересл: LED panels', 'led panels'],
    ['答复: 转发: LED panels', 'led panels'],
    ['返信: 転送: LED panels', 'led panels'],
    ['회신: LED panels', 'led panels'],
    ['إعادة توجيه: رد: LED panels', 'led panels'],
    ['[Fwd: LED panels]', 'led panels'],
    ['  Re:   LED   panels ', 'led panels'],
  ])('strips prefixes of %s', (subject, expected) => {
    expect(normalizeSubject(subject)).toBe(expected);
  });

  it('keeps words that only start like a prefix', () => {
    expect(normalizeSubject('Revised quote')).toBe('revised quote');
    expect(normalizeSubject('Result: LED panels')).toBe('result: led panels');
    expect(normalizeSubject('Transport: LED panels')).toBe('transport: led panels');
  });

  it('keeps a colon inside the subject', () => {
    expect(normalizeSubject('Re: PO 17: LED panels')).toBe('po 17: led panels');
  });
});

describe('assignConversations', () => {
  it('threads replies by References and In-Reply-To', () => {
    const first = email({ sourceId: 'a@x' });
    const reply = email({ sourceId: 'b@x', inReplyTo: 'a@x', references: ['a@x'] });
    const replyToReply = email({ sourceId: 'c@x', inReplyTo: 'b@x', references: ['a@x', 'b@x'] });
    const other = email({ sourceId: 'd@x', subject: 'Other' });
    const ids = assignConversations([replyToReply, other, first, reply]);
    expect(ids.get(first)).toBe(ids.get(reply));
    expect(ids.get(first)).toBe(ids.get(replyToReply));
    expect(ids.get(other)).not.toBe(ids.get(first));
  });

  it('gives a thread the same id whether or not later replies are present', () => {
    const first = email({ sourceId: 'a@x' });
    const reply = email({ sourceId: 'b@x', inReplyTo: 'a@x', references: ['a@x'] });
    const alone = assignConversations([first]).get(first);
    const together = assignConversations([first, reply]).get(first);
    expect(alone).toBe(together);
  });

  it('joins header-less replies by subject and participants', () => {
    const question = email({ subject: 'Quote request' });
    const answer = email({
      subject: 'RE: Quote request',
      sender: { name: null, email: 'sales@harbor.example', phone: null },
      recipients: [{ name: null, email: 'buyer@gulf-trading.example', phone: null }],
    });
    const stranger = email({
      subject: 'Re: Quote request',
      sender: { name: null, email: 'someone@else.example', phone: null },
    });
    const ids = assignConversations([question, answer, stranger]);
    expect(ids.get(question)).toBe(ids.get(answer));
    expect(ids.get(stranger)).not.toBe(ids.get(question));
  });

  it('joins a headerless reply with Message-ID by subject', () => {
    const question = email({ sourceId: 'q@x', subject: 'Quote request' });
    const answer = email({
      sourceId: 'a@x',
      subject: 'AW: WG: Quote request',
      sender: { name: null, email: 'sales@harbor.example', phone: null },
      recipients: [{ name: null, email: 'buyer@gulf-trading.example', phone: null }],
    });
    const ids = assignConversations([answer, question]);
    expect(ids.get(question)).toBe(ids.get(answer));
  });

  it('keeps a linked reply out of subject threads', () => {
    const first = email({ sourceId: 'q@x', subject: 'Quote request' });
    const elsewhere = email({ sourceId: 'r@x', subject: 'Re: Quote request', inReplyTo: 'other@x', references: ['other@x'] });
    const ids = assignConversations([first, elsewhere]);
    expect(ids.get(first)).not.toBe(ids.get(elsewhere));
  });

  it('keeps chat conversations by their key', () => {
    const a = email({ channel: 'whatsapp', conversationKey: 'chat-1' });
    const b = email({ channel: 'whatsapp', conversationKey: 'chat-1', body: 'second' });
    const c = email({ channel: 'whatsapp', conversationKey: 'chat-2' });
    const ids = assignConversations([a, b, c]);
    expect(ids.get(a)).toBe(ids.get(b));
    expect(ids.get(a)).not.toBe(ids.get(c));
  });
});

describe('assignConversations with a stated id', () => {
  it('keeps a canonical conversationId verbatim', () => {
    const stated = email({ channel: 'whatsapp', conversationKey: 'chat-abc', conversationId: 'chat-abc' });
    expect(assignConversations([stated]).get(stated)).toBe('chat-abc');
  });
});
