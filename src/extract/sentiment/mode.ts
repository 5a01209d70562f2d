/**
 * Chooses the one sentiment mode of a message. The decision order:
 *
 * 1. Irony. A sarcasm phrase ("Great, another delay"), an irony emoji (🙃),
 *    or a mocking marker (👏, 😂, 🙄, scare quotes around the seller's claim)
 *    in a message that complains makes the message `frustrated`, unless the
 *    buyer voices a doubt. Its praise then votes for nothing.
 * 2. Settled objections. Negative and hedging cues before a resolution
 *    phrase ("was worried … but 30 days is fine now") vote for nothing
 *    (`valence.ts`), and each resolution votes constructive.
 * 3. Votes. Cue words and phrases vote for the mode they carry. Emoji vote
 *    at half weight, and acknowledgement emoji (👍 🙏 😊) not at all. The
 *    polarity of the words (emoji and objections left out) votes
 *    constructive, engaged (only with "!") or frustrated. Signals vote by the
 *    lean rules of `signal-votes.ts`: objections with negative wording lean
 *    frustrated, doubts about quality, suppliers or certificates skeptical,
 *    progress toward an order constructive or, with enthusiasm, engaged.
 *    Anger in a story about a past supplier counts as distrust of this one.
 * 4. Resistance first. If frustrated, skeptical or hesitant reaches
 *    `MODE_THRESHOLD`, the largest of them wins (ties in that order): a buyer
 *    who likes the sample but hedges is hesitant, and the seller must address
 *    the hedge. Only a progress vote more than twice as large overrides it.
 * 5. Then progress: engaged (reported as `highly_engaged`) if it reaches the
 *    threshold, since it is constructive plus enthusiasm; else constructive.
 * 6. Otherwise the message is `neutral`. Politeness formulas carry no vote,
 *    so a message of greetings, thanks and 👍 stays neutral. A message that
 *    would be neutral but quotes a short claim in scare quotes is skeptical.
 * 7. A constructive or engaged message whose praise is followed by a
 *    contrast word ("but", "pero", "بس") with no request after it, and that
 *    has no progress signal, is hesitant: the praise is a courtesy before a
 *    reservation.
 *
 * Weights and thresholds are Parley's own calibration on hand-written buyer
 * messages, not a published model.
 */
import type { SentimentMode, Signal } from '../../core/types.js';
import type { ModeCue } from '../lang/types.js';
import type { Token } from '../text/tokens.js';
import type { IronyMarkers } from './irony.js';
import { signalVotes } from './signal-votes.js';
import { normalizeValence, type Contribution, type ValenceScan } from './valence.js';
import { blamePastSupplier, readWording, sumValence, type Wording } from './wording.js';

export type ModeVotes = Record<ModeCue, number>;

/** Minimum vote for a mode to beat `neutral`. */
export const MODE_THRESHOLD = 0.75;
/** Modes of resistance, in tie order: the more actionable mode wins. */
const RESISTANCE = ['frustrated', 'skeptical', 'hesitant'] as const;
/** Progress wins over resistance only with more than this many times its vote. */
const PROGRESS_OVER_RESISTANCE = 2;
/** Vote of an emoji relative to a word: emoji amplify the words around them. */
const EMOJI_WEIGHT = 0.5;
/** Vote of a resolution phrase for `constructive`. */
const RESOLUTION_VOTE = 0.8;
/** Vote of irony for `frustrated`: it beats the praise it mocks. */
const IRONY_VOTE = 2;
/**
 * Vote for `skeptical` of scare quotes in a message no other cue gives a
 * mode: the buyer quotes the seller's claim back ("'Todos liberados de
 * fábrica', decía la oferta"). Just enough to reach the threshold.
 */
const QUOTED_CLAIM_VOTE = MODE_THRESHOLD;

/** Input of the mode decision: tokens, valence scan, signals and irony markers. */
export interface ModeInput {
  tokens: readonly Token[];
  scan: ValenceScan;
  signals: readonly Signal[];
  irony: IronyMarkers;
  /** Spans of contrast words ("but", "pero", "بس"); absent means none. */
  contrasts?: readonly { start: number; end: number }[];
}

