import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account, ConversationAnalysis } from '../core/types.js';
import { normalizedMessage } from '../test-support/parsed-message.js';
import { SqliteStore } from './sqlite-store.js';

function account(id: string, conversationIds: string[]): Account {
  return { id, name: id, domain: null, contacts: [], conversationIds, identities: [], links: [] };
}

describe('SqliteStore accounts', () => {
  let dir: string;
  let path: string;
  let store: SqliteStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-accounts-store-'));
    path = join(dir, 'test.db');
    store = SqliteStore.open(path);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips conversation buyers', async () => {
    const record = { conversationId: 'c1', buyers: [{ name: 'Omar', email: null, phone: '+971550100123' }], label: 'Omar' };
    expect(await store.saveConversationBuyers([record])).toEqual({ inserted: 1, unchanged: 0, updated: 0 });
    expect(await store.saveConversationBuyers([record])).toEqual({ inserted: 0, unchanged: 1, updated: 0 });
    expect(await store.loadConversationBuyers()).toEqual([record]);
  });

  it('lists conversations stored without buyers', async () => {
    await store.saveMessages([normalizedMessage({ id: 'a', conversationId: 'c1' }), normalizedMessage({ id: 'b', conversationId: 'c2' })]);
    await store.saveConversationBuyers([{ conversationId: 'c1', buyers: [], label: null }]);
    expect(await store.conversationsWithoutBuyers()).toEqual(['c2']);
  });

  it('keeps overrides in the order they were made', async () => {
    const createdAt = '2026-03-10T00:00:00.000Z';
    const first = await store.addAccountOverride({ action: 'merge', conversationIds: ['c1', 'c2'], createdAt });
    const second = await store.addAccountOverride({ action: 'split', conversationId: 'c2', createdAt });
    expect(second).toBeGreaterThan(first);
    expect(await store.loadAccountOverrides()).toEqual([
      { id: first, action: 'merge', conversationIds: ['c1', 'c2'], createdAt },
      { id: second, action: 'split', conversationId: 'c2', createdAt },
    ]);
  });

  it('replaces the accounts of a set and deletes the ones no longer formed', async () => {
    await store.replaceAccountsOf(['c1', 'c2'], [account('acct-a', ['c1']), account('acct-b', ['c2'])], []);
    const identities = [{ kind: 'phone' as const, value: '+971550100123', conversationId: 'c1', accountId: 'acct-a' }];
    const result = await store.replaceAccountsOf(['c1', 'c2'], [account('acct-a', ['c1', 'c2'])], identities);
    expect(result).toEqual({ inserted: 0, unchanged: 0, updated: 1 });
    expect((await store.loadAccounts()).map((a) => a.id)).toEqual(['acct-a']);
    expect((await store.countRows()).identities).toBe(1);
    expect(await store.loadAccountOf(['c1', 'c2', 'c3'])).toEqual(new Map([['c1', 'acct-a'], ['c2', 'acct-a']]));
  });

  it('leaves accounts outside the set alone', async () => {
    await store.replaceAccountsOf(['c1'], [account('acct-a', ['c1'])], []);
    await store.replaceAccountsOf(['c2'], [account('acct-b', ['c2'])], []);
    await store.replaceAccountsOf(['c2'], [account('acct-c', ['c2'])], []);
    expect((await store.loadAccounts()).map((a) => a.id)).toEqual(['acct-a', 'acct-c']);
  });

  it('points stored conversations to their new account', async () => {
    const analysis = { id: 'c2', accountId: 'acct-b', stage: 'discovery' } as unknown as ConversationAnalysis;
    await store.saveConversations([{ id: 'c2', accountId: 'acct-b', lastMessageId: 'm', analysis }]);
    await store.replaceAccountsOf(['c1', 'c2'], [account('acct-a', ['c1', 'c2'])], []);
    const db = new Database(path, { readonly: true });
    const row = db.prepare('SELECT account_id, analysis_json FROM conversations WHERE id = ?').get('c2') as Record<string, string>;
    db.close();
    expect(row.account_id).toBe('acct-a');
    expect(JSON.parse(row.analysis_json!).accountId).toBe('acct-a');
    expect(JSON.parse(row.analysis_json!).stage).toBe('discovery');
  });

  it('links conversations by a shared identity and by a shared account', async () => {
    const phone = { kind: 'phone' as const, value: '+971550100123' };
    await store.saveConversationIdentities([
      { conversationId: 'chat', identities: [phone] },
      { conversationId: 'mail', identities: [phone, { kind: 'email', value: 'omar@gulf-trading.example' }] },
      { conversationId: 'other', identities: [{ kind: 'email', value: 'lena@nordlicht.example' }] },
    ]);
    const chatLinks = await store.conversationLinks(['chat']);
    expect(chatLinks).toEqual({ identities: [phone], accountIds: [] });
    expect((await store.conversationsLinkedBy(chatLinks)).sort()).toEqual(['chat', 'mail']);
    await store.replaceAccountsOf(['other', 'rfq'], [account('acct-n', ['other', 'rfq'])], []);
    const rfqLinks = await store.conversationLinks(['rfq']);
    expect(rfqLinks.accountIds).toEqual(['acct-n']);
    expect((await store.conversationsLinkedBy(rfqLinks)).sort()).toEqual(['other', 'rfq']);
  });
});
