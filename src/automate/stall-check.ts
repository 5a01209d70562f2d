/**
 * Stall check between ingests: a deal stalls when the buyer stays quiet past
 * their usual pause, which can happen with no new message at all. The stored
 * state is as of each conversation's latest message, so the stall rule is
 * applied again as of "now" to the stored messages and signals.
 */
import { classifyStage } from '../classify/stage.js';
import type { ConversationAnalysis, Explanation, Message, MessageAnalysis } from '../core/types.js';
import { analyzeMessage } from '../extract/index.js';
import { buildContext } from '../model/context.js';
import { outcomeAsOf } from '../pipeline/analyze-conversations.js';
import { toExtractInput } from '../pipeline/extract-input.js';
import { scoreConversation } from '../score/index.js';
import { detectStall } from '../score/stall.js';
import type { Store } from '../store/store.js';
import type { Shift } from './triggers.js';

/** A conversation stalled as of the check, with the stall as a `stalled` false → true shift. */
export interface StallFinding {
  conversationId: string;
  accountId: string | null;
  shift: Shift;
}

/**
 * Finds the stored conversations that went stalled after their `since`
 * time and are still stalled as of `now`: open deals (no outcome decided by
 * `now`) whose buyer has been quiet past the stall threshold of
 * `detectStall`, or whose momentum collapsed. A conversation already stalled
 * with the same silence as of `since` is left out, because its buyer's
 * silence crossed the threshold before then. The shift names the message
 * the silence runs from (the buyer's last message), so one stall keeps one
 * firing key however often the check runs.
 *
 * NOTE: every stored conversation is loaded and the stall rule applied to
 * each, so one check costs about one analysis per open conversation, plus
 * one more per stalled conversation for the state as of `since`.
 */
export async function findStalledConversations(
  store: Store,
  now: Date,
  since: (conversationId: string) => Promise<Date>,
): Promise<StallFinding[]> {
  const analyses = await store.loadConversationAnalyses();
  const outcomes = new Map((await store.loadOutcomes()).map((outcome) => [outcome.conversationId, outcome]));
  const findings: StallFinding[] = [];
  for (const analysis of analyses) {
    const outcome = outcomeAsOf(outcomes.get(analysis.id) ?? null, now);
    if (outcome || analysis.stage === 'won' || analysis.stage === 'lost') continue;
    const messages = (await store.loadConversationMessages([analysis.id])).filter((message) => !message.automated);
    const last = messages.at(-1);
    if (!last || Date.parse(last.sentAt) > now.getTime()) continue;
    const stall = stallAsOf(analysis.id, analysis.accountId, messages, storedAnalyses(analysis.messages), now);
    if (!stall) continue;
    const messageId = stall.messageId ?? last.id;
    const start = await since(analysis.id);
    if (start.getTime() >= now.getTime()) continue;
    const before = messages.filter((message) => Date.parse(message.sentAt) <= start.getTime());
    if (before.length > 0) {
      const earlier = stallAsOf(analysis.id, analysis.accountId, before, storedAnalyses(analysis.messages), start);
      if (earlier && (earlier.messageId ?? before.at(-1)!.id) === messageId) continue;
    }
    const sentAt = messages.find((message) => message.id === messageId)?.sentAt ?? last.sentAt;
    findings.push({
      conversationId: analysis.id,
      accountId: analysis.accountId,
      shift: { field: 'stalled', from: false, to: true, messageId, sentAt, reasons: [stall] },
    });
  }
  return findings;
}

/** Returns the stall rule's explanation as of `now`, or null when the deal is not stalled. */
function stallAsOf(
  id: string,
  accountId: string | null,
  messages: Message[],
  stored: Map<string, MessageAnalysis>,
  now: Date,
): Explanation | null {
  const analyses = messages.map((message) => stored.get(message.id) ?? analyzeMessage(toExtractInput(message)));
  const context = buildContext({ id, accountId, messages, analyses }, now);
  const { stage, steps } = classifyStage(context);
  const { scores, momentumPeak } = scoreConversation(context, steps);
  return detectStall(context, stage, scores.momentum, momentumPeak).explanation;
}

/** Returns the message analyses kept in a stored conversation analysis, by message id. */
function storedAnalyses(messages: ConversationAnalysis['messages']): Map<string, MessageAnalysis> {
  const byId = new Map<string, MessageAnalysis>();
  for (const { messageId, direction: _direction, sentAt: _sentAt, ...analysis } of messages) byId.set(messageId, analysis);
  return byId;
}
