import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normalizedMessage } from '../test-support/parsed-message.js';
import { SqliteStore } from './sqlite-store.js';

describe('SqliteStore', () => {
  let dir: string;
  let path: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-store-'));
    path = join(dir, 'test.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const messages = [
    normalizedMessage({ id: 'a', sentAt: '2026-03-10T09:00:00+04:00', text: 'Need 2x40HQ' }),
    normalizedMessage({ id: 'b', sentAt: '2026-03-10T06:00:00+00:00', text: 'Price?', direction: 'outbound' }),
    normalizedMessage({ id: 'c', conversationId: 'conv-2', text: 'Other chat' }),
  ];

  it('stores messages once however often they are saved', async () => {
    const store = SqliteStore.open(path);
    const first = await store.saveMessages(messages);
    const second = await store.saveMessages(messages);
    expect(first).toEqual({ inserted: 3, unchanged: 0, updated: 0 });
    expect(second).toEqual({ inserted: 0, unchanged: 3, updated: 0 });
    expect((await store.countRows()).messages).toBe(3);
    await store.close();
  });

  it('reopens an existing file without migrating again', async () => {
    const store = SqliteStore.open(path);
    await store.saveMessages(messages);
    await store.close();
    const reopened = SqliteStore.open(path);
    expect((await reopened.countRows()).messages).toBe(3);
    await reopened.close();
  });

  it('returns a conversation in UTC time order with every field', async () => {
    const store = SqliteStore.open(path);
    await store.saveMessages(messages);
    const loaded = await store.loadConversationMessages(['conv-1']);
    // 09:00+04:00 is 05:00Z, one hour before the outbound 06:00Z.
    expect(loaded.map((m) => m.id)).toEqual(['a', 'b']);
    expect(loaded[0]).toEqual(messages[0]);
    await store.close();
  });

  it('reports a changed row as updated', async () => {
    const store = SqliteStore.open(path);
    await store.saveMessages(messages);
    const changed = await store.saveMessages([{ ...messages[0]!, conversationId: 'conv-9' }]);
    expect(changed).toEqual({ inserted: 0, unchanged: 0, updated: 1 });
    await store.close();
  });

  it('compares stored send time and raw text by id', async () => {
    const store = SqliteStore.open(path);
    await store.saveMessages(messages);
    const { sentAt, rawText } = messages[0]!;
    const differs = await store.storedContentDiffers([
      { id: 'a', sentAt, rawText },
      { id: 'a', sentAt, rawText: 'Other text' },
      { id: 'a', sentAt: '2026-03-11T09:00:00+04:00', rawText },
      { id: 'missing', sentAt, rawText },
    ]);
    expect(differs).toEqual([false, true, true, false]);
    await store.close();
  });

  it('reports each write outcome by id', async () => {
    const store = SqliteStore.open(path);
    await store.saveMessages(messages.slice(0, 2));
    const outcomes = new Map();
    await store.saveMessages([messages[0]!, { ...messages[1]!, direction: 'inbound' }, messages[2]!], outcomes);
    expect([...outcomes]).toEqual([
      ['a', 'unchanged'],
      ['b', 'updated'],
      ['c', 'inserted'],
    ]);
    expect(await store.loadMessageDirections(['a', 'b', 'missing'])).toEqual(new Map([['a', 'inbound'], ['b', 'inbound']]));
    await store.close();
  });

  it('keeps one quarantine row per source and reason', async () => {
    const store = SqliteStore.open(path);
    const items = [{ source: 'bad.eml', reason: 'no Date header', raw: null }];
    await store.saveQuarantine(items);
    await store.saveQuarantine(items);
    await store.saveQuarantine([{ source: 'bad.eml', reason: 'other reason', raw: 'x' }]);
    expect((await store.countRows()).quarantine).toBe(2);
    await store.close();
  });

  it('names the file when it cannot be opened', () => {
    expect(() => SqliteStore.open(join(dir, 'missing-folder', 'x.db'))).toThrow(/missing-folder.*x\.db/);
  });
});
