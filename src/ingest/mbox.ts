import { createReadStream } from 'node:fs';
import type { IngestItem } from '../core/types.js';
import { parseEmail } from './email.js';
import { quarantined } from './quarantine.js';

/** One message cut out of an mbox, with its place in the file. */
export interface MboxMessage {
  /** 1-based position of the message in the file. */
  index: number;
  /** Byte offset of the message's "From " separator line. */
  offset: number;
  raw: Buffer;
}

/**
 * A separator is "From " plus one token (address or "-"), optionally followed
 * by a date with a time of day. "From Russia with love" in an unescaped body
 * has neither, so it stays in the message.
 */
const SEPARATOR = /^From \S+(?:[ \t]+.*\d{1,2}:\d{2}.*)?[ \t]*$/;

/**
 * Some writers (Netscape, with Content-Length headers) put no blank line
 * before a separator, so there only a stricter form counts: "From -", or an
 * address, or a ctime date.
 */
const STRICT_SEPARATOR = /^From (?:-|\S*@\S*|\S+ +\w{3} \w{3} [ \d]\d \d\d:\d\d(?::\d\d)? \d{4})(?:[ \t]+.*\d{1,2}:\d{2}.*)?[ \t]*$/;

/**
 * Splits an mbox file into messages while streaming it, so memory contains one
 * message at a time. A message starts at a separator line that opens the
 * file or follows a blank line, or at a strict separator anywhere. `>From ` escapes (mboxrd and mboxo) lose one
 * `>`. Bytes are kept as read, so 8-bit bodies reach the MIME parser intact.
 */
export async function* splitMbox(filePath: string): AsyncGenerator<MboxMessage> {
  let lines: Buffer[] = [];
  let start = -1;
  let index = 0;
  let previousBlank = true;
  for await (const { line, offset } of readLines(filePath)) {
    const text = line.toString('latin1').replace(/^\ufeff|^\xef\xbb\xbf/, '').replace(/\r?\n$|\r$/, '');
    if ((previousBlank && SEPARATOR.test(text)) || STRICT_SEPARATOR.test(text)) {
      if (start >= 0) yield { index, offset: start, raw: Buffer.concat(lines) };
      index += 1;
      start = offset;
      lines = [];
    } else if (start >= 0) {
      lines.push(/^>+From /.test(text) ? line.subarray(1) : line);
    }
    previousBlank = text.trim() === '';
  }
  if (start >= 0) yield { index, offset: start, raw: Buffer.concat(lines) };
}

/**
 * Parses every message of an mbox file; bad messages are quarantined with
 * their index and byte offset. A file with no separator line at all becomes
 * one quarantine item, so it is never dropped silently.
 */
export async function* readMbox(filePath: string): AsyncGenerator<IngestItem> {
  let count = 0;
  for await (const message of splitMbox(filePath)) {
    count += 1;
    yield await parseEmail(message.raw, `${filePath}#message=${message.index},offset=${message.offset}`);
  }
  if (count === 0) yield quarantined(filePath, 'no mbox "From " separator line found; not an mbox file');
}

/**
 * Yields the lines of a file as raw bytes, each with its line ending (LF,
 * CRLF or a lone CR) and byte offset. Only the unfinished last line of a
 * read chunk is carried over, so memory stays at one chunk plus one line.
 */
async function* readLines(filePath: string): AsyncGenerator<{ line: Buffer; offset: number }> {
  let pending: Buffer = Buffer.alloc(0);
  let offset = 0;
  for await (const chunk of createReadStream(filePath)) {
    const buffer = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer]);
    let start = 0;
    // Cached positions of the next LF and CR, so each byte is scanned once per chunk.
    let nextLf = buffer.indexOf(LF);
    let nextCr = buffer.indexOf(CR);
    for (;;) {
      if (nextLf >= 0 && nextLf < start) nextLf = buffer.indexOf(LF, start);
      if (nextCr >= 0 && nextCr < start) nextCr = buffer.indexOf(CR, start);
      const end = lineEnd(buffer, nextLf, nextCr);
      if (end < 0) break;
      yield { line: buffer.subarray(start, end), offset };
      offset += end - start;
      start = end;
    }
    pending = buffer.subarray(start);
  }
  if (pending.length > 0) yield { line: pending, offset };
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Returns the index just past the first line ending, or -1 when the buffer
 * has none yet. A CR as the last byte waits for the next chunk, which may
 * start with the LF of a CRLF.
 */
function lineEnd(buffer: Buffer, nextLf: number, nextCr: number): number {
  if (nextCr < 0 || (nextLf >= 0 && nextLf < nextCr)) return nextLf < 0 ? -1 : nextLf + 1;
  if (nextCr === buffer.length - 1) return -1;
  return buffer[nextCr + 1] === LF ? nextCr + 2 : nextCr + 1;
}
