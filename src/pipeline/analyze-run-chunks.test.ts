import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_CONFIG, parseSellerConfig } from '../config/seller-config.js';
import { silentLogger } from '../core/log.js';
import type { IngestItem, ParsedMessage } from '../core/types.js';
import { SqliteStore } from '../store/sqlite-store.js';
import { parsedMessage } from '../test-support/parsed-message.js';
import { collectReport, runAnalysis } from './analyze-run.js';

const buyer = { name: 'Mei Lin', email: 'mei@buyer.example', phone: null };
const seller = { name: 'Sales', email: 'sales@seller.example', phone: null };

function email(id: string, minute: number, overrides: Partial<ParsedMessage> = {}): ParsedMessage {
  return parsedMessage({
    channel: 'email',
    source: `inbox.mbox#message=${minute}`,
    sourceId: id,
    conversationKey: null,
    sender: buyer,
    recipients: [seller],
    sentAt: `2026-03-10T09:${String(minute).padStart(2, '0')}:00Z`,
    subject: 'RFQ LED panels',
    body: `Message ${id}: please quote 500 LED panels.`,
    ...overrides,
  });
}

/** A question, the seller's reply and the buyer's answer, linked by In-Reply-To and References. */
const thread = [
  email('a@buyer.example', 1),
  email('b@seller.example', 2, { sender: seller, recipients: [buyer], inReplyTo: 'a@buyer.example', references: ['a@buyer.example'] }),
  email('c@buyer.example', 3, { inReplyTo: 'b@seller.example' }),
];

async function* itemsOf(messages: ParsedMessage[]): AsyncGenerator<IngestItem> {
  for (const message of messages) yield { kind: 'message', message };
}

