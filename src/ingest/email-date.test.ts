import { describe, expect, it } from 'vitest';
import { emailSentAt, offsetFromDateHeader, parseDateHeader } from './email-date.js';
import { parseEmail } from './email.js';

describe('offsetFromDateHeader', () => {
  it.each([
    ['Mon, 14 May 2001 16:39:00 -0700 (PDT)', -420],
    ['Fri, 23 Aug 2002 2:32:53 +0530', 330],
    ['Mon, 14 May 2001 16:39:00 PDT', -420],
    ['Mon, 14 May 2001 16:39:00 GMT', 0],
    ['Mon, 14 May 2001 16:39:00', null],
  ])('reads %s', (header, offset) => {
    expect(offsetFromDateHeader(header)).toBe(offset);
  });

  it('keeps the sender offset', () => {
    const instant = new Date('2001-05-14T23:39:00Z');
    expect(emailSentAt(instant, 'Mon, 14 May 2001 16:39:00 -0700 (PDT)')).toBe('2001-05-14T16:39:00-07:00');
  });
});

describe('parseDateHeader', () => {
  it('reads RFC 5322 dates', () => {
    expect(parseDateHeader('Mon, 14 May 2001 16:39:00 -0700')?.toISOString()).toBe('2001-05-14T23:39:00.000Z');
  });

  it('reads zone names JavaScript does not know', () => {
    expect(parseDateHeader('Tue, 10 Mar 2026 09:00:00 JST')?.toISOString()).toBe('2026-03-10T00:00:00.000Z');
  });

  it('returns null for an unreadable date', () => {
    expect(parseDateHeader('19-11-2026 09:00')).toBeNull();
    expect(parseDateHeader('soon')).toBeNull();
  });
});

describe('parseEmail with a bad Date header', () => {
  it('quarantines instead of using the current time', async () => {
    const raw = Buffer.from('From: a@example.com\r\nDate: someday\r\nSubject: x\r\n\r\nBody\r\n');
    const item = await parseEmail(raw, 'bad-date.eml');
    expect(item.kind).toBe('quarantine');
  });
});
