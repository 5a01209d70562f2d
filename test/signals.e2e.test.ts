import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageAnalysisSchema } from '../src/core/contract-schemas.js';
import { repoRoot, runCli } from './run-cli.js';
import { testDir } from '../src/test-support/temp-dir.js';

describe('parley signals', () => {
  it('writes one contract line per input line, in order', () => {
    const input = [
      { id: 'm-17', text: 'Need 2x40HQ, best FOB price?', sentAt: '2026-03-10T09:15:00+04:00', channel: 'whatsapp' },
      { id: 'm-18', text: 'Price is not an issue, we need it by next Friday.' },
      { id: 7, text: 'Please send the proforma invoice.' },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    const result = runCli(['signals'], { input });
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => messageAnalysisSchema.parse(JSON.parse(line)));
    expect(lines.map((l) => l.id)).toEqual(['m-17', 'm-18', '7']);
    const first = lines[0]!;
    expect(first.signals.map((s) => s.type)).toContain('intent.quotation');
    expect(first.entities).toContainEqual(
      expect.objectContaining({ type: 'quantity', value: 2, unit: 'containers_40hq', text: '2x40HQ' }),
    );
    expect(first.entities).toContainEqual(expect.objectContaining({ type: 'incoterm', code: 'FOB' }));
    expect(lines[1]!.signals.map((s) => s.type)).not.toContain('objection.price');
    expect(lines[2]!.signals.map((s) => s.type)).toContain('commitment.invoice_request');
  });

  it('replaces bad lines with errors', () => {
    const input = [
      '{"id":"a","text":"hello"}',
      '{not json',
      '{"id":"c"}',
      '',
      '{"id":"e","text":"hi","sentAt":"someday"}',
      '{"id":"f","text":"MOQ?"}',
      '{"id":"g","text":"MOQ?","language":"klingon"}',
    ].join('\n');
    const result = runCli(['signals'], { input });
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(7);
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringMatching(/invalid JSON/) });
    expect(lines[2]).toMatchObject({ line: 3, id: 'c', error: expect.stringMatching(/text/) });
    expect(lines[3]).toMatchObject({ line: 4, error: 'blank line' });
    expect(lines[4]).toMatchObject({ line: 5, id: 'e', error: expect.stringMatching(/sentAt/) });
    expect(lines[5]).toMatchObject({ id: 'f' });
    expect(lines[6]).toMatchObject({ line: 7, id: 'g', error: expect.stringMatching(/"language": "klingon" is not an ISO 639-1 code/) });
    expect(result.stderr).toMatch(/5 line\(s\) could not be read/);
  });

  it('rejects the sentAt values analyze rejects', () => {
    const input = [
      '{"id":"a","text":"Need it by Friday","sentAt":"2026-02-30"}',
      '{"id":"b","text":"Need it by Friday","sentAt":"2026-3-10"}',
      '{"id":"c","text":"Need it by Friday","sentAt":"2026-03-10"}',
    ].join('\n');
    const result = runCli(['signals'], { input });
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ id: 'a', error: 'invalid field "sentAt": "2026-02-30", expected an ISO 8601 time such as 2026-03-10T09:15:00+04:00 or a date such as 2026-03-10' });
    expect(lines[1]).toMatchObject({ id: 'b', error: expect.stringMatching(/sentAt/) });
    expect(lines[2]).toMatchObject({ id: 'c', entities: expect.arrayContaining([expect.objectContaining({ type: 'date', iso: '2026-03-13' })]) });
  });
});

describe('parley signals in worker threads', () => {
  it('matches one thread, bad lines included', () => {
    // The labeled sets' lines are messages with extra fields, 614 of them in five
    // languages: more than two batches, so worker output has to be put back in order.
    const good = ['en', 'ar', 'es', 'pt', 'fr'].flatMap((lang) =>
      readFileSync(join(repoRoot, 'eval/dev', `${lang}.jsonl`), 'utf8').split('\n').filter(Boolean),
    );
    const lines = [...good.slice(0, 300), '{not json', '', '{"id":"no-text"}', ...good.slice(300)];
    const file = join(testDir('signals'), 'messages.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    const one = runCli(['signals', '--workers', '1', file]);
    const two = runCli(['signals', '--workers', '2', file]);
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const out = two.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: unknown; error?: string; line?: number });
    expect(out).toHaveLength(lines.length);
    expect(out[300]).toMatchObject({ line: 301, error: expect.stringMatching(/invalid JSON/) });
    expect(out[301]).toMatchObject({ line: 302, error: 'blank line' });
    expect(out[302]).toMatchObject({ line: 303, id: 'no-text' });
    expect(out.at(-1)!.id).toBe((JSON.parse(good.at(-1)!) as { id: string }).id);
    expect(two.stderr).toMatch(/3 line\(s\) could not be read/);
  }, 120_000);

  it('rejects an invalid thread count', () => {
    const result = runCli(['signals', '--workers', '0', 'missing.jsonl']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/invalid thread count "0"/);
  });
});

