import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqlite-store.js';
import { normalizedMessage } from '../test-support/parsed-message.js';
import { syncAccounts } from './account-sync.js';

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

  const omarChat = { name: 'Omar', email: null, phone: '+971550100123' };

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
