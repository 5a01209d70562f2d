import type Database from 'better-sqlite3';
import { StorageError, errorMessage } from '../core/errors.js';
import type { ConversationAnalysis, Outcome, StateChange, StateSnapshot } from '../core/types.js';
import { upsertRows, type Row } from './sqlite-upsert.js';
import type { ConversationStateHistory, WriteResult } from './store.js';

/** Maximum bound parameters per lookup, below SQLite's default limit (999 before 3.32.0, 32766 since). */
const LOOKUP_BATCH = 500;

/**
 * Replaces the stored states and changes of each conversation with the given
 * ones, in one transaction. A conversation whose rows are already exactly
 * these is left untouched and counted as unchanged.
 */
export function saveStateHistories(db: Database.Database, histories: ConversationStateHistory[]): WriteResult {
  const result: WriteResult = { inserted: 0, unchanged: 0, updated: 0 };
  const storedSnapshots = db.prepare('SELECT snapshot_json FROM state_snapshots WHERE conversation_id = ? ORDER BY seq').pluck();
  const storedChanges = db.prepare('SELECT change_json FROM state_changes WHERE conversation_id = ? ORDER BY seq').pluck();
  const clearSnapshots = db.prepare('DELETE FROM state_snapshots WHERE conversation_id = ?');
  const clearChanges = db.prepare('DELETE FROM state_changes WHERE conversation_id = ?');
  const insertSnapshot = db.prepare(
    'INSERT INTO state_snapshots (conversation_id, seq, message_id, snapshot_json) VALUES (?, ?, ?, ?)',
  );
  const insertChange = db.prepare(
    'INSERT INTO state_changes (conversation_id, seq, message_id, field, change_json) VALUES (?, ?, ?, ?, ?)',
  );
  const write = db.transaction((batch: ConversationStateHistory[]) => {
    for (const { conversationId: id, snapshots, changes } of batch) {
      const snapshotJson = snapshots.map((snapshot) => JSON.stringify(snapshot));
      const changeJson = changes.map((change) => JSON.stringify(change));
      const oldSnapshots = storedSnapshots.all(id) as string[];
      const oldChanges = storedChanges.all(id) as string[];
      if (sameList(oldSnapshots, snapshotJson) && sameList(oldChanges, changeJson)) {
        result.unchanged += 1;
        continue;
      }
      result[oldSnapshots.length + oldChanges.length > 0 ? 'updated' : 'inserted'] += 1;
      clearSnapshots.run(id);
      clearChanges.run(id);
      snapshots.forEach((snapshot, seq) => insertSnapshot.run(id, seq, snapshot.messageId, snapshotJson[seq]));
      changes.forEach((change, seq) => insertChange.run(id, seq, change.messageId, change.field, changeJson[seq]));
    }
  });
  try {
    write(histories);
  } catch (error) {
    throw new StorageError(`failed to store the state history of ${histories.length} conversations: ${errorMessage(error)}`, {
      cause: error,
    });
  }
  return result;
}

/** Returns the stored states and changes of one conversation, or null when none are stored. */
export function loadStateHistory(db: Database.Database, conversationId: string): ConversationStateHistory | null {
  const snapshots = db
    .prepare('SELECT snapshot_json FROM state_snapshots WHERE conversation_id = ? ORDER BY seq')
    .pluck()
    .all(conversationId) as string[];
  if (snapshots.length === 0) return null;
  const changes = db
    .prepare('SELECT change_json FROM state_changes WHERE conversation_id = ? ORDER BY seq')
    .pluck()
    .all(conversationId) as string[];
  return {
    conversationId,
    snapshots: snapshots.map((json) => JSON.parse(json) as StateSnapshot),
    changes: changes.map((json) => JSON.parse(json) as StateChange),
  };
}

/** Stores outcomes, one per conversation: a later outcome for the same conversation replaces the earlier one. */
export function saveOutcomes(db: Database.Database, outcomes: Outcome[]): WriteResult {
  const rows: Row[] = outcomes.map((outcome) => ({
    conversation_id: outcome.conversationId,
    result: outcome.result,
    decided_at: outcome.decidedAt,
    source: outcome.source,
    note: outcome.note ?? null,
  }));
  return upsertRows(db, 'outcomes', rows, 'conversation_id');
}

/** Returns the stored outcomes by conversation id: all of them, or those of `conversationIds`. */
export function loadOutcomes(db: Database.Database, conversationIds?: string[]): Outcome[] {
  if (!conversationIds) {
    return (db.prepare('SELECT * FROM outcomes ORDER BY conversation_id').all() as Row[]).map(rowToOutcome);
  }
  return inBatches(conversationIds, (part, placeholders) =>
    db.prepare(`SELECT * FROM outcomes WHERE conversation_id IN (${placeholders})`).all(...part) as Row[],
  )
    .sort(byConversationId)
    .map(rowToOutcome);
}

/** Stores the workspace's fitted win model, replacing the one stored before. */
export function saveWinModel(db: Database.Database, json: string): void {
  db.prepare('INSERT INTO win_model (id, model_json) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET model_json = excluded.model_json').run(
    json,
  );
}

export function loadWinModel(db: Database.Database): string | null {
  const json = db.prepare('SELECT model_json FROM win_model WHERE id = 1').pluck().get() as string | undefined;
  return json ?? null;
}

/** Returns the stored analyses (as of each conversation's latest message) by id: all, or those of `ids`. */
export function loadConversationAnalyses(db: Database.Database, ids?: string[]): ConversationAnalysis[] {
  const rows = ids
    ? inBatches(ids, (part, placeholders) =>
        db.prepare(`SELECT id, analysis_json FROM conversations WHERE id IN (${placeholders})`).all(...part) as Row[],
      )
    : (db.prepare('SELECT id, analysis_json FROM conversations').all() as Row[]);
  return rows
    .sort(byId)
    .map((row) => JSON.parse(String(row.analysis_json)) as ConversationAnalysis);
}

/** Runs a lookup over the distinct ids in batches of LOOKUP_BATCH and joins the rows. */
function inBatches(ids: string[], lookup: (part: string[], placeholders: string) => Row[]): Row[] {
  const unique = [...new Set(ids)];
  const rows: Row[] = [];
  for (let start = 0; start < unique.length; start += LOOKUP_BATCH) {
    const part = unique.slice(start, start + LOOKUP_BATCH);
    rows.push(...lookup(part, part.map(() => '?').join(', ')));
  }
  return rows;
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

/** Orders rows by id in UTF-16 code-unit order, so the result does not depend on the locale. */
function byId(a: Row, b: Row): number {
  return compareText(String(a.id), String(b.id));
}

function byConversationId(a: Row, b: Row): number {
  return compareText(String(a.conversation_id), String(b.conversation_id));
}

function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
