import type Database from 'better-sqlite3';
import { StorageError, errorMessage } from '../core/errors.js';
import type { WriteOutcome, WriteResult } from './store.js';

/** A row as better-sqlite3 binds and returns it. */
export type Row = Record<string, string | number | null>;

/**
 * Inserts new rows, updates rows whose columns differ and leaves identical
 * rows untouched, so that a repeated run writes nothing. When `outcomes` is
 * given, sets each row's outcome in it by the row's key.
 */
export function upsertRows(
  db: Database.Database,
  table: string,
  rows: Row[],
  key = 'id',
  outcomes?: Map<string, WriteOutcome>,
): WriteResult {
  const result: WriteResult = { inserted: 0, unchanged: 0, updated: 0 };
  const first = rows[0];
  if (!first) return result;
  const columns = Object.keys(first);
  const select = db.prepare(`SELECT * FROM ${table} WHERE ${key} = ?`);
  const insert = db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`,
  );
  const update = db.prepare(
    `UPDATE ${table} SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE ${key} = @${key}`,
  );
  const run = db.transaction((batch: Row[]) => {
    for (const row of batch) {
      const existing = select.get(row[key]) as Row | undefined;
      let outcome: WriteOutcome = 'unchanged';
      if (!existing) {
        insert.run(row);
        outcome = 'inserted';
      } else if (columns.some((c) => existing[c] !== row[c])) {
        update.run(row);
        outcome = 'updated';
      }
      result[outcome] += 1;
      outcomes?.set(String(row[key]), outcome);
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
