/**
 * Types of the account analytics (`src/analytics/`): what goes in (conversation
 * analyses and recorded outcomes) and the JSON that comes out per account and
 * for the emotion–outcome report. Field names are part of the JSON contract.
 *
 * Definitions shared by every file here:
 * - A deal is one conversation. It is closed when it has a recorded outcome or
 *   its stage is `won` or `lost`, open otherwise (a `stalled` deal is open).
 *   A recorded outcome overrides the stage.
 * - When one conversation has several outcomes, the one with the latest
 *   `decidedAt` counts.
 * - Conversations whose `accountId` is null belong to no account: they count
 *   in the emotion–outcome table but not in the account figures.
 */
import type {
  ArchetypeId,
  ConversationAnalysis,
  ConversationScores,
  ScoreName,
  SentimentMode,
  SignalType,
  Stage,
} from '../core/types.js';
import type { Proportion } from '../score/stats.js';

// ------------------------------------------------------------------ input

/**
 * One conversation analysis. The pipeline's detailed analysis also carries
 * `stageReached`, the real stage of a stalled deal. Without it a stalled deal
 * counts as discovery for the account's stage position.
 */
export type AnalyticsConversation = ConversationAnalysis & { stageReached?: Stage };

/** A recorded won/lost outcome of one conversation; `decidedAt` is ISO 8601. */
export interface DealOutcome {
  conversationId: string;
  result: 'won' | 'lost';
  decidedAt: string;
}

// ------------------------------------------------------ per-account rollup

/** Why an account counts as a customer: a buying signal, a won stage or a won outcome. */
export interface BuyingEvidence {
  conversationId: string;
  /** `commitment.order_confirmation`, `commitment.payment`, `stage.won` or `outcome.won`. */
  type: 'commitment.order_confirmation' | 'commitment.payment' | 'stage.won' | 'outcome.won';
  /** Buyer message the signal is in; null for a stage or an outcome. */
  messageId: string | null;
  /** The signal's words, cut to 80 characters, or the outcome's date. */
  text: string;
}

/** The archetype most of the account's conversations have. */
export interface DominantArchetype {
  id: ArchetypeId;
  /** Conversations with this archetype. */
  conversations: number;
  /** Mean confidence over those conversations, 3 digits. */
  meanConfidence: number;
}

/** Figures of one account, computed from its conversations. */
export interface AccountRollup {
  accountId: string;
  conversations: number;
  conversationIds: string[];
  /** Conversations with no outcome and a stage other than won or lost. */
  openDeals: number;
  /** Highest and mean win probability over open deals; null without open deals. */
  bestWinProbability: number | null;
  meanWinProbability: number | null;
  /** Latest `sentAt` of any message, as written; null without messages. */
  lastActivityAt: string | null;
  /** Conversations per stage; a recorded outcome replaces the stage. */
  stageMix: Record<Stage, number>;
  /**
   * Furthest stage over the conversations as a rank: discovery 0 … commitment 4,
   * won 5. Lost counts 0; stalled counts its `stageReached`.
   */
  stagePosition: number;
  dominantArchetype: DominantArchetype | null;
  /** Mean of each conversation score over all the account's conversations, 1 digit. */
  meanScores: ConversationScores;
  /** True when a buying signal, a won stage or a won outcome exists. */
  bought: boolean;
  boughtEvidence: BuyingEvidence[];
}

// --------------------------------------------------------- cohort comparison

/** Metrics an account is ranked on against the cohort. */
export type CohortMetric = ScoreName | 'winProbability';

/** Another account close to this one in score space. */
export interface SimilarAccount {
  accountId: string;
  /** Euclidean distance between the standardized vectors, 3 digits. */
  distance: number;
  /** 1 / (1 + distance), 3 digits: 1 for identical vectors. */
  similarity: number;
}

/** One account against all accounts. */
export interface AccountComparison {
  /** Accounts in the cohort (all accounts analyzed together). */
  cohortSize: number;
  /** Mid-rank percentile 0..100 per metric, 1 digit; null when the account has no value. */
  percentiles: Record<CohortMetric, number | null>;
  /** The nearest accounts, closest first. */
  similar: SimilarAccount[];
}

/** Account figures and comparison, the object the report attaches to each account. */
export interface AccountAnalytics extends AccountRollup {
  comparison: AccountComparison;
}

// ------------------------------------------------------ emotion and outcome

/** Objection signal ids, the `objection.*` part of the signal taxonomy. */
export type ObjectionType = Extract<SignalType, `objection.${string}`>;

/** A deal of a row and the words that put it there. */
export interface RowExample {
  conversationId: string;
  messageId: string;
  /** Evidence words, cut to 80 characters; empty when the analysis kept none. */
  text: string;
}

/** A difference of win rates with its 95% Newcombe interval; nulls when a side has no deals. */
export interface RateDifference {
  difference: number | null;
  low: number | null;
  high: number | null;
}

/**
 * One row of the emotion–outcome table: the closed deals whose dominant buyer
 * sentiment mode is `value`, or that contain the objection `value`, or (for
 * `factor: 'all'`) every closed deal.
 */
export interface EmotionOutcomeRow {
  factor: 'all' | 'sentiment_mode' | 'objection';
  value: 'all' | SentimentMode | ObjectionType;
  deals: number;
  won: number;
  /** Win rate with its 95% Wilson interval, 3 digits. */
  winRate: Proportion;
  /** Row win rate minus the win rate of all closed deals; null on the `all` row. */
  versusOverall: RateDifference | null;
  /** Row win rate minus the win rate of the closed deals outside the row; null on the `all` row. */
  versusRest: RateDifference | null;
  /** True with fewer than 5 deals in the row. */
  smallSample: boolean;
  /** Warning that the row is too small to read when `smallSample`, else null. */
  note: string | null;
  /** Up to 3 deals of the row with their evidence. */
  examples: RowExample[];
}

/** Result of `analyzeAccounts`. */
export interface AccountsAnalysis {
  accounts: Map<string, AccountAnalytics>;
  emotionOutcome: EmotionOutcomeRow[];
  /** Conversations with no account, left out of `accounts`. */
  unassignedConversationIds: string[];
}
