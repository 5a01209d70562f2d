import type { Direction, Message } from '../core/types.js';
import { rowToMessage } from './message-rows.js';
import type { Queryable, Row } from './pg-db.js';
import type { MessageContent } from './store.js';

/** Returns the stored direction of each of `ids` that is stored. */
export async function loadMessageDirections(sql: Queryable, ids: string[]): Promise<Map<string, Direction>> {
  const rows = (
    await sql.query<{ id: string; direction: Direction }>('SELECT id, direction FROM messages WHERE id = ANY($1::text[])', [
      [...new Set(ids)],
    ])
  ).rows;
  return new Map(rows.map((row) => [row.id, row.direction]));
}

/**
 * Returns, for each entry, whether a message with its id is stored with
 * another send time or raw text. PostgreSQL compares the texts, so stored
 * bodies are not sent to the client.
 */
export async function storedContentDiffers(sql: Queryable, entries: MessageContent[]): Promise<boolean[]> {
  const differs = entries.map(() => false);
  if (entries.length === 0) return differs;
  const rows = (
    await sql.query<{ position: string }>(
      `SELECT entry.position FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS entry (id, sent_at, raw_text, position)
       JOIN messages AS stored ON stored.id = entry.id
       WHERE stored.sent_at <> entry.sent_at OR stored.raw_text <> entry.raw_text`,
      [entries.map((entry) => entry.id), entries.map((entry) => entry.sentAt), entries.map((entry) => entry.rawText)],
    )
  ).rows;
  for (const row of rows) differs[Number(row.position) - 1] = true;
  return differs;
}

/** Returns those of `conversationIds` that have stored messages, in the order given. */
export async function storedConversations(sql: Queryable, conversationIds: string[]): Promise<Set<string>> {
  const unique = [...new Set(conversationIds)];
  const rows = (
    await sql.query<{ id: string }>(
      'SELECT id FROM unnest($1::text[]) AS wanted (id) WHERE EXISTS (SELECT 1 FROM messages WHERE conversation_id = wanted.id)',
      [unique],
    )
  ).rows;
  const found = new Set(rows.map((row) => row.id));
  return new Set(unique.filter((id) => found.has(id)));
}

/** Returns the messages of the given conversations, each conversation in UTC time order, in the order of the ids. */
export async function loadConversationMessages(sql: Queryable, conversationIds: string[]): Promise<Message[]> {
  const rows = (
    await sql.query<Row>('SELECT * FROM messages WHERE conversation_id = ANY($1::text[]) ORDER BY conversation_id, sent_at_utc, id', [
      [...new Set(conversationIds)],
    ])
  ).rows;
  const byConversation = new Map<string, Message[]>();
  for (const row of rows) {
    const message = rowToMessage(row);
    const list = byConversation.get(message.conversationId);
    if (list) list.push(message);
    else byConversation.set(message.conversationId, [message]);
  }
  // A repeated id repeats its messages, as the SQLite store's query per id does.
  return conversationIds.flatMap((id) => byConversation.get(id) ?? []);
}
