/** Types of the conversation-level stages: model, classify, score and recommend. */
import type {
  Channel,
  ConversationAnalysis,
  Message,
  MessageAnalysis,
  SignalType,
  Stage,
} from '../core/types.js';

/** One conversation to analyze: `analyses[i]` belongs to `messages[i]`, messages sorted by `sentAt`. */
export interface ConversationInput {
  id: string;
  accountId: string | null;
  messages: Message[];
  analyses: MessageAnalysis[];
}

export interface AnalyzeOptions {
  /** Instant that counts as "now" for stalls, ages and due times. */
  asOf: Date;
  /** Recorded outcome; it overrides the stage derived from signals. */
  outcome?: 'won' | 'lost';
}

/** A message paired with its analysis and its send time in epoch milliseconds. */
export interface TimelineEntry {
  index: number;
  message: Message;
  analysis: MessageAnalysis;
  time: number;
}

/** Hours between a message and the first reply from the other side. */
export interface ReplyLatency {
  fromMessageId: string;
  toMessageId: string;
  channel: Channel;
  hours: number;
}

export type SellerActionKind = 'quote_sent' | 'samples_sent' | 'documents_sent';

/** Something the seller did, detected from an outbound message. */
export interface SellerAction {
  kind: SellerActionKind;
  messageId: string;
  /** Words or attachment name the action was detected from. */
  evidence: string;
  time: number;
}

/** A buyer question with no later outbound message. */
export interface UnansweredQuestion {
  messageId: string;
  /** The question sentence, or the signal evidence when no sentence ends in "?". */
  text: string;
  askedAt: string;
  openHours: number;
}

/** An objection and whether a later buyer message resolved it. */
export interface ObjectionState {
  type: SignalType;
  messageId: string;
  evidence: string;
  time: number;
  resolvedBy: string | null;
}

/** Per-channel counts and the buyer's median reply latency on that channel. */
export interface ChannelStats {
  channel: Channel;
  inbound: number;
  outbound: number;
  buyerMedianReplyHours: number | null;
}

/** A signal about the whole conversation rather than one message. */
export interface ConversationSignal {
  type: SignalType;
  strength: number;
  value: string;
  /** Message the signal rests on most, or null when it rests on the whole thread. */
  messageId: string | null;
  text: string;
}

/** Conversation context built by the model stage; every later stage reads it. */
export interface ConversationContext {
  id: string;
  accountId: string | null;
  asOf: Date;
  timeline: TimelineEntry[];
  inbound: TimelineEntry[];
  outbound: TimelineEntry[];
  buyerReplies: ReplyLatency[];
  sellerReplies: ReplyLatency[];
  /** Start times (ms) of buyer turns: inbound messages merged within the burst window. */
  buyerTurns: number[];
  /** Median gap between buyer turns in hours; null with fewer than two turns. */
  buyerCadenceHours: number | null;
  sellerActions: SellerAction[];
  unansweredQuestions: UnansweredQuestion[];
  objections: ObjectionState[];
  channels: Channel[];
  channelStats: ChannelStats[];
  preferredChannel: Channel | null;
  signals: ConversationSignal[];
  lastInbound: TimelineEntry | null;
  lastOutbound: TimelineEntry | null;
  /** Hours from the buyer's last message to `asOf`; null without inbound messages. */
  hoursSinceLastInbound: number | null;
}

/** Output of `analyzeConversation`: the public contract plus the detail behind it. */
export interface ConversationAnalysisDetail extends ConversationAnalysis {
  /** Furthest stage the signals reached; equals `stage` unless the deal is stalled. */
  stageReached: Stage;
  /** Conversation-level signals: relationship.response_speed, context.channel_preference. */
  signals: ConversationSignal[];
  /** Win-model feature values and their logit, so the probability can be checked. */
  winFactors: { features: Record<string, number>; logit: number };
}
