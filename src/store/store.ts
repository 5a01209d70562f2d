import type {
  Account,
  AccountOverride,
  ConversationAnalysis,
  ConversationBuyers,
  ConversationIdentity,
  Identity,
  Direction,
  Message,
  MessageAnalysis,
  Outcome,
  QuarantineItem,
  StateChange,
  StateSnapshot,
} from '../core/types.js';
import type { RunJournal } from './run-journal.js';

/** Counts of a batch write: new rows, rows already stored unchanged, rows updated. */
export interface WriteResult {
  inserted: number;
  unchanged: number;
  updated: number;
}

/** Outcome of one row's write, as counted in a `WriteResult`. */
export type WriteOutcome = keyof WriteResult;

/** A message id with the send time and raw text of the message read under it. */
export interface MessageContent {
  id: string;
  sentAt: string;
  rawText: string;
}

/** Stored state of a conversation: the analysis as of its latest message. */
export interface StoredConversation {
  id: string;
  accountId: string | null;
  lastMessageId: string;
  analysis: ConversationAnalysis;
}

/** The buyer's states after each message of one conversation and the changes between them, oldest first. */
export interface ConversationStateHistory {
  conversationId: string;
  snapshots: StateSnapshot[];
  changes: StateChange[];
}

/** Channels and number of stored messages of one conversation. */
export interface ConversationStats {
  channels: string[];
  messages: number;
}

/** A key an email thread is found by, and the conversation id it points to. */
export interface ThreadKey {
  key: string;
  conversationId: string;
}

/** Identities of one conversation, before the conversation is grouped into an account. */
export interface ConversationIdentities {
  conversationId: string;
  identities: Identity[];
}

/** Links that can join conversations into one account: shared identities and stored accounts. */
export interface ConversationLinks {
  identities: Identity[];
  accountIds: string[];
}

/** One conversation's report of a run, as JSON, with the win probability it is ranked by. */
export interface RunReportRow {
  id: string;
  winProbability: number;
  json: string;
}

/** Position in the ranked run reports: the last row read. */
export type RunReportCursor = Pick<RunReportRow, 'id' | 'winProbability'>;

/** A record quarantined in the current run, numbered in the order it was added. */
export interface RunQuarantineEntry {
  seq: number;
  source: string;
  reason: string;
}

/** A manual merge or split before it is stored and given its id. */
export type NewAccountOverride =
  | { action: 'merge'; conversationIds: string[]; createdAt: string }
  | { action: 'split'; conversationId: string; createdAt: string };

/**
 * Parley's storage interface. SQL lives only behind it. Every write is
 * idempotent: writing the same rows again changes nothing and reports them
 * as unchanged. Methods are async so that a server database can sit behind
 * the same interface.
 */
