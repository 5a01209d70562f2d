/** Types of the conversation-level stages: model, classify, score and recommend. */
import type { ComingBack } from './coming-back.js';
import type { ChurnRisk } from '../score/churn.js';
import type { WinCoefficients } from '../score/win-probability.js';
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
  /** Seller's product catalog (`readCatalog`); without it `productFit` is null. */
  catalog?: Catalog;
  /** Win model fitted to the workspace's closed deals (`parley outcome fit`); the default model without it. */
  winModel?: WinCoefficients;
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
  /** The buyer's last message, when it promises a reply of their own ("will revert"). Then the buyer owes the next reply. */
  buyerComingBack: ComingBack | null;
  objections: ObjectionState[];
  channels: Channel[];
  channelStats: ChannelStats[];
  preferredChannel: Channel | null;
  signals: ConversationSignal[];
  lastInbound: TimelineEntry | null;
  lastOutbound: TimelineEntry | null;
  /** Hours from the buyer's last message to `asOf`; null without inbound messages. */
  hoursSinceLastInbound: number | null;
  /** Region, time zone, languages and channels of the buyer. */
  profile: BuyerProfile;
  /** Fit against the seller's catalog; null when no catalog was given. */
  productFit: ProductFit | null;
}

/** Output of `analyzeConversation`: the public contract plus the detail behind it. */
export interface ConversationAnalysisDetail extends ConversationAnalysis {
  /** Furthest stage the signals reached; equals `stage` unless the deal is stalled. */
  stageReached: Stage;
  /** Conversation-level signals: relationship.response_speed, context.channel_preference. */
  signals: ConversationSignal[];
  /**
   * Win-model feature values and their logit, so the probability can be
   * checked, and which model gave it: the default, or one fitted with
   * `parley outcome fit`.
   */
  winFactors: { features: Record<string, number>; logit: number; model?: 'default' | 'fitted' };
  /** Region, time zone, languages and channels of the buyer. */
  profile: BuyerProfile;
  /** Fit against the catalog given in the options; null without one. */
  productFit: ProductFit | null;
  /** Risk that a buyer who bought does not come back; level `none` for a buyer who never bought. */
  churn: ChurnRisk;
}

// ------------------------------------------------------------ buyer profile

/** A message a profile or product-fit fact rests on, with the words or field it came from. */
export interface FactEvidence {
  messageId: string;
  /** Words from the message, or the metadata field and its value (`sender.phone +971…`). */
  text: string;
}

/** Source of a region vote: the sender's phone, their email domain, or a place named in the text. */
export type RegionSource = 'phone' | 'email_domain' | 'text';

/** The buyer's country, decided by weighted votes (see `REGION_VOTES` in profile.ts). */
export interface RegionGuess {
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  /** This country's share of all region votes, 0..1. */
  confidence: number;
  sources: RegionSource[];
  evidence: FactEvidence[];
}

/** The buyer's UTC offset. */
export interface TimeZoneGuess {
  /** Offset as ±hh:mm. */
  offset: string;
  offsetMinutes: number;
  /**
   * `sent_at`: the offsets of the buyer's own send times (or their `context.timezone` signal);
   * `region`: the one offset all time zones of the buyer's country had at their last message.
   */
  source: 'sent_at' | 'region';
  /** Share of the buyer messages with a known offset that carry this one; 1 for `region`. */
  share: number;
  evidence: FactEvidence[];
}

/** One language the buyer wrote in. */
export interface LanguageUse {
  /** ISO 639-1 code. */
  code: string;
  messages: number;
  /** Share of the counted buyer messages, 0..1. */
  share: number;
  evidence: FactEvidence[];
}

/** One channel of the conversation with its message counts and the buyer's reply speed on it. */
export interface ChannelUse {
  channel: Channel;
  inbound: number;
  outbound: number;
  /** Median hours the buyer took to reply on this channel; null without replies there. */
  buyerMedianReplyHours: number | null;
  /** First and last message on the channel, and the buyer replies the median is taken over (capped). */
  evidence: FactEvidence[];
}

