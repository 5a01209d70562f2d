import type { Account, AccountOverride, ConversationBuyers, ConversationIdentity } from '../core/types.js';
import { makeAccount } from './accounts-make.js';
import { conversationIdentities } from './accounts-links.js';
import { partitionConversations } from './accounts-partition.js';

/** Accounts over every known conversation, with the identity rows to store. */
export interface ResolvedAccounts {
  accounts: Account[];
  accountOf: Map<string, string>;
  /** Each identity of each conversation, with the conversation's account. */
  identities: ConversationIdentity[];
}

/**
 * Groups conversations into accounts by shared identities (email address,
 * E.164 phone, marketplace handle, company domain), then applies the manual
 * merges and splits in the order they were made. Display names alone never
 * merge conversations, and free-mail domains never merge companies. The
 * result depends only on the input, so the same history gives the same ids.
 * `reserved` ids are held by accounts outside the input and are not given out.
 */
export function resolveAccounts(
  conversations: ConversationBuyers[],
  overrides: AccountOverride[],
  reserved: ReadonlySet<string> = new Set(),
): ResolvedAccounts {
  const conversationOf = new Map(conversations.map((record) => [record.conversationId, record]));
  const identitiesOf = new Map(conversations.map((record) => [record.conversationId, conversationIdentities(record.buyers)]));
  const { groups, split, mergedBy } = partitionConversations(conversations, overrides);
  // Larger accounts claim their plain id first, so a conversation split out
  // of a company account does not take the company's id.
  groups.sort((a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''));
  const takenIds = new Set<string>(reserved);
  const accounts = groups.map((conversationIds) =>
    makeAccount({ conversationIds, identitiesOf, split, mergedBy }, conversationOf, takenIds),
  );
  accounts.sort((a, b) => a.id.localeCompare(b.id));
  const accountOf = new Map<string, string>();
  const identities: ConversationIdentity[] = [];
  for (const account of accounts) {
    for (const conversationId of account.conversationIds) {
      accountOf.set(conversationId, account.id);
      for (const identity of identitiesOf.get(conversationId) ?? []) {
        identities.push({ ...identity, conversationId, accountId: account.id });
      }
    }
  }
  return { accounts, accountOf, identities };
}
