import type { Account, ConversationIdentity, Identity } from '../core/types.js';
import { accountRow } from './sqlite-accounts.js';
import { compareText, type Queryable } from './pg-db.js';
import { upsertRows } from './pg-upsert.js';
import type { ConversationIdentities, ConversationLinks, WriteResult } from './store.js';

/** Account id of identity rows whose conversation is not yet grouped (the SQLite store's `UNGROUPED`). */
const UNGROUPED = '';

/**
 * Replaces the identity rows of each conversation with its current
 * identities. Rows of a conversation keep its stored account id, or get
 * `UNGROUPED` when it has none, until the next regrouping. A conversation
 * listed twice keeps the identities of its last record. Run it inside a
 * transaction.
 */
export async function saveConversationIdentities(sql: Queryable, records: ConversationIdentities[]): Promise<void> {
  const latest = new Map(records.map((record) => [record.conversationId, record.identities]));
  if (latest.size === 0) return;
  await sql.query('DELETE FROM identities WHERE conversation_id = ANY($1::text[])', [[...latest.keys()]]);
  const rows = [...latest].flatMap(([conversationId, identities]) => identities.map((identity) => ({ ...identity, conversationId })));
  if (rows.length === 0) return;
  await sql.query(
    `INSERT INTO identities (kind, value, conversation_id, account_id)
     SELECT found.kind, found.value, found.conversation_id, coalesce(member.account_id, $4)
     FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS found (kind, value, conversation_id, position)
     LEFT JOIN account_members AS member ON member.conversation_id = found.conversation_id
     ORDER BY found.position
     ON CONFLICT DO NOTHING`,
    [rows.map((row) => row.kind), rows.map((row) => row.value), rows.map((row) => row.conversationId), UNGROUPED],
  );
}

/**
 * Loads the stored identities and accounts of `conversationIds`, each listed
 * once. Identities come by conversation in the order given, then by kind and
 * value. The SQLite store lists each conversation's identities in the order
 * they were stored instead.
 */
export async function conversationLinks(sql: Queryable, conversationIds: string[]): Promise<ConversationLinks> {
  const rows = (
    await sql.query<Identity>(
      `SELECT found.kind, found.value FROM unnest($1::text[]) WITH ORDINALITY AS wanted (id, position)
       JOIN identities AS found ON found.conversation_id = wanted.id
       ORDER BY wanted.position, found.kind, found.value`,
      [conversationIds],
    )
  ).rows;
  const identities = new Map<string, Identity>();
  for (const identity of rows) identities.set(`${identity.kind}:${identity.value}`, { kind: identity.kind, value: identity.value });
  const accountOf = await loadAccountOf(sql, conversationIds);
  return { identities: [...identities.values()], accountIds: [...new Set(accountOf.values())] };
}

/** Conversations that hold one of `links.identities` or belong to one of `links.accountIds`, each listed once. */
export async function conversationsLinkedBy(sql: Queryable, links: ConversationLinks): Promise<string[]> {
  const found = new Set<string>();
  if (links.identities.length > 0) {
    const byIdentity = await sql.query<{ conversation_id: string }>(
      `SELECT found.conversation_id FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS wanted (kind, value, position)
       JOIN identities AS found ON found.kind = wanted.kind AND found.value = wanted.value
       ORDER BY wanted.position, found.conversation_id`,
      [links.identities.map((identity) => identity.kind), links.identities.map((identity) => identity.value)],
    );
    for (const row of byIdentity.rows) found.add(row.conversation_id);
  }
  if (links.accountIds.length > 0) {
    const byAccount = await sql.query<{ conversation_id: string }>(
      `SELECT member.conversation_id FROM unnest($1::text[]) WITH ORDINALITY AS wanted (account_id, position)
       JOIN account_members AS member ON member.account_id = wanted.account_id
       ORDER BY wanted.position, member.conversation_id`,
      [links.accountIds],
    );
    for (const row of byAccount.rows) found.add(row.conversation_id);
  }
  return [...found];
}

/** Account id of each of `conversationIds` that has one, in the order given. */
export async function loadAccountOf(sql: Queryable, conversationIds: string[]): Promise<Map<string, string>> {
  const rows = (
    await sql.query<{ conversation_id: string; account_id: string }>(
      'SELECT conversation_id, account_id FROM account_members WHERE conversation_id = ANY($1::text[])',
      [[...new Set(conversationIds)]],
    )
  ).rows;
  const stored = new Map(rows.map((row) => [row.conversation_id, row.account_id]));
  const result = new Map<string, string>();
  for (const id of conversationIds) {
    const accountId = stored.get(id);
    if (accountId !== undefined) result.set(id, accountId);
  }
  return result;
}

