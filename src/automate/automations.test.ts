import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { silentLogger } from '../core/log.js';
import { parseServeConfig, type ServeConfig } from '../serve/config.js';
import type { StorageTarget } from '../store/target.js';
import { createAutomations, type AutomationsOptions, type ParleyAutomations } from './automations.js';
import { verifySignature } from './delivery.js';
import { DEAL_ID, DealWorkspace, Receiver, TEST_PG_URL, dropSchema, uniqueSchema, waitFor } from './test-builder.js';
import type { ConversationUpdate } from './types.js';

const SECRET = 'whsec_test_0123456789abcdef';
const CLOCK = new Date('2026-03-12T09:30:00Z');

function configOf(url: string, extra: unknown[] = []): ServeConfig {
  return parseServeConfig(
    {
      workspaces: {
        harbor: {
          automations: [
            {
              id: 'commitment',
              when: { type: 'stage_change', to: ['commitment'] },
              task: { assignee: 'mei@harborlighting.example', dueInMinutes: 60, title: 'Send the proforma invoice' },
              webhook: { url, secret: SECRET },
            },
            ...extra,
          ],
        },
      },
    },
    'test config',
  );
}

/** Receives the deal up to w5 in two ingests: the second one moves the stage to commitment. */
async function commitmentUpdates(workspace: DealWorkspace): Promise<[ConversationUpdate, ConversationUpdate]> {
  return [await workspace.ingest(['w1', 'w2', 'w3']), await workspace.ingest(['w4', 'w5'])];
}

