import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IngestItem, ParsedMessage } from '../core/types.js';
import { parseWebform, readWebformFile } from './webform.js';

const SAMPLE = fileURLToPath(new URL('../../samples/webform/contact-form.json', import.meta.url));

function messages(items: IngestItem[]): ParsedMessage[] {
  return items.flatMap((item) => (item.kind === 'message' ? [item.message] : []));
}

function reasons(items: IngestItem[]): string[] {
  return items.flatMap((item) => (item.kind === 'quarantine' ? [item.item.reason] : []));
}

describe('readWebformFile on the sample', () => {
  it('starts one conversation per submission', async () => {
    const found = messages(await readWebformFile(SAMPLE));
    expect(found.map((m) => m.conversationKey)).toEqual([
      'webform:wf-20261114-0031',
      'webform:wf-20261117-0044',
      'webform:wf-20261121-0052',
    ]);
    expect(found.every((m) => m.direction === 'inbound' && m.channel === 'webform')).toBe(true);
  });

  it('joins names and leaves out tracking columns', async () => {
    const first = messages(await readWebformFile(SAMPLE))[0]!;
    expect(first.sender).toEqual({ name: 'Lena Vogt', email: 'l.vogt@nordlicht-planung.example', phone: '+4930901820' });
    expect(first.subject).toBe('Request a quote');
    expect(first.body).toMatch(/^Company: Nordlicht Lichtplanung GmbH \(Germany\)\nInterested in: 850 LED linear high bay\n\nWe are planning/);
    expect(first.body).not.toContain('utm');
    expect(first.body).not.toContain('https://');
  });
});

describe('parseWebform', () => {
  it('reads CSV with custom questions and a content hash', () => {
    const csv = 'Name,Email,Message,Date,Project budget,IP rating\nJo,jo@x.example,Need 40 lights,2026-11-01 09:00,USD 5000,IP66\n';
    const [message] = messages(parseWebform(csv, 'f.csv'));
    expect(message?.conversationKey).toMatch(/^webform:form-[0-9a-f]{16}$/);
    expect(message?.body).toBe('Project budget: USD 5000\nIP rating: IP66\n\nNeed 40 lights');
  });

  it('quarantines bad submissions and goes on', () => {
    const lines = [
      '{"id":"1","email":"a@x.example","message":"hi","submitted_at":"2026-11-01"}',
      '{"id":"2","email":"a@x.example","submitted_at":"2026-11-01"}',
      'not json',
      '{"id":"4","email":"a@x.example","message":"hello","submitted_at":"31/02/2026"}',
      '{"id":"5","email":"b@x.example","message":"last","submitted_at":"2026-11-02"}',
    ];
    const items = parseWebform(lines.join('\n'), 'f.jsonl');
    expect(messages(items).map((m) => m.conversationKey)).toEqual(['webform:1', 'webform:5']);
    const found = reasons(items);
    expect(found).toHaveLength(3);
    expect(found[0]).toBe('line 2: field "message" (column "message"): missing');
    expect(found[1]).toMatch(/^line 4: field "date" \(column "submitted_at"\): invalid date "31\/02\/2026"/);
    expect(found[2]).toMatch(/^line 3: invalid JSON/);
  });

  it('applies a mapping override', () => {
    const csv = 'Wer,Mail,Ihre Nachricht,Zeit\nUte,ute@x.example,Angebot bitte,2026-11-03T10:00:00Z\n';
    const mapping = { name: 'Wer', email: 'Mail', message: 'Ihre Nachricht', date: 'Zeit' };
    const [message] = messages(parseWebform(csv, 'f.csv', { mapping }));
    expect(message?.sender.name).toBe('Ute');
    expect(message?.body).toBe('Angebot bitte');
    expect(message?.sentAt).toBe('2026-11-03T10:00:00Z');
  });
});

describe('parseWebform on trial exports', () => {
  it('reads submissions wrapped in an object', () => {
    const text = JSON.stringify({ submissions: [{ id: 's-1', email: 'tom@harbor-fit.example', message: 'Quote 20 lamps', submitted_at: '17/11/2026 09:30' }] });
    const [message] = messages(parseWebform(text, 'f.json'));
    expect(message?.conversationKey).toBe('webform:s-1');
    expect(message?.sentAt).toBe('2026-11-17T09:30:00');
  });

  it('reads month names and month-first dates', () => {
    const csv = 'Name,Email,Message,Date\nTom,tom@x.example,hi,11/17/2026\nAna,ana@x.example,hola,13 de noviembre de 2026\n';
    expect(messages(parseWebform(csv, 'f.csv')).map((m) => m.sentAt)).toEqual(['2026-11-17T00:00:00', '2026-11-13T00:00:00']);
  });

  it('names the missing message column', () => {
    const items = parseWebform('Name,Email,Date\nTom,tom@x.example,2026-11-01\n', 'f.csv');
    expect(reasons(items)).toEqual([
      'no message column among the columns Name, Email, Date; set mappings.webform.message in the config to the column that contains it',
    ]);
  });

  it('reports a header-only file', () => {
    expect(reasons(parseWebform('Name,Email,Message,Date\n', 'f.csv'))[0]).toMatch(/^no data rows: the file has a header row/);
  });
});
