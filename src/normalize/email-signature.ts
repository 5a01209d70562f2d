/** Finds where a signature starts in a plain-text e-mail body: cue words near the end, or a mobile footer. */
import { cueAlternation } from './email-cues.js';
import { isNameLine } from './email-signature-block.js';

/** "-- " (RFC 3676), a lone dash, or the underscore rule that mailing lists put above their footer. */
const SIGNATURE_DELIMITER = /^(--|—|–|_{10,}) ?$/;
const SENT_FROM_DEVICE = new RegExp(`^\\s*(?:${cueAlternation((cues) => cues.sentFromDevice)})`, 'iu');
const VALEDICTION = new RegExp(
  `^\\s*(?:${cueAlternation((cues) => cues.valedictions)})\\s*[,.!]?\\s*\\p{Extended_Pictographic}*\\s*$`,
  'iu',
);
/** A valediction with the name on the same line: "Thanks, BT", "Regards. Ann Lee". */
const VALEDICTION_AND_NAME = new RegExp(`^\\s*(?:${cueAlternation((cues) => cues.valedictions)})\\s*[,.!]\\s*(\\S.*)$`, 'iu');
/** A name under a dash: "-Ann Lee", "– Ann". */
const DASH_NAME = /^\s*[-–—~]\s?(\S.*)$/u;
/** Maximum words of a mobile footer: "Sent from my Verizon Wireless BlackBerry" has six. */
const MAX_DEVICE_FOOTER_WORDS = 7;

/** Lines a signature block may have after its valediction or delimiter. */
const MAX_SIGNATURE_LINES = 8;
const MAX_SIGNATURE_LINE_LENGTH = 80;

/**
 * Index of the first line of the signature, or -1 when there is none. A
 * "-- " delimiter, a "Sent from my …" line, a valediction ("Best regards,",
 * "Thanks, Ann") or a name under a dash ("-Ann Lee") counts only when at most
 * a short block of short lines follows it, so a "Thanks" in the middle of a
 * message is kept.
 */
export function findSignatureStart(lines: string[]): number {
  const end = lastContentLine(lines);
  for (let index = Math.max(0, end - MAX_SIGNATURE_LINES - 1); index <= end; index += 1) {
    const line = lines[index] ?? '';
    const device = SENT_FROM_DEVICE.test(line) && line.trim().split(/\s+/).length <= MAX_DEVICE_FOOTER_WORDS;
    const isStart = SIGNATURE_DELIMITER.test(line) || device || isSignOff(line) || isDashName(lines, index);
    if (isStart && index > 0 && shortBlock(lines.slice(index + 1, end + 1))) return index;
  }
  return -1;
}

function isSignOff(line: string): boolean {
  if (VALEDICTION.test(line)) return true;
  const named = VALEDICTION_AND_NAME.exec(line);
  return named !== null && isNameLine(named[1] ?? '');
}

/** Checks for a "-Ann Lee" line that opens a paragraph. Inside a paragraph, "-Test" is a diff or list line. */
function isDashName(lines: string[], index: number): boolean {
  const named = DASH_NAME.exec(lines[index] ?? '');
  return named !== null && (lines[index - 1] ?? '').trim() === '' && isNameLine(named[1] ?? '');
}

/**
 * Index of a mobile footer ("Sent from my iPhone") that is a paragraph of its
 * own below the new text, or -1. Mail apps add it under what the sender
 * typed, so anything below it is quoted history even without "> " marks. The
 * footer has at most MAX_DEVICE_FOOTER_WORDS words and no closing punctuation,
 * which tells it from a sentence such as "Sent from my desk, is much easier."
 *
 * NOTE: a short paragraph without a full stop such as "Sent from my office"
 * is taken for a footer, and the text under it is cut.
 */
export function findDeviceFooter(lines: string[]): number {
  for (let index = 1; index < lines.length; index += 1) {
    const line = (lines[index] ?? '').trim();
    if (!SENT_FROM_DEVICE.test(line) || /[.,;:!?]$/u.test(line)) continue;
    if (line.split(/\s+/u).length > MAX_DEVICE_FOOTER_WORDS) continue;
    const standalone = (lines[index - 1] ?? '').trim() === '' && (lines[index + 1] ?? '').trim() === '';
    if (standalone && lines.slice(0, index).some((above) => above.trim() !== '')) return index;
  }
  return -1;
}

function lastContentLine(lines: string[]): number {
  let end = lines.length - 1;
  while (end >= 0 && (lines[end] ?? '').trim() === '') end -= 1;
  return end;
}

/** True for a block that fits a signature: few lines, none long. */
export function shortBlock(rest: string[]): boolean {
  const content = rest.filter((line) => line.trim() !== '');
  return content.length <= MAX_SIGNATURE_LINES && content.every((line) => line.length <= MAX_SIGNATURE_LINE_LENGTH);
}
