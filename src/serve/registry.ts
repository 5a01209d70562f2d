/**
 * The registry of workspaces and API keys, in SQLite (`registry.db`) or in
 * PostgreSQL (see registry-postgres.ts). A key is `pk_<8 hex>_<43
 * base64url>`: the first part is its public id, and only the SHA-256 hash of
 * the whole key is stored.
 */
import Database from 'better-sqlite3';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { InputError, StorageError, errorMessage } from '../core/errors.js';
import type { StorageTarget } from '../store/target.js';
import { checkWorkspaceId } from './storage-layout.js';
import type { IssuedKey, Workspace, WorkspaceRegistry } from './types.js';

/** A key as `parley workspace list` shows it; the secret is never stored. */
export interface KeyInfo {
  keyId: string;
  workspaceId: string;
  createdAt: string;
  revokedAt: string | null;
}

/** The registry with the listing the CLI needs beyond `WorkspaceRegistry`. */
export interface ServeRegistry extends WorkspaceRegistry {
  /** Keys of one workspace, or of all, oldest first. */
  listKeys(workspaceId?: string): Promise<KeyInfo[]>;
}

/** A stored key row as both backends read it. */
export interface StoredKey {
  workspaceId: string;
  secretHash: string;
  revokedAt: string | null;
}

const KEY_PATTERN = /^(pk_[0-9a-f]{8})_[A-Za-z0-9_-]{43}$/;

/** Creates a new random key (32 random bytes) and the hex SHA-256 hash to store. */
export function newKey(workspaceId: string): { key: IssuedKey; secretHash: string } {
  const keyId = `pk_${randomBytes(4).toString('hex')}`;
  const secret = `${keyId}_${randomBytes(32).toString('base64url')}`;
  return { key: { workspaceId, keyId, secret }, secretHash: hashSecret(secret) };
}

/** Returns the public key id of a well-formed key, or null. */
export function keyIdOf(secret: string): string | null {
  return KEY_PATTERN.exec(secret)?.[1] ?? null;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Returns true when the key hashes to the stored hash (compared in constant time) and the key is not revoked. */
export function keyMatches(secret: string, stored: StoredKey | undefined): boolean {
  const actual = createHash('sha256').update(secret, 'utf8').digest();
  // An unknown key id is still hashed and compared against zeros, so the comparison costs the same on both paths.
  const expected = stored ? Buffer.from(stored.secretHash, 'hex') : Buffer.alloc(actual.length);
  const equal = expected.length === actual.length && timingSafeEqual(expected, actual);
  return equal && stored !== undefined && stored.revokedAt === null;
}

/** Opens the registry at `target`, creating its tables when needed. */
export async function openRegistry(target: StorageTarget): Promise<ServeRegistry> {
  if (target.kind === 'sqlite') return SqliteRegistry.open(target.path);
  const { PostgresRegistry } = await import('./registry-postgres.js');
  return PostgresRegistry.open(target.url, target.schema);
}

const SQLITE_SCHEMA = `
CREATE TABLE IF NOT EXISTS workspaces (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS api_keys (
  key_id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id),
  secret_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX IF NOT EXISTS api_keys_workspace ON api_keys(workspace_id);
`;

interface WorkspaceRow {
  id: string;
  name: string;
  created_at: string;
}

interface KeyRow {
  key_id: string;
  workspace_id: string;
  secret_hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** The registry in one SQLite file. The CLI and a running server may open it at once (WAL, busy timeout). */
export class SqliteRegistry implements ServeRegistry {
  private constructor(private readonly db: Database.Database) {}

  static open(file: string): SqliteRegistry {
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      const db = new Database(file);
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
      db.exec(SQLITE_SCHEMA);
      return new SqliteRegistry(db);
    } catch (error) {
      throw new StorageError(`${file}: cannot open the workspace registry: ${errorMessage(error)}`, { cause: error });
    }
  }

  async createWorkspace(id: string, name: string): Promise<{ workspace: Workspace; key: IssuedKey }> {
    checkWorkspaceId(id);
    const workspace: Workspace = { id, name, createdAt: new Date().toISOString() };
    const create = this.db.transaction(() => {
      const inserted = this.db
        .prepare('INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING')
        .run(id, name, workspace.createdAt);
      if (inserted.changes === 0) throw new InputError(id, 'a workspace with this id already exists; `parley workspace list` shows them');
      return this.insertKey(id);
    });
    return { workspace, key: create() };
  }

  async issueKey(workspaceId: string): Promise<IssuedKey> {
    const issue = this.db.transaction(() => {
      const exists = this.db.prepare('SELECT 1 FROM workspaces WHERE id = ?').get(workspaceId);
      if (!exists) throw new InputError(workspaceId, 'no workspace with this id; `parley workspace list` shows them');
      return this.insertKey(workspaceId);
    });
    return issue();
  }

  async revokeKey(keyId: string): Promise<boolean> {
    const result = this.db
      .prepare('UPDATE api_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL')
      .run(new Date().toISOString(), keyId);
    return result.changes > 0;
  }

  async workspaceOfKey(secret: string): Promise<Workspace | null> {
    const keyId = keyIdOf(secret);
    const row = keyId
      ? (this.db.prepare('SELECT * FROM api_keys WHERE key_id = ?').get(keyId) as KeyRow | undefined)
      : undefined;
    const stored = row && { workspaceId: row.workspace_id, secretHash: row.secret_hash, revokedAt: row.revoked_at };
    if (!keyMatches(secret, stored) || !row) return null;
    const workspace = this.db.prepare('SELECT * FROM workspaces WHERE id = ?').get(row.workspace_id) as WorkspaceRow | undefined;
    return workspace ? toWorkspace(workspace) : null;
  }

  async listWorkspaces(): Promise<Workspace[]> {
    return (this.db.prepare('SELECT * FROM workspaces ORDER BY id').all() as WorkspaceRow[]).map(toWorkspace);
  }

  async listKeys(workspaceId?: string): Promise<KeyInfo[]> {
    const rows = (
      workspaceId === undefined
        ? this.db.prepare('SELECT * FROM api_keys ORDER BY created_at, rowid').all()
        : this.db.prepare('SELECT * FROM api_keys WHERE workspace_id = ? ORDER BY created_at, rowid').all(workspaceId)
    ) as KeyRow[];
    return rows.map(toKeyInfo);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** Inserts a new key, drawing another id in the rare case the random one is taken. */
  private insertKey(workspaceId: string): IssuedKey {
    const insert = this.db.prepare(
      'INSERT INTO api_keys (key_id, workspace_id, secret_hash, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (key_id) DO NOTHING',
    );
    for (;;) {
      const { key, secretHash } = newKey(workspaceId);
      if (insert.run(key.keyId, workspaceId, secretHash, new Date().toISOString()).changes > 0) return key;
    }
  }
}

function toWorkspace(row: WorkspaceRow): Workspace {
  return { id: row.id, name: row.name, createdAt: row.created_at };
}

function toKeyInfo(row: KeyRow): KeyInfo {
  return { keyId: row.key_id, workspaceId: row.workspace_id, createdAt: row.created_at, revokedAt: row.revoked_at };
}
