/**
 * How the learned layer's probabilities become conclusions, shared by the
 * runtime (`model.ts`) and the fitting command (`train.ts`) so both decide
 * the same way.
 *
 * - A rule hit stays unless its type's probability is below the veto and
 *   every rule behind it is vetoable: a rule the writers of the fitted sets
 *   often labeled otherwise (see `VETOABLE_PRECISION`).
 * - The model adds a type only where the rules saw no negated, resolved or
 *   questioned cue of that type, and an objection only in a message that
 *   shows resistance: a topic under negative evaluation in one sentence
 *   ("the price is way too steep"), negative wording, or a resistance mode.
 *   An objection to price, MOQ, lead time or payment terms also needs its
 *   topic named in the message.
 * - The model's mode replaces the rule mode at one probability when the
 *   rules found nothing to vote on (neutral), at another when they voted
 *   through a weak mode rule (one the writers often labeled otherwise, see
 *   `modeRuleKey`), and at a third, high one for any other rule mode.
 *   It never turns a message into a resistance mode when the rules saw an
 *   objection cue negated or settled ("the price is not high compared to
 *   the market").
 */
import type { SentimentMode, SignalType } from '../../core/types.js';
import { QUESTIONS_ONLY } from './features.js';

/** Decision settings of one signal type's model. */
export interface SignalOutput {
  type: SignalType;
  /** Probability at or above which the model adds the signal. */
  add: number;
  /** Probability below which a rule hit of this type is dropped; 0 keeps every rule hit. */
  veto: number;
}

/** Probabilities at which the model's mode replaces the rule mode. */
export interface ModeOverride {
  /** When the rule mode is neutral. */
  fromNeutral: number;
  /** When the rule mode is any other. */
  fromOther: number;
  /**
   * When the rule mode rests on a weak mode rule (`weakModeRules` of the
   * model file). Absent: such modes take `fromOther` too.
   */
  fromWeak?: number;
}

const RESISTANCE_MODES: ReadonlySet<SentimentMode> = new Set(['frustrated', 'skeptical', 'hesitant']);

/** Rule findings about one signal type in a message. */
export interface RuleSight {
  /** The rules raised the type. */
  hit: boolean;
  /** The hit rests on evidence the veto never overrules (see `isFirmEvidence`). */
  firm?: boolean;
  /** The rules saw a cue of the type negated, resolved or asked about. */
  suppressed: boolean;
}

/** Objections the model adds only when the message names their topic. */
const TOPICAL_OBJECTIONS: ReadonlySet<SignalType> = new Set([
  'objection.price',
  'objection.moq',
  'objection.lead_time',
  'objection.payment_terms',
]);

/** Ids of tone rules that address the seller warmly ("frère", "my friend", "habibi"), which is warm even in an angry message. */
const WARM_ADDRESS_RE = /^(tone\.warm\.(brother|friend|friend_en|friend_word|hello_friend|my_dear|endearment|dear_name|hugs?)|arabizi\.warm_address)$/;

/**
 * True for rule evidence the model never vetoes: an Incoterm the buyer names
 * is a delivery term by the guide, also inside a price question ("best FOB
 * price?"), even where writers of the training sets left it unlabeled. A warm
 * address keeps tone in a frustrated message, while thanks and politeness
 * formulas there need the model's support.
 */
export function isFirmEvidence(rule: string | undefined): boolean {
  return rule !== undefined && (rule.startsWith('entity.incoterm') || WARM_ADDRESS_RE.test(rule));
}

/**
 * Key of one rule behind a signal, as `vetoableRules` of a model file lists
 * it: the signal type, the language the rules read the message in, and the
 * rule id ("intent.urgency|en:urgency.any_update").
 */
export function ruleKey(type: SignalType, language: string, rule: string | undefined): string {
  return `${type}|${language}:${rule ?? 'unnamed'}`;
}

/**
 * A hit of a rule with at least this many hits in the fitted sets, right on
 * fewer than `VETOABLE_PRECISION` of them, may be dropped by the model. Any
 * other rule hit stays: a rule the writers mostly agree with, or one with
 * too few hits to judge.
 */