describe('runAnalysis in chunks', () => {
  let dir: string;
  let path: string;
  let store: SqliteStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-chunks-'));
    path = join(dir, 'p.db');
    store = SqliteStore.open(path);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (messages: ParsedMessage[], chunkSize: number) =>
    runAnalysis(itemsOf(messages), { store, config: EMPTY_CONFIG, asOf: new Date('2026-04-01T00:00:00Z'), logger: silentLogger, chunkSize });

  /** Returns every row of every table, so two snapshots compare the whole database. */
  function dumpDatabase(): Record<string, unknown[]> {
    const db = new Database(path, { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    const dump: Record<string, unknown[]> = {};
    for (const { name } of tables) dump[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all();
    db.close();
    return dump;
  }

  function storedMessages(): { id: string; raw_text: string }[] {
    const db = new Database(path, { readonly: true });
    const rows = db.prepare('SELECT id, raw_text FROM messages ORDER BY sent_at_utc').all() as { id: string; raw_text: string }[];
    db.close();
    return rows;
  }

  function storedConversationIds(): string[] {
    const db = new Database(path, { readonly: true });
    const rows = db.prepare('SELECT DISTINCT conversation_id AS id FROM messages').all() as { id: string }[];
    db.close();
    return rows.map((row) => row.id);
  }

  it('threads a split thread as one conversation', async () => {
    const report = await run(thread, 1);
    expect(storedConversationIds()).toHaveLength(1);
    expect((await collectReport(report)).conversations).toHaveLength(1);
    expect(report.summary.read).toBe(3);
    expect(report.summary.stored).toBe(3);
  });

  it('gives the same id as one chunk', async () => {
    await run(thread, 1000);
    const whole = storedConversationIds();
    await store.close();
    path = join(dir, 'split.db');
    store = SqliteStore.open(path);
    await run(thread, 1);
    expect(storedConversationIds()).toEqual(whole);
  });

  it('joins a reply read before its parent', async () => {
    await run([thread[2]!, thread[1]!, thread[0]!], 1);
    expect(storedConversationIds()).toHaveLength(1);
  });

  it('joins a reply of a later run', async () => {
    await run([thread[0]!], 1000);
    const first = storedConversationIds();
    const report = await run([email('d@buyer.example', 9, { subject: 'Price?', inReplyTo: 'a@buyer.example' })], 1000);
    expect(storedConversationIds()).toEqual(first);
    expect(report.summary.stored).toBe(1);
  });

  it('leaves the store unchanged on a second run', async () => {
    await run(thread, 1);
    const before = dumpDatabase();
    const second = await run(thread, 1);
    expect(second.summary.stored).toBe(0);
    expect(second.summary.updated).toBe(0);
    expect(second.summary.duplicate).toBe(3);
    expect(dumpDatabase()).toEqual(before);
  });

  it('counts sources across chunks', async () => {
    const report = await run(thread, 2);
    expect(report.summary.sources).toEqual([
      { source: 'inbox.mbox', read: 3, stored: 3, duplicate: 0, updated: 0, quarantined: 0 },
    ]);
  });

  /** One Message-ID on two different messages, as a broken mailer or two exports of one thread give. */
  const reused = [
    email('same@buyer.example', 1, { body: 'Please quote 500 LED panels.' }),
    email('same@buyer.example', 2, { body: 'Please quote 800 LED panels instead.' }),
  ];

  it('stores both messages of a reused Message-ID', async () => {
    const report = await run(reused, 1);
    expect(report.summary.stored).toBe(2);
    expect(report.summary.updated).toBe(0);
    expect(storedMessages().map((row) => row.raw_text)).toEqual([
      'Please quote 500 LED panels.',
      'Please quote 800 LED panels instead.',
    ]);
  });

  it('gives a reused Message-ID the ids of one chunk', async () => {
    await run(reused, 1000);
    const whole = storedMessages();
    await store.close();
    path = join(dir, 'split.db');
    store = SqliteStore.open(path);
    await run(reused, 1);
    expect(storedMessages()).toEqual(whole);
    expect(whole[0]?.id).toBe('same@buyer.example');
  });

  it('stores nothing new when a reused Message-ID is read again', async () => {
    await run(reused, 1);
    const before = dumpDatabase();
    for (const chunkSize of [1, 1000]) {
      const again = await run(reused, chunkSize);
      expect(again.summary.stored).toBe(0);
      expect(again.summary.updated).toBe(0);
      expect(again.summary.duplicate).toBe(2);
      expect(dumpDatabase()).toEqual(before);
    }
  });

  it('counts a message repeated in a later chunk as a duplicate', async () => {
    const copy = { ...thread[0]!, source: 'copy.mbox#message=1' };
    const report = await run([...thread, copy], 1);
    expect(report.summary.stored).toBe(3);
    expect(report.summary.duplicate).toBe(1);
    expect(report.summary.updated).toBe(0);
    expect(report.summary.sources).toEqual([
      { source: 'copy.mbox', read: 1, stored: 0, duplicate: 1, updated: 0, quarantined: 0 },
      { source: 'inbox.mbox', read: 3, stored: 3, duplicate: 0, updated: 0, quarantined: 0 },
    ]);
    const again = await run([...thread, copy], 1);
    expect(again.summary.updated).toBe(0);
    expect(again.summary.duplicate).toBe(4);
  });

  it('keeps team directions in chunks', async () => {
    const config = parseSellerConfig({ team: { domains: ['seller.example'] } }, 'test config');
    await runAnalysis(itemsOf(thread), { store, config, asOf: new Date('2026-04-01T00:00:00Z'), logger: silentLogger, chunkSize: 1 });
    const db = new Database(path, { readonly: true });
    const rows = db.prepare('SELECT id, direction FROM messages ORDER BY id').all();
    db.close();
    expect(rows).toEqual([
      { id: 'a@buyer.example', direction: 'inbound' },
      { id: 'b@seller.example', direction: 'outbound' },
      { id: 'c@buyer.example', direction: 'inbound' },
    ]);
  });

  it('keeps repeated chat lines split by chunks', async () => {
    const line = (n: number) => parsedMessage({ source: `chat.txt#line=${n}`, body: 'ok', sentAt: '2026-03-10T09:00' });
    const report = await run([line(1), line(2)], 1);
    expect(report.summary.stored).toBe(2);
    expect(report.summary.duplicate).toBe(0);
  });
});
