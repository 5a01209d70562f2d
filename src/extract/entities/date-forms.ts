/**
 * Date forms that chrono-node does not resolve the way buyers mean them:
 * ASAP, end of day/week/month/quarter/year, "within 2 weeks", "in a few days",
 * "mid-January", "Q1 2027", "first half of next year", "by the 15th" and
 * weekdays ("by next Friday" is the coming Friday). Every word comes from the
 * language's `DateCues`, so these forms work in every language that fills them.
 */
import { span, type Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues } from '../lang/types.js';
import { NUMBER_SOURCE } from '../text/numbers.js';
import { execAtTokens, firstWords } from '../text/anchors.js';
import { alternation, bounded, rangeSource } from '../text/regex.js';
import type { Token } from '../text/tokens.js';
import { isoDay, localDay } from '../text/time.js';
import type { DateEntity } from './date.js';
import { resolveDateForm } from './date-resolve.js';

const compile = perLanguage((cues: LanguageCues) => {
  const d = cues.dates;
  const numberWords = Object.keys(cues.entities.numberWords);
  const count = `${NUMBER_SOURCE}|${alternation([...numberWords, ...Object.keys(d.countWords ?? {})])}`;
  const units = alternation(Object.keys(cues.entities.durationUnits));
  const months = alternation(Object.keys(d.months));
  const ordinals = alternation(d.ordinalSuffixes);
  const modifiers = alternation(Object.keys(d.periodOffsets));
  const periods = alternation([...d.periodUnits.week, ...d.periodUnits.month, ...(d.periodUnits.year ?? [])]);
  const endOf = alternation(d.endOfNamedMonth);
  const linker = d.yearLinkers === undefined || d.yearLinkers.length === 0 ? String.raw`\s+` : String.raw`(?:\s+(?:${alternation(d.yearLinkers)}))?\s+`;
  const yearUnits = alternation(d.periodUnits.year ?? []);
  // A year after a quarter or half year: "2027", or relative when the language names a year unit,
  // with the modifier before or after it ("next year", "السنة القادمة", "l'année prochaine").
  const year = (name: string, required: boolean) => {
    const relative = yearUnits === '' ? '' : String.raw`(?<${name}mod>${modifiers})\s+(?:${yearUnits})|(?:${yearUnits})\s+(?<${name}mod2>${modifiers})|`;
    return String.raw`(?:${linker}(?:${relative}(?<${name}num>\d{4})))${required ? '' : '?'}`;
  };
  // A written year after a day and month: "15 March 2027", "March 15, 2027", "15 de marzo de 2027".
  const calendarYear = (name: string) => {
    const words = [...d.dayMonthLinkers, ...(d.yearLinkers ?? [])];
    return String.raw`(?:,?\s+(?:(?:${alternation(words)})\s+)?(?<${name}>\d{4}))?`;
  };
  // "fin du mois prochain": "end of" and a period word, with the modifier after the period.
  const endOfPeriodAfter = String.raw`(?:${endOf})${linker}(?<eperiod2>${periods})\s+(?<epmod2>${modifiers})`;
  const introducers = [...(d.dayOfMonthIntroducers ?? []), ...(d.bareDayIntroducers ?? [])];
  // A bare day number ("para el 15") is no day when a unit, a percent sign, "x" or more digits follow it.
  // Unit words written with their number ("20 pies", "40hq") count from the word after the number.
  const unitWords = Object.keys(cues.entities.units).map((unit) => unit.replace(/^\d+\s*/, '')).filter((unit) => unit !== '');
  const notCounted = alternation([
    ...unitWords, ...Object.keys(cues.entities.durationUnits), ...Object.keys(cues.entities.magnitudes),
    ...Object.keys(cues.entities.currencyWords), ...d.periodUnits.week, ...d.periodUnits.month, ...(d.periodUnits.year ?? []),
  ]);
  const bareDay = String.raw`(?<bday>\d{1,2})(?![.,:/'’-]?\p{N}|\s*[x×*]\s*\p{N}|\s*%|\s*(?:${notCounted})(?![\p{L}\p{N}]))`;
  const quarterName = d.quarterNames === undefined ? '' : `|(?<qname>${alternation(Object.keys(d.quarterNames))})`;
  const weekdayMods = alternation([...d.weekdayModifiers, ...(d.pastWeekdayModifiers ?? [])]);
  const branches = [
    // Before the end-of forms, so "fin du mois" does not end the match before "prochain".
    endOfPeriodAfter,
    `(?<asap>${alternation(d.asap)})`,
    `(?<eod>${alternation(d.endOfDay)})`,
    `(?<eow>${alternation(d.endOfWeek)})`,
    `(?<eom>${alternation(d.endOfMonth)})`,
    optional(d.endOfYear, (words) => `(?<eoy>${alternation(words)})`),
    optional(d.endOfQuarter, (words) => `(?<eoq>${alternation(words)})`),
    String.raw`(?:${endOf})\s+(?<epmod>${modifiers})\s+(?<eperiod>${periods})`,
    String.raw`(?<eq>(?:${endOf})\s+)?(?:[Qq](?<q>[1-4])${quarterName})(?:\s*[-/']?\s*(?<qshort>\d{4}|\d{2})(?!\d)|${year('qy', false)})`,
    String.raw`(?:${alternation(d.withinMarkers)})\s+(?<n1>${count})(?:${rangeSource(cues.entities.rangeWords ?? ['to'])}(?<n2>${count}))?\s+(?<unit>${units})`,
    String.raw`(?<part>${alternation(Object.keys(d.partOfMonth))})[\s-]*(?<pmonth>${months})(?:\s+(?<pyear>\d{4}))?`,
    // A half year needs its year: "the second half of the order" is no date.
    optional(d.halfYears && Object.keys(d.halfYears), (names) => String.raw`(?<half>${alternation(names)})${year('hy', true)}`),
    String.raw`(?:(?<mod>${weekdayMods})\s+)?(?<weekday>${alternation(Object.keys(d.weekdays))})(?:\s+(?<wmod>${modifiers})\s+(?<wweek>${alternation(d.periodUnits.week)})|\s+(?<mod2>${weekdayMods})(?!\s+(?:${periods})))?`,
    `(?<rel>${alternation(Object.keys(d.relativeDays))})`,
    String.raw`(?<pmod>${modifiers})\s+(?<period>${periods})|(?<period2>${periods})\s+(?<pmod2>${modifiers})`,
    String.raw`(?:${endOf})\s+(?<emonth>${months})(?:\s+(?<eyear>\d{4}))?`,
    String.raw`(?<dday>\d{1,2})(?:${ordinals})?\s+(?:(?:${alternation(d.dayMonthLinkers)})\s+)?(?<dmonth>${months})\.?${calendarYear('dyear')}`,
    String.raw`(?<mmonth>${months})\.?\s+(?<mday>\d{1,2})(?:${ordinals})?${calendarYear('myear')}`,
    introducers.length === 0 ? null : String.raw`(?<oday>\d{1,2})(?:${ordinals})`,
    d.bareDayIntroducers === undefined || d.bareDayIntroducers.length === 0 ? null : bareDay,
  ].filter((b): b is string => b !== null);
  const leadTime = new RegExp(`(?:${alternation(d.leadTimeMarkers)})\\s*(?:is|of|:)?\\s*$`, 'iu');
  const introducer = introducers.length === 0 ? null : new RegExp(`${bounded(alternation(introducers))}\\s*$`, 'iu');
  const bareIntroducer = d.bareDayIntroducers === undefined ? null : new RegExp(`${bounded(alternation(d.bareDayIntroducers))}\\s*$`, 'iu');
  const starts = firstWords([
    ...d.asap, ...d.endOfDay, ...d.endOfWeek, ...d.endOfMonth, ...(d.endOfYear ?? []), ...(d.endOfQuarter ?? []),
    ...d.withinMarkers, ...Object.keys(d.partOfMonth), ...d.weekdayModifiers, ...(d.pastWeekdayModifiers ?? []), ...Object.keys(d.weekdays),
    ...Object.keys(d.relativeDays), ...Object.keys(d.periodOffsets), ...d.periodUnits.week, ...d.periodUnits.month,
    ...(d.periodUnits.year ?? []), ...d.endOfNamedMonth, ...Object.keys(d.months), ...Object.keys(d.quarterNames ?? {}),
    ...Object.keys(d.halfYears ?? {}),
  ]);
  return { re: new RegExp(bounded(branches.join('|')), 'yiu'), leadTime, introducer, bareIntroducer, starts };
});

