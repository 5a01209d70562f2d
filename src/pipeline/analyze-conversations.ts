import type { Message, MessageAnalysis, Outcome } from '../core/types.js';
import { analyzeMessage } from '../extract/index.js';
import { computeStateHistory } from '../model/history.js';
import { analyzeConversation } from '../model/index.js';
import type { Catalog } from '../model/types.js';
import type { ConversationAnalysisDetail } from '../model/types.js';
import type { WinCoefficients } from '../score/win-probability.js';
import type { ConversationStateHistory, Store, StoredConversation } from '../store/store.js';
import { toExtractInput } from './extract-input.js';

/** Options of the analysis steps after storing: the store to load from and the report's "now". */
export interface ConversationRunOptions {
  store: Store;
  asOf: Date;
  /** Seller's product catalog for product fit; none when unset. */
  catalog?: Catalog;
  /** Win model fitted to the workspace's closed deals; the default model when unset. */
  winModel?: WinCoefficients;
}

/** Analyses of one conversation: what to store and what the report shows. */
export interface ConversationResult {
  messageAnalyses: MessageAnalysis[];
  /** State as of the latest message, from the messages alone; null when every message is automated. */
  stored: StoredConversation | null;
  /** States after each message and the changes between them; null when every message is automated. */
  history: ConversationStateHistory | null;
  /**
   * Analysis as of `asOf`, with the state history's changes and the outcome
   * recorded by then; null when every message is automated.
   */
  report: ConversationAnalysisDetail | null;
}

/**
 * Loads one stored conversation, extracts signals from its human messages,
 * computes its state after each message (the last of which is the state
 * stored for it) and analyzes it as of `asOf` for the report. A recorded
 * outcome decided on or before `asOf` overrides the report's stage and win
 * probability; the stored state and the history show the messages alone.
 * The caller stores the results.
 */
export async function analyzeStoredConversation(
  id: string,
  accountId: string | null,
  options: ConversationRunOptions,
  outcome: Outcome | null = null,
): Promise<ConversationResult> {
  const loaded = await options.store.loadConversationMessages([id]);
  const analyses = analyzeAll(loaded);
  const messages = loaded.filter((message) => !message.automated);
  const last = messages[messages.length - 1];
  const messageAnalyses = [...analyses.values()];
  if (!last) return { messageAnalyses, stored: null, history: null, report: null };
  const input = { id, accountId, messages, analyses: messages.map((m) => analyses.get(m.id)!) };
  const modelOptions = {
    ...(options.catalog ? { catalog: options.catalog } : {}),
    ...(options.winModel ? { winModel: options.winModel } : {}),
  };
  const { snapshots, changes, latest } = computeStateHistory(input, {
    ...modelOptions,
    ...(options.winModel ? { winCoefficients: options.winModel.coefficients } : {}),
  });
  const applied = outcomeAsOf(outcome, options.asOf);
  const report = analyzeConversation(input, { asOf: options.asOf, ...modelOptions, ...(applied ? { outcome: applied.result } : {}) });
  return {
    messageAnalyses,
    stored: { id, accountId, lastMessageId: last.id, analysis: latest! },
    history: { conversationId: id, snapshots, changes },
    report: { ...report, stateHistory: changes, outcome: applied },
  };
}

/** Returns the outcome when it was decided on or before the day of `asOf` (UTC), else null. */
export function outcomeAsOf(outcome: Outcome | null, asOf: Date): Outcome | null {
  return outcome && outcome.decidedAt <= asOf.toISOString().slice(0, 10) ? outcome : null;
}

/** Orders report analyses highest win probability first, then by id. */
export function compareByWinProbability(a: ConversationAnalysisDetail, b: ConversationAnalysisDetail): number {
  return b.winProbability - a.winProbability || a.id.localeCompare(b.id);
}

/** Extracts signals from every human message; automated ones are left out of buyer signals. */
function analyzeAll(messages: Message[]): Map<string, MessageAnalysis> {
  const analyses = new Map<string, MessageAnalysis>();
  for (const message of messages) {
    if (!message.automated) analyses.set(message.id, analyzeMessage(toExtractInput(message)));
  }
  return analyses;
}
