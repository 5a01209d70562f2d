/**
 * Account analytics: per-account rollup, cross-account comparison and the
 * emotion–outcome table, from conversation analyses and recorded outcomes.
 * Pure functions, no I/O. Definitions are in the doc block of each file:
 * deals.ts (open, closed, stage position), rollup.ts, percentile.ts,
 * neighbours.ts, cohort.ts and emotion-outcome.ts.
 */
import { accountRollup } from './rollup.js';
import { cohortComparison, type CohortOptions } from './cohort.js';
import { emotionOutcomeTable } from './emotion-outcome.js';
import type { AccountAnalytics, AccountsAnalysis, AnalyticsConversation, DealOutcome } from './types.js';

export { accountRollup, buyingEvidence, dominantArchetype, hasBuyerMessage } from './rollup.js';
export { cohortComparison, similarityVector, type CohortOptions } from './cohort.js';
export { dominantMode, emotionOutcomeTable, MIN_DEALS, objectionsIn } from './emotion-outcome.js';
export { AnalyticsInputError, outcomeIndex } from './deals.js';
export { percentileIn, sortCohort } from './percentile.js';
export type * from './types.js';

/**
 * Runs the rollup, the cohort comparison and the emotion–outcome table in one
 * call. Accounts come out in the order their first conversation appears.
 * Throws AnalyticsInputError for duplicate conversation ids, malformed
 * outcomes or a bad `neighbours` option.
 *
 * @example
 * const { accounts, emotionOutcome } = analyzeAccounts(analyses, outcomes);
 * accounts.get('acct-1')?.comparison.similar[0]?.accountId; // 'acct-7'
 */
export function analyzeAccounts(
  conversations: readonly AnalyticsConversation[],
  outcomes: readonly DealOutcome[] = [],
  options: CohortOptions = {},
): AccountsAnalysis {
  const rollups = accountRollup(conversations, outcomes);
  const comparisons = cohortComparison(rollups, options);
  const accounts = new Map<string, AccountAnalytics>();
  for (const [accountId, rollup] of rollups) {
    accounts.set(accountId, { ...rollup, comparison: comparisons.get(accountId)! });
  }
  return {
    accounts,
    emotionOutcome: emotionOutcomeTable(conversations, outcomes),
    unassignedConversationIds: conversations.filter((c) => c.accountId === null).map((c) => c.id),
  };
}
