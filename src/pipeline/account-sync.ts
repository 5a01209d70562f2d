import type { AccountOverride, ConversationBuyers } from '../core/types.js';
import { collectBuyers } from '../normalize/accounts.js';
import { conversationBuyers, mergeConversationBuyers } from '../normalize/accounts-buyers.js';
import { conversationIdentities } from '../normalize/accounts-links.js';
import { resolveAccounts, type ResolvedAccounts } from '../normalize/accounts-resolve.js';
import type { Store } from '../store/store.js';

/** Run conversations read from the store per page while regrouping. */
const PAGE = 500;

/** Times a connected set is resolved again because an account id it chose is held outside it. */
const MAX_ID_RETRIES = 5;

/**
 * Stores the buyers of a batch's conversations, joined with what is stored
 * for the same conversations, then regroups into accounts every connected
 * set of conversations that contains one of them (or one of `seeds`).
 * `analyze` and `accounts merge|split` both end here, so every path leaves
 * the same accounts for the same history.
 */
export async function syncAccounts(
  store: Store,
  batch: ConversationBuyers[] = [],
  defaultCountry?: string,
  seeds: string[] = [],
): Promise<ResolvedAccounts> {
  await storeBatchBuyers(store, batch);
  const backfilled = await backfillBuyers(store, defaultCountry);
  const overrides = await store.loadAccountOverrides();
  const ids = [...new Set([...batch.map((record) => record.conversationId), ...seeds, ...backfilled])].sort();
  const merged: ResolvedAccounts = { accounts: [], accountOf: new Map(), identities: [] };
  for (const id of ids) {
    if (merged.accountOf.has(id)) continue;
    const resolved = await regroupConnected(store, [id], overrides);
    merged.accounts.push(...resolved.accounts);
    merged.identities.push(...resolved.identities);
    for (const [conversationId, accountId] of resolved.accountOf) merged.accountOf.set(conversationId, accountId);
  }
  merged.accounts.sort((a, b) => a.id.localeCompare(b.id));
  return merged;
}

/**
 * Stores the buyers of a batch's conversations, joined with what is stored
 * for the same conversations, and their identities, so a later regrouping
 * finds what links them. A run split into batches calls this once per batch
 * and `regroupRunAccounts` once at the end.
 */
export async function storeBatchBuyers(store: Store, batch: ConversationBuyers[]): Promise<void> {
  if (batch.length === 0) return;
  const ids = batch.map((record) => record.conversationId);
  const stored = new Map((await store.loadConversationBuyersOf(ids)).map((record) => [record.conversationId, record]));
  const merged = batch.map((record) => mergeConversationBuyers(stored.get(record.conversationId), record));
  await store.saveConversationBuyers(merged);
  await store.saveConversationIdentities(
    merged.map((record) => ({ conversationId: record.conversationId, identities: conversationIdentities(record.buyers) })),
  );
}

/**
 * Regroups into accounts the run's conversations (see `Store.beginRun`),
 * one connected set at a time, so memory grows with the largest set of
 * linked conversations, not with the run. Returns the number of accounts
 * written.
 */
export async function regroupRunAccounts(store: Store, defaultCountry?: string): Promise<number> {
  await backfillBuyers(store, defaultCountry);
  const overrides = await store.loadAccountOverrides();
  let accounts = 0;
  let after: string | null = null;
  for (;;) {
    const page = await store.nextRunConversations(after, PAGE, { ungrouped: true });
    if (page.length === 0) return accounts;
    const grouped = new Set<string>();
    for (const id of page) {
      if (grouped.has(id)) continue;
      const resolved = await regroupConnected(store, [id], overrides);
      const members = [...resolved.accountOf.keys()];
      for (const member of members) grouped.add(member);
      await store.markRunConversationsGrouped(members);
      accounts += resolved.accounts.length;
    }
    after = page[page.length - 1] ?? null;
  }
}

/**
 * Regroups the connected set of `seeds`: every conversation reachable
 * through shared stored identities, stored accounts and manual merges. The
 * set's accounts depend only on its own conversations and overrides. When
 * an account id it chose is already used by an account outside the set, the
 * set is resolved again with that id reserved.
 * NOTE: the whole set's buyers are held in memory while it is resolved. An
 * identity that links nearly everything (the seller's own address taken
 * for a buyer's) makes the set the whole run.
 */
