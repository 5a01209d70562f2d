/**
 * Emotion–outcome table (`emotionOutcomeTable`).
 *
 * Closed deals are the conversations with a recorded outcome (the latest per
 * conversation); won counts as a success. Rows:
 * - `all`: every closed deal, the baseline.
 * - `sentiment_mode`: deals grouped by their dominant buyer sentiment mode,
 *   the mode of most inbound messages (ties: the mode of the latest tied
 *   message). Deals with no inbound sentiment join no mode row.
 * - `objection`: for each objection type, the deals where any buyer message
 *   carries it. A deal can join several objection rows.
 * Each row gives the win rate with its 95% Wilson interval, and the
 * difference against all closed deals (`versusOverall`) and against the closed
 * deals outside the row (`versusRest`), each with a 95% Newcombe interval
 * (src/score/stats.ts). Because the row is part of the whole, `versusOverall`
 * treats two overlapping samples as independent, so its interval is wider
 * than needed. `versusRest` compares disjoint samples. Rows with fewer than 5
 * deals are flagged `smallSample` with a note. Values have 3 digits.
 */
import { SENTIMENT_MODES, SIGNAL_TYPES, type SentimentMode } from '../core/types.js';
import { cutText } from '../core/text.js';
import { roundTo } from '../score/recency.js';
import { proportionDifference, wilson, type Proportion } from '../score/stats.js';
import { assertUniqueIds, outcomeIndex } from './deals.js';
import type {
  AnalyticsConversation,
  DealOutcome,
  EmotionOutcomeRow,
  ObjectionType,
  RateDifference,
  RowExample,
} from './types.js';

/** Rows with fewer deals than this are flagged as too small to read. */
export const MIN_DEALS = 5;
const MAX_EXAMPLES = 3;
const EVIDENCE_CHARS = 80;

const OBJECTION_TYPES = SIGNAL_TYPES.filter((type): type is ObjectionType => type.startsWith('objection.'));

type Message = AnalyticsConversation['messages'][number];

/** A closed deal reduced to what the table groups by. */
interface ClosedDeal {
  won: boolean;
  mode: { value: SentimentMode; example: RowExample } | null;
  objections: Map<ObjectionType, RowExample>;
}

/** Finds the mode of most inbound messages. A tie goes to the mode of the latest tied message. */
export function dominantMode(conversation: AnalyticsConversation): { value: SentimentMode; example: RowExample } | null {
  const counts = new Map<SentimentMode, { count: number; last: number; first: Message }>();
  conversation.messages.forEach((message, index) => {
    if (message.direction !== 'inbound' || !message.sentiment) return;
    const entry = counts.get(message.sentiment.mode) ?? { count: 0, last: index, first: message };
    entry.count += 1;
    entry.last = index;
    counts.set(message.sentiment.mode, entry);
  });
  let best: [SentimentMode, { count: number; last: number; first: Message }] | null = null;
  for (const entry of counts) {
    if (!best || entry[1].count > best[1].count || (entry[1].count === best[1].count && entry[1].last > best[1].last)) best = entry;
  }
  if (!best) return null;
  const [value, { first }] = best;
  const words = first.sentiment?.evidence?.[0]?.text ?? '';
  return { value, example: { conversationId: conversation.id, messageId: first.messageId, text: cutText(words, EVIDENCE_CHARS) } };
}

/** Collects the objection types in the buyer's messages, each with its first evidence. */
export function objectionsIn(conversation: AnalyticsConversation): Map<ObjectionType, RowExample> {
  const found = new Map<ObjectionType, RowExample>();
  for (const message of conversation.messages) {
    if (message.direction !== 'inbound') continue;
    for (const signal of message.signals) {
      const type = signal.type as ObjectionType;
      if (!OBJECTION_TYPES.includes(type) || found.has(type)) continue;
      const text = cutText(signal.evidence[0]?.text ?? '', EVIDENCE_CHARS);
      found.set(type, { conversationId: conversation.id, messageId: message.messageId, text });
    }
  }
  return found;
}

function rounded(proportion: Proportion): Proportion {
  const round = (value: number | null): number | null => (value === null ? null : roundTo(value, 3));
  return { ...proportion, rate: round(proportion.rate), low: round(proportion.low), high: round(proportion.high) };
}

function roundedDifference(difference: RateDifference): RateDifference {
  const round = (value: number | null): number | null => (value === null ? null : roundTo(value, 3));
  return { difference: round(difference.difference), low: round(difference.low), high: round(difference.high) };
}

function smallNote(deals: number): string | null {
  if (deals >= MIN_DEALS) return null;
  return `only ${deals} closed deal${deals === 1 ? '' : 's'} (fewer than ${MIN_DEALS}): too few to read the win rate or the difference`;
}

/** A deal in a row, with the words that put it there (none on the `all` row). */
interface Member {
  won: boolean;
  example: RowExample | null;
}

/** Builds one row from its members; `total` counts every closed deal. */
function row(
  factor: EmotionOutcomeRow['factor'],
  value: EmotionOutcomeRow['value'],
  members: readonly Member[],
  total: { won: number; deals: number },
): EmotionOutcomeRow {
  const won = members.filter((member) => member.won).length;
  const winRate = wilson(won, members.length);
  const compare = (other: Proportion): RateDifference | null =>
    factor === 'all' ? null : roundedDifference(proportionDifference(winRate, other));
  return {
    factor,
    value,
    deals: members.length,
    won,
    winRate: rounded(winRate),
    versusOverall: compare(wilson(total.won, total.deals)),
    versusRest: compare(wilson(total.won - won, total.deals - members.length)),
    smallSample: members.length < MIN_DEALS,
    note: smallNote(members.length),
    examples: members.flatMap((member) => (member.example ? [member.example] : [])).slice(0, MAX_EXAMPLES),
  };
}

/**
 * Builds the table over the conversations that have an outcome. Returns only
 * the `all` row (with 0 deals) when none has. Throws AnalyticsInputError for
 * duplicate conversation ids or malformed outcomes.
 *
 * @example
 * const rows = emotionOutcomeTable(analyses, outcomes);
 * rows.find((r) => r.value === 'objection.price')?.winRate.rate; // 0.25
 */
export function emotionOutcomeTable(
  conversations: readonly AnalyticsConversation[],
  outcomes: readonly DealOutcome[],
): EmotionOutcomeRow[] {
  assertUniqueIds(conversations);
  const outcomeOf = outcomeIndex(outcomes);
  const deals: ClosedDeal[] = [];
  for (const conversation of conversations) {
    const outcome = outcomeOf.get(conversation.id);
    if (!outcome) continue;
    const won = outcome.result === 'won';
    deals.push({ won, mode: dominantMode(conversation), objections: objectionsIn(conversation) });
  }
  const total = { won: deals.filter((deal) => deal.won).length, deals: deals.length };
  const rows = [row('all', 'all', deals.map((deal) => ({ won: deal.won, example: null })), total)];
  for (const mode of SENTIMENT_MODES) {
    const members = deals.flatMap((deal) => (deal.mode?.value === mode ? [{ won: deal.won, example: deal.mode.example }] : []));
    if (members.length) rows.push(row('sentiment_mode', mode, members, total));
  }
  for (const type of OBJECTION_TYPES) {
    const members = deals.flatMap((deal) => {
      const example = deal.objections.get(type);
      return example ? [{ won: deal.won, example }] : [];
    });
    if (members.length) rows.push(row('objection', type, members, total));
  }
  return rows;
}
