import type { SellerConfig } from '../config/seller-config.js';
import { stableId } from '../core/ids.js';
import type { Message, ParsedMessage, QuarantineItem, Sender } from '../core/types.js';
import { buildAccounts, type AccountIndex } from './accounts.js';
import { decideDirections, type ConversationGroup } from './direction.js';
import { cleanEmailBody } from './email-body.js';
import { detectLanguage } from './language.js';
import { assignConversations } from './thread.js';

/** The normalized batch: messages in time order and the buyers' accounts. */
export interface NormalizedBatch extends AccountIndex {
  messages: Message[];
  /** Parsed messages that repeat one already in the batch (same id and content). */
  duplicates: number;
  /** Parsed messages that cannot be normalized, such as an unreadable send time. */
  quarantine: QuarantineItem[];
}

/**
 * Normalizes a batch of parsed messages: threads them into conversations,
 * decides directions, derives stable ids, strips quoted replies and
 * signatures from email, detects languages and groups buyers into accounts.
 * The same input always gives the same ids, so re-ingesting a file never
 * duplicates a message.
 */
export function normalizeBatch(input: ParsedMessage[], config: SellerConfig): NormalizedBatch {
  const quarantine: QuarantineItem[] = [];
  const parsed = input.filter((item) => {
    if (!Number.isNaN(Date.parse(item.sentAt))) return true;
    quarantine.push({ source: item.source, reason: `invalid sentAt "${item.sentAt}": not an ISO 8601 time`, raw: item.body.slice(0, 2000) });
    return false;
  });
  const conversationOf = assignConversations(parsed);
  const groups = groupByConversation(parsed, conversationOf);
  const directionOf = decideDirections(groups, config);
  const seen = new Map<string, string>();
  const occurrences = new Map<string, number>();
  const messages: Message[] = [];
  const recipientsOf = new Map<string, Sender[]>();
  let duplicates = 0;
  for (const group of groups) {
    for (const item of group.messages) {
      const contentKey = `${item.sentAt}\u0000${item.body}`;
      const id = messageId(item, group.conversationId, seen, contentKey, occurrences);
      if (seen.has(id)) {
        duplicates += 1;
        continue;
      }
      seen.set(id, contentKey);
      const message = toMessage(item, id, group.conversationId, directionOf.get(item) ?? 'inbound');
      messages.push(message);
      recipientsOf.set(id, item.recipients);
    }
  }
  messages.sort((a, b) => compareInstants(a.sentAt, b.sentAt) || a.id.localeCompare(b.id));
  return { messages, duplicates, quarantine, ...buildAccounts(messages, recipientsOf, conversationLabels(groups)) };
}

/**
 * Names each conversation after its chat when the format names it
 * ("whatsapp:Omar Haddad" gives "Omar Haddad"), for accounts whose buyer
 * never wrote a message with a usable name.
 */
function conversationLabels(groups: ConversationGroup[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const group of groups) {
    const key = group.messages[0]?.conversationKey;
    const label = key?.startsWith('whatsapp:') ? key.slice('whatsapp:'.length).trim() : null;
    if (label) labels.set(group.conversationId, label);
  }
  return labels;
}

function groupByConversation(
  parsed: ParsedMessage[],
  conversationOf: Map<ParsedMessage, string>,
): ConversationGroup[] {
  const byId = new Map<string, ParsedMessage[]>();
  for (const message of parsed) {
    const id = conversationOf.get(message) ?? stableId('conv', message.source);
    const list = byId.get(id);
    if (list) list.push(message);
    else byId.set(id, [message]);
  }
  return [...byId]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([conversationId, messages]) => ({
      conversationId,
      messages: messages.sort((a, b) => compareInstants(a.sentAt, b.sentAt)),
    }));
}

/**
 * Returns the message's stable id: the source's own id when it has one,
 * otherwise a hash of channel, conversation, sender, time and text. Two
 * messages that hash alike but are both real (a buyer sending "ok" twice in
 * one minute) are told apart by their order of occurrence in the source;
 * two different messages that share a source id get a content-qualified id.
 */
function messageId(
  item: ParsedMessage,
  conversationId: string,
  seen: Map<string, string>,
  contentKey: string,
  occurrences: Map<string, number>,
): string {
  if (item.sourceId) {
    const previous = seen.get(item.sourceId);
    if (previous === undefined || previous === contentKey) return item.sourceId;
    return stableId('m', item.sourceId, contentKey);
  }
  const base = stableId('m', item.channel, conversationId, item.sender.email ?? item.sender.phone ?? item.sender.name, item.sentAt, item.body);
  // The source is "file#locator"; occurrences are counted per file.
  const occurrenceKey = `${item.source.replace(/#[^#/]*$/, '')}\u0000${base}`;
  const count = (occurrences.get(occurrenceKey) ?? 0) + 1;
  occurrences.set(occurrenceKey, count);
  return count === 1 ? base : `${base}-${count}`;
}

function toMessage(item: ParsedMessage, id: string, conversationId: string, direction: Message['direction']): Message {
  const text = item.channel === 'email' ? cleanEmailBody(item.body).text : item.body.trim();
  const language = item.language
    ? { code: item.language, confidence: 1 }
    : text
      ? detectLanguage(text)
      : null;
  return {
    id,
    channel: item.channel,
    conversationId,
    direction,
    sender: item.sender,
    sentAt: item.sentAt,
    text,
    rawText: item.body,
    attachments: item.attachments,
    language,
    subject: item.subject,
    source: item.source,
    automated: item.automated ?? false,
  };
}

/** Compares ISO 8601 instants; local times without an offset compare as written. */
export function compareInstants(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return a.localeCompare(b);
  return ta - tb;
}
