import type {
  Account,
  AccountOverride,
  ConversationAnalysis,
  ConversationBuyers,
  ConversationIdentity,
  Message,
  MessageAnalysis,
  QuarantineItem,
} from '../core/types.js';

/** Counts of a batch write: new rows, rows already stored unchanged, rows updated. */
export interface WriteResult {
  inserted: number;
  unchanged: number;
  updated: number;
}

/** Stored state of a conversation: the analysis as of its latest message. */
export interface StoredConversation {
  id: string;
  accountId: string | null;
  lastMessageId: string;
  analysis: ConversationAnalysis;
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
  saveMessages(messages: Message[]): Promise<WriteResult>;
  saveMessageAnalyses(analyses: MessageAnalysis[]): Promise<WriteResult>;
  saveConversations(conversations: StoredConversation[]): Promise<WriteResult>;
  saveAccounts(accounts: Account[]): Promise<WriteResult>;
  saveQuarantine(items: QuarantineItem[]): Promise<WriteResult>;
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
  /**
   * Replaces every stored account and identity and points each stored
   * conversation to its account, in one transaction. Returns the account counts.
   */
  replaceAccounts(accounts: Account[], identities: ConversationIdentity[]): Promise<WriteResult>;
  /** Stored conversation id of each of the given thread keys that has one. */
  loadThreadConversations(keys: string[]): Promise<Map<string, string>>;
  /** Stores thread keys; a key already stored keeps its conversation id. */
  saveThreadKeys(entries: ThreadKey[]): Promise<WriteResult>;
  countRows(): Promise<Record<string, number>>;
  close(): Promise<void>;
}
