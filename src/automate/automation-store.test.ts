import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../core/log.js';
import type { AutomationStore, NewFiring } from './automation-store.js';
import { openAutomationStore } from './open-automation-store.js';
import { TEST_PG_URL, dropSchema, uniqueSchema } from './test-builder.js';
import type { Task } from './types.js';

const schema = uniqueSchema('automation_store');
const dir = mkdtempSync(join(tmpdir(), 'parley-automation-store-'));
let sqliteFiles = 0;

afterAll(async () => {
  await dropSchema(schema);
  rmSync(dir, { recursive: true, force: true });
});

function task(id: string, conversationId: string, dueAt: string, status: Task['status'] = 'open'): Task {
  return {
    id,
    workspaceId: 'harbor',
    conversationId,
    accountId: null,
    ruleId: 'r1',
    assignee: 'mei',
    dueAt,
    reason: 'stage_change: stage evaluation → commitment',
    createdAt: '2026-03-12T09:00:00.000Z',
    status,
  };
}

function firing(messageId: string, options: { task?: Task; delivery?: string; conversationId?: string } = {}): NewFiring {
  const conversationId = options.conversationId ?? 'c1';
  return {
    key: { ruleId: 'r1', conversationId, messageId, field: 'stage' },
    firedAt: '2026-03-12T09:00:00.000Z',
    task: options.task ?? null,
    taskTitle: null,
    delivery: options.delivery
      ? { id: options.delivery, ruleId: 'r1', url: 'http://127.0.0.1:9/hook', payload: '{"id":"x"}', createdAt: 1_000 }
      : null,
  };
}

let sqlitePath = '';

/** Per backend: open the storage of a new test (`fresh`) or the same storage again (`reopen`). */
const backends: [string, { fresh: () => Promise<AutomationStore>; reopen: () => Promise<AutomationStore> }][] = [
  [
    'sqlite',
    {
      fresh: () => {
        sqlitePath = join(dir, `ws-${sqliteFiles++}.db`);
        return openAutomationStore({ kind: 'sqlite', path: sqlitePath }, silentLogger);
      },
      reopen: () => openAutomationStore({ kind: 'sqlite', path: sqlitePath }, silentLogger),
    },
  ],
  [
    'postgres',
    {
      fresh: () => openAutomationStore({ kind: 'postgres', url: TEST_PG_URL, schema }, silentLogger),
      reopen: () => openAutomationStore({ kind: 'postgres', url: TEST_PG_URL, schema }, silentLogger),
    },
  ],
];

describe('SQLite automation store folder', () => {
  it('creates a missing parent folder', async () => {
    const path = join(dir, 'fresh-data', 'workspaces', 'harbor.db');
    const store = await openAutomationStore({ kind: 'sqlite', path }, silentLogger);
    expect(existsSync(path)).toBe(true);
    await store.close();
  });
});

