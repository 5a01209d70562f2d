import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../config/seller-config.js';
import type { IngestItem, ParsedMessage } from '../core/types.js';
import { normalizeBatch } from '../normalize/index.js';
import { testDataPath } from './test-paths.js';
import { chatKeyForPath, parseWhatsAppChat, readWhatsAppFile, senderFromAuthor } from './whatsapp.js';
import { parseWhatsAppZip } from './zip.js';

function messagesOf(items: IngestItem[]): ParsedMessage[] {
  return items.flatMap((item) => (item.kind === 'message' ? [item.message] : []));
}

const LANGUAGES = 'whats_json/test/data/languages/';

describe('parseWhatsAppChat', () => {
  it('reads english iOS export', async () => {
    const messages = messagesOf(await readWhatsAppFile(testDataPath(`${LANGUAGES}english_ios.txt`)));
    // 23 lines; the encryption notice and two "message deleted" notices are system lines.
    expect(messages).toHaveLength(20);
    expect(messages[0]?.sentAt).toBe('2022-03-27T21:41:35');
    expect(messages[0]?.body).toBe('Hello World');
    expect(messages.every((message) => message.channel === 'whatsapp')).toBe(true);
    expect(messages.some((message) => message.body.includes('\u200e'))).toBe(false);
    const images = messages.filter((message) => message.attachments[0]?.name === 'image');
    expect(images.length).toBeGreaterThan(0);
    expect(images[0]?.attachments[0]?.mediaType).toBe('image/jpeg');
  });

  // iOS: 23 lines less the encryption notice and two deleted-message notices.
  // Android: deleted-message and missed-call notices in Russian, Czech and Dutch are notices too,
  // so the Czech export gives the 49 messages of the same chat's English export.
  it.each([
    ['arabic_ios.txt', 20],
    ['arabic2_ios.txt', 20],
    ['vietnamese_ios.txt', 20],
    ['french_ios.txt', 20],
    ['indonesian_ios.txt', 20],
    ['japanese_ios.txt', 20],
    ['czech_android.txt', 49],
    ['russian_android.txt', 51],
    ['deutch_android_media.txt', 31],
  ])('reads %s with every message dated', async (file, count) => {
    const messages = messagesOf(await readWhatsAppFile(testDataPath(LANGUAGES + file)));
    expect(messages).toHaveLength(count);
    for (const message of messages) expect(message.sentAt).toMatch(/^20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  });

  it('converts era years to Gregorian', async () => {
    for (const file of ['Buddhist iOS.txt', 'Japanese iOS.txt']) {
      const messages = messagesOf(await readWhatsAppFile(testDataPath(`whats_json/test/data/calendars/${file}`)));
      expect(messages.length).toBeGreaterThan(20);
      expect(messages[0]?.sentAt.slice(0, 4)).toBe('2022');
    }
  });

  it.each([
    'Missed voice call',
    'Llamada de voz perdida',
    'Videollamada perdida',
    'Chamada de voz perdida',
    'Appel vocal manqué',
    'Zmeškaný hovor',
    'Gemiste spraakoproep',
    'Verpasster Sprachanruf',
    'Chiamata vocale persa',
    'Tato zpráva byla odstraněna.',
    'Tuto zprávu jste odstranil/a.',
    'U hebt dit bericht verwijderd',
  ])(
    'drops the system notice "%s"',
    (notice) => {
      const chat = `12/03/2026, 10:15 - Ana Ruiz: ${notice}\n12/03/2026, 10:16 - Ana Ruiz: Precio de 500 cajas?`;
      const bodies = messagesOf(parseWhatsAppChat(chat, 'calls.txt')).map((message) => message.body);
      expect(bodies).toEqual(['Precio de 500 cajas?']);
    },
  );

  it('turns phone authors into E.164', () => {
    const line = '[\u200f18\u200f/3\u200f/2022\u060c 14:56:01] \u202a+971\u00a055\u00a0010\u00a00123\u202c: Need 2x40HQ';
    const message = messagesOf(parseWhatsAppChat(line, 'g.txt'))[0];
    expect(message?.sender).toEqual({ name: null, email: null, phone: '+971550100123' });
    expect(message?.sentAt).toBe('2022-03-18T14:56:01');
  });

  it('keeps a name author as name', () => {
    expect(senderFromAuthor('Sales Team')).toEqual({ name: 'Sales Team', email: null, phone: null });
    expect(senderFromAuthor('\u202a+971 55 010 0123\u202c').phone).toBe('+971550100123');
  });

  it('names attached files and media kinds', async () => {
    const android = messagesOf(await readWhatsAppFile(testDataPath(`${LANGUAGES}english_android_media.txt`)));
    const names = android.flatMap((message) => message.attachments.map((attachment) => attachment.mediaType));
    expect(names).toContain('audio/ogg');
    expect(names).toContain('image/webp');
    expect(names).toContain('text/vcard');
    expect(names).toContain('application/octet-stream');
    const ios = messagesOf(await readWhatsAppFile(testDataPath(`${LANGUAGES}english_ios_media.txt`)));
    const attached = ios.flatMap((message) => message.attachments).filter((file) => file.name.endsWith('.mp4'));
    expect(attached.length).toBeGreaterThan(0);
    expect(attached[0]?.mediaType).toBe('video/mp4');
  });

  it('matches chat-miner targets', async () => {
    const target = JSON.parse(readFileSync(testDataPath('chat-miner/test/whatsapp/target.json'), 'utf8')) as {
      timestamp: string;
      author: string;
      message: string;
    }[];
    const expected = target.map((row) => [row.timestamp, row.author, row.message]).reverse();
    for (const file of ['test_ddmmyy_24hrs.txt', 'test_mmddyy_24hrs.txt', 'test_yyyymmdd_24hrs.txt', 'test_[mmddyy]_24hrs.txt']) {
      const messages = messagesOf(await readWhatsAppFile(testDataPath(`chat-miner/test/whatsapp/${file}`)));
      const actual = messages.map((message) => [message.sentAt, message.sender.name, message.body.replace(/\s+/g, ' ')]);
      expect(actual, file).toEqual(expected);
    }
  });

  it('decides day order per file', () => {
    const dayFirst = parseWhatsAppChat('13/01/2024, 10:00 - A: one\n02/03/2024, 10:00 - A: two', 'a.txt');
    const monthFirst = parseWhatsAppChat('01/13/2024, 10:00 - A: one\n02/03/2024, 10:00 - A: two', 'b.txt');
    expect(messagesOf(dayFirst)[1]?.sentAt).toBe('2024-03-02T10:00:00');
    expect(messagesOf(monthFirst)[1]?.sentAt).toBe('2024-02-03T10:00:00');
  });

  it('reads 12h clock with narrow space', () => {
    const items = parseWhatsAppChat('[3/18/22, 2:56:01\u202fPM] A: late\n[3/18/22, 12:05:00\u00a0AM] A: early', 'c.txt');
    expect(messagesOf(items).map((message) => message.sentAt)).toEqual(['2022-03-18T14:56:01', '2022-03-18T00:05:00']);
  });

  it.each([
    ['[3/18/22, 2:56:01\u202fPM] A: x', '2022-03-18T14:56:01'],
    ['18/03/2022, 9:15 in the morning - A: x', '2022-03-18T09:15:00'],
    ['18/03/2022, 9:15 at night - A: x', '2022-03-18T21:15:00'],
    ['18/03/2022, 3:07 in the afternoon - A: x', '2022-03-18T15:07:00'],
    ['[\u0661\u0668\u200f/\u0663\u200f/\u0662\u0660\u0662\u0662\u060c \u0662:\u0665\u0666:\u0660\u0661\u00a0\u0645] A: x', '2022-03-18T14:56:01'],
    ['[\u0661\u0668/\u0663/\u0662\u0660\u0662\u0662\u060c \u0669:\u0660\u0660:\u0660\u0660\u00a0\u0635] A: x', '2022-03-18T09:00:00'],
    ['[14:56:01, 18/3/22] A: x', '2022-03-18T14:56:01'],
    ['14:56, 18 Aug 2021 - A: x', '2021-08-18T14:56:00'],
    ['2022-03-18, 2:56 p.m. - A: x', '2022-03-18T14:56:00'],
    ['18/03/22, 2:56 p.\u00a0m. - A: x', '2022-03-18T14:56:00'],
    ['2022/03/18, 13:34. - A: x', '2022-03-18T13:34:00'],
    ['[3/18/2565 BE, 14:56:01] A: x', '2022-03-18T14:56:01'],
    ['[3/18/R4, 14:56:01] A: x', '2022-03-18T14:56:01'],
    ['9/9/22, 9:05:01 PM: A: x', '2022-09-09T21:05:01'],
    ['\ufeff18.03.22, 14:56 - A: x', '2022-03-18T14:56:00'],
    ['2022. 03. 18. 14:56 - A: x', '2022-03-18T14:56:00'],
    ['2022/3/18 下午2:56 - A: x', '2022-03-18T14:56:00'],
    ['18/03/2022, 25:10 - A: x', null],
  ])('reads header %j', (line, expected) => {
    const sentAt = messagesOf(parseWhatsAppChat(line, 'h.txt'))[0]?.sentAt ?? null;
    expect(sentAt).toBe(expected);
  });

  it('fills years of year-less headers', () => {
    const chat = 'Dec 30, 9:41 PM - A: one\nJan 2, 8:00 AM - A: two\n18 Mar 10:05 - A: three';
    const sentAt = messagesOf(parseWhatsAppChat(chat, 'y.txt', { exportYear: 2024 })).map((message) => message.sentAt);
    expect(sentAt).toEqual(['2023-12-30T21:41:00', '2024-01-02T08:00:00', '2024-03-18T10:05:00']);
  });

  it('quarantines an impossible date', () => {
    const items = parseWhatsAppChat('31/02/2022, 10:00 - A: x\n13/01/2022, 10:00 - A: y', 'z.txt');
    expect(items[0]?.kind).toBe('quarantine');
    expect(items[1]?.kind).toBe('message');
  });

  it('keeps marked Android text', () => {
    const items = parseWhatsAppChat('18/03/2022, 14:56 - A: \u200eHow about Friday?', 'm.txt');
    expect(messagesOf(items)[0]?.body).toBe('How about Friday?');
  });

  it('appends the given UTC offset', () => {
    const items = parseWhatsAppChat('18/03/2022, 14:56 - A: hi', 'd.txt', { utcOffsetMinutes: 240 });
    expect(messagesOf(items)[0]?.sentAt).toBe('2022-03-18T14:56:00+04:00');
  });

  it('keeps multi-line messages whole', () => {
    const items = parseWhatsAppChat('18/03/2022, 14:56 - A: line one\nline two\n\nline four\n18/03/2022, 14:57 - B: ok', 'e.txt');
    expect(messagesOf(items)[0]?.body).toBe('line one\nline two\n\nline four');
  });

  it('quarantines text without headers', () => {
    const items = parseWhatsAppChat('just some text\nwith no dates', 'f.txt');
    expect(items).toHaveLength(1);
    expect(items[0]?.kind).toBe('quarantine');
  });

  it('derives the key from chat name', () => {
    expect(chatKeyForPath('/x/WhatsApp Chat with Acme Trading.txt')).toBe('whatsapp:Acme Trading');
    expect(chatKeyForPath('/x/Acme export/_chat.txt')).toBe('whatsapp:Acme export');
    expect(chatKeyForPath('/x/WhatsApp Chat - Acme Trading/_chat.txt')).toBe('whatsapp:Acme Trading');
  });

  it('strips a download counter', () => {
    expect(chatKeyForPath('/x/WhatsApp Chat with Omar Haddad (1).txt')).toBe('whatsapp:Omar Haddad');
    expect(chatKeyForPath('/x/WhatsApp Chat with Omar Haddad (12).txt')).toBe('whatsapp:Omar Haddad');
    expect(chatKeyForPath('/x/WhatsApp Chat with Omar Haddad(2).txt')).toBe('whatsapp:Omar Haddad');
    expect(chatKeyForPath('/x/WhatsApp Chat - Omar Haddad (1)/_chat.txt')).toBe('whatsapp:Omar Haddad');
  });

  it('keeps parentheses in names', () => {
    expect(chatKeyForPath('/x/WhatsApp Chat with Ahmed (Dubai office).txt')).toBe('whatsapp:Ahmed (Dubai office)');
    expect(chatKeyForPath('/x/WhatsApp Chat with Ahmed (Dubai office) (1).txt')).toBe('whatsapp:Ahmed (Dubai office)');
    expect(chatKeyForPath('/x/WhatsApp Chat with Omar Haddad 2.txt')).toBe('whatsapp:Omar Haddad 2');
    expect(chatKeyForPath('/x/(1).txt')).toBe('whatsapp:(1)');
  });

  it('dedupes a repeated download', () => {
    const chat = '18/03/2022, 14:56 - Omar Haddad: Price for 40 units?\n18/03/2022, 14:58 - Me: 12 USD each\n18/03/2022, 14:59 - Omar Haddad: ok';
    const first = messagesOf(parseWhatsAppChat(chat, '/x/WhatsApp Chat with Omar Haddad.txt'));
    const second = messagesOf(parseWhatsAppChat(chat, '/x/WhatsApp Chat with Omar Haddad (1).txt'));
    const batch = normalizeBatch([...first, ...second], EMPTY_CONFIG);
    expect(batch.messages).toHaveLength(3);
    expect(batch.duplicates).toBe(3);
    expect(new Set(batch.messages.map((m) => m.conversationId)).size).toBe(1);
  });

  it('keys a re-downloaded zip', () => {
    const chat = strToU8('18/03/2022, 14:56 - Omar Haddad: Price for 40 units?\n18/03/2022, 14:58 - Me: 12 USD each');
    const keyOf = (items: IngestItem[]) => messagesOf(items)[0]?.conversationKey;
    const bare = zipSync({ '_chat.txt': chat });
    expect(keyOf(parseWhatsAppZip(bare, '/x/WhatsApp Chat - Omar Haddad (1).zip').items)).toBe('whatsapp:Omar Haddad');
    const named = zipSync({ 'WhatsApp Chat with Omar Haddad.txt': chat });
    expect(keyOf(parseWhatsAppZip(named, '/x/WhatsApp Chat with Omar Haddad (1).zip').items)).toBe('whatsapp:Omar Haddad');
  });
});
