import EmailReplyParser from 'email-reply-parser';
import { findQuoteStart, quoteHeaderLength } from './email-quote.js';
import { findSignatureStart, shortBlock } from './email-signature.js';

export { isAutomatedEmail, type AutomatedEmailInput } from './email-automated.js';

/** A body with quoted history and signature removed, and what was removed. */
export interface CleanedEmailBody {
  text: string;
  removed: 'none' | 'quote' | 'signature' | 'both';
}

/**
 * Removes quoted replies and the signature from a plain-text e-mail body,
 * keeping only what the sender wrote new. Own rules run first (Outlook
 * "-----Original Message-----" and "From: … Sent: …" blocks, "On … wrote:"
 * lines, "> " quoted lines, signature starts near the end), then
 * email-reply-parser 2.3.7 on what remains. When that library would leave
 * nothing, its result is ignored, so a message is never emptied by it.
 *
 * @example cleanEmailBody('Price ok.\n\nOn Mon, Ann wrote:\n> Quote?') // { text: 'Price ok.', removed: 'quote' }
 */
export function cleanEmailBody(body: string): CleanedEmailBody {
  const quoteCut = cutQuotes(body.replace(/\r\n?/g, '\n').split('\n'));
  let lines = quoteCut.lines;
  let signature = false;
  const signatureStart = findSignatureStart(lines);
  if (signatureStart >= 0) {
    lines = lines.slice(0, signatureStart);
    signature = true;
  }
  const ownText = trimTrailingRules(lines).join('\n').trim();
  const library = applyReplyParser(ownText);
  const quote = quoteCut.removed || (library?.quote ?? false);
  signature ||= library?.signature ?? false;
  return { text: library?.text ?? ownText, removed: removedKind(quote, signature) };
}

/**
 * Cuts the quoted history and drops "> " lines. A quote header on the first
 * line of the body opens an inline reply (replies written between quoted lines), so
 * only the header itself is dropped then.
 */
function cutQuotes(lines: string[]): { lines: string[]; removed: boolean } {
  let kept = lines;
  let removed = false;
  const start = findQuoteStart(lines);
  const firstContent = lines.findIndex((line) => line.trim() !== '');
  if (start >= 0 && start === firstContent) {
    kept = lines.slice(start + quoteHeaderLength(lines, start));
    removed = true;
  } else if (start >= 0) {
    kept = lines.slice(0, start);
    removed = true;
  }
  const unquoted = kept.filter((line, index) => !QUOTED.test(line) && !isWrappedQuoteLine(kept, index));
  return { lines: unquoted, removed: removed || unquoted.length !== kept.length };
}

const QUOTED = /^\s*>/;

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

/** Drops separator lines (dashes, underscores, equals signs) left at the end after a cut. */
function trimTrailingRules(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && /^\s*([-_=—–*]{2,}\s*)?$/.test(lines[end - 1] ?? '')) end -= 1;
  return lines.slice(0, end);
}

/** Runs email-reply-parser; null when it finds nothing to remove or would remove everything. */
function applyReplyParser(text: string): { text: string; quote: boolean; signature: boolean } | null {
  if (text === '') return null;
  const email = new EmailReplyParser().read(text);
  const visible = email.getVisibleText().trim();
  if (visible === '' || visible === text) return null;
  const hidden = email.getFragments().filter((fragment) => fragment.isHidden());
  // The library takes any dashed line for a signature start, so a block with
  // full sentences after it is content, not a signature.
  const longSignature = hidden.some(
    (fragment) => fragment.isSignature() && !fragment.isQuoted() && !looksLikeSignature(fragment.getContent()),
  );
  if (longSignature) return null;
  return {
    text: visible,
    quote: hidden.some((fragment) => fragment.isQuoted() || !fragment.isSignature()),
    signature: hidden.some((fragment) => fragment.isSignature()),
  };
}

function looksLikeSignature(content: string): boolean {
  const lines = content.split('\n');
  const sentence = lines.some((line) => /[.!?]\s*$/.test(line) && line.trim().split(/\s+/).length >= 5);
  return !sentence && shortBlock(lines);
}

function removedKind(quote: boolean, signature: boolean): CleanedEmailBody['removed'] {
  if (quote && signature) return 'both';
  if (quote) return 'quote';
  return signature ? 'signature' : 'none';
}
