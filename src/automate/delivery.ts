/**
 * Outbound webhook delivery: signs each queued body with the rule's secret,
 * POSTs it, and retries failures with exponential backoff and jitter until
 * the attempts run out, then moves the delivery to the dead-letter list.
 *
 * Signature: `X-Parley-Signature: sha256=<hex>` is HMAC-SHA256, keyed with
 * the rule's secret, of `<X-Parley-Timestamp>.<body>`, where the timestamp
 * is Unix seconds of the attempt. `X-Parley-Delivery` is the outbox id,
 * the same on every attempt, so a receiver can drop repeats.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Logger } from 'pino';
import { errorMessage } from '../core/errors.js';
import type { AutomationStore, QueuedDelivery } from './automation-store.js';

/** Backoff of failed deliveries. */
export interface RetryPolicy {
  /** Delay before the second attempt, in milliseconds. Each later delay doubles. */
  baseMs: number;
  /** Attempts before a delivery moves to the dead-letter list. */
  maxAttempts: number;
  /** Cap on one delay, in milliseconds. */
  maxDelayMs: number;
}

/**
 * Defaults: 6 attempts over about a minute (2, 4, 8, 16 and 32 s before
 * jitter). NOTE: chosen as a reasonable default, not tuned against real receivers.
 */
export const DEFAULT_RETRY: RetryPolicy = { baseMs: 2_000, maxAttempts: 6, maxDelayMs: 10 * 60_000 };

/** Time limit of one attempt, in milliseconds. */
export const ATTEMPT_TIMEOUT_MS = 10_000;

/** Deliveries attempted at the same time, over all workspaces. */
const MAX_IN_FLIGHT = 8;

/** Wait before scanning again after an outbox could not be read (a database restart), in milliseconds. */
const RESCAN_AFTER_ERROR_MS = 5_000;

/**
 * Returns the delay after attempt number `attempt` (1-based) failed:
 * min(maxDelayMs, baseMs × 2^(attempt − 1)), of which a random half is
 * dropped ("equal jitter"), so receivers that fail together are not retried
 * in lockstep.
 */
export function backoffDelayMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}

