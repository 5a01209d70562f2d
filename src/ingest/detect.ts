import { open } from 'node:fs/promises';
import { normalizeHeaderLine } from './whatsapp-header.js';

/** Input formats the ingest stage reads. */
export type InputFormat = 'whatsapp' | 'whatsapp-zip' | 'eml' | 'mbox' | 'jsonl';

/** Result of format detection: a format, or the reason none fits. */
export type Detection = { format: InputFormat } | { format: null; reason: string };

/** Bytes read from the start of a file to decide its format. */
export const DETECT_BYTES = 8192;

export const SUPPORTED_FORMATS_TEXT =
  'supported formats: WhatsApp chat export (.txt or .zip), e-mail (.eml), mailbox (.mbox), canonical messages (.jsonl)';

/** Same header pattern as whatsapp-chat-parser 4.0.2, applied after `normalizeHeaderLine`. */
const WHATSAPP_HEADER =
  /^\[?\d{1,4}[-/.]\s?\d{1,4}[-/.]\s?\d{1,4}[,.]?\s\D*?\d{1,2}[.:]\d{1,2}(?:[.:]\d{1,2})?(?:\s[ap]\.?\s?m\.?)?\]?(?:\s-|:)?\s/i;
const MBOX_SEPARATOR = /^From \S+(?:\s.*)?$/;
const HEADER_FIELD = /^[!-9;-~]+:[ \t]?/;
const EMAIL_HEADER_NAMES = /^(from|date|subject|message-id|received|return-path|mime-version|to|delivered-to|x-[a-z0-9-]+|content-type):/i;

/**
 * Decides the format of a file from its first bytes, using the name only to
 * break ties: a zip archive (magic `PK\x03\x04`) is taken as a WhatsApp
 * export, and the zip adapter quarantines it when it contains no chat file.
 */
export function detectFormat(head: Uint8Array, fileName: string): Detection {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    return { format: 'whatsapp-zip' };
  }
  if (head.length === 0) return { format: null, reason: `empty file; ${SUPPORTED_FORMATS_TEXT}` };
  if (head.includes(0)) return { format: null, reason: `binary file of unknown format; ${SUPPORTED_FORMATS_TEXT}` };
  const text = new TextDecoder('utf-8').decode(head).replace(/^\ufeff/, '');
  const lines = text.split(/\r\n|\r|\n/).slice(0, 40);
  const firstLine = lines.find((line) => line.trim() !== '') ?? '';
  if (/^\s*\{/.test(firstLine)) return detectJsonLines(firstLine);
  if (MBOX_SEPARATOR.test(firstLine) && !firstLine.startsWith('From:')) return { format: 'mbox' };
  if (looksLikeEmail(lines)) return { format: /\.mbox$/i.test(fileName) ? 'mbox' : 'eml' };
  if (lines.some((line) => WHATSAPP_HEADER.test(normalizeHeaderLine(line)))) return { format: 'whatsapp' };
  return { format: null, reason: `unrecognized content; ${SUPPORTED_FORMATS_TEXT}` };
}

/** Accepts JSON Lines only when the first line is a whole JSON object on its own. */
function detectJsonLines(firstLine: string): Detection {
  try {
    const value: unknown = JSON.parse(firstLine);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { format: 'jsonl' };
  } catch {
    // A multi-line JSON document: reported below.
  }
  return {
    format: null,
    reason: `JSON document, not JSON Lines: canonical messages need one JSON object per line; ${SUPPORTED_FORMATS_TEXT}`,
  };
}

/** Reads the first `DETECT_BYTES` of a file and detects its format. */
export async function detectFileFormat(filePath: string): Promise<Detection> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = new Uint8Array(DETECT_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, DETECT_BYTES, 0);
    return detectFormat(buffer.subarray(0, bytesRead), filePath);
  } finally {
    await handle.close();
  }
}

/** Checks for an RFC 5322 header block: a field on the first line and a known e-mail field before the first blank line. */
function looksLikeEmail(lines: string[]): boolean {
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0 || !HEADER_FIELD.test(lines[first] ?? '')) return false;
  for (const line of lines.slice(first)) {
    if (line.trim() === '') return false;
    if (EMAIL_HEADER_NAMES.test(line)) return true;
  }
  return false;
}
