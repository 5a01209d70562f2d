/** Automation tables in a workspace's PostgreSQL schema (created when missing). */
import pg from 'pg';
import type { Logger } from 'pino';
import { StorageError, errorMessage } from '../core/errors.js';
import { checkSchemaName } from '../store/target.js';
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

/** Connections per workspace pool, few because automation writes are short and rare. */
const POOL_SIZE = 4;

/** SQLSTATE of a unique violation, which two concurrent `CREATE ... IF NOT EXISTS` can raise. */
const UNIQUE_VIOLATION = '23505';

export class PgAutomationStore implements AutomationStore {
  private constructor(private readonly pool: pg.Pool) {}

  /**
   * Connects to `url` with `schema` as the search path, and creates the
   * schema and the automation tables. Errors of idle connections (a server
   * restart) go to `logger`; the pool replaces those connections.
   */
  static async open(url: string, schema: string, logger: Logger): Promise<PgAutomationStore> {
    checkSchemaName(schema);
    const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema}`, max: POOL_SIZE, allowExitOnIdle: true });
    pool.on('error', (error) => logger.error({ err: error, schema }, 'automation store: idle PostgreSQL connection failed'));
    try {
      await createTables(pool, schema);
    } catch (error) {
      await pool.end();
      throw new StorageError(`cannot create the automation tables in PostgreSQL schema ${schema}: ${errorMessage(error)}`, { cause: error });
    }
    return new PgAutomationStore(pool);
  }

  async loadWatermark(conversationId: string): Promise<Watermark | null> {
    const { rows } = await this.pool.query<{ time_ms: string; message_ids: string }>(
      'SELECT time_ms, message_ids FROM automation_watermarks WHERE conversation_id = $1',
      [conversationId],
    );
    const row = rows[0];
    return row ? { timeMs: Number(row.time_ms), messageIds: JSON.parse(row.message_ids) as string[] } : null;
  }

  async recordFirstProcessed(conversationId: string, atMs: number): Promise<number | null> {
    const inserted = await this.pool.query(
      'INSERT INTO automation_conversations (conversation_id, first_processed_at) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [conversationId, atMs],
    );
    if ((inserted.rowCount ?? 0) > 0) return null;
    const { rows } = await this.pool.query<{ first_processed_at: string }>(
      'SELECT first_processed_at FROM automation_conversations WHERE conversation_id = $1',
      [conversationId],
    );
    return Number(rows[0]!.first_processed_at);
  }

  async recordFirings(firings: NewFiring[], watermark: { conversationId: string; watermark: Watermark } | null): Promise<NewFiring[]> {
    return this.transaction(async (client) => {
      const recorded: NewFiring[] = [];
      for (const firing of firings) {
        const { key } = firing;
        const inserted = await client.query(
          `INSERT INTO automation_firings (rule_id, conversation_id, message_id, field, fired_at)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
          [key.ruleId, key.conversationId, key.messageId, key.field, firing.firedAt],
        );
        if (inserted.rowCount === 0) continue;
        const task = firing.task;
        if (task) {
          await client.query(
            `INSERT INTO automation_tasks (id, conversation_id, account_id, rule_id, title, assignee, due_at, reason, created_at, status)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
            [task.id, task.conversationId, task.accountId, task.ruleId, firing.taskTitle, task.assignee, task.dueAt, task.reason, task.createdAt, task.status],
          );
        }
        const delivery = firing.delivery;
        if (delivery) {
          await client.query(
            `INSERT INTO automation_outbox (id, rule_id, url, payload, status, attempts, next_attempt_at, created_at)
             VALUES ($1, $2, $3, $4, 'queued', 0, $5, $5) ON CONFLICT DO NOTHING`,
            [delivery.id, delivery.ruleId, delivery.url, delivery.payload, delivery.createdAt],
          );
        }
        recorded.push(firing);
      }
      if (watermark) {
        await client.query(
          `INSERT INTO automation_watermarks (conversation_id, time_ms, message_ids) VALUES ($1, $2, $3)
           ON CONFLICT (conversation_id) DO UPDATE SET time_ms = excluded.time_ms, message_ids = excluded.message_ids`,
          [watermark.conversationId, watermark.watermark.timeMs, JSON.stringify(watermark.watermark.messageIds)],
        );
      }
      return recorded;
    });
  }

  async listTasks(workspaceId: string, filter: TaskFilter = {}): Promise<Task[]> {
    const { where, params } = taskFilterSql(filter, (index) => `$${index}`);
    const { rows } = await this.pool.query<TaskRow>(`SELECT * FROM automation_tasks ${where} ${TASK_ORDER}`, params);
    return rows.map((row) => taskFromRow(row, workspaceId));
  }

  async setTaskStatus(taskId: string, status: Task['status']): Promise<boolean> {
    const result = await this.pool.query('UPDATE automation_tasks SET status = $1 WHERE id = $2', [status, taskId]);
    return (result.rowCount ?? 0) > 0;
  }

  async claimDueDeliveries(nowMs: number, leaseMs: number, limit: number): Promise<QueuedDelivery[]> {
    const { rows } = await this.pool.query<{ id: string; rule_id: string; url: string; payload: string; attempts: number }>(
      `UPDATE automation_outbox SET next_attempt_at = $2
       WHERE id IN (
         SELECT id FROM automation_outbox WHERE status = 'queued' AND next_attempt_at <= $1
         ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING id, rule_id, url, payload, attempts`,
      [nowMs, nowMs + leaseMs, limit],
    );
    return rows.map((row) => ({ id: row.id, ruleId: row.rule_id, url: row.url, payload: row.payload, attempts: Number(row.attempts) }));
  }

  async nextDueAt(): Promise<number | null> {
    const { rows } = await this.pool.query<{ due: string | null }>("SELECT MIN(next_attempt_at) AS due FROM automation_outbox WHERE status = 'queued'");
    const due = rows[0]?.due ?? null;
    return due === null ? null : Number(due);
  }

  async markDelivered(id: string, attempts: number, deliveredAtMs: number): Promise<void> {
    await this.pool.query(
      "UPDATE automation_outbox SET status = 'delivered', attempts = $1, delivered_at = $2, last_error = NULL WHERE id = $3",
      [attempts, deliveredAtMs, id],
    );
  }

  async scheduleRetry(id: string, attempts: number, nextAttemptAtMs: number, error: string): Promise<void> {
    await this.pool.query('UPDATE automation_outbox SET attempts = $1, next_attempt_at = $2, last_error = $3 WHERE id = $4', [
      attempts,
      nextAttemptAtMs,
      error,
      id,
    ]);
  }

  async moveToDeadLetters(id: string, attempts: number, body: string, error: string, failedAtMs: number): Promise<void> {
    await this.transaction(async (client) => {
      const { rows } = await client.query<{ rule_id: string; url: string }>('DELETE FROM automation_outbox WHERE id = $1 RETURNING rule_id, url', [id]);
      const row = rows[0];
      if (!row) return;
      await client.query(
        `INSERT INTO automation_dead_letters (id, rule_id, url, body, attempts, last_error, failed_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (id) DO UPDATE SET body = excluded.body, attempts = excluded.attempts, last_error = excluded.last_error, failed_at = excluded.failed_at`,
        [id, row.rule_id, row.url, body, attempts, error, failedAtMs],
      );
    });
  }

  async retryDeadLetter(id: string, nowMs: number): Promise<boolean> {
    return this.transaction(async (client) => {
      const { rows } = await client.query<{ rule_id: string; url: string; body: string }>(
        'DELETE FROM automation_dead_letters WHERE id = $1 RETURNING rule_id, url, body',
        [id],
      );
      const row = rows[0];
      if (!row) return false;
      await client.query(
        `INSERT INTO automation_outbox (id, rule_id, url, payload, status, attempts, next_attempt_at, created_at)
         VALUES ($1, $2, $3, $4, 'queued', 0, $5, $5)
         ON CONFLICT (id) DO UPDATE SET payload = excluded.payload, status = 'queued', attempts = 0,
           next_attempt_at = excluded.next_attempt_at, last_error = NULL, delivered_at = NULL`,
        [id, row.rule_id, row.url, payloadOfBody(row.body), nowMs],
      );
      return true;
    });
  }

  async listDeadLetters(workspaceId: string): Promise<DeadLetter[]> {
    const { rows } = await this.pool.query<DeadLetterRow>('SELECT * FROM automation_dead_letters ORDER BY failed_at DESC, id');
    return rows.map((row) => deadLetterFromRow(row, workspaceId));
  }

  async countQueued(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>("SELECT COUNT(*) AS n FROM automation_outbox WHERE status = 'queued'");
    return Number(rows[0]?.n ?? 0);
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

/** Creates the schema and tables, and retries once when a concurrent creation raced this one. */
async function createTables(pool: pg.Pool, schema: string): Promise<void> {
  const create = async (): Promise<void> => {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    for (const statement of AUTOMATION_TABLES) await pool.query(statement);
  };
  try {
    await create();
  } catch (error) {
    if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
    await create();
  }
}
