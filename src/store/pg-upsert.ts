import { toJsonParameter, type Queryable, type Row } from './pg-db.js';
import type { WriteOutcome, WriteResult } from './store.js';

/**
 * Inserts new rows, updates rows whose columns differ and leaves identical
 * rows untouched, counted as `upsertRows` of the SQLite store counts them.
 * When `outcomes` is given, sets each row's outcome in it by the row's key.
 * Run it inside a transaction: it may send more than one statement.
 *
 * Each statement writes rows with distinct keys, because one INSERT ... ON
 * CONFLICT DO UPDATE cannot touch a row twice. A key repeated in `rows`
 * starts a new statement, so its second row is compared with the first, as
 * in SQLite's row-by-row loop.
 */
export async function upsertRows(
  sql: Queryable,
  table: string,
  rows: Row[],
  key = 'id',
  outcomes?: Map<string, WriteOutcome>,
): Promise<WriteResult> {
  const result: WriteResult = { inserted: 0, unchanged: 0, updated: 0 };
  const first = rows[0];
  if (!first) return result;
  const columns = Object.keys(first);
  const statement = upsertStatement(table, columns, key);
  for (const segment of distinctKeySegments(rows, key)) {
    const written = await sql.query<{ key: string; inserted: boolean }>(statement, [toJsonParameter(segment)]);
    const outcomeOf = new Map<string, WriteOutcome>(
      written.rows.map((row) => [row.key, row.inserted ? 'inserted' : 'updated']),
    );
    for (const row of segment) {
      const rowKey = String(row[key]);
      const outcome = outcomeOf.get(rowKey) ?? 'unchanged';
      result[outcome] += 1;
      outcomes?.set(rowKey, outcome);
    }
  }
  return result;
}

/**
 * Builds one INSERT of the rows of a JSON array, typed by the table's own
 * row type. The update runs only where a column differs, so an identical
 * row is not returned. `xmax = 0` is true for a new row and false for an
 * updated one.
 */
function upsertStatement(table: string, columns: string[], key: string): string {
  const list = columns.join(', ');
  const updated = columns.filter((column) => column !== key);
  return `
    INSERT INTO ${table} AS stored (${list})
    SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::json)
    ON CONFLICT (${key}) DO UPDATE SET ${updated.map((column) => `${column} = excluded.${column}`).join(', ')}
    WHERE ROW(${updated.map((column) => `stored.${column}`).join(', ')})
      IS DISTINCT FROM ROW(${updated.map((column) => `excluded.${column}`).join(', ')})
    RETURNING ${key}::text AS key, (xmax = 0) AS inserted`;
}

/** Splits `rows` into runs of consecutive rows whose keys are distinct. */
function distinctKeySegments(rows: Row[], key: string): Row[][] {
  const segments: Row[][] = [];
  let current: Row[] = [];
  let keys = new Set<string>();
  for (const row of rows) {
    const rowKey = String(row[key]);
    if (keys.has(rowKey)) {
      segments.push(current);
      current = [];
      keys = new Set();
    }
    keys.add(rowKey);
    current.push(row);
  }
  segments.push(current);
  return segments;
}
