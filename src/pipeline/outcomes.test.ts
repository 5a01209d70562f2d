import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../core/errors.js';
import { SqliteStore } from '../store/sqlite-store.js';
import { normalizedMessage } from '../test-support/parsed-message.js';
import { importOutcomes, parseOutcomesCsv, setOutcome } from './outcomes.js';

const GOOD_AND_BAD = [
  'Date,Conversation_ID,Result,Note,Owner',
  '2026-03-20,conv-1,won,"PO 5512, signed",mei',
  '2026-03-21,conv-2, LOST ,,mei',
  '2026-03-22,conv-3,maybe,,mei',
  '2026-02-30,conv-4,won,,mei',
  '2026-03-23,,won,,mei',
  '2026-03-24,conv-1,lost,,mei',
  '20/03/2026,conv-5,won,,mei',
  '2026-03-25,conv-6,won',
].join('\r\n');

describe('parseOutcomesCsv', () => {
  it('reads good rows and reports bad ones', () => {
    const { outcomes, problems } = parseOutcomesCsv(GOOD_AND_BAD, 'deals.csv');
    expect(outcomes).toEqual([
      { conversationId: 'conv-1', result: 'won', decidedAt: '2026-03-20', source: 'csv', note: 'PO 5512, signed', line: 2 },
      { conversationId: 'conv-2', result: 'lost', decidedAt: '2026-03-21', source: 'csv', line: 3 },
    ]);
    expect(problems).toEqual([
      { line: 4, reason: 'result "maybe" is neither won nor lost' },
      { line: 5, reason: 'date "2026-02-30" is not a day written yyyy-mm-dd' },
      { line: 6, reason: 'conversation_id is empty' },
      { line: 7, reason: 'conversation conv-1 is already given on line 2' },
      { line: 8, reason: 'date "20/03/2026" is not a day written yyyy-mm-dd' },
      { line: 9, reason: 'has 3 fields but the header has 5; check for an unquoted "," or a missing quote' },
    ]);
  });

  it('requires the header columns', () => {
    expect(() => parseOutcomesCsv('conv-1,won,2026-03-20\n', 'deals.csv')).toThrow(InputError);
    expect(() => parseOutcomesCsv('conversation_id,result\nconv-1,won\n', 'deals.csv')).toThrow(
      /deals\.csv: the header line must name the columns conversation_id, result, date .*missing date, found "conversation_id", "result"/,
    );
    expect(() => parseOutcomesCsv('', 'empty.csv')).toThrow(/missing conversation_id, result, date, the file is empty/);
  });
});

describe('importOutcomes and setOutcome on SQLite', () => {
  let dir: string;
  let store: SqliteStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-outcomes-'));
    store = SqliteStore.open(join(dir, 'p.db'));
    await store.saveMessages(['conv-1', 'conv-2'].map((id) => normalizedMessage({ id: `m-${id}`, conversationId: id })));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('skips unknown conversations, re-import is idempotent', async () => {
    const csv = 'conversation_id,result,date\nconv-1,won,2026-03-20\nconv-9,lost,2026-03-21\nconv-2,lost,2026-03-22\n';
    const first = await importOutcomes(store, csv, 'deals.csv');
    expect(first).toEqual({ write: { inserted: 2, unchanged: 0, updated: 0 }, problems: [{ line: 3, reason: 'no conversation conv-9 in the database' }] });
    const second = await importOutcomes(store, csv, 'deals.csv');
    expect(second.write).toEqual({ inserted: 0, unchanged: 2, updated: 0 });
    expect((await store.loadOutcomes()).map((o) => `${o.conversationId}:${o.result}:${o.source}`)).toEqual(['conv-1:won:csv', 'conv-2:lost:csv']);
  });

  it('records and replaces a manual outcome', async () => {
    const outcome = { conversationId: 'conv-1', result: 'won' as const, decidedAt: '2026-03-20', source: 'manual' as const };
    expect(await setOutcome(store, outcome)).toBe('inserted');
    expect(await setOutcome(store, outcome)).toBe('unchanged');
    expect(await setOutcome(store, { ...outcome, result: 'lost', note: 'budget cut' })).toBe('updated');
    expect(await store.loadOutcomes(['conv-1'])).toEqual([{ ...outcome, result: 'lost', note: 'budget cut' }]);
    await expect(setOutcome(store, { ...outcome, conversationId: 'conv-9' })).rejects.toThrow(/conv-9: no conversation with this id/);
  });
});
