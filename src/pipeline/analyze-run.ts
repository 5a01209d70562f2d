import type { Logger } from 'pino';
import type { SellerConfig } from '../config/seller-config.js';
import type { Account, DealBrief, IngestItem } from '../core/types.js';
import type { ConversationAnalysisDetail } from '../model/types.js';
import type { Store } from '../store/store.js';
import { regroupAccounts } from './account-sync.js';
import { analyzeStoredConversation, compareByWinProbability, type ConversationResult } from './analyze-conversations.js';
import { ingestInChunks } from './run-ingest.js';
import type { SourceSummary } from './source-summary.js';

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
  /** Parsed messages normalized and stored together; `DEFAULT_CHUNK_SIZE` when unset. */
  chunkSize?: number;
  /**
   * Returns the part of each conversation's analysis the report keeps, such
   * as `toTableRow`; the whole analysis when unset.
   */
  keepConversation?: (analysis: ConversationAnalysisDetail) => ConversationAnalysisDetail;
  /** Called after each conversation is analyzed, for a progress bar. */
  onAnalyzed?: (done: number, total: number) => void;
}

/**
 * Runs the pipeline after ingest: normalizes and stores the input in chunks,
 * groups buyers into accounts with the stored conversations, then loads,
 * extracts, models, classifies, scores and recommends one conversation at a
 * time. Each conversation's state is stored as of its latest message, so
 * the stored state does not depend on when the command runs. The returned
 * analysis is computed as of `asOf` (stalls, due times).
 */
export async function runAnalysis(items: AsyncIterable<IngestItem>, options: AnalyzeRunOptions): Promise<AnalyzeReport> {
  const ingest = await ingestInChunks(items, options);
  const runIds = ingest.conversationIds;
  const resolved = await regroupAccounts(options.store, runIds, options.config.defaultCountry);
  const conversations = await analyzeRunConversations([...runIds].sort(), resolved.accountOf, options);
  return {
    generatedAt: new Date().toISOString(),
    asOf: options.asOf.toISOString(),
    accounts: resolved.accounts.filter((account) => account.conversationIds.some((id) => runIds.has(id))),
    conversations,
    quarantine: ingest.quarantine,
    summary: {
      read: ingest.read,
      stored: ingest.writes.inserted,
      duplicate: ingest.duplicates + ingest.writes.unchanged,
      updated: ingest.writes.updated,
      quarantined: ingest.quarantine.length,
      conversations: conversations.length,
      sources: [...ingest.sources.keys()].sort().map((file) => ingest.sources.get(file)!),
    },
  };
}

/** Conversations analyzed between two writes, so a write is one transaction for many conversations. */
const SAVE_BATCH = 200;

/**
 * Analyzes the run's conversations one at a time and returns them highest
 * win probability first.
 * NOTE: the result keeps one analysis per conversation for the final sort,
 * so memory grows with the number of conversations. `toTableRow` keeps
 * each one small, but `--json` keeps whole analyses.
 */
async function analyzeRunConversations(
  ids: string[],
  accountOf: Map<string, string>,
  options: AnalyzeRunOptions,
): Promise<ConversationAnalysisDetail[]> {
  const conversations: ConversationAnalysisDetail[] = [];
  let pending: ConversationResult[] = [];
  for (const [index, id] of ids.entries()) {
    const result = await analyzeStoredConversation(id, accountOf.get(id) ?? null, options);
    if (result.report) conversations.push(options.keepConversation ? options.keepConversation(result.report) : result.report);
    pending.push(result);
    if (pending.length >= SAVE_BATCH) {
      await saveResults(options.store, pending);
      pending = [];
    }
    options.onAnalyzed?.(index + 1, ids.length);
  }
  await saveResults(options.store, pending);
  return conversations.sort(compareByWinProbability);
}

async function saveResults(store: Store, results: ConversationResult[]): Promise<void> {
  await store.saveMessageAnalyses(results.flatMap((result) => result.messageAnalyses));
  await store.saveConversations(results.flatMap((result) => (result.stored ? [result.stored] : [])));
}

/**
 * Returns the fields of an analysis the buyer table shows. Per-message
 * analyses, segments, explanations, signals, brief items, model features and
 * all actions but the first are left out, so a table run keeps a small row
 * per conversation.
 */
export function toTableRow(analysis: ConversationAnalysisDetail): ConversationAnalysisDetail {
  const { id, confidence, runnerUp } = analysis.archetype;
  return {
    ...analysis,
    archetype: { id, confidence, runnerUp },
    messages: [],
    segments: [],
    explanations: {},
    signals: [],
    actions: analysis.actions.slice(0, 1),
    brief: { ...EMPTY_BRIEF, nextReplyOwedBy: analysis.brief.nextReplyOwedBy },
    winFactors: { features: {}, logit: analysis.winFactors.logit },
  };
}

const EMPTY_BRIEF: DealBrief = {
  wants: [],
  commitments: [],
  openObjections: [],
  unansweredQuestions: [],
  lastAction: null,
  nextReplyOwedBy: null,
  text: '',
};
