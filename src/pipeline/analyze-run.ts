import type { Logger } from 'pino';
import type { SellerConfig } from '../config/seller-config.js';
import type { Account, IngestItem, ParsedMessage, QuarantineItem } from '../core/types.js';
import type { ConversationAnalysisDetail } from '../model/types.js';
import { conversationBuyers } from '../normalize/accounts-buyers.js';
import { normalizeBatch, type NormalizedBatch } from '../normalize/index.js';
import type { Store, WriteResult } from '../store/store.js';
import { syncAccounts } from './account-sync.js';
import { analyzeAll, analyzeConversations } from './analyze-conversations.js';
import { saveMessagesBySource, summarizeSources, type SourceSummary } from './source-summary.js';

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
  /** The same counts per source file, sorted by file. */
  sources: SourceSummary[];
}

/** Result of `parley analyze`: the conversation-analysis contract plus the run summary. */
export interface AnalyzeReport {
  generatedAt: string;
  asOf: string;
  /** Accounts that contain a conversation of this run, with all their stored conversations. */
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
 * Runs the pipeline after ingest: normalize, store, group into accounts
 * with the stored conversations, extract, model, classify, score and
 * recommend. Each conversation's state is stored as of its latest message,
 * so the stored state does not depend on when the command runs. The
 * returned analysis is computed as of `asOf` (stalls, due times).
 */
export async function runAnalysis(items: AsyncIterable<IngestItem>, options: AnalyzeRunOptions): Promise<AnalyzeReport> {
  const collected = await collect(items);
  const batch = normalizeBatch(collected.parsed, options.config);
  const { writes, quarantine, sources } = await storeBatch(collected, batch, options);
  const buyers = conversationBuyers(batch, batch.messages, options.config.defaultCountry);
  const resolved = await syncAccounts(options.store, buyers, options.config.defaultCountry);

  const conversationIds = [...new Set(batch.messages.map((m) => m.conversationId))].sort();
  const history = await options.store.loadConversationMessages(conversationIds);
  const analyses = analyzeAll(history, options);
  await options.store.saveMessageAnalyses([...analyses.values()]);
  const conversations = await analyzeConversations(history, analyses, resolved.accountOf, options);

  const runIds = new Set(conversationIds);
  return {
    generatedAt: new Date().toISOString(),
    asOf: options.asOf.toISOString(),
    accounts: resolved.accounts.filter((account) => account.conversationIds.some((id) => runIds.has(id))),
    conversations,
    quarantine: quarantine.map(({ source, reason }) => ({ source, reason })),
    summary: {
      read: collected.parsed.length,
      stored: writes.inserted,
      duplicate: batch.duplicates + writes.unchanged,
      updated: writes.updated,
      quarantined: quarantine.length,
      conversations: conversations.length,
      sources,
    },
  };
}

/** Write counts of a batch: totals, everything quarantined, and the counts per source file. */
interface StoredBatch {
  writes: WriteResult;
  quarantine: QuarantineItem[];
  sources: SourceSummary[];
}

/** Stores the batch's messages (one transaction per source file) and the quarantine, and counts per source. */
async function storeBatch(collected: Collected, batch: NormalizedBatch, options: AnalyzeRunOptions): Promise<StoredBatch> {
  const quarantine = [...collected.quarantine, ...batch.quarantine];
  const byFile = await saveMessagesBySource(options.store, batch.messages);
  await options.store.saveQuarantine(quarantine);
  const writes = { inserted: 0, unchanged: 0, updated: 0 };
  for (const result of byFile.values()) {
    writes.inserted += result.inserted;
    writes.unchanged += result.unchanged;
    writes.updated += result.updated;
  }
  options.logger.info({ read: collected.parsed.length, ...writes, quarantined: quarantine.length }, 'messages stored');
  const sources = summarizeSources({
    parsed: collected.parsed,
    normalized: batch.messages,
    ingestQuarantine: collected.quarantine,
    normalizeQuarantine: batch.quarantine,
    writes: byFile,
  });
  return { writes, quarantine, sources };
}

interface Collected {
  parsed: ParsedMessage[];
  quarantine: QuarantineItem[];
}

async function collect(items: AsyncIterable<IngestItem>): Promise<Collected> {
  const parsed: ParsedMessage[] = [];
  const quarantine: QuarantineItem[] = [];
  for await (const item of items) {
    if (item.kind === 'message') parsed.push(item.message);
    else quarantine.push(item.item);
  }
  return { parsed, quarantine };
}