/** The decided mode with the contributions that voted for it. */
export interface ModeDecision {
  mode: SentimentMode;
  votes: ModeVotes;
  /** Cue, signal and irony votes. Signal and irony votes are placed at their evidence span. */
  voters: Contribution[];
  /** True when the mode is `frustrated` because the message is ironic. */
  ironic: boolean;
}

/** Decides the mode in the order of the file comment. */
export function decideMode(input: ModeInput): ModeDecision {
  const { scan, signals } = input;
  const cues = blamePastSupplier(scan.contributions, signals, input.tokens);
  const wording = readWording({ ...scan, contributions: cues }, signals);
  const voters = [...cues, ...signalVotes(signals, wording)];
  const votes = emptyVotes();
  const irony = ironyMarker(input, cues, wording);
  if (irony !== null) {
    voters.push({ ...irony, valence: 0, mode: 'frustrated', weight: IRONY_VOTE, rule: 'irony', source: 'irony' });
    addVotes(votes, voters.filter((c) => c.mode !== 'engaged' && c.mode !== 'constructive'));
    return { mode: 'frustrated', votes, voters, ironic: true };
  }
  addVotes(votes, voters);
  votes.constructive += RESOLUTION_VOTE * scan.resolutions.length;
  addPolarityVotes(votes, wordPolarity(cues, scan.exclamations), scan.exclamations);
  addPunctuationVotes(votes, scan, wording);
  const chaser = bareQuestionMarks(input.tokens);
  if (chaser !== null) {
    // Writers labeled all 5 lines made only of "??" or "؟؟؟" frustrated: a chaser with no words left.
    voters.push({ ...chaser, valence: 0, mode: 'frustrated', weight: MODE_THRESHOLD, rule: 'frustrated.bare_question_marks', source: 'phrase' });
    votes.frustrated += MODE_THRESHOLD;
  }
  let mode = chooseMode(votes);
  const quote = input.irony.quotes[0];
  if (mode === 'neutral' && quote !== undefined) {
    // Writers labeled 134 of the 212 otherwise neutral lines with a quoted claim skeptical and 52 frustrated.
    voters.push({ ...quote, valence: 0, mode: 'skeptical', weight: QUOTED_CLAIM_VOTE, rule: 'irony.quoted_claim', source: 'irony' });
    votes.skeptical += QUOTED_CLAIM_VOTE;
    mode = chooseMode(votes);
  }
  const reservation = mode === 'constructive' || mode === 'highly_engaged' ? reservationAfterPraise(input, voters) : null;
  if (reservation !== null) {
    voters.push({ ...reservation, valence: 0, mode: 'hesitant', weight: MODE_THRESHOLD, rule: 'hedge.reservation', source: 'phrase' });
    votes.hesitant += MODE_THRESHOLD;
    mode = 'hesitant';
  }
  return { mode, votes, voters, ironic: false };
}

/** Signals that move the deal forward: praise with one of them is progress, whatever "but" follows. */
const PROGRESS_SIGNALS: ReadonlySet<string> = new Set(['intent.purchase', 'commitment.order_confirmation', 'commitment.payment', 'relationship.negotiation_openness']);

/**
 * Returns the contrast word that turns praise into a reservation, or null:
 * a contrast after the first positive word or vote, with no progress signal
 * in the message and no question or request after the contrast. "The price
 * is fine, but our warehouse is full" holds back; "the price is fine, but
 * we need CIF Jebel Ali" makes a request and stays constructive. Of the
 * 159 such lines in the labeled sets, writers labeled 111 hesitant and 17
 * constructive.
 */
function reservationAfterPraise(input: ModeInput, voters: readonly Contribution[]): { start: number; end: number } | null {
  if (input.contrasts === undefined || input.contrasts.length === 0) return null;
  if (input.signals.some((s) => PROGRESS_SIGNALS.has(s.type))) return null;
  const progressVotes = voters.filter((c) => c.mode === 'constructive' || c.mode === 'engaged');
  const positiveWords = input.scan.contributions.filter((c) => c.valence > 0);
  const praise = [...progressVotes, ...positiveWords];
  if (praise.length === 0) return null;

  const firstPraise = Math.min(...praise.map((c) => c.start));
  const contrast = input.contrasts.find((c) => c.start > firstPraise);
  if (contrast === undefined) return null;
  const asks = input.tokens.some((t) => t.start > contrast.start && t.kind === 'punct' && t.norm.includes('?'));
  const requests = input.signals.some(
    (s) => !s.type.startsWith('context.') && !s.type.startsWith('objection.') && s.type !== 'relationship.tone' && s.evidence.some((e) => e.start > contrast.start),
  );
  return asks || requests ? null : contrast;
}

