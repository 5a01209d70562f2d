import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEmail, readEmailFile } from './email.js';
import { testDataPath } from './test-paths.js';

const ENRON = 'spark-mail-enron/mailrecord-utils/src/test/resources/enron/maildir/';

function enronFiles(): string[] {
  const root = testDataPath(ENRON);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.txt'))
    .map((name) => path.join(root, name));
}

describe('readEmailFile', () => {
  it('reads every Enron message', async () => {
    const files = enronFiles();
    expect(files).toHaveLength(13);
    for (const file of files) {
      const item = await readEmailFile(file);
      expect(item.kind, file).toBe('message');
      if (item.kind !== 'message') continue;
      expect(item.message.sourceId).toMatch(/^[^<>]+@[^<>]+$/);
      expect(item.message.sentAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
      expect(item.message.sender.email).toMatch(/@/);
      expect(item.message.body.length).toBeGreaterThan(0);
    }
  });

  it('keeps Enron Pacific offsets', async () => {
    const offsets = new Set<string>();
    for (const file of enronFiles()) {
      const item = await readEmailFile(file);
      if (item.kind === 'message') offsets.add(item.message.sentAt.slice(-6));
    }
    expect([...offsets].every((offset) => offset === '-07:00' || offset === '-08:00')).toBe(true);
  });

  it('lists attachments with sizes', async () => {
    const item = await readEmailFile(testDataPath('enmime/testdata/mail/attachment.raw'));
    expect(item.kind).toBe('message');
    if (item.kind !== 'message') return;
    expect(item.message.attachments.length).toBeGreaterThan(0);
    for (const attachment of item.message.attachments) {
      expect(attachment.name.length).toBeGreaterThan(0);
      expect(attachment.size).toBeGreaterThan(0);
    }
  });

  it('never throws on malformed enmime mail', async () => {
    const folders = ['enmime/testdata/low-quality', 'enmime/testdata/mail', 'enmime/testdata/parts'];
    let messages = 0;
    let quarantined = 0;
    for (const folder of folders) {
      for (const name of readdirSync(testDataPath(folder))) {
        const item = await readEmailFile(testDataPath(`${folder}/${name}`));
        if (item.kind === 'message') messages += 1;
        else {
          quarantined += 1;
          expect(item.item.reason.length).toBeGreaterThan(0);
          expect(item.item.source).toContain(name);
        }
      }
    }
    expect(messages).toBeGreaterThan(30);
    expect(quarantined).toBeGreaterThan(10);
  });

  it('keeps an image-only message', async () => {
    const item = await readEmailFile(testDataPath('stalwart-mail-parser/resources/eml/thirdparty/011.eml'));
    if (item.kind !== 'message') throw new Error(`expected a message: ${item.item.reason}`);
    expect(item.message.body).toBe('');
    expect(item.message.attachments).toEqual([{ name: '01H5HSCoUeEcg6CH.png', mediaType: 'image/png', size: 3256 }]);
  });

  it('skips inline images beside text', async () => {
    const raw = [
      'From: a@example.com',
      'Date: Tue, 10 Mar 2026 09:15:00 +0400',
      'Content-Type: multipart/related; boundary="r"',
      '',
      '--r',
      'Content-Type: text/html',
      '',
      '<p>Photo of the damage</p><img src="cid:logo@x">',
      '--r',
      'Content-Type: image/png; name="logo.png"',
      'Content-Disposition: inline; filename="logo.png"',
      'Content-ID: <logo@x>',
      'Content-Transfer-Encoding: base64',
      '',
      'iVBORw0KGgo=',
      '--r--',
    ].join('\r\n');
    const item = await parseEmail(Buffer.from(raw), 'z.eml');
    if (item.kind !== 'message') throw new Error('expected a message');
    expect(item.message.body).toBe('Photo of the damage');
    expect(item.message.attachments).toEqual([]);
  });

  it('falls back to HTML text', async () => {
    const raw = 'From: a@example.com\r\nDate: Tue, 10 Mar 2026 09:15:00 +0400\r\nSubject: q\r\nContent-Type: text/html\r\n\r\n<p>Need <b>2x40HQ</b>&nbsp;FOB</p>';
    const item = await parseEmail(Buffer.from(raw), 'x.eml');
    expect(item.kind).toBe('message');
    if (item.kind === 'message') expect(item.message.body.replace(/\s+/g, ' ')).toBe('Need 2x40HQ FOB');
  });

  it('reads richtext and enriched bodies', async () => {
    const richtext = [
      'From: a@example.com',
      'Date: Tue, 10 Mar 2026 09:15:00 +0400',
      'Subject: q',
      'Content-Type: multipart/mixed; boundary=r',
      '',
      '--r',
      'content-type: text/richtext',
      '',
      '<bold>Need</bold> 2x40HQ',
      'FOB Ningbo<nl><nl>Price <lt> USD 9?',
      '--r--',
    ].join('\r\n');
    const item = await parseEmail(Buffer.from(richtext), 'r.eml');
    if (item.kind !== 'message') throw new Error('expected a message');
    expect(item.message.body).toBe('Need 2x40HQ FOB Ningbo\n\nPrice < USD 9?');
    expect(item.message.attachments).toEqual([]);
    const enriched = 'From: a@example.com\r\nDate: Tue, 10 Mar 2026 09:15:00 +0400\r\nContent-Type: text/enriched\r\n\r\n<color><param>red</param><bold>Need</bold></color> 2x40HQ\r\nFOB Ningbo\r\n\r\nPrice <<USD 9?';
    const second = await parseEmail(Buffer.from(enriched), 'e.eml');
    if (second.kind !== 'message') throw new Error('expected a message');
    expect(second.message.body).toBe('Need 2x40HQ FOB Ningbo\nPrice <USD 9?');
  });

  it('threads by In-Reply-To and References', async () => {
    const raw = [
      'From: Buyer <b@example.com>',
      'To: s@example.org',
      'Cc: c@example.org',
      'Date: Tue, 10 Mar 2026 09:15:00 +0400',
      'Message-ID: <m2@example.com>',
      'In-Reply-To: <m1@example.org>',
      'References: <m0@example.org> <m1@example.org>',
      'Subject: Re: quote',
      '',
      'OK',
    ].join('\r\n');
    const item = await parseEmail(Buffer.from(raw), 'y.eml');
    if (item.kind !== 'message') throw new Error('expected a message');
    expect(item.message.inReplyTo).toBe('m1@example.org');
    expect(item.message.references).toEqual(['m0@example.org', 'm1@example.org']);
    expect(item.message.recipients.map((recipient) => recipient.email)).toEqual(['s@example.org', 'c@example.org']);
    expect(item.message.sentAt).toBe('2026-03-10T09:15:00+04:00');
    expect(item.message.automated).toBe(false);
  });

  it('marks out-of-office replies', async () => {
    const folder = testDataPath('sisimai-set-of-emails/maildir/bsd');
    const files = readdirSync(folder).filter((name) => name.startsWith('rfc3834-'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const item = await readEmailFile(path.join(folder, name));
      if (item.kind === 'message') expect(item.message.automated, name).toBe(true);
    }
  });
});
