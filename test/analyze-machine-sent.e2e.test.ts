import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, sharedData } from './run-cli.js';

/** Real delivery-failure reports of four mail servers (Amazon SES, Fastmail and two Postfix hosts). */
const BOUNCES = [
  'mailparser/test/fixtures/delivery-status.eml',
  'postal-mime/test/fixtures/bounce.eml',
  'MimeKit/UnitTests/TestData/messages/bounce.txt',
  'sisimai-set-of-emails/maildir/bsd/lhost-postfix-01.eml',
];
const HUMAN = 'spark-mail-enron/mailrecord-utils/src/test/resources/enron/maildir/neal-s/all_documents/99.txt';

/** Joins messages into an mboxrd file: a "From " separator before each, and body lines starting "From " escaped. */
function mbox(files: string[]): string {
  return files
    .map((file) => {
      const text = readFileSync(join(sharedData, file), 'utf8').replace(/\r\n?/g, '\n');
      const escaped = text.replace(/^(>*From )/gm, '>$1');
      return `From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n${escaped.endsWith('\n') ? escaped : `${escaped}\n`}\n`;
    })
    .join('');
}

function analyze(file: string, db: string, extra: string[] = []): ReturnType<typeof runCli> {
  return runCli(['analyze', file, '--db', db, '--as-of', '2026-12-01T00:00:00Z', '--no-progress', ...extra]);
}

describe('parley analyze on machine-sent mail', () => {
  let dir: string;
  let bouncesOnly: string;
  let mixed: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-bounces-'));
    bouncesOnly = join(dir, 'bounces.mbox');
    mixed = join(dir, 'mixed.mbox');
    writeFileSync(bouncesOnly, mbox(BOUNCES));
    writeFileSync(mixed, mbox([...BOUNCES.slice(0, 3), HUMAN]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says why a bounce-only mbox has no conversation', () => {
    const result = analyze(bouncesOnly, join(dir, 'table.db'));
    expect(result.stderr).not.toMatch(/Error|at .*\.ts:\d+/);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^0 conversations; 4 messages read, 4 new,/m);
    expect(result.stdout).toContain(
      'All 4 messages read were machine-sent (bounces, auto-replies, newsletters or spam) and left out, so no buyer conversation remains.',
    );
  });

  it('counts machine-sent messages in the JSON summary', () => {
    const result = analyze(bouncesOnly, join(dir, 'json.db'), ['--json']);
    expect(result.status).toBe(0);
    const summary = (JSON.parse(result.stdout) as { summary: Record<string, unknown> }).summary;
    expect(summary.read).toBe(4);
    expect(summary.automated).toBe(4);
    expect(summary.conversations).toBe(0);
  });

  it('counts machine-sent messages beside a buyer', () => {
    const result = analyze(mixed, join(dir, 'mixed.db'));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^1 conversation; 4 messages read,/m);
    expect(result.stdout).toContain(
      '3 of the 4 messages read were machine-sent (bounces, auto-replies, newsletters or spam) and left out of the buyer conversations.',
    );
  });
});
