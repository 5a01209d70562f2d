import type { Account, AccountOverride, ConversationBuyers } from '../core/types.js';
import { toCount, type Queryable, type Row } from './pg-db.js';
import { upsertRows } from './pg-upsert.js';
import type { ConversationStats, NewAccountOverride, WriteResult } from './store.js';

/** Ids per lookup in `loadConversationBuyersOf`, the SQLite store's batch size, whose result order it reproduces. */
const LOOKUP_BATCH = 500;

/** Stores the buyers of conversations, one row per conversation. Run it inside a transaction. */
export async function saveConversationBuyers(sql: Queryable, records: ConversationBuyers[]): Promise<WriteResult> {
  const rows = records.map((record) => ({
    conversation_id: record.conversationId,
    buyers_json: JSON.stringify(record.buyers),
    label: record.label,
  }));
  return upsertRows(sql, 'conversation_buyers', rows, 'conversation_id');
}

export async function loadConversationBuyers(sql: Queryable): Promise<ConversationBuyers[]> {
  const rows = (await sql.query<Row>('SELECT * FROM conversation_buyers ORDER BY conversation_id')).rows;
  return rows.map(rowToBuyers);
}

/**
 * Returns the stored buyers of those of `conversationIds` that have a row:
 * for each batch of LOOKUP_BATCH ids, the batch's rows once each, by id,
 * which is the order SQLite's `IN` lookup returns them in.
 */
export async function loadConversationBuyersOf(sql: Queryable, conversationIds: string[]): Promise<ConversationBuyers[]> {
  if (conversationIds.length === 0) return [];
  const rows = (
    await sql.query<Row>('SELECT * FROM conversation_buyers WHERE conversation_id = ANY($1::text[]) ORDER BY conversation_id', [
      [...new Set(conversationIds)],
    ])
  ).rows;
  const records = rows.map(rowToBuyers);
  if (conversationIds.length <= LOOKUP_BATCH) return records;
  const result: ConversationBuyers[] = [];
  for (let start = 0; start < conversationIds.length; start += LOOKUP_BATCH) {
    const batch = new Set(conversationIds.slice(start, start + LOOKUP_BATCH));
    result.push(...records.filter((record) => batch.has(record.conversationId)));
  }
  return result;
}

function rowToBuyers(row: Row): ConversationBuyers {
  return {
    conversationId: String(row.conversation_id),
    buyers: JSON.parse(String(row.buyers_json)) as ConversationBuyers['buyers'],
    label: row.label === null ? null : String(row.label),
  };
}

/** Returns the ids of stored conversations that have messages but no buyers row (stored before buyers were kept). */
export async function conversationsWithoutBuyers(sql: Queryable): Promise<string[]> {
  const rows = (
    await sql.query<{ id: string }>(
      `SELECT DISTINCT conversation_id AS id FROM messages AS message
       WHERE NOT EXISTS (SELECT 1 FROM conversation_buyers AS buyers WHERE buyers.conversation_id = message.conversation_id)
       ORDER BY 1`,
    )
  ).rows;
  return rows.map((row) => row.id);
}

export async function loadAccountOverrides(sql: Queryable): Promise<AccountOverride[]> {
  const rows = (await sql.query<Row>('SELECT * FROM account_overrides ORDER BY id')).rows;
  return rows.map((row) => {
    const ids = JSON.parse(String(row.conversation_ids_json)) as string[];
    const base = { id: Number(row.id), createdAt: String(row.created_at) };
    return row.action === 'split'
      ? { ...base, action: 'split' as const, conversationId: ids[0] ?? '' }
      : { ...base, action: 'merge' as const, conversationIds: ids };
  });
}

/** Appends a manual merge or split and returns its id. */
export async function addAccountOverride(sql: Queryable, override: NewAccountOverride): Promise<number> {
  const ids = override.action === 'split' ? [override.conversationId] : override.conversationIds;
  const rows = (
    await sql.query<{ id: number }>(
      'INSERT INTO account_overrides (action, conversation_ids_json, created_at) VALUES ($1, $2, $3) RETURNING id',
      [override.action, JSON.stringify(ids), override.createdAt],
    )
  ).rows;
  return Number(rows[0]?.id);
}

/** Returns the channels and message count of every stored conversation, by conversation id. */
export async function loadConversationStats(sql: Queryable): Promise<Map<string, ConversationStats>> {
  const rows = (
    await sql.query<{ id: string; channels: string; n: string }>(
      `SELECT conversation_id AS id, string_agg(DISTINCT channel, ',') AS channels, count(*) AS n
       FROM messages GROUP BY 1 ORDER BY 1`,
    )
  ).rows;
  return new Map(rows.map((row) => [row.id, { channels: row.channels.split(',').sort(), messages: toCount(row.n) }]));
}

export async function loadAccounts(sql: Queryable): Promise<Account[]> {
  const rows = (await sql.query<{ account_json: string }>('SELECT account_json FROM accounts ORDER BY id')).rows;
  return rows.map((row) => JSON.parse(row.account_json) as Account);
}
