import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IngestItem } from '../core/types.js';
import { readInputs } from './index.js';
import { testDataPath } from './test-paths.js';

const MAILDIR = 'sisimai-set-of-emails/maildir/';

async function collect(folder: string): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readInputs([testDataPath(MAILDIR + folder)])) items.push(item);
  return items;
}

/** File name of an item's source, without the folder and the mbox locator. */
function fileOf(item: IngestItem): string {
  const source = item.kind === 'message' ? item.message.source : item.item.source;
  return source.replace(/#.*$/, '').split('/').pop() ?? '';
}

describe('readInputs on maildir folders', () => {
  // bsd has LF line ends, dos CRLF and mac a lone CR.
  it.each([
    ['bsd', 620],
    ['dos', 79],
    ['mac', 79],
  ])('reads or quarantines every file of %s', async (folder, minMessages) => {
    const names = readdirSync(testDataPath(MAILDIR + folder));
    const items = await collect(folder);
    const seen = new Set(items.map(fileOf));
    for (const name of names) expect(seen.has(name), name).toBe(true);
    const messages = items.filter((item) => item.kind === 'message');
    expect(messages.length).toBeGreaterThanOrEqual(minMessages);
    for (const item of items) {
      if (item.kind === 'quarantine') expect(item.item.reason.length, item.item.source).toBeGreaterThan(0);
    }
  });

  it('reads CR-only files like CRLF ones', async () => {
    const dos = await collect('dos');
    const mac = await collect('mac');
    const summary = (items: IngestItem[]) =>
      items.map((item) =>
        item.kind === 'message' ? `${fileOf(item)} ${item.message.sentAt} ${item.message.subject ?? ''}` : `${fileOf(item)} quarantined`,
      );
    expect(summary(mac)).toEqual(summary(dos));
  });

  it('flags mac bounces as automated', async () => {
    const messages = (await collect('mac')).filter((item) => item.kind === 'message');
    const automated = messages.filter((item) => item.kind === 'message' && item.message.automated === true);
    expect(automated.length).toBe(messages.length);
  });

  it('keeps the header fields of CR-only mail', async () => {
    const items = await collect('mac');
    const message = items.find((item) => item.kind === 'message' && fileOf(item) === 'rfc3464-01.eml');
    if (message?.kind !== 'message') throw new Error('rfc3464-01.eml was not read');
    expect(message.message.sender.email).toMatch(/@/);
    expect(message.message.body).not.toMatch(/^Received:/m);
  });
});
