import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../src/core/types.js';
import { runCli } from './run-cli.js';

/** One buyer (phone +971 55 010 0123, omar@gulf-trading.example) on three channels, in three folders. */
const CHAT = [
  '10/03/2026, 09:15 - +971 55 010 0123: Hello, we need 2x40HQ of LED panels, best FOB price?',
  '10/03/2026, 09:20 - Mei Lin: Hello Omar, I will send the quotation today.',
  '10/03/2026, 09:25 - +971 55 010 0123: Thanks, we need delivery by April.',
].join('\n');

// The signature's local number is read with the config's defaultCountry (AE).
const EMAIL = [
  'From: Omar Haddad <omar@gulf-trading.example>',
  'To: Mei Lin <mei@harborlighting.example>',
  'Subject: Purchase order for LED panels',
  'Date: Thu, 12 Mar 2026 10:00:00 +0400',
  'Message-ID: <po-1@gulf-trading.example>',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Hi Mei,',
  '',
  'Please find our PO for 2x40HQ attached. Please send the proforma invoice.',
  '',
  'Best regards,',
  'Omar Haddad',
  'Gulf Trading LLC',
  'Tel: 055 010 0123',
].join('\r\n');

const RFQ = [
  'RFQ ID,Created At,Buyer Name,Email,Phone,Buyer ID,Product,Quantity,Unit,Message',
  'RFQ-1001,2026-03-08 08:00,Omar Haddad,omar@gulf-trading.example,,gulf_omar,LED panel 600x600,5000,pcs,Need price for 5000 pcs',
].join('\n');

const CONFIG = { team: { domains: ['harborlighting.example'], names: ['Mei Lin'] }, defaultCountry: 'AE' };

interface ListedAccount extends Account {
  conversationCount: number;
  conversations: { id: string; channels: string[]; messages: number }[];
}

function dumpDatabase(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  const dump: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    dump[name] = db.prepare(`SELECT * FROM "${name}"`).all().map((row) => JSON.stringify(row)).sort();
  }
  db.close();
  return dump;
}

