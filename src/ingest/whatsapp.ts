import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Logger } from '../core/log.js';
import type { IngestItem, ParsedMessage, Sender } from '../core/types.js';
import { quarantined } from './quarantine.js';
import { formatOffset } from './time.js';
import { classifyChatBody } from './whatsapp-body.js';
import { splitChatEntries, type ChatEntry } from './whatsapp-entries.js';
import { BIDI_CONTROLS } from './whatsapp-header.js';

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
   * Day-before-month order of the dates. By default it is decided from all
   * dates of one file. A first field over 12 means day first and a second
   * field over 12 month first. Otherwise the order under which the dates run
   * forward wins, and day first is the default when both run forward.
   */
  daysFirst?: boolean;
  /**
   * Year of the last message, for headers that leave the year out ("Mar 9,
   * 9:41 PM"). `readWhatsAppFile` uses the year the file was last modified,
   * `parseWhatsAppChat` the current year.
   */
  exportYear?: number;
  /** Conversation key; by default derived from the file name, see `chatKeyForPath`. */
  conversationKey?: string;
  /** Receives a warning when a file's day-month order had to be guessed. */
  logger?: Logger;
}

/**
 * Parses the text of a WhatsApp chat export (Android or iOS, any header
 * style `parseHeader` reads). System notices are skipped; media placeholders
 * become attachments. `source` is the file path, used for the conversation
 * key and in locators. A file with text but no readable message header yields
 * one quarantine item, and so does a message whose header date is invalid.
 */
export function parseWhatsAppChat(text: string, source: string, options: WhatsAppOptions = {}): IngestItem[] {
  const exportYear = options.exportYear ?? new Date().getUTCFullYear();
  const { entries, dateOrder } = splitChatEntries(text, { exportYear, daysFirst: options.daysFirst });
  if (entries.length === 0) {
    if (text.trim() === '') return [];
    return [quarantined(source, 'no WhatsApp message header found; expected lines such as "[3/18/22, 14:56:01] Name: text" or "23/03/2022, 13:31 - Name: text"')];
  }
  if (dateOrder.basis === 'default') {
    options.logger?.warn({ source }, 'day-month order of WhatsApp dates is ambiguous; read day first. Set "dateOrder": "mdy" under mappings in the seller config if the phone writes month first');
  }
  const key = options.conversationKey ?? chatKeyForPath(source);
  return entries.flatMap((entry) => {
    const item = toItem(entry, `${source}#line=${entry.line}`, key, options.utcOffsetMinutes);
    return item === null ? [] : [item];
  });
}

/** Reads a WhatsApp chat export file as UTF-8 and parses it; see `parseWhatsAppChat`. */
export async function readWhatsAppFile(filePath: string, options: WhatsAppOptions = {}): Promise<IngestItem[]> {
  const text = await readFile(filePath, 'utf8');
  // NOTE: the modification year is a guess at the export year; copying the file can change it.
  const exportYear = options.exportYear ?? (await stat(filePath)).mtime.getUTCFullYear();
  return parseWhatsAppChat(text, filePath, { ...options, exportYear });
}

function toItem(entry: ChatEntry, source: string, key: string, offset: number | undefined): IngestItem | null {
  if (entry.author === null) return null;
  const body = classifyChatBody(entry.body, entry.bracketed);
  if (body.kind === 'system') return null;
  if (entry.sentAt === null) {
    return quarantined(source, `invalid date or time in the message header "${entry.headerText.trim()}": no such calendar date or time. If the phone writes month before day, set "dateOrder": "mdy" under mappings in the seller config`, entry.body);
  }
  const message: ParsedMessage = {
    channel: 'whatsapp',
    source,
    sourceId: null,
    conversationKey: key,
    sender: senderFromAuthor(entry.author),
    recipients: [],
    sentAt: offset === undefined ? entry.sentAt : entry.sentAt + formatOffset(offset),
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
 * Counter that a browser appends to a repeated download, such as " (1)" or "(1)".
 * Only digits match, so a name such as "Ahmed (Dubai office)" is kept whole.
 */
// NOTE: a chat really named "Shop (2)" is keyed as "Shop". A "-1" suffix (reported for Safari)
// is kept, because real chat names can end that way.
const DOWNLOAD_COUNTER = /^(.*\S)\s?\(\d{1,3}\)$/;

/**
 * Derives a conversation key from a chat file path: the chat name in
 * "WhatsApp Chat with NAME.txt", or the folder name for a bare `_chat.txt`.
 * The key stays the same when the chat is exported again, also when the new
 * download is saved as "WhatsApp Chat with NAME (1).txt".
 */
export function chatKeyForPath(filePath: string): string {
  let base = withoutDownloadCounter(path.basename(filePath).replace(/\.txt$/i, ''));
  // iOS exports name the chat after the folder or zip and call the file _chat.txt.
  if (/^_?chat$/i.test(base)) base = withoutDownloadCounter(path.basename(path.dirname(filePath)).replace(/\.zip$/i, ''));
  const name = EXPORT_PREFIXES.reduce((current, prefix) => current.replace(prefix, ''), base);
  return `whatsapp:${name}`;
}

function withoutDownloadCounter(base: string): string {
  return DOWNLOAD_COUNTER.exec(base)?.[1] ?? base;
}
