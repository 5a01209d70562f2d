import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFile } from 'node:fs/promises';
import { parseEmail } from './email.js';
import { dropUnreadDates, forwardedDateFormatter } from './email-forwarded.js';
import { testDataPath } from './test-paths.js';

const SENDGRID = 'sisimai-set-of-emails/maildir/bsd/lhost-sendgrid-03.eml';

/** Builds a note with an inline forwarded message whose Date header is `date`. */
function forwardedMail(date: string): Buffer {
  return Buffer.from(
    [
      'From: Seller <s@example.org>',
      'To: b@example.com',
      'Date: Tue, 10 Mar 2026 09:15:00 +0400',
      'Subject: Fwd: damage',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      'See below.',
      '--b1',
      'Content-Type: message/rfc822',
      'Content-Disposition: inline',
      '',
      'From: Buyer <b@example.com>',
      `Date: ${date}`,
      'Subject: damage',
      '',
      'Two cartons crushed.',
      '--b1--',
      '',
    ].join('\r\n'),
  );
}

async function bodyAt(input: Buffer, now: string): Promise<string> {
  vi.setSystemTime(new Date(now));
  const item = await parseEmail(input, 'fwd.eml');
  if (item.kind !== 'message') throw new Error(`expected a message: ${item.item.reason}`);
  return item.message.body;
}

describe('forwarded message shown inline', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('unreadable Date gives a stable body', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const input = forwardedMail('Sat, 06 Nov 2026 23:34:45 JST');
    const first = await bodyAt(input, '2026-12-04T19:55:40Z');
    const second = await bodyAt(input, '2027-01-15T08:00:00Z');
    expect(second).toBe(first);
    expect(first).toBe('See below.\n\nFrom: "Buyer" <b@example.com>\nSubject: damage\n\nTwo cartons crushed.');
  });

  it('keeps a readable forwarded Date', async () => {
    const body = await bodyAt(forwardedMail('Mon, 09 Mar 2026 10:00:00 +0000'), '2026-12-04T19:55:40Z');
    expect(body).toContain('Date: Mon, 09 Mar 2026 10:00:00 GMT');
  });

  it('SendGrid bounce body is stable', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const input = await readFile(testDataPath(SENDGRID));
    const first = await bodyAt(input, '2026-12-04T19:55:40Z');
    const second = await bodyAt(input, '2026-12-04T20:25:47Z');
    expect(second).toBe(first);
    expect(first).toContain('Subject: 猫ちゃん');
  });
});

describe('dropUnreadDates', () => {
  it('leaves text without the marker unchanged', () => {
    expect(dropUnreadDates('Date: today\n')).toBe('Date: today\n');
  });

  it('formats earlier dates as UTC', () => {
    const format = forwardedDateFormatter();
    expect(format(new Date('2020-01-02T03:04:05Z'))).toBe('Thu, 02 Jan 2020 03:04:05 GMT');
  });

  it('drops the unreadable Date line', () => {
    const format = forwardedDateFormatter();
    expect(dropUnreadDates(`Date: ${format(new Date())}\nTo: x\n`)).toBe('To: x\n');
  });
});
