import { stableId } from '../core/ids.js';
import type { ParsedMessage } from '../core/types.js';
import { senderKey } from './identity-keys.js';
import { SUBJECT_PREFIXES_BY_LANGUAGE } from './thread-prefixes.js';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PREFIX_WORDS = [...new Set(Object.values(SUBJECT_PREFIXES_BY_LANGUAGE).flat())]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

/**
 * One or more reply or forward prefixes, each with an optional counter
 * ("Re[2]:", "Re^2:", "Re(2):", "RE2:") and an ASCII or full-width colon, as in
 * "Re: AW: Fwd: " or "回复：".
 */
const SUBJECT_PREFIX = new RegExp(
  `^(?:\\s*(?:${PREFIX_WORDS})\\s*(?:\\[\\d+\\]|\\^\\d+|\\(\\d+\\)|\\d+)?\\s*[:：]\\s*)+`,
  'iu',
);

/** "[Fwd: subject]", the form some clients (Netscape, old Thunderbird) write for forwards. */
const BRACKETED_FORWARD = new RegExp(`^\\s*\\[(?:${PREFIX_WORDS})\\s*:\\s*(.*)\\]\\s*$`, 'iu');

/**
 * Returns a subject without reply/forward prefixes in the languages of
 * `SUBJECT_PREFIXES_BY_LANGUAGE`, with whitespace collapsed and case folded.
 */
export function normalizeSubject(subject: string | null): string {
  if (!subject) return '';
  let text = subject.replace(/\s+/g, ' ').trim();
  for (let round = 0; round < 10; round += 1) {
    const next = text.replace(SUBJECT_PREFIX, '').replace(BRACKETED_FORWARD, '$1').trim();
    if (next === text) break;
    text = next;
  }
  return text.toLowerCase();
}

/**
 * Assigns a conversation id to every message.
 *
 * - A conversation id the source states (canonical jsonl) is kept verbatim.
 * - Messages with a conversation key from their format (one WhatsApp chat,
 *   one RFQ) keep that grouping.
 * - Email is threaded by Message-ID, In-Reply-To and References: messages
 *   linked by any of them share a thread, whose id derives from the oldest
 *   message id the thread mentions (the first entry of References when
 *   clients keep it), so adding later replies does not change the id.
 * - An email with neither In-Reply-To nor References (Outlook exports,
 *   forwarded copies, Enron-style archives) also joins the thread of the same
 *   normalized subject and the same set of participants, so "RE: Quote"
 *   finds "Quote". With no Message-ID and no subject it is its own
 *   conversation.
 * - A thread one of whose keys (see `emailThreadKeys`) is in `storedThreads`
 *   keeps that stored conversation id, so a reply read in a later batch or
 *   a later run joins its thread. When the keys point to several stored
 *   conversations, the smallest id wins.
 *   NOTE: messages stored earlier keep their ids, so a late message that
 *   links two stored threads does not merge them.
 */
export function assignConversations(
  messages: ParsedMessage[],
  storedThreads: ReadonlyMap<string, string> = new Map(),
): Map<ParsedMessage, string> {
  const result = new Map<ParsedMessage, string>();
  const emails: ParsedMessage[] = [];
  for (const message of messages) {
    if (message.conversationId) {
      result.set(message, message.conversationId);
    } else if (message.conversationKey !== null) {
      result.set(message, stableId('conv', message.channel, message.conversationKey));
    } else if (message.channel === 'email') {
      emails.push(message);
    } else {
      result.set(message, stableId('conv', message.channel, message.sourceId ?? message.source));
    }
  }
  for (const [message, id] of threadEmails(emails, storedThreads)) result.set(message, id);
  return result;
}

/** Returns true for a message that `assignConversations` threads by email headers and subject. */
export function isThreadedEmail(message: ParsedMessage): boolean {
  return !message.conversationId && message.conversationKey === null && message.channel === 'email';
}

/**
 * Returns every key an email thread can be found by: the message's own key,
 * the Message-IDs it replies to or references, and its subject key when it
 * has neither In-Reply-To nor References.
 */
export function emailThreadKeys(message: ParsedMessage): string[] {
  const keys = [threadKey(message), ...linkedKeys(message)];
  const subject = subjectKey(message);
  if (subject !== null && message.inReplyTo === null && message.references.length === 0) keys.push(subject);
  return keys;
}

function threadEmails(emails: ParsedMessage[], storedThreads: ReadonlyMap<string, string>): Map<ParsedMessage, string> {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(key, root);
    return root;
  };
  const add = (key: string): void => {
    if (!parent.has(key)) parent.set(key, key);
  };
  const union = (a: string, b: string): void => {
    const [ra, rb] = [find(a), find(b)];
    // The smaller key wins so the root does not depend on input order.
    if (ra < rb) parent.set(rb, ra);
    else if (rb < ra) parent.set(ra, rb);
  };
  const keysOf = new Map<ParsedMessage, string>();
  for (const message of emails) {
    const key = threadKey(message);
    keysOf.set(message, key);
    add(key);
    for (const linked of linkedKeys(message)) {
      add(linked);
      union(key, linked);
    }
    const subject = subjectKey(message);
    if (subject !== null && message.inReplyTo === null && message.references.length === 0) {
      add(subject);
      union(key, subject);
    }
  }
  const components = new Map<string, ParsedMessage[]>();
  for (const [message, key] of keysOf) {
    const root = find(key);
    const list = components.get(root);
    if (list) list.push(message);
    else components.set(root, [message]);
  }
  const result = new Map<ParsedMessage, string>();
  for (const [root, members] of components) {
    const id = storedConversation(members, storedThreads) ?? stableId('conv', 'email', threadRoot(members) ?? root);
    for (const message of members) result.set(message, id);
  }
  return result;
}

/** Returns the smallest stored conversation id any key of the thread's messages points to. */
function storedConversation(members: ParsedMessage[], storedThreads: ReadonlyMap<string, string>): string | null {
  if (storedThreads.size === 0) return null;
  let found: string | null = null;
  for (const message of members) {
    for (const key of emailThreadKeys(message)) {
      const id = storedThreads.get(key);
      if (id !== undefined && (found === null || id < found)) found = id;
    }
  }
  return found;
}

function linkedKeys(message: ParsedMessage): string[] {
  const ids = [...message.references];
  if (message.inReplyTo) ids.push(message.inReplyTo);
  return ids.map((id) => `id:${id}`);
}

/** Returns the key a message is threaded under: its Message-ID, or its subject and participants. */
function threadKey(message: ParsedMessage): string {
  if (message.sourceId) return `id:${message.sourceId}`;
  return subjectKey(message) ?? `source:${message.source}`;
}

/** Returns the normalized subject plus the sorted participant set, or null for an empty subject. */
function subjectKey(message: ParsedMessage): string | null {
  const subject = normalizeSubject(message.subject);
  if (!subject) return null;
  const people = [message.sender, ...message.recipients].map(senderKey).filter(Boolean).sort();
  return `subject:${subject}|${[...new Set(people)].join(',')}`;
}

/**
 * Returns the thread's first message id as its clients recorded it: the most
 * common first References entry (smallest on a tie), so a later reply that
 * joins the thread does not change its id. Null when no message has References.
 */
function threadRoot(members: ParsedMessage[]): string | null {
  const counts = new Map<string, number>();
  for (const message of members) {
    const first = message.references[0];
    if (first) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return ranked[0] ? `id:${ranked[0][0]}` : null;
}
