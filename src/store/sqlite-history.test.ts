import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationAnalysis, Outcome, StateChange, StateSnapshot } from '../core/types.js';
import { normalizedMessage } from '../test-support/parsed-message.js';
import { SqliteStore } from './sqlite-store.js';
import type { ConversationStateHistory } from './store.js';

function snapshot(messageId: string, stage: StateSnapshot['stage'], win: number): StateSnapshot {
  return {
    messageId,
    sentAt: '2026-03-10T09:15:00+04:00',
    stage,
    stageReached: stage,
    stalled: false,
    archetype: { id: 'price_negotiator', confidence: 0.61, runnerUp: 'urgent_buyer' },
    segments: ['cost_sensitive_distributor'],
    scores: { intent: 60, urgency: 20, sentiment: 45, friction: 30, momentum: 50 },
    winProbability: win,
  };
}

const CHANGE: StateChange = {
  messageId: 'm2',
  sentAt: '2026-03-10T10:00:00+04:00',
  field: 'stage',
  from: 'evaluation',
  to: 'negotiation',
  reasons: [{ type: 'stage.negotiation', messageId: 'm2', text: 'advanced to negotiation: objection.price "Too high 😤"', effect: 0 }],
};

const HISTORY: ConversationStateHistory = {
  conversationId: 'conv-1',
  snapshots: [snapshot('m1', 'evaluation', 0.31), snapshot('m2', 'negotiation', 0.44)],
  changes: [CHANGE],
};

describe('SqliteStore state history, outcomes and win model', () => {
  let dir: string;
  let path: string;
  let store: SqliteStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-history-'));
    path = join(dir, 'test.db');
    store = SqliteStore.open(path);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips a state history', async () => {
    expect(await store.saveStateHistory([HISTORY])).toEqual({ inserted: 1, unchanged: 0, updated: 0 });
    expect(await store.loadStateHistory('conv-1')).toEqual(HISTORY);
    expect(await store.loadStateHistory('conv-2')).toBeNull();
  });

  it('replaces a history, never duplicates', async () => {
    await store.saveStateHistory([HISTORY]);
    expect(await store.saveStateHistory([HISTORY])).toEqual({ inserted: 0, unchanged: 1, updated: 0 });
    const shorter = { ...HISTORY, snapshots: [snapshot('m1', 'qualification', 0.2)], changes: [] };
    expect(await store.saveStateHistory([shorter])).toEqual({ inserted: 0, unchanged: 0, updated: 1 });
    expect(await store.loadStateHistory('conv-1')).toEqual(shorter);
    const counts = await store.countRows();
    expect([counts.state_snapshots, counts.state_changes]).toEqual([1, 0]);
  });

  it('keeps one outcome per conversation', async () => {
    const won: Outcome = { conversationId: 'conv-1', result: 'won', decidedAt: '2026-03-20', source: 'manual', note: 'PO 5512' };
    const lost: Outcome = { conversationId: 'conv-2', result: 'lost', decidedAt: '2026-03-21', source: 'csv' };
    expect(await store.saveOutcomes([won, lost])).toEqual({ inserted: 2, unchanged: 0, updated: 0 });
    expect(await store.saveOutcomes([won, lost])).toEqual({ inserted: 0, unchanged: 2, updated: 0 });
    const changed = { ...won, result: 'lost' as const, note: 'cancelled' };
    expect(await store.saveOutcomes([changed])).toEqual({ inserted: 0, unchanged: 0, updated: 1 });
    expect(await store.loadOutcomes()).toEqual([changed, lost]);
    expect(await store.loadOutcomes(['conv-2', 'missing'])).toEqual([lost]);
  });

  it('stores a single win model', async () => {
    expect(await store.loadWinModel()).toBeNull();
    await store.saveWinModel('{"intercept":-1.5}');
    await store.saveWinModel('{"intercept":-1.2}');
    expect(await store.loadWinModel()).toBe('{"intercept":-1.2}');
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM win_model').pluck().get()).toBe(1);
    db.close();
  });

  it('rejects an unknown outcome result', async () => {
    const bad = { conversationId: 'conv-1', result: 'maybe', decidedAt: '2026-03-20', source: 'manual' } as unknown as Outcome;
    await expect(store.saveOutcomes([bad])).rejects.toThrow(/outcomes.*CHECK constraint/);
  });

  it('returns stored analyses by id', async () => {
    const analysis = (id: string): ConversationAnalysis => ({ id, winProbability: 0.5 }) as unknown as ConversationAnalysis;
    await store.saveConversations(['conv-b', 'conv-a'].map((id) => ({ id, accountId: null, lastMessageId: 'm1', analysis: analysis(id) })));
    expect((await store.loadConversationAnalyses()).map((a) => a.id)).toEqual(['conv-a', 'conv-b']);
    expect((await store.loadConversationAnalyses(['conv-b', 'missing'])).map((a) => a.id)).toEqual(['conv-b']);
  });

  it('finds conversations with messages', async () => {
    await store.saveMessages([normalizedMessage({ id: 'a', conversationId: 'conv-1' })]);
    expect(await store.storedConversations(['conv-1', 'conv-2', 'conv-1'])).toEqual(new Set(['conv-1']));
  });

  it('keeps everything after reopening', async () => {
    await store.saveStateHistory([HISTORY]);
    await store.saveOutcomes([{ conversationId: 'conv-1', result: 'won', decidedAt: '2026-03-20', source: 'csv' }]);
    await store.saveWinModel('{}');
    await store.close();
    store = SqliteStore.open(path);
    expect(await store.loadStateHistory('conv-1')).toEqual(HISTORY);
    expect(await store.loadOutcomes()).toHaveLength(1);
    expect(await store.loadWinModel()).toBe('{}');
  });
});
