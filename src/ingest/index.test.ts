import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../core/errors.js';
import { countInputFiles, listInputFiles, readInputs } from './index.js';
import { testDataPath } from './test-paths.js';
import { testDir } from '../test-support/temp-dir.js';

function tree(): string {
  const dir = testDir('ingest');
  mkdirSync(`${dir}/sub folder`);
  mkdirSync(`${dir}/.hidden`);
  writeFileSync(`${dir}/WhatsApp Chat with A|B%20 🚢\u00a0x.txt`, '18/03/2022, 14:56 - A: Need price\n18/03/2022, 14:57 - B: USD 2.35/pc\n');
  writeFileSync(`${dir}/sub folder/m.jsonl`, '{"channel":"email","sentAt":"2026-03-10T09:15:00Z","text":"hi"}\n');
  writeFileSync(`${dir}/sub folder/notes.bin`, Buffer.from([0, 1, 2, 3]));
  writeFileSync(`${dir}/.hidden/x.jsonl`, '{"channel":"email","sentAt":"2026-03-10T09:15:00Z","text":"hidden"}\n');
  writeFileSync(`${dir}/.DS_Store`, 'x');
  for (const name of ['parley.db', 'parley.db-wal', 'parley.db-shm', 'store.sqlite3']) writeFileSync(`${dir}/${name}`, 'SQLite format 3\u0000');
  return dir;
}

describe('readInputs', () => {
  it('walks folders sorted, skipping hidden and databases', async () => {
    const dir = tree();
    const files = await listInputFiles([dir]);
    expect(files.map((file) => file.slice(dir.length + 1))).toEqual([
      'WhatsApp Chat with A|B%20 🚢\u00a0x.txt',
      'sub folder/m.jsonl',
      'sub folder/notes.bin',
    ]);
    expect(await countInputFiles([dir])).toBe(3);
  });

  it('dispatches by content with progress', async () => {
    const dir = tree();
    const progress: number[] = [];
    const items = [];
    for await (const item of readInputs([dir], { utcOffsetMinutes: 240, onFile: (_file, index) => progress.push(index) })) {
      items.push(item);
    }
    expect(progress).toEqual([0, 1, 2]);
    expect(items.map((item) => item.kind)).toEqual(['message', 'message', 'message', 'quarantine']);
    const first = items[0];
    if (first?.kind === 'message') expect(first.message.sentAt).toBe('2022-03-18T14:56:00+04:00');
  });

  it('reads the shared samples folder', async () => {
    let messages = 0;
    for await (const item of readInputs([testDataPath('chat-analytics/tests/samples/whatsapp')])) {
      if (item.kind === 'message') messages += 1;
    }
    // 2A_5M.txt has 5 messages; 4A_11M.txt and its .zip copy 11 each.
    expect(messages).toBe(27);
  });

  it('rejects a missing path', async () => {
    await expect(listInputFiles(['/nonexistent/parley'])).rejects.toBeInstanceOf(InputError);
  });
});

