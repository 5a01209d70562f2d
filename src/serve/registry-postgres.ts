/** The registry of workspaces and API keys in one PostgreSQL schema (`parley_registry` for the server). */
import pg from 'pg';
import { InputError, StorageError, errorMessage } from '../core/errors.js';
import { checkSchemaName } from '../store/target.js';
import { keyIdOf, keyMatches, newKey, type KeyInfo, type ServeRegistry } from './registry.js';
import { checkWorkspaceId } from './storage-layout.js';
import type { IssuedKey, Workspace } from './types.js';

interface WorkspaceRow {
  id: string;
  name: string;
  created_at: Date;
}

interface KeyRow {
  key_id: string;
  workspace_id: string;
  secret_hash: string;
  created_at: Date;
  revoked_at: Date | null;
}

/** PostgreSQL error code of a unique constraint violation. */
const UNIQUE_VIOLATION = '23505';

export class PostgresRegistry implements ServeRegistry {
  private constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
  ) {}

  /** Connects and creates the schema and its tables when missing. */
  static async open(url: string, schema: string): Promise<PostgresRegistry> {
    checkSchemaName(schema);
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    const registry = new PostgresRegistry(pool, schema);
    try {
      await registry.migrate();
    } catch (error) {
      await pool.end();
      throw new StorageError(`cannot open the workspace registry in schema ${schema}: ${errorMessage(error)}`, { cause: error });
    }
    return registry;
  }

  async createWorkspace(id: string, name: string): Promise<{ workspace: Workspace; key: IssuedKey }> {
    checkWorkspaceId(id);
    return this.transaction(async (client) => {
      const inserted = await client.query<WorkspaceRow>(
        `INSERT INTO ${this.schema}.workspaces (id, name) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING *`,
        [id, name],
      );
      const row = inserted.rows[0];
      if (!row) throw new InputError(id, 'a workspace with this id already exists; `parley workspace list` shows them');
      return { workspace: toWorkspace(row), key: await this.insertKey(client, id) };
    });
  }

  async issueKey(workspaceId: string): Promise<IssuedKey> {
    return this.transaction(async (client) => {
      const found = await client.query(`SELECT 1 FROM ${this.schema}.workspaces WHERE id = $1 FOR SHARE`, [workspaceId]);
      if (found.rowCount === 0) throw new InputError(workspaceId, 'no workspace with this id; `parley workspace list` shows them');
      return this.insertKey(client, workspaceId);
    });
  }

  async revokeKey(keyId: string): Promise<boolean> {
    const result = await this.pool.query(
      `UPDATE ${this.schema}.api_keys SET revoked_at = now() WHERE key_id = $1 AND revoked_at IS NULL`,
      [keyId],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async workspaceOfKey(secret: string): Promise<Workspace | null> {
    const keyId = keyIdOf(secret);
    const result = keyId
      ? await this.pool.query<KeyRow & { name: string; workspace_created_at: Date }>(
          `SELECT k.*, w.name, w.created_at AS workspace_created_at
             FROM ${this.schema}.api_keys k JOIN ${this.schema}.workspaces w ON w.id = k.workspace_id
            WHERE k.key_id = $1`,
          [keyId],
        )
      : null;
    const row = result?.rows[0];
    const stored = row && { workspaceId: row.workspace_id, secretHash: row.secret_hash, revokedAt: row.revoked_at?.toISOString() ?? null };
    if (!keyMatches(secret, stored) || !row) return null;
    return { id: row.workspace_id, name: row.name, createdAt: row.workspace_created_at.toISOString() };
  }

  async listWorkspaces(): Promise<Workspace[]> {
    const result = await this.pool.query<WorkspaceRow>(`SELECT * FROM ${this.schema}.workspaces ORDER BY id`);
    return result.rows.map(toWorkspace);
  }

  async listKeys(workspaceId?: string): Promise<KeyInfo[]> {
    const result =
      workspaceId === undefined
        ? await this.pool.query<KeyRow>(`SELECT * FROM ${this.schema}.api_keys ORDER BY created_at, key_id`)
        : await this.pool.query<KeyRow>(`SELECT * FROM ${this.schema}.api_keys WHERE workspace_id = $1 ORDER BY created_at, key_id`, [
            workspaceId,
          ]);
    return result.rows.map((row) => ({
      keyId: row.key_id,
      workspaceId: row.workspace_id,
      createdAt: row.created_at.toISOString(),
      revokedAt: row.revoked_at?.toISOString() ?? null,
    }));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /**
   * Creates the schema and tables. A transaction-level advisory lock keyed
   * on the schema name serializes servers and CLI runs that start at once,
   * since `CREATE ... IF NOT EXISTS` can still fail on a concurrent create.
   */
  private async migrate(): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`parley:${this.schema}`]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${this.schema}.workspaces (
        id text PRIMARY KEY,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now())`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${this.schema}.api_keys (
        key_id text PRIMARY KEY,
        workspace_id text NOT NULL REFERENCES ${this.schema}.workspaces(id),
        secret_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz)`);
      await client.query(`CREATE INDEX IF NOT EXISTS api_keys_workspace ON ${this.schema}.api_keys (workspace_id)`);
    });
  }

  /** Inserts a new key, drawing another id in the rare case the random one is taken. */
  private async insertKey(client: pg.PoolClient, workspaceId: string): Promise<IssuedKey> {
    for (;;) {
      const { key, secretHash } = newKey(workspaceId);
      const inserted = await client.query(
        `INSERT INTO ${this.schema}.api_keys (key_id, workspace_id, secret_hash) VALUES ($1, $2, $3) ON CONFLICT (key_id) DO NOTHING`,
        [key.keyId, workspaceId, secretHash],
      );
      if (inserted.rowCount === 1) return key;
    }
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new StorageError(`registry write conflicted with another one: ${errorMessage(error)}; try again`, { cause: error });
      }
      throw error;
    } finally {
      client.release();
    }
  }
}

function toWorkspace(row: WorkspaceRow): Workspace {
  return { id: row.id, name: row.name, createdAt: row.created_at.toISOString() };
}
