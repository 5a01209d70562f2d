/**
 * One suite of storage cases, run against every backend through
 * `openStore`: SQLite files in a temporary folder, and PostgreSQL schemas
 * created for this file and dropped after it. The PostgreSQL URL
 * comes from PARLEY_TEST_PG_URL, by default the local server at
 * postgres://postgres@127.0.0.1:5432/test.
 */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { InputError, StorageError } from '../core/errors.js';
import type { Account, ConversationAnalysis, Message, MessageAnalysis, Outcome, StateChange, StateSnapshot } from '../core/types.js';
import { normalizedMessage } from '../test-support/parsed-message.js';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { openStore } from './open-store.js';
import { PG_MIGRATIONS } from './pg-migrations.js';
import { PgStore } from './pg-store.js';
import type { RunMessageEntry } from './run-journal.js';
import type { ConversationStateHistory, Store, WriteOutcome } from './store.js';
import type { StorageTarget } from './target.js';

const PG_URL = process.env.PARLEY_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A database the suite runs on: it hands out targets of new, empty stores and removes them all at the end. */
interface Backend {
  name: 'sqlite' | 'postgres';
  freshTarget(): StorageTarget;
  /** Versions recorded in the target's `schema_migrations`, in order. */
  migrationVersions(target: StorageTarget): Promise<number[]>;
  migrationCount: number;
  cleanup(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'parley-suite-'));
  let count = 0;
  return {
    name: 'sqlite',
    freshTarget: () => ({ kind: 'sqlite', path: join(dir, `store-${(count += 1)}.db`) }),
    async migrationVersions(target) {
      if (target.kind !== 'sqlite') throw new Error('expected a SQLite target');
      const db = new Database(target.path, { readonly: true });
      const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all() as number[];
      db.close();
      return versions;
    },
    migrationCount: SQLITE_MIGRATIONS.length,
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresBackend(): Backend {
  const prefix = `suite_${randomBytes(4).toString('hex')}`;
  const schemas: string[] = [];
  return {
    name: 'postgres',
    freshTarget() {
      const schema = `${prefix}_${schemas.length + 1}`;
      schemas.push(schema);
      return { kind: 'postgres', url: PG_URL, schema };
    },
    async migrationVersions(target) {
      if (target.kind !== 'postgres') throw new Error('expected a PostgreSQL target');
      return withClient(async (client) => {
        const rows = await client.query<{ version: number }>(`SELECT version FROM "${target.schema}".schema_migrations ORDER BY version`);
        return rows.rows.map((row) => row.version);
      });
    },
    migrationCount: PG_MIGRATIONS.length,
    async cleanup() {
      await withClient(async (client) => {
        for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      });
    },
  };
}

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

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

const MESSAGES: Message[] = [
  normalizedMessage({ id: 'a', sentAt: '2026-03-10T09:00:00+04:00', text: 'Need 2x40HQ' }),
  normalizedMessage({ id: 'b', sentAt: '2026-03-10T06:00:00+00:00', text: 'Price?', direction: 'outbound' }),
  normalizedMessage({ id: 'c', conversationId: 'conv-2', text: 'Other chat' }),
];

function account(id: string, conversationIds: string[]): Account {
  return { id, name: id, domain: null, contacts: [], conversationIds, identities: [], links: [] };
}

function analysis(id: string, fields: Record<string, unknown> = {}): ConversationAnalysis {
  return { id, winProbability: 0.5, ...fields } as unknown as ConversationAnalysis;
}

function journalEntry(messageId: string, conversationId: string, participant: string | null, minute: number, fields: Partial<RunMessageEntry> = {}): RunMessageEntry {
  return {
    messageId,
    conversationId,
    participant,
    sentAtMs: Date.parse('2026-03-10T09:00:00Z') + minute * 60_000,
    position: minute,
    source: `${conversationId}.txt`,
    file: `${conversationId}.txt`,
    recipients: [{ name: 'Sales', email: 'sales@seller.example', phone: null }],
    statedDirection: false,
    write: 'inserted',
    ...fields,
  };
}

const BACKENDS: [string, () => Backend][] = [
  ['sqlite', sqliteBackend],
  ['postgres', postgresBackend],
];

describe.each(BACKENDS)('storage on %s', (_name, makeBackend) => {
  const backend = makeBackend();
  const open: Store[] = [];

  /** Opens a store on `target` (a new, empty one when unset), closed after the test. */
  async function openAt(target: StorageTarget = backend.freshTarget()): Promise<Store> {
    const store = await openStore(target);
    open.push(store);
    return store;
  }

  afterEach(async () => {
    for (const store of open.splice(0)) await store.close();
  });
  afterAll(() => backend.cleanup());

  describe('messages', () => {
    it('stores messages once however often they are saved', async () => {
      const store = await openAt();
      expect(await store.saveMessages(MESSAGES)).toEqual({ inserted: 3, unchanged: 0, updated: 0 });
      expect(await store.saveMessages(MESSAGES)).toEqual({ inserted: 0, unchanged: 3, updated: 0 });
      expect((await store.countRows()).messages).toBe(3);
    });

    it('reports a changed row as updated', async () => {
      const store = await openAt();
      await store.saveMessages(MESSAGES);
      expect(await store.saveMessages([{ ...MESSAGES[0]!, conversationId: 'conv-9' }])).toEqual({ inserted: 0, unchanged: 0, updated: 1 });
      expect(await store.saveMessages([{ ...MESSAGES[0]!, language: null, conversationId: 'conv-9' }])).toEqual({
        inserted: 0,
        unchanged: 0,
        updated: 1,
      });
      expect(await store.saveMessages([{ ...MESSAGES[0]!, language: null, conversationId: 'conv-9' }])).toEqual({
        inserted: 0,
        unchanged: 1,
        updated: 0,
      });
    });

    it('reports each write outcome by id', async () => {
      const store = await openAt();
      await store.saveMessages(MESSAGES.slice(0, 2));
      const outcomes = new Map<string, WriteOutcome>();
      await store.saveMessages([MESSAGES[0]!, { ...MESSAGES[1]!, direction: 'inbound' }, MESSAGES[2]!], outcomes);
      expect([...outcomes]).toEqual([
        ['a', 'unchanged'],
        ['b', 'updated'],
        ['c', 'inserted'],
      ]);
      expect(await store.loadMessageDirections(['a', 'b', 'missing'])).toEqual(new Map([['a', 'inbound'], ['b', 'inbound']]));
    });

    it('counts an id repeated in one batch row by row', async () => {
      const store = await openAt();
      const changed = { ...MESSAGES[0]!, text: 'Need 3x40HQ' };
      const outcomes = new Map<string, WriteOutcome>();
      expect(await store.saveMessages([MESSAGES[0]!, MESSAGES[0]!, changed], outcomes)).toEqual({ inserted: 1, unchanged: 1, updated: 1 });
      expect(outcomes.get('a')).toBe('updated');
      expect((await store.loadConversationMessages(['conv-1']))[0]?.text).toBe('Need 3x40HQ');
    });

    it('returns a conversation in UTC time order with every field', async () => {
      const store = await openAt();
      const full = normalizedMessage({
        id: 'd',
        sentAt: '2026-03-10T07:00:00Z',
        subject: 'RFQ «LED» 😤',
        attachments: [{ name: 'spec.pdf', mediaType: 'application/pdf', size: 1024 }],
        language: null,
        automated: true,
        rawText: 'Line one\r\nLine two\t— ünïcödé',
      });
      await store.saveMessages([...MESSAGES, full]);
      const loaded = await store.loadConversationMessages(['conv-1']);
      // 09:00+04:00 is 05:00Z, one hour before the outbound 06:00Z.
      expect(loaded.map((m) => m.id)).toEqual(['a', 'b', 'd']);
      expect(loaded[0]).toEqual(MESSAGES[0]);
      expect(loaded[2]).toEqual(full);
    });

    it('returns the messages of several conversations in the order asked', async () => {
      const store = await openAt();
      await store.saveMessages(MESSAGES);
      expect((await store.loadConversationMessages(['conv-2', 'missing', 'conv-1'])).map((m) => m.id)).toEqual(['c', 'a', 'b']);
      expect((await store.loadConversationMessages(['conv-2', 'conv-2'])).map((m) => m.id)).toEqual(['c', 'c']);
    });

    it('compares stored send time and raw text by id', async () => {
      const store = await openAt();
      await store.saveMessages(MESSAGES);
      const { sentAt, rawText } = MESSAGES[0]!;
      const differs = await store.storedContentDiffers([
        { id: 'a', sentAt, rawText },
        { id: 'a', sentAt, rawText: 'Other text' },
        { id: 'a', sentAt: '2026-03-11T09:00:00+04:00', rawText },
        { id: 'missing', sentAt, rawText },
      ]);
      expect(differs).toEqual([false, true, true, false]);
      expect(await store.storedContentDiffers([])).toEqual([]);
    });

    it('finds conversations with messages', async () => {
      const store = await openAt();
      await store.saveMessages(MESSAGES);
      expect(await store.storedConversations(['conv-2', 'conv-3', 'conv-1', 'conv-2'])).toEqual(new Set(['conv-2', 'conv-1']));
      expect(await store.storedConversations([])).toEqual(new Set());
    });

    it('counts channels and messages per conversation', async () => {
      const store = await openAt();
      await store.saveMessages([...MESSAGES, normalizedMessage({ id: 'e', channel: 'email', conversationId: 'conv-1' })]);
      const stats = await store.loadConversationStats();
      expect([...stats]).toEqual([
        ['conv-1', { channels: ['email', 'whatsapp'], messages: 3 }],
        ['conv-2', { channels: ['whatsapp'], messages: 1 }],
      ]);
    });

    it('orders ids by code point, whatever the locale', async () => {
      const store = await openAt();
      const ids = ['é-chat', 'a-chat', 'B-chat', '_chat', 'Z-chat'];
      await store.saveMessages(ids.map((id) => normalizedMessage({ id: `m-${id}`, conversationId: id })));
      expect(await store.conversationsWithoutBuyers()).toEqual(['B-chat', 'Z-chat', '_chat', 'a-chat', 'é-chat']);
    });

    it('keeps one quarantine row per source and reason', async () => {
      const store = await openAt();
      const items = [{ source: 'bad.eml', reason: 'no Date header', raw: null }];
      expect(await store.saveQuarantine(items)).toEqual({ inserted: 1, unchanged: 0, updated: 0 });
      expect(await store.saveQuarantine(items)).toEqual({ inserted: 0, unchanged: 1, updated: 0 });
      expect(await store.saveQuarantine([{ source: 'bad.eml', reason: 'no Date header', raw: 'x' }])).toEqual({
        inserted: 0,
        unchanged: 0,
        updated: 1,
      });
      await store.saveQuarantine([{ source: 'bad.eml', reason: 'other reason', raw: 'x' }]);
      expect((await store.countRows()).quarantine).toBe(2);
    });

    it('handles a NUL character as its database allows', async () => {
      const store = await openAt();
      const message = normalizedMessage({ id: 'nul', text: 'before\u0000after', rawText: 'before\u0000after' });
      if (backend.name === 'sqlite') {
        await store.saveMessages([message]);
        expect((await store.loadConversationMessages(['conv-1']))[0]?.text).toBe('before\u0000after');
      } else {
        // PostgreSQL text cannot contain U+0000, so the write fails as a whole.
        await expect(store.saveMessages([message])).rejects.toThrow(/messages.*cannot contain the NUL character/);
        await expect(store.storedContentDiffers([{ id: 'nul', sentAt: message.sentAt, rawText: message.rawText }])).rejects.toThrow(
          /cannot contain the NUL character/,
        );
        expect((await store.countRows()).messages).toBe(0);
      }
    });
    it('replaces a lone surrogate as its database does', async () => {
      const store = await openAt();
      const message = normalizedMessage({ id: 'cut', text: 'cut emoji \ud83d', rawText: 'cut emoji \ud83d', subject: '\ude00 subject' });
      expect(await store.saveMessages([message])).toEqual({ inserted: 1, unchanged: 0, updated: 0 });
      const [loaded] = await store.loadConversationMessages(['conv-1']);
      const again = await store.saveMessages([message]);
      if (backend.name === 'sqlite') {
        // better-sqlite3 writes the surrogate's three bytes, invalid UTF-8 that reads back as three U+FFFD.
        expect(loaded?.text).toBe('cut emoji \ufffd\ufffd\ufffd');
        expect(again).toEqual({ inserted: 0, unchanged: 0, updated: 1 });
      } else {
        expect(loaded?.text).toBe('cut emoji \ufffd');
        expect(loaded?.subject).toBe('\ufffd subject');
        expect(again).toEqual({ inserted: 0, unchanged: 1, updated: 0 });
      }
    });
  });

  describe('analyses and conversations', () => {
    it('stores message analyses once', async () => {
      const store = await openAt();
      await store.saveMessages(MESSAGES);
      const analyses = [{ id: 'a', signals: [] }, { id: 'b', signals: [] }] as unknown as MessageAnalysis[];
      expect(await store.saveMessageAnalyses(analyses)).toEqual({ inserted: 2, unchanged: 0, updated: 0 });
      expect(await store.saveMessageAnalyses(analyses)).toEqual({ inserted: 0, unchanged: 2, updated: 0 });
      expect(await store.saveMessageAnalyses([{ id: 'a', signals: ['x'] } as unknown as MessageAnalysis])).toEqual({
        inserted: 0,
        unchanged: 0,
        updated: 1,
      });
      expect((await store.countRows()).message_analyses).toBe(2);
    });

    it('rejects an analysis of a message not stored', async () => {
      const store = await openAt();
      await expect(store.saveMessageAnalyses([{ id: 'missing' } as unknown as MessageAnalysis])).rejects.toThrow(
        /message_analyses.*(FOREIGN KEY|foreign key)/,
      );
    });

    it('returns stored analyses by id', async () => {
      const store = await openAt();
      const rows = ['conv-b', 'conv-a'].map((id) => ({ id, accountId: null, lastMessageId: 'm1', analysis: analysis(id) }));
      expect(await store.saveConversations(rows)).toEqual({ inserted: 2, unchanged: 0, updated: 0 });
      expect(await store.saveConversations(rows)).toEqual({ inserted: 0, unchanged: 2, updated: 0 });
      expect((await store.loadConversationAnalyses()).map((a) => a.id)).toEqual(['conv-a', 'conv-b']);
      expect((await store.loadConversationAnalyses(['conv-b', 'missing'])).map((a) => a.id)).toEqual(['conv-b']);
      expect(await store.loadConversationAnalyses([])).toEqual([]);
    });
  });

  describe('state history, outcomes and win model', () => {
    it('round-trips a state history', async () => {
      const store = await openAt();
      expect(await store.saveStateHistory([HISTORY])).toEqual({ inserted: 1, unchanged: 0, updated: 0 });
      expect(await store.loadStateHistory('conv-1')).toEqual(HISTORY);
      expect(await store.loadStateHistory('conv-2')).toBeNull();
    });

    it('replaces a history, never duplicates', async () => {
      const store = await openAt();
      await store.saveStateHistory([HISTORY]);
      expect(await store.saveStateHistory([HISTORY])).toEqual({ inserted: 0, unchanged: 1, updated: 0 });
      const shorter = { ...HISTORY, snapshots: [snapshot('m1', 'qualification', 0.2)], changes: [] };
      expect(await store.saveStateHistory([shorter])).toEqual({ inserted: 0, unchanged: 0, updated: 1 });
      expect(await store.loadStateHistory('conv-1')).toEqual(shorter);
      const counts = await store.countRows();
      expect([counts.state_snapshots, counts.state_changes]).toEqual([1, 0]);
    });

    it('counts a conversation listed twice in one save row by row', async () => {
      const store = await openAt();
      const other = { ...HISTORY, conversationId: 'conv-2' };
      const shorter = { ...HISTORY, snapshots: [snapshot('m1', 'qualification', 0.2)], changes: [] };
      expect(await store.saveStateHistory([HISTORY, other, HISTORY, shorter])).toEqual({ inserted: 2, unchanged: 1, updated: 1 });
      expect(await store.loadStateHistory('conv-1')).toEqual(shorter);
      expect(await store.loadStateHistory('conv-2')).toEqual(other);
    });

    it('keeps one outcome per conversation', async () => {
      const store = await openAt();
      const won: Outcome = { conversationId: 'conv-1', result: 'won', decidedAt: '2026-03-20', source: 'manual', note: 'PO 5512' };
      const lost: Outcome = { conversationId: 'conv-2', result: 'lost', decidedAt: '2026-03-21', source: 'csv' };
      expect(await store.saveOutcomes([lost, won])).toEqual({ inserted: 2, unchanged: 0, updated: 0 });
      expect(await store.saveOutcomes([won, lost])).toEqual({ inserted: 0, unchanged: 2, updated: 0 });
      const changed = { ...won, result: 'lost' as const, note: 'cancelled' };
      expect(await store.saveOutcomes([changed])).toEqual({ inserted: 0, unchanged: 0, updated: 1 });
      expect(await store.loadOutcomes()).toEqual([changed, lost]);
      expect(await store.loadOutcomes(['conv-2', 'missing', 'conv-1'])).toEqual([changed, lost]);
    });

    it('rejects an unknown outcome result', async () => {
      const store = await openAt();
      const bad = { conversationId: 'conv-1', result: 'maybe', decidedAt: '2026-03-20', source: 'manual' } as unknown as Outcome;
      await expect(store.saveOutcomes([bad])).rejects.toThrow(/outcomes.*check constraint/i);
      expect(await store.loadOutcomes()).toEqual([]);
    });

    it('stores a single win model', async () => {
      const store = await openAt();
      expect(await store.loadWinModel()).toBeNull();
      await store.saveWinModel('{"intercept":-1.5}');
      await store.saveWinModel('{"intercept":-1.2}');
      expect(await store.loadWinModel()).toBe('{"intercept":-1.2}');
    });
  });

  describe('accounts', () => {
    it('round-trips conversation buyers', async () => {
      const store = await openAt();
      const record = { conversationId: 'c1', buyers: [{ name: 'Omar', email: null, phone: '+971550100123' }], label: 'Omar' };
      expect(await store.saveConversationBuyers([record])).toEqual({ inserted: 1, unchanged: 0, updated: 0 });
      expect(await store.saveConversationBuyers([record])).toEqual({ inserted: 0, unchanged: 1, updated: 0 });
      expect(await store.saveConversationBuyers([{ ...record, label: null }])).toEqual({ inserted: 0, unchanged: 0, updated: 1 });
      expect(await store.loadConversationBuyers()).toEqual([{ ...record, label: null }]);
    });

    it('loads the buyers of some conversations by id', async () => {
      const store = await openAt();
      const records = ['c3', 'c1', 'c2'].map((id) => ({ conversationId: id, buyers: [], label: id }));
      await store.saveConversationBuyers(records);
      expect((await store.loadConversationBuyersOf(['c3', 'missing', 'c1', 'c3'])).map((r) => r.conversationId)).toEqual(['c1', 'c3']);
      expect(await store.loadConversationBuyersOf([])).toEqual([]);
    });

    it('lists conversations stored without buyers', async () => {
      const store = await openAt();
      await store.saveMessages([normalizedMessage({ id: 'a', conversationId: 'c1' }), normalizedMessage({ id: 'b', conversationId: 'c2' })]);
      await store.saveConversationBuyers([{ conversationId: 'c1', buyers: [], label: null }]);
      expect(await store.conversationsWithoutBuyers()).toEqual(['c2']);
    });

    it('keeps overrides in the order they were made', async () => {
      const store = await openAt();
      const createdAt = '2026-03-10T00:00:00.000Z';
      const first = await store.addAccountOverride({ action: 'merge', conversationIds: ['c1', 'c2'], createdAt });
      const second = await store.addAccountOverride({ action: 'split', conversationId: 'c2', createdAt });
      expect(first).toBe(1);
      expect(second).toBe(2);
      expect(await store.loadAccountOverrides()).toEqual([
        { id: first, action: 'merge', conversationIds: ['c1', 'c2'], createdAt },
        { id: second, action: 'split', conversationId: 'c2', createdAt },
      ]);
    });

    it('saves and loads accounts by id', async () => {
      const store = await openAt();
      expect(await store.saveAccounts([account('acct-b', ['c2']), account('acct-a', ['c1'])])).toEqual({ inserted: 2, unchanged: 0, updated: 0 });
      expect(await store.saveAccounts([account('acct-a', ['c1', 'c3'])])).toEqual({ inserted: 0, unchanged: 0, updated: 1 });
      expect((await store.loadAccounts()).map((a) => a.id)).toEqual(['acct-a', 'acct-b']);
      expect((await store.loadAccountsById(['acct-b', 'missing', 'acct-a', 'acct-b'])).map((a) => a.id)).toEqual(['acct-a', 'acct-b']);
      expect((await store.loadAccountsById(['acct-a']))[0]?.conversationIds).toEqual(['c1', 'c3']);
    });

    it('replaces the accounts of a set and deletes the ones no longer formed', async () => {
      const store = await openAt();
      await store.replaceAccountsOf(['c1', 'c2'], [account('acct-a', ['c1']), account('acct-b', ['c2'])], []);
      const identities = [{ kind: 'phone' as const, value: '+971550100123', conversationId: 'c1', accountId: 'acct-a' }];
      const result = await store.replaceAccountsOf(['c1', 'c2'], [account('acct-a', ['c1', 'c2'])], identities);
      expect(result).toEqual({ inserted: 0, unchanged: 0, updated: 1 });
      expect((await store.loadAccounts()).map((a) => a.id)).toEqual(['acct-a']);
      expect((await store.countRows()).identities).toBe(1);
      expect(await store.loadAccountOf(['c1', 'c2', 'c3'])).toEqual(new Map([['c1', 'acct-a'], ['c2', 'acct-a']]));
    });

    it('leaves accounts outside the set alone', async () => {
      const store = await openAt();
      await store.replaceAccountsOf(['c1'], [account('acct-a', ['c1'])], []);
      await store.replaceAccountsOf(['c2'], [account('acct-b', ['c2'])], []);
      await store.replaceAccountsOf(['c2'], [account('acct-c', ['c2'])], []);
      expect((await store.loadAccounts()).map((a) => a.id)).toEqual(['acct-a', 'acct-c']);
    });

    it('rolls back a replacement that fails', async () => {
      const store = await openAt();
      await store.replaceAccountsOf(['c1'], [account('acct-a', ['c1'])], []);
      // c1 in two accounts breaks the one-account-per-conversation key after the old account is deleted.
      await expect(store.replaceAccountsOf(['c1'], [account('acct-b', ['c1']), account('acct-c', ['c1'])], [])).rejects.toThrow(StorageError);
      expect((await store.loadAccounts()).map((a) => a.id)).toEqual(['acct-a']);
      expect(await store.loadAccountOf(['c1'])).toEqual(new Map([['c1', 'acct-a']]));
    });

    it('points stored conversations to their new account', async () => {
      const store = await openAt();
      const before = analysis('c2', { accountId: 'acct-b', stage: 'discovery', nested: { score: 0.1, list: [1, 'two'] } });
      await store.saveConversations([{ id: 'c2', accountId: 'acct-b', lastMessageId: 'm', analysis: before }]);
      await store.replaceAccountsOf(['c1', 'c2'], [account('acct-a', ['c1', 'c2'])], []);
      const [after] = await store.loadConversationAnalyses(['c2']);
      expect(after).toEqual({ ...before, accountId: 'acct-a' });
      expect(Object.keys(after!)).toEqual(Object.keys(before));
      // The column moved too: saving the same analysis again changes nothing.
      expect(await store.saveConversations([{ id: 'c2', accountId: 'acct-a', lastMessageId: 'm', analysis: after! }])).toEqual({
        inserted: 0,
        unchanged: 1,
        updated: 0,
      });
    });

    it('links conversations by a shared identity and by a shared account', async () => {
      const store = await openAt();
      const phone = { kind: 'phone' as const, value: '+971550100123' };
      await store.saveConversationIdentities([
        { conversationId: 'chat', identities: [phone] },
        { conversationId: 'mail', identities: [phone, { kind: 'email', value: 'omar@gulf-trading.example' }] },
        { conversationId: 'other', identities: [{ kind: 'email', value: 'lena@nordlicht.example' }] },
      ]);
      const chatLinks = await store.conversationLinks(['chat']);
      expect(chatLinks).toEqual({ identities: [phone], accountIds: [] });
      expect((await store.conversationsLinkedBy(chatLinks)).sort()).toEqual(['chat', 'mail']);
      await store.replaceAccountsOf(['other', 'rfq'], [account('acct-n', ['other', 'rfq'])], []);
      const rfqLinks = await store.conversationLinks(['rfq']);
      expect(rfqLinks.accountIds).toEqual(['acct-n']);
      expect((await store.conversationsLinkedBy(rfqLinks)).sort()).toEqual(['other', 'rfq']);
      expect(await store.conversationsLinkedBy({ identities: [], accountIds: [] })).toEqual([]);
    });

    it('replaces identities and keeps the stored account', async () => {
      const store = await openAt();
      await store.replaceAccountsOf(['chat'], [account('acct-a', ['chat'])], []);
      const phone = { kind: 'phone' as const, value: '+971550100123' };
      const email = { kind: 'email' as const, value: 'omar@gulf-trading.example' };
      await store.saveConversationIdentities([{ conversationId: 'chat', identities: [phone, phone] }]);
      await store.saveConversationIdentities([{ conversationId: 'chat', identities: [email] }, { conversationId: 'new', identities: [email] }]);
      expect((await store.conversationLinks(['chat', 'new'])).identities).toEqual([email]);
      expect(await store.conversationsLinkedBy({ identities: [phone], accountIds: [] })).toEqual([]);
      expect((await store.conversationsLinkedBy({ identities: [email], accountIds: [] })).sort()).toEqual(['chat', 'new']);
      expect((await store.countRows()).identities).toBe(2);
    });
  });

  describe('thread keys', () => {
    it('keeps the first conversation of a key', async () => {
      const store = await openAt();
      const entries = [
        { key: 'mid:a@buyer.example', conversationId: 'conv-1' },
        { key: 'mid:b@seller.example', conversationId: 'conv-1' },
        { key: 'mid:a@buyer.example', conversationId: 'conv-2' },
      ];
      expect(await store.saveThreadKeys(entries)).toEqual({ inserted: 2, unchanged: 1, updated: 0 });
      expect(await store.saveThreadKeys([{ key: 'mid:b@seller.example', conversationId: 'conv-3' }])).toEqual({
        inserted: 0,
        unchanged: 1,
        updated: 0,
      });
      expect(await store.loadThreadConversations(['mid:a@buyer.example', 'mid:b@seller.example', 'missing'])).toEqual(
        new Map([
          ['mid:a@buyer.example', 'conv-1'],
          ['mid:b@seller.example', 'conv-1'],
        ]),
      );
      expect(await store.saveThreadKeys([])).toEqual({ inserted: 0, unchanged: 0, updated: 0 });
    });
  });

  describe('run tables', () => {
    it('pages the run conversations and skips grouped ones', async () => {
      const store = await openAt();
      await store.beginRun();
      await store.addRunConversations(['c3', 'c1', 'c2', 'c1']);
      await store.addRunConversations(['c4']);
      expect(await store.countRunConversations()).toBe(4);
      expect(await store.nextRunConversations(null, 2)).toEqual(['c1', 'c2']);
      expect(await store.nextRunConversations('c2', 10)).toEqual(['c3', 'c4']);
      await store.markRunConversationsGrouped(['c1', 'c3']);
      expect(await store.nextRunConversations(null, 10, { ungrouped: true })).toEqual(['c2', 'c4']);
      expect(await store.nextRunConversations(null, 10)).toEqual(['c1', 'c2', 'c3', 'c4']);
      await store.beginRun();
      expect(await store.countRunConversations()).toBe(0);
    });

    it('ranks run reports by win probability, then id', async () => {
      const store = await openAt();
      await store.beginRun();
      await store.saveRunReports([
        { id: 'c2', winProbability: 0.4, json: '{"id":"c2"}' },
        { id: 'c1', winProbability: 0.4, json: '{"id":"c1"}' },
        { id: 'c3', winProbability: 0.9, json: '{"id":"c3"}' },
      ]);
      await store.saveRunReports([
        { id: 'c4', winProbability: 0.1, json: 'old' },
        { id: 'c4', winProbability: 0.05, json: '{"id":"c4"}' },
      ]);
      expect(await store.countRunReports()).toBe(4);
      const firstPage = await store.nextRunReports(null, 2);
      expect(firstPage.map((row) => row.id)).toEqual(['c3', 'c1']);
      const secondPage = await store.nextRunReports(firstPage[1]!, 5);
      expect(secondPage).toEqual([
        { id: 'c2', winProbability: 0.4, json: '{"id":"c2"}' },
        { id: 'c4', winProbability: 0.05, json: '{"id":"c4"}' },
      ]);
      await store.saveRunReports([{ id: 'c3', winProbability: 0.2, json: '{"id":"c3","v":2}' }]);
      expect((await store.nextRunReports(null, 10)).map((row) => row.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    });

    it('lists the accounts that hold a run conversation', async () => {
      const store = await openAt();
      await store.replaceAccountsOf(['c1', 'c2', 'c3'], [account('acct-b', ['c1', 'c2']), account('acct-a', ['c3']), account('acct-c', [])], []);
      await store.beginRun();
      await store.addRunConversations(['c1', 'c2', 'c3']);
      expect((await store.nextRunAccounts(null, 1)).map((a) => a.id)).toEqual(['acct-a']);
      expect((await store.nextRunAccounts('acct-a', 10)).map((a) => a.id)).toEqual(['acct-b']);
    });

    it('numbers quarantined records from 1 in each run', async () => {
      const store = await openAt();
      await store.beginRun();
      await store.addRunQuarantine([
        { source: 'a.eml', reason: 'no Date header' },
        { source: 'b.eml', reason: 'empty body' },
      ]);
      await store.addRunQuarantine([{ source: 'c.eml', reason: 'no sender' }]);
      expect(await store.countRunQuarantine()).toBe(3);
      expect(await store.nextRunQuarantine(0, 2)).toEqual([
        { seq: 1, source: 'a.eml', reason: 'no Date header' },
        { seq: 2, source: 'b.eml', reason: 'empty body' },
      ]);
      expect(await store.nextRunQuarantine(2, 2)).toEqual([{ seq: 3, source: 'c.eml', reason: 'no sender' }]);
      await store.beginRun();
      await store.addRunQuarantine([{ source: 'd.eml', reason: 'no sender' }]);
      expect(await store.nextRunQuarantine(0, 10)).toEqual([{ seq: 1, source: 'd.eml', reason: 'no sender' }]);
    });

    it('keeps the runs of two stores on one target apart', async () => {
      const target = backend.freshTarget();
      const first = await openAt(target);
      const second = await openAt(target);
      await first.beginRun();
      await second.beginRun();
      await first.addRunConversations(['c1']);
      await first.addRunQuarantine([{ source: 'a.eml', reason: 'bad' }]);
      await first.saveRunReports([{ id: 'c1', winProbability: 0.5, json: '{}' }]);
      await first.runJournal.record([journalEntry('m1', 'c1', 'p:a', 1)]);
      expect(await second.countRunConversations()).toBe(0);
      expect(await second.countRunQuarantine()).toBe(0);
      expect(await second.countRunReports()).toBe(0);
      expect(await second.runJournal.loadRecorded(['m1'])).toEqual(new Set());
      await second.beginRun();
      expect(await first.countRunConversations()).toBe(1);
    });
  });

  describe('run journal', () => {
    /** Stores four messages in two conversations and records them in the journal as one chunk. */
    async function recordedRun(store: Store): Promise<void> {
      await store.saveMessages([
        normalizedMessage({ id: 'm1', conversationId: 'c1', direction: 'inbound' }),
        normalizedMessage({ id: 'm2', conversationId: 'c1', direction: 'inbound' }),
        normalizedMessage({ id: 'm3', conversationId: 'c2', direction: 'inbound' }),
        normalizedMessage({ id: 'm4', conversationId: 'c2', direction: 'outbound' }),
      ]);
      await store.saveConversationBuyers([{ conversationId: 'c1', buyers: [{ name: 'Mei', email: 'mei@buyer.example', phone: null }], label: 'Mei' }]);
      await store.runJournal.clear();
      await store.runJournal.record([
        journalEntry('m2', 'c1', 'p:buyer', 2),
        journalEntry('m1', 'c1', 'p:seller', 1, { write: 'unchanged', file: 'a.txt' }),
        journalEntry('m3', 'c2', 'p:seller', 3, { statedDirection: true }),
      ]);
      await store.runJournal.record([journalEntry('m4', 'c2', null, 4, { file: 'b.txt' })]);
    }

    it('finds recorded message ids', async () => {
      const store = await openAt();
      await recordedRun(store);
      expect(await store.runJournal.loadRecorded(['m3', 'missing', 'm1'])).toEqual(new Set(['m3', 'm1']));
      await expect(store.runJournal.record([journalEntry('m1', 'c1', 'p:seller', 1)])).rejects.toThrow(StorageError);
      await store.runJournal.clear();
      expect(await store.runJournal.loadRecorded(['m1'])).toEqual(new Set());
    });

    it('lists participants in the order they first wrote', async () => {
      const store = await openAt();
      await recordedRun(store);
      await store.runJournal.countParticipants();
      const conversations = await store.runJournal.loadConversations(null, 10);
      expect(conversations).toEqual([
        { conversationId: 'c1', keys: ['p:seller', 'p:buyer'], firstSource: 'c1.txt', conversationsOf: new Map([['p:seller', 2], ['p:buyer', 1]]) },
        { conversationId: 'c2', keys: ['p:seller', null], firstSource: 'c2.txt', conversationsOf: new Map([['p:seller', 2]]) },
      ]);
      expect((await store.runJournal.loadConversations(null, 1)).map((c) => c.conversationId)).toEqual(['c1']);
      expect((await store.runJournal.loadConversations('c1', 1)).map((c) => c.conversationId)).toEqual(['c2']);
      expect(await store.runJournal.loadConversations('c2', 1)).toEqual([]);
    });

    it('applies the decided directions', async () => {
      const store = await openAt();
      await recordedRun(store);
      await store.runJournal.countParticipants();
      await store.runJournal.saveSellers([
        { conversationId: 'c1', sellerKey: 'p:seller' },
        { conversationId: 'c2', sellerKey: null },
      ]);
      const changes = await store.runJournal.applyDirections();
      expect(changes.messages).toBe(2);
      expect(changes.unchangedByFile).toEqual(new Map([['a.txt', 1]]));
      expect(await store.loadMessageDirections(['m1', 'm2', 'm3', 'm4'])).toEqual(
        new Map([
          ['m1', 'outbound'],
          ['m2', 'inbound'],
          ['m3', 'inbound'],
          // An anonymous sender is never the seller, even where no seller is decided.
          ['m4', 'inbound'],
        ]),
      );
      expect(await store.runJournal.loadChangedConversations(null, 10)).toEqual(['c1', 'c2']);
      expect(await store.runJournal.loadChangedConversations('c1', 10)).toEqual(['c2']);
      const again = await store.runJournal.applyDirections();
      expect(again.messages).toBe(0);
    });

    it('returns the buyers stored before the run and each message\'s recipients', async () => {
      const store = await openAt();
      await recordedRun(store);
      await store.saveConversationBuyers([{ conversationId: 'c1', buyers: [], label: null }]);
      const inputs = await store.runJournal.loadBuyerInputs(['c1', 'c2']);
      expect([...inputs.recipientsOf.keys()]).toEqual(['m1', 'm2', 'm3', 'm4']);
      expect(inputs.recipientsOf.get('m1')).toEqual([{ name: 'Sales', email: 'sales@seller.example', phone: null }]);
      expect(inputs.buyersBefore).toEqual(
        new Map([['c1', { conversationId: 'c1', buyers: [{ name: 'Mei', email: 'mei@buyer.example', phone: null }], label: 'Mei' }]]),
      );
    });
  });

  describe('opening', () => {
    it('counts the same tables on every backend', async () => {
      const store = await openAt();
      expect(Object.keys(await store.countRows()).sort()).toEqual([
        'account_overrides',
        'accounts',
        'conversation_buyers',
        'conversations',
        'identities',
        'message_analyses',
        'messages',
        'outcomes',
        'quarantine',
        'state_changes',
        'state_snapshots',
      ]);
    });

    it('keeps the data of one target out of another', async () => {
      const first = await openAt();
      const second = await openAt();
      await first.saveMessages(MESSAGES);
      await first.saveStateHistory([HISTORY]);
      await first.saveWinModel('{}');
      expect(Object.values(await second.countRows()).every((count) => count === 0)).toBe(true);
      expect(await second.loadStateHistory('conv-1')).toBeNull();
      expect(await second.loadWinModel()).toBeNull();
      expect(await second.saveMessages(MESSAGES)).toEqual({ inserted: 3, unchanged: 0, updated: 0 });
    });

    it('keeps everything after reopening', async () => {
      const target = backend.freshTarget();
      const store = await openStore(target);
      await store.saveMessages(MESSAGES);
      await store.saveStateHistory([HISTORY]);
      await store.saveOutcomes([{ conversationId: 'conv-1', result: 'won', decidedAt: '2026-03-20', source: 'csv' }]);
      await store.saveWinModel('{}');
      await store.addAccountOverride({ action: 'split', conversationId: 'conv-1', createdAt: '2026-03-10' });
      await store.close();
      const reopened = await openAt(target);
      expect((await reopened.countRows()).messages).toBe(3);
      expect(await reopened.loadStateHistory('conv-1')).toEqual(HISTORY);
      expect(await reopened.loadOutcomes()).toHaveLength(1);
      expect(await reopened.loadWinModel()).toBe('{}');
      expect(await reopened.addAccountOverride({ action: 'split', conversationId: 'conv-2', createdAt: '2026-03-11' })).toBe(2);
    });

    it('migrates a target once however often it is opened', async () => {
      const target = backend.freshTarget();
      await (await openStore(target)).close();
      await (await openStore(target)).close();
      const expected = Array.from({ length: backend.migrationCount }, (_, index) => index + 1);
      expect(await backend.migrationVersions(target)).toEqual(expected);
    });

    it('opens one new target from several callers at once', async () => {
      const target = backend.freshTarget();
      const stores = await Promise.all([openAt(target), openAt(target), openAt(target), openAt(target)]);
      await stores[0]!.saveMessages(MESSAGES);
      expect((await stores[3]!.countRows()).messages).toBe(3);
      expect(await backend.migrationVersions(target)).toHaveLength(backend.migrationCount);
    });
  });
});

describe('PgStore connection', () => {
  const schemas: string[] = [];
  const fresh = (): string => {
    const schema = `conn_${randomBytes(4).toString('hex')}`;
    schemas.push(schema);
    return schema;
  };
  afterAll(() =>
    withClient(async (client) => {
      for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }),
  );

  it('names the server without its password when it is unreachable', async () => {
    // Port 1 on the loopback interface has no listener, so the connection is refused at once.
    const error = await PgStore.open('postgres://parley:s3cret@127.0.0.1:1/test', 'public').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StorageError);
    const message = (error as Error).message;
    expect(message).toContain('postgres://parley@127.0.0.1:1/test');
    expect(message).toContain('check that PostgreSQL is running');
    expect(message).not.toContain('s3cret');
  });

  it('says what to do about a missing database', async () => {
    const url = new URL(PG_URL);
    url.pathname = `/missing_${randomBytes(4).toString('hex')}`;
    await expect(PgStore.open(url.toString(), 'public')).rejects.toThrow(/does not exist.*create the database/);
  });

  it('rejects a schema name that is not a plain identifier', async () => {
    await expect(PgStore.open(PG_URL, 'Bad-Name')).rejects.toThrow(InputError);
    await expect(PgStore.open(PG_URL, 'x"; DROP SCHEMA public; --')).rejects.toThrow(InputError);
  });

  it('keeps its schema when the URL sets other options', async () => {
    const schema = fresh();
    const url = new URL(PG_URL);
    url.searchParams.set('options', '-c statement_timeout=30000');
    const store = await PgStore.open(url.toString(), schema);
    await store.saveWinModel('{}');
    await store.close();
    const stored = await withClient((client) => client.query(`SELECT model_json FROM "${schema}".win_model`));
    expect(stored.rows).toEqual([{ model_json: '{}' }]);
  });

  it('deletes its run rows when it closes', async () => {
    const schema = fresh();
    const store = await PgStore.open(PG_URL, schema);
    await store.beginRun();
    await store.addRunConversations(['c1']);
    await store.runJournal.record([journalEntry('m1', 'c1', 'p:a', 1)]);
    await store.close();
    await store.close();
    const counts = await withClient((client) =>
      client.query<{ conversations: string; messages: string }>(
        `SELECT (SELECT count(*) FROM "${schema}".run_conversations) AS conversations, (SELECT count(*) FROM "${schema}".run_messages) AS messages`,
      ),
    );
    expect(counts.rows[0]).toEqual({ conversations: '0', messages: '0' });
  });
});