/** Profile of the buyer as far as their messages show: region, time zone, languages and channels. */
export interface BuyerProfile {
  region: RegionGuess | null;
  /** Other countries that got votes, strongest first. */
  otherRegions: RegionGuess[];
  timeZone: TimeZoneGuess | null;
  /** Languages, most used first. */
  languages: LanguageUse[];
  /** Channels in the order of first use. */
  channels: ChannelUse[];
  /** Channel with the most buyer messages; null when the buyer wrote nothing. */
  mostUsedChannel: Channel | null;
  /** Channel on which the buyer's median reply is fastest; null when the buyer never replied. */
  fastestReplyChannel: Channel | null;
}

// ---------------------------------------------------------- product catalog

/** One product of the seller's catalog file. */
export interface CatalogProduct {
  sku: string;
  name: string;
  category: string | null;
  keywords: string[];
  /** Minimum order quantity in pieces (sets and pairs count one to one). */
  moq: number | null;
  price: number | null;
  /** ISO 4217 code, upper case. */
  currency: string | null;
  certifications: string[];
  /** Line of the catalog file the product was read from. */
  line: number;
}

/** A product catalog read from a CSV file; bad rows are skipped and listed in `skipped`. */
export interface Catalog {
  file: string;
  products: CatalogProduct[];
  /** Rows that were not read, each naming the file, line and column. */
  skipped: CatalogRowIssue[];
  /** Header columns Parley does not read. */
  ignoredColumns: string[];
}

/** A skipped catalog row, as plain data (the `CatalogRowError` thrown values turn into this). */
export interface CatalogRowIssue {
  file: string;
  line: number;
  /** Header name of the bad cell; null when the whole row is unreadable. */
  column: string | null;
  /** 1-based position of the bad cell; null with `column`. */
  columnNumber: number | null;
  message: string;
}

// -------------------------------------------------------------- product fit

/** A catalog product the buyer's messages mention. */
export interface ProductMatch {
  sku: string;
  name: string;
  /** Most specific way the buyer named it: by SKU, by name, or by a catalog keyword. */
  via: 'sku' | 'name' | 'keyword';
  /** Buyer messages naming the product (how many, and the first few with the words). */
  mentions: number;
  evidence: FactEvidence[];
}

/** Something the buyer asked for that no catalog product matches. */
export interface UnmatchedRequest {
  /** `product`: a product entity; `spec`: a measurement or rating ("IP68", "150W") no product text contains. */
  kind: 'product' | 'spec';
  text: string;
  messageId: string;
}

/** The buyer's requested quantity of one product against its catalog MOQ. */
export interface MoqCheck {
  sku: string;
  moq: number;
  requested: number | null;
  unit: string | null;
  /** `meets`: requested ≥ MOQ; `below`: requested < MOQ; `unknown`: no quantity, or a unit not in pieces. */
  status: 'meets' | 'below' | 'unknown';
  messageId: string | null;
  text: string;
}

export interface MoqFit {
  checks: MoqCheck[];
  /** Share of the known checks that meet the MOQ; null when none is known. */
  share: number | null;
}

/** A certificate the buyer named, with the message it came from. */
export interface RequiredCertificate {
  code: string;
  messageId: string;
  text: string;
}

/** Required certificates one matched product has and lacks. */
export interface CertificationCheck {
  sku: string;
  held: string[];
  missing: string[];
}

export interface CertificationFit {
  required: RequiredCertificate[];
  checks: CertificationCheck[];
  /** Share of (matched product, required certificate) pairs the catalog covers; null without both. */
  share: number | null;
}

/** Fit of the catalog to the buyer's requests; the score formula is at `PRODUCT_FIT_WEIGHTS` in product-fit.ts. */
export interface ProductFit {
  catalogFile: string;
  matched: ProductMatch[];
  unmatched: UnmatchedRequest[];
  moqFit: MoqFit;
  certificationFit: CertificationFit;
  /** 0..1; null when the buyer asked for nothing the fit can be judged on. */
  score: number | null;
}
