import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonlLine, readJsonl } from './jsonl.js';
import { testDir } from '../test-support/temp-dir.js';

describe('parseJsonlLine', () => {
  it('reads the documented example', () => {
    const line =
      '{"id":"m-17","channel":"whatsapp","conversationId":"chat-abc","direction":"inbound","sender":{"name":"Omar","phone":"+971550100123","email":null},"sentAt":"2026-03-10T09:15:00+04:00","text":"Need 2x40HQ, best FOB price?","attachments":[{"name":"spec.pdf","mediaType":"application/pdf","size":52011}]}';
    const item = parseJsonlLine(line, 'in.jsonl', 1);
    if (item.kind !== 'message') throw new Error('expected a message');
    expect(item.message.sourceId).toBe('m-17');
    expect(item.message.conversationKey).toBe('chat-abc');
    expect(item.message.direction).toBe('inbound');
    expect(item.message.sender.phone).toBe('+971550100123');
    expect(item.message.sentAt).toBe('2026-03-10T09:15:00+04:00');
    expect(item.message.attachments[0]?.size).toBe(52011);
  });

  it('accepts the three required fields', () => {
    const item = parseJsonlLine('{"channel":"email","sentAt":"2026-03-10T09:15:00","text":"hi"}', 'in.jsonl', 2);
    expect(item.kind).toBe('message');
  });

  it('reads a date alone as local midnight', () => {
    const item = parseJsonlLine('{"channel":"email","sentAt":"2026-03-10","text":"hi"}', 'in.jsonl', 2);
    if (item.kind !== 'message') throw new Error('expected a message');
    expect(item.message.sentAt).toBe('2026-03-10T00:00:00');
    const badDay = parseJsonlLine('{"channel":"email","sentAt":"2026-3-10","text":"hi"}', 'in.jsonl', 3);
    expect(badDay.kind).toBe('quarantine');
  });

  it.each([
    ['{"channel":"fax","sentAt":"2026-03-10T09:15:00Z","text":"x"}', 'channel'],
    ['{"channel":"email","sentAt":"yesterday","text":"x"}', 'sentAt'],
    ['{"channel":"email","sentAt":"2026-03-10T09:15:00Z"}', 'text'],
    ['{"channel":"email","sentAt":"2026-03-10T09:15:00Z","text":"x","attachments":[{"size":1}]}', 'attachments.0.name'],
  ])('names the failing field in %s', (line, field) => {
    const item = parseJsonlLine(line, 'in.jsonl', 7);
    if (item.kind !== 'quarantine') throw new Error('expected quarantine');
    expect(item.item.reason).toContain(`line 7: field "${field}"`);
    expect(item.item.source).toBe('in.jsonl#line=7');
  });

  it('says missing or shows the invalid value', () => {
    const missing = parseJsonlLine('{"sentAt":"2026-03-10T09:15:00Z","text":"x"}', 'in.jsonl', 1);
    if (missing.kind !== 'quarantine') throw new Error('expected quarantine');
    expect(missing.item.reason).toMatch(/field "channel": missing, expected one of "email"/);
    const invalid = parseJsonlLine('{"channel":"fax","sentAt":"2026-03-10T09:15:00Z","text":"x"}', 'in.jsonl', 2);
    if (invalid.kind !== 'quarantine') throw new Error('expected quarantine');
    expect(invalid.item.reason).toMatch(/field "channel": invalid value "fax", expected one of "email"/);
    const date = parseJsonlLine('{"channel":"email","sentAt":"yesterday","text":"x"}', 'in.jsonl', 3);
    if (date.kind !== 'quarantine') throw new Error('expected quarantine');
    expect(date.item.reason).toBe('line 3: field "sentAt": invalid value "yesterday", expected an ISO 8601 time such as 2026-03-10T09:15:00+04:00 or a date such as 2026-03-10');
  });

  it('quarantines invalid JSON', () => {
    const item = parseJsonlLine('{"channel":', 'in.jsonl', 3);
    if (item.kind !== 'quarantine') throw new Error('expected quarantine');
    expect(item.item.reason).toMatch(/^line 3: invalid JSON/);
  });
});

describe('readJsonl', () => {
  it('goes on after a bad line', async () => {
    const dir = testDir('jsonl');
    const file = `${dir}/m.jsonl`;
    writeFileSync(file, '{"channel":"email","sentAt":"2026-03-10T09:15:00Z","text":"a"}\n\nnot json\n{"channel":"email","sentAt":"2026-03-10T09:16:00Z","text":"b"}\n');
    const kinds: string[] = [];
    for await (const item of readJsonl(file)) kinds.push(item.kind);
    expect(kinds).toEqual(['message', 'quarantine', 'message']);
  });
});
