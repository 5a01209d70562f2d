import type { Message, MessageAnalysis } from '../core/types.js';
import { analyzeMessage } from '../extract/index.js';
import { analyzeConversation } from '../model/index.js';
import type { ConversationAnalysisDetail } from '../model/types.js';
import type { Store, StoredConversation } from '../store/store.js';
import { toExtractInput } from './extract-input.js';

/** Options of the analysis steps after storing: where to save, the report's "now", progress. */
export interface ConversationRunOptions {
  store: Store;
  asOf: Date;
  /** Called after each message is analyzed, for a progress bar. */
  onAnalyzed?: (done: number, total: number) => void;
}

/**
 * Analyzes each conversation twice: as of its latest message for the stored
 * state, and as of `asOf` for the report. Returns the report's analyses,
 * highest win probability first.
 */
export async function analyzeConversations(
  history: Message[],
  analyses: Map<string, MessageAnalysis>,
  accountOf: Map<string, string>,
  options: ConversationRunOptions,
): Promise<ConversationAnalysisDetail[]> {
  const conversations: ConversationAnalysisDetail[] = [];
  const stored: StoredConversation[] = [];
  for (const [id, messages] of groupMessages(history)) {
    const accountId = accountOf.get(id) ?? null;
    const input = { id, accountId, messages, analyses: messages.map((m) => analyses.get(m.id)!) };
    const last = messages[messages.length - 1]!;
    stored.push({ id, accountId, lastMessageId: last.id, analysis: analyzeConversation(input, { asOf: new Date(last.sentAt) }) });
    conversations.push(analyzeConversation(input, { asOf: options.asOf }));
  }
  await options.store.saveConversations(stored);
  return conversations.sort((a, b) => b.winProbability - a.winProbability || a.id.localeCompare(b.id));
}

/** Extracts signals from every human message; automated ones are left out of buyer signals. */
export function analyzeAll(messages: Message[], options: ConversationRunOptions): Map<string, MessageAnalysis> {
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
