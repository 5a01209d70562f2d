import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IngestItem, ParsedMessage } from '../core/types.js';
import { parseMarketplace, readMarketplaceFile } from './marketplace.js';

const SAMPLE = fileURLToPath(new URL('../../samples/marketplace/rfqs.csv', import.meta.url));

function messages(items: IngestItem[]): ParsedMessage[] {
  return items.flatMap((item) => (item.kind === 'message' ? [item.message] : []));
}

function reasons(items: IngestItem[]): string[] {
  return items.flatMap((item) => (item.kind === 'quarantine' ? [item.item.reason] : []));
}

describe('readMarketplaceFile on the sample', () => {
  it('reads every RFQ as inbound', async () => {
    const items = await readMarketplaceFile(SAMPLE);
    expect(reasons(items)).toEqual([]);
    expect(messages(items)).toHaveLength(6);
    expect(messages(items).every((m) => m.direction === 'inbound' && m.channel === 'marketplace')).toBe(true);
  });

  it('keeps the multi-line cell and its line', async () => {
    const first = messages(await readMarketplaceFile(SAMPLE))[0]!;
    expect(first.source).toMatch(/rfqs\.csv#line=2$/);
    expect(first.conversationKey).toBe('marketplace:RFQ-2026-11-0612');
    expect(first.body).toMatch(/^RFQ: 5,000 pcs LED panel 600x600 40W, target USD 2\.10\/pc, destination Jebel Ali\n/);
    expect(first.body).toContain('Certificates required: CE, RoHS');
    expect(first.sender).toEqual({ name: 'Farid Al-Mansoori', email: 'farid@duneline-contracting.example', phone: null, handle: 'duneline_uae' });
  });
});

describe('parseMarketplace', () => {
  it('reads a JSON array with nested buyer', () => {
    const text = JSON.stringify([
      { inquiry_id: 'Q-1', created_at: '2026-11-02T08:14:00+04:00', item: 'LED strip', qty: 200, uom: 'rolls', buyer: { name: 'Ali', email: 'ALI@Buyer.example' }, message: 'Need IP67.' },
    ]);
    const [message] = messages(parseMarketplace(text, 'q.json'));
    expect(message?.sentAt).toBe('2026-11-02T08:14:00+04:00');
    expect(message?.sender.email).toBe('ali@buyer.example');
    expect(message?.body).toBe('RFQ: 200 rolls LED strip\nBuyer: Ali\n\nNeed IP67.');
    expect(message?.source).toBe('q.json#record=1');
  });

  it('reads JSON Lines and Unix seconds', () => {
    const text = '{"rfq_id":"A","date":"1793520000","product":"Panel","message":"hi"}\n{"rfq_id":"B","date":"bad","product":"Panel"}\n';
    const items = parseMarketplace(text, 'q.jsonl');
    expect(messages(items)[0]?.sentAt).toBe('2026-11-01T08:00:00Z');
    expect(reasons(items)).toEqual(['line 2: field "date" (column "date"): invalid date "bad"; use ISO 8601 such as 2026-11-02 08:14 or Unix seconds']);
  });

  it('quarantines bad rows and goes on', () => {
    const csv = [
      'RFQ ID,Date,Product,Email,Message',
      'R1,2026-11-01,Panel,,ok',
      'R2,,Panel,,no date',
      'R3,2026-11-03,Panel,not-an-email,bad mail',
      'R4,2026-11-04,,,',
      'R5,2026-11-05,Panel,,extra,cell',
      'R6,2026-11-06,Bulb,,last',
    ].join('\n');
    const items = parseMarketplace(csv, 'r.csv');
    expect(messages(items).map((m) => m.conversationKey)).toEqual(['marketplace:R1', 'marketplace:R6']);
    expect(reasons(items)).toEqual([
      'line 3: field "date" (column "Date"): missing',
      'line 4: field "email" (column "Email"): invalid e-mail address "not-an-email"',
      'line 5: field "message" (column "Message"): missing: an RFQ needs a product or a message',
      'line 6: has 6 fields but the header has 5; check for an unquoted "," or a missing quote',
    ]);
  });

  it('names the config key when no column matches', () => {
    const items = parseMarketplace('product;qty\nPanel;5\n', 'r.csv');
    expect(reasons(items)).toEqual(['line 2: field "date" (no column matched; set mappings.marketplace.date in the config): missing']);
  });

  it('applies a mapping override', () => {
    const csv = 'Lead No.|Posted|Artikel|Menge|Price|Wunschpreis\nL-9|2026-11-05 10:00|Downlight|800|9.99|7.5\n';
    const mapping = { id: 'Lead No.', product: 'Artikel', quantity: 'Menge', targetPrice: 'Wunschpreis', date: 'Posted' };
    const [message] = messages(parseMarketplace(csv, 'r.csv', { mapping }));
    expect(message?.conversationKey).toBe('marketplace:L-9');
    expect(message?.body).toBe('RFQ: 800 Downlight, target 7.5');
    expect(message?.sentAt).toBe('2026-11-05T10:00:00');
  });

  it('quarantines the file for a half-matching mapping', () => {
    const csv = 'product,Menge,date\nPanel,5,2026-11-01\n';
    const items = parseMarketplace(csv, 'r.csv', { mapping: { quantity: 'Menge', product: 'Artikel' } });
    expect(items).toHaveLength(1);
    expect(reasons(items)[0]).toMatch(/^mapping for field "product" names column "Artikel"/);
  });

  it('ignores a mapping written for another export', () => {
    const items = parseMarketplace('product,qty,date\nPanel,5,2026-11-01\n', 'r.csv', { mapping: { quantity: 'Pieces' } });
    expect(reasons(items)).toEqual([]);
    expect(messages(items)[0]?.body).toContain('RFQ: 5 Panel');
  });

  it('uses defaultCountry for local phone numbers', () => {
    const csv = 'id,date,product,phone\n1,2026-11-01,Panel,050 123 4567\n2,2026-11-01,Panel,12\n';
    const found = messages(parseMarketplace(csv, 'r.csv', { defaultCountry: 'AE' }));
    expect(found[0]?.sender.phone).toBe('+971501234567');
    expect(found[1]?.sender.phone).toBeNull();
    expect(found[1]?.body).toContain('Phone: 12');
  });

  it('hashes a conversation key without an id', () => {
    const csv = 'date,product,email\n2026-11-01,Panel,a@b.example\n';
    const [first] = messages(parseMarketplace(csv, 'r.csv'));
    const [again] = messages(parseMarketplace(csv, 'other.csv'));
    expect(first?.conversationKey).toMatch(/^marketplace:rfq-[0-9a-f]{16}$/);
    expect(again?.conversationKey).toBe(first?.conversationKey);
    expect(first?.sourceId).toBeNull();
  });
});

describe('parseMarketplace phone countries', () => {
  it('reads a local number in the country of the record', () => {
    const csv = 'id,date,product,country,phone\n1,2026-11-01,Panel,Kenya,0712 345678\n2,2026-11-01,Panel,,050 123 4567\n';
    const found = messages(parseMarketplace(csv, 'r.csv', { defaultCountry: 'AE' }));
    expect(found[0]?.sender.phone).toBe('+254712345678');
    expect(found[1]?.sender.phone).toBe('+971501234567');
  });
});
