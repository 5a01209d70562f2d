/**
 * Recognizes the message header at the start of a WhatsApp export line: the
 * date and time before the author, in the forms Android and iOS write for
 * each locale. Headers are matched on a cleaned copy of the line (no
 * bidirectional marks, ASCII digits, plain spaces) so the text after the
 * header keeps its marks and digits as written.
 */
import { MARKER_AFTER_SOURCE, MARKER_BEFORE_SOURCE, toClockTime, type ClockTime } from './whatsapp-clock.js';

/** Bidirectional marks and embeddings that phones insert around dates and names. */
export const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Date fields in the order the header writes them; the year is resolved later, per file. */
export type WrittenDate =
  | { order: 'ambiguous'; first: number; second: number; year: string }
  | { order: 'fixed'; day: number; month: number; year: string | null };

/** A recognized header. */
export interface ChatHeader {
  date: WrittenDate;
  /** Null when the written time is not a valid time of day, such as 25:61. */
  time: ClockTime | null;
  /** Text after the header (author and message), marks and digits as written. */
  rest: string;
  /** True for iOS-style headers in square brackets. */
  bracketed: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = `(?<monthName>${MONTHS.join('|')})[a-z]*\\.?`;
/** Year field: digits, a Japanese era year such as R4, or a Buddhist-era year such as "2565 BE". */
const YEAR_FIELD = '[RH]?\\d{1,4}';
const NUMERIC_DATE = `(?<f1>${YEAR_FIELD})[./-] ?(?<f2>\\d{1,2})[./-] ?(?<f3>${YEAR_FIELD})(?<be> ?BE)?\\.?`;
const DAY_MONTH_DATE = `(?<day>\\d{1,2}) ${MONTH}(?:,? (?<year>\\d{4}))?`;
const MONTH_DAY_DATE = `${MONTH} (?<day>\\d{1,2})(?:, (?<year>\\d{4}))?`;
const TIME =
  `(?:(?<before>${MARKER_BEFORE_SOURCE}) ?)?(?<hour>\\d{1,2})[:.](?<minute>\\d{2})(?:[:.](?<second>\\d{2}))?` +
  `(?: ?(?<after>${MARKER_AFTER_SOURCE}))?\\.?`;

/** Ends of a header: `] ` after a bracketed one, ` - ` or `: ` after a bare one. */
const BRACKET_END = '\\](?:\\s|$)';
const BARE_END = '(?:\\s?[-\\u2013](?:\\s|$)|:(?:\\s|$))';

const HEADER_PATTERNS: RegExp[] = [NUMERIC_DATE, DAY_MONTH_DATE, MONTH_DAY_DATE].flatMap((date) => {
  const dateFirst = `${date},? ${TIME}`;
  const timeFirst = `${TIME},? ${date}`;
  return [dateFirst, timeFirst].flatMap((body) => [
    new RegExp(`^\\[${body}${BRACKET_END}`, 'iu'),
    new RegExp(`^${body}${BARE_END}`, 'iu'),
  ]);
});

/** Cheap test that rejects most body lines before the full patterns run. */
const HEADER_START = /^\[?(?:\d|[a-z]{3} \d|上午|下午|午前|午後|오전|오후)/iu;

/** Returns the header at the start of `line`, or null when the line has none. */
export function parseHeader(line: string): ChatHeader | null {
  const { text, rawIndex } = cleanLine(line);
  if (!HEADER_START.test(text)) return null;
  for (const pattern of HEADER_PATTERNS) {
    const match = pattern.exec(text);
    if (match?.groups === undefined) continue;
    const date = writtenDate(match.groups);
    if (date === null) continue;
    const rest = line.slice(rawIndex[match[0].length] ?? line.length);
    return { date, time: clockTime(match.groups), rest, bracketed: match[0].startsWith('[') };
  }
  return null;
}

/**
 * Copies the first characters of a line without bidirectional marks, with
 * Arabic-Indic digits as ASCII, the Arabic comma as "," and no-break spaces
 * as spaces. `rawIndex[i]` is the index in `line` of the cleaned character i.
 */
function cleanLine(line: string): { text: string; rawIndex: number[] } {
  let text = '';
  const rawIndex: number[] = [];
  const limit = Math.min(line.length, 120);
  for (let index = 0; index < limit; index += 1) {
    const char = line.charAt(index);
    if (/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/.test(char)) continue;
    rawIndex.push(index);
    text += cleanChar(char);
  }
  rawIndex.push(limit);
  return { text, rawIndex };
}

function cleanChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if (char === '\u060c') return ',';
  if (/[\u00a0\u2007\u2009\u202f]/.test(char)) return ' ';
  return char;
}

function writtenDate(groups: Record<string, string | undefined>): WrittenDate | null {
  const { f1, f2, f3, be, monthName, day, year } = groups;
  if (monthName !== undefined && day !== undefined) {
    const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
    return { order: 'fixed', day: Number(day), month, year: year ?? null };
  }
  if (f1 === undefined || f2 === undefined || f3 === undefined) return null;
  const era = be === undefined ? '' : ' BE';
  if (/^\d{4}$/.test(f1)) return { order: 'fixed', day: Number(f3), month: Number(f2), year: f1 };
  if (!/^\d+$/.test(f1)) return null;
  return { order: 'ambiguous', first: Number(f1), second: Number(f2), year: f3 + era };
}

function clockTime(groups: Record<string, string | undefined>): ClockTime | null {
  const marker = groups.after ?? groups.before;
  return toClockTime(Number(groups.hour), Number(groups.minute), Number(groups.second ?? 0), marker);
}

/**
 * Rewrites the header of a line into the numeric form
 * `[first/second/year, hh:mm:ss] ` for format detection, or returns the line
 * unchanged when it has no header. Fields keep their written order, a header
 * without a year gets the stand-in year 0000, and an invalid time becomes
 * 00:00:00, so the result is only fit for telling a chat from other text.
 */
export function normalizeHeaderLine(line: string): string {
  const header = parseHeader(line);
  if (header === null) return line;
  const { date, time } = header;
  const fields =
    date.order === 'ambiguous'
      ? `${date.first}/${date.second}/${date.year.replace(/\D/g, '') || '0000'}`
      : `${date.year ?? '0000'}-${date.month}-${date.day}`;
  const clock = [time?.hour ?? 0, time?.minute ?? 0, time?.second ?? 0].map((part) => String(part).padStart(2, '0'));
  return `[${fields}, ${clock.join(':')}] ${header.rest}`;
}