/**
 * Returns the span that makes the message ironic, or null. That span is an
 * irony emoji, a frustrated sarcasm phrase, or a mocking marker in a message
 * that complains or objects and voices no doubt.
 */
function ironyMarker(input: ModeInput, cues: readonly Contribution[], wording: Wording): { start: number; end: number } | null {
  const sarcasm = cues.find((c) => c.rule.includes('sarcasm') && c.mode === 'frustrated');
  const marker = input.irony.ironic[0] ?? sarcasm;
  if (marker !== undefined) {
    return marker;
  }
  const complaint = wording.complaint || input.signals.some((s) => s.type.startsWith('objection.'));
  return complaint && !wording.doubt ? input.irony.mocking[0] ?? null : null;
}

function addVotes(votes: ModeVotes, voters: readonly Contribution[]): void {
  for (const c of voters) {
    if (c.mode === undefined) {
      continue;
    }
    if (c.source === 'emoji') {
      // 👍, 🙏 and 😊 acknowledge or thank: politeness, not a mode.
      if (c.mode !== 'constructive') {
        votes[c.mode] += c.weight * EMOJI_WEIGHT;
      }
    } else {
      votes[c.mode] += c.weight;
    }
  }
}

/** Returns the polarity of the cue words and phrases alone, with "!" as emphasis. Emoji and objections are left out. */
function wordPolarity(cues: readonly Contribution[], exclamations: number): number {
  let sum = sumValence(cues.filter((c) => c.source !== 'emoji'));
  if (exclamations >= 1 && sum > 0) {
    sum *= 1.15;
  }
  return normalizeValence(sum);
}

/** Strong praise with "!" votes engaged, milder praise constructive, clear negative wording frustrated. */
function addPolarityVotes(votes: ModeVotes, polarity: number, exclamations: number): void {
  if (polarity >= 0.6 && exclamations >= 1) {
    votes.engaged += 1;
  } else if (polarity >= 0.25) {
    votes.constructive += 0.8;
  } else if (polarity <= -0.3) {
    votes.frustrated += 0.4 + Math.abs(polarity);
  }
}

function addPunctuationVotes(votes: ModeVotes, scan: ValenceScan, wording: Wording): void {
  if (scan.exclamations >= 2) {
    if (wording.complaint) {
      votes.frustrated += 0.5;
    } else if (wording.enthusiasm) {
      votes.engaged += 0.5;
    }
  }
  if (scan.questions >= 2) {
    votes.frustrated += 0.4;
    votes.skeptical += 0.4;
  }
}

/** Returns the span of a message made only of two or more question marks ("??", "؟؟؟"), or null. */
function bareQuestionMarks(tokens: readonly Token[]): { start: number; end: number } | null {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined) return null;
  const marks = tokens.map((token) => token.raw).join('');
  return tokens.every((token) => token.kind === 'punct' && /^[?؟]+$/u.test(token.raw)) && marks.length >= 2 ? { start: first.start, end: last.end } : null;
}

function emptyVotes(): ModeVotes {
  return { frustrated: 0, skeptical: 0, hesitant: 0, engaged: 0, constructive: 0 };
}

/** Returns the mode for the votes: resistance first, then engaged, then constructive, else `neutral`. */
export function chooseMode(votes: ModeVotes): SentimentMode {
  let best: (typeof RESISTANCE)[number] | null = null;
  for (const mode of RESISTANCE) {
    if (votes[mode] >= MODE_THRESHOLD && (best === null || votes[mode] > votes[best])) {
      best = mode;
    }
  }
  // A faint hedge in a message that mostly agrees does not make it hesitant.
  const progress = Math.max(votes.engaged, votes.constructive);
  if (best !== null && progress <= PROGRESS_OVER_RESISTANCE * votes[best]) {
    return best;
  }
  if (votes.engaged >= MODE_THRESHOLD) {
    return 'highly_engaged';
  }
  return votes.constructive >= MODE_THRESHOLD ? 'constructive' : 'neutral';
}
