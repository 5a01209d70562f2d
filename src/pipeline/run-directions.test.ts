import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../config/seller-config.js';
import { silentLogger } from '../core/log.js';
import type { IngestItem, ParsedMessage, Sender } from '../core/types.js';
import { readInputs } from '../ingest/index.js';
import { testDataPath } from '../ingest/test-paths.js';
import { SqliteStore } from '../store/sqlite-store.js';
import { parsedMessage } from '../test-support/parsed-message.js';
import { runAnalysis } from './analyze-run.js';

const seller: Sender = { name: 'Sales', email: 'sales@seller.example', phone: null };
const buyers: Sender[] = ['ana', 'omar', 'mei'].map((name) => ({ name, email: `${name}@buyer${name.length}.example`, phone: null }));

function email(id: string, minute: number, sender: Sender, recipient: Sender, overrides: Partial<ParsedMessage> = {}): ParsedMessage {
  return parsedMessage({
    channel: 'email',
    source: `inbox.mbox#message=${minute}`,
    sourceId: id,
    conversationKey: null,
    sender,
    recipients: [recipient],
    sentAt: `2026-03-10T09:${String(minute).padStart(2, '0')}:00Z`,
    subject: `Thread ${id.slice(0, 1)}`,
    body: `Message ${id} about LED panels.`,
    ...overrides,
  });
}

/**
 * Three threads of one seller. The buyers open the first two, and the
 * seller opens the third. Read alone, the third thread makes its opener the buyer,
 * so only the counts of the whole run show who the seller is.
 */
const [ana, omar, mei] = buyers as [Sender, Sender, Sender];
const opened = [
  email('a1@buyer', 1, ana, seller),
  email('a2@seller', 2, seller, ana, { inReplyTo: 'a1@buyer' }),
  email('b1@buyer', 3, omar, seller),
  email('b2@seller', 4, seller, omar, { inReplyTo: 'b1@buyer' }),
];
const outreach = [
  email('c1@seller', 5, seller, mei),
  email('c2@buyer', 6, mei, seller, { inReplyTo: 'c1@seller' }),
];
const mailbox = [...opened, ...outreach];

async function* itemsOf(messages: ParsedMessage[]): AsyncGenerator<IngestItem> {
  for (const message of messages) yield { kind: 'message', message };
}

