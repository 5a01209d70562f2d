import EmailReplyParser from 'email-reply-parser';
import { cutQuotes } from './email-quote-cut.js';
import { findDeviceFooter, findSignatureStart, shortBlock } from './email-signature.js';
import { findNameBlockStart, findRuledContactBlockStart } from './email-signature-block.js';

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
 * lines, "> " quoted lines, a "Sent from my …" footer and what follows it,
 * signature starts near the end, a trailing name and contact block), then
 * email-reply-parser 2.3.7 on what remains. When that library would leave
 * nothing, its result is ignored, so a message is never emptied by it.
 *
 * @example cleanEmailBody('Price ok.\n\nOn Mon, Ann wrote:\n> Quote?') // { text: 'Price ok.', removed: 'quote' }
 */
export function cleanEmailBody(body: string): CleanedEmailBody {
  const quoteCut = cutQuotes(body.replace(/\r\n?/g, '\n').split('\n'));
  let lines = quoteCut.lines;
  const footer = findDeviceFooter(lines);
  // Text under a mobile footer is the quoted message the app appended unmarked.
  const footerQuote = footer >= 0 && lines.slice(footer + 1).some((line) => line.trim() !== '');
  if (footer >= 0) lines = lines.slice(0, footer);
  const signatureStart = signatureStartOf(lines);
  if (signatureStart >= 0) lines = lines.slice(0, signatureStart);
  let signature = footer >= 0 || signatureStart >= 0;
  const ownText = trimTrailingRules(lines).join('\n').trim();
  const library = applyReplyParser(ownText);
  const quote = quoteCut.removed || footerQuote || (library?.quote ?? false);
  signature ||= library?.signature ?? false;
  return { text: library?.text ?? ownText, removed: removedKind(quote, signature) };
}

/**
 * Returns the start of the signature, or -1. A cue-based start ("-- ", "Regards,", a
 * mobile footer) is found first. Above it, or at the end when there is none,
 * a contact block under a rule or a name block may start the signature
 * earlier: "Frank" above "Sent from my BlackBerry".
 */
function signatureStartOf(lines: string[]): number {
  const cued = findSignatureStart(lines);
  const above = trimTrailingRules(cued >= 0 ? lines.slice(0, cued) : lines);
  const ruled = findRuledContactBlockStart(above);
  const named = ruled >= 0 ? ruled : findNameBlockStart(above);
  return named >= 0 ? named : cued;
}

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
