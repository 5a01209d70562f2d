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
  const batchIds = new Set(batch.map((record) => record.conversationId));
  await backfillBuyers(store, batchIds, defaultCountry);
  const stored = new Map((await store.loadConversationBuyers()).map((record) => [record.conversationId, record]));
  const merged = batch.map((record) => mergeConversationBuyers(stored.get(record.conversationId), record));
  await store.saveConversationBuyers(merged);
  for (const record of merged) stored.set(record.conversationId, record);
  const all = [...stored.values()].sort((a, b) => a.conversationId.localeCompare(b.conversationId));
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
