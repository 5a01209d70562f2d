import { describe, expect, it } from 'vitest';
import { parseEmail } from './email.js';
import { repairEncodedWords } from './email-header-words.js';

function mail(subjectBytes: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from('From: a@example.com\r\nDate: Tue, 10 Mar 2026 09:00:00 +0400\r\nSubject: '),
    subjectBytes,
    Buffer.from('\r\n\r\nBody text\r\n'),
  ]);
}

async function subjectOf(raw: Buffer): Promise<string | null> {
  const item = await parseEmail(raw, 'test.eml');
  if (item.kind !== 'message') throw new Error(item.item.reason);
  return item.message.subject;
}

describe('repairEncodedWords', () => {
  it('decodes a UTF-7 encoded word', async () => {
    const raw = mail(Buffer.from('=?utf-7?Q?Die_Fr+APY-sche?='));
    expect(await subjectOf(raw)).toBe('Die Frösche');
  });

  it('escapes raw 8-bit bytes in a Q word', async () => {
    const raw = mail(Buffer.from('=?iso-8859-1?Q?Die_Fr\xf6sche?=', 'latin1'));
    expect(await subjectOf(raw)).toBe('Die Frösche');
  });

  it('leaves ordinary headers and the body unchanged', () => {
    const raw = mail(Buffer.from('=?utf-8?B?RnLDtnNjaGU=?='));
    expect(repairEncodedWords(raw)).toBe(raw);
  });
});
