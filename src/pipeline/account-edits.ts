import { InputError } from '../core/errors.js';
import type { Account } from '../core/types.js';
import type { Store } from '../store/store.js';
import { syncAccounts } from './account-sync.js';

/**
 * Merges accounts by hand: records a merge of all their conversations,
 * which later runs replay, and regroups. Returns the merged account.
 * Raises InputError for fewer than two distinct ids or an unknown id.
 */
export async function mergeAccounts(store: Store, accountIds: string[]): Promise<Account> {
  const ids = [...new Set(accountIds)];
  if (ids.length < 2) {
    throw new InputError(accountIds.join(' ') || '(none)', 'merge needs at least two different account ids');
  }
  const accounts = await findAccounts(store, ids);
  const conversationIds = accounts.flatMap((account) => account.conversationIds);
  await store.addAccountOverride({ action: 'merge', conversationIds, createdAt: new Date().toISOString() });
  return accountOfConversation(await syncAccounts(store, [], undefined, conversationIds), conversationIds[0] ?? '');
}

/**
 * Moves one conversation out of an account into an account of its own, and
 * records the split so that later runs keep it apart. Returns the new
 * account. Raises InputError for an unknown account, a conversation not in
 * it, or an account that has no other conversation.
 */
export async function splitAccount(store: Store, accountId: string, conversationId: string): Promise<Account> {
  const [account] = await findAccounts(store, [accountId]);
  if (!account!.conversationIds.includes(conversationId)) {
    const known = account!.conversationIds.join(', ');
    throw new InputError(conversationId, `conversation not found in account ${accountId}; its conversations are: ${known}`);
  }
  if (account!.conversationIds.length === 1) {
    throw new InputError(conversationId, `already the only conversation of account ${accountId}; nothing to split`);
  }
  await store.addAccountOverride({ action: 'split', conversationId, createdAt: new Date().toISOString() });
  return accountOfConversation(await syncAccounts(store, [], undefined, [conversationId]), conversationId);
}

/** Returns the stored accounts with the given ids, in that order, or raises InputError naming the first unknown id. */
async function findAccounts(store: Store, ids: string[]): Promise<Account[]> {
  const byId = new Map((await store.loadAccountsById(ids)).map((account) => [account.id, account]));
  return ids.map((id) => {
    const account = byId.get(id);
    if (!account) throw new InputError(id, 'account not found; list the ids with `parley accounts list`');
    return account;
  });
}

function accountOfConversation(resolved: { accounts: Account[] }, conversationId: string): Account {
  const account = resolved.accounts.find((a) => a.conversationIds.includes(conversationId));
  if (!account) throw new Error(`conversation ${conversationId} is in no account after regrouping`);
  return account;
}