export const VETOABLE_MIN_HITS = 5;
export const VETOABLE_PRECISION = 0.7;

/**
 * Key of the rule behind a rule mode, as `weakModeRules` of a model file
 * lists it: the mode, the language the rules read the message in, and the
 * rule of the mode's first evidence, its strongest voter
 * ("hesitant|pt:negative.does_not_suit"). A weak mode rule has at least
 * `VETOABLE_MIN_HITS` messages in the fitted sets, labeled with its mode on
 * fewer than `VETOABLE_PRECISION` of them.
 */
export function modeRuleKey(mode: SentimentMode, language: string, rule: string | undefined): string {
  return `${mode}|${language}:${rule ?? 'unnamed'}`;
}

/** Types the model does not add to a message made only of questions: a question commits to nothing. */
const COMMITTING_TYPES: ReadonlySet<SignalType> = new Set(['intent.purchase', 'commitment.order_confirmation', 'commitment.payment']);

/** Resistance a message shows, read from its features and modes. */
export interface Resistance {
  /** Every sentence of the message is a question. */
  questionsOnly: boolean;
  /** Any resistance: a topic under negative evaluation, negative wording, or a resistance mode. */
  any: boolean;
  /** Topics under negative evaluation in one sentence (`tn:` features). */
  topics: ReadonlySet<string>;
  /** Topics under positive evaluation only, in one sentence (`tp:` features): settled, like "the price is fine". */
  approved: ReadonlySet<string>;
  /** Topics named anywhere in the message (`topic:` features). */
  named: ReadonlySet<string>;
  /** True when the final mode is frustrated. */
  frustrated?: boolean;
}

/**
 * Probability the model must give tone in a message whose final mode is
 * frustrated, whether a rule (even a firm one) or the model found it. The
 * guide reads thanks at the end of an angry message as no tone, and
 * sarcastic thanks ("thanks for the fast reply, only 9 days") are not warm.
 * Over the training sets, 4% of frustrated messages are labeled with tone
 * (233 of 5,503), against 37% of constructive ones. The bar was 0.5 and
 * applied to non-firm rule hits only. With the layer fitted on train to
 * train25, the 0.9 bar for every tone took tone false positives on unseen
 * train26 from 79 to 68, and misses rose from 48 to 51. On holdout false
 * positives fell from 50 to 45, and misses rose from 4 to 5.
 */
const FRUSTRATED_TONE_KEEP = 0.9;

/** Decides whether a type is reported, from its probability and the rule findings. */
export function keepSignal(output: SignalOutput, probability: number, sight: RuleSight, resistance: Resistance): boolean {
  if (output.type === 'relationship.tone' && resistance.frustrated === true) return probability >= FRUSTRATED_TONE_KEEP;
  if (sight.hit) return sight.firm === true || probability >= output.veto;
  if (sight.suppressed) return false;
  if (resistance.questionsOnly && COMMITTING_TYPES.has(output.type)) return false;
  if (TOPICAL_OBJECTIONS.has(output.type) && !resistance.named.has(output.type)) return false;
  if (output.type.startsWith('objection.') && !resistance.any) return false;
  if (resistance.approved.has(output.type) && !resistance.topics.has(output.type)) return false;
  return probability >= output.add;
}

/** Reads the resistance a message shows from its feature names and its rule and final modes. */
export function showsResistance(featureNames: Iterable<string>, ruleMode: SentimentMode | null, finalMode: SentimentMode | null): Resistance {
  const topics = new Set<string>();
  const named = new Set<string>();
  const approved = new Set<string>();
  let questionsOnly = false;
  let any = (ruleMode !== null && RESISTANCE_MODES.has(ruleMode)) || (finalMode !== null && RESISTANCE_MODES.has(finalMode));
  for (const name of featureNames) {
    if (name === QUESTIONS_ONLY) questionsOnly = true;
    if (name.startsWith('tn:')) topics.add(name.slice(3));
    if (name.startsWith('tp:')) approved.add(name.slice(3));
    if (name.startsWith('topic:')) named.add(name.slice(6));
    if (name === 'polarity:-') any = true;
  }
  return { any: any || topics.size > 0, topics, named, approved, questionsOnly, frustrated: finalMode === 'frustrated' };
}

