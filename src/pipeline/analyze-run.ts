import type { Logger } from 'pino';
import type { SellerConfig } from '../config/seller-config.js';
import type { Account, DealBrief, IngestItem } from '../core/types.js';
import { analyzeAccounts, type AccountAnalytics, type AccountsAnalysis, type AnalyticsConversation, type DealOutcome, type EmotionOutcomeRow } from '../analytics/index.js';
import type { Catalog, ConversationAnalysisDetail } from '../model/types.js';
import { parseWinModel } from '../score/win-fit.js';
import type { RunReportCursor, Store } from '../store/store.js';
import { regroupRunAccounts } from './account-sync.js';
import { analyzeStoredConversation, type ConversationResult } from './analyze-conversations.js';
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
  /**
   * Messages read that a machine sent (bounces, auto-replies, newsletters,
   * spam), repeats included. They are stored but left out of the buyer
   * conversations, so a conversation of only such messages gets no analysis.
   */
  automated: number;
  conversations: number;
  /** The counts other than `automated` per source file, sorted by file. */
  sources: SourceSummary[];
}

/**
 * Result of `parley analyze`: the run summary, and the conversation-analysis
 * contract's lists, read from the store's run tables in pages while the
 * store stays open (see `collectReport` for plain arrays).
 */
export interface AnalyzeReport {
  generatedAt: string;
  asOf: string;
  summary: RunSummary;
  results: RunResults;
}

/** The lists of a run's report, read from the store in pages. */
export interface RunResults {
  /** The run's conversation analyses, highest win probability first; the first `limit` when given. */
  conversations(limit?: number): AsyncIterable<ConversationAnalysisDetail>;
  /** Accounts that contain a conversation of this run, with all their stored conversations, by id. */
  accounts(): AsyncIterable<Account>;
  /** Stored accounts with the given ids. */
  accountsById(ids: string[]): Promise<Account[]>;
  /** Records quarantined in this run, in the order they were found; the first `limit` when given. */
  quarantine(limit?: number): AsyncIterable<{ source: string; reason: string }>;
}

/** An account of the report with its analytics over the run's conversations (null without any). */
export type ReportAccount = Account & { analytics: AccountAnalytics | null };

/** The report with its lists read into arrays, in the shape of the JSON document. */
export interface CollectedReport {
  generatedAt: string;
  asOf: string;
  accounts: ReportAccount[];
  conversations: ConversationAnalysisDetail[];
  quarantine: { source: string; reason: string }[];
  /** Win rates of closed deals by dominant buyer mode and by objection, with intervals. */
  emotionOutcome: EmotionOutcomeRow[];
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
  /** Seller's product catalog for product fit; none when unset. */
  catalog?: Catalog;
}

/** Rows read from or written to the store at once. */
const PAGE = 500;

/**
 * Runs the pipeline after ingest: normalizes and stores the input in chunks,
 * groups the run's buyers into accounts with the stored conversations, then
 * loads, extracts, models, classifies, scores and recommends one
 * conversation at a time. Each conversation's state is stored as of its
 * latest message, with its state after every earlier message (the state
 * history), so the stored states do not depend on when the command runs.
 * The report is computed as of `asOf` (stalls, due times) and kept in the
 * store's run tables, so memory does not grow with the size of the run.
 */
export async function runAnalysis(items: AsyncIterable<IngestItem>, options: AnalyzeRunOptions): Promise<AnalyzeReport> {
  const { store } = options;
  await store.beginRun();
  const ingest = await ingestInChunks(items, options);
  await regroupRunAccounts(store, options.config.defaultCountry);
  await analyzeRunConversations(options);
  return {
    generatedAt: new Date().toISOString(),
    asOf: options.asOf.toISOString(),
    summary: {
      read: ingest.read,
      stored: ingest.writes.inserted,
      duplicate: ingest.duplicates + ingest.writes.unchanged,
      updated: ingest.writes.updated,
      quarantined: ingest.quarantined,
      automated: ingest.automated,
      conversations: await store.countRunReports(),
      sources: [...ingest.sources.keys()].sort().map((file) => ingest.sources.get(file)!),
    },
    results: runResults(store),
  };
}

/** Reads every list of the report into memory; for tests and small runs. */
export async function collectReport(report: AnalyzeReport): Promise<CollectedReport> {
  const { results, ...rest } = report;
  const analytics = await runAnalytics(results);
  return {
    generatedAt: rest.generatedAt,
    asOf: rest.asOf,
    accounts: await collect(withAnalytics(results.accounts(), analytics)),
    conversations: await collect(results.conversations()),
    quarantine: await collect(results.quarantine()),
    emotionOutcome: analytics.emotionOutcome,
    summary: rest.summary,
  };
}

/**
 * Account analytics (rollup, cohort percentiles, similar accounts) and the
 * emotion-outcome table over the run's conversations, with the outcomes
 * recorded by the report's `asOf`. The cohort is the accounts of this run.
 * One slim copy of each conversation is held while they are computed: the
 * per-message sentiment and the buying and objection signals, with their
 * first evidence.
 */
export async function runAnalytics(results: RunResults): Promise<AccountsAnalysis> {
  const conversations: AnalyticsConversation[] = [];
  const outcomes: DealOutcome[] = [];
  for await (const analysis of results.conversations()) {
    conversations.push(slimForAnalytics(analysis));
    if (analysis.outcome) outcomes.push({ conversationId: analysis.id, result: analysis.outcome.result, decidedAt: analysis.outcome.decidedAt });
  }
  return analyzeAccounts(conversations, outcomes);
}

