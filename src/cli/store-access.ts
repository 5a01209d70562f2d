import { existsSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { parseStorageTarget } from '../store/target.js';

/**
 * Opens an existing database (a SQLite file is never created, so a
 * mistyped path is reported as InputError), runs `work` on it and closes it
 * afterwards. A `postgres://` URL opens that database's schema instead.
 */
export async function withExistingStore<T>(path: string, work: (store: Store) => Promise<T>): Promise<T> {
  const target = parseStorageTarget(path);
  if (target.kind === 'sqlite' && !existsSync(path)) {
    throw new InputError(path, 'database not found; pass the --db file that `parley analyze` wrote');
  }
  const store = await openStore(target);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