/** Returns `base`, read with no final mode, as `showsResistance` reads it with `finalMode`. */
export function withFinalMode(base: Resistance, finalMode: SentimentMode | null): Resistance {
  const resists = finalMode !== null && RESISTANCE_MODES.has(finalMode);
  return { ...base, any: base.any || resists, frustrated: finalMode === 'frustrated' };
}

/** Index of the largest probability. */
export function argmax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i += 1) if (values[i]! > values[best]!) best = i;
  return best;
}

/**
 * True when the rules saw an objection cue negated, settled or asked about,
 * or when the message judges a topic only positively and none negatively
 * ("Lead time 25 days is fine"), read from its feature names.
 */
export function settlesObjection(suppressed: Iterable<SignalType>, featureNames: Iterable<string> = []): boolean {
  for (const type of suppressed) if (type.startsWith('objection.')) return true;
  let approved = false;
  for (const name of featureNames) {
    if (name.startsWith('tn:')) return false;
    if (name.startsWith('tp:')) approved = true;
  }
  return approved;
}

/**
 * Returns the final mode: the model's when its probability reaches the
 * override for the rule mode, unless it is a resistance mode and `settled`
 * is true (the rules saw an objection negated or settled). `weak` is true when
 * the rule mode rests on a weak mode rule (see `modeRuleKey`). Such a mode
 * yields at `fromWeak` only where `words` allow it (see `weakModeYields`).
 * A neutral result becomes constructive when `progress` is true (see
 * `showsProgress`).
 */
export function chooseMode(
  ruleMode: SentimentMode,
  modes: readonly SentimentMode[],
  probabilities: readonly number[],
  override: ModeOverride,
  settled: boolean,
  progress = false,
  weak = false,
  words: WeakModeWords = { resists: true, praises: false },
): SentimentMode {
  const best = argmax(probabilities);
  const mode = modes[best]!;
  let threshold = override.fromOther;
  if (ruleMode === 'neutral') threshold = override.fromNeutral;
  else if (weak && weakModeYields(ruleMode, mode, words)) threshold = override.fromWeak ?? override.fromOther;
  const chosen = probabilities[best]! < threshold || (settled && RESISTANCE_MODES.has(mode)) ? ruleMode : mode;
  // Writers label a payment made or an order confirmed constructive about two times in three, and neutral about one in ten.
  return chosen === 'neutral' && progress ? 'constructive' : chosen;
}

/** Readings of a message's words that limit the override of a weak mode rule. */
export interface WeakModeWords {
  /** True when the words resist: an objection topic judged negatively, negative polarity or a resistance rule mode. */
  resists: boolean;
  /** True when the rules read positive polarity in the words. */
  praises: boolean;
}

/** Feature of a message whose rule polarity is above +0.2 (see `messageFeatures`). */
export const PRAISE_FEATURE = 'polarity:+';

/** Positive modes a weak mode rule keeps against neutral when the words praise. */
const POSITIVE_MODES: ReadonlySet<SentimentMode> = new Set(['constructive', 'highly_engaged']);

/**
 * Returns true when a weak rule's mode may give way to `mode` at the weak
 * threshold. A resistance mode needs resisting words, so praise of a past
 * supplier does not turn skeptical. A positive mode turns neutral only
 * without positive polarity, so product praise stays constructive.
 */
function weakModeYields(ruleMode: SentimentMode, mode: SentimentMode, words: WeakModeWords): boolean {
  if (RESISTANCE_MODES.has(mode)) return words.resists;
  if (mode === 'neutral' && POSITIVE_MODES.has(ruleMode)) return !words.praises;
  return true;
}

/** Rule signal types that move a deal forward by themselves: a payment made or under way, an order confirmed. */
const PROGRESS_TYPES: readonly SignalType[] = ['commitment.payment', 'commitment.order_confirmation'];

/** Returns true when the rules raised a type that moves the deal forward, which the guide reads as constructive. */
export function showsProgress(ruleTypes: ReadonlySet<SignalType>): boolean {
  return PROGRESS_TYPES.some((type) => ruleTypes.has(type));
}
