import type Database from 'better-sqlite3';
import type { Account } from '../core/types.js';
import type { RunQuarantineEntry, RunReportCursor, RunReportRow } from './store.js';

/**
 * Creates or empties the temporary tables of one run: the conversations
 * that got a message, each conversation's report as of the run's "now", and
 * the quarantined records. They live in the connection, not in memory, so a
 * run's memory does not grow with its size.
 */
export function beginRun(db: Database.Database): void {
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS run_conversations (id TEXT PRIMARY KEY, grouped INTEGER NOT NULL DEFAULT 0);
    CREATE TEMP TABLE IF NOT EXISTS run_reports (id TEXT PRIMARY KEY, win REAL NOT NULL, report_json TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS temp.run_reports_rank ON run_reports (win DESC, id);
    CREATE TEMP TABLE IF NOT EXISTS run_quarantine (seq INTEGER PRIMARY KEY, source TEXT NOT NULL, reason TEXT NOT NULL);
    DELETE FROM temp.run_conversations;
    DELETE FROM temp.run_reports;
    DELETE FROM temp.run_quarantine;
  `);
}

export function addRunConversations(db: Database.Database, ids: string[]): void {
  const insert = db.prepare('INSERT OR IGNORE INTO temp.run_conversations (id) VALUES (?)');
  db.transaction(() => {
    for (const id of ids) insert.run(id);
  })();
}

/** Up to `limit` run conversation ids after `after` in id order; only those not yet grouped when `ungrouped`. */
export function nextRunConversations(db: Database.Database, after: string | null, limit: number, ungrouped: boolean): string[] {
  const filter = ungrouped ? 'AND grouped = 0' : '';
  return db
    .prepare(`SELECT id FROM temp.run_conversations WHERE id > ? ${filter} ORDER BY id LIMIT ?`)
    .pluck()
    .all(after ?? '', limit) as string[];
}

export function markRunConversationsGrouped(db: Database.Database, ids: string[]): void {
  const update = db.prepare('UPDATE temp.run_conversations SET grouped = 1 WHERE id = ?');
  db.transaction(() => {
    for (const id of ids) update.run(id);
  })();
}

export function countRunConversations(db: Database.Database): number {
  return db.prepare('SELECT count(*) FROM temp.run_conversations').pluck().get() as number;
}

export function saveRunReports(db: Database.Database, rows: RunReportRow[]): void {
  const insert = db.prepare('INSERT OR REPLACE INTO temp.run_reports (id, win, report_json) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const row of rows) insert.run(row.id, row.winProbability, row.json);
  })();
}

export function countRunReports(db: Database.Database): number {
  return db.prepare('SELECT count(*) FROM temp.run_reports').pluck().get() as number;
}

/** Up to `limit` reports after `cursor`, highest win probability first, then by id. */
export function nextRunReports(db: Database.Database, cursor: RunReportCursor | null, limit: number): RunReportRow[] {
  const rows = cursor
    ? db
        .prepare(
          `SELECT id, win, report_json FROM temp.run_reports
           WHERE win < @win OR (win = @win AND id > @id) ORDER BY win DESC, id LIMIT @limit`,
        )
        .all({ win: cursor.winProbability, id: cursor.id, limit })
    : db.prepare('SELECT id, win, report_json FROM temp.run_reports ORDER BY win DESC, id LIMIT ?').all(limit);
  return (rows as { id: string; win: number; report_json: string }[]).map((row) => ({
    id: row.id,
    winProbability: row.win,
    json: row.report_json,
  }));
}

export function addRunQuarantine(db: Database.Database, items: { source: string; reason: string }[]): void {
  const insert = db.prepare('INSERT INTO temp.run_quarantine (source, reason) VALUES (?, ?)');
  db.transaction(() => {
    for (const item of items) insert.run(item.source, item.reason);
  })();
}

/** Up to `limit` quarantined records of the run after sequence number `after`, in the order they were added. */
export function nextRunQuarantine(db: Database.Database, after: number, limit: number): RunQuarantineEntry[] {
  return db
    .prepare('SELECT seq, source, reason FROM temp.run_quarantine WHERE seq > ? ORDER BY seq LIMIT ?')
    .all(after, limit) as RunQuarantineEntry[];
}

export function countRunQuarantine(db: Database.Database): number {
  return db.prepare('SELECT count(*) FROM temp.run_quarantine').pluck().get() as number;
}

/** Up to `limit` stored accounts holding a run conversation, with ids after `after`, in id order. */
export function nextRunAccounts(db: Database.Database, after: string | null, limit: number): Account[] {
  const rows = db
    .prepare(
      `SELECT account_json FROM accounts WHERE id IN (
         SELECT member.account_id FROM account_members AS member
         JOIN temp.run_conversations AS run ON run.id = member.conversation_id
         WHERE member.account_id > ?
       ) ORDER BY id LIMIT ?`,
    )
    .pluck()
    .all(after ?? '', limit) as string[];
  return rows.map((json) => JSON.parse(json) as Account);
}
