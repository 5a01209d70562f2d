import { describe, expect, it } from 'vitest';
import { emailSentAt, offsetFromDateHeader } from './email-date.js';

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
