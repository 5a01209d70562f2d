/**
 * Every weight, half-life, threshold and coefficient of the conversation-level
 * stages (model, classify, score, recommend) in one place. Values are defaults
 * chosen by judgment, not fitted to outcome data. Each group states its
 * formula and units so that a change here can be reasoned about without
 * reading the code that uses it.
 */
import type { ArchetypeId, ScoreName, SignalType } from '../core/types.js';

/** Time constants, in hours unless the name says otherwise. */
export const TIMING = {
  /**
   * Buyer messages closer together than this count as one turn when the
   * buyer cadence is measured, so a burst of chat lines does not shrink the
   * median gap to minutes.
   */
  burstWindowMinutes: 30,
} as const;

/**
 * Recency decay. A contribution from a message of age `a` days is multiplied
 * by `0.5 ^ (a / halfLifeDays)`. For intent, urgency, friction and sentiment
 * the age is measured from the conversation's last message, so a quiet thread
 * keeps its last known state. For momentum the age is measured from `asOf`,
 * so momentum fades while nothing happens.
 */
export const RECENCY = {
  scoreHalfLifeDays: 7,
  momentumHalfLifeDays: 7,
} as const;

/** Score every conversation score starts from before any contribution, in points. */
export const SCORE_BASE: Record<ScoreName, number> = {
  intent: 20,
  urgency: 10,
  sentiment: 50,
  friction: 5,
  /** No recent progress at the buyer's usual cadence; below STALL.collapseBelow the deal is losing ground. */
  momentum: 40,
};

/**
 * Points an inbound signal adds to a conversation score at strength 1 and
 * full recency weight: effect = points × strength × recency weight. The
 * score is the base plus the sum of effects, clamped to 0..100.
 */
export const SIGNAL_POINTS: Partial<Record<ScoreName, Partial<Record<SignalType, number>>>> = {
  intent: {
    'intent.early_qualification': 8,
    'intent.evaluation': 10,
    'intent.quotation': 14,
    'intent.purchase': 22,
    'intent.urgency': 5,
    'commitment.detailed_specs': 10,
    'commitment.delivery_terms': 12,
    'commitment.sample_request': 12,
    'commitment.invoice_request': 20,
    'commitment.order_confirmation': 25,
    'commitment.payment': 25,
  },
  urgency: {
    'intent.urgency': 30,
    'intent.purchase': 8,
    'commitment.invoice_request': 5,
  },
  friction: {
    'objection.price': 15,
    'objection.certification': 12,
    'objection.lead_time': 10,
    'objection.supplier_history': 12,
    'objection.moq': 12,
    'objection.payment_terms': 12,
    'objection.quality': 14,
  },
};

/** Behavioral contributions that are not message signals, in points at full weight. */
export const BEHAVIOR_POINTS = {
  /** Urgency: a deadline date entity falling within `deadlineSoonDays` of the message. */
  deadlineSoon: 15,
  deadlineSoonDays: 14,
  /** Urgency: each buyer follow-up sent before the seller replied. */
  followUp: 6,
  /** Friction: each buyer question the seller has not answered. */
  unansweredQuestion: 5,
  /** Friction: an objection later resolved counts with this factor. */
  resolvedObjectionFactor: 0.5,
  /** Friction: points for a frustrated or skeptical sentiment mode. */
  frustratedMode: 8,
  skepticalMode: 6,
} as const;

/**
 * Sentiment: 50 + 50 × Σ(wᵢ·pᵢ) / Σwᵢ over inbound messages, where pᵢ is the
 * polarity in [-1, 1] shifted by the mode offset below and clamped, and wᵢ
 * the recency weight. The effects of all messages sum to the score minus 50.
 */
export const SENTIMENT_MODE_OFFSET = {
  constructive: 0.1,
  neutral: 0,
  hesitant: -0.1,
  frustrated: -0.3,
  skeptical: -0.2,
  highly_engaged: 0.25,
} as const;

/**
 * Momentum: SCORE_BASE.momentum plus the effects below, clamped to 0..100.
 * Stage advances (+), buyer commitments (+) and buyer objections (−) are
 * multiplied by strength (advances: 1) and decay with the momentum half-life
 * measured from `asOf`. The
 * cadence term compares the buyer's current gap g (hours since their previous
 * turn, or since their last message as of `asOf` when that is longer) with
 * their median gap b: effect = −cadencePointsPerDoubling × log2(g / b),
 * clamped to [cadenceMin, cadenceMax]. Without a median gap, b is the
 * no-cadence floor of the stall rule.
 */
export const MOMENTUM = {
  stageAdvance: 12,
  commitment: 8,
  objection: -6,
  cadencePointsPerDoubling: 10,
  cadenceMin: -50,
  cadenceMax: 15,
} as const;

