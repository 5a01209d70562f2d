import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Attachment, IngestItem } from '../core/types.js';
import { errorMessage } from '../core/errors.js';
import { mediaTypeForFileName } from './media.js';
import { quarantined } from './quarantine.js';
import { chatKeyForPath, parseWhatsAppChat, type WhatsAppOptions } from './whatsapp.js';

/** A parsed WhatsApp .zip export: its messages and every other file in it. */
export interface WhatsAppZip {
  items: IngestItem[];
  /** Files of the zip other than the chat, with their uncompressed sizes. */
  media: Attachment[];
}

/** Chat file names WhatsApp writes: `_chat.txt` (iOS) or `WhatsApp Chat with NAME.txt` (Android). */
const CHAT_NAME = /(^|\/)(_chat\.txt|[^/]*whatsapp[^/]*\.txt)$/i;

/**
 * Parses a WhatsApp .zip export: finds the chat .txt (`_chat.txt`, or the
 * only .txt, or one named like "WhatsApp Chat …"), parses it, and lists the
 * other files as media. A placeholder that names a file of the zip gets that
 * file's real size. Only the chat file is decompressed. A zip without a chat
 * file, or one that fails to open, yields one quarantine item.
 */
export function parseWhatsAppZip(bytes: Uint8Array, source: string, options: WhatsAppOptions = {}): WhatsAppZip {
  const sizes = new Map<string, number>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!file.name.endsWith('/')) sizes.set(file.name, file.originalSize);
        return file.name.toLowerCase().endsWith('.txt');
      },
    });
  } catch (error) {
    return { items: [quarantined(source, `invalid zip archive: ${errorMessage(error)}`)], media: [] };
  }
  const chatName = pickChatFile(Object.keys(files));
  const chatBytes = chatName === null ? undefined : files[chatName];
  if (chatName === null || chatBytes === undefined) {
    return { items: [quarantined(source, 'zip contains no WhatsApp chat .txt file such as _chat.txt')], media: [] };
  }
  const media = [...sizes]
    .filter(([name]) => name !== chatName)
    .map(([name, size]) => ({ name: path.posix.basename(name), mediaType: mediaTypeForFileName(name), size }));
  const key = options.conversationKey ?? zipChatKey(source, chatName);
  const items = parseWhatsAppChat(strFromU8(chatBytes), `${source}!${chatName}`, { ...options, conversationKey: key });
  return { items: items.map((item) => withSizes(item, media)), media };
}

/** Reads a .zip file and parses it; see `parseWhatsAppZip`. */
export async function readWhatsAppZip(filePath: string, options: WhatsAppOptions = {}): Promise<WhatsAppZip> {
  // NOTE: the whole archive is read into memory, media included.
  const bytes = new Uint8Array(await readFile(filePath));
  const exportYear = options.exportYear ?? (await stat(filePath)).mtime.getUTCFullYear();
  return parseWhatsAppZip(bytes, filePath, { ...options, exportYear });
}

function pickChatFile(names: string[]): string | null {
  const visible = names.filter((name) => !path.posix.basename(name).startsWith('.') && !name.startsWith('__MACOSX/'));
  const named = visible.filter((name) => CHAT_NAME.test(name)).sort();
  if (named[0] !== undefined) return named[0];
  return visible.length === 1 ? (visible[0] ?? null) : null;
}

/** Keys the chat by the zip's own name when the chat file is a bare `_chat.txt`, which names no chat. */
function zipChatKey(zipPath: string, chatName: string): string {
  if (/^_?chat\.txt$/i.test(path.posix.basename(chatName))) {
    return chatKeyForPath(zipPath.replace(/\.zip$/i, '.txt'));
  }
  return chatKeyForPath(chatName);
}

function withSizes(item: IngestItem, media: Attachment[]): IngestItem {
  if (item.kind !== 'message' || item.message.attachments.length === 0) return item;
  const attachments = item.message.attachments.map((attachment) => {
    const file = media.find((entry) => entry.name === attachment.name);
    return file === undefined ? attachment : { ...attachment, size: file.size };
  });
  return { kind: 'message', message: { ...item.message, attachments } };
}
