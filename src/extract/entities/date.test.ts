import { describe, expect, it } from 'vitest';
import { entitiesOf, expectNoEntity, expectOneEntity } from '../test-builder.js';

// SENT_AT is Tuesday 2026-03-10 09:15 at +04:00.
describe('date extractor', () => {
  it.each([
    ['Deliver by next Friday', '2026-03-13', 'deadline', 'next Friday'],
    ['send it by Friday', '2026-03-13', 'deadline', 'Friday'],
    ['call me on Monday', '2026-03-16', 'date', 'Monday'],
    ['Reply ASAP', '2026-03-10', 'deadline', 'ASAP'],
    ['Quote by EOD', '2026-03-10', 'deadline', 'EOD'],
    ['before end of week', '2026-03-13', 'deadline', 'end of week'],
    ['by end of month', '2026-03-31', 'deadline', 'end of month'],
    ['ship within 2 weeks', '2026-03-24', 'deadline', 'within 2 weeks'],
    ['over the next two weeks', '2026-03-24', 'deadline', 'over the next two weeks'],
    ['arrival mid-January', '2027-01-15', 'date', 'mid-January'],
    ['launch in Q1 2027', '2027-01-01', 'date', 'Q1 2027'],
    ['send the PI tomorrow', '2026-03-11', 'date', 'tomorrow'],
    ['by tomorrow please', '2026-03-11', 'deadline', 'tomorrow'],
    ['before 15 March', '2026-03-15', 'deadline', '15 March'],
    ['by 30 April', '2026-04-30', 'deadline', '30 April'],
    ['ready on March 5', '2027-03-05', 'date', 'March 5'],
    ['before end of June', '2026-06-30', 'deadline', 'end of June'],
    ['deliver next week', '2026-03-17', 'date', 'next week'],
    ['ETA 20/03/2026', '2026-03-20', 'date', '20/03/2026'],
    ['deadline is 2026-04-01', '2026-04-01', 'deadline', '2026-04-01'],
  ])('reads "%s"', (text, iso, kind, span) => {
    expectOneEntity(text, 'date', { iso, kind: kind as 'date' | 'deadline', text: span });
  });

  it('resolves "tomorrow" in the sender offset, not in UTC', () => {
    // 23:30 at -05:00 is already the next day in UTC.
    expectOneEntity('I need the quote tomorrow', 'date', { iso: '2026-03-11' }, { sentAt: '2026-03-10T23:30:00-05:00' });
  });

  it('resolves "today" in a positive offset after UTC midnight', () => {
    // 01:30 at +08:00 is still the previous day in UTC.
    expectOneEntity('send it today', 'date', { iso: '2026-03-11' }, { sentAt: '2026-03-11T01:30:00+08:00' });
  });

  it.each([['we can pay at 6.5 per unit'], ['price is $6.5'], ['lead time 30 days'], ['you may order more'], ['use a 1/2 inch pipe at 10.30']])(
    'finds no date in "%s"',
    (text) => {
      expectNoEntity(text, 'date');
    },
  );

  it('keeps several dates in text order', () => {
    expect(entitiesOf('ASAP, or by end of month at the latest', 'date').map((d) => d.iso)).toEqual(['2026-03-10', '2026-03-31']);
  });
});
