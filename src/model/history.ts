/**
 * State history: the buyer's state after each message, and the list of
 * changes between consecutive states with the message that caused each one.
 *
 * The state after a message is `analyzeConversation` run on the messages up
 * to and including it, as of its send time, so the history shows what the
 * analysis would have output at that moment. A recorded outcome is not
 * applied, so the history shows what the messages alone imply.
 */
import { cutText, NO_TEXT } from '../core/text.js';
import type {
  Explanation,
  ScoreName,
  StateChange,
  StateSnapshot,
  StateValue,
} from '../core/types.js';
import { ARCHETYPE_WEIGHTS, WIN_MODEL } from '../score/weights.js';
import { buildTimeline } from './context.js';
import { analyzeConversation } from './index.js';
import type { AnalyzeOptions, ConversationAnalysisDetail, ConversationInput, TimelineEntry } from './types.js';

/** Rules of the state history. */
export const HISTORY = {
  /**
   * Most states computed per conversation. Each state costs one analysis of
   * the messages before it, so a conversation of n human messages would cost
   * about n²/2 message visits. Above this many human messages, consecutive
   * messages are grouped into ⌈n / maxPoints⌉-message steps (the last step
   * ends at the last message) and the state is computed after each step. A
   * change is then credited to the message of the step its strongest reason
   * points to. Beyond the cap the number of analyses stays at maxPoints, so
   * the cost grows like that of one analysis of the whole chat.
   */
  maxPoints: 100,
  /** A score change is listed once it moved this many points from its last listed value. */
  scorePoints: 5,
  /** A win-probability change is listed once it moved this much from its last listed value. */
  winProbability: 0.05,
  /** Reasons kept per change, strongest first. */
  maxReasons: 3,
  /** Characters of a message quoted when no signal words explain a change. */
  quoteChars: 120,
} as const;

const SCORE_NAMES: readonly ScoreName[] = ['intent', 'urgency', 'sentiment', 'friction', 'momentum'];

/** Options of `computeStateHistory`: those of `analyzeConversation` except the instant and the outcome. */
export type HistoryOptions = Omit<AnalyzeOptions, 'asOf' | 'outcome'> & {
  /** Cap on the states computed; HISTORY.maxPoints when unset. */
  maxPoints?: number;
  /** Coefficients of the win model in use, to explain win-probability changes; WIN_MODEL's when unset. */
  winCoefficients?: Readonly<Record<string, number>>;
};

/** The states of one conversation and the changes between them, oldest first. */
export interface StateHistory {
  snapshots: StateSnapshot[];
  changes: StateChange[];
  /** The analysis after the last message, as of its send time; null when no message is human. */
  latest: ConversationAnalysisDetail | null;
}

/**
 * Computes the buyer's state after every human message (or after each step
 * of HISTORY.maxPoints steps in a longer conversation) and lists what
 * changed. The last state is the analysis as of the last message, so a
 * caller that stores it needs no separate analysis.
 *
 * @example
 * const { snapshots, changes } = computeStateHistory(conversation(specs));
 * changes[0]; // { messageId: 'm3', field: 'stage', from: 'qualification', to: 'evaluation', reasons: [...] }
 */
export function computeStateHistory(input: ConversationInput, options: HistoryOptions = {}): StateHistory {
  const { maxPoints = HISTORY.maxPoints, winCoefficients = WIN_MODEL.coefficients, ...analyzeOptions } = options;
  const timeline = buildTimeline(input);
  const snapshots: StateSnapshot[] = [];
  const changes: StateChange[] = [];
  let previous: ConversationAnalysisDetail | null = null;
  let listed: StateSnapshot | null = null;
  let stepStart = 0;
  for (const end of recomputePoints(timeline, maxPoints)) {
    const point = timeline[end]!;
    const prefix = timeline.slice(0, end + 1);
    const current = analyzeConversation(
      { id: input.id, accountId: input.accountId, messages: prefix.map((e) => e.message), analyses: prefix.map((e) => e.analysis) },
      { ...analyzeOptions, asOf: new Date(point.time) },
    );
    const snapshot = snapshotOf(current, point);
    if (previous && listed) {
      const step = timeline.slice(stepStart, end + 1).filter((entry) => !entry.message.automated);
      const found = diffStates(previous, current, listed, step, winCoefficients);
      changes.push(...found);
      listed = advanceListed(listed, found);
    } else {
      listed = snapshot;
    }
    snapshots.push(snapshot);
    previous = current;
    stepStart = end + 1;
  }
  return { snapshots, changes, latest: previous };
}

