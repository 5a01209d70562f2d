import { createReadStream, statSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import { CHANNELS, type Attachment, type Channel, type ExtractInput, type Sender } from '../core/types.js';
import { analyzeMessage } from '../extract/index.js';

/** Output lines are written in chunks of this many, to keep write calls few. */
const WRITE_BATCH = 512;

/**
 * Runs `parley signals`: reads JSON Lines (canonical messages, or just
 * `{"id","text"}` plus optional `sentAt`, `channel`, `language`, `direction`,
 * `sender`, `attachments`) from a file or stdin and writes one
 * message analysis per input line, in input order. A line that cannot be
 * read becomes `{"line":N,"id":…,"error":"…"}` in its place, so output lines
 * stay aligned with input lines. A blank line gets an error line too.
 * Returns the number of error lines.
 */
export async function signalsCommand(file: string | undefined): Promise<number> {
  if (file && file !== '-') checkInputFile(file);
  const input = file && file !== '-' ? createReadStream(file, 'utf8') : process.stdin.setEncoding('utf8');
  let lineNumber = 0;
  let failures = 0;
  let buffer: string[] = [];
  const handle = async (line: string): Promise<void> => {
    lineNumber += 1;
    const result = line.trim() === '' ? { line: lineNumber, id: null, error: 'blank line' } : analyzeLine(line, lineNumber);
    if ('error' in result) failures += 1;
    buffer.push(JSON.stringify(result));
    if (buffer.length >= WRITE_BATCH) {
      await write(buffer.join('\n') + '\n');
      buffer = [];
    }
  };
  // Splitting chunks by hand is several times faster than node:readline's async iterator.
  let rest = '';
  for await (const chunk of input as AsyncIterable<string>) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) await handle(line.endsWith('\r') ? line.slice(0, -1) : line);
  }
  if (rest !== '') await handle(rest);
  if (buffer.length > 0) await write(buffer.join('\n') + '\n');
  return failures;
}

function analyzeLine(line: string, lineNumber: number): object {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { line: lineNumber, id: null, error: `invalid JSON: ${(error as Error).message}` };
  }
  const input = toExtractInput(json, lineNumber);
  if (typeof input === 'string') {
    const id = typeof json === 'object' && json !== null && 'id' in json ? (json as { id: unknown }).id : null;
    return { line: lineNumber, id, error: input };
  }
  return analyzeMessage(input);
}

const OPTIONAL_STRINGS = ['sentAt', 'language'] as const;

/**
 * Validates one input object and maps it to the extraction input. Returns
 * the error text instead when a field is missing or has the wrong type.
 */
function toExtractInput(json: unknown, lineNumber: number): ExtractInput | string {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return 'invalid line: expected a JSON object such as {"id":"m-1","text":"..."}';
  }
  const record = json as Record<string, unknown>;
  if (typeof record.text !== 'string') return 'missing or invalid field "text": expected a string';
  const id = record.id;
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') {
    return 'invalid field "id": expected a string or number';
  }
  for (const field of OPTIONAL_STRINGS) {
    if (record[field] !== undefined && typeof record[field] !== 'string') return `invalid field "${field}": expected a string`;
  }
  if (typeof record.sentAt === 'string' && Number.isNaN(Date.parse(record.sentAt))) {
    return `invalid field "sentAt": "${record.sentAt}" is not an ISO 8601 time such as 2026-03-10T09:15:00+04:00`;
  }
  const { channel, direction } = record;
  if (channel !== undefined && !CHANNELS.includes(channel as Channel)) {
    return `invalid field "channel": expected one of ${CHANNELS.join(', ')}`;
  }
  if (direction !== undefined && direction !== 'inbound' && direction !== 'outbound') {
    return 'invalid field "direction": expected "inbound" or "outbound"';
  }
  const { sender, attachments } = record;
  if (sender !== undefined && (typeof sender !== 'object' || sender === null)) {
    return 'invalid field "sender": expected an object such as {"name":"Omar","phone":"+971550100123"}';
  }
  if (attachments !== undefined && !isAttachmentList(attachments)) {
    return 'invalid field "attachments": expected an array of {"name","mediaType","size"}';
  }
  return {
    id: id === undefined ? `line-${lineNumber}` : String(id),
    text: record.text,
    ...(typeof record.sentAt === 'string' ? { sentAt: record.sentAt } : {}),
    ...(typeof record.language === 'string' ? { language: record.language } : {}),
    ...(channel === undefined ? {} : { channel: channel as Channel }),
    ...(direction === undefined ? {} : { direction: direction as ExtractInput['direction'] }),
    ...(sender === undefined ? {} : { sender: toSender(sender as Record<string, unknown>) }),
    ...(attachments === undefined ? {} : { attachments: attachments as Attachment[] }),
  };
}

function isAttachmentList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every((item) => typeof item === 'object' && item !== null && typeof (item as Attachment).name === 'string')
  );
}

function toSender(value: Record<string, unknown>): Sender {
  const text = (field: string): string | null => (typeof value[field] === 'string' ? (value[field] as string) : null);
  return { name: text('name'), email: text('email'), phone: text('phone'), handle: text('handle') };
}

function write(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}

/** Raises InputError, which exits 2, for a path that is missing, not a file, or not readable. */
function checkInputFile(file: string): void {
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(file, 'file not found');
    throw new InputError(file, `cannot access the file (${code ?? 'unknown error'}); check its permissions`);
  }
  if (!isFile) throw new InputError(file, 'not a file: give one JSON Lines file, or - for standard input');
}