describe('automations with a local webhook receiver', () => {
  let workspace: DealWorkspace;
  let receiver: Receiver | undefined;
  let automations: ParleyAutomations | undefined;
  let updates: [ConversationUpdate, ConversationUpdate];

  const create = (url: string, overrides: Partial<AutomationsOptions> = {}): ParleyAutomations => {
    automations = createAutomations({
      config: configOf(url),
      targets: (): StorageTarget => ({ kind: 'sqlite', path: workspace.dbPath }),
      stores: async () => workspace.store,
      logger: silentLogger,
      clock: () => CLOCK,
      retry: { baseMs: 20, maxDelayMs: 100, maxAttempts: 3 },
      ...overrides,
    });
    return automations;
  };

  beforeEach(async () => {
    workspace = new DealWorkspace();
    updates = await commitmentUpdates(workspace);
  });
  afterEach(async () => {
    await automations?.close();
    await receiver?.close();
    await workspace.close();
    automations = undefined;
    receiver = undefined;
  });

  it('one shift makes one task and delivery', async () => {
    receiver = await Receiver.listen();
    const engine = create(receiver.url);
    engine.start();
    const before = await engine.handleUpdates([updates[0]]);
    const report = await engine.handleUpdates([updates[1]]);
    expect(before).toEqual({ tasks: [], webhooksQueued: 0 });
    expect(report.webhooksQueued).toBe(1);
    expect(report.tasks).toHaveLength(1);
    const [task] = report.tasks;
    expect(task).toMatchObject({ workspaceId: 'harbor', conversationId: DEAL_ID, ruleId: 'commitment', assignee: 'mei@harborlighting.example', status: 'open' });
    expect(task!.dueAt).toBe('2026-03-12T10:30:00.000Z');
    expect(task!.reason).toContain('Send the proforma invoice. stage_change: stage evaluation → commitment');
    expect(task!.reason).toContain('commitment.invoice_request "proforma"');

    await waitFor(() => receiver!.requests.length === 1);
    const [request] = receiver.requests;
    const timestamp = String(request!.headers['x-parley-timestamp']);
    expect(request!.method).toBe('POST');
    expect(verifySignature(SECRET, timestamp, request!.body, String(request!.headers['x-parley-signature']))).toBe(true);
    expect(verifySignature('whsec_wrong_secret_000000', timestamp, request!.body, String(request!.headers['x-parley-signature']))).toBe(false);
    const body = JSON.parse(request!.body);
    expect(body.id).toBe(request!.headers['x-parley-delivery']);
    expect(body).toMatchObject({ type: 'parley.automation', rule: { id: 'commitment', trigger: 'stage_change' }, workspaceId: 'harbor', conversationId: DEAL_ID });
    expect(body.change).toMatchObject({ field: 'stage', from: 'evaluation', to: 'commitment', messageId: 'w5' });
    expect(body.task.id).toBe(task!.id);
    expect(Date.parse(body.sentAt)).not.toBeNaN();

    const replay = await engine.handleUpdates([updates[1]]);
    expect(replay).toEqual({ tasks: [], webhooksQueued: 0 });
    expect(await engine.listTasks('harbor')).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receiver.requests).toHaveLength(1);
  });

  it('delivers on third attempt, same id', async () => {
    receiver = await Receiver.listen((count) => (count <= 2 ? 503 : 200));
    const engine = create(receiver.url);
    engine.start();
    await engine.handleUpdates(updates);
    await waitFor(() => receiver!.requests.length === 3);
    const ids = receiver.requests.map((request) => request.headers['x-parley-delivery']);
    expect(new Set(ids).size).toBe(1);
    for (const request of receiver.requests) {
      const valid = verifySignature(SECRET, String(request.headers['x-parley-timestamp']), request.body, String(request.headers['x-parley-signature']));
      expect(valid).toBe(true);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(receiver.requests).toHaveLength(3);
    expect(await engine.listDeadLetters('harbor')).toEqual([]);
  });

  it('dead-letters after the last attempt', async () => {
    receiver = await Receiver.listen(() => 500);
    const engine = create(receiver.url);
    engine.start();
    await engine.handleUpdates(updates);
    await waitFor(async () => (await engine.listDeadLetters('harbor')).length === 1);
    const [letter] = await engine.listDeadLetters('harbor');
    expect(receiver.requests).toHaveLength(3);
    expect(letter!.attempts).toBe(3);
    expect(letter!.lastError).toBe(`HTTP 500 from ${receiver.url}`);
    expect(letter!.id).toBe(receiver.requests[0]!.headers['x-parley-delivery']);
    expect(letter!.body).toBe(receiver.requests[2]!.body);
  });

  it('re-sends a dead letter on retry', async () => {
    receiver = await Receiver.listen((count) => (count <= 3 ? 500 : 200));
    const engine = create(receiver.url);
    engine.start();
    await engine.handleUpdates(updates);
    await waitFor(async () => (await engine.listDeadLetters('harbor')).length === 1);
    const [letter] = await engine.listDeadLetters('harbor');
    expect(await engine.retryDeadLetter('harbor', 'dlv_missing')).toBe(false);
    expect(await engine.retryDeadLetter('harbor', letter!.id)).toBe(true);
    await waitFor(() => receiver!.requests.length === 4);
    expect(receiver.requests[3]!.headers['x-parley-delivery']).toBe(letter!.id);
    expect(await engine.listDeadLetters('harbor')).toEqual([]);
    expect(await engine.retryDeadLetter('harbor', letter!.id)).toBe(false);
  });

  it('dead-letters a refused connection', async () => {
    receiver = await Receiver.listen();
    const url = receiver.url;
    await receiver.close();
    receiver = undefined;
    const engine = create(url);
    engine.start();
    await engine.handleUpdates(updates);
    await waitFor(async () => (await engine.listDeadLetters('harbor')).length === 1);
    const [letter] = await engine.listDeadLetters('harbor');
    expect(letter!.lastError).toContain(`POST ${url} failed`);
  });

  it('times out a silent receiver', async () => {
    receiver = await Receiver.listen();
    const hanging = await import('node:http').then(({ createServer }) => createServer(() => undefined));
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const port = (hanging.address() as { port: number }).port;
    const engine = create(`http://127.0.0.1:${port}/slow`, { timeoutMs: 50, retry: { baseMs: 10, maxDelayMs: 10, maxAttempts: 2 } });
    engine.start();
    await engine.handleUpdates(updates);
    await waitFor(async () => (await engine.listDeadLetters('harbor')).length === 1);
    const [letter] = await engine.listDeadLetters('harbor');
    expect(letter!.lastError).toContain('timeout');
    hanging.closeAllConnections();
    await new Promise<void>((resolve) => hanging.close(() => resolve()));
  });

  it('resumes the queue after restart', async () => {
    receiver = await Receiver.listen();
    const first = create(receiver.url);
    const report = await first.handleUpdates(updates);
    expect(report.webhooksQueued).toBe(1);
    await first.close();
    expect(receiver.requests).toHaveLength(0);

    const second = create(receiver.url);
    second.start();
    await waitFor(() => receiver!.requests.length === 1);
    const replay = await second.handleUpdates([await workspace.ingest(['w1', 'w2', 'w3', 'w4', 'w5'])]);
    expect(replay).toEqual({ tasks: [], webhooksQueued: 0 });
    expect(await second.listTasks('harbor')).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receiver.requests).toHaveLength(1);
  });

  it('stop waits for attempts in flight', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const calls: string[] = [];
    const slowFetch: typeof fetch = async (input) => {
      calls.push(String(input));
      await gate;
      return new Response('ok', { status: 200 });
    };
    const engine = create('http://127.0.0.1:9/hook', { fetch: slowFetch });
    engine.start();
    await engine.handleUpdates(updates);
    await waitFor(() => calls.length === 1);
    let stopped = false;
    const stopping = engine.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(stopped).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('logs each failed attempt', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    receiver = await Receiver.listen((count) => (count === 1 ? 502 : 200));
    const engine = create(receiver.url, { logger });
    engine.start();
    await engine.handleUpdates(updates);
    await waitFor(() => receiver!.requests.length === 2);
    const failed = lines.filter((line) => line.msg === 'outbound webhook attempt failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ rule: 'commitment', attempt: 1, workspaceId: 'harbor', deliveryId: receiver.requests[0]!.headers['x-parley-delivery'] });
    expect(JSON.stringify(lines)).not.toContain(SECRET);
  });
});

