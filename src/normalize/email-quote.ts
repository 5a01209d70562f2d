/**
 * Finds where quoted history starts in a plain-text e-mail body: Outlook
 * "-----Original Message-----" separators, "From: … Sent: …" header blocks,
 * and "On … wrote:" reply headers, in the languages of `EMAIL_CUES_BY_LANGUAGE`.
 */
import { cueAlternation } from './email-cues.js';

const ORIGINAL_MESSAGE = new RegExp(
  `^\\s*[-_=]{2,}\\s*(?:${cueAlternation((cues) => cues.originalMessage)})\\s*[-_=]{2,}\\s*$`,
  'iu',
);
/** A From field with a value, optionally bold ("*From:*") and with the French space before the colon. */
const HEADER_FROM = new RegExp(`^\\s*\\*?(?:${cueAlternation((cues) => cues.headerFrom)})\\s?\\*?\\s?[:：]\\*?\\s?\\S`, 'iu');
const HEADER_NEXT = new RegExp(`^\\s*\\*?(?:${cueAlternation((cues) => cues.headerFields)})\\s?\\*?\\s?[:：]`, 'iu');
const WROTE_START = new RegExp(`^\\s*(?:${cueAlternation((cues) => cues.wroteStart)})\\s`, 'iu');
const WROTE_WORD = new RegExp(`(?:^|[\\s,>)"'])(?:${cueAlternation((cues) => cues.wrote)})(?=[\\s:：]|$)`, 'iu');
const WROTE_END = new RegExp(`(?:${cueAlternation((cues) => cues.wrote)})\\s*[:：]\\s*$`, 'iu');
const ENDS_WITH_COLON = /[:：]\s*$/;
const DATE_OR_ADDRESS = /\p{N}|@/u;
/** An address in angle brackets. A client may wrap the line before the closing ">". */
const ANGLE_ADDRESS = String.raw`<[^<>\s]+@[^<>\s]+\s*>`;
/** "… kl. 13:09 skrev Ann <ann@example.com>:": the verb before the name, as Gmail writes it in Nordic languages. */
const WROTE_BEFORE_ADDRESS = new RegExp(
  `(?:^|\\s)(?:${cueAlternation((cues) => cues.wrote)})\\s[^<>]*${ANGLE_ADDRESS}\\s*[:：]\\s*$`,
  'iu',
);
const CLOCK_TIME = /\p{Nd}{1,2}[:.]\p{Nd}{2}/u;
/** A numeric date at the start of a line: 2014-03-20, 2016/11/08, 2016. 11. 8., 19/03/2014, 25.06.2015. */
const LEADING_DATE = /^\s*(?:\p{Nd}{4}[-/.]\s?\p{Nd}{1,2}[-/.]\s?\p{Nd}{1,2}|\p{Nd}{1,2}[-/.]\p{Nd}{1,2}[-/.]\p{Nd}{2,4})(?!\p{Nd})/u;
/** "2014-03-20 8:48 GMT+01:00 Ann <ann@example.com>:" and the Korean and Japanese forms with a word before the colon. */
const DATE_ADDRESS_COLON = new RegExp(`${ANGLE_ADDRESS}[^<>]{0,20}[:：]\\s*$`, 'u');

/** Lines a wrapped reply header may span, and its maximum length when joined. */
const MAX_HEADER_LINES = 3;
const MAX_HEADER_LENGTH = 300;

/**
 * Index of the first line of quoted history, or -1 when there is none. A reply
 * header of one to three joined lines counts in four forms. It may open with a
 * start word ("On", "Le", "Am", "في"), contain the "wrote" verb and end in a
 * colon. It may end in "wrote:" and contain a date or an address. It may have
 * a clock time and the verb before "<address>:". Or it may open with a numeric
 * date and end in "<address>:", with at most a word between.
 */
export function findQuoteStart(lines: string[]): number {
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (ORIGINAL_MESSAGE.test(line)) return index;
    if (HEADER_FROM.test(line) && headerBlockFollows(lines, index)) return headerBlockStart(lines, index);
    if (replyHeaderLength(lines, index) > 0) return index;
  }
  return -1;
}

/** A separator rule or a dated field such as "Message du : 12/12/2016 13:20" that some clients put above "From:". */
const ABOVE_HEADER_BLOCK = /^\s*(?:[-_=*]{3,}|[\p{L} ]{1,30}\s?[:：]\s*.*\p{N}.*)\s*$/u;

/** Moves the start of a header block up over a rule or dated field line directly above it. */
function headerBlockStart(lines: string[], index: number): number {
  let start = index;
  while (start > 0 && index - start < 3 && ABOVE_HEADER_BLOCK.test(lines[start - 1] ?? '')) start -= 1;
  return start;
}

/** Checks that a Sent, Date, To or Subject field follows a "From:" line within three lines, as in an Outlook header block. */
function headerBlockFollows(lines: string[], index: number): boolean {
  return lines.slice(index + 1, index + 4).some((line) => HEADER_NEXT.test(line));
}

/**
 * Returns how many lines, from `start`, form an "On <date>, <name> wrote:"
 * header (mail clients wrap it), or 0 when none starts there. Only a first
 * line with a start word, a date or an address may wrap, and one that ends a
 * sentence is taken as content.
 */
export function replyHeaderLength(lines: string[], start: number): number {
  const first = (lines[start] ?? '').trim();
  if (first === '' || first.startsWith('>')) return 0;
  const mayWrap = WROTE_START.test(first) || DATE_OR_ADDRESS.test(first);
  let joined = '';
  for (let length = 1; length <= MAX_HEADER_LINES; length += 1) {
    const line = (lines[start + length - 1] ?? '').trim();
    if (length > 1 && (!mayWrap || line === '' || /[.!?]$/.test(joined))) return 0;
    joined = length === 1 ? line : `${joined} ${line}`;
    if (joined.length > MAX_HEADER_LENGTH) return 0;
    if (isReplyHeader(joined)) return length;
  }
  return 0;
}

function isReplyHeader(text: string): boolean {
  if (WROTE_START.test(text) && WROTE_WORD.test(text) && ENDS_WITH_COLON.test(text)) return true;
  if (WROTE_END.test(text) && DATE_OR_ADDRESS.test(text)) return true;
  if (WROTE_BEFORE_ADDRESS.test(text) && CLOCK_TIME.test(text)) return true;
  return LEADING_DATE.test(text) && DATE_ADDRESS_COLON.test(text);
}

/** Number of lines, from `start`, of the quote header there: wrapped "On … wrote:" lines or one separator line. */
export function quoteHeaderLength(lines: string[], start: number): number {
  return Math.max(1, replyHeaderLength(lines, start));
}
