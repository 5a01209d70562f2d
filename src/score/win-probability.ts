/** Default win-probability model: a logistic function of behavioral features. */
import type { ConversationScores, Stage } from '../core/types.js';
import { STAGE_RANK } from '../classify/stage.js';
import type { RawFeatures } from '../classify/features.js';
import { replySpeed } from '../model/channels.js';
import { openObjections } from '../model/objections.js';
import type { ConversationContext } from '../model/types.js';
import { roundTo } from './recency.js';
import { WIN_FEATURES, WIN_MODEL, type WinFeature } from './weights.js';

export interface WinEstimate {
  probability: number;
  logit: number;
  features: Record<WinFeature, number>;
}

/** Computes the win-model features (see WIN_MODEL for their definitions). */
export function winFeatures(
  context: ConversationContext,
  raw: RawFeatures,
  stageReached: Stage,
  scores: ConversationScores,
  stalled: boolean,
): Record<WinFeature, number> {
  const commitments = context.inbound.reduce(
    (sum, entry) => sum + entry.analysis.signals.filter((s) => s.type.startsWith('commitment.')).length,
    0,
  );
  return {
    stage: (STAGE_RANK[stageReached] ?? 0) / 5,
    commitments: Math.log1p(commitments),
    openObjections: openObjections(context.objections).length,
    replySpeed: replySpeed(raw.medianReplyHours),
    sentiment: (scores.sentiment - 50) / 50,
    urgency: raw.urgencyShare,
    unanswered: context.unansweredQuestions.length,
    engagement: Math.log1p(context.buyerTurns.length),
    stalled: stalled ? 1 : 0,
  };
}

/**
 * The parameters of a win model: the default WIN_MODEL, or one fitted to a
 * workspace's closed deals (see win-fit.ts).
 */
export interface WinCoefficients {
  intercept: number;
  coefficients: Readonly<Record<WinFeature, number>>;
}

/** Log-odds z = intercept + Σ βₖ xₖ of a model for one deal's features, unrounded. */
export function winLogit(model: WinCoefficients, features: Readonly<Record<WinFeature, number>>): number {
  let logit = model.intercept;
  for (const name of WIN_FEATURES) logit += model.coefficients[name] * features[name];
  return logit;
}

/**
 * Returns p = 1 / (1 + e^−z) with z = intercept + Σ βₖ xₖ, rounded to 3
 * digits. A won or lost stage returns WIN_MODEL.won or WIN_MODEL.lost.
 * `model` defaults to WIN_MODEL; pass a fitted model to use it instead.
 */
export function winProbability(
  features: Record<WinFeature, number>,
  stageReached: Stage,
  model: WinCoefficients = WIN_MODEL,
): WinEstimate {
  const logit = winLogit(model, features);
  const rounded = Object.fromEntries(
    Object.entries(features).map(([name, value]) => [name, roundTo(value, 3)]),
  ) as Record<WinFeature, number>;
  let probability = roundTo(1 / (1 + Math.exp(-logit)), 3);
  if (stageReached === 'won') probability = WIN_MODEL.won;
  if (stageReached === 'lost') probability = WIN_MODEL.lost;
  return { probability, logit: roundTo(logit, 3), features: rounded };
}