/**
 * Returns the timeline indices after which the state is computed: every
 * human message, or with more than `maxPoints` of them, the last message of
 * each step of ⌈n / maxPoints⌉ human messages, counted back from the last.
 */
export function recomputePoints(timeline: readonly TimelineEntry[], maxPoints: number): number[] {
  const human = timeline.flatMap((entry, index) => (entry.message.automated ? [] : [index]));
  const step = Math.max(1, Math.ceil(human.length / Math.max(1, maxPoints)));
  return human.filter((_, position) => (human.length - 1 - position) % step === 0);
}

/** Returns the state fields of an analysis, stamped with the message it follows. */
export function snapshotOf(analysis: ConversationAnalysisDetail, point: TimelineEntry): StateSnapshot {
  const { id, confidence, runnerUp } = analysis.archetype;
  return {
    messageId: point.message.id,
    sentAt: point.message.sentAt,
    stage: analysis.stage,
    stageReached: analysis.stageReached,
    stalled: analysis.stalled,
    archetype: { id, confidence, runnerUp },
    segments: [...analysis.segments],
    scores: { ...analysis.scores },
    winProbability: analysis.winProbability,
  };
}

/** A change found before it is credited to a message. */
interface Found {
  field: StateChange['field'];
  from: StateValue;
  to: StateValue;
  reasons: Explanation[];
}

/**
 * Lists the fields that changed from `before` to `after`. Categorical fields
 * are compared with the previous state. Scores and the win probability are
 * compared with their last listed value, so a slow drift is listed once it
 * adds up. `step` contains the human messages since the previous state.
 */
function diffStates(
  before: ConversationAnalysisDetail,
  after: ConversationAnalysisDetail,
  listed: StateSnapshot,
  step: readonly TimelineEntry[],
  winCoefficients: Readonly<Record<string, number>>,
): StateChange[] {
  const found: Found[] = [];
  const fallback = (): Explanation[] => stepEvidence(step);
  if (after.stageReached !== before.stageReached) {
    found.push({ field: 'stage', from: before.stageReached, to: after.stageReached, reasons: stageReasons(after, step, fallback) });
  }
  if (after.stalled !== before.stalled) {
    found.push({ field: 'stalled', from: before.stalled, to: after.stalled, reasons: stallReasons(after, fallback) });
  }
  if (after.archetype.id !== before.archetype.id) {
    const reasons = archetypeReasons(before, after);
    found.push({ field: 'archetype', from: before.archetype.id, to: after.archetype.id, reasons: withEvidence(reasons, fallback) });
  }
  if (after.segments.join() !== before.segments.join()) {
    found.push({ field: 'segments', from: [...before.segments], to: [...after.segments], reasons: fallback() });
  }
  for (const name of SCORE_NAMES) {
    const from = listed.scores[name];
    const to = after.scores[name];
    if (Math.abs(to - from) < HISTORY.scorePoints) continue;
    const reasons = explanationShifts(before.explanations[name] ?? [], after.explanations[name] ?? [], Math.sign(to - from));
    found.push({ field: `scores.${name}`, from, to, reasons: withEvidence(reasons, fallback) });
  }
  const win = { from: listed.winProbability, to: after.winProbability };
  if (Math.abs(win.to - win.from) >= HISTORY.winProbability - 1e-9) {
    const reasons = winReasons(before, after, winCoefficients, Math.sign(win.to - win.from));
    found.push({ field: 'winProbability', ...win, reasons: withEvidence(reasons, fallback) });
  }
  const point = step.at(-1)!;
  return found.map((change) => ({ ...creditedMessage(change.reasons, step, point), ...change }));
}

