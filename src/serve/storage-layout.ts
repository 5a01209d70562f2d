/**
 * Storage layout of `parley serve`. With a data folder, each workspace is
 * the SQLite file `<dataDir>/workspaces/<id>.db` and the registry of
 * workspaces and keys is `<dataDir>/registry.db`. With a PostgreSQL URL, each
 * workspace is the schema `ws_<id>` and the registry is the schema
 * `parley_registry` of that database.
 */
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { checkSchemaName, parseStorageTarget, type StorageTarget } from '../store/target.js';

export type ServeStorage = { kind: 'sqlite'; dataDir: string } | { kind: 'postgres'; url: string; registrySchema?: string };

/** Schema of the PostgreSQL registry of workspaces and keys. */
export const REGISTRY_SCHEMA = 'parley_registry';

/** Folder used when neither `--data` nor `--db` is given. */
export const DEFAULT_DATA_DIR = 'parley-data';

/** Workspace ids: lower-case letters, digits and "_", starting with a letter, so `ws_<id>` is a valid schema name. */
const WORKSPACE_ID = /^[a-z][a-z0-9_]{0,39}$/;

/** Throws InputError unless `id` is a usable workspace id. */
export function checkWorkspaceId(id: string): void {
  if (!WORKSPACE_ID.test(id)) {
    throw new InputError(
      'workspace id',
      `"${id}" is invalid: use 1-40 lower-case letters, digits and "_", starting with a letter (e.g. harbor_lighting)`,
    );
  }
  checkSchemaName(`ws_${id}`);
}

/**
 * Reads the `--data DIR` and `--db URL` options: `--db` takes a
 * `postgres://` URL, `--data` a folder, and giving both is an error.
 */
export function parseServeStorage(options: { data?: string; db?: string }): ServeStorage {
  if (options.data !== undefined && options.db !== undefined) {
    throw new InputError('--db', 'give either --data DIR (SQLite files) or --db postgres://… (PostgreSQL), not both');
  }
  if (options.db === undefined) return { kind: 'sqlite', dataDir: options.data ?? DEFAULT_DATA_DIR };
  const target = parseStorageTarget(options.db);
  if (target.kind !== 'postgres') {
    throw new InputError('--db', `"${options.db}" is not a PostgreSQL URL; use --data DIR for SQLite files`);
  }
  if (new URL(options.db).searchParams.has('schema')) {
    throw new InputError('--db', 'the schema parameter is not used by the server: each workspace gets the schema ws_<id>');
  }
  return { kind: 'postgres', url: target.url };
}

/** Storage target of the registry of workspaces and keys. */
export function registryTarget(storage: ServeStorage): StorageTarget {
  if (storage.kind === 'sqlite') return { kind: 'sqlite', path: path.join(storage.dataDir, 'registry.db') };
  return { kind: 'postgres', url: storage.url, schema: storage.registrySchema ?? REGISTRY_SCHEMA };
}

/** Folder of the workspaces' SQLite files, or null for PostgreSQL storage. */
export function workspacesDir(storage: ServeStorage): string | null {
  return storage.kind === 'sqlite' ? path.join(storage.dataDir, 'workspaces') : null;
}

/** Storage target of one workspace's data. Throws InputError for a malformed id. */
export function workspaceTarget(storage: ServeStorage, workspaceId: string): StorageTarget {
  checkWorkspaceId(workspaceId);
  if (storage.kind === 'sqlite') return { kind: 'sqlite', path: path.join(workspacesDir(storage)!, `${workspaceId}.db`) };
  return { kind: 'postgres', url: storage.url, schema: `ws_${workspaceId}` };
}
