import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IngestItem } from '../core/types.js';
import { readMbox, splitMbox } from './mbox.js';
import { testDataPath } from './test-paths.js';
import { testDir } from '../test-support/temp-dir.js';

const MBOX = 'MimeKit/UnitTests/TestData/mbox/';

async function collect<T>(source: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of source) out.push(value);
  return out;
}

describe('splitMbox', () => {
  it.each(['content-length', 'issue1189'])('matches MimeKit offsets for %s', async (name) => {
    const expected = (JSON.parse(readFileSync(testDataPath(`${MBOX}${name}.unix-offsets.json`), 'utf8')) as { mboxMarkerOffset: number }[]).map(
      (entry) => entry.mboxMarkerOffset,
    );
    const offsets = (await collect(splitMbox(testDataPath(`${MBOX}${name}.mbox.txt`)))).map((message) => message.offset);
    expect(offsets).toEqual(expected);
  });

  it('keeps unescaped From lines in bodies', async () => {
    const messages = await collect(splitMbox(testDataPath(`${MBOX}unmunged.mbox.txt`)));
    expect(messages).toHaveLength(2);
    expect(messages[0]?.raw.toString('utf8')).toContain('\nFrom Russia with love');
  });

  it('unescapes >From lines', async () => {
    const { writeFileSync } = await import('node:fs');
    const dir = testDir('mbox');
    const file = `${dir}/a.mbox`;
    const message = 'From: a@example.com\nDate: Tue, 10 Mar 2026 09:15:00 +0400\n\nline\n>From here on\n';
    writeFileSync(file, `From a@example.com Tue Mar 10 09:15:00 2026\n${message}\nFrom b@example.com Tue Mar 10 09:16:00 2026\n${message}`);
    const items = await collect(readMbox(file));
    expect(items).toHaveLength(2);
    const first = items[0];
    if (first?.kind !== 'message') throw new Error('expected a message');
    expect(first.message.body).toContain('\nFrom here on');
    expect(first.message.source).toBe(`${file}#message=1,offset=0`);
  });
});

describe('readMbox', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('reads %s line ends', async (_name, eol) => {
    const { writeFileSync } = await import('node:fs');
    const file = `${testDir('mbox')}/eol.mbox`;
    const message = (n: number) =>
      [`From a@example.com Tue Mar 10 09:1${n}:00 2026`, 'From: a@example.com', `Date: Tue, 10 Mar 2026 09:1${n}:00 +0400`, `Subject: s${n}`, '', `body ${n}`, ''];
    writeFileSync(file, [...message(1), ...message(2)].join(eol));
    const items = await collect(readMbox(file));
    expect(items.map((item) => (item.kind === 'message' ? item.message.subject : item.item.reason))).toEqual(['s1', 's2']);
    const second = items[1];
    if (second?.kind === 'message') expect(second.message.body).toBe('body 2');
  });

  it('reads a real richtext body', async () => {
    const items = await collect(readMbox(testDataPath(`${MBOX}content-length.mbox.txt`)));
    const rich = items.find((item) => item.kind === 'message' && item.message.subject === 'More richtext questions/comments');
    if (rich?.kind !== 'message') throw new Error('expected the richtext message');
    expect(rich.message.body).toMatch(/^Nathaniel,\n\nI think the biggest problem with point size/);
    expect(rich.message.body).not.toContain('<nl>');
  });

  it('quarantines a file without separators', async () => {
    const { writeFileSync } = await import('node:fs');
    const file = `${testDir('mbox')}/none.mbox`;
    writeFileSync(file, 'just text\nno separator\n');
    const items = await collect(readMbox(file));
    expect(items).toHaveLength(1);
    expect(items[0]?.kind).toBe('quarantine');
  });

  it('parses simple.mbox with dates', async () => {
    const items: IngestItem[] = await collect(readMbox(testDataPath(`${MBOX}simple.mbox.txt`)));
    expect(items).toHaveLength(3);
    expect(items.filter((item) => item.kind === 'message').length).toBeGreaterThan(0);
  });

  it('quarantines dateless messages with locator', async () => {
    const items = await collect(readMbox(testDataPath(`${MBOX}unmunged.mbox.txt`)));
    expect(items.map((item) => item.kind)).toEqual(['quarantine', 'quarantine']);
    const second = items[1];
    if (second?.kind === 'quarantine') {
      expect(second.item.source).toMatch(/#message=2,offset=245$/);
      expect(second.item.reason).toContain('Date');
    }
  });
});
