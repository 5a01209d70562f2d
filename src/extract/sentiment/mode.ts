/**
 * Chooses the one sentiment mode of a message from cue votes, the polarity
 * and the buyer's signals. Thresholds below are Parley's own calibration on
 * hand-written buyer messages, not a published model.
 */
import type { SentimentMode, Signal } from '../../core/types.js';
import type { ModeCue } from '../lang/types.js';
import type { ValenceScan } from './valence.js';

export type ModeVotes = Record<ModeCue, number>;

/** Minimum vote for a mode to beat `neutral`. */
const MODE_THRESHOLD = 0.75;
/** Tie order: the more actionable mode wins. */
const PRIORITY: ModeCue[] = ['frustrated', 'skeptical', 'hesitant', 'engaged', 'constructive'];

/** Signal types that vote for a mode, with the weight per unit of strength. */
const SIGNAL_VOTES: [prefix: string, mode: ModeCue, weight: number][] = [
  ['objection.quality', 'skeptical', 0.9],
  ['objection.supplier_history', 'skeptical', 0.9],
  ['objection.', 'hesitant', 0.5],
  ['intent.purchase', 'engaged', 0.6],
  ['commitment.order_confirmation', 'engaged', 0.6],
  ['commitment.payment', 'engaged', 0.5],
  ['intent.urgency', 'engaged', 0.3],
  ['intent.', 'constructive', 0.3],
  ['commitment.', 'constructive', 0.3],
  ['relationship.negotiation_openness', 'constructive', 0.5],
];

/** Adds up the votes of cues, signals, polarity and punctuation. */
export function collectVotes(scan: ValenceScan, signals: readonly Signal[], polarity: number): ModeVotes {
  const votes: ModeVotes = { frustrated: 0, skeptical: 0, hesitant: 0, engaged: 0, constructive: 0 };
  for (const c of scan.contributions) {
    if (c.mode !== undefined) {
      votes[c.mode] += c.weight;
    }
  }
  for (const signal of signals) {
    // The first matching prefix wins, so a quality objection does not also count as hesitation.
    const rule = SIGNAL_VOTES.find(([prefix]) => signal.type.startsWith(prefix));
    if (rule !== undefined) {
      votes[rule[1]] += rule[2] * signal.strength;
    }
  }
  addPolarityVotes(votes, polarity, scan);
  return votes;
}

function addPolarityVotes(votes: ModeVotes, polarity: number, scan: ValenceScan): void {
  if (polarity >= 0.55) {
    votes.engaged += 1;
  } else if (polarity >= 0.15) {
    votes.constructive += 0.8;
  } else if (polarity <= -0.2) {
    votes.frustrated += 0.4 + Math.abs(polarity);
  }
  if (scan.exclamations >= 2) {
    if (polarity < 0) {
      votes.frustrated += 0.5;
    } else if (polarity > 0) {
      votes.engaged += 0.5;
    }
  }
  if (scan.questions >= 2) {
    votes.frustrated += 0.4;
    votes.skeptical += 0.4;
  }
}

/** Returns the winning mode, or `neutral` when no vote reaches the threshold. */
export function chooseMode(votes: ModeVotes): SentimentMode {
  let best: ModeCue | null = null;
  for (const mode of PRIORITY) {
    if (votes[mode] >= MODE_THRESHOLD && (best === null || votes[mode] > votes[best])) {
      best = mode;
    }
  }
  if (best === null) {
    return 'neutral';
  }
  return best === 'engaged' ? 'highly_engaged' : best;
}
