/**
 * Shared types of the Parley pipeline. Each stage takes and returns these, so
 * the pipeline reads as ingest → normalize → extract → model → classify →
 * score → recommend → store. Field names that appear in JSON output are part
 * of the public contract: add fields freely, rename none.
 */

export const CHANNELS = ['email', 'whatsapp', 'marketplace', 'support', 'webform'] as const;
export type Channel = (typeof CHANNELS)[number];

export type Direction = 'inbound' | 'outbound';

/** A person as a source names them, with every identity the source gave. */
export interface Sender {
  name: string | null;
  email: string | null;
  /** E.164 when the number could be parsed, otherwise null. */
  phone: string | null;
  handle?: string | null;
}

export interface Attachment {
  name: string;
  mediaType: string;
  /** Bytes; null when the source does not say (WhatsApp placeholders). */
  size: number | null;
}

/**
 * One message as an ingest adapter read it, before normalization. Adapters fill
 * what the format offers; normalization derives ids, direction, threads and
 * clean text.
 */
export interface ParsedMessage {
  channel: Channel;
  /** File path plus a locator (line, byte offset, index) for error reports. */
  source: string;
  /** The source's own message id (Message-ID, WhatsApp id, jsonl id), if any. */
  sourceId: string | null;
  /**
   * Conversation key the format itself gives: one WhatsApp chat file, a jsonl
   * conversationId. Null for email, which is threaded by headers later.
   */
  conversationKey: string | null;
  /** Conversation id the source states (canonical jsonl), kept verbatim as the conversation's id. */
  conversationId?: string;
  sender: Sender;
  recipients: Sender[];
  /** ISO 8601 with the original UTC offset when the source has one. */
  sentAt: string;
  /** Body as written, quotes and signatures included. */
  body: string;
  attachments: Attachment[];
  subject: string | null;
  /** Email threading headers, without angle brackets. */
  inReplyTo: string | null;
  references: string[];
  /** Direction the source states explicitly (jsonl), otherwise null. */
  direction: Direction | null;
  /** Language the source states explicitly (jsonl), otherwise null. */
  language: string | null;
  /** True for auto-replies, out-of-office notices and bounces. */
  automated?: boolean;
}

/** Input that could not be read, kept with the reason instead of dropped. */
export interface QuarantineItem {
  source: string;
  reason: string;
  /** Raw bytes or text of the record when small enough to keep, else null. */
  raw: string | null;
}

export type IngestItem =
  | { kind: 'message'; message: ParsedMessage }
  | { kind: 'quarantine'; item: QuarantineItem };

export interface LanguageGuess {
  code: string;
  confidence: number;
}

/** A normalized message (the record every adapter ends in). */
export interface Message {
  id: string;
  channel: Channel;
  conversationId: string;
  direction: Direction;
  sender: Sender;
  sentAt: string;
  /** New content only: quoted replies, forwarded history and signatures removed. */
  text: string;
  /** The body exactly as the source had it. */
  rawText: string;
  attachments: Attachment[];
  language: LanguageGuess | null;
  subject: string | null;
  source: string;
  /** True for auto-replies and system notices that carry no buyer signal. */
  automated: boolean;
}

// ---------------------------------------------------------------- extraction

/** Character span in the analyzed text, with the words it covers. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
  /** Id of the rule or cue that matched, for explaining and debugging. */
  rule?: string;
}

export const SIGNAL_TYPES = [
  'intent.early_qualification',
  'intent.evaluation',
  'intent.quotation',
  'intent.urgency',
  'intent.purchase',
  'context.language',
  'context.timezone',
  'context.region',
  'context.file_type',
  'context.channel_preference',
  'commitment.detailed_specs',
  'commitment.invoice_request',
  'commitment.delivery_terms',
  'commitment.sample_request',
  'commitment.order_confirmation',
  'commitment.payment',
  'objection.price',
  'objection.certification',
  'objection.lead_time',
  'objection.supplier_history',
  'objection.moq',
  'objection.payment_terms',
  'objection.quality',
  'relationship.response_speed',
  'relationship.tone',
  'relationship.clarification',
  'relationship.negotiation_openness',
] as const;
export type SignalType = (typeof SIGNAL_TYPES)[number];

export interface Signal {
  type: SignalType;
  /** Strength in [0, 1]. */
  strength: number;
  evidence: Evidence[];
  /** Extra typed detail, such as the region code or the file kind. */
  value?: string;
}

export const SENTIMENT_MODES = [
  'constructive',
  'neutral',
  'hesitant',
  'frustrated',
  'skeptical',
  'highly_engaged',
] as const;
export type SentimentMode = (typeof SENTIMENT_MODES)[number];