/** Moves the listed values on by the changes just listed. */
function advanceListed(listed: StateSnapshot, changes: readonly StateChange[]): StateSnapshot {
  const next: StateSnapshot = { ...listed, scores: { ...listed.scores } };
  for (const change of changes) {
    if (change.field.startsWith('scores.')) next.scores[change.field.slice(7) as ScoreName] = change.to as number;
    if (change.field === 'winProbability') next.winProbability = change.to as number;
  }
  return next;
}

/** Credits a change to the step's message its first reason points to, else to the step's last message. */
function creditedMessage(
  reasons: readonly Explanation[],
  step: readonly TimelineEntry[],
  point: TimelineEntry,
): Pick<StateChange, 'messageId' | 'sentAt'> {
  const inStep = new Map(step.map((entry) => [entry.message.id, entry]));
  const cause = reasons.map((reason) => (reason.messageId ? inStep.get(reason.messageId) : undefined)).find(Boolean) ?? point;
  return { messageId: cause.message.id, sentAt: cause.message.sentAt };
}

/**
 * Returns the stage advance recorded in momentum's `stage.<stage>`
 * explanation, then the signals of its message with their words, the signal
 * the advance names first. Without such an advance, returns the step's evidence.
 */
function stageReasons(after: ConversationAnalysisDetail, step: readonly TimelineEntry[], fallback: () => Explanation[]): Explanation[] {
  const ids = new Set(step.map((entry) => entry.message.id));
  const advance = (after.explanations.momentum ?? []).find(
    (e) => e.type === `stage.${after.stageReached}` && e.messageId !== null && ids.has(e.messageId),
  );
  if (!advance) return fallback();
  const named = (e: Explanation): number => (advance.text.includes(e.type) ? 0 : 1);
  const signals = stepEvidence(step.filter((entry) => entry.message.id === advance.messageId))
    .filter((e) => !e.type.startsWith('message.'))
    .sort((a, b) => named(a) - named(b));
  return [{ ...advance, effect: 0 }, ...signals].slice(0, HISTORY.maxReasons);
}

/** Returns the stall rule's explanation when a deal stalls, and the step's evidence when it restarts. */
function stallReasons(after: ConversationAnalysisDetail, fallback: () => Explanation[]): Explanation[] {
  const stall = (after.explanations.momentum ?? []).filter((e) => e.type.startsWith('stall.'));
  return after.stalled && stall.length > 0 ? stall : fallback();
}

/**
 * Explains an archetype change by the features that moved the gap between
 * the new and the old archetype: (w_new − w_old) × (feature after − before).
 */
function archetypeReasons(before: ConversationAnalysisDetail, after: ConversationAnalysisDetail): Explanation[] {
  const weightsTo = ARCHETYPE_WEIGHTS[after.archetype.id] as Record<string, number | undefined>;
  const weightsFrom = ARCHETYPE_WEIGHTS[before.archetype.id] as Record<string, number | undefined>;
  const old = before.archetype.features ?? {};
  const now = after.archetype.features ?? {};
  return topReasons(
    Object.keys(now).map((name) => {
      const delta = (now[name] ?? 0) - (old[name] ?? 0);
      const effect = ((weightsTo[name] ?? 0) - (weightsFrom[name] ?? 0)) * delta;
      return { type: `feature.${name}`, messageId: null, text: `${name} ${fmt(old[name] ?? 0)} → ${fmt(now[name] ?? 0)}`, effect };
    }),
    1,
  );
}

/** Explains a win-probability change by each model feature's change times its coefficient (logit). */
function winReasons(
  before: ConversationAnalysisDetail,
  after: ConversationAnalysisDetail,
  coefficients: Readonly<Record<string, number>>,
  sign: number,
): Explanation[] {
  const old = before.winFactors.features;
  const now = after.winFactors.features;
  return topReasons(
    Object.keys(now).map((name) => ({
      type: `feature.${name}`,
      messageId: null,
      text: `${name} ${fmt(old[name] ?? 0)} → ${fmt(now[name] ?? 0)}`,
      effect: (coefficients[name] ?? 0) * ((now[name] ?? 0) - (old[name] ?? 0)),
    })),
    sign,
  );
}

