import type { Message, MessageAnalysis } from '../core/types.js';
import { analyzeMessage } from '../extract/index.js';
import { analyzeConversation } from '../model/index.js';
import type { ConversationAnalysisDetail } from '../model/types.js';
import type { Store, StoredConversation } from '../store/store.js';
import { toExtractInput } from './extract-input.js';

/** Options of the analysis steps after storing: the store to load from and the report's "now". */
export interface ConversationRunOptions {
  store: Store;
  asOf: Date;
}

/** Analyses of one conversation: what to store and what the report shows. */
export interface ConversationResult {
  messageAnalyses: MessageAnalysis[];
  /** State as of the latest message; null when every message is automated. */
  stored: StoredConversation | null;
  /** Analysis as of `asOf`; null when every message is automated. */
  report: ConversationAnalysisDetail | null;
}

/**
 * Loads one stored conversation, extracts signals from its human messages
 * and analyzes it twice: as of its latest message for the stored state, and
 * as of `asOf` for the report. The caller stores the results.
 */
export async function analyzeStoredConversation(
  id: string,
  accountId: string | null,
  options: ConversationRunOptions,
): Promise<ConversationResult> {
  const history = await options.store.loadConversationMessages([id]);
  const analyses = analyzeAll(history);
  const messages = history.filter((message) => !message.automated);
  const last = messages[messages.length - 1];
  if (!last) return { messageAnalyses: [...analyses.values()], stored: null, report: null };
  const input = { id, accountId, messages, analyses: messages.map((m) => analyses.get(m.id)!) };
  const state = analyzeConversation(input, { asOf: new Date(last.sentAt) });
  return {
    messageAnalyses: [...analyses.values()],
    stored: { id, accountId, lastMessageId: last.id, analysis: state },
    report: analyzeConversation(input, { asOf: options.asOf }),
  };
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
