/**
 * Splits a WhatsApp chat export into entries: one per header line, with the
 * lines that follow it up to the next header. Dates are resolved here for the
 * whole file at once because the day-month order and missing years depend on
 * all headers of the file.
 */
import { formatLocal } from './time.js';
import type { ClockTime } from './whatsapp-clock.js';
import {
  decideDateOrder,
  fillMissingYears,
  toCalendarDate,
  type DateOrder,
} from './whatsapp-date.js';
import { parseHeader, type ChatHeader } from './whatsapp-header.js';

/** One message or system notice of an export. */
export interface ChatEntry {
  /** 1-based line number of the header in the file. */
  line: number;
  /** ISO 8601 local time (`2022-03-18T14:56:01`), or null when the header's date or time is invalid. */
  sentAt: string | null;
  /** Author as written, marks kept, or null for a notice written without one. */
  author: string | null;
  /** Text after the author, continuation lines joined with "\n", marks kept. */
  body: string;
  /** Header text as written, for error reports. */
  headerText: string;
  /** True when the header is in square brackets, as iOS writes it. */
  bracketed: boolean;
}

/** Entries of a file and the day-month order used for its dates. */
export interface ChatEntries {
  entries: ChatEntry[];
  dateOrder: DateOrder;
}

/** Options of `splitChatEntries`. */
export interface SplitOptions {
  /** Day before month; by default decided from the file, see `decideDateOrder`. */
  daysFirst?: boolean;
  /** Year of the last message, for headers that leave the year out. */
  exportYear: number;
}

/**
 * Author prefix "Name: ". A notice without an author can contain ": " too
 * (a new group subject in quotes), so a prefix with quotes or a link, or
 * longer than 80 characters, is not taken as an author.
 */
const AUTHOR = /^([^"“”\n]{1,80}?):(?:[ \u00a0]|(?=\n)|$)/;

/** Splits the text of an export into entries; lines before the first header are dropped. */
export function splitChatEntries(text: string, options: SplitOptions): ChatEntries {
  const lines = text.split(/\r\n|\r|\n/);
  const found: { line: number; header: ChatHeader; raw: string; body: string[] }[] = [];
  lines.forEach((raw, index) => {
    const header = parseHeader(raw);
    if (header !== null) found.push({ line: index + 1, header, raw, body: [header.rest] });
    else found.at(-1)?.body.push(raw);
  });
  const dates = found.map((entry) => entry.header.date);
  const dateOrder: DateOrder =
    options.daysFirst === undefined ? decideDateOrder(dates) : { dayFirst: options.daysFirst, basis: 'option' };
  const years = fillMissingYears(dates, options.exportYear);
  const entries = found.map((entry, index) => {
    const date = toCalendarDate(entry.header.date, dateOrder, years[index] ?? null);
    const sentAt = date === null || entry.header.time === null ? null : localTime(date, entry.header.time);
    const { author, body } = splitAuthor(entry.body.join('\n'));
    const headerText = entry.raw.slice(0, entry.raw.length - entry.header.rest.length);
    return { line: entry.line, sentAt, author, body, headerText, bracketed: entry.header.bracketed };
  });
  return { entries, dateOrder };
}

function localTime(date: { year: number; month: number; day: number }, time: ClockTime): string {
  return formatLocal({ ...date, ...time });
}

function splitAuthor(text: string): { author: string | null; body: string } {
  const match = AUTHOR.exec(text);
  if (match?.[1] === undefined || /https?:\/\//.test(match[1])) return { author: null, body: text.trimEnd() };
  return { author: match[1], body: text.slice(match[0].length).trimEnd() };
}
