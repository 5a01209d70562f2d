import type {
  Account,
  ConversationAnalysis,
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
  countRows(): Promise<Record<string, number>>;
  close(): Promise<void>;
}
