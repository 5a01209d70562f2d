/** Momentum: progress per unit time, seen from a reference instant. */
import { cutText } from '../core/text.js';
import type { Explanation } from '../core/types.js';
import type { StageStep } from '../classify/stage.js';
import { gapsHours, median, toHours } from '../model/timing.js';
import type { ConversationContext } from '../model/types.js';
import { clamp, recencyWeight, scoreFrom, tidyExplanations } from './recency.js';
import { MOMENTUM, RECENCY, SCORE_BASE, STALL } from './weights.js';

/** Hours of a gap below which the cadence term stops growing, so a reply a minute ago is not infinitely fast. */
const MIN_GAP_HOURS = 1;

/**
 * Progress-pace term: points × (r − e). Here r is the share of the buyer's
 * last `windowTurns` turns that carried progress (a stage advance or a
 * commitment signal), and e is the same share over their earlier turns, the
 * buyer's own baseline. The term needs at least one earlier turn. A buyer
 * who used to move the deal at most turns and now only chats loses up to
 * `points`, and one who now moves faster than before gains up to `points`.
 */
export const PROGRESS_PACE = { points: 15, windowTurns: 3 } as const;

/**
 * Explains the cadence term: −cadencePointsPerDoubling × log2(g / b), where g
 * is the buyer's current gap (last turn gap, or the silence since their last
 * turn when longer). b is their median gap between the turns up to
 * `reference`, their own baseline, because later turns are not known yet at
 * that instant. With fewer than two turns b is the no-cadence floor.
 */
function cadenceExplanation(context: ConversationContext, reference: number): Explanation | null {
  const turns = context.buyerTurns.filter((turn) => turn <= reference);
  const last = turns.at(-1);
  if (last === undefined) return null;
  const previous = turns.at(-2);
  const lastGap = previous === undefined ? 0 : toHours(last - previous);
  const gap = Math.max(MIN_GAP_HOURS, lastGap, toHours(reference - last));
  const ownMedian = median(gapsHours(turns));
  const baseline = ownMedian ?? STALL.noCadenceHours;
  const effect = clamp(
    -MOMENTUM.cadencePointsPerDoubling * Math.log2(gap / Math.max(MIN_GAP_HOURS, baseline)),
    MOMENTUM.cadenceMin,
    MOMENTUM.cadenceMax,
  );
  const lastEntry = [...context.inbound].reverse().find((entry) => entry.time <= reference);
  const label = ownMedian === null ? 'no-cadence floor' : 'own median gap';
  return {
    type: 'behavior.reply_cadence',
    messageId: lastEntry?.message.id ?? null,
    text: `buyer's current gap ${gap.toFixed(1)} h vs ${label} ${baseline.toFixed(1)} h`,
    effect,
  };
}

/** Returns, for each buyer turn up to `reference`, whether it carried a stage advance or a commitment signal. */
function turnProgress(context: ConversationContext, steps: readonly StageStep[], turns: readonly number[], reference: number): boolean[] {
  const advanced = new Set(steps.filter((step) => step.stage !== 'lost').map((step) => step.messageId));
  const progressed = (entry: ConversationContext['inbound'][number]): boolean =>
    advanced.has(entry.message.id) || entry.analysis.signals.some((s) => s.type.startsWith('commitment.'));
  // Turns and inbound messages are both in time order, so one pass over the messages serves every turn.
  const inbound = context.inbound;
  const progress: boolean[] = [];
  let next = 0;
  turns.forEach((start, i) => {
    const end = Math.min(turns[i + 1] ?? Number.POSITIVE_INFINITY, reference + 1);
    while (next < inbound.length && inbound[next]!.time < start) next += 1;
    let found = false;
    while (next < inbound.length && inbound[next]!.time < end) {
      found ||= progressed(inbound[next]!);
      next += 1;
    }
    progress.push(found);
  });
  return progress;
}

/** Explains the progress-pace term (see PROGRESS_PACE); null without an earlier turn to compare with. */
function progressPaceExplanation(
  context: ConversationContext,
  steps: readonly StageStep[],
  reference: number,
): Explanation | null {
  const turns = context.buyerTurns.filter((turn) => turn <= reference);
  const window = PROGRESS_PACE.windowTurns;
  if (turns.length <= window) return null;
  const progress = turnProgress(context, steps, turns, reference);
  const recent = progress.slice(-window).filter(Boolean).length;
  const earlier = progress.slice(0, -window);
  const before = earlier.filter(Boolean).length;
  const effect = PROGRESS_PACE.points * (recent / window - before / earlier.length);
  const lastTurn = turns.at(-1) ?? reference;
  const lastEntry = context.inbound.find((entry) => entry.time >= lastTurn && entry.time <= reference);
  return {
    type: 'behavior.progress_pace',
    messageId: lastEntry?.message.id ?? null,
    text: `progress in ${recent} of the last ${window} buyer turns vs ${before} of ${earlier.length} before (own pace)`,
    effect,
  };
}

/**
 * Explains momentum at `reference` (epoch ms): stage advances
 * (stageAdvance points), buyer commitments (commitment × strength) and
 * objections (objection × strength), each decayed with the momentum
 * half-life from `reference` (weight 0.5 ^ (age days / momentumHalfLifeDays)),
 * plus the cadence term and the progress-pace term, both against the
 * buyer's own baseline. Events after `reference` are ignored.
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
      const text = signal.evidence[0]?.text ?? cutText(entry.message.text, 80);
      const effect = points * signal.strength * weight(entry.time);
      explanations.push({ type: signal.type, messageId: entry.message.id, text, effect });
    }
  }
  const cadence = cadenceExplanation(context, reference);
  if (cadence) explanations.push(cadence);
  const pace = progressPaceExplanation(context, steps, reference);
  if (pace) explanations.push(pace);
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
