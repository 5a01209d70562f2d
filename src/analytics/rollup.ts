/**
 * Per-account rollup of conversation analyses (`accountRollup`).
 *
 * Definitions, per account:
 * - `openDeals`: conversations with no outcome whose stage is not won or lost.
 * - `bestWinProbability` / `meanWinProbability`: maximum and mean of
 *   `winProbability` over open deals, 3 digits; null without open deals.
 * - `lastActivityAt`: the latest `sentAt` of any message, either direction.
 * - `stageMix`: conversations per stage, a recorded outcome replacing the stage.
 * - `stagePosition`: the furthest stage rank over the conversations (see deals.ts).
 * - `dominantArchetype`: the archetype of most conversations with a buyer
 *   message; ties go to the higher summed confidence, then to the order of
 *   ARCHETYPES. Null when the buyer has written in none.
 * - `meanScores`: mean of each of the five scores over all conversations, 1 digit.
 * - `bought`: a buyer message with `commitment.order_confirmation` or
 *   `commitment.payment`, a `won` stage, or a won outcome. A conversation
 *   whose recorded outcome is lost contributes no buying evidence.
 */
import { ARCHETYPES, STAGES, type ArchetypeId, type ConversationScores, type ScoreName, type Stage } from '../core/types.js';
import { cutText } from '../core/text.js';
import { roundTo } from '../score/recency.js';
import { assertUniqueIds, effectiveStage, isOpen, outcomeIndex, stagePosition } from './deals.js';
import type {
  AccountRollup,
  AnalyticsConversation,
  BuyingEvidence,
  DealOutcome,
  DominantArchetype,
} from './types.js';

const SCORE_NAMES: readonly ScoreName[] = ['intent', 'urgency', 'sentiment', 'friction', 'momentum'];
const BUYING_SIGNALS = new Set(['commitment.order_confirmation', 'commitment.payment']);
const EVIDENCE_CHARS = 80;

/**
 * Groups conversations by account and computes each account's figures.
 * Conversations with a null `accountId` are left out. Throws
 * AnalyticsInputError for duplicate conversation ids or malformed outcomes.
 *
 * @example
 * const rollups = accountRollup(analyses, [{ conversationId: 'c1', result: 'won', decidedAt: '2026-03-20' }]);
 * rollups.get('acct-1')?.bought; // true
 */
export function accountRollup(
  conversations: readonly AnalyticsConversation[],
  outcomes: readonly DealOutcome[] = [],
): Map<string, AccountRollup> {
  assertUniqueIds(conversations);
  const outcomeOf = outcomeIndex(outcomes);
  const byAccount = new Map<string, AnalyticsConversation[]>();
  for (const conversation of conversations) {
    if (conversation.accountId === null) continue;
    const list = byAccount.get(conversation.accountId) ?? [];
    list.push(conversation);
    byAccount.set(conversation.accountId, list);
  }
  const rollups = new Map<string, AccountRollup>();
  for (const [accountId, list] of byAccount) rollups.set(accountId, rollupOne(accountId, list, outcomeOf));
  return rollups;
}