/** Stored accounts with the given ids, in id order. */
export async function loadAccountsById(sql: Queryable, ids: string[]): Promise<Account[]> {
  const unique = [...new Set(ids)].sort();
  const rows = (
    await sql.query<{ id: string; account_json: string }>('SELECT id, account_json FROM accounts WHERE id = ANY($1::text[])', [unique])
  ).rows;
  const stored = new Map(rows.map((row) => [row.id, row.account_json]));
  return unique.flatMap((id) => {
    const json = stored.get(id);
    return json === undefined ? [] : [JSON.parse(json) as Account];
  });
}

/**
 * Replaces the accounts of a closed set of conversations. Closed means no
 * stored identity or account joins one of them to a conversation outside
 * the set. The accounts that contained them are deleted, `accounts` are
 * written with their members and identities, and each stored conversation
 * points to its new account. Returns the account counts. Run it inside a
 * transaction.
 */
export async function replaceAccountsOf(
  sql: Queryable,
  conversationIds: string[],
  accounts: Account[],
  identities: ConversationIdentity[],
): Promise<WriteResult> {
  const previous = new Set((await loadAccountOf(sql, conversationIds)).values());
  const kept = new Set(accounts.map((account) => account.id));
  const removed = [...previous].filter((id) => !kept.has(id));
  if (removed.length > 0) await sql.query('DELETE FROM accounts WHERE id = ANY($1::text[])', [removed]);
  const written = await upsertRows(sql, 'accounts', accounts.map(accountRow));
  await sql.query('DELETE FROM account_members WHERE conversation_id = ANY($1::text[])', [conversationIds]);
  await sql.query('DELETE FROM identities WHERE conversation_id = ANY($1::text[])', [conversationIds]);
  const members = accounts.flatMap((account) => account.conversationIds.map((conversationId) => ({ conversationId, accountId: account.id })));
  if (members.length > 0) {
    await sql.query('INSERT INTO account_members (conversation_id, account_id) SELECT * FROM unnest($1::text[], $2::text[])', [
      members.map((member) => member.conversationId),
      members.map((member) => member.accountId),
    ]);
    await pointConversations(sql, members);
  }
  if (identities.length > 0) {
    await sql.query(
      `INSERT INTO identities (kind, value, conversation_id, account_id)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING`,
      [
        identities.map((identity) => identity.kind),
        identities.map((identity) => identity.value),
        identities.map((identity) => identity.conversationId),
        identities.map((identity) => identity.accountId),
      ],
    );
  }
  return written;
}

/**
 * Sets the account id of each member's stored conversation, in its column
 * and in its analysis JSON. The JSON is edited here, not with `jsonb_set`,
 * because jsonb reorders keys: parsing and printing it again keeps the text
 * the SQLite store's `json_set` writes.
 */
async function pointConversations(sql: Queryable, members: { conversationId: string; accountId: string }[]): Promise<void> {
  const moved = await sql.query<{ id: string; account_id: string; analysis_json: string }>(
    `SELECT stored.id, member.account_id, stored.analysis_json
     FROM unnest($1::text[], $2::text[]) AS member (conversation_id, account_id)
     JOIN conversations AS stored ON stored.id = member.conversation_id
     WHERE stored.account_id IS DISTINCT FROM member.account_id`,
    [members.map((member) => member.conversationId), members.map((member) => member.accountId)],
  );
  if (moved.rows.length === 0) return;
  const rows = moved.rows.sort((a, b) => compareText(a.id, b.id));
  const analyses = rows.map((row) => {
    const analysis = JSON.parse(row.analysis_json) as Record<string, unknown>;
    analysis.accountId = row.account_id;
    return JSON.stringify(analysis);
  });
  await sql.query(
    `UPDATE conversations AS stored SET account_id = moved.account_id, analysis_json = moved.analysis_json
     FROM unnest($1::text[], $2::text[], $3::text[]) AS moved (id, account_id, analysis_json)
     WHERE stored.id = moved.id`,
    [rows.map((row) => row.id), rows.map((row) => row.account_id), analyses],
  );
}
