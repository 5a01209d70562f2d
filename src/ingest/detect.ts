import { open } from 'node:fs/promises';
import { EMPTY_MAPPINGS, type Mappings } from '../config/mappings.js';
import { detectDelimiter } from './csv.js';
import { classifyColumns, describeMissingColumns } from './mapping-kind.js';
import { isObject, topLevelKeys, wrappedRecords } from './mapping-json.js';
import { flatten } from './mapping-records.js';
import { normalizeHeaderLine } from './whatsapp-header.js';

/** Input formats the ingest stage reads. */
export type InputFormat =
  | 'whatsapp'
  | 'whatsapp-zip'
  | 'whatsapp-cloud'
  | 'eml'
  | 'mbox'
  | 'jsonl'
  | 'marketplace'
  | 'webform'
  | 'support';

/** Result of format detection: a format, or the reason none fits. */
export type Detection = { format: InputFormat } | { format: null; reason: string };

/** Bytes read from the start of a file to decide its format. */
export const DETECT_BYTES = 8192;

export const SUPPORTED_FORMATS_TEXT =
  'supported formats: WhatsApp chat export (.txt or .zip), WhatsApp Cloud API webhook payloads (JSON), ' +
  'e-mail (.eml), mailbox (.mbox), canonical messages (.jsonl), marketplace RFQs and web form submissions ' +
  '(CSV or JSON with recognized headers or a "mappings" entry in the config), support tickets (JSON with "tickets")';

/** Keys of a canonical message line; a first line with any of them is read as canonical `.jsonl`. */
const CANONICAL_KEYS = ['id', 'channel', 'conversationId', 'direction', 'sender', 'sentAt', 'text', 'attachments', 'language'];

/** A WhatsApp message header after `normalizeHeaderLine` rewrote it to `[first/second/year, hh:mm:ss] rest`. */
const WHATSAPP_HEADER =
  /^\[?\d{1,4}[-/.]\s?\d{1,4}[-/.]\s?\d{1,4}[,.]?\s\D*?\d{1,2}[.:]\d{1,2}(?:[.:]\d{1,2})?(?:\s[ap]\.?\s?m\.?)?\]?(?:\s-|:)?\s/i;
const MBOX_SEPARATOR = /^From \S+(?:\s.*)?$/;
const HEADER_FIELD = /^[!-9;-~]+:[ \t]?/;
const EMAIL_HEADER_NAMES = /^(from|date|subject|message-id|received|return-path|mime-version|to|delivered-to|x-[a-z0-9-]+|content-type):/i;

/**
 * Decides the format of a file from its first bytes, using the name only to
 * break ties: a zip archive (magic `PK\x03\x04`) is taken as a WhatsApp
 * export, and the zip adapter quarantines it when it contains no chat file.
 * JSON is recognized by its keys and CSV by its header row. `mappings` from
 * the seller config let custom column names count as known headers.
 */
