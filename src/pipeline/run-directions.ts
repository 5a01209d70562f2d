/**
 * Directions over a whole run. Without team identities in the config, a
 * conversation's seller is the participant seen in the most conversations
 * of the run, but a run is normalized in chunks that each count only their
 * own conversations. So each chunk stores provisional directions and
 * records its messages in the store's run journal, and `settleRunDirections`
 * decides every seller again from the counts of the whole run once the last
 * chunk is stored. The journal also records which messages an earlier chunk
 * of the run stored.
 */
import type { Logger } from 'pino';
import type { ConversationBuyers, Message, ParsedMessage } from '../core/types.js';
import { collectBuyers } from '../normalize/accounts.js';
import { conversationBuyers } from '../normalize/accounts-buyers.js';
import { decideSellerKey } from '../normalize/direction.js';
import { senderKey } from '../normalize/identity-keys.js';
import type { NormalizedBatch } from '../normalize/index.js';
import type { RunMessageEntry } from '../store/run-journal.js';
import type { Store, WriteOutcome } from '../store/store.js';
import { storeBatchBuyers } from './account-sync.js';
import { sourceFile } from './source-summary.js';

/** Conversations decided per round trip to the store. */
const DECIDE_PAGE = 500;

/** Conversations whose buyers are rebuilt together, with all their messages loaded at once. */
const REBUILD_PAGE = 50;

/**
 * Gives each message of a chunk that is already stored its stored direction,
 * unless the source states one. A chunk's own directions are provisional, so
 * only `settleRunDirections` changes a stored direction, and a run that
 * decides as the previous one did leaves the stored messages unchanged.
 */
export async function keepStoredDirections(store: Store, batch: NormalizedBatch): Promise<void> {
  const open = batch.messages.filter((message) => !parsedOf(batch, message).direction);
  const stored = await store.loadMessageDirections(open.map((message) => message.id));
  for (const message of open) message.direction = stored.get(message.id) ?? message.direction;
}

/**
 * Returns the buyers of a chunk's conversations as the chunk's messages are
 * stored, directions included.
 * NOTE: the store joins them with the buyers of earlier chunks, so when a
 * conversation's first inbound message comes in a later chunk, the
 * recipients of its earlier outbound messages stay buyers, unlike in one
 * chunk.
 */
export function chunkBuyers(batch: NormalizedBatch, defaultCountry?: string): ConversationBuyers[] {
  const recipientsOf = new Map(batch.messages.map((message) => [message.id, parsedOf(batch, message).recipients]));
  const index = { buyersOf: collectBuyers(batch.messages, recipientsOf), labelOf: batch.labelOf };
  return conversationBuyers(index, batch.messages, defaultCountry);
}

/**
 * Records a chunk's messages in the run journal, after they are stored and
 * before their buyers are. `firstPosition` is the position of the chunk's
 * first parsed message in the run.
 */
export async function recordChunk(
  store: Store,
  parsed: ParsedMessage[],
  batch: NormalizedBatch,
  outcomes: Map<string, WriteOutcome>,
  firstPosition: number,
): Promise<void> {
  const positionOf = new Map(parsed.map((item, index) => [item, firstPosition + index]));
  const entries = batch.messages.map((message): RunMessageEntry => {
    const item = parsedOf(batch, message);
    return {
      messageId: message.id,
      conversationId: message.conversationId,
      participant: senderKey(message.sender),
      sentAtMs: Date.parse(message.sentAt),
      position: positionOf.get(item) ?? firstPosition,
      source: message.source,
      file: sourceFile(message.source),
      recipients: item.recipients,
      statedDirection: item.direction !== null,
      write: outcomes.get(message.id) ?? 'unchanged',
    };
  });
  await store.runJournal.record(entries);
}

/**
 * Decides the seller of each conversation of the run from the counts of the
 * whole run, sets the stored directions that differ and rebuilds the buyers
 * of the conversations where one changed. Call it after the last chunk, and
 * only without team identities in the config.
 * Returns, per source file, the messages whose chunk write was counted as
 * unchanged but whose direction then changed, which count as updated.
 */
export async function settleRunDirections(store: Store, logger: Logger, defaultCountry?: string): Promise<Map<string, number>> {
  const journal = store.runJournal;
  await journal.countParticipants();
  let after: string | null = null;
  for (;;) {
    const page = await journal.loadConversations(after, DECIDE_PAGE);
    const last = page[page.length - 1];
    if (!last) break;
    const sellers = page.map((conversation) => ({
      conversationId: conversation.conversationId,
      sellerKey: decideSellerKey(conversation, conversation.conversationsOf),
    }));
    await journal.saveSellers(sellers);
    after = last.conversationId;
  }
  const changes = await journal.applyDirections();
  const rebuilt = await rebuildChangedBuyers(store, defaultCountry);
  logger.debug({ messages: changes.messages, conversations: rebuilt }, 'directions decided over the whole run');
  return changes.unchangedByFile;
}

/**
 * Rebuilds the stored buyers of the conversations whose directions changed:
 * their buyers before the run joined with the buyers of the run's messages
 * under the final directions, as if the run had been one chunk. Returns the
 * number of conversations rebuilt.
 */
async function rebuildChangedBuyers(store: Store, defaultCountry?: string): Promise<number> {
  let rebuilt = 0;
  let after: string | null = null;
  for (;;) {
    const ids = await store.runJournal.loadChangedConversations(after, REBUILD_PAGE);
    const last = ids[ids.length - 1];
    if (last === undefined) return rebuilt;
    const { recipientsOf, buyersBefore } = await store.runJournal.loadBuyerInputs(ids);
    const labelOf = new Map<string, string>();
    for (const record of await store.loadConversationBuyersOf(ids)) {
      if (record.label) labelOf.set(record.conversationId, record.label);
    }
    const messages = (await store.loadConversationMessages(ids)).filter((message) => recipientsOf.has(message.id));
    const records = conversationBuyers({ buyersOf: collectBuyers(messages, recipientsOf), labelOf }, messages, defaultCountry);
    // `storeBatchBuyers` joins new buyers with the stored ones, and those
    // include buyers found under the chunks' directions, so the stored rows
    // go back to their state before the run first.
    await store.saveConversationBuyers(ids.map((id) => buyersBefore.get(id) ?? { conversationId: id, buyers: [], label: null }));
    await storeBatchBuyers(store, records);
    rebuilt += ids.length;
    after = last;
  }
}

function parsedOf(batch: NormalizedBatch, message: Message): ParsedMessage {
  const item = batch.parsedOf.get(message.id);
  if (!item) throw new Error(`parsed message of normalized message ${message.id} is missing from its batch`);
  return item;
}
