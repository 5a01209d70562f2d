import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readWhatsAppFile } from './whatsapp.js';
import { testDataPath } from './test-paths.js';
import { parseWhatsAppZip, readWhatsAppZip } from './zip.js';

describe('readWhatsAppZip', () => {
  it('matches the unzipped rwhatsapp chat', async () => {
    const zipped = await readWhatsAppZip(testDataPath('rwhatsapp/inst/extdata/sample.zip'));
    const plain = await readWhatsAppFile(testDataPath('rwhatsapp/inst/extdata/sample.txt'));
    expect(zipped.items).toHaveLength(plain.length);
    expect(zipped.items.length).toBeGreaterThan(5);
    const bodies = (items: typeof plain) => items.map((item) => (item.kind === 'message' ? item.message.body : ''));
    expect(bodies(zipped.items)).toEqual(bodies(plain));
  });

  it('reads chat-analytics 4A_11M.zip', async () => {
    const zipped = await readWhatsAppZip(testDataPath('chat-analytics/tests/samples/whatsapp/4A_11M.zip'));
    const plain = await readWhatsAppFile(testDataPath('chat-analytics/tests/samples/whatsapp/4A_11M.txt'));
    expect(zipped.items).toHaveLength(11);
    expect(zipped.items).toHaveLength(plain.length);
    expect(zipped.items.every((item) => item.kind === 'message')).toBe(true);
  });

  it('sizes attachments from zip entries', () => {
    const chat = '18/03/2022, 14:56 - A: spec.pdf (file attached)\nsee page 2\n18/03/2022, 14:57 - B: thanks';
    const bytes = zipSync({ 'WhatsApp Chat with Acme.txt': strToU8(chat), 'spec.pdf': new Uint8Array(1234), 'IMG-1.jpg': new Uint8Array(10) });
    const result = parseWhatsAppZip(bytes, 'acme.zip');
    expect(result.media).toHaveLength(2);
    const first = result.items[0];
    expect(first?.kind).toBe('message');
    if (first?.kind !== 'message') return;
    expect(first.message.attachments).toEqual([{ name: 'spec.pdf', mediaType: 'application/pdf', size: 1234 }]);
    expect(first.message.body).toBe('see page 2');
    expect(first.message.conversationKey).toBe('whatsapp:Acme');
  });

  it('quarantines a zip without chat', () => {
    const bytes = zipSync({ 'a.jpg': new Uint8Array(3), 'b.jpg': new Uint8Array(3) });
    const result = parseWhatsAppZip(bytes, 'photos.zip');
    expect(result.items).toHaveLength(1);
    expect(result.items[0]?.kind).toBe('quarantine');
  });

  it('quarantines a broken archive', () => {
    const result = parseWhatsAppZip(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'broken.zip');
    expect(result.items[0]?.kind).toBe('quarantine');
  });
});
