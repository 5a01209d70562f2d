import type { Logger } from 'pino';
import type { SellerConfig } from '../config/seller-config.js';
import type {
  Account,
  IngestItem,
  Message,
  MessageAnalysis,
  ParsedMessage,
  QuarantineItem,
} from '../core/types.js';
import { analyzeMessage } from '../extract/index.js';
import { analyzeConversation } from '../model/index.js';
import type { ConversationAnalysisDetail } from '../model/types.js';
import { normalizeBatch } from '../normalize/index.js';
import type { Store, StoredConversation } from '../store/store.js';
import { toExtractInput } from './extract-input.js';

/** Counts of one run, for the summary line and the JSON output. */
export interface RunSummary {
  /** Messages the adapters read, before de-duplication. */
  read: number;
  /** Messages new to the database. */
  stored: number;
  /** Messages already in the database unchanged, or repeated within the input. */
  duplicate: number;
  /** Messages already in the database whose normalized form changed (new config, new thread). */
  updated: number;
  quarantined: number;
  conversations: number;
}

/** Result of `parley analyze`: the conversation-analysis contract plus the run summary. */
export interface AnalyzeReport {
  generatedAt: string;
  asOf: string;
  accounts: Account[];
  conversations: ConversationAnalysisDetail[];
  quarantine: { source: string; reason: string }[];
  summary: RunSummary;
}

export interface AnalyzeRunOptions {
  store: Store;
  config: SellerConfig;
  asOf: Date;
  logger: Logger;
  /** Called after each message is analyzed, for a progress bar. */
  onAnalyzed?: (done: number, total: number) => void;
}

/**
 * Runs the pipeline after ingest: normalize, store, extract, model, classify,
 * score and recommend. Each conversation's state is stored as of its latest
 * message, which makes the stored state independent of when the command
 * runs; the returned analysis is computed as of `asOf` (stalls, due times).
 */
export async function runAnalysis(items: AsyncIterable<IngestItem>, options: AnalyzeRunOptions): Promise<AnalyzeReport> {
  const collected = await collect(items);
  const { parsed } = collected;
  const batch = normalizeBatch(parsed, options.config);
  const quarantine = [...collected.quarantine, ...batch.quarantine];
  const saved = await options.store.saveMessages(batch.messages);
  await options.store.saveQuarantine(quarantine);
  await options.store.saveAccounts(batch.accounts);
  options.logger.info({ read: parsed.length, ...saved, quarantined: quarantine.length }, 'messages stored');

  const conversationIds = [...new Set(batch.messages.map((m) => m.conversationId))].sort();
  const history = await options.store.loadConversationMessages(conversationIds);
  const analyses = analyzeAll(history, options);
  await options.store.saveMessageAnalyses([...analyses.values()]);

  const byConversation = groupMessages(history);
  const conversations: ConversationAnalysisDetail[] = [];
  const stored: StoredConversation[] = [];
  for (const [id, messages] of byConversation) {
    const accountId = batch.accountOf.get(id) ?? null;
    const input = { id, accountId, messages, analyses: messages.map((m) => analyses.get(m.id)!) };
    const last = messages[messages.length - 1]!;
    stored.push({ id, accountId, lastMessageId: last.id, analysis: analyzeConversation(input, { asOf: new Date(last.sentAt) }) });
    conversations.push(analyzeConversation(input, { asOf: options.asOf }));
  }
  await options.store.saveConversations(stored);
  conversations.sort((a, b) => b.winProbability - a.winProbability || a.id.localeCompare(b.id));

  return {
    generatedAt: new Date().toISOString(),
    asOf: options.asOf.toISOString(),
    accounts: batch.accounts,
    conversations,
    quarantine: quarantine.map(({ source, reason }) => ({ source, reason })),
    summary: {
      read: parsed.length,
      stored: saved.inserted,
      duplicate: batch.duplicates + saved.unchanged,
      updated: saved.updated,
      quarantined: quarantine.length,
      conversations: conversations.length,
    },
  };
}

async function collect(items: AsyncIterable<IngestItem>): Promise<{ parsed: ParsedMessage[]; quarantine: QuarantineItem[] }> {
  const parsed: ParsedMessage[] = [];
  const quarantine: QuarantineItem[] = [];
  for await (const item of items) {
    if (item.kind === 'message') parsed.push(item.message);
    else quarantine.push(item.item);
  }
  return { parsed, quarantine };
}

/** Extracts signals from every human message; automated ones are left out of buyer signals. */
function analyzeAll(messages: Message[], options: AnalyzeRunOptions): Map<string, MessageAnalysis> {
  const analyses = new Map<string, MessageAnalysis>();
  messages.forEach((message, index) => {
    if (!message.automated) analyses.set(message.id, analyzeMessage(toExtractInput(message)));
    options.onAnalyzed?.(index + 1, messages.length);
  });
  return analyses;
}

/** Groups human messages by conversation, keeping time order; automated messages are dropped. */
function groupMessages(messages: Message[]): Map<string, Message[]> {
  const groups = new Map<string, Message[]>();
  for (const message of messages) {
    if (message.automated) continue;
    const list = groups.get(message.conversationId) ?? [];
    list.push(message);
    groups.set(message.conversationId, list);
  }
  return groups;
}
