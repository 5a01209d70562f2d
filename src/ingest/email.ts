import { readFile } from 'node:fs/promises';
import { simpleParser, type AddressObject, type ParsedMail, type StructuredHeader } from 'mailparser';
import { errorMessage } from '../core/errors.js';
import type { Attachment, IngestItem, ParsedMessage, Sender } from '../core/types.js';
import { isAutomatedEmail } from '../normalize/email-body.js';
import { emailSentAt, parseDateHeader } from './email-date.js';
import { dropUnreadDates, forwardedDateFormatter } from './email-forwarded.js';
import { repairEncodedWords } from './email-header-words.js';
import { normalizeLineEndings, rawBodyText, receivedDate } from './email-raw.js';
import { htmlToText } from './html-text.js';
import { quarantined } from './quarantine.js';
import { RICH_TEXT_TYPES, richTextToPlain } from './rich-text.js';

const PARSER_OPTIONS = { skipTextToHtml: true, skipImageLinks: true, skipTextLinks: true } as const;

/**
 * Parses one RFC 5322 message with mailparser. LF, CRLF and CR-only line ends
 * are accepted. The text body falls back to the HTML body converted to text,
 * and, when the MIME structure is broken so that no part is found, to the raw
 * text after the header block. A missing or invalid Date header falls back to
 * the time of the topmost Received header. An inline forwarded message with
 * an unreadable Date is rendered without its Date line, so the body depends on
 * the file only. `source` names the file and, for mbox, the message's place in
 * it. A message that fails to parse, has no
 * usable date, or has neither body text nor attachments is quarantined.
 */
export async function parseEmail(input: Buffer, source: string): Promise<IngestItem> {
  const raw = repairEncodedWords(normalizeLineEndings(input));
  let mail: ParsedMail;
  try {
    mail = await simpleParser(raw, { ...PARSER_OPTIONS, formatDateString: forwardedDateFormatter() });
  } catch (error) {
    return quarantined(source, `e-mail failed to parse: ${errorMessage(error)}`, raw.toString('utf8'));
  }
  const sentAt = messageDate(mail);
  if (sentAt === null) {
    return quarantined(
      source,
      'missing or unreadable Date header and no Received header with a date; add a Date header in RFC 5322 form such as "Tue, 10 Mar 2026 09:15:00 +0400"',
      raw.toString('utf8'),
    );
  }
  const rich = mail.text || mail.html ? undefined : richTextPart(mail);
  const attached = mail.attachments.filter((part) => !part.related && part !== rich);
  let body: string;
  if (rich === undefined) {
    body = bodyText(mail, raw, attached.length);
  } else {
    body = richTextToPlain(rich.contentType, rich.content.toString('utf8'));
  }
  // Inline parts such as images in the HTML are listed only when the message has nothing else, as in a photo-only message.
  const attachments = (body === '' && attached.length === 0 ? mail.attachments : attached).map(toAttachment);
  if (body === '' && attachments.length === 0) {
    return quarantined(source, 'e-mail has no text body and no attachments', raw.toString('utf8'));
  }
  return { kind: 'message', message: toParsedMessage(mail, source, body, attachments, sentAt) };
}

/**
 * Returns the send time from the Date header, else from the topmost Received
 * header, else null. mailparser's own `date` is not used because it is the
 * current time when the header cannot be read.
 */
function messageDate(mail: ParsedMail): string | null {
  const rawDate = mail.headerLines.find((line) => line.key === 'date')?.line.replace(/^date:\s*/i, '') ?? null;
  const date = rawDate === null ? null : parseDateHeader(rawDate);
  if (date !== null) return emailSentAt(date, rawDate);
  const received = receivedDate(mail.headers.get('received'));
  return received === null ? null : emailSentAt(received.date, received.raw);
}

/** Returns the inline text/richtext or text/enriched part, which mailparser lists as an attachment. */
function richTextPart(mail: ParsedMail): ParsedMail['attachments'][number] | undefined {
  return mail.attachments.find((part) => RICH_TEXT_TYPES.has(part.contentType.toLowerCase()) && part.contentDisposition !== 'attachment');
}

function bodyText(mail: ParsedMail, raw: Buffer, attachmentCount: number): string {
  const html = typeof mail.html === 'string' ? dropUnreadDates(mail.html) : '';
  const body = (dropUnreadDates(mail.text ?? '').trim() || htmlToText(html)).trim();
  if (body !== '' || attachmentCount > 0 || !boundaryMissing(mail, raw)) return body;
  return rawBodyText(raw);
}

/** True for a multipart message whose body never contains its boundary line. */
function boundaryMissing(mail: ParsedMail, raw: Buffer): boolean {
  const contentType = mail.headers.get('content-type');
  if (typeof contentType !== 'object' || contentType === null || !('params' in contentType)) return false;
  const { value, params } = contentType as StructuredHeader;
  const boundary = params['boundary'];
  const multipart = value.toLowerCase().startsWith('multipart/');
  return multipart && boundary !== undefined && !raw.includes(`--${boundary}`);
}

/** Reads one .eml file and parses it; see `parseEmail`. */
export async function readEmailFile(filePath: string): Promise<IngestItem> {
  return parseEmail(await readFile(filePath), filePath);
}

function toParsedMessage(
  mail: ParsedMail,
  source: string,
  body: string,
  attachments: Attachment[],
  sentAt: string,
): ParsedMessage {
  const from = addresses(mail.from)[0] ?? { name: null, email: null, phone: null };
  const subject = mail.subject ?? null;
  return {
    channel: 'email',
    source,
    sourceId: stripBrackets(mail.messageId ?? null),
    conversationKey: null,
    sender: from,
    recipients: [...addresses(mail.to), ...addresses(mail.cc)],
    sentAt,
    body,
    attachments,
    subject,
    inReplyTo: stripBrackets(mail.inReplyTo ?? null),
    references: referenceList(mail.references),
    direction: null,
    language: null,
    automated: isAutomatedEmail({ headers: mail.headers, subject, from: from.email, body }),
  };
}

function toAttachment(part: ParsedMail['attachments'][number]): Attachment {
  return { name: part.filename ?? 'attachment', mediaType: part.contentType, size: part.size };
}

function addresses(field: AddressObject | AddressObject[] | undefined): Sender[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((object) =>
    object.value.map((entry) => ({
      name: entry.name === '' ? null : entry.name,
      email: entry.address === undefined || entry.address === '' ? null : entry.address.toLowerCase(),
      phone: null,
    })),
  );
}

function stripBrackets(id: string | null): string | null {
  if (id === null) return null;
  const trimmed = id.trim().replace(/^<|>$/g, '');
  return trimmed === '' ? null : trimmed;
}

function referenceList(references: string | string[] | undefined): string[] {
  if (references === undefined) return [];
  const list = Array.isArray(references) ? references : references.split(/\s+/);
  return list.map((id) => stripBrackets(id)).filter((id): id is string => id !== null);
}