describe('stall check', () => {
  let workspace: DealWorkspace;
  let automations: ParleyAutomations;

  beforeAll(async () => {
    workspace = new DealWorkspace();
    const config = parseServeConfig(
      { workspaces: { harbor: { automations: [{ id: 'stalled', when: { type: 'stall' }, task: { assignee: 'mei', dueInMinutes: 30 } }] } } },
      'test config',
    );
    automations = createAutomations({
      config,
      targets: () => ({ kind: 'sqlite', path: workspace.dbPath }),
      stores: async () => workspace.store,
      logger: silentLogger,
      clock: () => CLOCK,
    });
  });
  afterAll(async () => {
    await automations.close();
    await workspace.close();
  });

  it('fires once per stall', async () => {
    const live = await automations.handleUpdates([await workspace.ingest(['w1', 'w2', 'w3', 'w4', 'w5'])]);
    expect(live.tasks).toHaveLength(0);
    const early = await automations.checkStalls('harbor', new Date('2026-03-13T09:00:00Z'));
    expect(early.tasks).toHaveLength(0);

    const late = await automations.checkStalls('harbor', new Date('2026-03-16T09:00:00Z'));
    expect(late.tasks).toHaveLength(1);
    expect(late.tasks[0]!.reason).toContain('stall: stalled false → true. Evidence: stall.silence');
    const again = await automations.checkStalls('harbor', new Date('2026-03-17T09:00:00Z'));
    expect(again.tasks).toHaveLength(0);

    const followUp = await workspace.ingest(['w6']);
    expect(followUp.changes.some((change) => change.field === 'stalled' && change.messageId === 'w6')).toBe(true);
    const afterFollowUp = await automations.handleUpdates([followUp]);
    expect(afterFollowUp.tasks).toHaveLength(0);
    expect(await automations.listTasks('harbor', { status: 'open' })).toHaveLength(1);
  });
});

