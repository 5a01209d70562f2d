import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../core/errors.js';
import { keyIdOf, openRegistry, type ServeRegistry } from './registry.js';
import { TEST_PG_URL } from './test-server.js';

interface Backend {
  name: string;
  open(): Promise<ServeRegistry>;
  /** Every stored text value of the registry, to check that no secret is stored. */
  dump(): Promise<string>;
  cleanup(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'parley-registry-'));
  const file = join(dir, 'registry.db');
  return {
    name: 'SQLite',
    open: () => openRegistry({ kind: 'sqlite', path: file }),
    async dump() {
      const db = new Database(file, { readonly: true });
      const rows = [...db.prepare('SELECT * FROM workspaces').all(), ...db.prepare('SELECT * FROM api_keys').all()];
      db.close();
      return JSON.stringify(rows);
    },
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresBackend(): Backend {
  const schema = `test_registry_${randomBytes(4).toString('hex')}`;
  const query = async (sql: string) => {
    const client = new pg.Client({ connectionString: TEST_PG_URL });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  };
  return {
    name: 'PostgreSQL',
    open: () => openRegistry({ kind: 'postgres', url: TEST_PG_URL, schema }),
    async dump() {
      return JSON.stringify([...(await query(`SELECT * FROM ${schema}.workspaces`)), ...(await query(`SELECT * FROM ${schema}.api_keys`))]);
    },
    async cleanup() {
      await query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    },
  };
}

describe.each([sqliteBackend, postgresBackend])('workspace registry (%o)', (makeBackend) => {
  const backend = makeBackend();
  let registry: ServeRegistry;

  beforeAll(async () => {
    registry = await backend.open();
  });

  afterAll(async () => {
    await registry.close();
    await backend.cleanup();
  });

  it(`${backend.name}: created key resolves its workspace`, async () => {
    const { workspace, key } = await registry.createWorkspace('harbor', 'Harbor Lighting');
    expect(workspace).toMatchObject({ id: 'harbor', name: 'Harbor Lighting' });
    expect(key.workspaceId).toBe('harbor');
    expect(key.keyId).toMatch(/^pk_[0-9a-f]{8}$/);
    expect(keyIdOf(key.secret)).toBe(key.keyId);
    expect((await registry.workspaceOfKey(key.secret))?.id).toBe('harbor');
  });

  it(`${backend.name}: stores no secret, only hashes`, async () => {
    const { key } = await registry.createWorkspace('secret_check', 'Secret check');
    const stored = await backend.dump();
    expect(stored).toContain(key.keyId);
    expect(stored).not.toContain(key.secret);
    expect(stored).not.toContain(key.secret.slice(key.keyId.length + 1));
  });

  it(`${backend.name}: rejects taken and malformed ids`, async () => {
    await registry.createWorkspace('taken', 'Taken');
    await expect(registry.createWorkspace('taken', 'Again')).rejects.toThrow(InputError);
    for (const bad of ['Upper', '1starts_with_digit', 'has-dash', '', 'x'.repeat(41), 'a b', 'ws;drop']) {
      await expect(registry.createWorkspace(bad, 'Bad')).rejects.toThrow(InputError);
    }
  });

  it(`${backend.name}: unknown, tampered and malformed keys resolve nothing`, async () => {
    const { key } = await registry.createWorkspace('tamper', 'Tamper');
    const last = key.secret.at(-1) === 'A' ? 'B' : 'A';
    expect(await registry.workspaceOfKey(key.secret.slice(0, -1) + last)).toBeNull();
    expect(await registry.workspaceOfKey('pk_00000000_' + 'A'.repeat(43))).toBeNull();
    expect(await registry.workspaceOfKey('not a key')).toBeNull();
    expect(await registry.workspaceOfKey('')).toBeNull();
  });

  it(`${backend.name}: second key works until revoked`, async () => {
    const { key: first } = await registry.createWorkspace('rotate', 'Rotate');
    const second = await registry.issueKey('rotate');
    expect(second.keyId).not.toBe(first.keyId);
    expect((await registry.workspaceOfKey(second.secret))?.id).toBe('rotate');
    expect(await registry.revokeKey(first.keyId)).toBe(true);
    expect(await registry.revokeKey(first.keyId)).toBe(false);
    expect(await registry.workspaceOfKey(first.secret)).toBeNull();
    expect((await registry.workspaceOfKey(second.secret))?.id).toBe('rotate');
    const keys = await registry.listKeys('rotate');
    expect(keys.map((key) => [key.keyId, key.revokedAt === null])).toEqual([
      [first.keyId, false],
      [second.keyId, true],
    ]);
  });

  it(`${backend.name}: issuing a key for an unknown workspace fails`, async () => {
    await expect(registry.issueKey('nobody')).rejects.toThrow(InputError);
    expect(await registry.revokeKey('pk_ffffffff')).toBe(false);
  });

  it(`${backend.name}: lists workspaces by id`, async () => {
    const ids = (await registry.listWorkspaces()).map((workspace) => workspace.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain('harbor');
  });
});
