import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../config/seller-config.js';
import { parsedMessage } from '../test-support/parsed-message.js';
import { normalizeBatch } from './index.js';

describe('normalizeBatch ids', () => {
  const twice = [
    parsedMessage({ source: 'chat.txt#line=2', body: '<Media omitted>', sentAt: '2026-03-10T09:00' }),
    parsedMessage({ source: 'chat.txt#line=3', body: '<Media omitted>', sentAt: '2026-03-10T09:00' }),
  ];

  it('keeps two equal lines of one file as two messages', () => {
    const batch = normalizeBatch(twice, EMPTY_CONFIG);
    expect(batch.messages).toHaveLength(2);
    expect(batch.duplicates).toBe(0);
    expect(new Set(batch.messages.map((m) => m.id)).size).toBe(2);
  });

  it('gives the same ids on every run', () => {
    const first = normalizeBatch(twice, EMPTY_CONFIG).messages.map((m) => m.id);
    const second = normalizeBatch(twice.map((m) => ({ ...m })), EMPTY_CONFIG).messages.map((m) => m.id);
    expect(second).toEqual(first);
  });

  it('drops a message repeated under the same source id', () => {
    const mail = parsedMessage({ channel: 'email', conversationKey: null, sourceId: 'a@x', source: 'a.eml' });
    const copy = { ...mail, source: 'copy-of-a.eml' };
    const batch = normalizeBatch([mail, copy], EMPTY_CONFIG);
    expect(batch.messages).toHaveLength(1);
    expect(batch.duplicates).toBe(1);
  });

  it('qualifies a source id stored with other content', () => {
    const mail = parsedMessage({ channel: 'email', conversationKey: null, sourceId: 'a@x', source: 'a.eml' });
    const other = { ...mail, body: 'Other body', source: 'b.eml' };
    const together = normalizeBatch([mail, other], EMPTY_CONFIG).messages.map((m) => m.id);
    const stored = normalizeBatch([other], EMPTY_CONFIG, { storedConflicts: new Set([other]) });
    expect(stored.messages.map((m) => m.id)).toEqual([together[1]]);
    expect(together[1]).not.toBe('a@x');
  });

  it('quarantines a message whose time cannot be read', () => {
    const bad = parsedMessage({ source: 'chat.txt#line=9', sentAt: '2026-03-10T09:00:00+25:00' });
    const batch = normalizeBatch([bad, twice[0]!], EMPTY_CONFIG);
    expect(batch.messages).toHaveLength(1);
    expect(batch.quarantine).toEqual([
      expect.objectContaining({ source: 'chat.txt#line=9', reason: expect.stringMatching(/invalid sentAt/) }),
    ]);
  });
});

describe('normalizeBatch languages', () => {
  const line = (n: number, name: string, body: string) =>
    parsedMessage({ source: `chat.txt#line=${n}`, sender: { name, email: null, phone: null }, body, sentAt: `2026-03-10T09:0${n}:00-03:00` });

  it('settles a one-word reply by its sender', () => {
    const batch = normalizeBatch(
      [
        line(1, 'Rafaela', 'Bom dia, vocês já têm o orçamento das peças?'),
        line(2, 'Rafaela', 'Claro.'),
        line(3, 'Rafaela', 'ok'),
        line(4, 'Rafaela', 'Localização: https://maps.google.com/?q=-23.5,-46.6'),
      ],
      EMPTY_CONFIG,
    );
    expect(batch.messages.map((m) => m.language?.code)).toEqual(['pt', 'pt', 'pt', 'pt']);
    expect(batch.messages[1]?.language?.confidence).toBe(0.5);
  });

  it('settles a location label by its sender', () => {
    const batch = normalizeBatch(
      [
        line(1, 'Tom', 'Hi, can you quote 500 pcs delivered to our warehouse?'),
        line(2, 'Tom', 'Localização: https://maps.google.com/?q=38.72,-9.14'),
        line(3, 'Tom', 'موقع: https://maps.google.com/?q=25.2,55.3'),
      ],
      EMPTY_CONFIG,
    );
    expect(batch.messages.map((m) => m.language?.code)).toEqual(['en', 'en', 'en']);
  });

  it('keeps a guess without surer messages', () => {
    const batch = normalizeBatch([line(1, 'Ana', 'Claro.'), line(2, 'Ana', 'ok')], EMPTY_CONFIG);
    expect(batch.messages.map((m) => m.language)).toEqual([
      { code: 'es', confidence: 0.4 },
      { code: 'en', confidence: 0.3 },
    ]);
  });

  it('keeps other senders apart', () => {
    const batch = normalizeBatch(
      [line(1, 'Rafaela', 'Bom dia, vocês já têm o orçamento das peças?'), line(2, 'Luis', 'ok')],
      EMPTY_CONFIG,
    );
    expect(batch.messages[1]?.language).toEqual({ code: 'en', confidence: 0.3 });
  });
});