describe('parley accounts across channels and runs', () => {
  let dir: string;
  let db: string;
  let configPath: string;
  const folders = { chat: '', email: '', rfq: '' };

  const analyze = (...paths: string[]) =>
    runCli(['analyze', ...paths, '--db', db, '--config', configPath, '--as-of', '2026-04-01T00:00:00Z', '--no-progress']);
  const list = (): ListedAccount[] => {
    const result = runCli(['accounts', 'list', '--json', '--db', db]);
    expect(result.status).toBe(0);
    return (JSON.parse(result.stdout) as { accounts: ListedAccount[] }).accounts;
  };
  const accountOf = (accounts: ListedAccount[], conversationId: string) =>
    accounts.find((account) => account.conversationIds.includes(conversationId));

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-accounts-'));
    db = join(dir, 'parley.db');
    configPath = join(dir, 'parley.config.json');
    writeFileSync(configPath, JSON.stringify(CONFIG));
    for (const name of Object.keys(folders) as (keyof typeof folders)[]) {
      folders[name] = join(dir, name);
      mkdirSync(folders[name]);
    }
    writeFileSync(join(folders.chat, 'WhatsApp Chat with +971 55 010 0123.txt'), CHAT);
    writeFileSync(join(folders.email, 'po.eml'), EMAIL);
    writeFileSync(join(folders.rfq, 'rfq.csv'), RFQ);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('joins chat, email and RFQ from separate runs', () => {
    for (const folder of [folders.chat, folders.email, folders.rfq]) expect(analyze(folder).status).toBe(0);
    const accounts = list();
    expect(accounts).toHaveLength(1);
    const account = accounts[0]!;
    expect(account.conversationCount).toBe(3);
    expect(account.conversationIds).toHaveLength(3);
    const channels = account.conversations.flatMap((conversation) => conversation.channels).sort();
    expect(channels).toEqual(['email', 'marketplace', 'whatsapp']);
    expect(account.domain).toBe('gulf-trading.example');
    expect(account.contacts).toHaveLength(1);
    expect(account.contacts[0]?.phones).toEqual(['+971550100123']);
    expect(account.identities).toContainEqual({ kind: 'phone', value: '+971550100123' });
    expect(account.identities).toContainEqual({ kind: 'email', value: 'omar@gulf-trading.example' });
    expect(account.identities).toContainEqual({ kind: 'handle', value: 'gulf_omar' });
    const matchedBy = new Set(account.links?.map((link) => `${link.matchedBy} ${link.value}`));
    expect(matchedBy).toContain('phone +971550100123');
    expect(matchedBy).toContain('email omar@gulf-trading.example');
  });

  it('names the account of every conversation in analyze --json', () => {
    const result = runCli([
      'analyze', folders.chat, folders.email, folders.rfq,
      '--db', db, '--config', configPath, '--as-of', '2026-04-01T00:00:00Z', '--json',
    ]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { accounts: Account[]; conversations: { accountId: string }[] };
    expect(report.accounts).toHaveLength(1);
    expect(new Set(report.conversations.map((c) => c.accountId))).toEqual(new Set([report.accounts[0]!.id]));
  });

  it('leaves the database unchanged on a repeated run', () => {
    const before = dumpDatabase(db);
    const again = analyze(folders.chat, folders.email, folders.rfq);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/ 0 new,/);
    expect(dumpDatabase(db)).toEqual(before);
  });

  it('keeps a split conversation apart in later runs', () => {
    const [account] = list();
    // The chat is the one conversation that matched by phone alone.
    const matchesOf = (id: string) => account!.links!.filter((l) => l.conversationId === id).map((l) => l.matchedBy);
    const chatId = account!.conversationIds.find((id) => matchesOf(id).join() === 'phone')!;
    expect(chatId).toBeDefined();
    const split = runCli(['accounts', 'split', account!.id, '--conversation', chatId, '--db', db]);
    expect(split.status).toBe(0);
    expect(split.stdout).toContain(chatId);
    expect(list()).toHaveLength(2);
    expect(analyze(folders.chat, folders.email, folders.rfq).status).toBe(0);
    const after = list();
    expect(after).toHaveLength(2);
    expect(accountOf(after, chatId)?.conversationIds).toEqual([chatId]);
    expect(accountOf(after, chatId)?.id).not.toBe(account!.id);
    expect(after.find((a) => a.id === account!.id)?.conversationCount).toBe(2);
  });

  it('keeps a manual merge in later runs', () => {
    const ids = list().map((account) => account.id);
    const merge = runCli(['accounts', 'merge', ...ids, '--db', db]);
    expect(merge.status).toBe(0);
    expect(analyze(folders.chat).status).toBe(0);
    const after = list();
    expect(after).toHaveLength(1);
    expect(after[0]?.conversationCount).toBe(3);
    expect(after[0]?.links?.map((link) => link.matchedBy)).toContain('manual');
  });

  it('rejects unknown ids with exit 2', () => {
    const [account] = list();
    const unknownAccount = runCli(['accounts', 'merge', account!.id, 'acct-0000000000000000', '--db', db]);
    expect(unknownAccount.status).toBe(2);
    expect(unknownAccount.stderr).toContain('acct-0000000000000000');
    const unknownConversation = runCli(['accounts', 'split', account!.id, '--conversation', 'conv-missing', '--db', db]);
    expect(unknownConversation.status).toBe(2);
    expect(unknownConversation.stderr).toContain('conv-missing');
    const unknownSplit = runCli(['accounts', 'split', 'acct-0000000000000000', '--conversation', 'conv-missing', '--db', db]);
    expect(unknownSplit.status).toBe(2);
    const missingDb = runCli(['accounts', 'list', '--db', join(dir, 'missing.db')]);
    expect(missingDb.status).toBe(2);
    expect(missingDb.stderr).toContain('missing.db');
  });
});

