import Database from 'better-sqlite3';
import { StorageError, errorMessage } from '../core/errors.js';
import { stableId } from '../core/ids.js';
import type {
  Account,
  AccountOverride,
  ConversationBuyers,
  ConversationIdentity,
  Direction,
  ConversationAnalysis,
  Message,
  MessageAnalysis,
  Outcome,
  QuarantineItem,
} from '../core/types.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import type { RunJournal } from './run-journal.js';
import * as messagesSql from './sqlite-messages.js';
import { SqliteRunJournal } from './sqlite-run-journal.js';
import { messageRow, rowToMessage } from './message-rows.js';
import { upsertRows, type Row } from './sqlite-upsert.js';
import * as accountsSql from './sqlite-accounts.js';
import * as componentsSql from './sqlite-components.js';
import * as historySql from './sqlite-history.js';
import * as runSql from './sqlite-run.js';
import * as threadsSql from './sqlite-threads.js';
import { accountRow } from './sqlite-accounts.js';
import type {
  ConversationIdentities,
  ConversationStateHistory,
  ConversationLinks,
  ConversationStats,
  MessageContent,
  NewAccountOverride,
  RunQuarantineEntry,
  RunReportCursor,
  RunReportRow,
  Store,
  StoredConversation,
  ThreadKey,
  WriteOutcome,
  WriteResult,
} from './store.js';

/** Tables whose row counts `countRows` reports. */
const COUNTED_TABLES = [
  'messages',
  'message_analyses',
  'conversations',
  'accounts',
  'quarantine',
  'conversation_buyers',
  'identities',
  'account_overrides',
  'state_snapshots',
  'state_changes',
  'outcomes',
];


