import type Database from 'better-sqlite3';
import type { Account, AccountOverride, ConversationBuyers } from '../core/types.js';
import { upsertRows, type Row } from './sqlite-upsert.js';
import type { ConversationStats, NewAccountOverride, WriteResult } from './store.js';

/** Stores the buyers of conversations, one row per conversation. */
export function saveConversationBuyers(db: Database.Database, records: ConversationBuyers[]): WriteResult {
  const rows = records.map((record) => ({
    conversation_id: record.conversationId,
    buyers_json: JSON.stringify(record.buyers),
    label: record.label,
  }));
  return upsertRows(db, 'conversation_buyers', rows, 'conversation_id');
}

export function loadConversationBuyers(db: Database.Database): ConversationBuyers[] {
  const rows = db.prepare('SELECT * FROM conversation_buyers ORDER BY conversation_id').all() as Row[];
  return rows.map(rowToBuyers);
}

/** Maximum bound parameters per lookup, below SQLite's default limit (999 before 3.32.0, 32766 since). */
const LOOKUP_BATCH = 500;

/** Returns the stored buyers of those of `conversationIds` that have a row. */
export function loadConversationBuyersOf(db: Database.Database, conversationIds: string[]): ConversationBuyers[] {
  const records: ConversationBuyers[] = [];
  for (let start = 0; start < conversationIds.length; start += LOOKUP_BATCH) {
    const part = conversationIds.slice(start, start + LOOKUP_BATCH);
    const placeholders = part.map(() => '?').join(', ');
    const rows = db.prepare(`SELECT * FROM conversation_buyers WHERE conversation_id IN (${placeholders})`).all(...part) as Row[];
    records.push(...rows.map(rowToBuyers));
  }
  return records;
}

function rowToBuyers(row: Row): ConversationBuyers {
  return {
    conversationId: String(row.conversation_id),
    buyers: JSON.parse(String(row.buyers_json)) as ConversationBuyers['buyers'],
    label: row.label === null ? null : String(row.label),
  };
}

/** Returns the ids of stored conversations that have messages but no buyers row (stored before buyers were kept). */
export function conversationsWithoutBuyers(db: Database.Database): string[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT conversation_id AS id FROM messages
       WHERE conversation_id NOT IN (SELECT conversation_id FROM conversation_buyers) ORDER BY 1`,
    )
    .all() as { id: string }[];
  return rows.map((row) => row.id);
}

export function loadAccountOverrides(db: Database.Database): AccountOverride[] {
  const rows = db.prepare('SELECT * FROM account_overrides ORDER BY id').all() as Row[];
  return rows.map((row) => {
    const ids = JSON.parse(String(row.conversation_ids_json)) as string[];
    const base = { id: Number(row.id), createdAt: String(row.created_at) };
    return row.action === 'split'
      ? { ...base, action: 'split' as const, conversationId: ids[0] ?? '' }
      : { ...base, action: 'merge' as const, conversationIds: ids };
  });
}

/** Appends a manual merge or split and returns its id. */
export function addAccountOverride(db: Database.Database, override: NewAccountOverride): number {
  const ids = override.action === 'split' ? [override.conversationId] : override.conversationIds;
  const result = db
    .prepare('INSERT INTO account_overrides (action, conversation_ids_json, created_at) VALUES (?, ?, ?)')
    .run(override.action, JSON.stringify(ids), override.createdAt);
  return Number(result.lastInsertRowid);
}

/** Returns the channels and message count of every stored conversation. */
export function loadConversationStats(db: Database.Database): Map<string, ConversationStats> {
  const rows = db
    .prepare('SELECT conversation_id AS id, group_concat(DISTINCT channel) AS channels, count(*) AS n FROM messages GROUP BY 1')
    .all() as { id: string; channels: string; n: number }[];
  return new Map(rows.map((row) => [row.id, { channels: row.channels.split(',').sort(), messages: row.n }]));
}

export function loadAccounts(db: Database.Database): Account[] {
  const rows = db.prepare('SELECT account_json FROM accounts ORDER BY id').all() as Row[];
  return rows.map((row) => JSON.parse(String(row.account_json)) as Account);
}

export function accountRow(account: Account): Row {
  return { id: account.id, name: account.name, domain: account.domain, account_json: JSON.stringify(account) };
}
