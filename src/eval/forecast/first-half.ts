/**
 * Turns a negotiation into Parley messages and analyzes its first half the
 * way the pipeline analyzes a stored conversation: signals per message, then
 * the conversation state as of the last kept message.
 */
import { InputError } from '../../core/errors.js';
import type { Channel, Message, MessageAnalysis, Stage } from '../../core/types.js';
import { analyzeMessage } from '../../extract/index.js';
import { analyzeConversation } from '../../model/index.js';
import type { ConversationInput } from '../../model/types.js';
import { toExtractInput } from '../../pipeline/extract-input.js';
import type { Negotiation, NegotiationTurn } from './types.js';

/** Send time of the first turn; later turns follow a minute apart. A fixed value keeps runs reproducible. */
export const FIRST_TURN_AT = Date.parse('2026-01-05T12:00:00Z');
const MINUTE_MS = 60_000;

/**
 * Keeps the first half of the turns, rounded down but at least one, so the
 * forecast does not read how the dialogue ends.
 *
 * @example
 * firstHalf([a, b, c, d, e]); // [a, b]
 */
export function firstHalf<T>(turns: readonly T[]): T[] {
  return turns.slice(0, Math.max(1, Math.floor(turns.length / 2)));
}

/**
 * Builds the messages of a dialogue: the buyer's turns inbound, the seller's
 * outbound, on one channel, a minute apart. All three data sets are English,
 * so the language is given rather than detected on short chat lines.
 */
export function toMessages(id: string, turns: readonly NegotiationTurn[], channel: Channel): Message[] {
  return turns.map((turn, index) => {
    const buyer = turn.side === 'buyer';
    return {
      id: `${id}-t${index + 1}`,
      channel,
      conversationId: id,
      direction: buyer ? 'inbound' : 'outbound',
      sender: { name: buyer ? 'Buyer' : 'Seller', email: null, phone: null },
      sentAt: new Date(FIRST_TURN_AT + index * MINUTE_MS).toISOString(),
      text: turn.text,
      rawText: turn.text,
      attachments: [],
      language: { code: 'en', confidence: 1 },
      subject: null,
      source: `forecast:${id}`,
      automated: false,
    };
  });
}

/** Parley's reading of one dialogue's first half, next to its known outcome. */
export interface ForecastCase {
  id: string;
  won: boolean;
  /** Parley's default win probability. */
  winProbability: number;
  /** Furthest stage the signals reached. */
  stageReached: Stage;
  /** Win-model feature values (see WIN_MODEL), the input of a fitted model. */
  winFeatures: Record<string, number>;
  /** Turns and words in the first half. */
  turns: number;
  words: number;
  /** Behavior signals (intent, commitment, objection, relationship; not context.*) on the first half's messages. */
  signals: number;
}

/** Counts the signals about behavior; `context.language` and `context.timezone` come with every message. */
function behaviorSignals(analysis: MessageAnalysis): number {
  return analysis.signals.filter((signal) => !signal.type.startsWith('context.')).length;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

/**
 * Analyzes the first half of a negotiation with Parley's conversation
 * analysis, as of its last kept message. Throws an InputError for a
 * negotiation without turns.
 */
export function analyzeFirstHalf(negotiation: Negotiation, channel: Channel): ForecastCase {
  const turns = firstHalf(negotiation.turns);
  const messages = toMessages(negotiation.id, turns, channel);
  const last = messages.at(-1);
  if (!last) throw new InputError(negotiation.id, 'negotiation has no turns to analyze');
  const analyses: MessageAnalysis[] = messages.map((message) => analyzeMessage(toExtractInput(message)));
  const input: ConversationInput = { id: negotiation.id, accountId: null, messages, analyses };
  const analysis = analyzeConversation(input, { asOf: new Date(last.sentAt) });
  return {
    id: negotiation.id,
    won: negotiation.won,
    winProbability: analysis.winProbability,
    stageReached: analysis.stageReached,
    winFeatures: analysis.winFactors.features,
    turns: turns.length,
    words: turns.reduce((sum, turn) => sum + countWords(turn.text), 0),
    signals: analyses.reduce((sum, entry) => sum + behaviorSignals(entry), 0),
  };
}
