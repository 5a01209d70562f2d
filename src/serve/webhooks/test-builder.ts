/**
 * Test server for the webhook routes: the plugin on a real Fastify instance
 * on 127.0.0.1, with an ingest that runs the batch pipeline (`runAnalysis`)
 * on one temporary SQLite store per workspace. Also builds Cloud API
 * payloads in Meta's documented shape.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Task } from '../../automate/types.js';
import { InputError } from '../../core/errors.js';
import { silentLogger } from '../../core/log.js';
import type { IngestItem } from '../../core/types.js';
import { collect, runAnalysis } from '../../pipeline/analyze-run.js';
import { SqliteStore } from '../../store/sqlite-store.js';
import { parseServeConfig, workspaceSettings, type ServeConfig } from '../config.js';
import type { IngestOutcome, ServeContext } from '../context.js';
import { HttpError } from '../http-errors.js';
import type { Workspace, WorkspaceRegistry } from '../types.js';
import { webhookRoutes, type WebhookRouteOptions } from './index.js';

export interface WebhookTestServer {
  /** Base URL, such as `http://127.0.0.1:40123`. */
  url: string;
  app: FastifyInstance;
  /** The store of a workspace, as the ingest writes it. */
  store(workspaceId: string): SqliteStore;
  /** Number of `context.ingest` calls so far. */
  ingestCalls(): number;
  close(): Promise<void>;
}

export interface WebhookTestOptions {
  /** The serve config file's content. */
  config: unknown;
  /** Workspaces the registry contains; all the config's workspaces when unset. */
  registered?: string[];
  replayWindowSeconds?: number;
  now?: () => Date;
  bodyLimit?: number;
  /** Returns the tasks of one ingest in place of the automations, from the conversations it touched. No tasks when unset. */
  tasksOf?: (workspaceId: string, conversations: IngestOutcome['conversations']) => Task[];
}

/** Starts the webhook routes on 127.0.0.1 port 0 with a real ingest. */
export async function startWebhookServer(options: WebhookTestOptions): Promise<WebhookTestServer> {
  const config = parseServeConfig(options.config, 'test config');
  const dir = mkdtempSync(join(tmpdir(), 'parley-webhooks-'));
  mkdirSync(join(dir, 'workspaces'));
  const registered = new Set(options.registered ?? Object.keys(config.workspaces));
  const stores = new Map<string, SqliteStore>();
  const storeOf = (workspaceId: string): SqliteStore => {
    let store = stores.get(workspaceId);
    if (store === undefined) {
      store = SqliteStore.open(join(dir, 'workspaces', `${workspaceId}.db`));
      stores.set(workspaceId, store);
    }
    return store;
  };
  let calls = 0;
  // Ingests run one at a time, as the server runs those of one workspace.
  let queue: Promise<unknown> = Promise.resolve();
  const context: ServeContext = {
    config,
    registry: staticRegistry([...registered]),
    logger: silentLogger,
    ingest: (workspaceId, items) => {
      calls += 1;
      const run = queue.then(async () => {
        const outcome = await ingestWithPipeline(config, registered, workspaceId, items, storeOf);
        return { ...outcome, tasks: options.tasksOf?.(workspaceId, outcome.conversations) ?? [] };
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };

  const app = Fastify({ logger: false, ...(options.bodyLimit === undefined ? {} : { bodyLimit: options.bodyLimit }) });
  const routeOptions: WebhookRouteOptions = { context };
  if (options.replayWindowSeconds !== undefined) routeOptions.replayWindowSeconds = options.replayWindowSeconds;
  if (options.now !== undefined) routeOptions.now = options.now;
  // The app's error handler sends HttpErrors in this shape; Fastify's default handler would drop `field`.
  app.setErrorHandler((error, _request, reply) => {
    if (!(error instanceof HttpError)) throw error;
    void reply.status(error.statusCode).send({ error: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) });
  });
  await app.register(webhookRoutes, routeOptions);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    app,
    store: storeOf,
    ingestCalls: () => calls,
    async close() {
      await app.close();
      for (const store of stores.values()) await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs one ingest through the batch pipeline. Throws InputError for a
 * workspace the registry lacks, as the server's ingest does. Automations are
 * not part of this harness, so `tasks` is empty; `tasksOf` can fill it.
 */
async function ingestWithPipeline(
  config: ServeConfig,
  registered: Set<string>,
  workspaceId: string,
  items: IngestItem[],
  storeOf: (workspaceId: string) => SqliteStore,
): Promise<IngestOutcome> {
  if (!registered.has(workspaceId)) throw new InputError('workspace', `workspace "${workspaceId}" not found`);
  const store = storeOf(workspaceId);
  const report = await runAnalysis(toAsync(items), {
    store,
    config: workspaceSettings(config, workspaceId).seller,
    asOf: new Date(),
    logger: silentLogger,
  });
  const conversations = (await collect(report.results.conversations())).map((analysis) => ({
    id: analysis.id,
    accountId: analysis.accountId,
    stage: analysis.stage,
    stalled: analysis.stalled,
    winProbability: analysis.winProbability,
  }));
  const { stored, duplicate, updated } = report.summary;
  return { stored, duplicate, updated, quarantined: await collect(report.results.quarantine()), conversations, tasks: [] };
}

async function* toAsync(items: IngestItem[]): AsyncGenerator<IngestItem> {
  yield* items;
}

/** Returns a registry with fixed workspaces and no keys; the routes under test read none of it. */
function staticRegistry(ids: string[]): WorkspaceRegistry {
  const workspaces: Workspace[] = ids.map((id) => ({ id, name: id, createdAt: '2026-01-01T00:00:00.000Z' }));
  const unsupported = (): never => {
    throw new Error('the webhook test registry has fixed workspaces and no keys');
  };
  return {
    createWorkspace: unsupported,
    issueKey: unsupported,
    revokeKey: unsupported,
    workspaceOfKey: async () => null,
    listWorkspaces: async () => workspaces,
    close: async () => undefined,
  };
}

/** The seller's business number in test payloads (a reserved 555-01xx number). */
export const BUSINESS_NUMBER = '15550100001';

/** Builds a Cloud API customer text message; `timestamp` is Unix seconds. */
export function cloudText(from: string, id: string, body: string, timestamp: number): Record<string, unknown> {
  return { from, id, timestamp: String(timestamp), type: 'text', text: { body } };
}

/** Builds a Cloud API status event for a message the business sent. */
export function cloudStatus(id: string, status: string, recipient: string, timestamp: number): Record<string, unknown> {
  const event: Record<string, unknown> = { id, status, timestamp: String(timestamp), recipient_id: recipient };
  if (status === 'failed') event['errors'] = [{ code: 131047, title: 'Re-engagement message' }];
  return event;
}

/** Builds one webhook payload with a single change whose value contains `value`'s contacts, messages or statuses. */
export function cloudPayload(value: Record<string, unknown>): Record<string, unknown> {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: BUSINESS_NUMBER, phone_number_id: '106540352242922' },
              ...value,
            },
          },
        ],
      },
    ],
  };
}

/** Builds an open task on a conversation, as an automation rule `ruleId` would create it. */
export function openTask(workspaceId: string, conversationId: string, ruleId: string): Task {
  return {
    id: `task-${ruleId}-${conversationId}`,
    workspaceId,
    conversationId,
    accountId: null,
    ruleId,
    assignee: 'seller@example.com',
    dueAt: '2026-05-04T10:30:00.000Z',
    reason: `rule "${ruleId}" fired`,
    createdAt: '2026-05-04T08:30:00.000Z',
    status: 'open',
  };
}
