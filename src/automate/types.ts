/**
 * Contract between the server and the automations: after each ingest the
 * server hands over the state of every conversation the ingest touched, and
 * the automations decide which triggers fire, create tasks and queue signed
 * outbound webhooks.
 */
import type { ConversationAnalysis, StateChange } from '../core/types.js';

/** One conversation after an ingest: its state now and its whole state history. */
export interface ConversationUpdate {
  workspaceId: string;
  conversationId: string;
  accountId: string | null;
  /** State as of the latest message (what queries show). */
  analysis: ConversationAnalysis;
  /** Every change of the buyer's state, oldest first, each naming the message that caused it. */
  changes: StateChange[];
}

/** A task an automation created for a seller. */
export interface Task {
  id: string;
  workspaceId: string;
  conversationId: string;
  accountId: string | null;
  /** Automation rule that created it. */
  ruleId: string;
  assignee: string;
  /** ISO 8601 UTC. */
  dueAt: string;
  /** Why: the trigger and the state change with its evidence. */
  reason: string;
  createdAt: string;
  status: 'open' | 'done';
}

/** Tasks and webhooks that one ingest's updates fired. */
export interface FiringReport {
  tasks: Task[];
  /** Outbound webhook deliveries queued (sent in the background, retried with backoff). */
  webhooksQueued: number;
}

/** Automations of all workspaces, as the server uses them. */
export interface Automations {
  /** Fires the triggers of the updates' workspace. A stored firing key makes each state shift fire a rule at most once, also across restarts. */
  handleUpdates(updates: ConversationUpdate[]): Promise<FiringReport>;
  /** Checks stored conversations for stalls as of `now` and fires stall triggers not yet fired for the same stall. */
  checkStalls(workspaceId: string, now: Date): Promise<FiringReport>;
  listTasks(workspaceId: string, filter?: { status?: Task['status']; conversationId?: string }): Promise<Task[]>;
  /** Deliveries that failed every attempt, newest first. */
  listDeadLetters(workspaceId: string): Promise<DeadLetter[]>;
  /** Starts the background delivery of queued webhooks, including ones left queued before a restart. */
  start(): void;
  /** Stops delivering; in-flight attempts finish or are retried after the next start. */
  stop(): Promise<void>;
}

/** An outbound webhook that failed every attempt. */
export interface DeadLetter {
  id: string;
  workspaceId: string;
  url: string;
  /** The JSON body that was sent. */
  body: string;
  attempts: number;
  lastError: string;
  failedAt: string;
}
