import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../core/log.js';
import type { IngestItem, ParsedMessage } from '../core/types.js';
import { DATE_FORMS_TEXT } from './mapping-values.js';
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
    expect(reasons(items)).toEqual([`line 2: field "date" (column "date"): invalid date "bad"; ${DATE_FORMS_TEXT}`]);
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
    expect(message?.body).toBe('RFQ: 800 Downlight, target 7.5\nPrice: 9.99');
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

describe('parseMarketplace on trial exports', () => {
  it('quarantines a row with a stray quote and reads on', () => {
    const csv = [
      'RFQ ID,Date,Product,Message',
      'R4,2026-11-04,LED panel,Please quote 600 pcs',
      'R5,2026-11-05,Floodlight,"unclosed quote about 200W units',
      'R6,2026-11-06,High bay,Need 150W with DALI',
    ].join('\n');
    const items = parseMarketplace(csv, 'r.csv');
    expect(messages(items).map((m) => m.conversationKey)).toEqual(['marketplace:R4', 'marketplace:R6']);
    expect(messages(items)[1]?.body).toBe('RFQ: High bay\n\nNeed 150W with DALI');
    expect(reasons(items)).toHaveLength(1);
    expect(reasons(items)[0]).toMatch(/^line 3: .*a quoted cell opened on this line/);
  });

  it('decides day first from the file', () => {
    const csv = 'RFQ ID,Date,Product\nR1,12/11/2026 10:15,Panel\nR2,17/11/2026,Panel\nR3,Nov 14 2026,Panel\n';
    const found = messages(parseMarketplace(csv, 'r.csv', { dateOrder: 'mdy' }));
    expect(found.map((m) => m.sentAt)).toEqual(['2026-11-12T10:15:00', '2026-11-17T00:00:00', '2026-11-14T00:00:00']);
  });

  it('decides month first from the file', () => {
    const csv = 'RFQ ID,Date,Product\nR1,12/11/2026 10:15,Panel\nR2,11/17/2026,Panel\n';
    const found = messages(parseMarketplace(csv, 'r.csv'));
    expect(found.map((m) => m.sentAt)).toEqual(['2026-12-11T10:15:00', '2026-11-17T00:00:00']);
  });

  it('uses the configured order for ambiguous dates', () => {
    const csv = 'RFQ ID,Date,Product\nR1,12/11/2026 10:15,Panel\n';
    expect(messages(parseMarketplace(csv, 'r.csv', { dateOrder: 'mdy' }))[0]?.sentAt).toBe('2026-12-11T10:15:00');
  });

  it('warns when it reads ambiguous dates day first', () => {
    const warnings: unknown[] = [];
    const logger = { warn: (...args: unknown[]) => warnings.push(args), info: () => undefined } as unknown as Logger;
    const found = messages(parseMarketplace('RFQ ID,Date,Product\nR1,12/11/2026,Panel\n', 'r.csv', { logger }));
    expect(found[0]?.sentAt).toBe('2026-11-12T00:00:00');
    expect(warnings).toHaveLength(1);
    expect(JSON.stringify(warnings[0])).toContain('mappings.dateOrder');
  });

  it('reads records wrapped in an object', () => {
    for (const key of ['data', 'inquiries', 'results']) {
      const text = JSON.stringify({ [key]: [{ inquiry_id: 'Q-7', date: '2026-11-03', product: 'LED strip', qty: 40 }], total: 1 });
      const items = parseMarketplace(text, 'q.json');
      expect(reasons(items)).toEqual([]);
      expect(messages(items)[0]?.body).toBe('RFQ: 40 LED strip');
    }
  });

  it('names the keys of an object with two record arrays', () => {
    const text = JSON.stringify({ data: [{ product: 'A' }], archived: [{ product: 'B' }] });
    expect(reasons(parseMarketplace(text, 'q.json'))).toEqual([
      'JSON object with top-level keys data, archived has several arrays of records (data, archived); export one list of records per file',
    ]);
  });

  it('reads the headers of a lead export', () => {
    const csv = [
      'Inquiry ID,Date,Sender Name,Sender Mobile,Sender Email,Sender Company,Buyer Country/Region,Product Name,Quantity Required,Enquiry Message,Lead Status',
      'L-31,2026-11-20 09:00,Rosa Quintana,+34 612 345 678,rosa@obras-levante.example,Obras Levante SL,Spain,Solar street light 60W,120,Need IP66 and 5-year warranty,New',
    ].join('\n');
    const [message] = messages(parseMarketplace(csv, 'leads.csv'));
    expect(message?.sender).toEqual({ name: 'Rosa Quintana', email: 'rosa@obras-levante.example', phone: '+34612345678' });
    expect(message?.body).toBe(
      'RFQ: 120 Solar street light 60W\nBuyer: Rosa Quintana, Obras Levante SL (Spain)\nLead Status: New\n\nNeed IP66 and 5-year warranty',
    );
  });

  it.each([['Query Message'], ['Requirement']])('reads the message from %j', (header) => {
    const [message] = messages(parseMarketplace(`Date,Product Name,${header}\n2026-11-20,Panel,Need 40\n`, 'leads.csv'));
    expect(message?.body).toBe('RFQ: Panel\n\nNeed 40');
  });

  it('writes nonsense quantity and price as given', () => {
    const csv = 'RFQ ID,Date,Product,Quantity,Unit,Target Price,Currency\nR1,2026-11-01,Panel,abc,pcs,cheap,USD\n';
    const [message] = messages(parseMarketplace(csv, 'r.csv'));
    expect(message?.body).toBe('RFQ: Panel\nQuantity: abc pcs\nTarget price: cheap');
  });

  it('keeps every digit of a huge quantity', () => {
    const csv = 'RFQ ID,Date,Product,Quantity\nR1,2026-11-01,Panel,123456789012345678901\n';
    expect(messages(parseMarketplace(csv, 'r.csv'))[0]?.body).toBe('RFQ: 123,456,789,012,345,678,901 Panel');
  });

  it('survives garbage in every field', () => {
    const csv = 'RFQ ID,Date,Product,Quantity,Target Price,Phone,Country,Email\n"",2026-11-01,"\u0000",-,$$$,+++,???,\n';
    expect(() => parseMarketplace(csv, 'r.csv')).not.toThrow();
  });

  it('names the missing product and message columns', () => {
    const items = parseMarketplace('RFQ ID,Date,Buyer,Email\nR1,2026-11-01,Ana,ana@x.example\n', 'r.csv');
    expect(items).toHaveLength(1);
    expect(reasons(items)[0]).toBe(
      'no product or message column among the columns RFQ ID, Date, Buyer, Email; set mappings.marketplace.product or mappings.marketplace.message in the config to the column that contains it',
    );
  });

  it('reports a header-only file', () => {
    const items = parseMarketplace('RFQ ID,Date,Product,Quantity\n', 'r.csv');
    expect(reasons(items)).toEqual([
      'no data rows: the file has a header row (RFQ ID, Date, Product, Quantity) but no records; export it again with its rows',
    ]);
    expect(reasons(parseMarketplace('[]', 'r.json'))).toEqual(['no data rows: the file has no records; export it again with its rows']);
  });
});
