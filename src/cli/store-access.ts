import { existsSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import { SqliteStore } from '../store/sqlite-store.js';
import type { Store } from '../store/store.js';

/**
 * Opens an existing database (never creates one, so a mistyped path is
 * reported as InputError), runs `work` on it and closes it afterwards.
 */
export async function withExistingStore<T>(path: string, work: (store: Store) => Promise<T>): Promise<T> {
  if (!existsSync(path)) {
    throw new InputError(path, 'database not found; pass the --db file that `parley analyze` wrote');
  }
  const store = SqliteStore.open(path);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