export interface Sentiment {
  mode: SentimentMode;
  /** Polarity in [-1, 1]. */
  polarity: number;
  evidence?: Evidence[];
}

interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * An entity found in a message. A port's `name` and an Incoterm's
 * `placeName` give the usual Latin-letter name of a place written in
 * another script ("الدمام" → "Dammam"), so places compare across languages.
 */
export type Entity =
  | (Span & { type: 'quantity'; value: number; unit: string })
  | (Span & { type: 'money'; amount: number; currency: string; per?: string; max?: number })
  | (Span & { type: 'incoterm'; code: string; place?: string; placeName?: string })
  | (Span & { type: 'certification'; code: string })
  | (Span & { type: 'date'; iso: string; kind?: 'date' | 'deadline' })
  | (Span & { type: 'duration'; days: number })
  | (Span & { type: 'payment_term'; kind: string; percent?: number })
  | (Span & { type: 'email'; value: string })
  | (Span & { type: 'phone'; value: string })
  | (Span & { type: 'url'; value: string })
  | (Span & { type: 'port'; value: string; name?: string })
  | (Span & { type: 'product'; value: string });
export type EntityType = Entity['type'];

/** Per-message scores, 0..100 (sentiment: 50 is neutral). */
export interface MessageScores {
  intent: number;
  urgency: number;
  sentiment: number;
  friction: number;
}

/** Input of `parley signals` and of the extraction stage. */
export interface ExtractInput {
  id: string;
  text: string;
  /** ISO 8601 send time; relative dates resolve against it. Defaults to now. */
  sentAt?: string;
  channel?: Channel;
  /** ISO 639-1 code when already known; detected otherwise. */
  language?: string;
  direction?: Direction;
  /** Attachments, for `context.file_type`. */
  attachments?: Attachment[];
  /** Sender identities, for `context.region` (phone country code, email domain). */
  sender?: Sender;
}

/** Output of the extraction stage for one message (the message-analysis contract). */
export interface MessageAnalysis {
  id: string;
  language: string;
  /** Present for inbound messages; null for outbound and automated ones. */
  sentiment: Sentiment | null;
  signals: Signal[];
  entities: Entity[];
  scores: MessageScores;
}

// ------------------------------------------------------- conversation level

export const STAGES = [
  'discovery',
  'qualification',
  'evaluation',
  'negotiation',
  'commitment',
  'won',
  'lost',
  'stalled',
] as const;
export type Stage = (typeof STAGES)[number];

export const ARCHETYPES = [
  'spec_seeker',
  'urgent_buyer',
  'price_negotiator',
  'uncertain_evaluator',
  'long_cycle_planner',
] as const;
export type ArchetypeId = (typeof ARCHETYPES)[number];

export const SEGMENTS = [
  'high_intent_buyer',
  'passive_evaluator',
  'cost_sensitive_distributor',
  'technical_gatekeeper',
  'time_sensitive_buyer',
] as const;
export type Segment = (typeof SEGMENTS)[number];

export interface Archetype {
  id: ArchetypeId;
  confidence: number;
  runnerUp: ArchetypeId | null;
  /** Buyer messages the archetype was read from. At 0 it is the prior alone: every archetype at 1/5. */
  buyerMessages?: number;
  /** Features and their values that decided the archetype. */
  features?: Record<string, number>;
}

export type ScoreName = 'intent' | 'urgency' | 'sentiment' | 'friction' | 'momentum';
export type ConversationScores = Record<ScoreName, number>;

/** One contribution to a score, pointing to the words behind it. */
export interface Explanation {
  type: string;
  messageId: string | null;
  text: string;
  /** Points this contribution moved the score by (signed). */
  effect: number;
}

