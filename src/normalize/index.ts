import type { SellerConfig } from '../config/seller-config.js';
import { stableId } from '../core/ids.js';
import type { Message, ParsedMessage, QuarantineItem, Sender } from '../core/types.js';
import { buildAccounts, type AccountIndex } from './accounts.js';
import { decideDirections, type ConversationGroup } from './direction.js';
import { cleanEmailBody } from './email-body.js';
import { cueWordLanguage } from '../extract/lang/cue-words.js';
import { detectLanguage } from './language.js';
import { assignConversations, emailThreadKeys, isThreadedEmail } from './thread.js';

/** The normalized batch: messages in time order and the buyers' accounts. */
export interface NormalizedBatch extends AccountIndex {
  messages: Message[];
  /** Parsed messages that repeat one already in the batch (same id and content). */
  duplicates: number;
  /** Parsed messages that cannot be normalized, such as an unreadable send time. */
  quarantine: QuarantineItem[];
  /** Every key the batch's email threads can be found by, with the conversation id it got. */
  threadKeys: { key: string; conversationId: string }[];
  /** The parsed message each message was made from, by message id. */
  parsedOf: Map<string, ParsedMessage>;
}

/** State a caller carries from one batch of a run to the next. */
export interface BatchContext {
  /** Conversation ids of thread keys stored by earlier batches (see `assignConversations`). */
  storedThreads?: ReadonlyMap<string, string>;
  /**
   * Occurrence counts of messages without a source id, by file and content
   * hash. Passing one map to every batch of a file keeps the ids of repeated
   * messages ("ok" twice in one minute) as if the file were one batch.
   */
  occurrences?: Map<string, number>;
  /**
   * Parsed messages whose source id is already stored with another send time
   * or body. Each gets a content-qualified id, as the second of two different
   * messages with one source id in a batch does.
   */
  storedConflicts?: ReadonlySet<ParsedMessage>;
}

/**
 * Normalizes a batch of parsed messages: threads them into conversations,
 * decides directions, derives stable ids, strips quoted replies and
 * signatures from email, detects languages and groups buyers into accounts.
 * The same input always gives the same ids, so re-ingesting a file never
 * duplicates a message, also when a caller splits the file into batches and
 * passes the same `context` to each.
 *
 * NOTE: directions are decided from the batch's own sender counts, so a
 * caller that splits a run into batches without a team config must decide
 * them again over the whole run (`ingestInChunks` does). Repeats and reused
 * source ids are found within the batch and through `storedConflicts` only.
 * Of two messages with one source id, the one met first keeps it: in one
 * batch the first by conversation and time, across batches the one stored
 * first, so splitting a run can change which of the two keeps it.
 */
export function normalizeBatch(input: ParsedMessage[], config: SellerConfig, context: BatchContext = {}): NormalizedBatch {
  const quarantine: QuarantineItem[] = [];
  const parsed = input.filter((item) => {
    if (!Number.isNaN(Date.parse(item.sentAt))) return true;
    quarantine.push({ source: item.source, reason: `invalid sentAt "${item.sentAt}": not an ISO 8601 time`, raw: item.body.slice(0, 2000) });
    return false;
  });
  const conversationOf = assignConversations(parsed, context.storedThreads);
  const groups = groupByConversation(parsed, conversationOf);
  const directionOf = decideDirections(groups, config);
  const seen = new Map<string, string>();
  const ids: IdContext = {
    seen,
    occurrences: context.occurrences ?? new Map<string, number>(),
    storedConflicts: context.storedConflicts ?? new Set(),
  };
  const messages: Message[] = [];
  const recipientsOf = new Map<string, Sender[]>();
  const parsedOf = new Map<string, ParsedMessage>();
  let duplicates = 0;
  for (const group of groups) {
    for (const item of group.messages) {
      const contentKey = `${item.sentAt}\u0000${item.body}`;
      const id = messageId(item, group.conversationId, contentKey, ids);
      if (seen.has(id)) {
        duplicates += 1;
        continue;
      }
      seen.set(id, contentKey);
      const message = toMessage(item, id, group.conversationId, directionOf.get(item) ?? 'inbound');
      messages.push(message);
      recipientsOf.set(id, item.recipients);
      parsedOf.set(id, item);
    }
  }
  messages.sort((a, b) => compareInstants(a.sentAt, b.sentAt) || a.id.localeCompare(b.id));
  settleUnsureLanguages(messages);
  const accounts = buildAccounts(messages, recipientsOf, conversationLabels(groups));
  return { messages, duplicates, quarantine, threadKeys: threadKeysOf(parsed, conversationOf), parsedOf, ...accounts };
}

