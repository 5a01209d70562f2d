/**
 * Dates of WhatsApp message headers. Exports carry no locale, so the
 * day-month order of slash and dot dates is decided once per file from all
 * of its headers, and years are converted from the forms phones write.
 */
import type { WrittenDate } from './whatsapp-header.js';

/** A calendar date. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * What decided the day-month order of a file: no date needed it (year-first
 * or month-name dates only), a first field over 12 (day first), a second
 * field over 12 (month first), the order under which the dates run forward,
 * the default (day first) when no evidence decides, or the caller.
 */
export type DateOrderBasis = 'unambiguous' | 'day-over-12' | 'month-over-12' | 'chronology' | 'default' | 'option';

/** Day-month order of a file and the evidence for it. */
export interface DateOrder {
  dayFirst: boolean;
  basis: DateOrderBasis;
}

/** First year of each Japanese era minus one: Reiwa 1 is 2019, Heisei 1 is 1989. */
const ERA_OFFSETS: Record<string, number> = { r: 2018, h: 1988 };

/** Offset of the Thai solar calendar: Buddhist Era 2565 is 2022. */
const BUDDHIST_ERA_OFFSET = 543;

/**
 * Decides the day-month order of the ambiguous dates of one file. Exports
 * write every date of a file the same way, so one first field over 12
 * decides for all of them. Contradicting fields (both over 12 somewhere)
 * keep day first, the more common order.
 */
export function decideDateOrder(dates: WrittenDate[]): DateOrder {
  const ambiguous = dates.flatMap((date) => (date.order === 'ambiguous' ? [date] : []));
  if (ambiguous.length === 0) return { dayFirst: true, basis: 'unambiguous' };
  if (ambiguous.some((date) => date.first > 12)) return { dayFirst: true, basis: 'day-over-12' };
  if (ambiguous.some((date) => date.second > 12)) return { dayFirst: false, basis: 'month-over-12' };
  const dayFirstBackSteps = countBackSteps(ambiguous, true);
  const monthFirstBackSteps = countBackSteps(ambiguous, false);
  if (dayFirstBackSteps !== monthFirstBackSteps) {
    return { dayFirst: dayFirstBackSteps < monthFirstBackSteps, basis: 'chronology' };
  }
  return { dayFirst: true, basis: 'default' };
}

/** Counts the places where the next date is earlier than the one before it, under one order. */
function countBackSteps(dates: Extract<WrittenDate, { order: 'ambiguous' }>[], dayFirst: boolean): number {
  let count = 0;
  let previous = -1;
  for (const date of dates) {
    const [day, month] = dayFirst ? [date.first, date.second] : [date.second, date.first];
    const key = (resolveYear(date.year) ?? 0) * 10_000 + month * 100 + day;
    if (key < previous) count += 1;
    previous = key;
  }
  return count;
}

/**
 * Converts a written year to the Gregorian year: two digits are 2000 to 2099
 * (WhatsApp dates from 2009), "R4" is Reiwa 4 (2022), "2565 BE" is the
 * Buddhist Era. Returns null for a form it does not know.
 */
export function resolveYear(written: string): number | null {
  const text = written.trim();
  const buddhist = /^(\d{4}) ?BE$/i.exec(text);
  if (buddhist?.[1] !== undefined) return Number(buddhist[1]) - BUDDHIST_ERA_OFFSET;
  const era = /^([RH])(\d{1,2})$/i.exec(text);
  if (era?.[1] !== undefined && era[2] !== undefined) {
    return (ERA_OFFSETS[era[1].toLowerCase()] ?? 0) + Number(era[2]);
  }
  if (/^\d{4}$/.test(text)) return Number(text);
  if (/^\d{2}$/.test(text)) return 2000 + Number(text);
  return null;
}

/**
 * Returns the calendar date of a written date under the file's order, or
 * null when it is not a real date (month 13, 31 April). `year` replaces the
 * written year for headers that have none.
 */
export function toCalendarDate(date: WrittenDate, order: DateOrder, year: number | null): CalendarDate | null {
  let day: number;
  let month: number;
  if (date.order === 'fixed') {
    [day, month] = [date.day, date.month];
  } else {
    [day, month] = order.dayFirst ? [date.first, date.second] : [date.second, date.first];
  }
  const resolved = year ?? (date.year === null ? null : resolveYear(date.year));
  if (resolved === null || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(resolved, month, 0)).getUTCDate()) return null;
  return { year: resolved, month, day };
}

/**
 * Gives a year to every header that has none ("Mar 9, 9:41 PM"). Android
 * leaves the year out for messages of the current year, so the last message
 * is taken to be in `exportYear`, and going backwards each time the month and
 * day jump forward the year before is taken. A header with a year resets the
 * count. Returns one entry per date: the year to use, or null to use the
 * written one.
 */
export function fillMissingYears(dates: WrittenDate[], exportYear: number): (number | null)[] {
  const years: (number | null)[] = dates.map(() => null);
  let year = exportYear;
  let next: number | null = null;
  for (let index = dates.length - 1; index >= 0; index -= 1) {
    const date = dates[index];
    if (date === undefined || date.order !== 'fixed') continue;
    const monthDay = date.month * 100 + date.day;
    if (date.year !== null) {
      year = resolveYear(date.year) ?? year;
    } else {
      if (next !== null && monthDay > next) year -= 1;
      years[index] = year;
    }
    next = monthDay;
  }
  return years;
}