export const ACTION_TYPES = [
  'adjust_tone',
  'accelerate_follow_up',
  'switch_channel',
  'send_documents',
  'escalate_to_senior',
  'wait',
  'nurture',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export interface Action {
  type: ActionType;
  priority: number;
  dueBy: string;
  reason: string;
  /** Signals or facts behind the action. */
  basis?: Explanation[];
  replyOutline?: string[];
}

export interface BriefItem {
  text: string;
  messageId: string;
}

export interface DealBrief {
  wants: BriefItem[];
  commitments: BriefItem[];
  openObjections: BriefItem[];
  unansweredQuestions: BriefItem[];
  lastAction: BriefItem | null;
  nextReplyOwedBy: 'seller' | 'buyer' | null;
  text: string;
}

export interface ConversationAnalysis {
  id: string;
  channels: Channel[];
  accountId: string | null;
  stage: Stage;
  stalled: boolean;
  archetype: Archetype;
  segments: Segment[];
  scores: ConversationScores;
  explanations: Partial<Record<ScoreName, Explanation[]>>;
  winProbability: number;
  brief: DealBrief;
  actions: Action[];
  /** Each message's analysis with the message's own text, so evidence spans can be read against it. */
  messages: (MessageAnalysis & { messageId: string; direction: Direction; channel: Channel; sentAt: string; text: string })[];
  /** Changes of the buyer's state, message by message (see `StateChange`). */
  stateHistory?: StateChange[];
  /** The recorded outcome applied to this analysis, or null when none is recorded. */
  outcome?: Outcome | null;
}

// ------------------------------------------------------------ state history

/** The buyer's state right after one message, as the analysis saw it then. */
export interface StateSnapshot {
  /** The message after which the state was computed. */
  messageId: string;
  sentAt: string;
  /** Stage as reported: `stalled` when the stall rule fired. */
  stage: Stage;
  /** Furthest stage the signals reached, whether or not the deal is stalled. */
  stageReached: Stage;
  stalled: boolean;
  archetype: { id: ArchetypeId; confidence: number; runnerUp: ArchetypeId | null };
  segments: Segment[];
  scores: ConversationScores;
  winProbability: number;
}

/** A field of `StateSnapshot` whose changes the state history lists. */
export type StateField = 'stage' | 'stalled' | 'archetype' | 'segments' | 'winProbability' | `scores.${ScoreName}`;

/** Value of a state field before or after a change. */
export type StateValue = string | number | boolean | string[];

/**
 * One change of the buyer's state, with the message that caused it and why.
 * `reasons` are explanations in the shape of score explanations: a signal
 * type with its words, a behavior such as a reply gap, or a model feature
 * (`feature.<name>`) with its old and new value. `effect` is in the unit of
 * the field: points for scores, logit for the win probability, archetype
 * score for the archetype, 0 where there is no measure.
 */
export interface StateChange {
  /** The message that caused the change. */
  messageId: string;
  sentAt: string;
  field: StateField;
  from: StateValue;
  to: StateValue;
  reasons: Explanation[];
}

export type OutcomeResult = 'won' | 'lost';

/** A recorded won or lost outcome of one conversation. */
export interface Outcome {
  conversationId: string;
  result: OutcomeResult;
  /** Day the deal was decided, yyyy-mm-dd. */
  decidedAt: string;
  /** `manual` from `parley outcome set`, `csv` from `parley outcome import`. */
  source: 'manual' | 'csv';
  note?: string;
}

export interface Contact {
  id: string;
  name: string | null;
  emails: string[];
  phones: string[];
  /** Marketplace handles, lower-cased. */
  handles?: string[];
}

/** Kind of identity that links a conversation to an account. */
export type IdentityKind = 'email' | 'phone' | 'domain' | 'handle';

/** One identity of a buyer: an email address, E.164 phone, company domain or marketplace handle. */
export interface Identity {
  kind: IdentityKind;
  value: string;
}

/**
 * Why a conversation belongs to its account: an identity it shares with
 * another conversation of the account, or a manual merge (`matchedBy:
 * 'manual'`, `value` naming the merge).
 */
export interface AccountLink {
  conversationId: string;
  matchedBy: IdentityKind | 'manual';
  value: string;
}

export interface Account {
  id: string;
  name: string;
  domain: string | null;
  contacts: Contact[];
  conversationIds: string[];
  /** Every identity seen in the account's conversations, sorted by kind and value. */
  identities?: Identity[];
  /** Identities and manual merges that joined its conversations; empty for a single conversation. */
  links?: AccountLink[];
}

/** The buyers of one conversation, as stored for linking it to accounts across runs. */
export interface ConversationBuyers {
  conversationId: string;
  /** Buyer identities with phones in E.164; one entry per distinct sender. */
  buyers: Sender[];
  /** Name of the chat when the format gives one, for naming an account whose buyer has no name. */
  label: string | null;
}

/**
 * A manual change to the accounts, replayed in `id` order on every run: a
 * merge puts the listed conversations (and the accounts they are in) into
 * one account, a split moves one conversation into an account of its own.
 */
export type AccountOverride =
  | { id: number; action: 'merge'; conversationIds: string[]; createdAt: string }
  | { id: number; action: 'split'; conversationId: string; createdAt: string };

/** An identity seen in a conversation, and the account the conversation belongs to. */
export interface ConversationIdentity extends Identity {
  conversationId: string;
  accountId: string;
}
