/**
 * Storage of one workspace's automation records, kept next to its data:
 * firings (the once-per-shift keys), per-conversation watermarks and first
 * processing times, tasks, the outbound webhook outbox and the dead-letter list. SQLite and
 * PostgreSQL implement it with the same tables, all prefixed `automation_`.
 */
import type { Watermark } from './triggers.js';
import type { DeadLetter, Task } from './types.js';

/** Key of a firing: a rule fires at most once per key. */
export interface FiringKey {
  ruleId: string;
  conversationId: string;
  /** The message that caused the change (for stalls, the message the silence runs from). */
  messageId: string;
  field: string;
}

/** An outbound webhook to queue with its firing. */
export interface NewDelivery {
  /** Delivery id, sent as `X-Parley-Delivery` and the same on every retry. */
  id: string;
  ruleId: string;
  url: string;
  /** JSON of the body without `sentAt`, which each attempt sets. */
  payload: string;
  /** System time of queueing in milliseconds since the epoch; the first attempt is due then. */
  createdAt: number;
}

/** A firing to record, with what it creates. */
export interface NewFiring {
  key: FiringKey;
  firedAt: string;
  task: Task | null;
  /** Title of the task's rule, stored next to the task. */
  taskTitle: string | null;
  delivery: NewDelivery | null;
}

/** A queued delivery claimed for one attempt. */
export interface QueuedDelivery {
  id: string;
  ruleId: string;
  url: string;
  payload: string;
  /** Attempts made before this one. */
  attempts: number;
}

export interface TaskFilter {
  status?: Task['status'];
  conversationId?: string;
}

/** One workspace's automation tables. Every method runs in its own transaction. */
export interface AutomationStore {
  loadWatermark(conversationId: string): Promise<Watermark | null>;
  /**
   * Records `atMs` as the time the automations first processed the
   * conversation, unless a time is already stored. Returns the time stored
   * before this call, or null when this call recorded it.
   */
  recordFirstProcessed(conversationId: string, atMs: number): Promise<number | null>;
  /**
   * Records the firings whose keys are new, with their tasks and queued
   * deliveries, and sets the conversation's watermark, in one transaction.
   * Returns the firings that were recorded; a firing whose key is already
   * stored creates nothing.
   */
  recordFirings(firings: NewFiring[], watermark: { conversationId: string; watermark: Watermark } | null): Promise<NewFiring[]>;
  listTasks(workspaceId: string, filter?: TaskFilter): Promise<Task[]>;
  /** Sets a task's status and returns false when no task has the id. */
  setTaskStatus(taskId: string, status: Task['status']): Promise<boolean>;
  /**
   * Claims up to `limit` queued deliveries due at `nowMs`: each claimed row
   * is not due again until `nowMs + leaseMs`, so a crash mid-attempt retries
   * it after the lease, and no other sender claims it during the lease.
   */
  claimDueDeliveries(nowMs: number, leaseMs: number, limit: number): Promise<QueuedDelivery[]>;
  /** Earliest due time of a queued delivery in milliseconds, or null when none is queued. */
  nextDueAt(): Promise<number | null>;
  markDelivered(id: string, attempts: number, deliveredAtMs: number): Promise<void>;
  scheduleRetry(id: string, attempts: number, nextAttemptAtMs: number, error: string): Promise<void>;
  /** Removes a delivery from the outbox and adds it to the dead-letter list, in one transaction. */
  moveToDeadLetters(id: string, attempts: number, body: string, error: string, failedAtMs: number): Promise<void>;
  /**
   * Moves a dead letter back to the outbox, due at `nowMs` with no attempts
   * made, under its delivery id. Returns false when no dead letter has the id.
   */
  retryDeadLetter(id: string, nowMs: number): Promise<boolean>;
  /** Dead letters of the workspace, newest first. */
  listDeadLetters(workspaceId: string): Promise<DeadLetter[]>;
  /** Number of queued deliveries. */
  countQueued(): Promise<number>;
  close(): Promise<void>;
}

