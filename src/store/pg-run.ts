/**
 * The run tables of a PostgreSQL store: the conversations that got a
 * message, each conversation's report as of the run's "now", and the
 * quarantined records. They are shared tables of the schema, and every row
 * carries the owner id of the store that wrote it (see PG_MIGRATIONS), so
 * each function reads and writes only the rows of `owner`.
 */
import type { Account } from '../core/types.js';
import { toCount, type Queryable } from './pg-db.js';
import type { RunQuarantineEntry, RunReportCursor, RunReportRow } from './store.js';

/** Run tables that `beginRun` empties of the owner's rows. */
const RUN_TABLES = ['run_conversations', 'run_reports', 'run_quarantine'];

/** Deletes the owner's rows of the run tables. Run it inside a transaction. */
export async function beginRun(sql: Queryable, owner: string): Promise<void> {
  for (const table of RUN_TABLES) await sql.query(`DELETE FROM ${table} WHERE owner = $1`, [owner]);
}

export async function addRunConversations(sql: Queryable, owner: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await sql.query('INSERT INTO run_conversations (owner, id) SELECT $1, id FROM unnest($2::text[]) AS id ON CONFLICT DO NOTHING', [owner, ids]);
}

/** Up to `limit` run conversation ids after `after` in id order; only those not yet grouped when `ungrouped`. */
export async function nextRunConversations(
  sql: Queryable,
  owner: string,
  after: string | null,
  limit: number,
  ungrouped: boolean,
): Promise<string[]> {
  const filter = ungrouped ? 'AND NOT grouped' : '';
  const rows = (
    await sql.query<{ id: string }>(`SELECT id FROM run_conversations WHERE owner = $1 AND id > $2 ${filter} ORDER BY id LIMIT $3`, [
      owner,
      after ?? '',
      limit,
    ])
  ).rows;
  return rows.map((row) => row.id);
}

export async function markRunConversationsGrouped(sql: Queryable, owner: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await sql.query('UPDATE run_conversations SET grouped = true WHERE owner = $1 AND id = ANY($2::text[])', [owner, ids]);
}

export async function countRunConversations(sql: Queryable, owner: string): Promise<number> {
  return countOwned(sql, 'run_conversations', owner);
}

/** Stores reports, replacing a stored report of the same id; of two rows with one id, the later one is kept. */
export async function saveRunReports(sql: Queryable, owner: string, rows: RunReportRow[]): Promise<void> {
  const latest = [...new Map(rows.map((row) => [row.id, row])).values()];
  if (latest.length === 0) return;
  await sql.query(
    `INSERT INTO run_reports (owner, id, win, report_json)
     SELECT $1, id, win, report_json FROM unnest($2::text[], $3::float8[], $4::text[]) AS report (id, win, report_json)
     ON CONFLICT (owner, id) DO UPDATE SET win = excluded.win, report_json = excluded.report_json`,
    [owner, latest.map((row) => row.id), latest.map((row) => row.winProbability), latest.map((row) => row.json)],
  );
}

export async function countRunReports(sql: Queryable, owner: string): Promise<number> {
  return countOwned(sql, 'run_reports', owner);
}

/** Up to `limit` reports after `cursor`, highest win probability first, then by id. */
export async function nextRunReports(sql: Queryable, owner: string, cursor: RunReportCursor | null, limit: number): Promise<RunReportRow[]> {
  const rows = cursor
    ? await sql.query<{ id: string; win: number; report_json: string }>(
        `SELECT id, win, report_json FROM run_reports
         WHERE owner = $1 AND (win < $2 OR (win = $2 AND id > $3)) ORDER BY win DESC, id LIMIT $4`,
        [owner, cursor.winProbability, cursor.id, limit],
      )
    : await sql.query<{ id: string; win: number; report_json: string }>(
        'SELECT id, win, report_json FROM run_reports WHERE owner = $1 ORDER BY win DESC, id LIMIT $2',
        [owner, limit],
      );
  return rows.rows.map((row) => ({ id: row.id, winProbability: row.win, json: row.report_json }));
}

/** Appends quarantined records, numbered on from the owner's last sequence number (from 1 after `beginRun`). */
export async function addRunQuarantine(sql: Queryable, owner: string, items: { source: string; reason: string }[]): Promise<void> {
  if (items.length === 0) return;
  await sql.query(
    `INSERT INTO run_quarantine (owner, seq, source, reason)
     SELECT $1, (SELECT coalesce(max(seq), 0) FROM run_quarantine WHERE owner = $1) + item.position, item.source, item.reason
     FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS item (source, reason, position)`,
    [owner, items.map((item) => item.source), items.map((item) => item.reason)],
  );
}

/** Up to `limit` quarantined records of the run after sequence number `after`, in the order they were added. */
export async function nextRunQuarantine(sql: Queryable, owner: string, after: number, limit: number): Promise<RunQuarantineEntry[]> {
  const rows = await sql.query<RunQuarantineEntry>(
    'SELECT seq, source, reason FROM run_quarantine WHERE owner = $1 AND seq > $2 ORDER BY seq LIMIT $3',
    [owner, after, limit],
  );
  return rows.rows;
}

export async function countRunQuarantine(sql: Queryable, owner: string): Promise<number> {
  return countOwned(sql, 'run_quarantine', owner);
}

/** Up to `limit` stored accounts holding a run conversation, with ids after `after`, in id order. */
export async function nextRunAccounts(sql: Queryable, owner: string, after: string | null, limit: number): Promise<Account[]> {
  const rows = await sql.query<{ account_json: string }>(
    `SELECT account_json FROM accounts WHERE id IN (
       SELECT member.account_id FROM account_members AS member
       JOIN run_conversations AS run ON run.owner = $1 AND run.id = member.conversation_id
       WHERE member.account_id > $2
     ) ORDER BY id LIMIT $3`,
    [owner, after ?? '', limit],
  );
  return rows.rows.map((row) => JSON.parse(row.account_json) as Account);
}

async function countOwned(sql: Queryable, table: string, owner: string): Promise<number> {
  const rows = (await sql.query<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE owner = $1`, [owner])).rows;
  return toCount(rows[0]?.n);
}
