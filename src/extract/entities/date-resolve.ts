/**
 * Resolves the named groups of a `date-forms.ts` match to a calendar day.
 * Every form looks forward, like chrono's forwardDate: a month, quarter or
 * half year that has already passed this year means the next one.
 */
import type { LanguageCues } from '../lang/types.js';
import { lookupFolded, normalizePhrase } from '../text/normalize.js';
import { parseLocaleNumber } from '../text/numbers.js';
import { addDays, endOfMonth, makeDay, type LocalDay } from '../text/time.js';

const QUARTER_START_MONTH = [1, 4, 7, 10];
const END_OF_WEEK_WEEKDAY = 5; // Friday: the end of the business week

type Groups = Record<string, string | undefined>;

/** A resolved day and whether the form itself sets a deadline ("ASAP", "within 2 weeks"). */
export type ResolvedDate = { day: LocalDay; kind: 'date' | 'deadline' } | null;

/** Resolves one match; null when its words do not make a valid day. */
export function resolveDateForm(g: Groups, today: LocalDay, cues: LanguageCues): ResolvedDate {
  if (g.asap !== undefined || g.eod !== undefined) {
    return { day: today, kind: 'deadline' };
  }
  if (g.eow !== undefined) {
    return { day: fridayAfter(today, 0), kind: 'deadline' };
  }
  if (g.eom !== undefined) {
    return { day: endOfMonth(today.year, today.month), kind: 'deadline' };
  }
  if (g.eoy !== undefined) {
    return { day: makeDay(today.year, 12, 31), kind: 'deadline' };
  }
  if (g.eoq !== undefined) {
    return { day: quarterEnd(today.year, Math.floor((today.month - 1) / 3) + 1), kind: 'deadline' };
  }
  if (g.eperiod !== undefined || g.eperiod2 !== undefined) {
    return endOfPeriod(g, today, cues);
  }

  if (g.q !== undefined || g.qname !== undefined) {
    return quarter(g, today, cues);
  }
  if (g.unit !== undefined) {
    return withinDays(g, today, cues);
  }
  if (g.part !== undefined) {
    return partOfMonth(g, today, cues);
  }
  if (g.half !== undefined) {
    return halfYear(g, today, cues);
  }

  if (g.weekday !== undefined) {
    return weekday(g, today, cues);
  }
  if (g.oday !== undefined || g.bday !== undefined) {
    return dayOfMonth(Number(g.oday ?? g.bday), today);
  }
  return calendarDay(g, today, cues);
}

function fridayAfter(today: LocalDay, weeksAhead: number): LocalDay {
  return addDays(today, ((END_OF_WEEK_WEEKDAY - today.weekday + 7) % 7) + 7 * weeksAhead);
}

function quarterEnd(year: number, q: number): LocalDay {
  return endOfMonth(year, (QUARTER_START_MONTH[q - 1] ?? 1) + 2);
}

/** "end of next week" (its Friday), "end of next month", "fin de l'année prochaine": deadlines. */
function endOfPeriod(g: Groups, today: LocalDay, cues: LanguageCues): ResolvedDate {
  const ahead = lookupFolded(cues.dates.periodOffsets, g.epmod ?? g.epmod2 ?? '') ?? 0;
  const unit = periodKind(g.eperiod ?? g.eperiod2 ?? '', cues);
  if (unit === 'week') {
    return { day: fridayAfter(today, ahead), kind: 'deadline' };
  }
  if (unit === 'month') {
    const first = makeDay(today.year, today.month + ahead, 1);
    return { day: endOfMonth(first.year, first.month), kind: 'deadline' };
  }
  return { day: makeDay(today.year + ahead, 12, 31), kind: 'deadline' };
}

function periodKind(word: string, cues: LanguageCues): 'week' | 'month' | 'year' {
  const units = cues.dates.periodUnits;
  const norm = normalizePhrase(word);
  if (units.week.some((w) => normalizePhrase(w) === norm)) {
    return 'week';
  }
  return units.month.some((w) => normalizePhrase(w) === norm) ? 'month' : 'year';
}

/**
 * Returns the year a quarter or half year names: written ("2027", "'27"),
 * relative ("next year", "السنة القادمة"), or else this year unless the period has ended.
 */
function periodYear(g: Groups, prefix: string, today: LocalDay, lastMonth: number, cues: LanguageCues): number {
  const short = prefix === 'qy' ? g.qshort : undefined;
  const written = g[`${prefix}num`] ?? short;
  if (written !== undefined) {
    return Number(written.length === 2 ? `20${written}` : written);
  }
  const modifier = g[`${prefix}mod`] ?? g[`${prefix}mod2`];
  if (modifier !== undefined) {
    return today.year + (lookupFolded(cues.dates.periodOffsets, modifier) ?? 0);
  }
  return lastMonth < today.month ? today.year + 1 : today.year;
}

/** "Q1 2027" → January 1; "end of Q1" → March 31, a deadline. */
function quarter(g: Groups, today: LocalDay, cues: LanguageCues): ResolvedDate {
  const q = g.q !== undefined ? Number(g.q) : lookupFolded(cues.dates.quarterNames ?? {}, g.qname ?? '');
  if (q === undefined || q < 1 || q > 4) {
    return null;
  }
  const startMonth = QUARTER_START_MONTH[q - 1] ?? 1;
  const year = periodYear(g, 'qy', today, startMonth + 2, cues);
  if (g.eq !== undefined) {
    return { day: quarterEnd(year, q), kind: 'deadline' };
  }
  return { day: makeDay(year, startMonth, 1), kind: 'date' };
}

