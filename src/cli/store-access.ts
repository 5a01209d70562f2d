import { existsSync } from 'node:fs';
import pg from 'pg';
import { InputError } from '../core/errors.js';
import { openStore } from '../store/open-store.js';
import { connectionError, redactUrl } from '../store/pg-connection.js';
import type { Store } from '../store/store.js';
import { parseStorageTarget } from '../store/target.js';

/**
 * Opens an existing database (a SQLite file or PostgreSQL schema is never
 * created, so a mistyped path or schema is reported as InputError), runs
 * `work` on it and closes it afterwards.
 */
export async function withExistingStore<T>(path: string, work: (store: Store) => Promise<T>): Promise<T> {
  const target = parseStorageTarget(path);
  if (target.kind === 'sqlite' && !existsSync(path)) {
    throw new InputError(path, 'database not found; pass the --db file that `parley analyze` wrote');
  }
  if (target.kind === 'postgres' && !(await schemaExists(target.url, target.schema))) {
    throw new InputError(
      redactUrl(target.url),
      `schema "${target.schema}" not found; pass the --db URL (with ?schema=) that \`parley analyze\` wrote to`,
    );
  }
  const store = await openStore(target);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Returns whether the PostgreSQL database at `url` has the schema. */
async function schemaExists(url: string, schema: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const result = await client.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [schema]);
    return result.rowCount === 1;
  } catch (error) {
    throw connectionError(error, url, schema);
  } finally {
    await client.end().catch(() => undefined);
  }
}