describe('runAnalysis directions over chunks', () => {
  let dir: string;
  const stores: { path: string; store: SqliteStore }[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-directions-'));
  });
  afterEach(async () => {
    for (const { store } of stores.splice(0)) await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function openStore(name: string): { path: string; store: SqliteStore } {
    const path = join(dir, `${name}.db`);
    const opened = { path, store: SqliteStore.open(path) };
    stores.push(opened);
    return opened;
  }

  const run = (store: SqliteStore, messages: ParsedMessage[] | AsyncIterable<IngestItem>, chunkSize: number) =>
    runAnalysis(Array.isArray(messages) ? itemsOf(messages) : messages, {
      store,
      config: EMPTY_CONFIG,
      asOf: new Date('2026-04-01T00:00:00Z'),
      logger: silentLogger,
      chunkSize,
    });

  function query<T>(path: string, sql: string): T[] {
    const db = new Database(path, { readonly: true });
    const rows = db.prepare(sql).all() as T[];
    db.close();
    return rows;
  }

  const directions = (path: string) =>
    query<{ id: string; direction: string }>(path, 'SELECT id, direction FROM messages ORDER BY id');
  const buyerRows = (path: string) =>
    query<{ conversation_id: string; buyers_json: string }>(path, 'SELECT conversation_id, buyers_json FROM conversation_buyers ORDER BY 1');

  /** Returns every row of every table, so two snapshots compare the whole database. */
  function dumpDatabase(path: string): Record<string, unknown[]> {
    const tables = query<{ name: string }>(path, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    return Object.fromEntries(tables.map(({ name }) => [name, query(path, `SELECT * FROM "${name}" ORDER BY 1`)]));
  }

  it('finds a seller visible only over the whole run', async () => {
    const split = openStore('split');
    await run(split.store, mailbox, 2);
    const byId = new Map(directions(split.path).map((row) => [row.id, row.direction]));
    expect(byId.get('c1@seller')).toBe('outbound');
    expect(byId.get('c2@buyer')).toBe('inbound');
    expect(byId.get('a2@seller')).toBe('outbound');
    expect(byId.get('a1@buyer')).toBe('inbound');
  });

  it('stores what one chunk stores', async () => {
    const whole = openStore('whole');
    const split = openStore('split');
    const wholeReport = await run(whole.store, mailbox, 1000);
    const splitReport = await run(split.store, mailbox, 2);
    expect(directions(split.path)).toEqual(directions(whole.path));
    expect(buyerRows(split.path)).toEqual(buyerRows(whole.path));
    expect(dumpDatabase(split.path)).toEqual(dumpDatabase(whole.path));
    expect(splitReport.summary).toEqual(wholeReport.summary);
  });

  it('keeps the seller out of the buyers', async () => {
    const split = openStore('split');
    await run(split.store, mailbox, 2);
    const stored = buyerRows(split.path).map((row) => JSON.parse(row.buyers_json) as Sender[]);
    expect(stored).toHaveLength(3);
    for (const list of stored) expect(list.map((buyer) => buyer.email)).not.toContain(seller.email);
  });

  it('counts new messages as stored only', async () => {
    const split = openStore('split');
    const report = await run(split.store, mailbox, 2);
    expect(report.summary.stored).toBe(6);
    expect(report.summary.updated).toBe(0);
    expect(report.summary.duplicate).toBe(0);
  });

  it('writes nothing on a second run', async () => {
    const split = openStore('split');
    await run(split.store, mailbox, 2);
    const before = dumpDatabase(split.path);
    const second = await run(split.store, mailbox, 2);
    expect(second.summary.stored).toBe(0);
    expect(second.summary.updated).toBe(0);
    expect(second.summary.duplicate).toBe(6);
    expect(dumpDatabase(split.path)).toEqual(before);
  });

  it('counts a changed stored direction as updated', async () => {
    const whole = openStore('whole');
    const split = openStore('split');
    for (const { store } of [whole, split]) await run(store, outreach, 1000);
    // Alone, the outreach thread makes the seller its buyer.
    expect(directions(split.path)).toEqual([
      { id: 'c1@seller', direction: 'inbound' },
      { id: 'c2@buyer', direction: 'outbound' },
    ]);
    const wholeReport = await run(whole.store, mailbox, 1000);
    const splitReport = await run(split.store, mailbox, 2);
    expect(splitReport.summary.stored).toBe(4);
    expect(splitReport.summary.updated).toBe(2);
    expect(splitReport.summary.duplicate).toBe(0);
    expect(splitReport.summary.sources).toEqual([
      { source: 'inbox.mbox', read: 6, stored: 4, duplicate: 0, updated: 2, quarantined: 0 },
    ]);
    expect(splitReport.summary).toEqual(wholeReport.summary);
    expect(directions(split.path)).toEqual(directions(whole.path));
    expect(buyerRows(split.path)).toEqual(buyerRows(whole.path));
  });

  it('keeps a direction the source states', async () => {
    const split = openStore('split');
    const stated = [...opened, { ...outreach[0]!, direction: 'inbound' as const }, outreach[1]!];
    await run(split.store, stated, 2);
    const byId = new Map(directions(split.path).map((row) => [row.id, row.direction]));
    expect(byId.get('c1@seller')).toBe('inbound');
    expect(byId.get('c2@buyer')).toBe('inbound');
  });

  it('gives real exports the directions of one chunk', async () => {
    const exports = ['whats_json/test/data', 'rwhatsapp/inst/extdata/sample.zip', 'spark-mail-enron', 'MimeKit', 'whatstk/chats'];
    const read = () => readInputs(exports.map(testDataPath));
    const whole = openStore('whole');
    const split = openStore('split');
    const wholeReport = await run(whole.store, read(), 100_000);
    const splitReport = await run(split.store, read(), 50);
    const messages = (path: string) =>
      query<{ id: string; conversation_id: string; direction: string }>(path, 'SELECT id, conversation_id, direction FROM messages ORDER BY id');
    expect(wholeReport.summary.read).toBeGreaterThan(2000);
    expect(messages(split.path)).toEqual(messages(whole.path));
    expect(buyerRows(split.path)).toEqual(buyerRows(whole.path));
    expect(splitReport.summary).toEqual(wholeReport.summary);
    const again = await run(split.store, read(), 50);
    expect(again.summary.stored).toBe(0);
    expect(again.summary.updated).toBe(0);
  });
});
