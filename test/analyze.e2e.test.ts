import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocumentSchema } from '../src/core/contract-schemas.js';
import { repoRoot, runCli, sharedData } from './run-cli.js';

const realFiles = [
  'whats_json/test/data/languages/english_ios.txt',
  'rwhatsapp/inst/extdata/sample.zip',
  'spark-mail-enron',
  'MimeKit',
].map((path) => join(sharedData, path));

/** Returns every row of every table, so two snapshots compare the whole database. */
function dumpDatabase(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  const dump: Record<string, unknown[]> = {};
  for (const { name } of tables) dump[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all();
  db.close();
  return dump;
}

describe('parley analyze on real exports', () => {
  let dir: string;
  let db: string;
  let first: ReturnType<typeof runCli>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
    db = join(dir, 'parley.db');
    first = runCli(['analyze', ...realFiles, '--db', db, '--as-of', '2026-12-01T00:00:00Z', '--no-progress']);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finishes and prints the ranked buyer table', () => {
    expect(first.stderr).not.toMatch(/Error|at .*\.ts:\d+/);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^ *# +Buyer +Channel +Stage +Stalled +Archetype +Win/m);
    expect(first.stdout).toMatch(/\d+ conversations?; \d+ messages? read, \d+ new/);
  });

  it('stores messages from every source kind', () => {
    const rows = new Database(db, { readonly: true })
      .prepare('SELECT channel, count(*) AS n FROM messages GROUP BY channel')
      .all() as { channel: string; n: number }[];
    const byChannel = Object.fromEntries(rows.map((r) => [r.channel, r.n]));
    expect(byChannel.whatsapp).toBeGreaterThan(10);
    expect(byChannel.email).toBeGreaterThan(10);
  });

  it('leaves the database unchanged on a second run', () => {
    const before = dumpDatabase(db);
    const second = runCli(['analyze', ...realFiles, '--db', db, '--as-of', '2026-12-02T00:00:00Z', '--no-progress']);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/ 0 new,/);
    expect(dumpDatabase(db)).toEqual(before);
  });
});

describe('parley analyze --json', () => {
  it('follows the conversation-analysis contract on the samples', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-json-'));
    const result = runCli([
      'analyze',
      join(repoRoot, 'samples'),
      '--config',
      join(repoRoot, 'samples/parley.config.json'),
      '--db',
      join(dir, 'p.db'),
      '--json',
      '--as-of',
      '2026-12-01T00:00:00Z',
    ]);
    rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(0);
    const document = analyzeDocumentSchema.parse(JSON.parse(result.stdout));
    expect(document.asOf).toBe('2026-12-01T00:00:00.000Z');
    expect(document.conversations.length).toBeGreaterThanOrEqual(6);
    const probabilities = document.conversations.map((c) => c.winProbability);
    expect(probabilities).toEqual([...probabilities].sort((a, b) => b - a));
    const everyInboundHasSentiment = document.conversations.every((c) =>
      c.messages.filter((m) => m.sentiment !== null).length > 0,
    );
    expect(everyInboundHasSentiment).toBe(true);
  });
});

describe('parley analyze --limit', () => {
  it('shows the top rows and counts the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-limit-'));
    const config = join(repoRoot, 'samples/parley.config.json');
    const args = ['analyze', join(repoRoot, 'samples'), '--config', config, '--db', join(dir, 'p.db'), '--no-progress'];
    const result = runCli([...args, '--limit', '3', '--as-of', '2026-12-01T00:00:00Z']);
    rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(0);
    const rows = result.stdout.split('\n').filter((line) => /^\s*\d+\s{2}/.test(line));
    expect(rows.map((row) => row.trim().split(/\s+/)[0])).toEqual(['1', '2', '3']);
    const total = Number(/\n(\d+) conversations?;/.exec(result.stdout)?.[1]);
    expect(total).toBeGreaterThan(3);
    expect(result.stdout).toContain(`… and ${total - 3} more conversations`);
  });

  it('rejects a row count of 0 with exit 2', () => {
    const result = runCli(['analyze', 'samples', '--limit', '0']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/invalid row count "0"/);
  });
});

describe('parley analyze errors', () => {
  it('quarantines an unreadable file and goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-bad-'));
    const bad = join(dir, 'notes.txt');
    writeFileSync(bad, 'just some notes, not a chat export\n');
    const good = join(sharedData, 'whats_json/test/data/languages/english_ios.txt');
    const result = runCli(['analyze', bad, good, '--db', join(dir, 'p.db'), '--no-progress']);
    rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/1 quarantined/);
    expect(result.stdout).toContain('notes.txt');
  });

  it('exits 2 naming a missing path', () => {
    const result = runCli(['analyze', '/nonexistent/chat.txt', '--no-progress']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('/nonexistent/chat.txt');
  });

  it('rejects an invalid --as-of with exit 2', () => {
    const result = runCli(['analyze', 'samples', '--as-of', 'yesterday']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/invalid date "yesterday"/);
  });

  it('warns when --as-of is before the latest message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-as-of-'));
    const result = runCli(['analyze', 'samples/whatsapp', '--db', join(dir, 'p.db'), '--as-of', '2020-01-01', '--no-progress']);
    rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/--as-of 2020-01-01T00:00:00.000Z is before the latest message/);
  });

  it('rejects an impossible --utc-offset with exit 2', () => {
    const result = runCli(['analyze', 'samples', '--utc-offset', '+25:00']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/invalid UTC offset "\+25:00"/);
  });
});

describe('parley analyze on a chat the buyer never wrote in', () => {
  it('shows no buyer type and takes the writer as the seller', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-silent-'));
    const chat = join(dir, 'WhatsApp Chat - Ana Souza.txt');
    writeFileSync(chat, '12/03/2026, 10:15 - Mei: Hello Ana, here is our catalogue\n14/03/2026, 09:00 - Mei: Any news?\n');
    const answered = join(dir, 'WhatsApp Chat - Omar Haddad.txt');
    writeFileSync(answered, '12/03/2026, 10:15 - Omar Haddad: Price for 2x40HQ CIF Jebel Ali?\n12/03/2026, 11:00 - Mei: USD 2.35/pc\n');
    const result = runCli(['analyze', chat, answered, '--db', join(dir, 'p.db'), '--as-of', '2026-04-01T00:00:00Z', '--no-progress']);
    rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(0);
    const row = result.stdout.split('\n').find((line) => line.includes('Ana Souza'));
    expect(row).toContain('no buyer message');
    expect(row).not.toContain('send_documents');
    const answeredRow = result.stdout.split('\n').find((line) => line.includes('Omar Haddad'));
    expect(answeredRow).toBeDefined();
    expect(answeredRow).not.toContain('no buyer message');
    expect(result.stderr).toMatch(/no parley.config.json; seller and buyer in 4 messages are told apart by heuristics/);
  });

  it('needs no seller config when every line names its direction', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-directed-'));
    const file = join(dir, 'deal.jsonl');
    writeFileSync(
      file,
      '{"channel":"email","direction":"outbound","conversationId":"d1","sentAt":"2026-03-10","text":"Our catalogue is attached."}\n' +
        '{"channel":"email","direction":"inbound","conversationId":"d1","sentAt":"2026-03-11","text":"Price for 500 pcs FOB Ningbo?"}\n',
    );
    const result = runCli(['analyze', file, '--db', join(dir, 'p.db'), '--as-of', '2026-04-01T00:00:00Z', '--no-progress']);
    rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/parley.config.json/);
  });
});
