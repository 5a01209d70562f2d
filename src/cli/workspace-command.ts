/** `parley workspace create|list|key|revoke`: workspaces and API keys of `parley serve`. */
import { mkdirSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import { openRegistry, type ServeRegistry } from '../serve/registry.js';
import { parseServeStorage, registryTarget, workspacesDir, type ServeStorage } from '../serve/storage-layout.js';
import type { IssuedKey } from '../serve/types.js';

export interface WorkspaceStorageOptions {
  data?: string;
  db?: string;
  json?: boolean;
}

/**
 * Runs `parley workspace create ID`: prints the workspace and its first key,
 * which is shown only this once. With a data folder it also creates
 * DIR/workspaces, where the workspace's SQLite file goes.
 */
export async function createWorkspaceCommand(id: string, options: WorkspaceStorageOptions & { name?: string }): Promise<void> {
  await withRegistry(options, async (registry, storage) => {
    const { workspace, key } = await registry.createWorkspace(id, options.name ?? id);
    const folder = workspacesDir(storage);
    if (folder !== null) mkdirSync(folder, { recursive: true });
    if (options.json) {
      process.stdout.write(JSON.stringify({ workspace, key }) + '\n');
      return;
    }
    process.stdout.write(`Created workspace ${workspace.id} (${workspace.name}).\n`);
    writeKey(key);
  });
}

/** Runs `parley workspace key ID`: issues and prints another key of the workspace. */
export async function issueKeyCommand(id: string, options: WorkspaceStorageOptions): Promise<void> {
  await withRegistry(options, async (registry) => {
    const key = await registry.issueKey(id);
    if (options.json) process.stdout.write(JSON.stringify({ key }) + '\n');
    else writeKey(key);
  });
}

/** Runs `parley workspace revoke KEY_ID`; throws InputError when no active key has the id. */
export async function revokeKeyCommand(keyId: string, options: WorkspaceStorageOptions): Promise<void> {
  await withRegistry(options, async (registry) => {
    if (!(await registry.revokeKey(keyId))) {
      throw new InputError(keyId, 'no active key with this id; `parley workspace list` shows the key ids');
    }
    process.stdout.write(`Revoked key ${keyId}.\n`);
  });
}

/** Runs `parley workspace list`: each workspace with its key ids and whether they are revoked. */
export async function listWorkspacesCommand(options: WorkspaceStorageOptions): Promise<void> {
  await withRegistry(options, async (registry) => {
    const workspaces = await registry.listWorkspaces();
    const keys = await registry.listKeys();
    if (options.json) {
      const listed = workspaces.map((workspace) => ({ ...workspace, keys: keys.filter((key) => key.workspaceId === workspace.id) }));
      process.stdout.write(JSON.stringify({ workspaces: listed }, null, 2) + '\n');
      return;
    }
    if (workspaces.length === 0) {
      process.stdout.write('No workspaces yet; create one with `parley workspace create ID`.\n');
      return;
    }
    for (const workspace of workspaces) {
      process.stdout.write(`${workspace.id}  ${workspace.name}  created ${workspace.createdAt}\n`);
      for (const key of keys.filter((candidate) => candidate.workspaceId === workspace.id)) {
        const state = key.revokedAt === null ? 'active' : `revoked ${key.revokedAt}`;
        process.stdout.write(`  ${key.keyId}  created ${key.createdAt}  ${state}\n`);
      }
    }
  });
}

function writeKey(key: IssuedKey): void {
  process.stdout.write(`API key ${key.keyId} (shown only now; store it safely):\n${key.secret}\n`);
}

async function withRegistry(
  options: WorkspaceStorageOptions,
  work: (registry: ServeRegistry, storage: ServeStorage) => Promise<void>,
): Promise<void> {
  const storage = parseServeStorage(options);
  const registry = await openRegistry(registryTarget(storage));
  try {
    await work(registry, storage);
  } finally {
    await registry.close();
  }
}
