/** `parley serve`: runs the HTTP API until SIGINT or SIGTERM. */
import type { Logger } from 'pino';
import { createAutomations } from '../automate/automations.js';
import { buildServer } from '../serve/app.js';
import { EMPTY_SERVE_CONFIG, loadServeConfig } from '../serve/config.js';
import { openRegistry } from '../serve/registry.js';
import { parseServeStorage, registryTarget, workspaceTarget } from '../serve/storage-layout.js';
import { WorkspaceStores } from '../serve/workspace-stores.js';

export interface ServeCommandOptions {
  data?: string;
  db?: string;
  config?: string;
  host: string;
  port: number;
  /** Maximum request body in bytes; the server's default when unset. */
  bodyLimit?: number;
}

/**
 * Starts the server and prints `listening on http://HOST:PORT` to stdout
 * once it accepts connections (with `--port 0`, the port the system chose).
 * Resolves after a SIGINT or SIGTERM has shut it down: the server stops
 * accepting connections, completes the requests in flight (their ingests
 * included), stops the automations and closes every store.
 */
export async function serveCommand(options: ServeCommandOptions, logger: Logger): Promise<void> {
  const storage = parseServeStorage(options);
  const config = options.config === undefined ? EMPTY_SERVE_CONFIG : loadServeConfig(options.config);
  const registry = await openRegistry(registryTarget(storage));
  const stores = new WorkspaceStores(storage, logger);
  const automations = createAutomations({
    config,
    targets: (workspaceId) => workspaceTarget(storage, workspaceId),
    stores: (workspaceId) => stores.get(workspaceId),
    isRegistered: async (workspaceId) => (await registry.listWorkspaces()).some((workspace) => workspace.id === workspaceId),
    logger,
  });
  const app = buildServer({
    registry,
    stores,
    config,
    logger,
    automations,
    ...(options.bodyLimit === undefined ? {} : { bodyLimit: options.bodyLimit }),
  });

  const registered = new Set((await registry.listWorkspaces()).map((workspace) => workspace.id));
  for (const id of Object.keys(config.workspaces).filter((id) => !registered.has(id))) {
    logger.warn({ workspaceId: id }, 'the serve config names a workspace that does not exist; create it with `parley workspace create`');
  }

  const stopped = waitForShutdown(logger, () => app.close());
  const address = await app.listen({ host: options.host, port: options.port });
  logger.info({ address, storage: storage.kind }, 'server started');
  process.stdout.write(`parley serve: listening on ${address}\n`);
  await stopped;
  logger.info('server stopped');
}

/** Resolves once the first SIGINT or SIGTERM has closed the server; a second signal exits at once. */
function waitForShutdown(logger: Logger, close: () => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    let closing = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (closing) {
        logger.warn({ signal }, 'second signal during shutdown; exiting without waiting');
        process.exit(1);
      }
      closing = true;
      logger.info({ signal }, 'shutting down: finishing requests in flight');
      close().then(
        () => {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
          resolve();
        },
        reject,
      );
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
