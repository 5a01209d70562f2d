/** Removes quoted history from the lines of a plain-text e-mail body. */
import { findQuoteStart, quoteHeaderLength, replyHeaderLength } from './email-quote.js';

/**
 * Cuts the quoted history and drops "> " lines. A quote header on the first
 * line of the body opens an inline reply (replies written between quoted lines), so
 * only the header itself is dropped then. Text under the "> " block of an
 * "On … wrote:" header is a bottom-posted reply and is kept as well.
 */
export function cutQuotes(lines: string[]): { lines: string[]; removed: boolean } {
  let kept = lines;
  let removed = false;
  const start = findQuoteStart(lines);
  const firstContent = lines.findIndex((line) => line.trim() !== '');
  if (start >= 0 && start === firstContent) {
    kept = lines.slice(start + quoteHeaderLength(lines, start));
    removed = true;
  } else if (start >= 0) {
    const below = bottomPostedLines(lines, start);
    kept = [...lines.slice(0, start), ...cutQuotes(below).lines];
    removed = true;
  }
  const unquoted = kept.filter((line, index) => !QUOTED.test(line) && !isWrappedQuoteLine(kept, index));
  return { lines: unquoted, removed: removed || unquoted.length !== kept.length };
}

const QUOTED = /^\s*>/;

/**
 * Returns the lines after the "> " block that follows an "On … wrote:" header
 * at `start`, or an empty list when that block ends the body or only a
 * footer follows it. Outlook header blocks and separators are not followed by
 * "> " lines, so everything under them stays quoted history.
 */
function bottomPostedLines(lines: string[], start: number): string[] {
  const headerLength = replyHeaderLength(lines, start);
  if (headerLength === 0) return [];
  const blockStart = nextContentLine(lines, start + headerLength);
  if (!QUOTED.test(lines[blockStart] ?? '')) return [];
  const below = lines.slice(quotedBlockEnd(lines, blockStart));
  const first = below.find((line) => line.trim() !== '');
  // A "-- " or a rule line right under the quote opens the quoted sender's
  // signature or a mailing-list footer, not a reply.
  return first === undefined || FOOTER_START.test(first) ? [] : below;
}

const FOOTER_START = /^\s*[-_=—–*~]{2,}\s*$/u;

/**
 * Returns the index after the quoted block that starts at `from`. The block
 * goes on over quoted lines, unquoted lines glued between two quoted lines
 * (wrapped tails, whatever their length) and blank lines with another quoted
 * line after them.
 */
function quotedBlockEnd(lines: string[], from: number): number {
  let index = from;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    const glued = QUOTED.test(lines[index - 1] ?? '') && QUOTED.test(lines[index + 1] ?? '');
    if (QUOTED.test(line) || (line.trim() !== '' && glued)) {
      index += 1;
    } else if (line.trim() === '' && QUOTED.test(lines[nextContentLine(lines, index)] ?? '')) {
      index = nextContentLine(lines, index);
    } else {
      return index;
    }
  }
  return index;
}

/** Index of the first non-blank line at or after `from`, or `lines.length`. */
function nextContentLine(lines: string[], from: number): number {
  let index = from;
  while (index < lines.length && (lines[index] ?? '').trim() === '') index += 1;
  return index;
}

/**
 * Returns true for a short unquoted line between two quoted lines: the tail
 * of a long quoted line that a client wrapped without repeating the "> "
 * prefix, such as "management" between two "> " lines. A reply written
 * inline between quotes is longer than WRAPPED_TAIL_MAX_WORDS words.
 */
function isWrappedQuoteLine(lines: string[], index: number): boolean {
  const line = lines[index] ?? '';
  const words = line.trim().split(/\s+/u).filter(Boolean).length;
  if (words === 0 || words > WRAPPED_TAIL_MAX_WORDS) return false;
  return QUOTED.test(lines[index - 1] ?? '') && QUOTED.test(lines[index + 1] ?? '');
}

/** Longest wrapped tail of a quoted line, in words, that is read as part of the quote. */
const WRAPPED_TAIL_MAX_WORDS = 3;
