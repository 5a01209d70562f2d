import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { stableId } from '../core/ids.js';
import type {
  Account,
  AccountOverride,
  ConversationAnalysis,
  ConversationBuyers,
  ConversationIdentity,
  Direction,
  Message,
  MessageAnalysis,
  Outcome,
  QuarantineItem,
} from '../core/types.js';
import * as accountsSql from './pg-accounts.js';
import * as componentsSql from './pg-components.js';
import { describeStore, migrateSchema, poolConfig, type PgStoreOptions } from './pg-connection.js';
import { inTransaction, ReadPool, toCount, type Row } from './pg-db.js';
import * as historySql from './pg-history.js';
import * as messagesSql from './pg-messages.js';
import { PgRunJournal, RUN_JOURNAL_TABLES } from './pg-run-journal.js';
import * as runSql from './pg-run.js';
import * as threadsSql from './pg-threads.js';
import { messageRow } from './message-rows.js';
import { upsertRows } from './pg-upsert.js';
import type { RunJournal } from './run-journal.js';
import { accountRow } from './sqlite-accounts.js';
import type {
  ConversationIdentities,
  ConversationLinks,
  ConversationStateHistory,
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

export type { PgStoreOptions } from './pg-connection.js';

/** Tables whose row counts `countRows` reports; the same as the SQLite store's. */
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

/** Every table whose rows belong to one open store, emptied of that store's rows when it closes. */
const OWNED_TABLES = ['run_conversations', 'run_reports', 'run_quarantine', ...RUN_JOURNAL_TABLES];

/**
 * PostgreSQL storage in one schema of a database, through a connection
 * pool whose connections all have the schema as their `search_path`. Each
 * save runs in one transaction, so an interrupted run leaves whole batches
 * or nothing. The run tables hold the rows of this store only (see
 * PG_MIGRATIONS), so other processes may use the same schema at once.
 */
export class PgStore implements Store {
  readonly runJournal: RunJournal;
  private readonly reads: ReadPool;
  /** Id of this store in the rows of the run tables. */
  private readonly owner = randomUUID();
  private closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    readonly where: string,
  ) {
    this.reads = new ReadPool(pool, where);
    this.runJournal = new PgRunJournal(pool, this.reads, this.owner);
  }

  /**
   * Connects to the database at `url`, creates `schema` when it is missing,
   * applies the migrations it lacks and returns the store. Raises
   * InputError for an invalid schema name and StorageError, naming the URL
   * without its password, when the server cannot be reached or a migration
   * fails.
   */
  static async open(url: string, schema: string, options: PgStoreOptions = {}): Promise<PgStore> {
    const config = poolConfig(url, schema, options);
    await migrateSchema(config, url, schema);
    const pool = new pg.Pool(config);
    // The pool drops a connection that fails while idle and opens another for the next query.
    pool.on('error', (error) => options.onIdleError?.(error));
    return new PgStore(pool, describeStore(url, schema));
  }

  async saveMessages(messages: Message[], outcomes?: Map<string, WriteOutcome>): Promise<WriteResult> {
    return this.write(`write ${messages.length} rows to messages`, (client) =>
      upsertRows(client, 'messages', messages.map(messageRow), 'id', outcomes),
    );
  }

  async loadMessageDirections(ids: string[]): Promise<Map<string, Direction>> {
    return messagesSql.loadMessageDirections(this.reads, ids);
  }

  async storedContentDiffers(entries: MessageContent[]): Promise<boolean[]> {
    return messagesSql.storedContentDiffers(this.reads, entries);
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
    return historySql.loadConversationAnalyses(this.reads, ids);
  }

  async saveStateHistory(histories: ConversationStateHistory[]): Promise<WriteResult> {
    return this.write(`store the state history of ${histories.length} conversations`, (client) =>
      historySql.saveStateHistories(client, histories),
    );
  }

  async loadStateHistory(conversationId: string): Promise<ConversationStateHistory | null> {
    return historySql.loadStateHistory(this.reads, conversationId);
  }

  async saveOutcomes(outcomes: Outcome[]): Promise<WriteResult> {
    return this.write(`write ${outcomes.length} rows to outcomes`, (client) => historySql.saveOutcomes(client, outcomes));
  }

  async loadOutcomes(conversationIds?: string[]): Promise<Outcome[]> {
    return historySql.loadOutcomes(this.reads, conversationIds);
  }

  async saveWinModel(json: string): Promise<void> {
    await this.write('store the win model', (client) => historySql.saveWinModel(client, json));
  }

  async loadWinModel(): Promise<string | null> {
    return historySql.loadWinModel(this.reads);
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
    return messagesSql.storedConversations(this.reads, conversationIds);
  }

  async loadConversationMessages(conversationIds: string[]): Promise<Message[]> {
    return messagesSql.loadConversationMessages(this.reads, conversationIds);
  }

  async saveConversationBuyers(records: ConversationBuyers[]): Promise<WriteResult> {
    return this.write(`write ${records.length} rows to conversation_buyers`, (client) => accountsSql.saveConversationBuyers(client, records));
  }

  async loadConversationBuyers(): Promise<ConversationBuyers[]> {
    return accountsSql.loadConversationBuyers(this.reads);
  }

  async loadConversationBuyersOf(conversationIds: string[]): Promise<ConversationBuyers[]> {
    return accountsSql.loadConversationBuyersOf(this.reads, conversationIds);
  }

  async conversationsWithoutBuyers(): Promise<string[]> {
    return accountsSql.conversationsWithoutBuyers(this.reads);
  }

  async loadAccountOverrides(): Promise<AccountOverride[]> {
    return accountsSql.loadAccountOverrides(this.reads);
  }

  async addAccountOverride(override: NewAccountOverride): Promise<number> {
    return this.write(`store a manual ${override.action}`, (client) => accountsSql.addAccountOverride(client, override));
  }

  async loadConversationStats(): Promise<Map<string, ConversationStats>> {
    return accountsSql.loadConversationStats(this.reads);
  }

  async loadAccounts(): Promise<Account[]> {
    return accountsSql.loadAccounts(this.reads);
  }

  async loadThreadConversations(keys: string[]): Promise<Map<string, string>> {
    return threadsSql.loadThreadConversations(this.reads, keys);
  }

  async saveThreadKeys(entries: ThreadKey[]): Promise<WriteResult> {
    return this.write(`write ${entries.length} rows to thread_keys`, (client) => threadsSql.saveThreadKeys(client, entries));
  }

  async saveConversationIdentities(records: ConversationIdentities[]): Promise<void> {
    await this.write('store conversation identities', (client) => componentsSql.saveConversationIdentities(client, records));
  }

  async conversationLinks(conversationIds: string[]): Promise<ConversationLinks> {
    return componentsSql.conversationLinks(this.reads, conversationIds);
  }

  async conversationsLinkedBy(links: ConversationLinks): Promise<string[]> {
    return componentsSql.conversationsLinkedBy(this.reads, links);
  }

  async loadAccountOf(conversationIds: string[]): Promise<Map<string, string>> {
    return componentsSql.loadAccountOf(this.reads, conversationIds);
  }

  async loadAccountsById(ids: string[]): Promise<Account[]> {
    return componentsSql.loadAccountsById(this.reads, ids);
  }

  async replaceAccountsOf(conversationIds: string[], accounts: Account[], identities: ConversationIdentity[]): Promise<WriteResult> {
    return this.write(`replace the accounts of ${conversationIds.length} conversations`, (client) =>
      componentsSql.replaceAccountsOf(client, conversationIds, accounts, identities),
    );
  }

  async beginRun(): Promise<void> {
    await this.write('start a run', (client) => runSql.beginRun(client, this.owner));
  }

  async addRunConversations(ids: string[]): Promise<void> {
    await this.write('record the run\'s conversations', (client) => runSql.addRunConversations(client, this.owner, ids));
  }

  async nextRunConversations(after: string | null, limit: number, options: { ungrouped?: boolean } = {}): Promise<string[]> {
    return runSql.nextRunConversations(this.reads, this.owner, after, limit, options.ungrouped ?? false);
  }

  async markRunConversationsGrouped(ids: string[]): Promise<void> {
    await this.write('mark run conversations grouped', (client) => runSql.markRunConversationsGrouped(client, this.owner, ids));
  }

  async countRunConversations(): Promise<number> {
    return runSql.countRunConversations(this.reads, this.owner);
  }

  async saveRunReports(rows: RunReportRow[]): Promise<void> {
    await this.write('keep the run\'s reports', (client) => runSql.saveRunReports(client, this.owner, rows));
  }

  async countRunReports(): Promise<number> {
    return runSql.countRunReports(this.reads, this.owner);
  }

  async nextRunReports(cursor: RunReportCursor | null, limit: number): Promise<RunReportRow[]> {
    return runSql.nextRunReports(this.reads, this.owner, cursor, limit);
  }

  async nextRunAccounts(after: string | null, limit: number): Promise<Account[]> {
    return runSql.nextRunAccounts(this.reads, this.owner, after, limit);
  }

  async addRunQuarantine(items: { source: string; reason: string }[]): Promise<void> {
    await this.write('record the run\'s quarantined records', (client) => runSql.addRunQuarantine(client, this.owner, items));
  }

  async nextRunQuarantine(after: number, limit: number): Promise<RunQuarantineEntry[]> {
    return runSql.nextRunQuarantine(this.reads, this.owner, after, limit);
  }

  async countRunQuarantine(): Promise<number> {
    return runSql.countRunQuarantine(this.reads, this.owner);
  }

  async countRows(): Promise<Record<string, number>> {
    const select = COUNTED_TABLES.map((table) => `(SELECT count(*) FROM ${table}) AS ${table}`).join(', ');
    const row = (await this.reads.query<Record<string, string>>(`SELECT ${select}`)).rows[0] ?? {};
    return Object.fromEntries(COUNTED_TABLES.map((table) => [table, toCount(row[table])]));
  }

  /**
   * Deletes this store's rows from the run tables and closes the pool.
   * NOTE: a process that exits without `close` leaves its run rows behind.
   * No other store reads them, but nothing deletes them either.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await inTransaction(this.pool, 'delete the run tables\' rows', async (client) => {
        for (const table of OWNED_TABLES) await client.query(`DELETE FROM ${table} WHERE owner = $1`, [this.owner]);
      });
    } catch {
      // The server is gone or the schema was dropped: nothing is left to clean up that close can reach.
    } finally {
      await this.pool.end();
    }
  }

  private upsert(table: string, rows: Row[], key = 'id'): Promise<WriteResult> {
    return this.write(`write ${rows.length} rows to ${table}`, (client) => upsertRows(client, table, rows, key));
  }

  /** Runs `work` in one transaction; a failure raises a StorageError naming `what`. */
  private write<T>(what: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, what, work);
  }
}
