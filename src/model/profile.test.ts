import { describe, expect, it } from 'vitest';
import type { Channel, Message, Sender } from '../core/types.js';
import { analyzeMessage } from '../extract/index.js';
import { buildContext } from './context.js';
import { buyerProfile, countryOffset } from './profile.js';
import { buildPair } from './test-builder.js';
import type { ConversationInput } from './types.js';

const OMAR: Sender = { name: 'Omar', phone: '+971501234567', email: null };
const SELLER: Sender = { name: 'Li Wei', phone: '+8613800000000', email: null };

type Line = [id: string, sender: Sender, sentAt: string, text: string, channel?: Channel];

/** Builds a conversation whose messages go through the real extractor, so signals and languages are its own. */
function chat(lines: Line[]): ConversationInput {
  const messages: Message[] = lines.map(([id, sender, sentAt, text, channel = 'whatsapp']) => ({
    id,
    channel,
    conversationId: 'chat-omar',
    direction: sender === SELLER ? 'outbound' : 'inbound',
    sender,
    sentAt,
    text,
    rawText: text,
    attachments: [],
    language: null,
    subject: null,
    source: `test:${id}`,
    automated: false,
  }));
  const analyses = messages.map((m) =>
    analyzeMessage({ id: m.id, text: m.text, sentAt: m.sentAt, channel: m.channel, direction: m.direction, sender: m.sender }),
  );
  return { id: 'chat-omar', accountId: null, messages, analyses };
}

/** A WhatsApp chat with a buyer on a +971 phone who writes in Arabic and English. */
const DUBAI_CHAT: Line[] = [
  ['w1', OMAR, '2026-03-10T09:15:00+04:00', 'السلام عليكم، نحتاج عرض سعر لإضاءة المستودع'],
  ['w2', SELLER, '2026-03-10T13:20:00+08:00', 'Hello Omar, which wattage do you need?'],
  ['w3', OMAR, '2026-03-10T10:05:00+04:00', 'UFO high bay 150W, 400 pcs, delivery CIF Jebel Ali please'],
  ['w4', OMAR, '2026-03-10T10:07:00+04:00', 'هل لديكم شهادة SASO للكشافات؟ نحتاج 150 قطعة من كشاف 100 واط'],
  ['w5', SELLER, '2026-03-10T16:00:00+08:00', 'Yes, SASO certified. Quotation attached.'],
  ['w6', OMAR, '2026-03-11T09:00:00+04:00', 'شكرا، سنراجع العرض ونعود إليكم'],
];

function profileOf(lines: Line[]) {
  return buyerProfile(buildContext(chat(lines), new Date('2026-03-12T00:00:00Z')));
}