/** Figures of one account from its conversations. */
function rollupOne(
  accountId: string,
  conversations: readonly AnalyticsConversation[],
  outcomeOf: ReadonlyMap<string, DealOutcome>,
): AccountRollup {
  const open = conversations.filter((c) => isOpen(c, outcomeOf.get(c.id)));
  const openWin = open.map((c) => c.winProbability);
  const boughtEvidence = conversations.flatMap((c) => buyingEvidence(c, outcomeOf.get(c.id)));
  return {
    accountId,
    conversations: conversations.length,
    conversationIds: conversations.map((c) => c.id),
    openDeals: open.length,
    bestWinProbability: openWin.length ? roundTo(Math.max(...openWin), 3) : null,
    meanWinProbability: openWin.length ? roundTo(mean(openWin), 3) : null,
    lastActivityAt: lastActivity(conversations),
    stageMix: stageMix(conversations, outcomeOf),
    stagePosition: Math.max(...conversations.map((c) => stagePosition(c, outcomeOf.get(c.id)))),
    dominantArchetype: dominantArchetype(conversations),
    meanScores: meanScores(conversations),
    bought: boughtEvidence.length > 0,
    boughtEvidence,
  };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Finds the latest message time over the conversations, returned as written in the message. */
function lastActivity(conversations: readonly AnalyticsConversation[]): string | null {
  let latest: { sentAt: string; time: number } | null = null;
  for (const conversation of conversations) {
    for (const message of conversation.messages) {
      const time = Date.parse(message.sentAt);
      if (!Number.isNaN(time) && (!latest || time > latest.time)) latest = { sentAt: message.sentAt, time };
    }
  }
  return latest?.sentAt ?? null;
}

function stageMix(
  conversations: readonly AnalyticsConversation[],
  outcomeOf: ReadonlyMap<string, DealOutcome>,
): Record<Stage, number> {
  const mix = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
  for (const conversation of conversations) mix[effectiveStage(conversation, outcomeOf.get(conversation.id))] += 1;
  return mix;
}

/** Returns true when the buyer wrote at least one message; before that, the archetype is the prior alone. */
export function hasBuyerMessage(conversation: Pick<AnalyticsConversation, 'messages'>): boolean {
  return conversation.messages.some((message) => message.direction === 'inbound');
}

/**
 * Picks the archetype of most conversations with a buyer message. Ties go to
 * the higher summed confidence, then to ARCHETYPES order.
 */
export function dominantArchetype(conversations: readonly AnalyticsConversation[]): DominantArchetype | null {
  const tally = new Map<ArchetypeId, { count: number; confidence: number }>();
  for (const { archetype } of conversations.filter(hasBuyerMessage)) {
    const entry = tally.get(archetype.id) ?? { count: 0, confidence: 0 };
    entry.count += 1;
    entry.confidence += archetype.confidence;
    tally.set(archetype.id, entry);
  }
  let best: DominantArchetype | null = null;
  let bestConfidence = 0;
  for (const id of ARCHETYPES) {
    const entry = tally.get(id);
    if (!entry) continue;
    const better = !best || entry.count > best.conversations || (entry.count === best.conversations && entry.confidence > bestConfidence);
    if (better) {
      best = { id, conversations: entry.count, meanConfidence: roundTo(entry.confidence / entry.count, 3) };
      bestConfidence = entry.confidence;
    }
  }
  return best;
}

function meanScores(conversations: readonly AnalyticsConversation[]): ConversationScores {
  const scores = {} as ConversationScores;
  for (const name of SCORE_NAMES) scores[name] = roundTo(mean(conversations.map((c) => c.scores[name])), 1);
  return scores;
}

/**
 * Lists the evidence that the account bought in this conversation: buyer messages with
 * an order confirmation or payment signal, a won stage, a won outcome. None
 * when the recorded outcome is lost.
 */
export function buyingEvidence(conversation: AnalyticsConversation, outcome: DealOutcome | undefined): BuyingEvidence[] {
  if (outcome?.result === 'lost') return [];
  const evidence: BuyingEvidence[] = [];
  for (const message of conversation.messages) {
    if (message.direction !== 'inbound') continue;
    for (const signal of message.signals) {
      if (!BUYING_SIGNALS.has(signal.type)) continue;
      evidence.push({
        conversationId: conversation.id,
        type: signal.type as BuyingEvidence['type'],
        messageId: message.messageId,
        text: cutText(signal.evidence[0]?.text ?? '', EVIDENCE_CHARS),
      });
    }
  }
  if (outcome?.result === 'won') {
    evidence.push({ conversationId: conversation.id, type: 'outcome.won', messageId: null, text: `won on ${outcome.decidedAt}` });
  } else if (conversation.stage === 'won') {
    evidence.push({ conversationId: conversation.id, type: 'stage.won', messageId: null, text: 'stage won' });
  }
  return evidence;
}
