import type pg from 'pg';
import { StorageError, errorMessage } from '../core/errors.js';

/** Connection the PostgreSQL store functions run their SQL on: a pool, or a client inside a transaction. */
export interface Queryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

/** A row as it is written through `json_populate_recordset`: column name to value. */
export type Row = Record<string, string | number | null>;

/**
 * Runs `work` in one transaction on a client of the pool and commits it, or
 * rolls it back and raises a StorageError naming `what` when any statement
 * fails.
 */
export async function inTransaction<T>(pool: pg.Pool, what: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw new StorageError(`failed to ${what}: ${errorMessage(error)}`, { cause: error });
  }
  let broken = false;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch {
      // The connection itself failed; it is discarded below instead of going back to the pool.
      broken = true;
    }
    throw new StorageError(`failed to ${what}: ${describeError(error)}`, { cause: error });
  } finally {
    client.release(broken);
  }
}

/**
 * A pool whose failed queries raise a StorageError that names the store,
 * for the reads that run outside a transaction.
 */
export class ReadPool implements Queryable {
  constructor(
    private readonly pool: pg.Pool,
    private readonly where: string,
  ) {}

  async query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>> {
    try {
      return await this.pool.query<R>(text, values);
    } catch (error) {
      throw new StorageError(`failed to read from ${this.where}: ${describeError(error)}`, { cause: error });
    }
  }
}

/** SQLSTATEs PostgreSQL raises for a NUL character in text: 22P05 from JSON, 22021 from a bound string. */
const NUL_CHARACTER_CODES = new Set(['22P05', '22021']);

/**
 * Returns the message of a database error, with the reason when PostgreSQL
 * rejects text that SQLite accepts.
 */
export function describeError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && NUL_CHARACTER_CODES.has(code)) {
    return `${errorMessage(error)} (PostgreSQL text cannot contain the NUL character U+0000; remove it from the input)`;
  }
  return errorMessage(error);
}

/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Returns `rows` as JSON text for `json_populate_recordset`. Lone UTF-16
 * surrogates in string values become U+FFFD, the value node-postgres and
 * better-sqlite3 store for them when they bind a string. Written as JSON
 * escapes instead, PostgreSQL would reject the whole statement.
 */
export function toJsonParameter(rows: object[]): string {
  return JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'string' ? value.replace(LONE_SURROGATE, '\ufffd') : value));
}

/** Reads a `count(*)` or other bigint value, which node-postgres returns as a string. */
export function toCount(value: string | number | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** Orders strings by UTF-16 code unit, as JavaScript's `<` does, so the result does not depend on the locale. */
export function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