describe.each(backends)('automation store on %s', (kind, { fresh, reopen }) => {
  let store: AutomationStore;

  beforeEach(async () => {
    store = await fresh();
  });
  afterEach(async () => {
    await store.close();
    if (kind === 'postgres') await dropSchema(schema);
  });

  it('records a firing key once', async () => {
    const first = await store.recordFirings([firing('m1', { task: task('t1', 'c1', '2026-03-12T10:00:00.000Z'), delivery: 'd1' })], null);
    const again = await store.recordFirings([firing('m1', { task: task('t1b', 'c1', '2026-03-12T10:00:00.000Z'), delivery: 'd1b' })], null);
    expect(first).toHaveLength(1);
    expect(again).toHaveLength(0);
    expect((await store.listTasks('harbor')).map((t) => t.id)).toEqual(['t1']);
    expect(await store.countQueued()).toBe(1);
  });

  it('stores the watermark with the firings', async () => {
    expect(await store.loadWatermark('c1')).toBeNull();
    const watermark = { timeMs: 1_773_306_000_000, messageIds: ['w5', 'w5b'] };
    await store.recordFirings([], { conversationId: 'c1', watermark });
    expect(await store.loadWatermark('c1')).toEqual(watermark);
    await store.recordFirings([], { conversationId: 'c1', watermark: { timeMs: 1_773_306_000_001, messageIds: ['w6'] } });
    expect(await store.loadWatermark('c1')).toEqual({ timeMs: 1_773_306_000_001, messageIds: ['w6'] });
  });

  it('filters tasks by status and conversation', async () => {
    await store.recordFirings(
      [
        firing('m1', { task: task('t1', 'c1', '2026-03-12T11:00:00.000Z') }),
        firing('m2', { task: task('t2', 'c2', '2026-03-12T10:00:00.000Z'), conversationId: 'c2' }),
      ],
      null,
    );
    expect(await store.setTaskStatus('t2', 'done')).toBe(true);
    expect(await store.setTaskStatus('missing', 'done')).toBe(false);
    expect((await store.listTasks('harbor')).map((t) => t.id)).toEqual(['t2', 't1']);
    expect((await store.listTasks('harbor', { status: 'open' })).map((t) => t.id)).toEqual(['t1']);
    expect((await store.listTasks('harbor', { conversationId: 'c2' })).map((t) => t.status)).toEqual(['done']);
    expect((await store.listTasks('harbor', { status: 'open', conversationId: 'c2' })).length).toBe(0);
  });

  it('claims a due delivery until its lease ends', async () => {
    await store.recordFirings([firing('m1', { delivery: 'd1' })], null);
    const claimed = await store.claimDueDeliveries(2_000, 500, 10);
    expect(claimed).toEqual([{ id: 'd1', ruleId: 'r1', url: 'http://127.0.0.1:9/hook', payload: '{"id":"x"}', attempts: 0 }]);
    expect(await store.claimDueDeliveries(2_400, 500, 10)).toEqual([]);
    expect(await store.nextDueAt()).toBe(2_500);
    expect((await store.claimDueDeliveries(2_500, 500, 10)).map((d) => d.id)).toEqual(['d1']);
  });

  it('schedules retries and marks deliveries sent', async () => {
    await store.recordFirings([firing('m1', { delivery: 'd1' }), firing('m2', { delivery: 'd2' })], null);
    await store.scheduleRetry('d1', 1, 5_000, 'HTTP 500');
    expect((await store.claimDueDeliveries(4_999, 100, 10)).map((d) => d.id)).toEqual(['d2']);
    expect((await store.claimDueDeliveries(5_000, 100, 10)).map((d) => [d.id, d.attempts])).toEqual([['d1', 1]]);
    await store.markDelivered('d1', 2, 5_050);
    await store.markDelivered('d2', 1, 5_050);
    expect(await store.countQueued()).toBe(0);
    expect(await store.nextDueAt()).toBeNull();
  });

  it('moves a failed delivery to the dead letters', async () => {
    await store.recordFirings([firing('m1', { delivery: 'd1' }), firing('m2', { delivery: 'd2' })], null);
    await store.moveToDeadLetters('d1', 6, '{"id":"d1","sentAt":"x"}', 'HTTP 503', Date.parse('2026-03-12T10:00:00Z'));
    await store.moveToDeadLetters('d2', 6, '{"id":"d2"}', 'connection refused', Date.parse('2026-03-12T11:00:00Z'));
    expect(await store.countQueued()).toBe(0);
    expect(await store.listDeadLetters('harbor')).toEqual([
      { id: 'd2', workspaceId: 'harbor', url: 'http://127.0.0.1:9/hook', body: '{"id":"d2"}', attempts: 6, lastError: 'connection refused', failedAt: '2026-03-12T11:00:00.000Z' },
      { id: 'd1', workspaceId: 'harbor', url: 'http://127.0.0.1:9/hook', body: '{"id":"d1","sentAt":"x"}', attempts: 6, lastError: 'HTTP 503', failedAt: '2026-03-12T10:00:00.000Z' },
    ]);
  });

  it('moves a dead letter back to the outbox', async () => {
    await store.recordFirings([firing('m1', { delivery: 'd1' })], null);
    await store.claimDueDeliveries(2_000, 100, 10);
    await store.moveToDeadLetters('d1', 6, '{"id":"x","sentAt":"2026-03-12T10:00:00.000Z"}', 'HTTP 503', 3_000);
    expect(await store.retryDeadLetter('missing', 4_000)).toBe(false);
    expect(await store.retryDeadLetter('d1', 4_000)).toBe(true);
    expect(await store.listDeadLetters('harbor')).toEqual([]);
    expect(await store.nextDueAt()).toBe(4_000);
    const claimed = await store.claimDueDeliveries(4_000, 100, 10);
    expect(claimed).toEqual([{ id: 'd1', ruleId: 'r1', url: 'http://127.0.0.1:9/hook', payload: '{"id":"x"}', attempts: 0 }]);
    expect(await store.retryDeadLetter('d1', 5_000)).toBe(false);
  });

  it('records the first processing time once', async () => {
    expect(await store.recordFirstProcessed('c1', 1_000)).toBeNull();
    expect(await store.recordFirstProcessed('c1', 2_000)).toBe(1_000);
    expect(await store.recordFirstProcessed('c2', 3_000)).toBeNull();
  });

  it('keeps its records after reopening', async () => {
    await store.recordFirings([firing('m1', { task: task('t1', 'c1', '2026-03-12T10:00:00.000Z') })], null);
    await store.close();
    store = await reopen();
    expect(await store.recordFirings([firing('m1')], null)).toHaveLength(0);
    expect((await store.listTasks('harbor')).length).toBe(1);
  });
});
