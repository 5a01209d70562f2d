/** Ranked next actions for one conversation. */
import { ACTION_TYPES, type Action } from '../core/types.js';
import { channelRule, technicalThreadRule } from './channel-rules.js';
import { escalateRule, nurtureRule, stalledRule, waitRule } from './deal-rules.js';
import { replyOutline } from './outline.js';
import { complainsOnlyOfPrice, doubtsOnlyPrice, documentsRule, replyOwedRule, toneRule } from './reply-rules.js';
import { retentionRule } from './retention-rule.js';
import type { ActionCandidate, RecommendInput } from './types.js';

export { buildBrief } from './brief.js';
export type { RecommendInput } from './types.js';

const RULES = [
  replyOwedRule,
  toneRule,
  documentsRule,
  stalledRule,
  channelRule,
  technicalThreadRule,
  escalateRule,
  retentionRule,
  waitRule,
  nurtureRule,
];

/**
 * Runs every rule, keeps the highest-ranked candidate of each action type
 * and orders them by rank (ties in ACTION_TYPES order); priority 1 is first.
 * Every action except `wait` gets a reply outline in the language of the
 * buyer's latest message, with the rule's purpose steps when it has one. When no rule fires, one
 * `wait` action with due time `asOf` is returned, so the list is never empty.
 */
export function recommendActions(input: RecommendInput): Action[] {
  const best = new Map<Action['type'], ActionCandidate>();
  const closed = input.stageReached === 'won' || input.stageReached === 'lost';
  for (const rule of RULES) {
    const candidate = rule(input);
    if (!candidate) continue;
    // A won or lost deal is not chased: only nurturing and keeping the customer apply.
    if (closed && candidate.action.type !== 'nurture' && candidate.purpose !== 'retention') continue;
    const current = best.get(candidate.action.type);
    if (!current || candidate.rank > current.rank) best.set(candidate.action.type, candidate);
  }
  const ranked = [...best.values()].sort(
    (a, b) => b.rank - a.rank || ACTION_TYPES.indexOf(a.action.type) - ACTION_TYPES.indexOf(b.action.type),
  );
  if (ranked.length === 0) {
    const reason = 'No rule found anything for the seller to do now.';
    ranked.push({ rank: 0, urgent: false, action: { type: 'wait', dueBy: input.context.asOf.toISOString(), reason, basis: [] } });
  }
  const last = input.context.lastInbound;
  return ranked.map((candidate, i) => {
    const outline = replyOutline({
      action: candidate.action.type,
      archetype: input.archetype.id,
      mode: last?.analysis.sentiment?.mode ?? null,
      language: last?.analysis.language ?? null,
      urgent: candidate.urgent,
      priceDoubt: last !== null && (last.analysis.sentiment?.mode === 'frustrated' ? complainsOnlyOfPrice(last) : doubtsOnlyPrice(last)),
      priceObjection: last?.analysis.signals.some((signal) => signal.type === 'objection.price') === true,
      ...(candidate.purpose ? { purpose: candidate.purpose } : {}),
    });
    return { ...candidate.action, priority: i + 1, ...(outline ? { replyOutline: outline } : {}) };
  });
}
