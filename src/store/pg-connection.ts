/**
 * Connecting to a PostgreSQL store: pool settings that pin every connection
 * to the store's schema, errors that name the likely fix, and the migrations
 * run under an advisory lock when the store is opened.
 */
import pg from 'pg';
import { StorageError, errorMessage } from '../core/errors.js';
import { PG_MIGRATIONS } from './pg-migrations.js';
import { checkSchemaName } from './target.js';

/** Options of `PgStore.open`. */
export interface PgStoreOptions {
  /**
   * Maximum connections of the store's pool; 4 when unset. The pipeline
   * awaits each store call, so one store seldom uses more than one
   * connection at a time, and a server with one store per workspace opens
   * up to this many connections for each workspace.
   */
  maxConnections?: number;
  /** Milliseconds to wait for a new connection before failing; 10 000 when unset. */
  connectTimeoutMs?: number;
  /** Called with errors of idle pooled connections (a server restart, a dropped network link). */
  onIdleError?: (error: Error) => void;
}

const DEFAULT_MAX_CONNECTIONS = 4;
const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

/** First key of the advisory lock taken while a schema is created and migrated ("parl" in ASCII). */
const MIGRATION_LOCK_CLASS = 0x7061726c;

/** Returns `url` without its password, for error messages. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '(unreadable PostgreSQL URL)';
  }
  parsed.password = '';
  parsed.searchParams.delete('password');
  return parsed.toString();
}

/** Names a store in messages: its URL without the password, and its schema. */
export function describeStore(url: string, schema: string): string {
  return `PostgreSQL schema "${schema}" at ${redactUrl(url)}`;
}

/**
 * Returns the pool settings for the store at `url` and `schema`. The
 * schema is set as the `search_path` of every connection by the startup
 * `options` parameter. node-postgres lets an `options` parameter in the URL
 * override one given beside it, so the URL's own `options` are moved in
 * front of ours, and the later `-c search_path` wins.
 */
export function poolConfig(url: string, schema: string, options: PgStoreOptions = {}): pg.PoolConfig {
  checkSchemaName(schema);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new StorageError(`invalid PostgreSQL URL ${redactUrl(url)}: write postgres://user@host:5432/database`, { cause: error });
  }
  const urlOptions = parsed.searchParams.get('options');
  parsed.searchParams.delete('options');
  return {
    connectionString: parsed.toString(),
    options: [urlOptions, `-c search_path=${schema}`].filter((part) => part).join(' '),
    max: options.maxConnections ?? DEFAULT_MAX_CONNECTIONS,
    connectionTimeoutMillis: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    application_name: 'parley',
  };
}

/** Returns a StorageError for a failed connection, naming the store and what to check. */
export function connectionError(error: unknown, url: string, schema: string): StorageError {
  const code = (error as { code?: string }).code;
  const hint = code === undefined ? undefined : CONNECTION_HINTS[code];
  const message = `cannot open ${describeStore(url, schema)}: ${errorMessage(error)}`;
  return new StorageError(hint ? `${message}; ${hint}` : `${message}; check the URL and that the server accepts connections`, {
    cause: error,
  });
}

/** Returns a StorageError for a failure after connecting, while the schema is created or migrated. */
function setupError(error: unknown, url: string, schema: string): StorageError {
  const code = (error as { code?: string }).code;
  const hint = code === undefined ? undefined : CONNECTION_HINTS[code];
  const message = `cannot create or migrate ${describeStore(url, schema)}: ${errorMessage(error)}`;
  return new StorageError(hint ? `${message}; ${hint}` : message, { cause: error });
}

const SERVER_DOWN = 'check that PostgreSQL is running and accepts TCP connections at this host and port';

/** Hints for the usual connection and setup failures, by Node.js error code or SQLSTATE. */
const CONNECTION_HINTS: Record<string, string> = {
  ECONNREFUSED: SERVER_DOWN,
  ECONNRESET: SERVER_DOWN,
  ETIMEDOUT: SERVER_DOWN,
  EHOSTUNREACH: SERVER_DOWN,
  ENOTFOUND: 'check the host name in the URL',
  EAI_AGAIN: 'check the host name in the URL',
  '28P01': 'check the user name and password in the URL',
  '28000': 'check the user name in the URL and the server\'s pg_hba.conf rules for it',
  '3D000': 'create the database (createdb NAME) or name an existing one in the URL',
  '42501': 'grant the user CREATE on the database, or create the schema beforehand',
  '57P03': 'the server is starting up or shutting down; try again shortly',
};

/**
 * Creates the schema when missing and applies the `migrations` it lacks
 * (the store's own by default), each in its own transaction, on one
 * dedicated connection. A session advisory lock keyed by the schema name
 * serializes concurrent opens, so two processes opening a new schema at
 * once neither fail on CREATE SCHEMA nor apply a migration twice.
 */
export async function migrateSchema(
  config: pg.PoolConfig,
  url: string,
  schema: string,
  migrations: readonly string[] = PG_MIGRATIONS,
): Promise<void> {
  const client = new pg.Client(config);
  // Errors of an open client arrive as events as well as rejected queries; the rejection is what reports them.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw connectionError(error, url, schema);
  }
  try {
    await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [MIGRATION_LOCK_CLASS, schema]);
    try {
      await createSchema(client, schema);
      await client.query(`SET search_path TO "${schema}"`);
      const table = await client.query<{ found: string | null }>("SELECT to_regclass('schema_migrations')::text AS found");
      if (table.rows[0]?.found === null) {
        await client.query('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
      }
      await applyMigrations(client, url, schema, migrations);
    } finally {
      // Ending the connection below releases the lock too, so a failed unlock needs no handling.
      await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [MIGRATION_LOCK_CLASS, schema]).catch(() => {});
    }
  } catch (error) {
    throw error instanceof StorageError ? error : setupError(error, url, schema);
  } finally {
    await client.end().catch(() => {});
  }
}

/** SQLSTATEs of a CREATE SCHEMA that lost a race: duplicate_schema, and unique_violation on pg_namespace. */
const SCHEMA_EXISTS_CODES = new Set(['42P06', '23505']);

/**
 * Creates `schema` unless it exists. Existence is checked first because
 * CREATE SCHEMA IF NOT EXISTS needs CREATE on the database even when the
 * schema exists. Code outside this lock (another table set in the same
 * schema) may create it between the check and the CREATE, which is fine.
 */
async function createSchema(client: pg.Client, schema: string): Promise<void> {
  const existing = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
  if (existing.rowCount !== 0) return;
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } catch (error) {
    if (!SCHEMA_EXISTS_CODES.has(String((error as { code?: unknown }).code))) throw error;
  }
}

async function applyMigrations(client: pg.Client, url: string, schema: string, migrations: readonly string[]): Promise<void> {
  const rows = (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows;
  const applied = new Set(rows.map((row) => row.version));
  for (const [index, sql] of migrations.entries()) {
    const version = index + 1;
    if (applied.has(version)) continue;
    try {
      await client.query('BEGIN');
      await client.query(sql);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw new StorageError(`migration ${version} failed on ${describeStore(url, schema)}: ${errorMessage(error)}`, { cause: error });
    }
  }
}