function optional<T>(value: T | undefined, build: (value: T) => string): string | null {
  return value === undefined || (Array.isArray(value) && value.length === 0) ? null : build(value);
}

/** Finds the date forms above, resolved in the message's own UTC offset. */
export function extractDateForms(doc: Doc): DateEntity[] {
  const { re, leadTime, introducer, bareIntroducer, starts } = compile(doc.cues);
  const today = localDay(doc.time);
  const out: DateEntity[] = [];
  const accept = (t: Token) => starts.has(t.norm) || isQuarter(t.norm) || isDayNumber(t.norm) || hyphenPrefixIn(t.norm, starts);
  for (const m of execAtTokens(re, doc.scan, doc.tokens, accept)) {
    const g = m.groups ?? {};
    const before = (length: number) => doc.scan.slice(Math.max(0, m.index - length), m.index);
    if (g.unit !== undefined && leadTime.test(before(30))) {
      continue; // "lead time within 30 days" is a duration, not a deadline
    }
    if (g.oday !== undefined && (introducer === null || !introducer.test(before(20)))) {
      continue; // "our 2nd order" is not a date; "by the 2nd" is
    }
    if (g.bday !== undefined && (bareIntroducer === null || !bareIntroducer.test(before(20)))) {
      continue; // "el 15" alone may count anything; "para el 15" is a day
    }
    const resolved = resolveDateForm(g, today, doc.cues);
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
