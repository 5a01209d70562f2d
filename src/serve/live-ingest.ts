/**
 * The live ingest of `parley serve`: stores incoming messages in their
 * workspace, analyzes every conversation they touch, stores the new state
 * and state history, and hands the updates to the automations, all before
 * the response to the caller's request is sent.
 */
import type { Logger } from 'pino';
import type { Automations, ConversationUpdate, Task } from '../automate/types.js';
import { InputError } from '../core/errors.js';
import type { IngestItem } from '../core/types.js';
import { runAnalysis, toTableRow } from '../pipeline/analyze-run.js';
import type { Store } from '../store/store.js';
import { workspaceSettings, type ServeConfig } from './config.js';
import type { IngestOutcome } from './context.js';
import { HttpError } from './http-errors.js';
import type { WorkspaceRegistry } from './types.js';
import type { WorkspaceStores } from './workspace-stores.js';

export interface LiveIngestOptions {
  registry: WorkspaceRegistry;
  stores: WorkspaceStores;
  config: ServeConfig;
  logger: Logger;
  automations?: Automations;
  /** Clock for the analysis's "now" (stalls, due times); the system clock when unset. */
  now?: () => Date;
}

type TouchedConversation = IngestOutcome['conversations'][number];

export class LiveIngest {
  /** Tail of each workspace's queue: ingests of one workspace run one at a time, in call order. */
  private readonly queues = new Map<string, Promise<void>>();
  /** Workspaces the registry confirmed. Workspaces are never deleted, so an id stays valid once confirmed. */
  private readonly known = new Set<string>();
  private closing = false;

  constructor(private readonly options: LiveIngestOptions) {}

  /** `ServeContext.ingest`: see there. */
  ingest(workspaceId: string, items: IngestItem[]): Promise<IngestOutcome> {
    return this.ingestStream(workspaceId, toAsync(items));
  }

  /** Like `ingest`, but reads the items as it goes, so a large uploaded file is never held in memory. */
  ingestStream(workspaceId: string, items: AsyncIterable<IngestItem>): Promise<IngestOutcome> {
    if (this.closing) return Promise.reject(new HttpError(503, 'shutting_down', 'the server is shutting down; send the request again later'));
    const previous = this.queues.get(workspaceId) ?? Promise.resolve();
    const run = previous.then(() => this.run(workspaceId, items));
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(workspaceId, tail);
    void tail.then(() => {
      if (this.queues.get(workspaceId) === tail) this.queues.delete(workspaceId);
    });
    return run;
  }

  /** Rejects new ingests and waits until every queued one has finished. */
  async close(): Promise<void> {
    this.closing = true;
    while (this.queues.size > 0) await Promise.all(this.queues.values());
  }

  private async run(workspaceId: string, items: AsyncIterable<IngestItem>): Promise<IngestOutcome> {
    await this.checkWorkspace(workspaceId);
    const store = await this.options.stores.get(workspaceId);
    const logger = this.options.logger.child({ workspaceId });
    const started = performance.now();
    const report = await runAnalysis(items, {
      store,
      config: workspaceSettings(this.options.config, workspaceId).seller,
      asOf: this.options.now?.() ?? new Date(),
      logger,
      keepConversation: toTableRow,
    });
    const conversations: TouchedConversation[] = [];
    for await (const { id, accountId, stage, stalled, winProbability } of report.results.conversations()) {
      conversations.push({ id, accountId, stage, stalled, winProbability });
    }
    const quarantined: IngestOutcome['quarantined'] = [];
    for await (const entry of report.results.quarantine()) quarantined.push(entry);
    const tasks = await this.fireAutomations(workspaceId, store, conversations);
    const { stored, duplicate, updated } = report.summary;
    logger.info(
      { stored, duplicate, updated, quarantined: quarantined.length, conversations: conversations.length, tasks: tasks.length, ms: Math.round(performance.now() - started) },
      'ingested messages',
    );
    return { stored, duplicate, updated, quarantined, conversations, tasks };
  }

  /** Builds one update per touched conversation from its stored state and history, and fires the automations on them. */
  private async fireAutomations(workspaceId: string, store: Store, conversations: TouchedConversation[]): Promise<Task[]> {
    const { automations } = this.options;
    if (!automations || conversations.length === 0) return [];
    const accountOf = new Map(conversations.map((conversation) => [conversation.id, conversation.accountId]));
    const analyses = await store.loadConversationAnalyses([...accountOf.keys()]);
    const updates: ConversationUpdate[] = [];
    for (const analysis of analyses) {
      const history = await store.loadStateHistory(analysis.id);
      const accountId = accountOf.get(analysis.id) ?? null;
      updates.push({ workspaceId, conversationId: analysis.id, accountId, analysis: { ...analysis, accountId }, changes: history?.changes ?? [] });
    }
    const report = await automations.handleUpdates(updates);
    return report.tasks;
  }

  private async checkWorkspace(workspaceId: string): Promise<void> {
    if (this.known.has(workspaceId)) return;
    const workspaces = await this.options.registry.listWorkspaces();
    for (const workspace of workspaces) this.known.add(workspace.id);
    if (!this.known.has(workspaceId)) throw new InputError(workspaceId, 'no workspace with this id');
  }
}

async function* toAsync<T>(items: Iterable<T>): AsyncIterable<T> {
  yield* items;
}
