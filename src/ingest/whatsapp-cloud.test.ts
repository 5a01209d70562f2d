import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IngestItem, ParsedMessage } from '../core/types.js';
import { parseWhatsAppCloud, readWhatsAppCloudFile } from './whatsapp-cloud.js';

const SAMPLE = fileURLToPath(new URL('../../samples/whatsapp-cloud/webhooks.jsonl', import.meta.url));

function messages(items: IngestItem[]): ParsedMessage[] {
  return items.flatMap((item) => (item.kind === 'message' ? [item.message] : []));
}

function reasons(items: IngestItem[]): string[] {
  return items.flatMap((item) => (item.kind === 'quarantine' ? [item.item.reason] : []));
}

function payload(value: Record<string, unknown>): Record<string, unknown> {
  const metadata = { display_phone_number: '15550100001', phone_number_id: '1' };
  return { object: 'whatsapp_business_account', entry: [{ id: '9', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata, ...value } }] }] };
}

const contacts = [{ wa_id: '447700900123', profile: { name: 'Zoe' } }];
const text = (id: string, body: string, timestamp = '1793520000') => ({ from: '447700900123', id, timestamp, type: 'text', text: { body } });

describe('readWhatsAppCloudFile on the sample', () => {
  it('reads messages and skips statuses', async () => {
    const result = await readWhatsAppCloudFile(SAMPLE);
    const found = messages(result.items);
    expect(reasons(result.items)).toEqual([]);
    expect(found).toHaveLength(4);
    expect(result.skipped).toBe(5);
    expect(new Set(found.map((m) => m.conversationKey))).toEqual(new Set(['whatsapp-cloud:447700900461']));
  });

  it('fills sender, time, id and media', async () => {
    const found = messages((await readWhatsAppCloudFile(SAMPLE)).items);
    expect(found[0]?.sender).toEqual({ name: 'Graham Whitlock', email: null, phone: '+447700900461' });
    expect(found[0]?.recipients).toEqual([{ name: null, email: null, phone: '+8613800138000' }]);
    expect(found[0]?.sentAt).toBe('2026-11-19T09:14:00Z');
    expect(found[0]?.sourceId).toMatch(/^wamid\./);
    expect(found[0]?.direction).toBe('inbound');
    expect(found[1]?.attachments).toEqual([{ name: 'Fenwick_Basildon_warehouse_layout.pdf', mediaType: 'application/pdf', size: null }]);
    expect(found[1]?.body).toBe('This is the layout, 18 bays per aisle, mounting height 11 m');
    expect(found[2]?.body).toBe('Send FOB quote');
  });
});

describe('parseWhatsAppCloud', () => {
  it('reads one payload and an array', () => {
    const single = JSON.stringify(payload({ contacts, messages: [text('wamid.1', 'hi')] }), null, 2);
    expect(messages(parseWhatsAppCloud(single, 'one.json').items)[0]?.source).toBe('one.json/entry[0].changes[0].value.messages[0]');
    const array = JSON.stringify([payload({ messages: [text('wamid.1', 'a')] }), payload({ messages: [text('wamid.2', 'b')] })]);
    const found = messages(parseWhatsAppCloud(array, 'many.json').items);
    expect(found.map((m) => m.source)).toEqual([
      'many.json#payload=1/entry[0].changes[0].value.messages[0]',
      'many.json#payload=2/entry[0].changes[0].value.messages[0]',
    ]);
  });

  it('reads media, buttons, lists and locations', () => {
    const list = [
      { from: '447700900123', id: 'w1', timestamp: '1793520000', type: 'image', image: { id: 'm1', mime_type: 'image/jpeg', caption: 'our ceiling' } },
      { from: '447700900123', id: 'w2', timestamp: '1793520001', type: 'audio', audio: { id: 'm2', mime_type: 'audio/ogg; codecs=opus', voice: true } },
      { from: '447700900123', id: 'w3', timestamp: '1793520002', type: 'button', button: { text: 'Yes, call me', payload: 'CALL' } },
      { from: '447700900123', id: 'w4', timestamp: '1793520003', type: 'interactive', interactive: { type: 'list_reply', list_reply: { id: 'l', title: '40HQ', description: 'full container' } } },
      { from: '447700900123', id: 'w5', timestamp: '1793520004', type: 'location', location: { latitude: 25.01, longitude: 55.06, name: 'Jebel Ali' } },
    ];
    const found = messages(parseWhatsAppCloud(JSON.stringify(payload({ messages: list })), 'm.json').items);
    expect(found.map((m) => m.body)).toEqual(['our ceiling', '', 'Yes, call me', '40HQ: full container', 'Location: Jebel Ali (25.01, 55.06)']);
    expect(found[0]?.attachments).toEqual([{ name: 'image-m1', mediaType: 'image/jpeg', size: null }]);
    expect(found[1]?.attachments[0]?.mediaType).toBe('audio/ogg');
  });

  it('counts statuses and reactions as skipped', () => {
    const reaction = { from: '447700900123', id: 'r', timestamp: '1793520000', type: 'reaction', reaction: { message_id: 'x', emoji: '👍' } };
    const statuses = [{ id: 'wamid.9', status: 'read', timestamp: '1793520000', recipient_id: '447700900123' }];
    const result = parseWhatsAppCloud(JSON.stringify(payload({ messages: [reaction], statuses })), 's.json');
    expect(result.items).toEqual([]);
    expect(result.skipped).toBe(2);
  });

  it('quarantines bad lines and messages and goes on', () => {
    const lines = [
      JSON.stringify(payload({ messages: [text('wamid.1', 'first')] })),
      '{not json',
      JSON.stringify({ object: 'whatsapp_business_account' }),
      JSON.stringify(payload({ messages: [{ ...text('wamid.4', 'x'), timestamp: 'soon' }, { ...text('wamid.5', 'y'), type: 'image' }] })),
      JSON.stringify(payload({ messages: [text('wamid.6', 'last')] })),
    ];
    const result = parseWhatsAppCloud(lines.join('\n'), 'w.jsonl');
    expect(messages(result.items).map((m) => m.body)).toEqual(['first', 'last']);
    const found = reasons(result.items);
    expect(found).toHaveLength(4);
    expect(found[0]).toMatch(/^line 2: invalid JSON/);
    expect(found[1]).toMatch(/^line 3: not a webhook payload: field "entry"/);
    expect(found[2]).toMatch(/^line 4: messages\[0\]: field "timestamp"/);
    expect(found[3]).toBe('line 4: messages[1]: field "image": missing or unreadable content for type "image"');
  });

  it('treats a message from the business number as outbound', () => {
    const echo = { from: '15550100001', to: '447700900123', id: 'e1', timestamp: '1793520000', type: 'text', text: { body: 'Quote attached' } };
    const [message] = messages(parseWhatsAppCloud(JSON.stringify(payload({ messages: [echo] })), 'e.json').items);
    expect(message?.direction).toBe('outbound');
    expect(message?.conversationKey).toBe('whatsapp-cloud:447700900123');
  });
});