function threadKeysOf(parsed: ParsedMessage[], conversationOf: Map<ParsedMessage, string>): NormalizedBatch['threadKeys'] {
  const keys = new Map<string, string>();
  for (const message of parsed) {
    const conversationId = conversationOf.get(message);
    if (!conversationId || !isThreadedEmail(message)) continue;
    for (const key of emailThreadKeys(message)) if (!keys.has(key)) keys.set(key, conversationId);
  }
  return [...keys].map(([key, conversationId]) => ({ key, conversationId }));
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

/** State of `messageId` while it gives ids to the messages of one batch. */
interface IdContext {
  /** Content key (send time and body) of each id given so far in the batch. */
  seen: Map<string, string>;
  occurrences: Map<string, number>;
  storedConflicts: ReadonlySet<ParsedMessage>;
}

/**
 * Returns the message's stable id: the source's own id when it has one,
 * otherwise a hash of channel, conversation, sender, time and text. Two
 * messages that hash alike but are both real (a buyer sending "ok" twice in
 * one minute) are distinguished by their order of occurrence in the source.
 * A message whose source id is taken by another send time or body, earlier
 * in the batch or in the store, gets a content-qualified id.
 */
function messageId(item: ParsedMessage, conversationId: string, contentKey: string, context: IdContext): string {
  const { seen, occurrences } = context;
  if (item.sourceId) {
    const previous = seen.get(item.sourceId);
    const otherContent = previous === undefined ? context.storedConflicts.has(item) : previous !== contentKey;
    return otherContent ? stableId('m', item.sourceId, contentKey) : item.sourceId;
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
      ? detectLanguage(text, cueWordLanguage)
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

/** A detected language below this confidence is a guess from one or no word ("ok", "Claro."). */
const UNSURE_LANGUAGE = 0.5;
/** Confidence given to a language taken over from the sender's other messages. */
const SETTLED_LANGUAGE = 0.5;

/**
 * Gives a message whose language is a guess ("ok", "Claro.", a location
 * link) the language its sender writes most in the conversation, counting
 * only the sender's messages detected with confidence. A Portuguese buyer's
 * "Claro." is then read with the Portuguese cues, not the English fallback.
 * NOTE: only the batch's messages count, so a chat split over batches
 * settles each part on its own.
 */
function settleUnsureLanguages(messages: Message[]): void {
  const counts = new Map<string, Map<string, number>>();
  const keyOf = (m: Message): string => `${m.conversationId}\u0000${m.direction}\u0000${m.sender.email ?? m.sender.phone ?? m.sender.name ?? ''}`;
  for (const message of messages) {
    if (message.language === null || message.language.confidence < UNSURE_LANGUAGE) continue;
    const key = keyOf(message);
    const byCode = counts.get(key) ?? new Map<string, number>();
    byCode.set(message.language.code, (byCode.get(message.language.code) ?? 0) + 1);
    counts.set(key, byCode);
  }
  for (const message of messages) {
    if (message.language === null || message.language.confidence >= UNSURE_LANGUAGE) continue;
    const byCode = counts.get(keyOf(message));
    if (byCode === undefined) continue;
    const [code] = [...byCode].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    message.language = { code, confidence: SETTLED_LANGUAGE };
  }
}

/** Compares ISO 8601 instants; local times without an offset compare as written. */
export function compareInstants(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return a.localeCompare(b);
  return ta - tb;
}
