import type { Attachment, Direction, IngestItem, ParsedMessage, Sender } from '../core/types.js';
import { htmlToText } from './html-text.js';
import { phoneToE164 } from './mapping-values.js';
import { mediaTypeForFileName } from './media.js';
import { quarantined } from './quarantine.js';
import { firstIssue } from './mapping-issue.js';
import { commentSchema, type Comment, type Person, type Ticket } from './support-schema.js';

/** Author of a comment, and the direction that follows when the export names roles or the requester. */
interface Author {
  person: Person | null;
  direction: Direction | null;
}

/** Turns one validated ticket into messages; invalid comments are quarantined, private ones skipped. */
export function ticketMessages(ticket: Ticket, locator: string, users: Map<string, Person>): { items: IngestItem[]; skipped: number } {
  const requester = ticket.requester ?? (ticket.requester_id ? (users.get(ticket.requester_id) ?? { id: ticket.requester_id }) : null);
  const comments = ticket.comments ?? [];
  if (comments.length === 0) return { items: descriptionMessage(ticket, locator, requester), skipped: 0 };
  const items: IngestItem[] = [];
  let skipped = 0;
  comments.forEach((value, index) => {
    const where = `${locator}.comments[${index}]`;
    const comment = commentSchema.safeParse(value);
    if (!comment.success) {
      const { field, message } = firstIssue(comment.error);
      items.push(quarantined(where, `ticket ${ticket.id}, comments[${index}]: field "${field}": ${message}`, JSON.stringify(value)));
    } else if (comment.data.public === false) {
      skipped += 1;
    } else {
      const author = resolveAuthor(comment.data, requester, users);
      items.push({ kind: 'message', message: commentMessage(ticket, comment.data, author, where) });
    }
  });
  return { items, skipped };
}

/**
 * Decides who wrote a comment. The requester and other end-users (people in
 * CC) are inbound. Agents and admins are outbound, and so is anyone else
 * with a name or address once the export names the requester. Otherwise the
 * direction stays null, so normalization infers it.
 */
function resolveAuthor(comment: Comment, requester: Person | null, users: Map<string, Person>): Author {
  if (comment.author === 'requester') return { person: requester, direction: 'inbound' };
  if (comment.author === 'agent') return { person: null, direction: 'outbound' };
  const person = comment.author ?? (comment.author_id ? (users.get(comment.author_id) ?? { id: comment.author_id }) : null);
  if (person === null) return { person: null, direction: null };
  if (requester !== null && samePerson(person, requester)) return { person, direction: 'inbound' };
  if (person.role === 'end-user') return { person, direction: 'inbound' };
  if (person.role === 'agent' || person.role === 'admin') return { person, direction: 'outbound' };
  // An author id missing from the export's users identifies no one, so normalization decides.
  const unknown = !person.name && !person.email && !person.role;
  return { person, direction: requester !== null && !unknown ? 'outbound' : null };
}

function samePerson(a: Person, b: Person): boolean {
  if (a.id && b.id) return a.id === b.id;
  return Boolean(a.email && b.email && a.email.toLowerCase() === b.email.toLowerCase());
}

function commentMessage(ticket: Ticket, comment: Comment, author: Author, source: string): ParsedMessage {
  const body = comment.plain_body ?? comment.body ?? htmlToText(comment.html_body ?? '');
  const attachments: Attachment[] = (comment.attachments ?? []).map((a) => {
    const name = a.file_name ?? a.name ?? 'attachment';
    return { name, mediaType: a.content_type ?? mediaTypeForFileName(name), size: a.size ?? null };
  });
  const sourceId = comment.id ? `support:${ticket.id}:${comment.id}` : null;
  return supportMessage(ticket, { source, sourceId, sentAt: comment.created_at, body, attachments, author });
}

function descriptionMessage(ticket: Ticket, locator: string, requester: Person | null): IngestItem[] {
  if (!ticket.description) return [quarantined(locator, `ticket ${ticket.id}: field "comments": missing, and no description to read instead`)];
  if (!ticket.created_at) return [quarantined(locator, `ticket ${ticket.id}: field "created_at": missing`)];
  const author: Author = { person: requester, direction: 'inbound' };
  const parts = { source: locator, sourceId: `support:${ticket.id}`, sentAt: ticket.created_at, body: ticket.description, attachments: [], author };
  return [{ kind: 'message', message: supportMessage(ticket, parts) }];
}

interface MessageParts {
  source: string;
  sourceId: string | null;
  sentAt: string;
  body: string;
  attachments: Attachment[];
  author: Author;
}

function supportMessage(ticket: Ticket, parts: MessageParts): ParsedMessage {
  return {
    channel: 'support',
    source: parts.source,
    sourceId: parts.sourceId,
    conversationKey: `support:${ticket.id}`,
    sender: toSender(parts.author.person),
    recipients: [],
    sentAt: parts.sentAt,
    body: parts.body,
    attachments: parts.attachments,
    subject: ticket.subject ?? null,
    inReplyTo: null,
    references: [],
    direction: parts.author.direction,
    language: null,
  };
}

function toSender(person: Person | null): Sender {
  const phone = person?.phone ? phoneToE164(person.phone) : null;
  return { name: person?.name ?? null, email: person?.email?.toLowerCase() ?? null, phone };
}