/**
 * Explains a score change by how each explanation's effect moved between the
 * two states (a new signal, a decayed one, a question answered), keyed by
 * type and message. A type that occurs at most once in each state (a
 * conversation-wide term such as the reply cadence) is keyed by type alone,
 * so its move to a newer message reads as one shift. Only shifts in the
 * direction of the change are kept.
 */
function explanationShifts(before: readonly Explanation[], after: readonly Explanation[], sign: number): Explanation[] {
  const single = singleTypes(before, after);
  const key = (e: Explanation): string => (single.has(e.type) ? e.type : `${e.type}\u0000${e.messageId ?? ''}`);
  const shifts = new Map<string, Explanation>();
  for (const e of before) {
    const old = shifts.get(key(e));
    shifts.set(key(e), { ...e, effect: (old?.effect ?? 0) - e.effect });
  }
  for (const e of after) {
    const old = shifts.get(key(e));
    shifts.set(key(e), { ...e, effect: (old?.effect ?? 0) + e.effect });
  }
  return topReasons([...shifts.values()], sign);
}

/** Types that occur at most once in each of the two lists. */
function singleTypes(before: readonly Explanation[], after: readonly Explanation[]): Set<string> {
  const counts = (list: readonly Explanation[]): Map<string, number> =>
    list.reduce((map, e) => map.set(e.type, (map.get(e.type) ?? 0) + 1), new Map<string, number>());
  const old = counts(before);
  const now = counts(after);
  return new Set([...old.keys(), ...now.keys()].filter((type) => (old.get(type) ?? 0) <= 1 && (now.get(type) ?? 0) <= 1));
}

/** Keeps the reasons that moved in direction `sign` (any when 0), strongest first, rounded to 0.01. */
function topReasons(reasons: readonly Explanation[], sign: number): Explanation[] {
  return reasons
    .map((reason) => ({ ...reason, effect: Math.round(reason.effect * 100) / 100 }))
    .filter((reason) => reason.effect !== 0 && (sign === 0 || Math.sign(reason.effect) === sign))
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect))
    .slice(0, HISTORY.maxReasons);
}

/**
 * Adds the step's own evidence when no reason points to a message of the
 * step, so every change quotes the words that came with it.
 */
function withEvidence(reasons: Explanation[], fallback: () => Explanation[]): Explanation[] {
  if (reasons.length === 0) return fallback();
  if (reasons.some((reason) => reason.messageId !== null)) return reasons;
  return [...reasons, ...fallback()].slice(0, HISTORY.maxReasons + 1);
}

/**
 * Returns the evidence of a step: the buyer's signals with their words,
 * newest message first, or the words of the step's last message when no
 * buyer message in it carries a signal. Context signals (language, region,
 * time zone) come from metadata, not words, and are left out.
 */
function stepEvidence(step: readonly TimelineEntry[]): Explanation[] {
  const signals: Explanation[] = [];
  for (const entry of [...step].reverse()) {
    if (entry.message.direction !== 'inbound') continue;
    for (const signal of entry.analysis.signals) {
      const text = signal.evidence[0]?.text ?? '';
      if (signal.type.startsWith('context.') || text === '') continue;
      signals.push({ type: signal.type, messageId: entry.message.id, text, effect: 0 });
    }
  }
  if (signals.length > 0) return signals.slice(0, HISTORY.maxReasons);
  const last = step.at(-1);
  if (!last) return [];
  const type = last.message.direction === 'inbound' ? 'message.buyer' : 'message.seller';
  const words = cutText(last.message.text.trim(), HISTORY.quoteChars);
  return [{ type, messageId: last.message.id, text: words === '' ? NO_TEXT : words, effect: 0 }];
}

function fmt(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
