/**
 * Date forms that chrono-node does not resolve the way buyers mean them:
 * ASAP, end of day/week/month, "within 2 weeks", "next two weeks",
 * "mid-January", "Q1 2027" and weekdays ("by next Friday" is the coming Friday).
 */
import { span, type Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues } from '../lang/types.js';
import { NUMBER_SOURCE, parseLocaleNumber } from '../text/numbers.js';
import { execAtTokens, firstWords } from '../text/anchors.js';
import { alternation, bounded } from '../text/regex.js';
import type { Token } from '../text/tokens.js';
import { addDays, endOfMonth, isoDay, localDay, makeDay, type LocalDay } from '../text/time.js';
import type { DateEntity } from './date.js';

const QUARTER_START_MONTH = [1, 4, 7, 10];
const END_OF_WEEK_WEEKDAY = 5; // Friday: the end of the business week


const compile = perLanguage((cues: LanguageCues) => {
  const d = cues.dates;
  const count = `${NUMBER_SOURCE}|${alternation(Object.keys(cues.entities.numberWords))}`;
  const units = alternation(Object.keys(cues.entities.durationUnits));
  const months = alternation(Object.keys(d.months));
  const ordinals = alternation(d.ordinalSuffixes);
  const branches = [
    `(?<asap>${alternation(d.asap)})`,
    `(?<eod>${alternation(d.endOfDay)})`,
    `(?<eow>${alternation(d.endOfWeek)})`,
    `(?<eom>${alternation(d.endOfMonth)})`,
    String.raw`(?:${alternation(d.withinMarkers)})\s+(?<n1>${count})(?:\s*(?:-|–|to)\s*(?<n2>${count}))?\s+(?<unit>${units})`,
    String.raw`(?<part>${alternation(Object.keys(d.partOfMonth))})[\s-]*(?<pmonth>${alternation(Object.keys(d.months))})(?:\s+(?<pyear>\d{4}))?`,
    String.raw`[Qq](?<q>[1-4])(?:\s*[-/']?\s*(?<qyear>\d{4}|\d{2}))?`,
    String.raw`(?:(?<mod>${alternation(d.weekdayModifiers)})\s+)?(?<weekday>${alternation(Object.keys(d.weekdays))})`,
    `(?<rel>${alternation(Object.keys(d.relativeDays))})`,
    String.raw`(?<pmod>${alternation(Object.keys(d.periodOffsets))})\s+(?<period>${alternation([...d.periodUnits.week, ...d.periodUnits.month])})`,
    String.raw`(?:${alternation(d.endOfNamedMonth)})\s+(?<emonth>${months})(?:\s+(?<eyear>\d{4}))?`,
    String.raw`(?<dday>\d{1,2})(?:${ordinals})?\s+(?:(?:${alternation(d.dayMonthLinkers)})\s+)?(?<dmonth>${months})\.?(?:,?\s+(?<dyear>\d{4}))?`,
    String.raw`(?<mmonth>${months})\.?\s+(?<mday>\d{1,2})(?:${ordinals})?(?:,?\s+(?<myear>\d{4}))?`,
  ];
  const leadTime = new RegExp(`(?:${alternation(d.leadTimeMarkers)})\\s*(?:is|of|:)?\\s*$`, 'iu');
  const starts = firstWords([
    ...d.asap, ...d.endOfDay, ...d.endOfWeek, ...d.endOfMonth, ...d.withinMarkers,
    ...Object.keys(d.partOfMonth), ...d.weekdayModifiers, ...Object.keys(d.weekdays), ...Object.keys(d.relativeDays),
    ...Object.keys(d.periodOffsets), ...d.endOfNamedMonth, ...Object.keys(d.months),
  ]);
  return { re: new RegExp(bounded(branches.join('|')), 'yiu'), leadTime, starts };
});

/** Finds the date forms above, resolved in the message's own UTC offset. */
export function extractDateForms(doc: Doc): DateEntity[] {
  const { re, leadTime, starts } = compile(doc.cues);
  const today = localDay(doc.time);
  const out: DateEntity[] = [];
  const accept = (t: Token) => starts.has(t.norm) || isQuarter(t.norm) || isDayNumber(t.norm) || hyphenPrefixIn(t.norm, starts);
  for (const m of execAtTokens(re, doc.text, doc.tokens, accept)) {
    const g = m.groups ?? {};
    if (g.unit !== undefined && leadTime.test(doc.text.slice(Math.max(0, m.index - 30), m.index))) {
      continue; // "lead time within 30 days" is a duration, not a deadline
    }
    const resolved = resolve(g, today, doc.cues);
    if (resolved !== null) {
      const entity: DateEntity = { type: 'date', iso: isoDay(resolved.day), kind: resolved.kind, ...span(doc.text, m.index, m.index + m[0].length) };
      out.push(entity);
    }
  }
  return out;
}

/** True for "q1" … "q4" at the start of a token. Per-token checks avoid regexes: they run on every word. */
function isQuarter(norm: string): boolean {
  const digit = norm.charCodeAt(1);
  return norm.charCodeAt(0) === 113 && digit >= 49 && digit <= 52;
}

/** True for "15" or "15th": a day number that may start "15 March". */
function isDayNumber(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return c >= 48 && c <= 57 && norm.length <= 4;
}

