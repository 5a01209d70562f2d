/**
 * Automation tables in a workspace's SQLite file, through a second
 * connection next to the store's own. WAL mode lets both read while one
 * writes, and a writer waits up to BUSY_TIMEOUT_MS for the other.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StorageError, errorMessage } from '../core/errors.js';
import {
  AUTOMATION_TABLES,
  TASK_ORDER,
  deadLetterFromRow,
  payloadOfBody,
  taskFilterSql,
  taskFromRow,
  type AutomationStore,
  type DeadLetterRow,
  type NewFiring,
  type QueuedDelivery,
  type TaskFilter,
  type TaskRow,
} from './automation-store.js';
import type { Watermark } from './triggers.js';
import type { DeadLetter, Task } from './types.js';

/** Milliseconds a write waits for the store's own connection to finish its transaction. */
const BUSY_TIMEOUT_MS = 10_000;

export class SqliteAutomationStore implements AutomationStore {
  private constructor(private readonly db: Database.Database) {}

  /** Opens the SQLite file at `path` (created with its folder when missing) and creates the automation tables. */
  static open(path: string): SqliteAutomationStore {
    let db: Database.Database | undefined;
    try {
      mkdirSync(dirname(path), { recursive: true });
      db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
      db.pragma('journal_mode = WAL');
      const create = db.transaction(() => {
        for (const statement of AUTOMATION_TABLES) db!.exec(statement);
      });
      create();
      return new SqliteAutomationStore(db);
    } catch (error) {
      db?.close();
      throw new StorageError(`cannot open the automation tables in SQLite database ${path}: ${errorMessage(error)}`, { cause: error });
    }
  }

  async loadWatermark(conversationId: string): Promise<Watermark | null> {
    const row = this.db
      .prepare('SELECT time_ms, message_ids FROM automation_watermarks WHERE conversation_id = ?')
      .get(conversationId) as { time_ms: number; message_ids: string } | undefined;
    return row ? { timeMs: Number(row.time_ms), messageIds: JSON.parse(row.message_ids) as string[] } : null;
  }

  async recordFirstProcessed(conversationId: string, atMs: number): Promise<number | null> {
    const record = this.db.transaction((): number | null => {
      const row = this.db
        .prepare('SELECT first_processed_at FROM automation_conversations WHERE conversation_id = ?')
        .get(conversationId) as { first_processed_at: number } | undefined;
      if (row) return Number(row.first_processed_at);
      this.db.prepare('INSERT INTO automation_conversations (conversation_id, first_processed_at) VALUES (?, ?)').run(conversationId, atMs);
      return null;
    });
    return record.immediate();
  }