// Root ignores folder permissions, so these checks run only as a non-root
// user (for example `runuser -u nobody`).
describe.skipIf(process.getuid?.() === 0)('readInputs with an unreadable folder', () => {
  const locked: string[] = [];
  afterEach(() => {
    // Give the permission back so the temporary folder can be removed.
    for (const dir of locked.splice(0)) chmodSync(dir, 0o755);
  });

  it('reads files beside locked subfolder', async () => {
    const dir = testDir('locked');
    writeFileSync(`${dir}/chat.txt`, '18/03/2022, 14:56 - A: Need price\n18/03/2022, 14:57 - B: USD 2.35/pc\n');
    mkdirSync(`${dir}/locked`);
    writeFileSync(`${dir}/locked/hidden.txt`, '18/03/2022, 15:00 - A: never read\n');
    chmodSync(`${dir}/locked`, 0o000);
    locked.push(`${dir}/locked`);
    expect(await listInputFiles([dir])).toEqual([`${dir}/chat.txt`]);
    const items = [];
    for await (const item of readInputs([dir])) items.push(item);
    const texts = items.flatMap((item) => (item.kind === 'message' ? [item.message.body] : []));
    expect(texts).toEqual(['Need price', 'USD 2.35/pc']);
    const quarantine = items.flatMap((item) => (item.kind === 'quarantine' ? [item.item] : []));
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0]?.source).toBe(`${dir}/locked`);
    expect(quarantine[0]?.reason).toMatch(/^failed to read folder: EACCES: permission denied/);
  });

  it('quarantines a locked given folder', async () => {
    const dir = testDir('locked');
    chmodSync(dir, 0o000);
    locked.push(dir);
    const items = [];
    for await (const item of readInputs([dir])) items.push(item);
    expect(items).toEqual([{ kind: 'quarantine', item: { source: dir, reason: expect.stringMatching(/EACCES/), raw: null } }]);
  });

  it('rejects a given file behind a locked folder', async () => {
    const dir = testDir('locked');
    writeFileSync(`${dir}/chat.txt`, '18/03/2022, 14:56 - A: Need price\n');
    chmodSync(dir, 0o000);
    locked.push(dir);
    const read = listInputFiles([`${dir}/chat.txt`]);
    await expect(read).rejects.toBeInstanceOf(InputError);
    await expect(read).rejects.toThrow(/failed to access the file or folder: EACCES.*check its permissions/);
  });
});

describe('readInputs on business exports', () => {
  it('reads WhatsApp dates in the configured order', async () => {
    const dir = testDir('whatsapp-order');
    writeFileSync(`${dir}/WhatsApp Chat with Omar.txt`, '03/04/2026, 09:40 - Omar: Need price\n03/05/2026, 10:00 - Omar: Any news?\n');
    const read = async (dateOrder: 'dmy' | 'mdy') => {
      const sentAt: string[] = [];
      const config = { mappings: { marketplace: {}, webform: {}, dateOrder } };
      for await (const item of readInputs([dir], { config })) if (item.kind === 'message') sentAt.push(item.message.sentAt);
      return sentAt;
    };
    expect(await read('mdy')).toEqual(['2026-03-04T09:40:00', '2026-03-05T10:00:00']);
    expect(await read('dmy')).toEqual(['2026-04-03T09:40:00', '2026-05-03T10:00:00']);
  });

  it('passes config mappings and reports skipped records', async () => {
    const dir = testDir('business');
    writeFileSync(`${dir}/leads.csv`, 'Lead;Artikel;Menge;Datum;Telefon\nL-1;Panel;50;2026-11-01 10:00;050 123 4567\n');
    const status = { id: 'wamid.1', status: 'read', timestamp: '1793520000', recipient_id: '447700900123' };
    const value = { messaging_product: 'whatsapp', metadata: { display_phone_number: '15550100001' }, statuses: [status] };
    writeFileSync(`${dir}/hooks.json`, JSON.stringify({ object: 'whatsapp_business_account', entry: [{ changes: [{ value }] }] }));
    const mappings = { marketplace: { id: 'Lead', product: 'Artikel', quantity: 'Menge', date: 'Datum', phone: 'Telefon' }, webform: {} };
    const skipped: [string, number][] = [];
    const items = [];
    for await (const item of readInputs([dir], { config: { mappings, defaultCountry: 'AE' }, onSkipped: (file, count) => skipped.push([file, count]) })) {
      items.push(item);
    }
    expect(items).toHaveLength(1);
    const [first] = items;
    expect(first?.kind).toBe('message');
    if (first?.kind === 'message') {
      expect(first.message.conversationKey).toBe('marketplace:L-1');
      expect(first.message.sender.phone).toBe('+971501234567');
    }
    expect(skipped).toEqual([[`${dir}/hooks.json`, 1]]);
  });

  it('quarantines unknown CSV naming formats', async () => {
    const dir = testDir('unknown');
    writeFileSync(`${dir}/x.csv`, 'alpha,beta\n1,2\n');
    const items = [];
    for await (const item of readInputs([dir])) items.push(item);
    expect(items).toHaveLength(1);
    expect(items[0]?.kind).toBe('quarantine');
    if (items[0]?.kind === 'quarantine') expect(items[0].item.reason).toMatch(/supported formats/);
  });
});
