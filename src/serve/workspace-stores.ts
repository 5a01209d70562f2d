/** One open `Store` per workspace, opened on first use and kept open until the server stops. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { StorageError, errorMessage } from '../core/errors.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { workspaceTarget, type ServeStorage } from './storage-layout.js';

export class WorkspaceStores {
  /** Pending or open stores by workspace id; a failed open is removed so the next request tries again. */
  private readonly stores = new Map<string, Promise<Store>>();
  private closed = false;

  constructor(
    readonly storage: ServeStorage,
    private readonly logger?: Logger,
  ) {}

  /** Returns the store of a workspace, opened (and created and migrated when new) on the first call. */
  get(workspaceId: string): Promise<Store> {
    if (this.closed) return Promise.reject(new StorageError(`workspace stores are closed; cannot open ${workspaceId}`));
    let store = this.stores.get(workspaceId);
    if (!store) {
      store = this.open(workspaceId);
      this.stores.set(workspaceId, store);
      store.catch(() => this.stores.delete(workspaceId));
    }
    return store;
  }

  /** Closes every open store; later `get` calls reject. */
  async closeAll(): Promise<void> {
    this.closed = true;
    const pending = [...this.stores.entries()];
    this.stores.clear();
    await Promise.all(
      pending.map(async ([workspaceId, opening]) => {
        try {
          await (await opening).close();
        } catch (error) {
          this.logger?.error({ err: error, workspaceId }, 'failed to close the workspace store');
        }
      }),
    );
  }

  private async open(workspaceId: string): Promise<Store> {
    const target = workspaceTarget(this.storage, workspaceId);
    if (target.kind === 'sqlite') mkdirSync(path.dirname(target.path), { recursive: true });
    try {
      const store = await openStore(target);
      this.logger?.info({ workspaceId, storage: target.kind }, 'opened workspace store');
      return store;
    } catch (error) {
      this.logger?.error({ err: error, workspaceId }, 'failed to open the workspace store');
      throw error instanceof StorageError ? error : new StorageError(`cannot open the store of workspace ${workspaceId}: ${errorMessage(error)}`, { cause: error });
    }
  }
}
