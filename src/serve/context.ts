/** The server context that the route plugins of `parley serve` receive. */
import type { Logger } from 'pino';
import type { Task } from '../automate/types.js';
import type { IngestItem, Stage } from '../core/types.js';
import type { ServeConfig } from './config.js';
import type { WorkspaceRegistry } from './types.js';

/** Result of one ingest, after the buyer states are updated and automations have fired. */
export interface IngestOutcome {
  stored: number;
  duplicate: number;
  updated: number;
  quarantined: { source: string; reason: string }[];
  /** Conversations the ingest touched, with their state now. */
  conversations: { id: string; accountId: string | null; stage: Stage; stalled: boolean; winProbability: number }[];
  /** Tasks the automations created for this ingest. */
  tasks: Task[];
}

export interface ServeContext {
  config: ServeConfig;
  registry: WorkspaceRegistry;
  logger: Logger;
  /**
   * Stores the items in the workspace, analyzes the conversations they touch
   * and fires automations, all before it resolves. Ingests of one workspace
   * run one at a time. Throws InputError for an unknown workspace.
   */
  ingest(workspaceId: string, items: IngestItem[]): Promise<IngestOutcome>;
}
