/** Momentum: progress per unit time, seen from a reference instant. */
import type { Explanation } from '../core/types.js';
import type { StageStep } from '../classify/stage.js';
import { toHours } from '../model/timing.js';
import type { ConversationContext } from '../model/types.js';
import { clamp, recencyWeight, scoreFrom, tidyExplanations } from './recency.js';
import { MOMENTUM, RECENCY, SCORE_BASE, STALL } from './weights.js';

/** Hours of a gap below which the cadence term stops growing, so a reply a minute ago is not infinitely fast. */
const MIN_GAP_HOURS = 1;

/**
 * Explains the cadence term: −cadencePointsPerDoubling × log2(g / b), where g
 * is the buyer's current gap (last turn gap, or the silence since their last
 * turn when longer) and b their median gap, or the no-cadence floor.
 */
function cadenceExplanation(context: ConversationContext, reference: number): Explanation | null {
  const turns = context.buyerTurns.filter((turn) => turn <= reference);
  const last = turns.at(-1);
  if (last === undefined) return null;
  const previous = turns.at(-2);
  const lastGap = previous === undefined ? 0 : toHours(last - previous);
  const gap = Math.max(MIN_GAP_HOURS, lastGap, toHours(reference - last));
  const baseline = context.buyerCadenceHours ?? STALL.noCadenceHours;
  const effect = clamp(
    -MOMENTUM.cadencePointsPerDoubling * Math.log2(gap / Math.max(MIN_GAP_HOURS, baseline)),
    MOMENTUM.cadenceMin,
    MOMENTUM.cadenceMax,
  );
  const lastEntry = [...context.inbound].reverse().find((entry) => entry.time <= reference);
  const label = context.buyerCadenceHours === null ? 'no-cadence floor' : 'own median gap';
  return {
    type: 'behavior.reply_cadence',
    messageId: lastEntry?.message.id ?? null,
    text: `buyer's current gap ${gap.toFixed(1)} h vs ${label} ${baseline.toFixed(1)} h`,
    effect,
  };
}

/**
 * Explains momentum at `reference` (epoch ms): stage advances
 * (stageAdvance points), buyer commitments (commitment × strength) and
 * objections (objection × strength), each decayed with the momentum
 * half-life from `reference`, plus the cadence term. Events after
 * `reference` are ignored.
 */
export function momentumExplanations(
  context: ConversationContext,
  steps: readonly StageStep[],
  reference: number,
): Explanation[] {
  const weight = (time: number): number => recencyWeight(time, reference, RECENCY.momentumHalfLifeDays);
  const explanations: Explanation[] = [];
  for (const step of steps) {
    if (step.time > reference || step.stage === 'lost') continue;
    const text = `advanced to ${step.stage}: ${step.reason}`;
    const effect = MOMENTUM.stageAdvance * weight(step.time);
    explanations.push({ type: `stage.${step.stage}`, messageId: step.messageId, text, effect });
  }
  for (const entry of context.inbound) {
    if (entry.time > reference) continue;
    for (const signal of entry.analysis.signals) {
      let points = 0;
      if (signal.type.startsWith('commitment.')) points = MOMENTUM.commitment;
      if (signal.type.startsWith('objection.')) points = MOMENTUM.objection;
      if (points === 0) continue;
      const text = signal.evidence[0]?.text ?? entry.message.text.slice(0, 80);
      const effect = points * signal.strength * weight(entry.time);
      explanations.push({ type: signal.type, messageId: entry.message.id, text, effect });
    }
  }
  const cadence = cadenceExplanation(context, reference);
  if (cadence) explanations.push(cadence);
  return explanations;
}

/** Returns the momentum score at `reference` with its tidied explanations. */
export function momentumAt(
  context: ConversationContext,
  steps: readonly StageStep[],
  reference: number,
): { score: number; explanations: Explanation[] } {
  const explanations = momentumExplanations(context, steps, reference);
  return { score: scoreFrom(SCORE_BASE.momentum, explanations), explanations: tidyExplanations(explanations) };
}
