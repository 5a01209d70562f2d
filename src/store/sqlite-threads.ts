import type Database from 'better-sqlite3';
import { StorageError, errorMessage } from '../core/errors.js';
import type { ThreadKey, WriteResult } from './store.js';

/** Maximum bound parameters per lookup, below SQLite's default limit (999 before 3.32.0, 32766 since). */
const LOOKUP_BATCH = 500;

/** Returns the stored conversation id of each of `keys` that has one. */
export function loadThreadConversations(db: Database.Database, keys: string[]): Map<string, string> {
  const result = new Map<string, string>();
  const unique = [...new Set(keys)];
  for (let start = 0; start < unique.length; start += LOOKUP_BATCH) {
    const part = unique.slice(start, start + LOOKUP_BATCH);
    const rows = db
      .prepare(`SELECT key, conversation_id FROM thread_keys WHERE key IN (${part.map(() => '?').join(', ')})`)
      .all(...part) as { key: string; conversation_id: string }[];
    for (const row of rows) result.set(row.key, row.conversation_id);
  }
  return result;
}

/**
 * Stores thread keys in one transaction. A key already stored keeps its
 * first conversation id, so a later run never moves a thread.
 */
export function saveThreadKeys(db: Database.Database, entries: ThreadKey[]): WriteResult {
  const result: WriteResult = { inserted: 0, unchanged: 0, updated: 0 };
  const insert = db.prepare('INSERT OR IGNORE INTO thread_keys (key, conversation_id) VALUES (?, ?)');
  const run = db.transaction((batch: ThreadKey[]) => {
    for (const entry of batch) {
      if (insert.run(entry.key, entry.conversationId).changes > 0) result.inserted += 1;
      else result.unchanged += 1;
    }
  });
  try {
    run(entries);
  } catch (error) {
    throw new StorageError(`failed to write ${entries.length} rows to thread_keys: ${errorMessage(error)}`, { cause: error });
  }
  return result;
}
