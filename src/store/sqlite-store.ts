import Database from 'better-sqlite3';
import { StorageError, errorMessage } from '../core/errors.js';
import { stableId } from '../core/ids.js';
import type { Account, Message, MessageAnalysis, QuarantineItem } from '../core/types.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import type { Store, StoredConversation, WriteResult } from './store.js';

type Row = Record<string, string | number | null>;

/**
 * SQLite storage in one file (WAL mode). Each save runs in one transaction,
 * so an interrupted run leaves whole batches or nothing.
 */
export class SqliteStore implements Store {
  private readonly db: Database.Database;

  private constructor(db: Database.Database) {
    this.db = db;
  }

  /** Opens (creating if needed) and migrates the database file at `path`. */
  static open(path: string): SqliteStore {
    let db: Database.Database;
    try {
      db = new Database(path);
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
    } catch (error) {
      throw new StorageError(`cannot open SQLite database ${path}: ${errorMessage(error)}`, { cause: error });
    }
    migrate(db, path);
    return new SqliteStore(db);
  }

  async saveMessages(messages: Message[]): Promise<WriteResult> {
    return this.upsert('messages', messages.map(messageRow));
  }

  async saveMessageAnalyses(analyses: MessageAnalysis[]): Promise<WriteResult> {
    const rows = analyses.map((a) => ({ message_id: a.id, analysis_json: JSON.stringify(a) }));
    return this.upsert('message_analyses', rows, 'message_id');
  }

  async saveConversations(conversations: StoredConversation[]): Promise<WriteResult> {
    const rows = conversations.map((c) => ({
      id: c.id,
      account_id: c.accountId,
      last_message_id: c.lastMessageId,
      analysis_json: JSON.stringify(c.analysis),
    }));
    return this.upsert('conversations', rows);
  }

  async saveAccounts(accounts: Account[]): Promise<WriteResult> {
    const rows = accounts.map((a) => ({
      id: a.id,
      name: a.name,
      domain: a.domain,
      account_json: JSON.stringify(a),
    }));
    return this.upsert('accounts', rows);
  }

  async saveQuarantine(items: QuarantineItem[]): Promise<WriteResult> {
    const rows = items.map((item) => ({
      id: stableId('q', item.source, item.reason),
      source: item.source,
      reason: item.reason,
      raw: item.raw,
    }));
    return this.upsert('quarantine', rows);
  }

  async loadConversationMessages(conversationIds: string[]): Promise<Message[]> {
    const select = this.db.prepare(
      'SELECT * FROM messages WHERE conversation_id = ? ORDER BY sent_at_utc, id',
    );
    const messages: Message[] = [];
    for (const id of conversationIds) {
      for (const row of select.all(id) as Row[]) messages.push(rowToMessage(row));
    }
    return messages;
  }

  async countRows(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of ['messages', 'message_analyses', 'conversations', 'accounts', 'quarantine']) {
      const row = this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number };
      counts[table] = row.n;
    }
    return counts;
  }

  async close(): Promise<void> {
    this.db.close();
  }

  /**
   * Inserts new rows, updates rows whose columns differ and leaves identical
   * rows untouched, so that a repeated run writes nothing.
   */
  private upsert(table: string, rows: Row[], key = 'id'): WriteResult {
    const result: WriteResult = { inserted: 0, unchanged: 0, updated: 0 };
    const first = rows[0];
    if (!first) return result;
    const columns = Object.keys(first);
    const select = this.db.prepare(`SELECT * FROM ${table} WHERE ${key} = ?`);
    const insert = this.db.prepare(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`,
    );
    const update = this.db.prepare(
      `UPDATE ${table} SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE ${key} = @${key}`,
    );
    const run = this.db.transaction((batch: Row[]) => {
      for (const row of batch) {
        const existing = select.get(row[key]) as Row | undefined;
        if (!existing) {
          insert.run(row);
          result.inserted += 1;
        } else if (columns.some((c) => existing[c] !== row[c])) {
          update.run(row);
          result.updated += 1;
        } else {
          result.unchanged += 1;
        }
      }
    });
    try {
      run(rows);
    } catch (error) {
      throw new StorageError(`failed to write ${rows.length} rows to ${table}: ${errorMessage(error)}`, {
        cause: error,
      });
    }
    return result;
  }
}

function migrate(db: Database.Database, path: string): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)');
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  SQLITE_MIGRATIONS.forEach((sql, index) => {
    const version = index + 1;
    if (applied.has(version)) return;
    try {
      db.transaction(() => {
        db.exec(sql);
        db.prepare('INSERT INTO schema_migrations (version) VALUES (?)').run(version);
      })();
    } catch (error) {
      throw new StorageError(`migration ${version} failed on ${path}: ${errorMessage(error)}`, { cause: error });
    }
  });
}

function messageRow(message: Message): Row {
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

function rowToMessage(row: Row): Message {
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