/**
 * Stall rule. An open conversation (not won or lost) is stalled when the
 * buyer's last message is older than max(k × median gap, minHours), or older
 * than noCadenceHours when the buyer has fewer than two turns. Before the
 * commitment stage it is also stalled when momentum fell below collapseBelow,
 * having dropped by at least collapseDrop from its peak at any buyer message.
 * The collapse rule catches fast buyers whose silence is still under the
 * minHours floor but many times their own gap.
 */
export const STALL = {
  k: 3,
  minHours: 72,
  noCadenceHours: 7 * 24,
  collapseBelow: 25,
  collapseDrop: 25,
  /**
   * Hours of buyer silence before a momentum collapse counts as a stall,
   * whatever the buyer's rhythm: two quick messages give a rhythm of
   * minutes, and a deal is not stalled a few hours after the last one.
   */
  collapseMinHours: 24,
  /**
   * Momentum's peak is looked for at this many latest buyer messages, so a
   * long chat costs linear time and a peak from long ago does not count.
   */
  peakLookbackMessages: 30,
} as const;

/** Normalization constants of the archetype features (each feature ends in 0..1). */
export const FEATURE_SCALES = {
  /** Mean inbound length in characters that counts as fully "long". */
  longMessageChars: 400,
  /** Median buyer reply latency in hours at which reply speed is 0.5: speed = 1 / (1 + h / this). */
  replySpeedHalfHours: 12,
  /** Price objections (plus buyer counter-offers) that count as full price focus. */
  priceObjections: 2,
  /** Documents exchanged (attachments plus document sends) that count as fully document-heavy. */
  documents: 3,
  /** Coefficient of variation of buyer gaps that counts as fully irregular. */
  irregularCv: 1.5,
  /** Conversation span in days that counts as a fully long cycle. */
  longCycleDays: 30,
} as const;

/** Names of the normalized archetype features, each in 0..1. */
export type ArchetypeFeature =
  | 'length'
  | 'shortness'
  | 'technical'
  | 'followUp'
  | 'replySpeed'
  | 'slowness'
  | 'priceFocus'
  | 'urgency'
  | 'vagueness'
  | 'irregularity'
  | 'documents'
  | 'questions'
  | 'span';

/**
 * Archetype scores: sᵢ = Σ weight × feature. Confidence is the softmax
 * exp(sᵢ / T) / Σ exp(sⱼ / T) with temperature T; the runner-up is the
 * second-highest score.
 */
export const ARCHETYPE_WEIGHTS: Record<ArchetypeId, Partial<Record<ArchetypeFeature, number>>> = {
  spec_seeker: { technical: 1.6, length: 1.0, slowness: 0.5, questions: 0.4, urgency: -0.8 },
  urgent_buyer: { urgency: 1.4, followUp: 1.0, shortness: 0.6, replySpeed: 0.8, vagueness: -0.3 },
  price_negotiator: { priceFocus: 2.4, shortness: 0.3, technical: -0.3 },
  uncertain_evaluator: { vagueness: 1.4, irregularity: 1.0, slowness: 0.4, technical: -0.6, urgency: -0.4 },
  long_cycle_planner: {
    documents: 1.0,
    questions: 0.6,
    span: 0.9,
    technical: 0.5,
    slowness: 0.4,
    urgency: -0.6,
    // Planners send specific questions. Vague messages over a long span mean an uncertain evaluator.
    vagueness: -0.8,
  },
};
export const ARCHETYPE_TEMPERATURE = 0.5;

/**
 * Buyer messages the archetype evidence is worth as much as a uniform prior:
 * confidence = (n · softmax + k / 5) / (n + k) for n buyer messages, so one
 * message cannot give a 95 % archetype.
 */
export const ARCHETYPE_PRIOR_MESSAGES = 3;

/** Segment thresholds; each segment applies on its own, so several may hold at once. */
export const SEGMENT_RULES = {
  highIntentMinIntent: 65,
  passiveMaxIntent: 30,
  costSensitiveMinPriceObjections: 1,
  /** Quantity at or above which a buyer counts as volume (in pcs-like units; any container counts). */
  volumeQuantity: 1000,
  technicalMinDensity: 0.4,
  timeSensitiveMinUrgency: 60,
} as const;

/**
 * Win probability: p = 1 / (1 + exp(−(intercept + Σ βₖ·xₖ))). Features:
 * - stage: reached stage rank / 5 (discovery 0 … won 1). Progress is the
 *   strongest predictor in most sales funnels, so it has the largest β.
 * - commitments: ln(1 + buyer commitment signals). Each action the buyer
 *   takes toward an order raises the odds, with diminishing returns.
 * - openObjections: count of unresolved objections. Each lowers the odds.
 * - replySpeed: buyer reply speed in 0..1 (see FEATURE_SCALES). Fast
 *   responders are engaged.
 * - sentiment: (sentiment score − 50) / 50, in −1..1.
 * - urgency: share of inbound messages with an urgency signal.
 * - unanswered: count of buyer questions the seller left open.
 * - engagement: ln(1 + buyer turns).
 * - stalled: 1 when the conversation is stalled.
 * The intercept puts a fresh inquiry with no signals near 0.2. That is an
 * assumed inquiry-to-order rate for inbound B2B requests, not a measured one,
 * so fit these to the workspace's own closed deals when outcomes exist.
 */
