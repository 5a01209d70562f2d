import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedMessage } from '../core/types.js';
import { parseEmail, readEmailFile } from './email.js';
import { testDataPath } from './test-paths.js';

const STALWART = 'stalwart-mail-parser/resources/eml/';

interface StalwartHeader {
  name: string | { other: string };
  value: Record<string, unknown>;
}

interface StalwartPart {
  headers: StalwartHeader[];
  body?: Record<string, unknown>;
}

/** The expected parse that stalwart mail-parser ships next to each message. */
interface StalwartExpected {
  text_body: number[];
  parts: StalwartPart[];
}

interface Agreement {
  messages: number;
  subject: [number, number];
  from: [number, number];
  date: [number, number];
  body: [number, number];
}

function headerValue(expected: StalwartExpected, name: string): Record<string, unknown> | null {
  return expected.parts[0]?.headers.find((header) => header.name === name)?.value ?? null;
}

function expectedFrom(expected: StalwartExpected): { name: string | null; address: string | null } | null {
  const address = headerValue(expected, 'from')?.['Address'] as Record<string, unknown> | undefined;
  const list = (address?.['List'] ?? (address?.['Group'] as { addresses?: unknown }[] | undefined)?.[0]?.addresses) as
    | { name?: string | null; address?: string | null }[]
    | undefined;
  const first = list?.[0];
  return first === undefined ? null : { name: first.name ?? null, address: first.address ?? null };
}

/** Instant of the expected Date header in milliseconds since the epoch. */
function expectedDate(expected: StalwartExpected): number | null {
  const value = headerValue(expected, 'date')?.['DateTime'] as Record<string, number | boolean> | undefined;
  if (value === undefined) return null;
  const local = Date.UTC(+value.year!, +value.month! - 1, +value.day!, +value.hour!, +value.minute!, +value.second!);
  const offset = (+value.tz_hour! * 60 + +value.tz_minute!) * (value.tz_before_gmt ? -1 : 1);
  return local - offset * 60_000;
}

function expectedBody(expected: StalwartExpected): string | null {
  const texts = expected.text_body.map((index) => {
    const body = expected.parts[index]?.body;
    const text = body?.['Text'] ?? body?.['Html'];
    return typeof text === 'string' ? text : null;
  });
  if (texts.length === 0 || texts.some((text) => text === null)) return null;
  return texts.join('\n');
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

function tally(counter: [number, number], expected: unknown, agrees: boolean): void {
  if (expected === null || expected === undefined) return;
  counter[1] += 1;
  if (agrees) counter[0] += 1;
}

function compare(message: ParsedMessage, expected: StalwartExpected, agreement: Agreement): void {
  agreement.messages += 1;
  const subject = headerValue(expected, 'subject')?.['Text'];
  tally(agreement.subject, subject, typeof subject === 'string' && squash(subject) === squash(message.subject ?? ''));
  const from = expectedFrom(expected);
  const fromAgrees = from !== null && (from.address ?? '').toLowerCase() === (message.sender.email ?? '') && (from.name ?? null) === message.sender.name;
  tally(agreement.from, from, fromAgrees);
  const date = expectedDate(expected);
  tally(agreement.date, date, date === Date.parse(message.sentAt));
  const body = expectedBody(expected);
  // Only plain-text bodies are compared; HTML bodies are converted to text here.
  const plain = body !== null && !/<[a-z][^>]*>/i.test(body) ? body : null;
  tally(agreement.body, plain, plain !== null && squash(plain) === squash(message.body));
}

async function stalwartAgreement(folder: string): Promise<Agreement> {
  const agreement: Agreement = { messages: 0, subject: [0, 0], from: [0, 0], date: [0, 0], body: [0, 0] };
  const root = testDataPath(STALWART + folder);
  for (const name of readdirSync(root).filter((file) => file.endsWith('.eml')).sort()) {
    const jsonFile = path.join(root, name.replace(/\.eml$/, '.json'));
    if (!existsSync(jsonFile)) continue;
    const item = await readEmailFile(path.join(root, name));
    if (item.kind !== 'message') continue;
    compare(item.message, JSON.parse(readFileSync(jsonFile, 'utf8')) as StalwartExpected, agreement);
  }
  return agreement;
}

describe('stalwart golden parses', () => {
  // Agreements measured on these fixtures, so a drop means a decoding regression.
  // Messages with an unreadable Date header ("Whenever") and no Received
  // header are quarantined, so they count in no field.
  it.each([
    ['legacy', { subject: 54, from: 54, date: 54, body: 35 }],
    ['rfc', { subject: 5, from: 5, date: 5, body: 4 }],
    ['thirdparty', { subject: 6, from: 8, date: 9, body: 5 }],
    ['malformed', { subject: 3, from: 3, date: 3, body: 1 }],
  ])('agrees on %s fields', async (folder, minimum) => {
    const agreement = await stalwartAgreement(folder);
    console.info(`stalwart ${folder}: ${JSON.stringify(agreement)}`);
    expect(agreement.subject[0]).toBeGreaterThanOrEqual(minimum.subject);
    expect(agreement.from[0]).toBeGreaterThanOrEqual(minimum.from);
    expect(agreement.date[0]).toBeGreaterThanOrEqual(minimum.date);
    expect(agreement.body[0]).toBeGreaterThanOrEqual(minimum.body);
  });
});

function filesUnder(relative: string): string[] {
  const root = testDataPath(relative);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(root, name))
    .filter((file) => statSync(file).isFile());
}

describe('broken MIME never crashes', () => {
  it.each(['enmime/testdata', 'mikel-mail/spec/fixtures/emails', STALWART])('reads or quarantines all of %s', async (folder) => {
    let messages = 0;
    let quarantined = 0;
    for (const file of filesUnder(folder).filter((name) => !name.endsWith('.json'))) {
      const item = await parseEmail(readFileSync(file), file);
      if (item.kind === 'message') {
        messages += 1;
        expect(item.message.sentAt, file).toMatch(/^\d{4}-\d\d-\d\dT/);
      } else {
        quarantined += 1;
        expect(item.item.reason, file).not.toBe('');
      }
    }
    console.info(`${folder}: ${messages} read, ${quarantined} quarantined`);
    expect(messages).toBeGreaterThan(quarantined);
  });
});
