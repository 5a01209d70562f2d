import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IngestItem, ParsedMessage } from '../core/types.js';
import { parseSupport, readSupportFile } from './support.js';

const SAMPLE = fileURLToPath(new URL('../../samples/support/tickets.json', import.meta.url));

function messages(items: IngestItem[]): ParsedMessage[] {
  return items.flatMap((item) => (item.kind === 'message' ? [item.message] : []));
}

function reasons(items: IngestItem[]): string[] {
  return items.flatMap((item) => (item.kind === 'quarantine' ? [item.item.reason] : []));
}

describe('readSupportFile on the sample', () => {
  it('reads public comments with directions', async () => {
    const result = await readSupportFile(SAMPLE);
    const found = messages(result.items);
    expect(reasons(result.items)).toEqual([]);
    expect(result.skipped).toBe(1);
    expect(found.map((m) => [m.conversationKey, m.direction])).toEqual([
      ['support:4817', 'inbound'],
      ['support:4817', 'outbound'],
      ['support:4817', 'inbound'],
      ['support:4829', 'inbound'],
      ['support:4829', 'outbound'],
    ]);
  });

  it('looks up authors and keeps attachments', async () => {
    const found = messages((await readSupportFile(SAMPLE)).items);
    expect(found[0]?.sender).toEqual({ name: 'Farid Al-Mansoori', email: 'farid@duneline-contracting.example', phone: null });
    expect(found[0]?.attachments).toEqual([{ name: 'flicker_video_floor7.mp4', mediaType: 'video/mp4', size: 8421133 }]);
    expect(found[0]?.sourceId).toBe('support:4817:70001');
    expect(found[0]?.subject).toBe('Flicker on HL-P600 panels from order PO-88214');
    expect(found[1]?.sender.name).toBe('Mei Lin');
  });
});

describe('parseSupport', () => {
  it('reads the simple shape', () => {
    const tickets = [
      {
        id: 'T-1',
        subject: 'Lead time',
        requester: { name: 'Ravi', email: 'ravi@x.example' },
        comments: [
          { author: 'requester', body: 'When can you ship?', created_at: '2026-11-01T09:00:00+05:30' },
          { author: 'agent', html_body: '<p>In <b>10 days</b>.</p>', created_at: '2026-11-01T12:00:00+08:00' },
        ],
      },
    ];
    const found = messages(parseSupport(JSON.stringify(tickets), 't.json').items);
    expect(found.map((m) => m.direction)).toEqual(['inbound', 'outbound']);
    expect(found[0]?.sender.email).toBe('ravi@x.example');
    expect(found[1]?.body).toContain('In 10 days');
  });

  it('leaves direction open without requester or role', () => {
    const tickets = { tickets: [{ id: 9, comments: [{ author: { name: 'Ann' }, body: 'hi', created_at: '2026-11-01T09:00:00Z' }] }] };
    expect(messages(parseSupport(JSON.stringify(tickets), 't.json').items)[0]?.direction).toBeNull();
  });

  it('reads a ticket without comments from its description', () => {
    const tickets = { tickets: [{ id: 5, requester_id: 1, description: 'Need a quote', created_at: '2026-11-01T09:00:00Z' }], users: [{ id: 1, name: 'Bo' }] };
    const [message] = messages(parseSupport(JSON.stringify(tickets), 't.json').items);
    expect(message?.body).toBe('Need a quote');
    expect(message?.sender.name).toBe('Bo');
    expect(message?.direction).toBe('inbound');
  });

  it('quarantines bad tickets and comments and goes on', () => {
    const tickets = {
      tickets: [
        { subject: 'no id', comments: [] },
        {
          id: 7,
          requester_id: 1,
          comments: [
            { author_id: 1, body: 'fine', created_at: '2026-11-01T09:00:00Z' },
            { author_id: 1, body: 'bad time', created_at: 'yesterday' },
            { author_id: 1, created_at: '2026-11-01T09:00:00Z' },
          ],
        },
      ],
    };
    const items = parseSupport(JSON.stringify(tickets), 't.json').items;
    expect(messages(items)).toHaveLength(1);
    const found = reasons(items);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^tickets\[0\]: field "id": /);
    expect(found[1]).toMatch(/^ticket 7, comments\[1\]: field "created_at": /);
    expect(found[2]).toMatch(/^ticket 7, comments\[2\]: field "body": missing/);
  });

  it('quarantines invalid JSON', () => {
    expect(reasons(parseSupport('{"tickets": [', 't.json').items)[0]).toMatch(/^invalid JSON/);
  });
});

describe('parseSupport authors', () => {
  it('leaves an unknown author id to normalization', () => {
    const ticket = {
      tickets: [
        {
          id: 7,
          subject: 'Driver failures',
          requester: { name: 'Ana', email: 'ana@buyer.example' },
          created_at: '2026-11-20T09:00:00Z',
          comments: [
            { author: { name: 'Ana', email: 'ana@buyer.example' }, body: 'Three drivers failed.', created_at: '2026-11-20T09:00:00Z' },
            { author_id: 999, body: 'Any news on the replacements?', created_at: '2026-11-21T09:00:00Z' },
          ],
        },
      ],
    };
    const found = messages(parseSupport(JSON.stringify(ticket), 'tickets.json').items);
    expect(found.map((m) => m.direction)).toEqual(['inbound', null]);
  });
});
