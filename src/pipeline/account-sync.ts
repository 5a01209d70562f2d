import type { ConversationBuyers } from '../core/types.js';
import { collectBuyers } from '../normalize/accounts.js';
import { conversationBuyers, mergeConversationBuyers } from '../normalize/accounts-buyers.js';
import { resolveAccounts, type ResolvedAccounts } from '../normalize/accounts-resolve.js';
import type { Store } from '../store/store.js';

/**
 * Stores the buyers of a batch's conversations, joined with what is stored
 * for the same conversations, then regroups every stored conversation into
 * accounts (identities plus manual merges and splits) and replaces the
 * stored accounts and identities. `analyze` and `accounts merge|split` both
 * end here, so every path leaves the same accounts for the same history.
 */
export async function syncAccounts(
  store: Store,
  batch: ConversationBuyers[] = [],
  defaultCountry?: string,
): Promise<ResolvedAccounts> {
  await storeBatchBuyers(store, batch);
  return regroupAccounts(store, new Set(batch.map((record) => record.conversationId)), defaultCountry);
}

/**
 * Stores the buyers of a batch's conversations, joined with what is stored
 * for the same conversations. A run split into batches calls this once per
 * batch and `regroupAccounts` once at the end.
 */
export async function storeBatchBuyers(store: Store, batch: ConversationBuyers[]): Promise<void> {
  if (batch.length === 0) return;
  const ids = batch.map((record) => record.conversationId);
  const stored = new Map((await store.loadConversationBuyersOf(ids)).map((record) => [record.conversationId, record]));
  await store.saveConversationBuyers(batch.map((record) => mergeConversationBuyers(stored.get(record.conversationId), record)));
}

/**
 * Backfills buyers of stored conversations outside `runIds`, then regroups
 * every stored conversation into accounts and replaces the stored accounts
 * and identities.
 */
export async function regroupAccounts(store: Store, runIds: Set<string>, defaultCountry?: string): Promise<ResolvedAccounts> {
  await backfillBuyers(store, runIds, defaultCountry);
  const all = await store.loadConversationBuyers();
  const resolved = resolveAccounts(all, await store.loadAccountOverrides());
  await store.replaceAccounts(resolved.accounts, resolved.identities);
  return resolved;
}

/**
 * Derives buyers from the stored messages of conversations that have none
 * (stored before buyers were kept), so regrouping never drops them.
 * NOTE: stored messages keep no recipients and no chat name, so a
 * conversation where only the seller wrote gets no identities this way.
 */
async function backfillBuyers(store: Store, skip: Set<string>, defaultCountry?: string): Promise<void> {
  const missing = (await store.conversationsWithoutBuyers()).filter((id) => !skip.has(id));
  if (missing.length === 0) return;
  const messages = await store.loadConversationMessages(missing);
  const index = { buyersOf: collectBuyers(messages, new Map()), labelOf: new Map<string, string>() };
  await store.saveConversationBuyers(conversationBuyers(index, messages, defaultCountry));
}
