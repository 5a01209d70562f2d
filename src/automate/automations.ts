/**
 * Automations of `parley serve`: after each ingest (and on each stall check)
 * the rules of the workspace are matched against the buyer's state shifts
 * (see triggers.ts for which shifts count and how a firing is keyed). Each
 * new firing is recorded with its task and its queued webhook in one
 * transaction of the workspace's automation store, before any webhook is
 * sent, so a shift fires a rule once, also across restarts.
 */
import { existsSync } from 'node:fs';
import type { Logger } from 'pino';
import { stableId } from '../core/ids.js';
import { workspaceSettings, type ServeConfig } from '../serve/config.js';
import type { Store } from '../store/store.js';
import type { StorageTarget } from '../store/target.js';
import type { AutomationStore, NewFiring, TaskFilter } from './automation-store.js';
import type { AutomationRule } from './config.js';
import { ATTEMPT_TIMEOUT_MS, DEFAULT_RETRY, DeliverySender, type RetryPolicy } from './delivery.js';
import { openAutomationStore } from './open-automation-store.js';
import { findStalledConversations } from './stall-check.js';
import { firingsOf, pendingShifts, taskReason, watermarkOf, type Firing, type Shift } from './triggers.js';
import type { Automations, ConversationUpdate, DeadLetter, FiringReport, Task } from './types.js';

export interface AutomationsOptions {
  config: ServeConfig;
  /** Storage target of a workspace's data, which also contains the automation tables. */
  targets: (workspaceId: string) => StorageTarget;
  /** The open store of a workspace's data, for the stall check. */
  stores: (workspaceId: string) => Promise<Store>;
  logger: Logger;
  /** HTTP client of the outbound webhooks, the global fetch when unset. */
  fetch?: typeof fetch;
  /** Clock of firings, task creation and due times, the system clock when unset. Delivery timing always uses the system clock. */
  clock?: () => Date;
  retry?: Partial<RetryPolicy>;
  /** Time limit of one delivery attempt in milliseconds, ATTEMPT_TIMEOUT_MS when unset. */
  timeoutMs?: number;
  /**
   * Milliseconds between stall checks, STALL_CHECK_INTERVAL_MS when unset. A
   * stall check fires a stall of a conversation with no recorded first
   * processing time only when the stall began within this interval.
   */
  stallCheckIntervalMs?: number;
  /**
   * Returns whether the registry contains the workspace. When set, the
   * delivery loop skips workspaces of the config that are not registered and
   * logs one warning for each. When unset, every workspace counts as registered.
   */
  isRegistered?: (workspaceId: string) => Promise<boolean>;
}

/** Default of `stallCheckIntervalMs`: the server's default of 15 minutes between stall checks. */
export const STALL_CHECK_INTERVAL_MS = 15 * 60_000;

/** `Automations` with the extras of this implementation. */
export interface ParleyAutomations extends Automations {
  /** Sets a task's status and returns false when the workspace has no task with the id. */
  setTaskStatus(workspaceId: string, taskId: string, status: Task['status']): Promise<boolean>;
  /**
   * Moves a dead letter back to the outbox with no attempts made, keeping its
   * delivery id, and wakes the sender. Returns false when the workspace has
   * no dead letter with the id.
   */
  retryDeadLetter(workspaceId: string, id: string): Promise<boolean>;
  /** Stops delivering and closes the automation stores. */
  close(): Promise<void>;
}

/** The body of an outbound webhook, as stored before each attempt adds `sentAt`. */
export interface AutomationPayload {
  id: string;
  type: 'parley.automation';
  rule: { id: string; trigger: AutomationRule['when']['type'] };
  workspaceId: string;
  conversationId: string;
  accountId: string | null;
  change: Shift & { keyMessageId: string };
  task: Task | null;
}

