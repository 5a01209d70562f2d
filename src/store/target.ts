/**
 * Storage targets: one SQLite file, or one schema of a PostgreSQL
 * database. The server keeps each workspace in its own target, so
 * no query of one workspace can reach another's rows.
 */
import { InputError } from '../core/errors.js';

export type StorageTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string; schema: string };

/** Schema of a PostgreSQL store opened without one. */
export const DEFAULT_PG_SCHEMA = 'public';

/**
 * Reads `--db`: a `postgres://` or `postgresql://` URL selects PostgreSQL
 * (its `schema` query parameter, when present, names the schema); anything
 * else is a SQLite file path.
 */
export function parseStorageTarget(value: string): StorageTarget {
  if (/^postgres(ql)?:\/\//i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new InputError('--db', `"${value}" is not a valid PostgreSQL URL; write postgres://user@host:5432/database`);
    }
    const schema = url.searchParams.get('schema') ?? DEFAULT_PG_SCHEMA;
    checkSchemaName(schema);
    url.searchParams.delete('schema');
    return { kind: 'postgres', url: url.toString(), schema };
  }
  return { kind: 'sqlite', path: value };
}

/** Throws InputError unless `schema` is a plain lower-case SQL identifier (letters, digits, underscore). */
export function checkSchemaName(schema: string): void {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new InputError('schema', `"${schema}" is not a usable schema name: use lower-case letters, digits and "_", starting with a letter`);
  }
}
