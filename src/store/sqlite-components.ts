import type Database from 'better-sqlite3';
import { StorageError, errorMessage } from '../core/errors.js';
import type { Account, ConversationIdentity, Identity } from '../core/types.js';
import { accountRow } from './sqlite-accounts.js';
import { upsertRows } from './sqlite-upsert.js';
import type { ConversationIdentities, ConversationLinks, WriteResult } from './store.js';

/** Account id of identity rows whose conversation is not yet grouped. */
export const UNGROUPED = '';

/**
 * Replaces the identity rows of each conversation with its current
 * identities. Rows of a conversation keep its stored account id, or get
 * `UNGROUPED` when it has none, until the next regrouping.
 */
export function saveConversationIdentities(db: Database.Database, records: ConversationIdentities[]): void {
  const accountOf = db.prepare('SELECT account_id FROM account_members WHERE conversation_id = ?').pluck();
  const remove = db.prepare('DELETE FROM identities WHERE conversation_id = ?');
  const insert = db.prepare(
    'INSERT OR IGNORE INTO identities (kind, value, conversation_id, account_id) VALUES (?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (const { conversationId, identities } of records) {
      const accountId = (accountOf.get(conversationId) as string | undefined) ?? UNGROUPED;
      remove.run(conversationId);
      for (const identity of identities) insert.run(identity.kind, identity.value, conversationId, accountId);
    }
  })();
}

/** Loads the stored identities and accounts of `conversationIds`, each listed once. */
export function conversationLinks(db: Database.Database, conversationIds: string[]): ConversationLinks {
  const identitiesOf = db.prepare('SELECT kind, value FROM identities WHERE conversation_id = ?');
  const identities = new Map<string, Identity>();
  for (const id of conversationIds) {
    for (const identity of identitiesOf.all(id) as Identity[]) identities.set(`${identity.kind}:${identity.value}`, identity);
  }
  return { identities: [...identities.values()], accountIds: [...new Set(loadAccountOf(db, conversationIds).values())] };
}

/** Conversations that hold one of `links.identities` or belong to one of `links.accountIds`, each listed once. */
export function conversationsLinkedBy(db: Database.Database, links: ConversationLinks): string[] {
  const byIdentity = db.prepare('SELECT conversation_id FROM identities WHERE kind = ? AND value = ?').pluck();
  const byAccount = db.prepare('SELECT conversation_id FROM account_members WHERE account_id = ?').pluck();
  const found = new Set<string>();
  for (const { kind, value } of links.identities) for (const id of byIdentity.all(kind, value) as string[]) found.add(id);
  for (const accountId of links.accountIds) for (const id of byAccount.all(accountId) as string[]) found.add(id);
  return [...found];
}

/** Account id of each of `conversationIds` that has one. */
export function loadAccountOf(db: Database.Database, conversationIds: string[]): Map<string, string> {
  const select = db.prepare('SELECT account_id FROM account_members WHERE conversation_id = ?').pluck();
  const result = new Map<string, string>();
  for (const id of conversationIds) {
    const accountId = select.get(id) as string | undefined;
    if (accountId !== undefined) result.set(id, accountId);
  }
  return result;
}

/** Stored accounts with the given ids, in id order. */
export function loadAccountsById(db: Database.Database, ids: string[]): Account[] {
  const select = db.prepare('SELECT account_json FROM accounts WHERE id = ?').pluck();
  return [...new Set(ids)]
    .sort()
    .flatMap((id) => {
      const json = select.get(id) as string | undefined;
      return json === undefined ? [] : [JSON.parse(json) as Account];
    });
}

/**
 * Replaces the accounts of a closed set of conversations in one
 * transaction. Closed means no stored identity or account joins one of them
 * to a conversation outside the set. The accounts that contained them are
 * deleted, `accounts` are written with their members and identities, and
 * each stored conversation points to its new account. Returns the account
 * counts.
 */
export function replaceAccountsOf(
  db: Database.Database,
  conversationIds: string[],
  accounts: Account[],
  identities: ConversationIdentity[],
): WriteResult {
  const run = db.transaction((): WriteResult => {
    const previous = new Set(loadAccountOf(db, conversationIds).values());
    const kept = new Set(accounts.map((account) => account.id));
    const removeAccount = db.prepare('DELETE FROM accounts WHERE id = ?');
    for (const id of previous) if (!kept.has(id)) removeAccount.run(id);
    const written = upsertRows(db, 'accounts', accounts.map(accountRow));
    const removeMember = db.prepare('DELETE FROM account_members WHERE conversation_id = ?');
    const removeIdentities = db.prepare('DELETE FROM identities WHERE conversation_id = ?');
    for (const id of conversationIds) {
      removeMember.run(id);
      removeIdentities.run(id);
    }
    const addMember = db.prepare('INSERT INTO account_members (conversation_id, account_id) VALUES (?, ?)');
    const pointConversation = db.prepare(
      `UPDATE conversations SET account_id = @accountId, analysis_json = json_set(analysis_json, '$.accountId', @accountId)
       WHERE id = @conversationId AND account_id IS NOT @accountId`,
    );
    for (const account of accounts) {
      for (const conversationId of account.conversationIds) {
        addMember.run(conversationId, account.id);
        pointConversation.run({ accountId: account.id, conversationId });
      }
    }
    const addIdentity = db.prepare(
      'INSERT OR IGNORE INTO identities (kind, value, conversation_id, account_id) VALUES (@kind, @value, @conversationId, @accountId)',
    );
    for (const identity of identities) addIdentity.run(identity);
    return written;
  });
  try {
    return run();
  } catch (error) {
    throw new StorageError(`failed to replace the accounts of ${conversationIds.length} conversations: ${errorMessage(error)}`, {
      cause: error,
    });
  }
}
