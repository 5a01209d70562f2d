/** English date words for the date extractor (see `entities/date.ts`). */
import type { DateCues } from '../types.js';

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, tues: 2, wednesday: 3, thursday: 4, thurs: 4, friday: 5, saturday: 6,
};

/** English date cues. */
export const EN_DATES: DateCues = {
  // chrono runs only around these; weekdays, ASAP, "within N weeks" and the
  // other forms below are resolved without it.
  chronoTriggers: ['today', 'tonight', 'tomorrow', 'tmrw', ...Object.keys(MONTHS).filter((m) => m !== 'may')],
  chronoPeriods: ['week', 'month', 'year', 'weekend'],
  chronoPeriodModifiers: ['next', 'this', 'coming', 'following'],
  ambiguousMonths: ['may'],
  months: MONTHS,
  weekdays: WEEKDAYS,
  pastMarkers: ['already', 'alr', 'yesterday', 'sent', 'was', 'were', 'have', 'has', 'had', 'did', 'last'],
  paymentStepWords: ['pay', 'paid', 'pays', 'wire', 'wired', 'remit', 'transfer', 'transferred', 'funds', 'swift', 'lc', 'l/c'],
  brokenPromise: {
    promised: ['said', 'promised', 'told us|me', 'you quoted', 'was|were due', 'should have', 'you confirmed', 'assured'],
    now: ['today is', 'today\'s', 'it is now', 'it\'s now', 'we are now at|on', 'we\'re now at|on', 'as of today|now', 'as of this morning'],
  },
  pastWeekdayModifiers: ['last', 'past', 'previous'],
  weekdayModifiers: ['next', 'this', 'coming', 'this coming'],
  sameWeekModifiers: ['this'],
  // "Until" and "till" mostly bound the buyer's own wait ("out of office until Monday", "hold the price till
  // end of month"), not a date the seller must meet, so they mark no deadline.
  deadlineMarkers: ['by', 'before', 'no later than', 'not later than', 'latest by', 'at the latest', 'deadline', 'due', 'deadline is'],
  asap: ['asap', 'as soon as possible', 'a.s.a.p'],
  endOfDay: ['eod', 'end of day', 'end of the day', 'end of today', 'cob', 'close of business'],
  endOfWeek: ['eow', 'end of week', 'end of the week', 'end of this week'],
  endOfMonth: ['eom', 'end of month', 'end of the month', 'end of this month'],
  endOfNamedMonth: ['end of', 'the end of'],
  withinMarkers: ['within', 'in', 'within the next', 'in the next', 'next', 'over the next'],
  relativeDays: { today: 0, tonight: 0, tomorrow: 1, tmrw: 1, 'day after tomorrow': 2 },
  periodOffsets: { this: 0, next: 1, coming: 1, following: 1 },
  periodUnits: { week: ['week'], month: ['month'], year: ['year'] },
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  dayMonthLinkers: ['of'],
  partOfMonth: { early: 5, 'beginning of': 1, mid: 15, 'middle of': 15, late: 25 },
  leadTimeMarkers: ['lead time', 'leadtime', 'production time', 'delivery time', 'production takes', 'takes', 'lead-time'],
  countWords: { a: 1, an: 1, 'a couple of': 2, 'couple of': 2, 'a few': 3, few: 3 },
  endOfYear: ['eoy', 'end of year', 'end of the year', 'end of this year', 'year end', 'year-end'],
  endOfQuarter: ['eoq', 'end of quarter', 'end of the quarter', 'end of this quarter', 'quarter end', 'quarter-end'],
  quarterNames: {
    'first quarter': 1, 'second quarter': 2, 'third quarter': 3, 'fourth quarter': 4,
    '1st quarter': 1, '2nd quarter': 2, '3rd quarter': 3, '4th quarter': 4,
  },
  halfYears: { 'first half': 1, 'second half': 2, '1st half': 1, '2nd half': 2, h1: 1, h2: 2 },
  yearLinkers: ['of', 'of the'],
  dayOfMonthIntroducers: ['by the', 'before the', 'on the', 'until the', 'till the', 'from the', 'after the', 'no later than the'],
};
