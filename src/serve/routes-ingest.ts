/** Ingestion routes: canonical messages as JSON, and uploaded export files. */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, open, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Logger } from '../core/log.js';
import type { IngestItem } from '../core/types.js';
import { readInputs } from '../ingest/index.js';
import { parseJsonlLine } from '../ingest/jsonl.js';
import { BIDI_CONTROLS } from '../ingest/whatsapp-header.js';
import { importQuerySchema, messagesBodySchema } from './api-schemas.js';
import { workspaceSettings, type ServeConfig } from './config.js';
import { HttpError, parseRequest } from './http-errors.js';
import type { LiveIngest } from './live-ingest.js';
import { requestWorkspace } from './request-workspace.js';

export interface IngestRoutesOptions {
  ingest: LiveIngest;
  config: ServeConfig;
  /** Maximum upload size in bytes. */
  bodyLimit: number;
}

/** POST /messages: a JSON array (or `{"messages": [...]}`) of canonical messages. */
export const messageRoutes: FastifyPluginAsync<IngestRoutesOptions> = async (app, options) => {
  app.post('/messages', async (request) => {
    const body = parseRequest(messagesBodySchema, request.body, 'body');
    const list = Array.isArray(body) ? body : body.messages;
    // The source is the same for every request: it is stored with each message, so a resent
    // message with a different source would count as updated instead of duplicate.
    const items = list.map((value, index) => canonicalItem(value, 'api:messages', index));
    return options.ingest.ingest(requestWorkspace(request).id, items);
  });
};

/**
 * POST /imports: an export file in any format `parley analyze` reads, sent
 * as the multipart field `file` or as the raw body with `?filename=`. It is
 * saved to a temporary folder under its own base name (WhatsApp chats take
 * their conversation from it), read, ingested and removed. A bare iOS
 * `_chat.txt` is saved in a folder named after its first line instead, see
 * `placeBareChat`.
 */
export const importRoutes: FastifyPluginAsync<IngestRoutesOptions> = async (app, options) => {
  // This scope takes any content type as raw bytes, so a .json or .txt export is not parsed as JSON or text.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: options.bodyLimit }, (_request, body, done) => done(null, body));
  await app.register(multipart, { limits: { fileSize: options.bodyLimit, files: 1, fields: 10, parts: 20 } });

  app.post('/imports', async (request) => {
    const query = parseRequest(importQuerySchema, request.query, 'query');
    const workspace = requestWorkspace(request);
    const dir = await mkdtemp(path.join(tmpdir(), 'parley-import-'));
    try {
      const file = await saveUpload(request, dir, query.filename);
      const seller = workspaceSettings(options.config, workspace.id).seller;
      const items = readInputs([file], {
        config: seller,
        // The server's logger is pino (see buildServer), so its request loggers are pino loggers too.
        logger: request.log as Logger,
        onSkipped: (_file, count, reason) => request.log.info({ skipped: count }, reason),
      });
      return await options.ingest.ingestStream(workspace.id, withUploadSources(items, dir));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
};

/**
 * Turns one canonical message into an ingest item the way a .jsonl line is
 * read, with the array index in place of the line number.
 */
function canonicalItem(value: unknown, source: string, index: number): IngestItem {
  const item = parseJsonlLine(JSON.stringify(value), source, index);
  const locator = `${source}#index=${index}`;
  if (item.kind === 'message') return { kind: 'message', message: { ...item.message, source: locator } };
  const reason = item.item.reason.replace(/^line \d+: /, `message ${index}: `);
  return { kind: 'quarantine', item: { ...item.item, source: locator, reason } };
}

/** Writes the upload to `dir` and returns the file's path. */
async function saveUpload(request: FastifyRequest, dir: string, queryName: string | undefined): Promise<string> {
  if (request.isMultipart()) {
    const part = await request.file();
    if (!part) throw new HttpError(400, 'invalid_request', 'missing field "file": send the export as the multipart field "file"', 'body.file');
    if (part.fieldname !== 'file') {
      part.file.resume();
      throw new HttpError(400, 'invalid_request', `unexpected field "${part.fieldname}": send the export as the multipart field "file"`, 'body.file');
    }
    const target = path.join(dir, safeFileName(part.filename || queryName));
    await pipeline(part.file, createWriteStream(target));
    if (part.file.truncated) throw new HttpError(413, 'payload_too_large', 'the uploaded file is larger than the body limit');
    return placeBareChat(target, dir);
  }
  const body = request.body;
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new HttpError(400, 'invalid_request', 'missing file: send it as the multipart field "file", or as the request body with ?filename=', 'body');
  }
  const target = path.join(dir, safeFileName(queryName));
  await writeFile(target, body);
  return placeBareChat(target, dir);
}

/** `_chat.txt`, also as a repeated download such as `_chat (1).txt`: the iOS chat file name, which names no chat. */
const BARE_CHAT_NAME = /^_?chat(?:\s?\(\d{1,3}\))?\.txt$/i;

/** Bytes read from the start of an uploaded `_chat.txt` to find its first line. */
const FIRST_LINE_BYTES = 64 * 1024;

/**
 * Moves an uploaded bare `_chat.txt` to `dir/chat-<hash>/_chat.txt`, where
 * the hash is of the file's first non-empty line. The WhatsApp reader names
 * a bare `_chat.txt` conversation after its folder, and a later export of
 * the same chat starts with the same line, so uploading it again stores no
 * message twice. Returns the new path, or `file` unchanged for other names.
 */
async function placeBareChat(file: string, dir: string): Promise<string> {
  if (!BARE_CHAT_NAME.test(path.basename(file))) return file;
  // NOTE: a chat whose oldest messages were cleared on the phone starts with another line,
  // so its next upload is stored as a new conversation.
  const folder = path.join(dir, `chat-${hashFirstLine(await readStart(file))}`);
  await mkdir(folder);
  const target = path.join(folder, '_chat.txt');
  await rename(file, target);
  return target;
}

async function readStart(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(FIRST_LINE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, FIRST_LINE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** First 16 hex digits of the SHA-256 of the first non-empty line, without BOM, direction marks or edge spaces. */
function hashFirstLine(start: Buffer): string {
  const lines = start.toString('utf8').split(/\r?\n/);
  const line = lines.map((candidate) => candidate.replace(BIDI_CONTROLS, '').trim()).find((candidate) => candidate !== '') ?? '';
  return createHash('sha256').update(line).digest('hex').slice(0, 16);
}

/** Base name of an uploaded file, without folders, control characters or leading dots; "upload" when nothing is left. */
export function safeFileName(name: string | undefined): string {
  const base = path.basename((name ?? '').replaceAll('\\', '/'));
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f/]/g, '').replace(/^\.+/, '').slice(0, 200);
  return cleaned === '' ? 'upload' : cleaned;
}

/**
 * Replaces the temporary folder in each item's source with "upload:", so
 * stored sources and quarantine reports name the uploaded file, and ids that
 * fall back on the source stay the same when the file is uploaded again.
 */
async function* withUploadSources(items: AsyncIterable<IngestItem>, dir: string): AsyncIterable<IngestItem> {
  const prefix = dir + path.sep;
  const rename = (source: string) => (source.startsWith(prefix) ? `upload:${source.slice(prefix.length)}` : source);
  for await (const item of items) {
    if (item.kind === 'message') yield { kind: 'message', message: { ...item.message, source: rename(item.message.source) } };
    else yield { kind: 'quarantine', item: { ...item.item, source: rename(item.item.source), reason: item.item.reason.replaceAll(prefix, 'upload:') } };
  }
}