/** Returns the `X-Parley-Signature` value of a body sent at `timestamp` (Unix seconds). */
export function signBody(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Checks an `X-Parley-Signature` value in constant time, as a receiver would. */
export function verifySignature(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signBody(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Returns the body of one attempt: the stored payload with `sentAt` set to the attempt's time. */
export function bodyOfAttempt(payload: string, sentAt: Date): string {
  const fields = JSON.parse(payload) as Record<string, unknown>;
  return JSON.stringify({ ...fields, sentAt: sentAt.toISOString() });
}

export interface DeliverySenderOptions {
  /** Workspaces whose outboxes the sender scans. */
  workspaces: () => Promise<string[]>;
  storeOf: (workspaceId: string) => Promise<AutomationStore>;
  /** The webhook secret of a rule, or null when the serve config no longer gives the rule a webhook. */
  secretOf: (workspaceId: string, ruleId: string) => string | null;
  logger: Logger;
  fetch: typeof fetch;
  retry: RetryPolicy;
  timeoutMs: number;
}

/**
 * Background sender of the outboxes. It claims due deliveries, sends them
 * (at most MAX_IN_FLIGHT at a time) and sleeps until the next one is due or
 * `wake` is called. Claims are leases in the store, so a delivery whose
 * attempt was cut off by a crash is retried once its lease ends.
 */
export class DeliverySender {
  private running = false;
  private timer: NodeJS.Timeout | null = null;
  private pumping: Promise<void> | null = null;
  private pumpAgain = false;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly options: DeliverySenderOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.wake();
  }

  /** Scans the outboxes now, such as after new deliveries were queued. */
  wake(): void {
    if (!this.running) return;
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.clearTimer();
    this.pumping = this.pump().finally(() => {
      this.pumping = null;
      if (this.pumpAgain) {
        this.pumpAgain = false;
        this.wake();
      }
    });
  }

  /** Stops claiming deliveries and waits for the attempts in flight. */
  async stop(): Promise<void> {
    this.running = false;
    this.clearTimer();
    await this.pumping;
    await Promise.allSettled([...this.inFlight]);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async pump(): Promise<void> {
    const { logger } = this.options;
    let nextDue: number | null = null;
    const rescanAt = (time: number): void => {
      if (nextDue === null || time < nextDue) nextDue = time;
    };
    let workspaces: string[];
    try {
      workspaces = await this.options.workspaces();
    } catch (error) {
      logger.error({ err: error, retryInMs: RESCAN_AFTER_ERROR_MS }, 'outbound webhooks: failed to list the workspaces, scanning again later');
      workspaces = [];
      rescanAt(Date.now() + RESCAN_AFTER_ERROR_MS);
    }
    for (const workspaceId of workspaces) {
      if (!this.running) return;
      try {
        const store = await this.options.storeOf(workspaceId);
        const free = MAX_IN_FLIGHT - this.inFlight.size;
        if (free > 0) {
          const claimed = await store.claimDueDeliveries(Date.now(), this.options.timeoutMs + 5_000, free);
          for (const delivery of claimed) this.track(this.attempt(workspaceId, store, delivery));
        }
        const due = await store.nextDueAt();
        if (due !== null) rescanAt(due);
      } catch (error) {
        logger.error({ err: error, workspaceId, retryInMs: RESCAN_AFTER_ERROR_MS }, 'outbound webhooks: failed to read the outbox, scanning again later');
        rescanAt(Date.now() + RESCAN_AFTER_ERROR_MS);
      }
    }
    if (this.running && nextDue !== null && this.inFlight.size < MAX_IN_FLIGHT) {
      this.timer = setTimeout(() => this.wake(), Math.max(0, nextDue - Date.now()));
      this.timer.unref();
    }
  }

  private track(attempt: Promise<void>): void {
    this.inFlight.add(attempt);
    void attempt.finally(() => {
      this.inFlight.delete(attempt);
      this.wake();
    });
  }

  private async attempt(workspaceId: string, store: AutomationStore, delivery: QueuedDelivery): Promise<void> {
    const { logger, retry } = this.options;
    const attempt = delivery.attempts + 1;
    const ids = { workspaceId, rule: delivery.ruleId, deliveryId: delivery.id, attempt };
    const sentAt = new Date();
    const body = bodyOfAttempt(delivery.payload, sentAt);
    try {
      const secret = this.options.secretOf(workspaceId, delivery.ruleId);
      const error = secret === null ? `rule "${delivery.ruleId}" has no webhook in the serve config` : await this.post(delivery, body, secret, sentAt);
      if (error === null) {
        await store.markDelivered(delivery.id, attempt, Date.now());
        logger.info(ids, 'outbound webhook delivered');
        return;
      }
      logger.warn({ ...ids, err: error }, 'outbound webhook attempt failed');
      if (secret === null || attempt >= retry.maxAttempts) {
        await store.moveToDeadLetters(delivery.id, attempt, body, error, Date.now());
        logger.error({ ...ids, err: error }, 'outbound webhook moved to the dead-letter list');
        return;
      }
      await store.scheduleRetry(delivery.id, attempt, Date.now() + backoffDelayMs(attempt, retry), error);
    } catch (error) {
      logger.error({ ...ids, err: error }, 'outbound webhooks: failed to record the attempt, so it is retried when its lease ends');
    }
  }

  /** POSTs one attempt and returns null on a 2xx response, else the error. */
  private async post(delivery: QueuedDelivery, body: string, secret: string, sentAt: Date): Promise<string | null> {
    const timestamp = String(Math.floor(sentAt.getTime() / 1000));
    try {
      const response = await this.options.fetch(delivery.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'parley-automations',
          'x-parley-signature': signBody(secret, timestamp, body),
          'x-parley-timestamp': timestamp,
          'x-parley-delivery': delivery.id,
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      await response.body?.cancel().catch(() => undefined);
      if (response.status >= 200 && response.status < 300) return null;
      return `HTTP ${response.status} from ${delivery.url}`;
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause;
      const detail = cause === undefined ? '' : ` (${errorMessage(cause)})`;
      return `POST ${delivery.url} failed: ${errorMessage(error)}${detail}`;
    }
  }
}