describe('buyerProfile', () => {
  it('profiles a +971 Arabic-English WhatsApp chat', () => {
    const profile = profileOf(DUBAI_CHAT);
    expect(profile.region).toMatchObject({ country: 'AE', confidence: 1, sources: ['phone', 'text'] });
    expect(profile.region?.evidence).toEqual([
      { messageId: 'w1', text: 'sender.phone +971501234567' },
      { messageId: 'w3', text: 'CIF Jebel Ali' },
    ]);
    expect(profile.timeZone).toMatchObject({ offset: '+04:00', offsetMinutes: 240, source: 'sent_at', share: 1 });
    expect(profile.timeZone?.evidence.map((e) => e.messageId)).toEqual(['w1', 'w3', 'w4', 'w6']);
    expect(profile.languages.map((l) => [l.code, l.messages, l.share])).toEqual([
      ['ar', 3, 0.75],
      ['en', 1, 0.25],
    ]);
    expect(profile.languages[1]?.evidence).toEqual([{ messageId: 'w3', text: 'UFO high bay 150W, 400 pcs, delivery CIF Jebel Ali please' }]);
    expect(profile.channels).toHaveLength(1);
    expect(profile.channels[0]).toMatchObject({ channel: 'whatsapp', inbound: 4, outbound: 2 });
    expect(profile.mostUsedChannel).toBe('whatsapp');
    expect(profile.fastestReplyChannel).toBe('whatsapp');
  });

  it('takes the zone from the country under UTC times', () => {
    const utc = DUBAI_CHAT.map(([id, sender, sentAt, text]): Line => [id, sender, new Date(sentAt).toISOString(), text]);
    const zone = profileOf(utc).timeZone;
    expect(zone).toMatchObject({ offset: '+04:00', source: 'region', share: 1 });
    expect(zone?.evidence[0]).toEqual({ messageId: 'w1', text: 'AE: sender.phone +971501234567' });
  });

  it('weighs a phone above a country-code email domain, and lists the runner-up', () => {
    const mixed: Sender = { name: 'Omar', phone: '+971501234567', email: 'omar@lichtbau.de' };
    const profile = profileOf([['e1', mixed, '2026-03-10T09:15:00+04:00', 'Please send your catalogue.', 'email']]);
    expect(profile.region).toMatchObject({ country: 'AE', confidence: 0.6, sources: ['phone'] });
    expect(profile.otherRegions).toEqual([
      { country: 'DE', confidence: 0.4, sources: ['email_domain'], evidence: [{ messageId: 'e1', text: 'sender.email omar@lichtbau.de' }] },
    ]);
  });

  it('separates fastest and most used channels', () => {
    const buyer: Sender = { name: 'Ana', phone: null, email: 'ana@example.com' };
    const profile = profileOf([
      ['a1', buyer, '2026-03-02T09:00:00Z', 'Please quote 5,000 pcs of A60 bulbs.', 'email'],
      ['a2', SELLER, '2026-03-02T10:00:00Z', 'Quotation attached.', 'email'],
      ['a3', buyer, '2026-03-03T06:00:00Z', 'Thanks, we will review the quotation.', 'email'],
      ['a4', buyer, '2026-03-03T09:00:00Z', 'Also, what is the lead time for the A60 bulbs?', 'email'],
      ['a5', SELLER, '2026-03-03T12:00:00Z', 'Lead time is 25 days.', 'whatsapp'],
      ['a6', buyer, '2026-03-03T13:00:00Z', 'OK, good.', 'whatsapp'],
    ]);
    const byChannel = Object.fromEntries(profile.channels.map((c) => [c.channel, c.buyerMedianReplyHours]));
    expect(byChannel).toEqual({ email: 20, whatsapp: 1 });
    expect(profile.mostUsedChannel).toBe('email');
    expect(profile.fastestReplyChannel).toBe('whatsapp');
    expect(profile.region).toBeNull();
    expect(profile.timeZone).toMatchObject({ offset: '+00:00', source: 'sent_at' });
  });

  it('leaves out messages whose language is a guess', () => {
    const input = chat(DUBAI_CHAT);
    const [message, analysis] = buildPair({ id: 'w7', dir: 'in', h: 0, text: '👍', language: 'en' }, 6, 'chat-omar');
    message.sentAt = '2026-03-11T10:00:00+04:00';
    analysis.signals.push({ type: 'context.language', strength: 0.3, value: 'en', evidence: [] });
    const profile = buyerProfile(
      buildContext({ ...input, messages: [...input.messages, message], analyses: [...input.analyses, analysis] }, new Date('2026-03-12T00:00:00Z')),
    );
    expect(profile.languages.map((l) => [l.code, l.messages])).toEqual([
      ['ar', 3],
      ['en', 1],
    ]);
  });

  it('returns an empty profile for a conversation without buyer messages', () => {
    const profile = profileOf([['s1', SELLER, '2026-03-10T09:00:00+08:00', 'New catalogue attached.']]);
    expect(profile).toMatchObject({ region: null, timeZone: null, languages: [], mostUsedChannel: null, fastestReplyChannel: null });
    expect(profile.channels[0]).toMatchObject({ channel: 'whatsapp', inbound: 0, outbound: 1 });
  });
});

describe('countryOffset', () => {
  it('returns one offset or null per country', () => {
    const march = new Date('2026-03-10T00:00:00Z');
    expect(countryOffset('AE', march)).toBe(240);
    expect(countryOffset('IN', march)).toBe(330);
    expect(countryOffset('US', march)).toBeNull();
  });
});
