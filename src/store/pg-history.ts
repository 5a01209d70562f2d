import type { ConversationAnalysis, Outcome, StateChange, StateSnapshot } from '../core/types.js';
import { compareText, toJsonParameter, type Queryable, type Row } from './pg-db.js';
import { upsertRows } from './pg-upsert.js';
import type { ConversationStateHistory, WriteResult } from './store.js';

/** One conversation's stored history as JSON text, in `seq` order. */
interface StoredHistory {
  snapshots: string[];
  changes: string[];
}

/**
 * Replaces the stored states and changes of each conversation with the
 * given ones. A conversation whose rows are already exactly these is left
 * untouched and counted as unchanged. Run it inside a transaction.
 *
 * The stored rows of all conversations are read at once and compared here.
 * A conversation listed twice is compared with its first entry the second
 * time, as the SQLite store's loop does.
 */
export async function saveStateHistories(sql: Queryable, histories: ConversationStateHistory[]): Promise<WriteResult> {
  const result: WriteResult = { inserted: 0, unchanged: 0, updated: 0 };
  if (histories.length === 0) return result;
  const current = await loadStoredHistories(sql, [...new Set(histories.map((history) => history.conversationId))]);
  const rewritten = new Map<string, ConversationStateHistory>();
  for (const history of histories) {
    const id = history.conversationId;
    const next: StoredHistory = {
      snapshots: history.snapshots.map((snapshot) => JSON.stringify(snapshot)),
      changes: history.changes.map((change) => JSON.stringify(change)),
    };
    const old = current.get(id) ?? { snapshots: [], changes: [] };
    if (sameList(old.snapshots, next.snapshots) && sameList(old.changes, next.changes)) {
      result.unchanged += 1;
      continue;
    }
    result[old.snapshots.length + old.changes.length > 0 ? 'updated' : 'inserted'] += 1;
    current.set(id, next);
    rewritten.set(id, history);
  }
  if (rewritten.size > 0) await rewriteHistories(sql, [...rewritten.values()]);
  return result;
}

async function loadStoredHistories(sql: Queryable, ids: string[]): Promise<Map<string, StoredHistory>> {
  const stored = new Map<string, StoredHistory>(ids.map((id) => [id, { snapshots: [], changes: [] }]));
  const snapshots = await sql.query<{ conversation_id: string; json: string }>(
    'SELECT conversation_id, snapshot_json AS json FROM state_snapshots WHERE conversation_id = ANY($1::text[]) ORDER BY conversation_id, seq',
    [ids],
  );
  for (const row of snapshots.rows) stored.get(row.conversation_id)?.snapshots.push(row.json);
  const changes = await sql.query<{ conversation_id: string; json: string }>(
    'SELECT conversation_id, change_json AS json FROM state_changes WHERE conversation_id = ANY($1::text[]) ORDER BY conversation_id, seq',
    [ids],
  );
  for (const row of changes.rows) stored.get(row.conversation_id)?.changes.push(row.json);
  return stored;
}

/** Deletes the stored rows of each history's conversation and writes the history's rows in their place. */
async function rewriteHistories(sql: Queryable, histories: ConversationStateHistory[]): Promise<void> {
  const ids = histories.map((history) => history.conversationId);
  await sql.query('DELETE FROM state_snapshots WHERE conversation_id = ANY($1::text[])', [ids]);
  await sql.query('DELETE FROM state_changes WHERE conversation_id = ANY($1::text[])', [ids]);
  const snapshots = histories.flatMap(({ conversationId, snapshots: list }) =>
    list.map((snapshot, seq) => ({ conversation_id: conversationId, seq, message_id: snapshot.messageId, snapshot_json: JSON.stringify(snapshot) })),
  );
  const changes = histories.flatMap(({ conversationId, changes: list }) =>
    list.map((change, seq) => ({
      conversation_id: conversationId,
      seq,
      message_id: change.messageId,
      field: change.field,
      change_json: JSON.stringify(change),
    })),
  );
  if (snapshots.length > 0) {
    await sql.query(
      `INSERT INTO state_snapshots (conversation_id, seq, message_id, snapshot_json)
       SELECT conversation_id, seq, message_id, snapshot_json FROM json_populate_recordset(NULL::state_snapshots, $1::json)`,
      [toJsonParameter(snapshots)],
    );
  }
  if (changes.length > 0) {
    await sql.query(
      `INSERT INTO state_changes (conversation_id, seq, message_id, field, change_json)
       SELECT conversation_id, seq, message_id, field, change_json FROM json_populate_recordset(NULL::state_changes, $1::json)`,
      [toJsonParameter(changes)],
    );
  }
}