describe('parley signals on canonical messages', () => {
  it('reads attachments and sender for context signals', () => {
    const input = JSON.stringify({
      id: 'm-1',
      channel: 'whatsapp',
      text: 'Drawing attached, please check',
      sentAt: '2026-03-10T09:15:00+04:00',
      sender: { name: 'Omar', phone: '+971550100123', email: null },
      attachments: [{ name: 'bracket.dwg', mediaType: 'application/acad', size: 52011 }],
    });
    const result = runCli(['signals'], { input });
    expect(result.status).toBe(0);
    const analysis = messageAnalysisSchema.parse(JSON.parse(result.stdout));
    const types = analysis.signals.map((s) => s.type);
    expect(types).toContain('context.file_type');
    expect(types).toContain('context.region');
  });

  it('warns about an empty file', () => {
    const dir = testDir('signals');
    const path = join(dir, 'empty.jsonl');
    writeFileSync(path, '');
    const result = runCli(['signals', path]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${path}: empty input, no messages read`);
  });

  it('exits 2 naming a missing file', () => {
    const result = runCli(['signals', '/nonexistent/messages.jsonl']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('/nonexistent/messages.jsonl: file not found');
  });

  it('exits 2 pointing to analyze for a chat export or an e-mail', () => {
    const chat = join(repoRoot, 'samples/whatsapp/WhatsApp Chat with Omar Haddad.txt');
    const result = runCli(['signals', chat]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('this is a WhatsApp chat export, not JSON Lines messages');
    expect(result.stderr).toContain('parley analyze');
    const dir = testDir('signals');
    const mail = join(dir, 'rfq.eml');
    writeFileSync(mail, 'From: buyer@example.com\nSubject: RFQ\n\nPlease quote 500 pcs FOB Ningbo.\n');
    const fromMail = runCli(['signals', mail]);
    expect(fromMail.status).toBe(2);
    expect(fromMail.stderr).toContain('this is an e-mail (.eml)');
  });

  it('reads a first line after a byte order mark', () => {
    const result = runCli(['signals'], { input: '\ufeff{"id":"b1","text":"Need 500 pcs, best price?"}\n' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout.trim()) as { id: string }).toMatchObject({ id: 'b1' });
  });

  it('exits 2 for a chat export on stdin', () => {
    const input = readFileSync(join(repoRoot, 'samples/whatsapp/WhatsApp Chat with Omar Haddad.txt'), 'utf8');
    const result = runCli(['signals'], { input });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('stdin: this is a WhatsApp chat export');
  });

  it('quotes a path with spaces in its hint', () => {
    const result = runCli(['signals', join(repoRoot, 'samples/whatsapp/WhatsApp Chat with Omar Haddad.txt')]);
    expect(result.stderr).toContain(`parley analyze '${join(repoRoot, 'samples/whatsapp/WhatsApp Chat with Omar Haddad.txt')}'`);
  });

  it('exits 2 for a folder', () => {
    const result = runCli(['signals', 'samples']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/samples: not a file/);
  });

  it('stops quietly when the reader closes the pipe', () => {
    const file = join(testDir('signals-pipe'), 'many.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'm', text: 'Price for 500 pcs?' })}\n`.repeat(3000));
    const command = `set -o pipefail; "${process.execPath}" --import tsx "${repoRoot}src/cli/main.ts" signals "${file}" | head -n 1`;
    const result = spawnSync('bash', ['-c', command], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, PARLEY_LOG_LEVEL: 'warn' } });
    expect(result.stderr).not.toContain('EPIPE');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });
});

describe('parley --version', () => {
  it('prints the package version', () => {
    const result = runCli(['--version']);
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });
});
