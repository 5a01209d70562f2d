/** Repairs of raw e-mail bytes that mailparser does not make itself. */

const CR = 0x0d;
const LF = 0x0a;

/**
 * Turns lone CR line ends (classic Mac OS files) into CRLF, because
 * mailparser 3.x splits header lines on LF only and would read a CR-only
 * message as one long header. Returns the input unchanged when it has no lone CR.
 */
export function normalizeLineEndings(raw: Buffer): Buffer {
  let loneCr = 0;
  for (let index = raw.indexOf(CR); index >= 0; index = raw.indexOf(CR, index + 1)) {
    if (raw[index + 1] !== LF) loneCr += 1;
  }
  if (loneCr === 0) return raw;
  const out = Buffer.alloc(raw.length + loneCr);
  let written = 0;
  for (let index = 0; index < raw.length; index += 1) {
    const byte = raw[index] as number;
    out[written++] = byte;
    if (byte === CR && raw[index + 1] !== LF) out[written++] = LF;
  }
  return out;
}

/**
 * Returns the text after the header block, for messages whose MIME structure
 * is broken (a multipart type with no boundary lines in the body), where
 * mailparser finds no part at all. Bytes are read as UTF-8, with U+FFFD for
 * invalid sequences.
 */
export function rawBodyText(raw: Buffer): string {
  const text = raw.toString('utf8');
  const match = /\r?\n\r?\n/.exec(text);
  return match === null ? '' : text.slice(match.index + match[0].length).trim();
}

/**
 * Reads the time of the topmost Received header ("…; Thu, 29 Apr 2015
 * 23:34:45 +0900"), which the last relay added on delivery. Returns null when
 * there is none or it does not parse.
 */
export function receivedDate(received: unknown): { date: Date; raw: string } | null {
  const first = Array.isArray(received) ? received[0] : received;
  if (typeof first !== 'string') return null;
  const semicolon = first.lastIndexOf(';');
  if (semicolon < 0) return null;
  const raw = first.slice(semicolon + 1).trim();
  const date = new Date(raw.replace(/\s*\([^)]*\)\s*$/, ''));
  return Number.isNaN(date.getTime()) ? null : { date, raw };
}