/** Adds each account's analytics, or null for an account with no conversation in the run. */
export async function* withAnalytics(accounts: AsyncIterable<Account>, analytics: AccountsAnalysis): AsyncIterable<ReportAccount> {
  for await (const account of accounts) yield { ...account, analytics: analytics.accounts.get(account.id) ?? null };
}

const ANALYTICS_SIGNALS = /^(objection\.|commitment\.order_confirmation$|commitment\.payment$)/;

/** Keeps the fields analytics read; explanations, actions, briefs and most evidence are left out. */
function slimForAnalytics(analysis: ConversationAnalysisDetail): AnalyticsConversation {
  const { id, channels, accountId, stage, stalled, segments, scores, winProbability, stageReached } = analysis;
  const { id: archetypeId, confidence, runnerUp } = analysis.archetype;
  return {
    id,
    channels,
    accountId,
    stage,
    stalled,
    archetype: { id: archetypeId, confidence, runnerUp },
    segments,
    scores,
    explanations: {},
    winProbability,
    brief: EMPTY_BRIEF,
    actions: [],
    ...(stageReached === undefined ? {} : { stageReached }),
    messages: analysis.messages.map((message) => ({
      ...message,
      entities: [],
      sentiment: message.sentiment && { ...message.sentiment, evidence: message.sentiment.evidence?.slice(0, 1) ?? [] },
      signals: message.signals
        .filter((signal) => ANALYTICS_SIGNALS.test(signal.type))
        .map((signal) => ({ ...signal, evidence: signal.evidence.slice(0, 1) })),
    })),
  };
}

/** Reads an async iterable into an array (`Array.fromAsync` needs Node 22). */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const list: T[] = [];
  for await (const item of items) list.push(item);
  return list;
}

function runResults(store: Store): RunResults {
  return {
    async *conversations(limit = Infinity) {
      let cursor: RunReportCursor | null = null;
      let returned = 0;
      while (returned < limit) {
        const rows = await store.nextRunReports(cursor, Math.min(PAGE, limit - returned));
        if (rows.length === 0) return;
        for (const row of rows) yield JSON.parse(row.json) as ConversationAnalysisDetail;
        returned += rows.length;
        cursor = rows[rows.length - 1]!;
      }
    },
    async *accounts() {
      let after: string | null = null;
      for (;;) {
        const accounts = await store.nextRunAccounts(after, PAGE);
        if (accounts.length === 0) return;
        yield* accounts;
        after = accounts[accounts.length - 1]!.id;
      }
    },
    accountsById: (ids) => store.loadAccountsById(ids),
    async *quarantine(limit = Infinity) {
      let after = 0;
      let returned = 0;
      while (returned < limit) {
        const entries = await store.nextRunQuarantine(after, Math.min(PAGE, limit - returned));
        if (entries.length === 0) return;
        for (const { source, reason } of entries) yield { source, reason };
        returned += entries.length;
        after = entries[entries.length - 1]!.seq;
      }
    },
  };
}

/**
 * Analyzes the run's conversations one at a time, a page of ids at a time,
 * and stores each page's states, state histories, message analyses and
 * reports together. Recorded outcomes are read a page at a time too.
 */
async function analyzeRunConversations(options: AnalyzeRunOptions): Promise<void> {
  const { store } = options;
  const total = await store.countRunConversations();
  const storedModel = await store.loadWinModel();
  const runOptions = { ...options, ...(storedModel === null ? {} : { winModel: parseWinModel(storedModel) }) };
  let done = 0;
  let after: string | null = null;
  for (;;) {
    const ids = await store.nextRunConversations(after, PAGE);
    if (ids.length === 0) return;
    const accountOf = await store.loadAccountOf(ids);
    const outcomes = new Map((await store.loadOutcomes(ids)).map((outcome) => [outcome.conversationId, outcome]));
    const results: ConversationResult[] = [];
    for (const id of ids) {
      results.push(await analyzeStoredConversation(id, accountOf.get(id) ?? null, runOptions, outcomes.get(id) ?? null));
      done += 1;
      options.onAnalyzed?.(done, total);
    }
    await saveResults(store, results, options.keepConversation);
    after = ids[ids.length - 1]!;
  }
}

async function saveResults(
  store: Store,
  results: ConversationResult[],
  keep: AnalyzeRunOptions['keepConversation'],
): Promise<void> {
  await store.saveMessageAnalyses(results.flatMap((result) => result.messageAnalyses));
  await store.saveConversations(results.flatMap((result) => (result.stored ? [result.stored] : [])));
  await store.saveStateHistory(results.flatMap((result) => (result.history ? [result.history] : [])));
  await store.saveRunReports(
    results.flatMap(({ report }) =>
      report ? [{ id: report.id, winProbability: report.winProbability, json: JSON.stringify(keep ? keep(report) : report) }] : [],
    ),
  );
}

/**
 * Returns the fields of an analysis the buyer table shows. Per-message
 * analyses but the first buyer message's, segments, explanations, signals,
 * brief items, model features, the state history and all actions but the
 * first are left out, so a table run keeps a small row per conversation.
 * The first buyer message tells the table whether the buyer wrote at all.
 */
export function toTableRow(analysis: ConversationAnalysisDetail): ConversationAnalysisDetail {
  const { id, confidence, runnerUp } = analysis.archetype;
  return {
    ...analysis,
    stateHistory: [],
    archetype: { id, confidence, runnerUp },
    messages: analysis.messages.filter((message) => message.direction === 'inbound').slice(0, 1),
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