  async recordFirings(firings: NewFiring[], watermark: { conversationId: string; watermark: Watermark } | null): Promise<NewFiring[]> {
    const insertFiring = this.db.prepare(
      `INSERT INTO automation_firings (rule_id, conversation_id, message_id, field, fired_at)
       VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    const insertTask = this.db.prepare(
      `INSERT INTO automation_tasks (id, conversation_id, account_id, rule_id, title, assignee, due_at, reason, created_at, status)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    const insertDelivery = this.db.prepare(
      `INSERT INTO automation_outbox (id, rule_id, url, payload, status, attempts, next_attempt_at, created_at)
       VALUES (?, ?, ?, ?, 'queued', 0, ?, ?) ON CONFLICT DO NOTHING`,
    );
    const upsertWatermark = this.db.prepare(
      `INSERT INTO automation_watermarks (conversation_id, time_ms, message_ids) VALUES (?, ?, ?)
       ON CONFLICT (conversation_id) DO UPDATE SET time_ms = excluded.time_ms, message_ids = excluded.message_ids`,
    );
    const run = this.db.transaction((): NewFiring[] => {
      const recorded: NewFiring[] = [];
      for (const firing of firings) {
        const { key } = firing;
        const inserted = insertFiring.run(key.ruleId, key.conversationId, key.messageId, key.field, firing.firedAt).changes > 0;
        if (!inserted) continue;
        const task = firing.task;
        if (task) {
          insertTask.run(task.id, task.conversationId, task.accountId, task.ruleId, firing.taskTitle, task.assignee, task.dueAt, task.reason, task.createdAt, task.status);
        }
        const delivery = firing.delivery;
        if (delivery) insertDelivery.run(delivery.id, delivery.ruleId, delivery.url, delivery.payload, delivery.createdAt, delivery.createdAt);
        recorded.push(firing);
      }
      if (watermark) {
        upsertWatermark.run(watermark.conversationId, watermark.watermark.timeMs, JSON.stringify(watermark.watermark.messageIds));
      }
      return recorded;
    });
    return run();
  }

  async listTasks(workspaceId: string, filter: TaskFilter = {}): Promise<Task[]> {
    const { where, params } = taskFilterSql(filter, () => '?');
    const rows = this.db.prepare(`SELECT * FROM automation_tasks ${where} ${TASK_ORDER}`).all(...params) as TaskRow[];
    return rows.map((row) => taskFromRow(row, workspaceId));
  }

  async setTaskStatus(taskId: string, status: Task['status']): Promise<boolean> {
    return this.db.prepare('UPDATE automation_tasks SET status = ? WHERE id = ?').run(status, taskId).changes > 0;
  }

  async claimDueDeliveries(nowMs: number, leaseMs: number, limit: number): Promise<QueuedDelivery[]> {
    const select = this.db.prepare(
      `SELECT id, rule_id, url, payload, attempts FROM automation_outbox
       WHERE status = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?`,
    );
    const lease = this.db.prepare('UPDATE automation_outbox SET next_attempt_at = ? WHERE id = ?');
    const claim = this.db.transaction((): QueuedDelivery[] => {
      const rows = select.all(nowMs, limit) as { id: string; rule_id: string; url: string; payload: string; attempts: number }[];
      for (const row of rows) lease.run(nowMs + leaseMs, row.id);
      return rows.map((row) => ({ id: row.id, ruleId: row.rule_id, url: row.url, payload: row.payload, attempts: row.attempts }));
    });
    return claim.immediate();
  }

  async nextDueAt(): Promise<number | null> {
    const row = this.db.prepare("SELECT MIN(next_attempt_at) AS due FROM automation_outbox WHERE status = 'queued'").get() as { due: number | null };
    return row.due === null ? null : Number(row.due);
  }

  async markDelivered(id: string, attempts: number, deliveredAtMs: number): Promise<void> {
    this.db
      .prepare("UPDATE automation_outbox SET status = 'delivered', attempts = ?, delivered_at = ?, last_error = NULL WHERE id = ?")
      .run(attempts, deliveredAtMs, id);
  }

  async scheduleRetry(id: string, attempts: number, nextAttemptAtMs: number, error: string): Promise<void> {
    this.db.prepare('UPDATE automation_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?').run(attempts, nextAttemptAtMs, error, id);
  }

  async moveToDeadLetters(id: string, attempts: number, body: string, error: string, failedAtMs: number): Promise<void> {
    const move = this.db.transaction(() => {
      const row = this.db.prepare('SELECT rule_id, url FROM automation_outbox WHERE id = ?').get(id) as { rule_id: string; url: string } | undefined;
      if (!row) return;
      this.db
        .prepare(
          `INSERT INTO automation_dead_letters (id, rule_id, url, body, attempts, last_error, failed_at) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET body = excluded.body, attempts = excluded.attempts, last_error = excluded.last_error, failed_at = excluded.failed_at`,
        )
        .run(id, row.rule_id, row.url, body, attempts, error, failedAtMs);
      this.db.prepare('DELETE FROM automation_outbox WHERE id = ?').run(id);
    });
    move();
  }

  async retryDeadLetter(id: string, nowMs: number): Promise<boolean> {
    const retry = this.db.transaction((): boolean => {
      const row = this.db.prepare('SELECT rule_id, url, body FROM automation_dead_letters WHERE id = ?').get(id) as
        | { rule_id: string; url: string; body: string }
        | undefined;
      if (!row) return false;
      this.db
        .prepare(
          `INSERT INTO automation_outbox (id, rule_id, url, payload, status, attempts, next_attempt_at, created_at)
           VALUES (?, ?, ?, ?, 'queued', 0, ?, ?)
           ON CONFLICT (id) DO UPDATE SET payload = excluded.payload, status = 'queued', attempts = 0,
             next_attempt_at = excluded.next_attempt_at, last_error = NULL, delivered_at = NULL`,
        )
        .run(id, row.rule_id, row.url, payloadOfBody(row.body), nowMs, nowMs);
      this.db.prepare('DELETE FROM automation_dead_letters WHERE id = ?').run(id);
      return true;
    });
    return retry.immediate();
  }

  async listDeadLetters(workspaceId: string): Promise<DeadLetter[]> {
    const rows = this.db.prepare('SELECT * FROM automation_dead_letters ORDER BY failed_at DESC, id').all() as DeadLetterRow[];
    return rows.map((row) => deadLetterFromRow(row, workspaceId));
  }

  async countQueued(): Promise<number> {
    const row = this.db.prepare("SELECT COUNT(*) AS n FROM automation_outbox WHERE status = 'queued'").get() as { n: number };
    return row.n;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
