import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { detectFileFormat, detectFormat } from './detect.js';
import { testDataPath } from './test-paths.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('detectFileFormat', () => {
  it.each([
    ['whats_json/test/data/languages/english_ios.txt', 'whatsapp'],
    ['whats_json/test/data/languages/arabic_ios.txt', 'whatsapp'],
    ['whats_json/test/data/languages/vietnamese_ios.txt', 'whatsapp'],
    ['whats_json/test/data/languages/czech_android.txt', 'whatsapp'],
    ['rwhatsapp/inst/extdata/sample.txt', 'whatsapp'],
    ['rwhatsapp/inst/extdata/sample.zip', 'whatsapp-zip'],
    ['spark-mail-enron/mailrecord-utils/src/test/resources/enron/maildir/lay-k/inbox/568.txt', 'eml'],
    ['MimeKit/UnitTests/TestData/mbox/simple.mbox.txt', 'mbox'],
    ['MimeKit/UnitTests/TestData/mbox/unmunged.mbox.txt', 'mbox'],
    ['enmime/testdata/mail/attachment.raw', 'eml'],
  ])('detects %s', async (file, format) => {
    expect((await detectFileFormat(testDataPath(file))).format).toBe(format);
  });

  it('detects canonical jsonl', () => {
    expect(detectFormat(bytes('{"channel":"email","sentAt":"2026-03-10T09:15:00Z","text":"hi"}\n'), 'x').format).toBe('jsonl');
  });

  it('ignores a misleading extension', () => {
    expect(detectFormat(bytes('23/03/2022, 13:31 - A: hello\n'), 'notes.eml').format).toBe('whatsapp');
  });

  it('names supported formats for unknown', async () => {
    const result = await detectFileFormat(testDataPath('MimeKit/UnitTests/TestData/mbox/content-length.unix-offsets.json'));
    expect(result.format).toBeNull();
    if (result.format === null) expect(result.reason).toContain('supported formats');
  });

  it('rejects binary and empty input', () => {
    expect(detectFormat(new Uint8Array([1, 0, 2]), 'x.bin').format).toBeNull();
    expect(detectFormat(new Uint8Array(), 'x.txt').format).toBeNull();
  });
});

describe('detectFormat on JSON documents', () => {
  it('rejects a multi-line JSON document with a reason', () => {
    const head = new TextEncoder().encode('{\n  "team": { "domains": [] }\n}\n');
    const detection = detectFormat(head, 'settings.json');
    expect(detection.format).toBeNull();
    expect(detection).toMatchObject({ reason: expect.stringMatching(/not JSON Lines/) });
  });
});

describe('detectFormat on business exports', () => {
  const samples = new URL('../../samples/', import.meta.url);

  it.each([
    ['marketplace/rfqs.csv', 'marketplace'],
    ['support/tickets.json', 'support'],
    ['webform/contact-form.json', 'webform'],
    ['whatsapp-cloud/webhooks.jsonl', 'whatsapp-cloud'],
    ['messages.jsonl', 'jsonl'],
    ['whatsapp/WhatsApp Chat - Rafael Quintero/_chat.txt', 'whatsapp'],
  ])('detects sample %s', async (file, format) => {
    expect((await detectFileFormat(fileURLToPath(new URL(file, samples)))).format).toBe(format);
  });

  it.each([
    ['RFQ ID,Product,Qty,Created\n1,Panel,5,2026-11-01\n', 'marketplace'],
    ['item\tquantity\ttarget price\n', 'marketplace'],
    ['Name|Email|Message|Date\n', 'webform'],
    ['[{"form_name":"Quote","email":"a@x.example","message":"hi"}]', 'webform'],
    ['[\n  {"rfq_id": "1", "product": "Panel", "qty": 5}\n]', 'marketplace'],
    ['{"inquiry_id":"1","item":"Panel","message":"hi"}\n', 'marketplace'],
    ['{"tickets":[]}', 'support'],
    ['{"object":"whatsapp_business_account","entry":[]}', 'whatsapp-cloud'],
    ['[{"entry":[{"changes":[]}]}]', 'whatsapp-cloud'],
    ['{"channel":"marketplace","sentAt":"2026-11-01T00:00:00Z","text":"RFQ","conversationId":"rfq-1"}\n', 'jsonl'],
    ['{"id":"m-1","text":"broken first line"}\n', 'jsonl'],
  ])('detects %j', (text, format) => {
    expect(detectFormat(bytes(text), 'x').format).toBe(format);
  });

  it('uses config mappings for custom headers', () => {
    const head = bytes('Artikel;Menge;Datum\nPanel;5;2026-11-01\n');
    expect(detectFormat(head, 'x.csv').format).toBeNull();
    const mappings = { marketplace: { product: 'Artikel', quantity: 'Menge', date: 'Datum' }, webform: {} };
    expect(detectFormat(head, 'x.csv', mappings).format).toBe('marketplace');
  });

  it.each([
    ['a,b,c\n1,2,3\n'],
    ['[{"x":1,"y":2}]'],
    ['{"x":1}\n{"x":2}\n'],
  ])('names supported formats for unknown %j', (text) => {
    const detection = detectFormat(bytes(text), 'x');
    expect(detection.format).toBeNull();
    if (detection.format === null) expect(detection.reason).toMatch(/supported formats: .*marketplace RFQs .*support tickets/);
  });
});

describe('detectFormat on trial exports', () => {
  it.each([
    ['{"data":[{"rfq_id":"1","product":"Panel","qty":5}],"total":1}', 'marketplace'],
    ['{"inquiries":[{"inquiry_id":"1","item":"Panel","message":"hi"}]}\n', 'marketplace'],
    ['{"results":[{"buyer":{"name":"Ana"},"product":"Panel","qty":5}],"page":1}', 'marketplace'],
    ['{"submissions":[{"form_name":"Quote","email":"a@x.example","message":"hi"}]}', 'webform'],
    ['{\n  "data": [\n    {"rfq_id": "1", "product": "Panel", "qty": 5}\n  ],\n  "total": 1\n}\n', 'marketplace'],
    ['Inquiry ID,Date,Sender Name,Sender Email,Buyer Country/Region,Product Name,Quantity Required\n', 'marketplace'],
    ['Date,Sender Name,Sender Email,Enquiry Message\n', 'webform'],
  ])('detects %j', (text, format) => {
    expect(detectFormat(bytes(text), 'x').format).toBe(format);
  });

  it('names top-level keys of an unknown wrapper', () => {
    const detection = detectFormat(bytes('{"items":[{"x":1,"y":2}],"total":1}'), 'x.json');
    expect(detection.format).toBeNull();
    if (detection.format !== null) return;
    expect(detection.reason).toMatch(/^JSON document of unknown shape: top-level keys items, total, record keys x, y;/);
    expect(detection.reason).not.toContain('JSON Lines');
  });

  it('names top-level keys of an object without records', () => {
    const detection = detectFormat(bytes('{"status":"ok","count":0}'), 'x.json');
    expect(detection).toMatchObject({ reason: expect.stringMatching(/not JSON Lines: top-level keys status, count;/) });
  });

  it('names the missing product and message column', () => {
    const detection = detectFormat(bytes('RFQ ID,Date,Buyer,Email\nR1,2026-11-01,Ana,ana@x.example\n'), 'x.csv');
    expect(detection.format).toBeNull();
    if (detection.format !== null) return;
    expect(detection.reason).toMatch(/^CSV with columns for id, buyer, email, date but no product or message column; name the column/);
  });
});
