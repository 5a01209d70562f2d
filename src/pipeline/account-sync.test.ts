import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account, ConversationBuyers } from '../core/types.js';
import { resolveAccounts } from '../normalize/accounts-resolve.js';
import { SqliteStore } from '../store/sqlite-store.js';
import { normalizedMessage } from '../test-support/parsed-message.js';
import { syncAccounts } from './account-sync.js';

const omarChat = { name: 'Omar', email: null, phone: '+971550100123' };

describe('syncAccounts', () => {
  let dir: string;
  let store: SqliteStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-sync-'));
    store = SqliteStore.open(join(dir, 'test.db'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('derives buyers for conversations stored before buyers were kept', async () => {
    await store.saveMessages([normalizedMessage({ id: 'a', conversationId: 'old-chat', sender: omarChat })]);
    const batch = [{ conversationId: 'mail', buyers: [{ name: 'Omar', email: 'omar@gmail.com', phone: '+971550100123' }], label: null }];
    const resolved = await syncAccounts(store, batch);
    expect(resolved.accounts).toHaveLength(1);
    expect(resolved.accounts[0]?.conversationIds).toEqual(['mail', 'old-chat']);
  });

  it('keeps stored identities when a batch has only new messages', async () => {
    const email = { name: 'Omar', email: 'omar@gulf-trading.example', phone: null };
    await syncAccounts(store, [{ conversationId: 'mail', buyers: [email, omarChat], label: null }]);
    await syncAccounts(store, [{ conversationId: 'mail', buyers: [email], label: null }]);
    const [record] = await store.loadConversationBuyers();
    expect(record?.buyers.map((buyer) => buyer.phone)).toContain('+971550100123');
  });

  it('reads local numbers with the default country', async () => {
    await store.saveMessages([
      normalizedMessage({ id: 'a', conversationId: 'old-chat', sender: { name: 'Omar', email: null, phone: '055 010 0123' } }),
    ]);
    const resolved = await syncAccounts(store, [], 'AE');
    expect(resolved.identities).toContainEqual(expect.objectContaining({ kind: 'phone', value: '+971550100123' }));
  });
});

describe('syncAccounts by connected set', () => {
  let dir: string;
  let store: SqliteStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-sets-'));
    store = SqliteStore.open(join(dir, 'test.db'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A small deterministic generator, so a failing case can be replayed. */
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
  }

  /** Conversations whose buyers draw phones, emails and company domains from small pools, so many link up. */
  function conversations(seed: number, count: number): ConversationBuyers[] {
    const next = random(seed);
    const pick = (n: number) => Math.floor(next() * n);
    return Array.from({ length: count }, (_, index) => {
      const buyers = Array.from({ length: 1 + pick(2) }, () => ({
        name: null,
        email: next() < 0.6 ? `buyer${pick(12)}@${next() < 0.3 ? 'gmail.com' : `co${pick(8)}.example`}` : null,
        phone: next() < 0.4 ? `+97155010${String(pick(15)).padStart(4, '0')}` : null,
      }));
      return { conversationId: `c${String(index).padStart(2, '0')}`, buyers, label: null };
    });
  }

  const partition = (accounts: Account[]) => accounts.map((account) => account.conversationIds.join(',')).sort();

  it.each([1, 2, 3, 4, 5])('groups like one pass over every conversation (seed %i)', async (seed) => {
    const all = conversations(seed, 40);
    const next = random(seed + 100);
    const remaining = [...all];
    while (remaining.length > 0) {
      const batch = remaining.splice(0, 1 + Math.floor(next() * 8));
      await syncAccounts(store, batch);
    }
    const expected = resolveAccounts(all, []).accounts;
    const stored = await store.loadAccounts();
    expect(partition(stored)).toEqual(partition(expected));
    expect(new Set(stored.map((account) => account.id)).size).toBe(stored.length);
    const members = await store.loadAccountOf(all.map((record) => record.conversationId));
    for (const account of stored) for (const id of account.conversationIds) expect(members.get(id)).toBe(account.id);
  });

  it('leaves unrelated accounts as they were', async () => {
    const lena = { conversationId: 'lena', buyers: [{ name: 'Lena', email: 'lena@nordlicht.example', phone: null }], label: null };
    await syncAccounts(store, [lena]);
    const before = await store.loadAccounts();
    const resolved = await syncAccounts(store, [
      { conversationId: 'chat', buyers: [omarChat], label: null },
      { conversationId: 'mail', buyers: [{ name: 'Omar', email: 'omar@gulf-trading.example', phone: '+971550100123' }], label: null },
    ]);
    expect(resolved.accounts.map((account) => account.conversationIds)).toEqual([['chat', 'mail']]);
    expect((await store.loadAccounts()).find((account) => account.conversationIds.includes('lena'))).toEqual(before[0]);
  });
});