export interface Store {
  /** Saves messages. When `outcomes` is given, sets each message's write outcome in it by message id. */
  saveMessages(messages: Message[], outcomes?: Map<string, WriteOutcome>): Promise<WriteResult>;
  /** Stored direction of those of the given message ids that are stored. */
  loadMessageDirections(ids: string[]): Promise<Map<string, Direction>>;
  /**
   * Returns, for each entry in order, whether a message with its id is
   * stored with another send time or raw text (false when none is stored).
   */
  storedContentDiffers(entries: MessageContent[]): Promise<boolean[]>;
  saveMessageAnalyses(analyses: MessageAnalysis[]): Promise<WriteResult>;
  saveConversations(conversations: StoredConversation[]): Promise<WriteResult>;
  /**
   * Stored analyses (as of each conversation's latest message, from its
   * messages alone) of all conversations, or of those of `ids` that are
   * stored, in id order. The JSON contains the whole analysis, so fields beyond
   * `ConversationAnalysis` (`stageReached`, `winFactors`) are there too.
   */
  loadConversationAnalyses(ids?: string[]): Promise<ConversationAnalysis[]>;
  /**
   * Replaces each conversation's stored states and changes with the given
   * ones. A conversation stored with exactly these counts as unchanged.
   */
  saveStateHistory(histories: ConversationStateHistory[]): Promise<WriteResult>;
  /** Stored states and changes of one conversation; null when none are stored. */
  loadStateHistory(conversationId: string): Promise<ConversationStateHistory | null>;
  /** Stores outcomes, one per conversation; a new outcome for a conversation replaces its old one. */
  saveOutcomes(outcomes: Outcome[]): Promise<WriteResult>;
  /** Stored outcomes in conversation id order: all, or those of `conversationIds` that have one. */
  loadOutcomes(conversationIds?: string[]): Promise<Outcome[]>;
  /** Stores the workspace's fitted win model as JSON text, replacing the one stored before. */
  saveWinModel(json: string): Promise<void>;
  /** The stored fitted win model's JSON text, or null when none was fitted. */
  loadWinModel(): Promise<string | null>;
  saveAccounts(accounts: Account[]): Promise<WriteResult>;
  saveQuarantine(items: QuarantineItem[]): Promise<WriteResult>;
  /** Those of `conversationIds` that have stored messages. */
  storedConversations(conversationIds: string[]): Promise<Set<string>>;
  /** Messages of the given conversations, in time order. */
  loadConversationMessages(conversationIds: string[]): Promise<Message[]>;
  /** Buyers of each conversation, written over the stored row of the same conversation. */
  saveConversationBuyers(records: ConversationBuyers[]): Promise<WriteResult>;
  /** Buyers of every stored conversation, by conversation id. */
  loadConversationBuyers(): Promise<ConversationBuyers[]>;
  /** Stored buyers of those of the given conversations that have them. */
  loadConversationBuyersOf(conversationIds: string[]): Promise<ConversationBuyers[]>;
  /** Ids of conversations whose messages are stored without a buyers row. */
  conversationsWithoutBuyers(): Promise<string[]>;
  /** Manual merges and splits, oldest first. */
  loadAccountOverrides(): Promise<AccountOverride[]>;
  /** Appends a manual merge or split and returns its id. */
  addAccountOverride(override: NewAccountOverride): Promise<number>;
  /** Channels and message count of every stored conversation, by conversation id. */
  loadConversationStats(): Promise<Map<string, ConversationStats>>;
  /** Stored accounts, by id. */
  loadAccounts(): Promise<Account[]>;
  /** Stored conversation id of each of the given thread keys that has one. */
  loadThreadConversations(keys: string[]): Promise<Map<string, string>>;
  /** Stores thread keys; a key already stored keeps its conversation id. */
  saveThreadKeys(entries: ThreadKey[]): Promise<WriteResult>;
  /**
   * Replaces the identity rows of each conversation with its current
   * identities, so a later regrouping finds the conversations they link.
   */
  saveConversationIdentities(records: ConversationIdentities[]): Promise<void>;
  /** The stored identities and accounts of `conversationIds`, each listed once. */
  conversationLinks(conversationIds: string[]): Promise<ConversationLinks>;
  /** Conversations that hold one of the identities or belong to one of the accounts, each listed once. */
  conversationsLinkedBy(links: ConversationLinks): Promise<string[]>;
  /** Account id of each of `conversationIds` that has one. */
  loadAccountOf(conversationIds: string[]): Promise<Map<string, string>>;
  /** Stored accounts with the given ids, in id order. */
  loadAccountsById(ids: string[]): Promise<Account[]>;
  /**
   * Replaces the accounts of a closed set of conversations (nothing stored
   * links one of them to a conversation outside it) with `accounts` and
   * their identities, in one transaction. Returns the account counts.
   */
  replaceAccountsOf(conversationIds: string[], accounts: Account[], identities: ConversationIdentity[]): Promise<WriteResult>;

  /**
   * Starts a run: empties the run's conversations, reports and quarantine
   * list, which live only as long as this store is open.
   */
  beginRun(): Promise<void>;
  addRunConversations(ids: string[]): Promise<void>;
  /** Up to `limit` run conversation ids after `after`, in id order; only those not yet grouped into accounts when `ungrouped`. */
  nextRunConversations(after: string | null, limit: number, options?: { ungrouped?: boolean }): Promise<string[]>;
  markRunConversationsGrouped(ids: string[]): Promise<void>;
  countRunConversations(): Promise<number>;
  saveRunReports(rows: RunReportRow[]): Promise<void>;
  countRunReports(): Promise<number>;
  /** Up to `limit` run reports after `cursor`, highest win probability first, then by id. */
  nextRunReports(cursor: RunReportCursor | null, limit: number): Promise<RunReportRow[]>;
  /** Up to `limit` stored accounts holding a run conversation, with ids after `after`, in id order. */
  nextRunAccounts(after: string | null, limit: number): Promise<Account[]>;
  addRunQuarantine(items: { source: string; reason: string }[]): Promise<void>;
  /** Up to `limit` quarantined records of the run after sequence number `after`. */
  nextRunQuarantine(after: number, limit: number): Promise<RunQuarantineEntry[]>;
  countRunQuarantine(): Promise<number>;
  /** The current ingest run's record of stored messages, for decisions that need the whole run. */
  readonly runJournal: RunJournal;

  countRows(): Promise<Record<string, number>>;
  close(): Promise<void>;
}
