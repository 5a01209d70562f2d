import { stableId } from '../core/ids.js';
import type { ParsedMessage } from '../core/types.js';
import { senderKey } from './identity-keys.js';

/**
 * Reply and forward prefixes in the languages Parley reads, stripped from
 * subjects before threads are matched by subject.
 */
const SUBJECT_PREFIX =
  /^(?:\s*(?:re|fw|fwd|aw|wg|sv|vs|antw|doorst|rif|r|tr|rv|enc|res|ref|رد|إعادة توجيه|回复|答复|转发)\s*(?:\[\d+\])?\s*[:：]\s*)+/iu;

/** Returns a subject without reply/forward prefixes, case-folded and trimmed. */
export function normalizeSubject(subject: string | null): string {
  if (!subject) return '';
  return subject.replace(SUBJECT_PREFIX, '').replace(/\s+/g, ' ').trim().toLowerCase();
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
 * - An email with no Message-ID joins the thread of the same normalized
 *   subject and the same set of participants; with no subject either it is
 *   its own conversation.
 */
export function assignConversations(messages: ParsedMessage[]): Map<ParsedMessage, string> {
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
  for (const [message, id] of threadEmails(emails)) result.set(message, id);
  return result;
}

function threadEmails(emails: ParsedMessage[]): Map<ParsedMessage, string> {
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
  }
  const components = new Map<string, ParsedMessage[]>();
  for (const [message, key] of keysOf) {
    const root = find(key);
    components.set(root, [...(components.get(root) ?? []), message]);
  }
  const result = new Map<ParsedMessage, string>();
  for (const [root, members] of components) {
    const id = stableId('conv', 'email', threadRoot(members) ?? root);
    for (const message of members) result.set(message, id);
  }
  return result;
}

function linkedKeys(message: ParsedMessage): string[] {
  const ids = [...message.references];
  if (message.inReplyTo) ids.push(message.inReplyTo);
  return ids.map((id) => `id:${id}`);
}

/** Returns the key a message is threaded under: its Message-ID, or its subject and participants. */
function threadKey(message: ParsedMessage): string {
  if (message.sourceId) return `id:${message.sourceId}`;
  const subject = normalizeSubject(message.subject);
  if (!subject) return `source:${message.source}`;
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
