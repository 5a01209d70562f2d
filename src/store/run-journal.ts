import type { ConversationBuyers, Sender } from '../core/types.js';
import type { WriteOutcome } from './store.js';

/** One message a chunk of the run stored, with what the run-wide decisions need. */
export interface RunMessageEntry {
  messageId: string;
  conversationId: string;
  /** Sender key (see `senderKey`), or null for an anonymous sender. */
  participant: string | null;
  /** Send time in milliseconds since the epoch. */
  sentAtMs: number;
  /** Position of the parsed message in the run's input, which orders messages sent at the same time. */
  position: number;
  source: string;
  /** Source file whose counts the message's write was added to. */
  file: string;
  recipients: Sender[];
  /** True when the source states the direction, which is then kept. */
  statedDirection: boolean;
  /** Outcome of the chunk's write of the message. */
  write: WriteOutcome;
}

/** A conversation of the run with its participants, in the form `decideSellerKey` reads. */
export interface RunConversation {
  conversationId: string;
  /** Distinct participants in the order of each one's first message, with null for anonymous senders. */
  keys: (string | null)[];
  /** Source of the conversation's first message in the run. */
  firstSource: string | undefined;
  /** Number of the run's conversations each participant writes in. */
  conversationsOf: Map<string, number>;
}

/** The seller decided for one conversation of the run, or null when none is decided. */
export interface RunSeller {
  conversationId: string;
  sellerKey: string | null;
}

/** Result of `RunJournal.applyDirections`. */
export interface DirectionChanges {
  /** Stored messages whose direction changed. */
  messages: number;
  /** Per source file, changed messages whose chunk write was counted as unchanged. */
  unchangedByFile: Map<string, number>;
}

/** Inputs for rebuilding the buyers of some of the run's conversations. */
export interface RunBuyerInputs {
  /** Recipients of each of the run's messages in those conversations, by message id. */
  recipientsOf: Map<string, Sender[]>;
  /** Buyers stored before the run first touched each conversation, where there were any. */
  buyersBefore: Map<string, ConversationBuyers>;
}

/**
 * The record of one ingest run, kept in the store so that decisions over the
 * whole run need no memory per message or sender. Those decisions are
 * whether an earlier chunk stored a message and, without a team config, the
 * seller of each conversation. A run clears it first, records each chunk
 * after storing the chunk's messages, then counts, decides and applies. It
 * lives only as long as the store is open.
 */
export interface RunJournal {
  /** Deletes every record of earlier runs. */
  clear(): Promise<void>;
  /**
   * Records the messages one chunk stored, each message id once per run. The
   * first time a conversation is recorded, its stored buyers are copied, so
   * they can be rebuilt later from their state before the run. Call it
   * before the chunk's buyers are stored.
   */
  record(entries: RunMessageEntry[]): Promise<void>;
  /** Returns those of `ids` that are recorded. */
  loadRecorded(ids: string[]): Promise<Set<string>>;
  /** Counts, for each participant, the run's conversations it writes in. Call it after the last `record`. */
  countParticipants(): Promise<void>;
  /** Returns up to `limit` of the run's conversations with ids after `after` (all when null), in id order. */
  loadConversations(after: string | null, limit: number): Promise<RunConversation[]>;
  saveSellers(sellers: RunSeller[]): Promise<void>;
  /**
   * Sets the stored direction of every recorded message whose source states
   * none from its conversation's seller (outbound for the seller, inbound for
   * everyone else), in one transaction, and marks the conversations where a
   * direction changed.
   */
  applyDirections(): Promise<DirectionChanges>;
  /** Returns up to `limit` ids after `after` of conversations marked by `applyDirections`, in id order. */
  loadChangedConversations(after: string | null, limit: number): Promise<string[]>;
  loadBuyerInputs(conversationIds: string[]): Promise<RunBuyerInputs>;
}