/** "first half of next year" → January 1 of next year; "H2" → July 1. */
function halfYear(g: Groups, today: LocalDay, cues: LanguageCues): ResolvedDate {
  const half = lookupFolded(cues.dates.halfYears ?? {}, g.half ?? '');
  if (half !== 1 && half !== 2) {
    return null;
  }
  const year = periodYear(g, 'hy', today, half * 6, cues);
  return { day: makeDay(year, half === 1 ? 1 : 7, 1), kind: 'date' };
}

function withinDays(g: Groups, today: LocalDay, cues: LanguageCues): ResolvedDate {
  const raw = g.n2 ?? g.n1 ?? '';
  const n = lookupFolded(cues.entities.numberWords, raw) ?? lookupFolded(cues.dates.countWords ?? {}, raw) ?? parseLocaleNumber(raw, cues.decimalSeparator, true);
  const perUnit = lookupFolded(cues.entities.durationUnits, g.unit ?? '') ?? 1;
  return Number.isFinite(n) ? { day: addDays(today, Math.round(n * perUnit)), kind: 'deadline' } : null;
}

function partOfMonth(g: Groups, today: LocalDay, cues: LanguageCues): ResolvedDate {
  const month = lookupFolded(cues.dates.months, g.pmonth ?? '') ?? 1;
  const day = lookupFolded(cues.dates.partOfMonth, g.part ?? '') ?? 15;
  const explicit = g.pyear === undefined ? undefined : Number(g.pyear);
  const year = explicit ?? forwardYear(today, month, day);
  return { day: makeDay(year, month, day), kind: 'date' };
}

/** "by the 15th", "para el 15": this month's day when it is still ahead, else next month's. */
function dayOfMonth(day: number, today: LocalDay): ResolvedDate {
  if (day < 1 || day > 31) {
    return null;
  }
  const month = day >= today.day ? today.month : today.month + 1;
  const resolved = makeDay(today.year, month, day);
  // "the 31st" in a 30-day month rolls over; keep the month's last day instead.
  return { day: resolved.day === day ? resolved : endOfMonth(today.year, month), kind: 'date' };
}

/** "tomorrow", "next week", "end of June", "15 March", "March 15": forward-looking, like chrono's forwardDate. */
function calendarDay(g: Groups, today: LocalDay, cues: LanguageCues): ResolvedDate {
  const d = cues.dates;
  if (g.rel !== undefined) {
    return { day: addDays(today, lookupFolded(d.relativeDays, g.rel) ?? 0), kind: 'date' };
  }

  const period = g.period ?? g.period2;
  if (period !== undefined) {
    const ahead = lookupFolded(d.periodOffsets, g.pmod ?? g.pmod2 ?? '') ?? 0;
    const unit = periodKind(period, cues);
    if (unit === 'week') {
      return { day: addDays(today, 7 * ahead), kind: 'date' };
    }
    if (unit === 'year') {
      return { day: ahead === 0 ? today : makeDay(today.year + ahead, 1, 1), kind: 'date' };
    }
    return { day: makeDay(today.year, today.month + ahead, ahead === 0 ? today.day : 1), kind: 'date' };
  }

  const monthName = g.emonth ?? g.dmonth ?? g.mmonth;
  const month = monthName === undefined ? undefined : lookupFolded(d.months, monthName);
  if (month === undefined) {
    return null;
  }
  const written = g.eyear ?? g.dyear ?? g.myear;
  const dayOfMonthNumber = g.emonth !== undefined ? 0 : Number(g.dday ?? g.mday);
  if (g.emonth === undefined && (dayOfMonthNumber < 1 || dayOfMonthNumber > 31)) {
    return null;
  }
  const year = written === undefined ? forwardYear(today, month, dayOfMonthNumber) : Number(written);
  // Day 0 of the next month is the last day of this one ("end of June").
  const day = g.emonth !== undefined ? makeDay(year, month + 1, 0) : makeDay(year, month, dayOfMonthNumber);
  return { day, kind: 'date' };
}

/** Returns the year that puts month/day on today or later. */
function forwardYear(today: LocalDay, month: number, dayOfMonthNumber: number): number {
  const passed = month < today.month || (month === today.month && dayOfMonthNumber !== 0 && dayOfMonthNumber < today.day);
  return passed ? today.year + 1 : today.year;
}

function weekday(g: Groups, today: LocalDay, cues: LanguageCues): ResolvedDate {
  const target = lookupFolded(cues.dates.weekdays, g.weekday ?? '');
  if (target === undefined) {
    return null;
  }
  if (g.wweek !== undefined) {
    // "Friday next week": that weekday in the week (Monday to Sunday) the modifier names.
    const weeks = lookupFolded(cues.dates.periodOffsets, g.wmod ?? '') ?? 0;
    const monday = addDays(today, -((today.weekday + 6) % 7));
    return { day: addDays(monday, 7 * weeks + ((target + 6) % 7)), kind: 'date' };
  }
  const modifier = g.mod ?? g.mod2;
  if (modifier !== undefined && (cues.dates.pastWeekdayModifiers ?? []).some((m) => normalizePhrase(m) === normalizePhrase(modifier))) {
    // "Last Friday" written on a Friday is a week ago.
    return { day: addDays(today, -((today.weekday - target + 7) % 7 || 7)), kind: 'date' };
  }
  let delta = (target - today.weekday + 7) % 7;
  const sameWeek = modifier !== undefined && cues.dates.sameWeekModifiers.some((m) => normalizePhrase(m) === normalizePhrase(modifier));
  // A weekday named on that weekday is the next one ("te aviso el lunes" sent on a Monday),
  // because the writer would write "today". Only "this Monday" keeps today.
  if (delta === 0 && !sameWeek) {
    delta = 7;
  }
  return { day: addDays(today, delta), kind: 'date' };
}
