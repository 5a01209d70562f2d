/** Finds where a signature starts at the end of a plain-text e-mail body. */
import { cueAlternation } from './email-cues.js';

/** "-- " (RFC 3676), a lone dash, or the underscore rule that mailing lists put above their footer. */
const SIGNATURE_DELIMITER = /^(--|—|–|_{10,}) ?$/;
const SENT_FROM_DEVICE = new RegExp(`^\\s*(?:${cueAlternation((cues) => cues.sentFromDevice)})`, 'iu');
const VALEDICTION = new RegExp(
  `^\\s*(?:${cueAlternation((cues) => cues.valedictions)})\\s*[,.!]?\\s*\\p{Extended_Pictographic}*\\s*$`,
  'iu',
);

/** Lines a signature block may have after its valediction or delimiter. */
const MAX_SIGNATURE_LINES = 8;
const MAX_SIGNATURE_LINE_LENGTH = 80;

/**
 * Index of the first line of the signature, or -1 when there is none. A
 * "-- " delimiter, a "Sent from my …" line or a valediction ("Best regards,")
 * counts only when at most a short block of short lines follows it, so a
 * "Thanks" in the middle of a message is kept.
 */
export function findSignatureStart(lines: string[]): number {
  const end = lastContentLine(lines);
  for (let index = Math.max(0, end - MAX_SIGNATURE_LINES - 1); index <= end; index += 1) {
    const line = lines[index] ?? '';
    const device = SENT_FROM_DEVICE.test(line) && line.trim().split(/\s+/).length <= 7;
    const isStart = SIGNATURE_DELIMITER.test(line) || device || VALEDICTION.test(line);
    if (isStart && index > 0 && shortBlock(lines.slice(index + 1, end + 1))) return index;
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