/** Returns the stored states and changes of one conversation, or null when none are stored. */
export async function loadStateHistory(sql: Queryable, conversationId: string): Promise<ConversationStateHistory | null> {
  const snapshots = (
    await sql.query<{ json: string }>('SELECT snapshot_json AS json FROM state_snapshots WHERE conversation_id = $1 ORDER BY seq', [
      conversationId,
    ])
  ).rows;
  if (snapshots.length === 0) return null;
  const changes = (
    await sql.query<{ json: string }>('SELECT change_json AS json FROM state_changes WHERE conversation_id = $1 ORDER BY seq', [
      conversationId,
    ])
  ).rows;
  return {
    conversationId,
    snapshots: snapshots.map((row) => JSON.parse(row.json) as StateSnapshot),
    changes: changes.map((row) => JSON.parse(row.json) as StateChange),
  };
}

/** Stores outcomes, one per conversation: a later outcome for the same conversation replaces the earlier one. */
export async function saveOutcomes(sql: Queryable, outcomes: Outcome[]): Promise<WriteResult> {
  const rows: Row[] = outcomes.map((outcome) => ({
    conversation_id: outcome.conversationId,
    result: outcome.result,
    decided_at: outcome.decidedAt,
    source: outcome.source,
    note: outcome.note ?? null,
  }));
  return upsertRows(sql, 'outcomes', rows, 'conversation_id');
}

/** Returns the stored outcomes by conversation id: all of them, or those of `conversationIds`. */
export async function loadOutcomes(sql: Queryable, conversationIds?: string[]): Promise<Outcome[]> {
  const rows = conversationIds
    ? (await sql.query<Row>('SELECT * FROM outcomes WHERE conversation_id = ANY($1::text[])', [[...new Set(conversationIds)]])).rows
    : (await sql.query<Row>('SELECT * FROM outcomes')).rows;
  return rows
    .sort((a, b) => compareText(String(a.conversation_id), String(b.conversation_id)))
    .map(rowToOutcome);
}

/** Stores the workspace's fitted win model, replacing the one stored before. */
export async function saveWinModel(sql: Queryable, json: string): Promise<void> {
  await sql.query('INSERT INTO win_model (id, model_json) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET model_json = excluded.model_json', [
    json,
  ]);
}

export async function loadWinModel(sql: Queryable): Promise<string | null> {
  const rows = (await sql.query<{ model_json: string }>('SELECT model_json FROM win_model WHERE id = 1')).rows;
  return rows[0]?.model_json ?? null;
}

/** Returns the stored analyses (as of each conversation's latest message) by id: all, or those of `ids`. */
export async function loadConversationAnalyses(sql: Queryable, ids?: string[]): Promise<ConversationAnalysis[]> {
  const rows = ids
    ? (await sql.query<Row>('SELECT id, analysis_json FROM conversations WHERE id = ANY($1::text[])', [[...new Set(ids)]])).rows
    : (await sql.query<Row>('SELECT id, analysis_json FROM conversations')).rows;
  return rows
    .sort((a, b) => compareText(String(a.id), String(b.id)))
    .map((row) => JSON.parse(String(row.analysis_json)) as ConversationAnalysis);
}

function rowToOutcome(row: Row): Outcome {
  return {
    conversationId: String(row.conversation_id),
    result: row.result === 'won' ? 'won' : 'lost',
    decidedAt: String(row.decided_at),
    source: row.source === 'csv' ? 'csv' : 'manual',
    ...(row.note === null ? {} : { note: String(row.note) }),
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