/** True when the part before a hyphen is a start word ("mid-january"). */
function hyphenPrefixIn(norm: string, starts: ReadonlySet<string>): boolean {
  const hyphen = norm.indexOf('-');
  return hyphen > 0 && starts.has(norm.slice(0, hyphen));
}

type Groups = Record<string, string | undefined>;
type Resolved = { day: LocalDay; kind: 'date' | 'deadline' } | null;

function resolve(g: Groups, today: LocalDay, cues: LanguageCues): Resolved {
  if (g.asap !== undefined || g.eod !== undefined) {
    return { day: today, kind: 'deadline' };
  }
  if (g.eow !== undefined) {
    return { day: addDays(today, (END_OF_WEEK_WEEKDAY - today.weekday + 7) % 7), kind: 'deadline' };
  }
  if (g.eom !== undefined) {
    return { day: endOfMonth(today.year, today.month), kind: 'deadline' };
  }
  if (g.unit !== undefined) {
    return withinDays(g, today, cues);
  }
  if (g.part !== undefined) {
    return partOfMonth(g, today, cues);
  }
  if (g.q !== undefined) {
    return quarter(g, today);
  }
  if (g.weekday !== undefined) {
    return weekday(g, today, cues);
  }
  return calendarDay(g, today, cues);
}

function withinDays(g: Groups, today: LocalDay, cues: LanguageCues): Resolved {
  const e = cues.entities;
  const raw = g.n2 ?? g.n1 ?? '';
  const n = e.numberWords[raw.toLowerCase()] ?? parseLocaleNumber(raw, cues.decimalSeparator);
  const perUnit = e.durationUnits[(g.unit ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 1;
  return Number.isFinite(n) ? { day: addDays(today, Math.round(n * perUnit)), kind: 'deadline' } : null;
}

function partOfMonth(g: Groups, today: LocalDay, cues: LanguageCues): Resolved {
  const month = cues.dates.months[(g.pmonth ?? '').toLowerCase()] ?? 1;
  const dayOfMonth = cues.dates.partOfMonth[(g.part ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 15;
  const explicit = g.pyear === undefined ? undefined : Number(g.pyear);
  const year = explicit ?? (month < today.month ? today.year + 1 : today.year);
  return { day: makeDay(year, month, dayOfMonth), kind: 'date' };
}

function quarter(g: Groups, today: LocalDay): Resolved {
  const q = Number(g.q);
  const startMonth = QUARTER_START_MONTH[q - 1] ?? 1;
  const written = g.qyear === undefined ? undefined : Number(g.qyear.length === 2 ? `20${g.qyear}` : g.qyear);
  const year = written ?? (startMonth + 2 < today.month ? today.year + 1 : today.year);
  return { day: makeDay(year, startMonth, 1), kind: 'date' };
}

/** "tomorrow", "next week", "end of June", "15 March", "March 15": forward-looking, like chrono's forwardDate. */
function calendarDay(g: Groups, today: LocalDay, cues: LanguageCues): Resolved {
  const d = cues.dates;
  if (g.rel !== undefined) {
    return { day: addDays(today, d.relativeDays[g.rel.toLowerCase().replace(/\s+/g, ' ')] ?? 0), kind: 'date' };
  }
  if (g.period !== undefined) {
    const ahead = d.periodOffsets[(g.pmod ?? '').toLowerCase()] ?? 0;
    if (d.periodUnits.week.includes(g.period.toLowerCase())) {
      return { day: addDays(today, 7 * ahead), kind: 'date' };
    }
    return { day: makeDay(today.year, today.month + ahead, ahead === 0 ? today.day : 1), kind: 'date' };
  }
  const monthName = g.emonth ?? g.dmonth ?? g.mmonth;
  const month = monthName === undefined ? undefined : d.months[monthName.toLowerCase()];
  if (month === undefined) {
    return null;
  }
  const written = g.eyear ?? g.dyear ?? g.myear;
  const dayOfMonth = g.emonth !== undefined ? 0 : Number(g.dday ?? g.mday);
  if (g.emonth === undefined && (dayOfMonth < 1 || dayOfMonth > 31)) {
    return null;
  }
  const year = written === undefined ? forwardYear(today, month, dayOfMonth) : Number(written);
  // Day 0 of the next month is the last day of this one ("end of June").
  const day = g.emonth !== undefined ? makeDay(year, month + 1, 0) : makeDay(year, month, dayOfMonth);
  return { day, kind: 'date' };
}

/** Returns the year that puts month/day on today or later. */
function forwardYear(today: LocalDay, month: number, dayOfMonth: number): number {
  const passed = month < today.month || (month === today.month && dayOfMonth !== 0 && dayOfMonth < today.day);
  return passed ? today.year + 1 : today.year;
}

function weekday(g: Groups, today: LocalDay, cues: LanguageCues): Resolved {
  const target = cues.dates.weekdays[(g.weekday ?? '').toLowerCase()];
  if (target === undefined) {
    return null;
  }
  let delta = (target - today.weekday + 7) % 7;
  const sameWeek = g.mod !== undefined && cues.dates.sameWeekModifiers.includes(g.mod.toLowerCase());
  if (delta === 0 && g.mod !== undefined && !sameWeek) {
    delta = 7;
  }
  return { day: addDays(today, delta), kind: 'date' };
}