/**
 * SQLite storage in one file (WAL mode). Each save runs in one transaction,
 * so an interrupted run leaves whole batches or nothing.
 */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  readonly runJournal: RunJournal;

  private constructor(db: Database.Database) {
    this.db = db;
    this.runJournal = new SqliteRunJournal(db);
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

  async saveMessages(messages: Message[], outcomes?: Map<string, WriteOutcome>): Promise<WriteResult> {
    return upsertRows(this.db, 'messages', messages.map(messageRow), 'id', outcomes);
  }

  async loadMessageDirections(ids: string[]): Promise<Map<string, Direction>> {
    return messagesSql.loadMessageDirections(this.db, ids);
  }

  async storedContentDiffers(entries: MessageContent[]): Promise<boolean[]> {
    return messagesSql.storedContentDiffers(this.db, entries);
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

  async loadConversationAnalyses(ids?: string[]): Promise<ConversationAnalysis[]> {
    return historySql.loadConversationAnalyses(this.db, ids);
  }

  async saveStateHistory(histories: ConversationStateHistory[]): Promise<WriteResult> {
    return historySql.saveStateHistories(this.db, histories);
  }

  async loadStateHistory(conversationId: string): Promise<ConversationStateHistory | null> {
    return historySql.loadStateHistory(this.db, conversationId);
  }

  async saveOutcomes(outcomes: Outcome[]): Promise<WriteResult> {
    return historySql.saveOutcomes(this.db, outcomes);
  }

  async loadOutcomes(conversationIds?: string[]): Promise<Outcome[]> {
    return historySql.loadOutcomes(this.db, conversationIds);
  }

  async saveWinModel(json: string): Promise<void> {
    this.guard('store the win model', () => historySql.saveWinModel(this.db, json));
  }

  async loadWinModel(): Promise<string | null> {
    return historySql.loadWinModel(this.db);
  }

  async saveAccounts(accounts: Account[]): Promise<WriteResult> {
    return this.upsert('accounts', accounts.map(accountRow));
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

  async storedConversations(conversationIds: string[]): Promise<Set<string>> {
    return messagesSql.storedConversations(this.db, conversationIds);
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

  async saveConversationBuyers(records: ConversationBuyers[]): Promise<WriteResult> {
    return accountsSql.saveConversationBuyers(this.db, records);
  }

  async loadConversationBuyers(): Promise<ConversationBuyers[]> {
    return accountsSql.loadConversationBuyers(this.db);
  }

  async loadConversationBuyersOf(conversationIds: string[]): Promise<ConversationBuyers[]> {
    return accountsSql.loadConversationBuyersOf(this.db, conversationIds);
  }

  async conversationsWithoutBuyers(): Promise<string[]> {
    return accountsSql.conversationsWithoutBuyers(this.db);
  }

  async loadAccountOverrides(): Promise<AccountOverride[]> {
    return accountsSql.loadAccountOverrides(this.db);
  }

  async addAccountOverride(override: NewAccountOverride): Promise<number> {
    return accountsSql.addAccountOverride(this.db, override);
  }

  async loadConversationStats(): Promise<Map<string, ConversationStats>> {
    return accountsSql.loadConversationStats(this.db);
  }

  async loadAccounts(): Promise<Account[]> {
    return accountsSql.loadAccounts(this.db);
  }

  async loadThreadConversations(keys: string[]): Promise<Map<string, string>> {
    return threadsSql.loadThreadConversations(this.db, keys);
  }

  async saveThreadKeys(entries: ThreadKey[]): Promise<WriteResult> {
    return threadsSql.saveThreadKeys(this.db, entries);
  }

  async saveConversationIdentities(records: ConversationIdentities[]): Promise<void> {
    this.guard('store conversation identities', () => componentsSql.saveConversationIdentities(this.db, records));
  }

  async conversationLinks(conversationIds: string[]): Promise<ConversationLinks> {
    return componentsSql.conversationLinks(this.db, conversationIds);
  }

  async conversationsLinkedBy(links: ConversationLinks): Promise<string[]> {
    return componentsSql.conversationsLinkedBy(this.db, links);
  }

  async loadAccountOf(conversationIds: string[]): Promise<Map<string, string>> {
    return componentsSql.loadAccountOf(this.db, conversationIds);
  }

  async loadAccountsById(ids: string[]): Promise<Account[]> {
    return componentsSql.loadAccountsById(this.db, ids);
  }

  async replaceAccountsOf(conversationIds: string[], accounts: Account[], identities: ConversationIdentity[]): Promise<WriteResult> {
    return componentsSql.replaceAccountsOf(this.db, conversationIds, accounts, identities);
  }

  async beginRun(): Promise<void> {
    runSql.beginRun(this.db);
  }

  async addRunConversations(ids: string[]): Promise<void> {
    this.guard('record the run\'s conversations', () => runSql.addRunConversations(this.db, ids));
  }

  async nextRunConversations(after: string | null, limit: number, options: { ungrouped?: boolean } = {}): Promise<string[]> {
    return runSql.nextRunConversations(this.db, after, limit, options.ungrouped ?? false);
  }

  async markRunConversationsGrouped(ids: string[]): Promise<void> {
    runSql.markRunConversationsGrouped(this.db, ids);
  }

  async countRunConversations(): Promise<number> {
    return runSql.countRunConversations(this.db);
  }

  async saveRunReports(rows: RunReportRow[]): Promise<void> {
    this.guard('keep the run\'s reports', () => runSql.saveRunReports(this.db, rows));
  }

  async countRunReports(): Promise<number> {
    return runSql.countRunReports(this.db);
  }

  async nextRunReports(cursor: RunReportCursor | null, limit: number): Promise<RunReportRow[]> {
    return runSql.nextRunReports(this.db, cursor, limit);
  }

  async nextRunAccounts(after: string | null, limit: number): Promise<Account[]> {
    return runSql.nextRunAccounts(this.db, after, limit);
  }

  async addRunQuarantine(items: { source: string; reason: string }[]): Promise<void> {
    runSql.addRunQuarantine(this.db, items);
  }

  async nextRunQuarantine(after: number, limit: number): Promise<RunQuarantineEntry[]> {
    return runSql.nextRunQuarantine(this.db, after, limit);
  }

  async countRunQuarantine(): Promise<number> {
    return runSql.countRunQuarantine(this.db);
  }

  async countRows(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of COUNTED_TABLES) {
      const row = this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number };
      counts[table] = row.n;
    }
    return counts;
  }

  async close(): Promise<void> {
    this.db.close();
  }

  private upsert(table: string, rows: Row[], key = 'id'): WriteResult {
    return upsertRows(this.db, table, rows, key);
  }

  /** Runs a write and raises a StorageError naming `what` when the database fails. */
  private guard(what: string, write: () => void): void {
    try {
      write();
    } catch (error) {
      throw new StorageError(`failed to ${what}: ${errorMessage(error)}`, { cause: error });
    }
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