export const WIN_MODEL = {
  intercept: -2.0,
  coefficients: {
    stage: 2.2,
    commitments: 0.6,
    openObjections: -0.35,
    replySpeed: 0.8,
    sentiment: 0.9,
    urgency: 0.5,
    unanswered: -0.3,
    engagement: 0.3,
    stalled: -1.2,
  },
  /** Probabilities reported for closed outcomes. */
  won: 1,
  lost: 0,
} as const;
export type WinFeature = keyof typeof WIN_MODEL.coefficients;

/** The win-model features in a fixed order: the column order of the fit. */
export const WIN_FEATURES = Object.keys(WIN_MODEL.coefficients) as WinFeature[];

/**
 * Fitting WIN_MODEL to a workspace's closed deals (src/score/win-fit.ts).
 * The fit is a maximum a posteriori logistic regression with a Gaussian prior
 * centred on WIN_MODEL: each coefficient βₖ ~ N(WIN_MODEL βₖ, (s / scaleₖ)²)
 * and the intercept ~ N(WIN_MODEL intercept, s₀²). Dividing by the feature's
 * typical spread `scaleₖ` makes the prior equally strong for every feature.
 * Thus s is how far βₖ·scaleₖ, the change in log-odds across a typical
 * spread of the feature, is expected to move from the default. The widths s
 * and s₀ are chosen from the grids below: the pair under which the deals are
 * most probable (Laplace approximation of the evidence), so deals that agree
 * with the default keep it close.
 */
export const WIN_FIT = {
  /** Candidate prior widths s, in log-odds across a feature's typical spread. */
  priorSdGrid: [0.05, 0.2, 0.8],
  /** Candidate prior standard deviations s₀ of the intercept, in log-odds. */
  interceptPriorSdGrid: [0.2, 0.5, 1, 2],
  /**
   * Typical spread of each feature across deals (about one standard deviation).
   * NOTE: these are estimates from the feature definitions, not measured on real conversations.
   */
  scale: {
    stage: 0.3,
    commitments: 0.8,
    openObjections: 1,
    replySpeed: 0.3,
    sentiment: 0.4,
    urgency: 0.3,
    unanswered: 1,
    engagement: 0.7,
    stalled: 0.5,
  } satisfies Record<WinFeature, number>,
  /** Minimum number of closed deals: with fewer, the fit is rejected because the estimates would be noise. */
  minExamples: 10,
  /** Default number of cross-validation folds above `leaveOneOutMax` deals. */
  folds: 5,
  /**
   * Maximum number of deals for leave-one-out (Brier) and leave-pair-out (AUC)
   * cross-validation. Leave-pair-out refits once per won-lost pair: at 60 deals
   * the whole cross-validation took 0.8 s of CPU.
   */
  leaveOneOutMax: 60,
  /** Pseudo-deals at the overall win rate added to each stage of the stage-only baseline. */
  stageSmoothing: 2,
  /** Newton iterations stop when no parameter moves more than `tolerance`, or after `maxIterations`. */
  maxIterations: 50,
  tolerance: 1e-9,
  /** Below this many deals, or this many of the rarer outcome, the command warns that the estimates are rough. */
  roughBelowDeals: 40,
  roughBelowMinority: 10,
} as const;

/** Thresholds and due times of the action rules, in hours unless named otherwise. */
export const ACTION_RULES = {
  /** Urgency score, or archetype urgent_buyer, at which a reply is due within urgentReplyHours. */
  urgentScore: 60,
  /**
   * Archetype confidence at which urgent_buyer alone makes the buyer urgent.
   * One buyer message gives a confidence near the uniform 0.2, which tells
   * little about the buyer.
   */
  urgentArchetypeConfidence: 0.35,
  urgentReplyHours: 1,
  /** Default reply due time when the buyer is not urgent. */
  defaultReplyHours: 24,
  /** Frustrated/skeptical buyers get a reply within this many hours. */
  toneReplyHours: 4,
  /** Channel switch: the buyer's median reply on the preferred channel must be this many times faster than on the current one. */
  switchChannelSpeedRatio: 2,
  /** Escalate at this friction with repeated open objections, or at escalateVolumeFriction on a volume deal. */
  escalateFriction: 60,
  escalateVolumeFriction: 30,
  escalateMinObjections: 2,
  /** Nurture check-in interval for early-stage or closed conversations, in days. */
  nurtureDays: 7,
  lostNurtureDays: 90,
  wonNurtureDays: 30,
  /** Re-engage a stalled deal past evaluation within this many hours. */
  stalledFollowUpHours: 24,
} as const;