/** Creates the automations of every workspace in `options.config`. Call `start()` to send webhooks. */
export function createAutomations(options: AutomationsOptions): ParleyAutomations {
  const { config, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const opened = new Map<string, Promise<AutomationStore>>();
  /** Per workspace, the tail of its queue of firing operations, which run one at a time. */
  const queues = new Map<string, Promise<unknown>>();

  const storeOf = (workspaceId: string): Promise<AutomationStore> => {
    let store = opened.get(workspaceId);
    if (!store) {
      store = openAutomationStore(options.targets(workspaceId), logger);
      opened.set(workspaceId, store);
      store.catch(() => opened.delete(workspaceId));
    }
    return store;
  };

  const serially = <T>(workspaceId: string, work: () => Promise<T>): Promise<T> => {
    const result = (queues.get(workspaceId) ?? Promise.resolve()).then(work, work);
    queues.set(workspaceId, result.catch(() => undefined));
    return result;
  };

  const rulesOf = (workspaceId: string): AutomationRule[] => workspaceSettings(config, workspaceId).automations;

  const unregisteredWarned = new Set<string>();

  /**
   * Returns whether the delivery loop should open the automation store of a
   * workspace of the config: it must be registered, and a SQLite file must
   * exist, because its outbox is empty until the first firing creates it.
   */
  const hasOutbox = async (workspaceId: string): Promise<boolean> => {
    if (options.isRegistered && !(await options.isRegistered(workspaceId))) {
      if (!unregisteredWarned.has(workspaceId)) {
        unregisteredWarned.add(workspaceId);
        logger.warn(
          { workspaceId },
          'automations: the serve config names a workspace that is not registered, so its webhooks are not sent; create it with `parley workspace create`',
        );
      }
      return false;
    }
    const target = options.targets(workspaceId);
    return target.kind !== 'sqlite' || existsSync(target.path);
  };

  const sender = new DeliverySender({
    workspaces: async () => {
      const withWebhooks = Object.keys(config.workspaces).filter((id) => !opened.has(id) && rulesOf(id).some((rule) => rule.webhook));
      const ready: string[] = [];
      for (const id of withWebhooks) if (await hasOutbox(id)) ready.push(id);
      return [...opened.keys(), ...ready];
    },
    storeOf,
    secretOf: (workspaceId, ruleId) => rulesOf(workspaceId).find((rule) => rule.id === ruleId)?.webhook?.secret ?? null,
    logger,
    fetch: options.fetch ?? fetch,
    retry: { ...DEFAULT_RETRY, ...options.retry },
    timeoutMs: options.timeoutMs ?? ATTEMPT_TIMEOUT_MS,
  });

  /** Records the firings of one conversation and returns the tasks and deliveries that were new. */
  const record = async (
    workspaceId: string,
    accountId: string | null,
    firings: Firing[],
    watermark: Parameters<AutomationStore['recordFirings']>[1],
  ): Promise<FiringReport> => {
    const store = await storeOf(workspaceId);
    const now = clock();
    const recorded = await store.recordFirings(
      firings.map((firing) => newFiring(workspaceId, accountId, firing, now)),
      watermark,
    );
    for (const firing of recorded) {
      logger.info(
        { workspaceId, rule: firing.key.ruleId, conversationId: firing.key.conversationId, field: firing.key.field, messageId: firing.key.messageId },
        'automation fired',
      );
    }
    const tasks = recorded.flatMap((firing) => (firing.task ? [firing.task] : []));
    const webhooksQueued = recorded.filter((firing) => firing.delivery).length;
    if (webhooksQueued > 0) sender.wake();
    return { tasks, webhooksQueued };
  };

  const handleWorkspace = async (workspaceId: string, updates: ConversationUpdate[]): Promise<FiringReport> => {
    const rules = rulesOf(workspaceId);
    const report: FiringReport = { tasks: [], webhooksQueued: 0 };
    if (rules.length === 0) return report;
    const store = await storeOf(workspaceId);
    for (const update of updates) {
      const now = clock().getTime();
      const firstProcessedMs = (await store.recordFirstProcessed(update.conversationId, now)) ?? now;
      const previous = await store.loadWatermark(update.conversationId);
      const shifts = pendingShifts(update, previous).filter((shift) => !isHistoricStall(shift, firstProcessedMs));
      const firings = firingsOf(rules, update.conversationId, shifts);
      const next = watermarkOf(update, previous);
      const watermark = next ? { conversationId: update.conversationId, watermark: next } : null;
      const result = await record(workspaceId, update.accountId, firings, watermark);
      report.tasks.push(...result.tasks);
      report.webhooksQueued += result.webhooksQueued;
    }
    return report;
  };

  return {
    async handleUpdates(updates) {
      const byWorkspace = new Map<string, ConversationUpdate[]>();
      for (const update of updates) byWorkspace.set(update.workspaceId, [...(byWorkspace.get(update.workspaceId) ?? []), update]);
      const report: FiringReport = { tasks: [], webhooksQueued: 0 };
      for (const [workspaceId, list] of byWorkspace) {
        const result = await serially(workspaceId, () => handleWorkspace(workspaceId, list));
        report.tasks.push(...result.tasks);
        report.webhooksQueued += result.webhooksQueued;
      }
      return report;
    },

    async checkStalls(workspaceId, now) {
      const rules = rulesOf(workspaceId).filter((rule) => rule.when.type === 'stall');
      const report: FiringReport = { tasks: [], webhooksQueued: 0 };
      if (rules.length === 0) return report;
      const store = await storeOf(workspaceId);
      const intervalMs = options.stallCheckIntervalMs ?? STALL_CHECK_INTERVAL_MS;
      // A stall counts from the conversation's first processing, or, for a
      // conversation with no recorded time, from the previous check.
      const since = async (conversationId: string): Promise<Date> => {
        const firstProcessedMs = await store.recordFirstProcessed(conversationId, now.getTime());
        return new Date(firstProcessedMs ?? now.getTime() - intervalMs);
      };
      const findings = await findStalledConversations(await options.stores(workspaceId), now, since);
      return serially(workspaceId, async () => {
        for (const finding of findings) {
          const firings = firingsOf(rules, finding.conversationId, [finding.shift]);
          const result = await record(workspaceId, finding.accountId, firings, null);
          report.tasks.push(...result.tasks);
          report.webhooksQueued += result.webhooksQueued;
        }
        return report;
      });
    },

    async listTasks(workspaceId, filter?: TaskFilter) {
      return (await storeOf(workspaceId)).listTasks(workspaceId, filter);
    },

    async listDeadLetters(workspaceId): Promise<DeadLetter[]> {
      return (await storeOf(workspaceId)).listDeadLetters(workspaceId);
    },

    async setTaskStatus(workspaceId, taskId, status) {
      return (await storeOf(workspaceId)).setTaskStatus(taskId, status);
    },

    async retryDeadLetter(workspaceId, id) {
      const retried = await (await storeOf(workspaceId)).retryDeadLetter(id, Date.now());
      if (retried) {
        logger.info({ workspaceId, deliveryId: id }, 'outbound webhook moved from the dead-letter list back to the outbox');
        sender.wake();
      }
      return retried;
    },

    start() {
      logger.info('automations: outbound webhook delivery started');
      sender.start();
    },

    async stop() {
      await sender.stop();
      logger.info('automations: outbound webhook delivery stopped');
    },

    async close() {
      await sender.stop();
      await Promise.allSettled([...queues.values()]);
      const stores = await Promise.allSettled([...opened.values()]);
      opened.clear();
      for (const store of stores) if (store.status === 'fulfilled') await store.value.close();
    },
  };
}

/**
 * Returns whether a shift is a stall seen in history: one observed at a
 * message sent no later than the conversation's first processing, such as
 * in an imported old conversation.
 *
 * NOTE: a stall first observed at a later message (a seller follow-up after
 * a long silence) still fires, even when the silence crossed the threshold
 * before the first processing, because the shift does not carry the threshold.
 */
function isHistoricStall(shift: Shift, firstProcessedMs: number): boolean {
  return shift.field === 'stalled' && Date.parse(shift.sentAt) <= firstProcessedMs;
}

/** Builds the record of one firing: its key, its task and its webhook body. */
function newFiring(workspaceId: string, accountId: string | null, firing: Firing, now: Date): NewFiring {
  const { rule, shift, conversationId, keyMessageId } = firing;
  const key = { ruleId: rule.id, conversationId, messageId: keyMessageId, field: shift.field };
  const keyParts = [workspaceId, key.ruleId, key.conversationId, key.messageId, key.field];
  const task: Task | null = rule.task
    ? {
        id: stableId('task', ...keyParts),
        workspaceId,
        conversationId,
        accountId,
        ruleId: rule.id,
        assignee: rule.task.assignee,
        dueAt: new Date(now.getTime() + rule.task.dueInMinutes * 60_000).toISOString(),
        reason: taskReason(firing),
        createdAt: now.toISOString(),
        status: 'open',
      }
    : null;
  let delivery: NewFiring['delivery'] = null;
  if (rule.webhook) {
    const id = stableId('dlv', ...keyParts);
    const payload: AutomationPayload = {
      id,
      type: 'parley.automation',
      rule: { id: rule.id, trigger: rule.when.type },
      workspaceId,
      conversationId,
      accountId,
      change: { ...shift, keyMessageId },
      task,
    };
    delivery = { id, ruleId: rule.id, url: rule.webhook.url, payload: JSON.stringify(payload), createdAt: Date.now() };
  }
  return { key, firedAt: now.toISOString(), task, taskTitle: rule.task?.title ?? null, delivery };
}
