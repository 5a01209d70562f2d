import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { parseString } from 'whatsapp-chat-parser';
import type { IngestItem, ParsedMessage, Sender } from '../core/types.js';
import { quarantined } from './quarantine.js';
import { formatLocal, formatOffset } from './time.js';
import { BIDI_CONTROLS, normalizeChatHeaders } from './whatsapp-header.js';
import { classifyChatBody } from './whatsapp-body.js';

/** Options of the WhatsApp adapter. */
export interface WhatsAppOptions {
  /**
   * UTC offset of the phone that exported the chat, in minutes east of UTC.
   * WhatsApp exports carry no time zone, so without this option `sentAt` is
   * ISO 8601 local time with no offset (`2022-03-18T14:56:01`). With it, the
   * offset is appended (`2022-03-18T14:56:01+04:00`) and the wall-clock time
   * stays as written.
   */
  utcOffsetMinutes?: number;
  /**
   * Day-before-month order of the dates. By default whatsapp-chat-parser
   * decides it from all dates of one file (a part over 12, then the order in
   * which dates increase), falling back to day first.
   */
  daysFirst?: boolean;
  /** Conversation key; by default derived from the file name, see `chatKeyForPath`. */
  conversationKey?: string;
}

interface LibraryMessage {
  date: Date;
  author: string | null;
  message: string;
  attachment?: { fileName: string };
}

/**
 * Parses the text of a WhatsApp chat export (Android or iOS, any of the
 * header styles whatsapp-chat-parser 4 reads after `normalizeChatHeaders`).
 * System notices are skipped; media placeholders become attachments. `source`
 * is the file path, used for the conversation key and in locators. A file
 * with text but no readable message header yields one quarantine item.
 */
export function parseWhatsAppChat(text: string, source: string, options: WhatsAppOptions = {}): IngestItem[] {
  const parseOptions = { parseAttachments: true, ...(options.daysFirst === undefined ? {} : { daysFirst: options.daysFirst }) };
  const messages = parseString(normalizeChatHeaders(text), parseOptions) as LibraryMessage[];
  if (messages.length === 0) {
    if (text.trim() === '') return [];
    return [quarantined(source, 'no WhatsApp message header found; expected lines such as "[3/18/22, 14:56:01] Name: text" or "23/03/2022, 13:31 - Name: text"')];
  }
  const key = options.conversationKey ?? chatKeyForPath(source);
  const items: IngestItem[] = [];
  messages.forEach((entry, index) => {
    const item = toItem(entry, `${source}#message=${index + 1}`, key, options.utcOffsetMinutes);
    if (item !== null) items.push(item);
  });
  return items;
}

/** Reads a WhatsApp chat export file as UTF-8 and parses it; see `parseWhatsAppChat`. */
export async function readWhatsAppFile(filePath: string, options: WhatsAppOptions = {}): Promise<IngestItem[]> {
  return parseWhatsAppChat(await readFile(filePath, 'utf8'), filePath, options);
}

function toItem(entry: LibraryMessage, source: string, key: string, offset: number | undefined): IngestItem | null {
  if (entry.author === null) return null;
  if (Number.isNaN(entry.date.getTime())) {
    return quarantined(source, 'invalid date in the message header; pass daysFirst if day and month are swapped', entry.message);
  }
  const body = classifyChatBody(entry.message, entry.attachment?.fileName);
  if (body.kind === 'system') return null;
  const message: ParsedMessage = {
    channel: 'whatsapp',
    source,
    sourceId: null,
    conversationKey: key,
    sender: senderFromAuthor(entry.author),
    recipients: [],
    sentAt: wallClock(entry.date, offset),
    body: body.text.replace(BIDI_CONTROLS, ''),
    attachments: body.attachments,
    subject: null,
    inReplyTo: null,
    references: [],
    direction: null,
    language: null,
  };
  return { kind: 'message', message };
}

/**
 * whatsapp-chat-parser builds each Date from the header's parts in the
 * process's local time zone, so the local getters give back the written time.
 * NOTE: a time inside a daylight-saving gap of the process's zone comes back
 * one hour later; run with TZ=UTC to avoid it.
 */
function wallClock(date: Date, offset: number | undefined): string {
  const local = formatLocal({
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
    second: date.getSeconds(),
  });
  return offset === undefined ? local : local + formatOffset(offset);
}

/** Turns an author into a sender: an international number becomes an E.164 phone, anything else a name. */
export function senderFromAuthor(author: string): Sender {
  const cleaned = author.replace(BIDI_CONTROLS, '').replace(/[\u00a0\u202f]/g, ' ').trim();
  if (/^\+[\d\s().-]{6,}$/.test(cleaned)) {
    // Saved contacts show as names, so a number here is a real one even when
    // libphonenumber's length rules reject it (new ranges); E.164 allows 8 to 15 digits.
    const phone = parsePhoneNumberFromString(cleaned)?.number ?? `+${cleaned.replace(/\D/g, '')}`;
    if (/^\+\d{8,15}$/.test(phone)) return { name: null, email: null, phone };
  }
  return { name: cleaned, email: null, phone: null };
}

const EXPORT_PREFIXES = [/^WhatsApp Chat (?:with|-) /i, /^Chat WhatsApp (?:s uživatelem|con|avec|com) /i, /^Чат WhatsApp с (?:контактом )?/i];

/**
 * Derives a conversation key from a chat file path: the chat name in
 * "WhatsApp Chat with NAME.txt", or the folder name for a bare `_chat.txt`.
 * The key stays the same when the same chat is exported again.
 */
export function chatKeyForPath(filePath: string): string {
  let base = path.basename(filePath).replace(/\.txt$/i, '');
  // iOS exports name the chat after the folder or zip and call the file _chat.txt.
  if (/^_?chat$/i.test(base)) base = path.basename(path.dirname(filePath)).replace(/\.zip$/i, '');
  const name = EXPORT_PREFIXES.reduce((current, prefix) => current.replace(prefix, ''), base);
  return `whatsapp:${name}`;
}
