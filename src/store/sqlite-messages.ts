import type Database from 'better-sqlite3';
import type { Direction } from '../core/types.js';
import type { MessageContent } from './store.js';

/** Maximum bound parameters per lookup, below SQLite's default limit (999 before 3.32.0, 32766 since). */
const LOOKUP_BATCH = 500;

/** Returns the stored direction of each of `ids` that is stored. */
export function loadMessageDirections(db: Database.Database, ids: string[]): Map<string, Direction> {
  const result = new Map<string, Direction>();
  const unique = [...new Set(ids)];
  for (let start = 0; start < unique.length; start += LOOKUP_BATCH) {
    const part = unique.slice(start, start + LOOKUP_BATCH);
    const rows = db
      .prepare(`SELECT id, direction FROM messages WHERE id IN (${part.map(() => '?').join(', ')})`)
      .all(...part) as { id: string; direction: Direction }[];
    for (const row of rows) result.set(row.id, row.direction);
  }
  return result;
}

/**
 * Returns, for each entry, whether a message with its id is stored with
 * another send time or raw text. SQLite compares the texts, so stored bodies
 * are not read into memory.
 */
export function storedContentDiffers(db: Database.Database, entries: MessageContent[]): boolean[] {
  const compare = db.prepare('SELECT sent_at = @sentAt AND raw_text = @rawText FROM messages WHERE id = @id').pluck();
  return entries.map((entry) => {
    const same = compare.get({ id: entry.id, sentAt: entry.sentAt, rawText: entry.rawText }) as number | undefined;
    return same === 0;
  });
}

/** Returns those of `conversationIds` that have stored messages. */
export function storedConversations(db: Database.Database, conversationIds: string[]): Set<string> {
  const found = new Set<string>();
  const select = db.prepare('SELECT 1 FROM messages WHERE conversation_id = ? LIMIT 1').pluck();
  for (const id of new Set(conversationIds)) {
    if (select.get(id) !== undefined) found.add(id);
  }
  return found;
}
