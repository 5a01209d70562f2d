/** Opens the store of a storage target: a SQLite file or a PostgreSQL schema. */
import { StorageError } from '../core/errors.js';
import { SqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';
import type { StorageTarget } from './target.js';

/** Opens (creating and migrating when needed) the store at `target`. */
export async function openStore(target: StorageTarget): Promise<Store> {
  if (target.kind === 'sqlite') return SqliteStore.open(target.path);
  throw new StorageError(`PostgreSQL storage is not built yet (schema ${target.schema})`);
}