async function regroupConnected(store: Store, seeds: string[], overrides: AccountOverride[]): Promise<ResolvedAccounts> {
  const members = await connectedSet(store, seeds, overrides);
  const inSet = new Set(members);
  const records = await store.loadConversationBuyersOf(members);
  const withRecord = new Set(records.map((record) => record.conversationId));
  for (const seed of seeds) {
    if (!withRecord.has(seed)) records.push({ conversationId: seed, buyers: [], label: null });
  }
  const relevant = overrides.filter((override) =>
    override.action === 'split' ? inSet.has(override.conversationId) : override.conversationIds.some((id) => inSet.has(id)),
  );
  const reserved = new Set<string>();
  for (let attempt = 0; ; attempt += 1) {
    const resolved = resolveAccounts(records, relevant, reserved);
    const clashes = await idsHeldOutside(store, resolved, inSet);
    if (clashes.length === 0 || attempt >= MAX_ID_RETRIES) {
      await store.replaceAccountsOf(members, resolved.accounts, resolved.identities);
      return resolved;
    }
    for (const id of clashes) reserved.add(id);
  }
}

/**
 * Walks stored links outward from `seeds` until no new conversation is
 * found. Each identity, account and merge is followed once, so the walk
 * costs the size of the set, also when one identity joins thousands of
 * conversations.
 */
async function connectedSet(store: Store, seeds: string[], overrides: AccountOverride[]): Promise<string[]> {
  const mergedWith = new Map<string, string[]>();
  for (const override of overrides) {
    if (override.action !== 'merge') continue;
    for (const id of override.conversationIds) mergedWith.set(id, [...(mergedWith.get(id) ?? []), ...override.conversationIds]);
  }
  const seen = new Set(seeds);
  const followedIdentities = new Set<string>();
  const followedAccounts = new Set<string>();
  let frontier = [...seeds];
  while (frontier.length > 0) {
    const links = await store.conversationLinks(frontier);
    const identities = links.identities.filter((identity) => {
      const key = `${identity.kind}:${identity.value}`;
      if (followedIdentities.has(key)) return false;
      followedIdentities.add(key);
      return true;
    });
    const accountIds = links.accountIds.filter((id) => !followedAccounts.has(id) && followedAccounts.add(id));
    const reached = [
      ...(await store.conversationsLinkedBy({ identities, accountIds })),
      ...frontier.flatMap((id) => mergedWith.get(id) ?? []),
    ];
    frontier = [];
    for (const id of reached) {
      if (seen.has(id)) continue;
      seen.add(id);
      frontier.push(id);
    }
  }
  return [...seen].sort();
}

/** Ids of `resolved` accounts that a stored account outside `inSet` already has. */
async function idsHeldOutside(store: Store, resolved: ResolvedAccounts, inSet: Set<string>): Promise<string[]> {
  const stored = await store.loadAccountsById(resolved.accounts.map((account) => account.id));
  return stored.filter((account) => account.conversationIds.some((id) => !inSet.has(id))).map((account) => account.id);
}

/**
 * Derives buyers from the stored messages of conversations that have none
 * (stored before buyers were kept), so regrouping never drops them. Returns
 * their ids.
 * NOTE: stored messages keep no recipients and no chat name, so a
 * conversation where only the seller wrote gets no identities this way.
 */
async function backfillBuyers(store: Store, defaultCountry?: string): Promise<string[]> {
  const missing = await store.conversationsWithoutBuyers();
  if (missing.length === 0) return [];
  const messages = await store.loadConversationMessages(missing);
  const index = { buyersOf: collectBuyers(messages, new Map()), labelOf: new Map<string, string>() };
  const records = conversationBuyers(index, messages, defaultCountry);
  const found = new Set(records.map((record) => record.conversationId));
  await storeBatchBuyers(store, [...records, ...missing.filter((id) => !found.has(id)).map((id) => ({ conversationId: id, buyers: [], label: null }))]);
  return missing;
}