export function detectFormat(head: Uint8Array, fileName: string, mappings: Mappings = EMPTY_MAPPINGS): Detection {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    return { format: 'whatsapp-zip' };
  }
  if (head.length === 0) return { format: null, reason: `empty file; ${SUPPORTED_FORMATS_TEXT}` };
  if (head.includes(0)) return { format: null, reason: `binary file of unknown format; ${SUPPORTED_FORMATS_TEXT}` };
  const text = new TextDecoder('utf-8').decode(head).replace(/^\ufeff/, '');
  const lines = text.split(/\r\n|\r|\n/).slice(0, 40);
  const firstLine = lines.find((line) => line.trim() !== '') ?? '';
  // "[" opens JSON only before "{", "]" or the line end: iOS WhatsApp lines start "[12/03/2026, …".
  if (/^\s*(?:\{|\[\s*(?:[{\]]|$))/.test(firstLine)) return detectJson(text, firstLine, mappings);
  if (MBOX_SEPARATOR.test(firstLine) && !firstLine.startsWith('From:')) return { format: 'mbox' };
  if (looksLikeEmail(lines)) return { format: /\.mbox$/i.test(fileName) ? 'mbox' : 'eml' };
  const headers = csvHeaders(firstLine);
  const csvKind = classifyColumns(headers, mappings);
  if (csvKind !== null) return { format: csvKind };
  const missing = describeMissingColumns(headers, mappings);
  if (missing !== null) return { format: null, reason: `CSV with ${missing}; ${SUPPORTED_FORMATS_TEXT}` };
  if (lines.some((line) => WHATSAPP_HEADER.test(normalizeHeaderLine(line)))) return { format: 'whatsapp' };
  return { format: null, reason: `unrecognized content; ${SUPPORTED_FORMATS_TEXT}` };
}

/**
 * Recognizes JSON inputs by the keys in the first bytes, so a large document
 * is detected without parsing it whole. The order is: webhook payloads
 * (`entry` with `changes`), ticket exports (`tickets`), canonical messages
 * (a first line that is an object with canonical keys), then flat records
 * classified by their keys like CSV headers. Records wrapped in an object
 * (`{"data": [...], "total": 1}`) are classified by the keys of the records.
 */
function detectJson(head: string, firstLine: string, mappings: Mappings): Detection {
  const keys = jsonKeys(head);
  if (/"object"\s*:\s*"whatsapp_business_account"/.test(head) || (keys.has('entry') && keys.has('changes'))) {
    return { format: 'whatsapp-cloud' };
  }
  if (keys.has('tickets') || (keys.has('comments') && (keys.has('requester') || keys.has('requester_id')))) {
    return { format: 'support' };
  }
  const line = parseObject(firstLine);
  if (line !== null && CANONICAL_KEYS.some((key) => key in line) && ('channel' in line || 'sentAt' in line)) {
    return { format: 'jsonl' };
  }
  const records = wrappedRecords(line ?? parseObject(head));
  let recordKeys = [...keys];
  if (records !== null) recordKeys = recordKeysOf(records);
  else if (line !== null) recordKeys = Object.keys(flatten(line));
  const kind = classifyColumns(recordKeys, mappings);
  if (kind !== null) return { format: kind };
  if (line !== null && records === null && CANONICAL_KEYS.some((key) => key in line)) return { format: 'jsonl' };
  const missing = describeMissingColumns(recordKeys, mappings);
  if (missing !== null) return { format: null, reason: `JSON records with ${missing}; ${SUPPORTED_FORMATS_TEXT}` };
  return { format: null, reason: `${unknownJsonShape(head, line, recordKeys, records !== null)}; ${SUPPORTED_FORMATS_TEXT}` };
}

/** Returns the flattened keys of the first records, in order of appearance. */
function recordKeysOf(records: unknown[]): string[] {
  const keys = new Set<string>();
  for (const record of records.slice(0, 20)) {
    if (isObject(record)) for (const key of Object.keys(flatten(record))) keys.add(key);
  }
  return [...keys];
}

/** Describes JSON whose records match no export: JSON Lines only when two lines hold objects, else a document with its top-level keys. */
function unknownJsonShape(head: string, line: Record<string, unknown> | null, recordKeys: string[], wrapped: boolean): string {
  const listed = (names: string[]): string => names.slice(0, 12).join(', ') || '(none)';
  const objectLines = head.split(/\r\n|\r|\n/).filter((text) => parseObject(text) !== null).length;
  if (line !== null && objectLines >= 2) return `JSON Lines of unknown shape: keys ${listed(recordKeys)}`;
  if (head.trimStart().startsWith('[')) return `JSON array of records of unknown shape: record keys ${listed(recordKeys)}`;
  const topLevel = line !== null ? Object.keys(line) : topLevelKeys(head);
  if (wrapped) return `JSON document of unknown shape: top-level keys ${listed(topLevel)}, record keys ${listed(recordKeys)}`;
  return `JSON document of unknown shape, not JSON Lines: top-level keys ${listed(topLevel)}; records are read from an array or from the one array of objects inside an object`;
}

/** Returns every object key that occurs in a JSON text, at any depth. */
function jsonKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const match of text.matchAll(/"((?:[^"\\]|\\.)*)"\s*:/g)) keys.add(match[1] ?? '');
  return keys;
}

/** Parses a line that contains one whole JSON object. Returns null otherwise. */
function parseObject(line: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Splits a header line on its detected delimiter, dropping the quotes around names. */
function csvHeaders(line: string): string[] {
  const delimiter = detectDelimiter(line);
  if (!line.includes(delimiter)) return [];
  return line.split(delimiter).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}

/** Reads the first `DETECT_BYTES` of a file and detects its format. */
export async function detectFileFormat(filePath: string, mappings: Mappings = EMPTY_MAPPINGS): Promise<Detection> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = new Uint8Array(DETECT_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, DETECT_BYTES, 0);
    return detectFormat(buffer.subarray(0, bytesRead), filePath, mappings);
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