describe('stall check of imported history', () => {
  const rules = { workspaces: { harbor: { automations: [{ id: 'stalled', when: { type: 'stall' }, task: { assignee: 'mei', dueInMinutes: 30 } }] } } };
  let workspace: DealWorkspace;
  let automations: ParleyAutomations;

  beforeEach(() => {
    workspace = new DealWorkspace();
  });
  afterEach(async () => {
    await automations.close();
    await workspace.close();
  });

  const create = (clock: Date): ParleyAutomations =>
    createAutomations({
      config: parseServeConfig(rules, 'test config'),
      targets: () => ({ kind: 'sqlite', path: workspace.dbPath }),
      stores: async () => workspace.store,
      logger: silentLogger,
      clock: () => clock,
    });

  it('imported old stall fires nothing', async () => {
    const importedAt = new Date('2026-06-01T09:00:00Z');
    automations = create(importedAt);
    const imported = await workspace.ingest(['w1', 'w2', 'w3', 'w4', 'w5', 'w6']);
    expect(imported.changes.some((change) => change.field === 'stalled' && change.to === true)).toBe(true);
    expect((await automations.handleUpdates([imported])).tasks).toHaveLength(0);
    const check = await automations.checkStalls('harbor', new Date(importedAt.getTime() + 15 * 60_000));
    expect(check.tasks).toHaveLength(0);
    expect(await automations.listTasks('harbor')).toHaveLength(0);
  });

  it('unrecorded stall fires only within the interval', async () => {
    // The deal reaches the store but never the automations, as with a conversation processed before first processing times were recorded.
    await workspace.ingest(['w1', 'w2', 'w3', 'w4', 'w5']);
    automations = create(CLOCK);
    expect((await automations.checkStalls('harbor', new Date('2026-03-16T09:00:00Z'))).tasks).toHaveLength(0);
    await automations.close();

    await workspace.close();
    workspace = new DealWorkspace();
    await workspace.ingest(['w1', 'w2', 'w3', 'w4', 'w5']);
    automations = createAutomations({
      config: parseServeConfig(rules, 'test config'),
      targets: () => ({ kind: 'sqlite', path: workspace.dbPath }),
      stores: async () => workspace.store,
      logger: silentLogger,
      clock: () => CLOCK,
      stallCheckIntervalMs: 4 * 24 * 60 * 60_000,
    });
    expect((await automations.checkStalls('harbor', new Date('2026-03-16T09:00:00Z'))).tasks).toHaveLength(1);
  });
});

describe('delivery loop without storage', () => {
  let dir: string;
  let automations: ParleyAutomations | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-automations-'));
  });
  afterEach(async () => {
    await automations?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('skips missing and unregistered workspaces', async () => {
    const lines: { level: number; msg: string; workspaceId?: string }[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const hook = { url: 'http://127.0.0.1:9/hook', secret: SECRET };
    const rule = { id: 'hook', when: { type: 'stall' }, webhook: hook };
    const config = parseServeConfig({ workspaces: { harbor: { automations: [rule] }, ghost: { automations: [rule] } } }, 'test config');
    automations = createAutomations({
      config,
      targets: (id): StorageTarget => ({ kind: 'sqlite', path: join(dir, 'workspaces', `${id}.db`) }),
      stores: async () => {
        throw new Error('the delivery loop must not open workspace data');
      },
      logger,
      isRegistered: async (id) => id === 'harbor',
      retry: { baseMs: 20, maxDelayMs: 100 },
    });
    automations.start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    automations.start();
    await automations.stop();
    automations.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    const warnings = lines.filter((line) => line.level === 40);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.workspaceId).toBe('ghost');
    expect(existsSync(join(dir, 'workspaces'))).toBe(false);
  });
});

describe('automations on PostgreSQL', () => {
  const schema = uniqueSchema('automations');
  let workspace: DealWorkspace;
  let receiver: Receiver;

  beforeAll(async () => {
    workspace = new DealWorkspace();
    receiver = await Receiver.listen();
  });
  afterAll(async () => {
    await receiver.close();
    await workspace.close();
    await dropSchema(schema);
  });

  it('fires once across a restart', async () => {
    const options = {
      config: configOf(receiver.url),
      targets: (): StorageTarget => ({ kind: 'postgres', url: TEST_PG_URL, schema }),
      stores: async () => workspace.store,
      logger: silentLogger,
      retry: { baseMs: 20, maxDelayMs: 100 },
    };
    const updates = await commitmentUpdates(workspace);
    const first = createAutomations(options);
    expect((await first.handleUpdates(updates)).tasks).toHaveLength(1);
    await first.close();

    const second = createAutomations(options);
    second.start();
    await waitFor(() => receiver.requests.length === 1);
    expect(await second.handleUpdates(updates)).toEqual({ tasks: [], webhooksQueued: 0 });
    expect(await second.listTasks('harbor')).toHaveLength(1);
    await second.close();
    expect(receiver.requests).toHaveLength(1);
  });
});