/** Table definitions shared by both backends: only portable SQL types (TEXT, BIGINT, INTEGER). */
export const AUTOMATION_TABLES: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS automation_firings (
    rule_id TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    message_id TEXT NOT NULL,
    field TEXT NOT NULL,
    fired_at TEXT NOT NULL,
    PRIMARY KEY (rule_id, conversation_id, message_id, field)
  )`,
  `CREATE TABLE IF NOT EXISTS automation_watermarks (
    conversation_id TEXT PRIMARY KEY,
    time_ms BIGINT NOT NULL,
    message_ids TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS automation_conversations (
    conversation_id TEXT PRIMARY KEY,
    first_processed_at BIGINT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS automation_tasks (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    account_id TEXT,
    rule_id TEXT NOT NULL,
    title TEXT,
    assignee TEXT NOT NULL,
    due_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL,
    status TEXT NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS automation_tasks_conversation ON automation_tasks (conversation_id)`,
  `CREATE TABLE IF NOT EXISTS automation_outbox (
    id TEXT PRIMARY KEY,
    rule_id TEXT NOT NULL,
    url TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    delivered_at BIGINT
  )`,
  `CREATE INDEX IF NOT EXISTS automation_outbox_due ON automation_outbox (status, next_attempt_at)`,
  `CREATE TABLE IF NOT EXISTS automation_dead_letters (
    id TEXT PRIMARY KEY,
    rule_id TEXT NOT NULL,
    url TEXT NOT NULL,
    body TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    last_error TEXT NOT NULL,
    failed_at BIGINT NOT NULL
  )`,
];

/** A row of `automation_tasks` as both drivers return it. */
export interface TaskRow {
  id: string;
  conversation_id: string;
  account_id: string | null;
  rule_id: string;
  assignee: string;
  due_at: string;
  reason: string;
  created_at: string;
  status: string;
}

export function taskFromRow(row: TaskRow, workspaceId: string): Task {
  return {
    id: row.id,
    workspaceId,
    conversationId: row.conversation_id,
    accountId: row.account_id,
    ruleId: row.rule_id,
    assignee: row.assignee,
    dueAt: row.due_at,
    reason: row.reason,
    createdAt: row.created_at,
    status: row.status === 'done' ? 'done' : 'open',
  };
}

/** A row of `automation_dead_letters`. PostgreSQL returns BIGINT as a string. */
export interface DeadLetterRow {
  id: string;
  url: string;
  body: string;
  attempts: number;
  last_error: string;
  failed_at: number | string;
}

export function deadLetterFromRow(row: DeadLetterRow, workspaceId: string): DeadLetter {
  return {
    id: row.id,
    workspaceId,
    url: row.url,
    body: row.body,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    failedAt: new Date(Number(row.failed_at)).toISOString(),
  };
}

/** Returns the outbox payload of a dead letter's body: the body without the `sentAt` its last attempt set. */
export function payloadOfBody(body: string): string {
  const { sentAt: _sentAt, ...fields } = JSON.parse(body) as Record<string, unknown>;
  return JSON.stringify(fields);
}

/** Returns the SQL condition and parameters of a task filter, with `?` or `$n` placeholders. */
export function taskFilterSql(filter: TaskFilter, placeholder: (index: number) => string): { where: string; params: string[] } {
  const clauses: string[] = [];
  const params: string[] = [];
  if (filter.status) {
    params.push(filter.status);
    clauses.push(`status = ${placeholder(params.length)}`);
  }
  if (filter.conversationId) {
    params.push(filter.conversationId);
    clauses.push(`conversation_id = ${placeholder(params.length)}`);
  }
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** Order of `listTasks`: earliest due first, then by creation and id. */
export const TASK_ORDER = 'ORDER BY due_at, created_at, id';
