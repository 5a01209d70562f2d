/** Behavioral stage from the buyer's signals, the seller's actions and recorded outcomes. */
import type { SignalType, Stage } from '../core/types.js';
import type { ConversationContext, TimelineEntry } from '../model/types.js';
import { findLostCue } from './lost-cues.js';

/** Rank of the progress stages; `lost` and `stalled` sit outside the order. */
export const STAGE_RANK: Partial<Record<Stage, number>> = {
  discovery: 0,
  qualification: 1,
  evaluation: 2,
  negotiation: 3,
  commitment: 4,
  won: 5,
};

/** Stage a signal proves on its own. Price talk needs a quote first, see `negotiationEvidence`. */
const SIGNAL_STAGE: Partial<Record<SignalType, Stage>> = {
  'intent.early_qualification': 'qualification',
  'intent.evaluation': 'evaluation',
  'intent.quotation': 'evaluation',
  'commitment.detailed_specs': 'evaluation',
  'commitment.sample_request': 'evaluation',
  'commitment.delivery_terms': 'negotiation',
  'intent.purchase': 'negotiation',
  'relationship.negotiation_openness': 'negotiation',
  'commitment.invoice_request': 'commitment',
  'commitment.order_confirmation': 'commitment',
  'commitment.payment': 'won',
};
const PRICE_TALK: ReadonlySet<SignalType> = new Set(['objection.price', 'objection.payment_terms', 'objection.moq']);

/** A point where the stage advanced, with the signal and message that moved it. */
export interface StageStep {
  stage: Stage;
  messageId: string;
  reason: string;
  time: number;
}

export interface StageResult {
  stage: Stage;
  steps: StageStep[];
}

/** Returns the reason the entry proves negotiation once a quote exists: a price objection or a counter-offer. */
function negotiationEvidence(entry: TimelineEntry, quoted: boolean): string | null {
  if (!quoted) return null;
  const priceTalk = entry.analysis.signals.find((signal) => PRICE_TALK.has(signal.type));
  if (priceTalk) return `${priceTalk.type} "${priceTalk.evidence[0]?.text ?? ''}"`;
  const counterOffer = entry.analysis.entities.find((entity) => entity.type === 'money');
  return counterOffer ? `counter-offer "${counterOffer.text}"` : null;
}

/** Returns the highest stage one inbound message proves, with its reason. */
function messageStage(entry: TimelineEntry, quoted: boolean): { stage: Stage; reason: string } | null {
  let best: { stage: Stage; reason: string } | null = null;
  const consider = (stage: Stage, reason: string): void => {
    if (!best || (STAGE_RANK[stage] ?? 0) > (STAGE_RANK[best.stage] ?? 0)) best = { stage, reason };
  };
  for (const signal of entry.analysis.signals) {
    const stage = SIGNAL_STAGE[signal.type];
    if (stage) consider(stage, `${signal.type} "${signal.evidence[0]?.text ?? ''}"`);
  }
  const negotiation = negotiationEvidence(entry, quoted);
  if (negotiation) consider('negotiation', negotiation);
  return best;
}

/**
 * Walks the inbound messages in order and records each advance to a higher
 * progress stage. A quote counts once the seller sent one or the buyer asked
 * for one. Stages never move backwards.
 */
export function stageSteps(context: ConversationContext): StageStep[] {
  const steps: StageStep[] = [];
  let rank = 0;
  let quoted = false;
  for (const entry of context.timeline) {
    if (entry.message.automated) continue;
    const sellerQuote = context.sellerActions.some((a) => a.kind === 'quote_sent' && a.messageId === entry.message.id);
    if (sellerQuote) quoted = true;
    if (entry.message.direction !== 'inbound') continue;
    const found = messageStage(entry, quoted);
    if (entry.analysis.signals.some((signal) => signal.type === 'intent.quotation')) quoted = true;
    const foundRank = found ? (STAGE_RANK[found.stage] ?? 0) : 0;
    if (found && foundRank > rank) {
      rank = foundRank;
      steps.push({ stage: found.stage, messageId: entry.message.id, reason: found.reason, time: entry.time });
    }
  }
  return steps;
}

/** Returns the lost step when the buyer's latest lost cue has no later buyer signal of progress. */
function lostStep(context: ConversationContext): StageStep | null {
  for (let i = context.inbound.length - 1; i >= 0; i--) {
    const entry = context.inbound[i];
    if (!entry) continue;
    const cue = findLostCue(entry.message.text, entry.analysis.language);
    if (cue) return { stage: 'lost', messageId: entry.message.id, reason: `buyer wrote "${cue}"`, time: entry.time };
    const progress = entry.analysis.signals.some((s) => s.type.startsWith('intent.') || s.type.startsWith('commitment.'));
    if (progress) return null;
  }
  return null;
}

/**
 * Classifies the furthest stage reached (`stalled` is applied later by the
 * stall rule). A recorded outcome overrides the signals.
 */
export function classifyStage(context: ConversationContext, outcome?: 'won' | 'lost'): StageResult {
  const steps = stageSteps(context);
  if (outcome) return { stage: outcome, steps };
  const lost = lostStep(context);
  if (lost) return { stage: 'lost', steps: [...steps, lost] };
  return { stage: steps.at(-1)?.stage ?? 'discovery', steps };
}

/** Returns whether the stage is still open (not won or lost). */
export function isOpenStage(stage: Stage): boolean {
  return stage !== 'won' && stage !== 'lost';
}
