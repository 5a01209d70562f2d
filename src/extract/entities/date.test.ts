import { describe, expect, it } from 'vitest';
import { EN } from '../lang/en/index.js';
import type { LanguageCues } from '../lang/types.js';
import { analyze, entitiesOf, expectNoEntity, expectOneEntity } from '../test-builder.js';

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
    // "Until" bounds the buyer's own wait, not a date the seller must meet.
    ['Out of office until Monday', '2026-03-16', 'date', 'Monday'],
    ['can we park this till Friday?', '2026-03-13', 'date', 'Friday'],
    // Today's weekday named alone is next week's; "this" keeps today.
    ['te aviso el martes', '2026-03-17', 'date', 'martes'],
    ['je vous confirme mardi', '2026-03-17', 'date', 'mardi'],
    ['we can talk this Tuesday', '2026-03-10', 'date', 'this Tuesday'],
    // "Last" names the weekday before today.
    ['The container arrived last Friday', '2026-03-06', 'date', 'last Friday'],
    ['Llegó el contenedor el viernes pasado', '2026-03-06', 'date', 'viernes pasado'],
    ['Reçu le conteneur vendredi dernier', '2026-03-06', 'date', 'vendredi dernier'],
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

  it.each([
    ['by end of next week', '2026-03-20', 'deadline', 'end of next week'],
    ['end of next month', '2026-04-30', 'deadline', 'end of next month'],
    ['before the end of the year', '2026-12-31', 'deadline', 'end of the year'],
    ['before EOQ', '2026-03-31', 'deadline', 'EOQ'],
    ['by end of Q2', '2026-06-30', 'deadline', 'end of Q2'],
    ['in the first quarter of 2027', '2027-01-01', 'date', 'first quarter of 2027'],
    ['launch in Q3', '2026-07-01', 'date', 'Q3'],
    ["Q1'27 launch", '2027-01-01', 'date', "Q1'27"],
    ['first half of next year', '2027-01-01', 'date', 'first half of next year'],
    ['in H2 2026', '2026-07-01', 'date', 'H2 2026'],
    ['second half of this year', '2026-07-01', 'date', 'second half of this year'],
    ['early April', '2026-04-05', 'date', 'early April'],
    ['late March', '2026-03-25', 'date', 'late March'],
    ['early March', '2027-03-05', 'date', 'early March'],
    ['within a week', '2026-03-17', 'deadline', 'within a week'],
    ['in a couple of days', '2026-03-12', 'deadline', 'in a couple of days'],
    ['in a few weeks', '2026-03-31', 'deadline', 'in a few weeks'],
    ['deliver in 2 to 3 weeks', '2026-03-31', 'deadline', 'in 2 to 3 weeks'],
    ['by the 15th', '2026-03-15', 'deadline', '15th'],
    ['on the 5th', '2026-04-05', 'date', '5th'],
    ['Friday next week', '2026-03-20', 'date', 'Friday next week'],
    ['Monday this week', '2026-03-09', 'date', 'Monday this week'],
    ['deliver next year', '2027-01-01', 'date', 'next year'],
  ])('reads the period "%s"', (text, iso, kind, span) => {
    expectOneEntity(text, 'date', { iso, kind: kind as 'date' | 'deadline', text: span }, { language: 'en' });
  });

  it.each([['this is our 2nd order'], ['the second half of the order'], ['we can do 6.5 per piece'], ['price is 6.50, ok?']])('finds no date in "%s"', (text) => {
    expectNoEntity(text, 'date', { language: 'en' });
  });

  it('does not read a decimal price next to a date as a time', () => {
    expect(entitiesOf('we can do 6.5 today', 'date', { language: 'en' })).toMatchObject([{ iso: '2026-03-10', text: 'today' }]);
  });

  it('keeps several dates in text order', () => {
    expect(entitiesOf('ASAP, or by end of month at the latest', 'date').map((d) => d.iso)).toEqual(['2026-03-10', '2026-03-31']);
  });
});

describe('date extractor with cue tables alone', () => {
  // Arabic-style date words in the DateCues shape: chrono stays English and reads only the numeric date.
  const arabicLike: LanguageCues = {
    ...EN,
    code: 'xa',
    chronoLocale: 'en',
    entities: { ...EN.entities, durationUnits: { أيام: 1, يوم: 1, أسابيع: 7 }, numberWords: { ثلاثة: 3 } },
    dates: {
      ...EN.dates,
      chronoTriggers: [],
      chronoPeriods: [],
      ambiguousMonths: [],
      months: { يناير: 1, مارس: 3, أبريل: 4 },
      weekdays: { الجمعة: 5, الاثنين: 1 },
      weekdayModifiers: ['القادم', 'القادمة'],
      sameWeekModifiers: ['هذا'],
      periodOffsets: { القادم: 1, هذا: 0 },
      periodUnits: { week: ['الأسبوع'], month: ['الشهر'] },
      relativeDays: { غدا: 1, اليوم: 0 },
      deadlineMarkers: ['قبل', 'بحلول'],
      asap: ['في أسرع وقت'],
      endOfDay: ['نهاية اليوم'],
      endOfWeek: ['نهاية الأسبوع'],
      endOfMonth: ['نهاية الشهر'],
      endOfNamedMonth: ['نهاية'],
      withinMarkers: ['خلال'],
      partOfMonth: { منتصف: 15, أوائل: 5 },
      dayMonthLinkers: [],
      ordinalSuffixes: [],
      leadTimeMarkers: ['مدة التسليم'],
      countWords: undefined,
      quarterNames: undefined,
      halfYears: undefined,
      yearLinkers: undefined,
      dayOfMonthIntroducers: undefined,
    },
  };

  function datesOf(text: string) {
    return analyze(text, {}, { cues: arabicLike })
      .entities.filter((e) => e.type === 'date')
      .map((e) => (e.type === 'date' ? [e.iso, e.kind, e.text] : []));
  }

  it.each([
    ['نحتاجها غداً', '2026-03-11', 'date', 'غداً'],
    ['قبل الجمعة القادمة', '2026-03-13', 'deadline', 'الجمعة القادمة'],
    ['التسليم الأسبوع القادم', '2026-03-17', 'date', 'الأسبوع القادم'],
    ['خلال ٣ أيام', '2026-03-13', 'deadline', 'خلال ٣ أيام'],
    ['خلال ثلاثة أسابيع', '2026-03-31', 'deadline', 'خلال ثلاثة أسابيع'],
    ['في منتصف ابريل', '2026-04-15', 'date', 'منتصف ابريل'],
    ['قبل ١٥ مارس', '2026-03-15', 'deadline', '١٥ مارس'],
    ['في أسرع وقت', '2026-03-10', 'deadline', 'في أسرع وقت'],
    ['بحلول نهاية الشهر', '2026-03-31', 'deadline', 'نهاية الشهر'],
    ['بحلول ٢٠/٠٣/٢٠٢٦', '2026-03-20', 'deadline', '٢٠/٠٣/٢٠٢٦'],
  ])('reads "%s"', (text, iso, kind, span) => {
    expect(datesOf(text)).toEqual([[iso, kind, span]]);
  });

  it('reads the neutral ASAP in a table without it', () => {
    expect(datesOf('ASAP من فضلك')).toEqual([['2026-03-10', 'deadline', 'ASAP']]);
  });
});
