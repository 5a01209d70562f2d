import type Database from 'better-sqlite3';
import { StorageError, errorMessage } from '../core/errors.js';
import type { WriteResult } from './store.js';

/** A row as better-sqlite3 binds and returns it. */
export type Row = Record<string, string | number | null>;

/**
 * Inserts new rows, updates rows whose columns differ and leaves identical
 * rows untouched, so that a repeated run writes nothing.
 */
export function upsertRows(db: Database.Database, table: string, rows: Row[], key = 'id'): WriteResult {
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
      if (!existing) {
        insert.run(row);
        result.inserted += 1;
      } else if (columns.some((c) => existing[c] !== row[c])) {
        update.run(row);
        result.updated += 1;
      } else {
        result.unchanged += 1;
      }
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
