/**
 * Test support: the real server (`buildServer`) on 127.0.0.1 port 0, with
 * its registry and workspace stores in a temporary folder (SQLite) or in
 * uniquely named PostgreSQL schemas that `close` drops.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildServer, type ServerAutomations } from './app.js';
import { parseServeConfig, type ServeConfig } from './config.js';
import { openRegistry, type ServeRegistry } from './registry.js';
import { registryTarget, workspaceTarget, type ServeStorage } from './storage-layout.js';
import { WorkspaceStores } from './workspace-stores.js';

/** PostgreSQL the tests use (trust auth). */
export const TEST_PG_URL = process.env.PARLEY_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestServer {
  /** Base URL, such as `http://127.0.0.1:40123`. */
  url: string;
  app: FastifyInstance;
  registry: ServeRegistry;
  stores: WorkspaceStores;
  storage: ServeStorage;
  /** Creates a workspace (its id made unique on PostgreSQL) and returns its id and API key. */
  createWorkspace(id: string): Promise<{ id: string; key: string; keyId: string }>;
  /** Sends a request with the key as bearer token and returns the status and parsed JSON body. */
  request(key: string | null, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  kind?: 'sqlite' | 'postgres';
  /** The serve config file's content. */
  config?: unknown;
  /** Builds the automations once the storage is known. */
  automations?: (context: { storage: ServeStorage; stores: WorkspaceStores; config: ServeConfig }) => ServerAutomations;
  bodyLimit?: number;
  logger?: Logger;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const suffix = randomBytes(4).toString('hex');
  const dir = mkdtempSync(join(tmpdir(), 'parley-serve-'));
  const storage: ServeStorage =
    options.kind === 'postgres'
      ? { kind: 'postgres', url: TEST_PG_URL, registrySchema: `test_registry_${suffix}` }
      : { kind: 'sqlite', dataDir: dir };
  const config = parseServeConfig(options.config ?? {}, 'test config');
  const registry = await openRegistry(registryTarget(storage));
  const stores = new WorkspaceStores(storage);
  const automations = options.automations?.({ storage, stores, config });
  const app = buildServer({
    registry,
    stores,
    config,
    ...(automations ? { automations } : {}),
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const created: string[] = [];

  return {
    url,
    app,
    registry,
    stores,
    storage,
    async createWorkspace(id) {
      const workspaceId = storage.kind === 'postgres' ? `${id}_${suffix}` : id;
      const { key } = await registry.createWorkspace(workspaceId, id);
      created.push(workspaceId);
      return { id: workspaceId, key: key.secret, keyId: key.keyId };
    },
    async request(key, method, path, body) {
      const headers: Record<string, string> = key === null ? {} : { authorization: `Bearer ${key}` };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(url + path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      const text = await response.text();
      return { status: response.status, body: text === '' ? null : JSON.parse(text) };
    },
    async close() {
      await app.close();
      if (storage.kind === 'postgres') {
        const client = new pg.Client({ connectionString: TEST_PG_URL });
        await client.connect();
        try {
          const schemas = [registryTarget(storage), ...created.map((id) => workspaceTarget(storage, id))];
          for (const target of schemas) if (target.kind === 'postgres') await client.query(`DROP SCHEMA IF EXISTS ${target.schema} CASCADE`);
        } finally {
          await client.end();
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
