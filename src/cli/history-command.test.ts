import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocumentSchema } from '../core/contract-schemas.js';
import type { ConversationAnalysis, StateChange, StateSnapshot } from '../core/types.js';
import { runCli } from '../../test/run-cli.js';

const BUYER = { name: 'Omar Haddad', email: null, phone: '+971550100123' };
const SELLER = { name: 'Mei Lin', email: 'mei@harborlighting.example', phone: null };

/** A WhatsApp deal in canonical JSON Lines: qualification, evaluation, then an order with a PI request. */
const DEAL = [
  ['w1', 'inbound', '2026-03-10T09:00:00+04:00', 'Hello, what is your MOQ for LED panels?'],
  ['w2', 'outbound', '2026-03-10T09:30:00+04:00', 'Hello Omar, our MOQ is 500 pcs per model.'],
  ['w3', 'inbound', '2026-03-11T09:00:00+04:00', 'Please share the datasheet for the 40W panel.'],
  ['w4', 'outbound', '2026-03-11T10:00:00+04:00', 'Datasheet attached.'],
  ['w5', 'inbound', '2026-03-12T09:00:00+04:00', 'We want to place the order for 2x40HQ, please send the proforma invoice 🙏'],
] as const;

const jsonl = DEAL.map(([id, direction, sentAt, text]) =>
  JSON.stringify({ id, channel: 'whatsapp', conversationId: 'deal-1', direction, sender: direction === 'inbound' ? BUYER : SELLER, sentAt, text }),
).join('\n');

interface HistoryJson {
  conversations: { conversationId: string; matchedBy: string; snapshots: StateSnapshot[]; changes: StateChange[]; outcome: unknown }[];
}

describe('parley history and parley outcome on a real SQLite file', () => {
  let dir: string;
  let db: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-history-cli-'));
    db = join(dir, 'parley.db');
    writeFileSync(join(dir, 'deal.jsonl'), jsonl + '\n');
    const analyzed = runCli(['analyze', join(dir, 'deal.jsonl'), '--db', db, '--as-of', '2026-04-01T00:00:00Z', '--no-progress']);
    expect(analyzed.status).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one line per change', () => {
    const result = runCli(['history', 'Omar Haddad', '--db', db]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Conversation deal-1 · Omar Haddad <\+971550100123> \(matched by name\): 5 states, \d+ changes$/);
    expect(lines[1]).toMatch(/^ {2}2026-03-10 09:00\+04:00 {2}w1 {2}start {2}stage \w+, archetype \w+ \(0\.\d+\), win 0\.\d+/);
    const commitment = lines.find((line) => / stage {2}\w+ → commitment /.test(line));
    expect(commitment).toMatch(
      /^ {2}2026-03-12 09:00\+04:00 {2}w5 {2}stage {2}\w+ → commitment {2}"We want to place the order for 2x40HQ, please send the prof…" {2}because stage\.commitment ".*"; commitment\.invoice_request ".*proforma.*"$/,
    );
  });

  it('finds by id and phone, writes JSON', () => {
    const byId = JSON.parse(runCli(['history', 'deal-1', '--db', db, '--json']).stdout) as HistoryJson;
    const byPhone = JSON.parse(runCli(['history', '+971 55 010 0123', '--db', db, '--json']).stdout) as HistoryJson;
    expect(byId.conversations.map((c) => c.matchedBy)).toEqual(['id']);
    expect(byPhone.conversations.map((c) => c.matchedBy)).toEqual(['phone']);
    expect(byPhone.conversations[0]!.changes).toEqual(byId.conversations[0]!.changes);
    expect(byId.conversations[0]!.snapshots.map((s) => s.messageId)).toEqual(['w1', 'w2', 'w3', 'w4', 'w5']);
    expect(byId.conversations[0]!.outcome).toBeNull();
  });

  it('exits 2 when nothing matches', () => {
    const none = runCli(['history', 'Nobody Here', '--db', db]);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('parley: Nobody Here: no conversation id, buyer name, email or phone matches; `parley accounts list` shows them\n');
    const missing = runCli(['history', 'deal-1', '--db', join(dir, 'missing.db')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/missing\.db: database not found/);
  });

  it('applies a manual outcome to analyze', () => {
    const set = runCli(['outcome', 'set', 'deal-1', 'lost', '--date', '2026-03-20', '--note', 'went with another supplier', '--db', db]);
    expect([set.status, set.stdout]).toEqual([0, 'Recorded: deal-1 lost on 2026-03-20.\n']);
    expect(runCli(['outcome', 'set', 'deal-1', 'lost', '--date', '2026-03-20', '--note', 'went with another supplier', '--db', db]).stdout).toBe(
      'Already recorded: deal-1 lost on 2026-03-20.\n',
    );
    const analyzed = runCli(['analyze', join(dir, 'deal.jsonl'), '--db', db, '--as-of', '2026-04-01T00:00:00Z', '--no-progress', '--json']);
    expect(analyzed.status).toBe(0);
    const document = JSON.parse(analyzed.stdout) as { conversations: ConversationAnalysis[] };
    expect(analyzeDocumentSchema.safeParse(document).success).toBe(true);
    const [deal] = document.conversations;
    expect(deal).toMatchObject({ stage: 'lost', winProbability: 0, outcome: { result: 'lost', decidedAt: '2026-03-20', source: 'manual' } });
    expect(deal!.stateHistory!.some((change) => change.field === 'stage' && change.to === 'commitment')).toBe(true);
    expect(runCli(['history', 'deal-1', '--db', db]).stdout).toMatch(/\n {2}outcome {2}lost on 2026-03-20 \(manual\): went with another supplier\n$/);
  });

  it('rejects bad results and days', () => {
    expect(runCli(['outcome', 'set', 'deal-1', 'maybe', '--db', db]).status).toBe(2);
    const badDay = runCli(['outcome', 'set', 'deal-1', 'won', '--date', '2026-02-30', '--db', db]);
    expect(badDay.status).toBe(2);
    expect(badDay.stderr).toMatch(/invalid day "2026-02-30"/);
    expect(runCli(['outcome', 'set', 'deal-9', 'won', '--db', db]).status).toBe(2);
  });

  it('imports a CSV with bad rows', () => {
    const csv = join(dir, 'outcomes.csv');
    writeFileSync(csv, 'conversation_id,result,date,note\ndeal-1,won,2026-03-25,PO 5512\ndeal-9,won,2026-03-25,\ndeal-1,won,25/03/2026,\n');
    const first = runCli(['outcome', 'import', csv, '--db', db]);
    expect(first.status).toBe(1);
    expect(first.stdout).toBe(`Imported 1 outcome(s) from ${csv}: 0 new, 1 changed, 0 already recorded; 2 bad row(s) skipped.\n`);
    expect(first.stderr).toBe(
      `${csv}:3: no conversation deal-9 in the database; row skipped\n` +
        `${csv}:4: date "25/03/2026" is not a day written yyyy-mm-dd; row skipped\n`,
    );
    const again = runCli(['outcome', 'import', csv, '--db', db]);
    expect(again.stdout).toMatch(/: 0 new, 0 changed, 1 already recorded; 2 bad row\(s\) skipped\.\n$/);
    const history = JSON.parse(runCli(['history', 'deal-1', '--db', db, '--json']).stdout) as HistoryJson;
    expect(history.conversations[0]!.outcome).toEqual({ conversationId: 'deal-1', result: 'won', decidedAt: '2026-03-25', source: 'csv', note: 'PO 5512' });
  });
});
