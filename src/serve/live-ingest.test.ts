import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Automations, ConversationUpdate, FiringReport } from '../automate/types.js';
import { InputError } from '../core/errors.js';
import { silentLogger } from '../core/log.js';
import type { IngestItem } from '../core/types.js';
import { parseJsonlLine } from '../ingest/jsonl.js';
import { EMPTY_SERVE_CONFIG } from './config.js';
import { HttpError } from './http-errors.js';
import { LiveIngest } from './live-ingest.js';
import { openRegistry, type ServeRegistry } from './registry.js';
import { WorkspaceStores } from './workspace-stores.js';

function message(id: string, conversationId: string, sentAt: string, text: string): IngestItem {
  const line = JSON.stringify({ id, channel: 'whatsapp', conversationId, direction: 'inbound', sender: { name: 'Omar' }, sentAt, text });
  return parseJsonlLine(line, 'test', 1);
}

/** Automations that record each call, and how many calls overlapped, taking `delayMs` per call. */
function recordingAutomations(delayMs: number) {
  const calls: ConversationUpdate[][] = [];
  let running = 0;
  let maxRunning = 0;
  const automations: Automations = {
    async handleUpdates(updates): Promise<FiringReport> {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      calls.push(updates);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      running -= 1;
      return { tasks: [], webhooksQueued: 0 };
    },
    checkStalls: async () => ({ tasks: [], webhooksQueued: 0 }),
    listTasks: async () => [],
    listDeadLetters: async () => [],
    start: () => undefined,
    stop: async () => undefined,
  };
  return { automations, calls, maxRunning: () => maxRunning };
}

describe('LiveIngest', () => {
  let dir: string;
  let registry: ServeRegistry;
  let stores: WorkspaceStores;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-live-'));
    registry = await openRegistry({ kind: 'sqlite', path: join(dir, 'registry.db') });
    await registry.createWorkspace('one', 'One');
    stores = new WorkspaceStores({ kind: 'sqlite', dataDir: dir });
  });

  afterEach(async () => {
    await stores.closeAll();
    await registry.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('hands stored state and history to automations', async () => {
    const recorder = recordingAutomations(0);
    const ingest = new LiveIngest({ registry, stores, config: EMPTY_SERVE_CONFIG, logger: silentLogger, automations: recorder.automations });
    await ingest.ingest('one', [message('a1', 'conv-a', '2026-11-02T09:00:00Z', 'Hello, do you make LED panels?')]);
    const outcome = await ingest.ingest('one', [
      message('a2', 'conv-a', '2026-11-02T10:00:00Z', 'Please send the proforma invoice, we want to place the order this week.'),
    ]);
    expect(outcome.stored).toBe(1);
    expect(outcome.conversations.map((conversation) => conversation.id)).toEqual(['conv-a']);
    const update = recorder.calls[1]![0]!;
    expect(update).toMatchObject({ workspaceId: 'one', conversationId: 'conv-a' });
    expect(update.analysis.stage).toBe('commitment');
    expect(update.changes.some((change) => change.field === 'stage' && change.messageId === 'a2')).toBe(true);
    const store = await stores.get('one');
    expect((await store.loadConversationAnalyses(['conv-a']))[0]?.stage).toBe('commitment');
  });

  it('runs one ingest per workspace at a time', async () => {
    const recorder = recordingAutomations(30);
    const ingest = new LiveIngest({ registry, stores, config: EMPTY_SERVE_CONFIG, logger: silentLogger, automations: recorder.automations });
    const outcomes = await Promise.all(
      [1, 2, 3, 4].map((n) => ingest.ingest('one', [message(`q${n}`, `conv-${n}`, `2026-11-02T0${n}:00:00Z`, 'Hello, price please?')])),
    );
    expect(outcomes.map((outcome) => outcome.stored)).toEqual([1, 1, 1, 1]);
    expect(recorder.calls.map((updates) => updates[0]?.conversationId)).toEqual(['conv-1', 'conv-2', 'conv-3', 'conv-4']);
    expect(recorder.maxRunning()).toBe(1);
  });

  it('rejects an unknown workspace', async () => {
    const ingest = new LiveIngest({ registry, stores, config: EMPTY_SERVE_CONFIG, logger: silentLogger });
    await expect(ingest.ingest('nobody', [])).rejects.toThrow(InputError);
  });

  it('goes on after a failed ingest', async () => {
    const ingest = new LiveIngest({ registry, stores, config: EMPTY_SERVE_CONFIG, logger: silentLogger });
    const failed = ingest.ingest('nobody', []);
    const next = ingest.ingest('one', [message('n1', 'conv-n', '2026-11-02T09:00:00Z', 'Hello')]);
    await expect(failed).rejects.toThrow(InputError);
    expect((await next).stored).toBe(1);
  });

  it('finishes queued ingests on close and rejects new ones', async () => {
    const recorder = recordingAutomations(50);
    const ingest = new LiveIngest({ registry, stores, config: EMPTY_SERVE_CONFIG, logger: silentLogger, automations: recorder.automations });
    const pending = ingest.ingest('one', [message('c1', 'conv-c', '2026-11-02T09:00:00Z', 'Hello')]);
    await ingest.close();
    expect(recorder.calls).toHaveLength(1);
    expect((await pending).stored).toBe(1);
    await expect(ingest.ingest('one', [])).rejects.toThrow(HttpError);
  });
});
