/**
 * The `messages` table row of a message and back, the same columns and
 * values in the SQLite and the PostgreSQL store.
 */
import type { Message } from '../core/types.js';
import type { Row } from './sqlite-upsert.js';

/** Returns the `messages` row of a message. */
export function messageRow(message: Message): Row {
  const utc = Date.parse(message.sentAt);
  return {
    id: message.id,
    conversation_id: message.conversationId,
    channel: message.channel,
    direction: message.direction,
    sender_json: JSON.stringify(message.sender),
    sent_at: message.sentAt,
    sent_at_utc: Number.isNaN(utc) ? message.sentAt : new Date(utc).toISOString(),
    text: message.text,
    raw_text: message.rawText,
    attachments_json: JSON.stringify(message.attachments),
    language: message.language?.code ?? null,
    language_confidence: message.language?.confidence ?? null,
    subject: message.subject,
    source: message.source,
    automated: message.automated ? 1 : 0,
  };
}

/** Returns the message of a `messages` row. */
export function rowToMessage(row: Row): Message {
  const language = row.language === null ? null : { code: String(row.language), confidence: Number(row.language_confidence) };
  return {
    id: String(row.id),
    channel: String(row.channel) as Message['channel'],
    conversationId: String(row.conversation_id),
    direction: String(row.direction) as Message['direction'],
    sender: JSON.parse(String(row.sender_json)) as Message['sender'],
    sentAt: String(row.sent_at),
    text: String(row.text),
    rawText: String(row.raw_text),
    attachments: JSON.parse(String(row.attachments_json)) as Message['attachments'],
    language,
    subject: row.subject === null ? null : String(row.subject),
    source: String(row.source),
    automated: row.automated === 1,
  };
}
