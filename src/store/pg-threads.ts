import type { Queryable } from './pg-db.js';
import type { ThreadKey, WriteResult } from './store.js';

/** Returns the stored conversation id of each of `keys` that has one. */
export async function loadThreadConversations(sql: Queryable, keys: string[]): Promise<Map<string, string>> {
  const rows = (
    await sql.query<{ key: string; conversation_id: string }>('SELECT key, conversation_id FROM thread_keys WHERE key = ANY($1::text[])', [
      [...new Set(keys)],
    ])
  ).rows;
  return new Map(rows.map((row) => [row.key, row.conversation_id]));
}

/**
 * Stores thread keys in one statement. A key already stored keeps its
 * first conversation id, so a later run never moves a thread. A key listed
 * twice keeps the first entry's conversation, and the second entry counts
 * as unchanged.
 */
export async function saveThreadKeys(sql: Queryable, entries: ThreadKey[]): Promise<WriteResult> {
  if (entries.length === 0) return { inserted: 0, unchanged: 0, updated: 0 };
  const written = await sql.query(
    `INSERT INTO thread_keys (key, conversation_id)
     SELECT key, conversation_id FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS entry (key, conversation_id, position)
     ORDER BY position
     ON CONFLICT (key) DO NOTHING`,
    [entries.map((entry) => entry.key), entries.map((entry) => entry.conversationId)],
  );
  const inserted = written.rowCount ?? 0;
  return { inserted, unchanged: entries.length - inserted, updated: 0 };
}
