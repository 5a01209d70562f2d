/** Opens the store of a storage target: a SQLite file or a PostgreSQL schema. */
import { PgStore, type PgStoreOptions } from './pg-store.js';
import { SqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';
import type { StorageTarget } from './target.js';

/**
 * Opens (creating and migrating when needed) the store at `target`.
 * `postgres` sets the connection pool of a PostgreSQL store and is ignored
 * for SQLite.
 */
export async function openStore(target: StorageTarget, postgres: PgStoreOptions = {}): Promise<Store> {
  if (target.kind === 'sqlite') return SqliteStore.open(target.path);
  return PgStore.open(target.url, target.schema, postgres);
}
