import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { parseEmail } from '../ingest/email.js';
import { testDataPath } from '../ingest/test-paths.js';
import { isAutomatedEmail } from './email-automated.js';

/** Returns the automated flag of a shared test file, or null when the file is quarantined. */
async function automatedFlag(relative: string): Promise<boolean | null> {
  const item = await parseEmail(readFileSync(testDataPath(relative)), relative);
  return item.kind === 'message' ? (item.message.automated ?? false) : null;
}

function filesUnder(relative: string, pattern: RegExp): string[] {
  return readdirSync(testDataPath(relative), { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .map((name) => path.join(relative, name));
}

describe('isAutomatedEmail on fixtures', () => {
  it('flags every sisimai auto-reply', async () => {
    const files = filesUnder('sisimai-set-of-emails/maildir/bsd', /^rfc3834-/);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(await automatedFlag(file), file).toBe(true);
  });

  it('flags every read sisimai bounce', async () => {
    const files = filesUnder('sisimai-set-of-emails/maildir/bsd', /^(lhost|rhost|rfc3464|arf)-/);
    let read = 0;
    for (const file of files) {
      const flag = await automatedFlag(file);
      if (flag === null) continue;
      read += 1;
      expect(flag, file).toBe(true);
    }
    expect(read).toBeGreaterThan(550);
  });

  it.each([
    'mailparser/test/fixtures/delivery-status.eml',
    'postal-mime/test/fixtures/bounce.eml',
    'postal-mime/test/fixtures/arf.eml',
    'MimeKit/UnitTests/TestData/messages/bounce.txt',
    'MimeKit/UnitTests/TestData/messages/delivery-status.txt',
    'MimeKit/UnitTests/TestData/messages/delivery-status-no-blank-line.txt',
    'MimeKit/UnitTests/TestData/messages/disposition-notification.txt',
    'MimeKit/UnitTests/TestData/messages/feedback-report.txt',
  ])('flags %s', async (file) => {
    expect(await automatedFlag(file)).toBe(true);
  });

  it('leaves Enron mail unflagged', async () => {
    const files = filesUnder('spark-mail-enron/mailrecord-utils/src/test/resources/enron/maildir', /\.txt$/);
    expect(files).toHaveLength(13);
    for (const file of files) expect(await automatedFlag(file), file).toBe(false);
  });

  it.each([
    'sisimai-set-of-emails/maildir/not/is-not-bounce-01.eml',
    'sisimai-set-of-emails/maildir/not/is-not-bounce-02.eml',
    'MimeKit/UnitTests/TestData/messages/simple-multipart.eml',
    'MimeKit/UnitTests/TestData/messages/japanese.txt',
    'postal-mime/test/fixtures/calendar-event.eml',
  ])('leaves %s unflagged', async (file) => {
    expect(await automatedFlag(file)).toBe(false);
  });
});

describe('isAutomatedEmail cues', () => {
  it.each([
    'Abwesenheitsnotiz: Angebot',
    'Réponse automatique : devis',
    'Respuesta automática: cotización',
    'Resposta automática: cotação',
    'Risposta automatica: offerta',
    'Автоматический ответ: КП',
    'رد تلقائي: عرض سعر',
    '自动回复: 报价',
    'Fwd: Returned mail: see transcript for details',
    'Mail delivery failed: returning message to sender',
  ])('flags subject %s', (subject) => {
    expect(isAutomatedEmail({ subject })).toBe(true);
  });

  it.each([
    'Ich bin derzeit nicht im Büro und ab Montag wieder erreichbar.',
    'Je suis actuellement absent jusqu’au 12 mars.',
    'Estoy fuera de la oficina hasta el lunes.',
    "I'm currently out of the office until Monday.",
  ])('flags out-of-office body %s', (body) => {
    expect(isAutomatedEmail({ body })).toBe(true);
  });

  it('flags delivery report fields', () => {
    expect(isAutomatedEmail({ body: 'Hello\n\nReporting-MTA: dns; mx.example.com\nAction: failed' })).toBe(true);
    expect(isAutomatedEmail({ headers: { 'x-failed-recipients': 'a@example.com' } })).toBe(true);
    expect(isAutomatedEmail({ from: 'no-reply@notifications.example.com' })).toBe(true);
  });

  it('flags newsletters and marked spam', () => {
    expect(isAutomatedEmail({ headers: { 'list-unsubscribe': '<mailto:leave@news.example.com>' } })).toBe(true);
    expect(isAutomatedEmail({ headers: { 'x-spam-flag': 'YES' } })).toBe(true);
    expect(isAutomatedEmail({ headers: { 'x-spam-status': 'Yes, score=7.1 required=5.0' } })).toBe(true);
    expect(isAutomatedEmail({ headers: { 'x-spam-status': 'No, score=0.2 required=5.0' } })).toBe(false);
  });

  it('flags list mail as mailparser reads it', async () => {
    const raw = (field: string) =>
      `From: news@shop.example.com\r\nTo: sales@example.com\r\nSubject: Spring offers\r\n${field}\r\n\r\nOur new catalog is out.\r\n`;
    for (const field of ['List-Unsubscribe: <mailto:leave@shop.example.com>', 'List-Id: Buyers club <buyers.lists.example.com>']) {
      const mail = await simpleParser(raw(field));
      expect(isAutomatedEmail({ headers: mail.headers, subject: mail.subject ?? null, body: mail.text ?? null }), field).toBe(true);
    }
    const plain = await simpleParser(raw('X-Mailer: Outlook'));
    expect(isAutomatedEmail({ headers: plain.headers, subject: plain.subject ?? null, body: plain.text ?? null })).toBe(false);
  });

  it('leaves buyer text alone', () => {
    expect(isAutomatedEmail({ subject: 'Re: out of stock items', body: 'I was out of office last week, sorry.' })).toBe(false);
    expect(isAutomatedEmail({ subject: 'Delivery schedule', from: 'buyer@example.com', body: 'Please confirm delivery.' })).toBe(false);
  });
});