describe('parley accounts with free-mail buyers', () => {
  it('never merges two buyers on one free-mail domain', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-freemail-'));
    const db = join(dir, 'p.db');
    const rfq = (id: string, name: string, email: string) =>
      `RFQ ID,Created At,Buyer Name,Email,Product,Message\n${id},2026-03-08 08:00,${name},${email},LED panel,Need a price\n`;
    writeFileSync(join(dir, 'a.csv'), rfq('RFQ-1', 'Ana Lima', 'ana.lima@gmail.com'));
    writeFileSync(join(dir, 'b.csv'), rfq('RFQ-2', 'Ben Okafor', 'ben.okafor@gmail.com'));
    for (const file of ['a.csv', 'b.csv']) {
      expect(runCli(['analyze', join(dir, file), '--db', db, '--no-progress']).status).toBe(0);
    }
    const listed = runCli(['accounts', 'list', '--json', '--db', db]);
    rmSync(dir, { recursive: true, force: true });
    const accounts = (JSON.parse(listed.stdout) as { accounts: Account[] }).accounts;
    expect(accounts).toHaveLength(2);
    expect(accounts.every((account) => account.domain === null)).toBe(true);
    expect(accounts.flatMap((account) => account.links ?? [])).toEqual([]);
  });
});

describe('parley analyze summary per source', () => {
  it('counts files with every message new in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-sources-'));
    const db = join(dir, 'p.db');
    const chats = Array.from({ length: 6 }, (_, index) => join(dir, `WhatsApp Chat with Buyer ${index}.txt`));
    chats.forEach((file, index) => writeFileSync(file, CHAT.replaceAll('Omar', `Buyer${index}`)));
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'just some notes, not a chat export\n');
    const first = runCli(['analyze', ...chats, notes, '--db', db, '--no-progress']);
    const again = runCli(['analyze', ...chats, '--db', db, '--no-progress']);
    rmSync(dir, { recursive: true, force: true });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`  ${notes}: 0 read, 0 new, 0 already stored or repeated, 0 updated, 1 quarantined`);
    expect(first.stdout).toContain('  6 sources: every message new');
    expect(first.stdout).not.toContain(chats[0]);
    expect(again.stdout).toContain('  6 sources: every message already stored or repeated');
  });

  it('counts read, new, duplicate and quarantined per file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-sources-'));
    const db = join(dir, 'p.db');
    const chat = join(dir, 'WhatsApp Chat with Omar.txt');
    const notes = join(dir, 'notes.txt');
    writeFileSync(chat, CHAT);
    writeFileSync(notes, 'just some notes, not a chat export\n');
    expect(runCli(['analyze', chat, '--db', db, '--no-progress']).status).toBe(0);
    const table = runCli(['analyze', chat, notes, '--db', db, '--no-progress']);
    const json = runCli(['analyze', chat, notes, '--db', db, '--json', '--no-progress']);
    rmSync(dir, { recursive: true, force: true });
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/\d+ conversations?; 3 messages read, 0 new, 3 already stored/);
    expect(table.stdout).toContain(`  ${chat}: 3 read, 0 new, 3 already stored or repeated, 0 updated, 0 quarantined`);
    expect(table.stdout).toContain(`  ${notes}: 0 read, 0 new, 0 already stored or repeated, 0 updated, 1 quarantined`);
    const summary = (JSON.parse(json.stdout) as { summary: { quarantined: number; sources: unknown[] } }).summary;
    expect(summary.quarantined).toBe(1);
    expect(summary.sources).toEqual([
      { source: chat, read: 3, stored: 0, duplicate: 3, updated: 0, quarantined: 0 },
      { source: notes, read: 0, stored: 0, duplicate: 0, updated: 0, quarantined: 1 },
    ]);
  });
});
