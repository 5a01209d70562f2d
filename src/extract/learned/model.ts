/**
 * The learned layer: logistic models over `features.ts` that read what the
 * cue rules miss. One binary model per labeled signal type and one softmax
 * over the six modes share the features, and `decide.ts` turns their
 * probabilities into conclusions. Each conclusion the model adds or changes
 * quotes the words whose weights pushed it most.
 *
 * The weights are fitted by `train.ts` on the project's own labeled sets and
 * shipped in `models/learned.json`. Nothing is downloaded or fitted at run time.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Evidence, Sentiment, SentimentMode, Signal, SignalType } from '../../core/types.js';
import { argmax, chooseMode, isFirmEvidence, keepSignal, modeRuleKey, PRAISE_FEATURE, ruleKey, settlesObjection, showsProgress, showsResistance, type ModeOverride, type SignalOutput, type WeakModeWords } from './decide.js';
import type { Feature } from './features.js';

/** The shipped model file. Weights are sparse: per feature, pairs of output index and weight. */
export interface LearnedModelFile {
  version: 1;
  /** Sets and counts the model was fitted on, kept for the record. */
  fittedOn: { sets: string[]; messages: number; features: number };
  signals: SignalOutput[];
  /** Mode outputs, after the signal outputs in index order. */
  modes: SentimentMode[];
  modeOverride: ModeOverride;
  /**
   * Rules whose hits the veto may drop (`ruleKey` form): those the writers
   * of the fitted sets labeled otherwise too often. When absent, every
   * rule hit that is not firm evidence may be dropped.
   */
  vetoableRules?: string[];
  /**
   * Mode rules (`modeRuleKey` form) the writers of the fitted sets labeled
   * otherwise too often; the model overrides their modes at
   * `modeOverride.fromWeak`. When absent, no mode rule is weak.
   */
  weakModeRules?: string[];
  bias: number[];
  weights: Record<string, number[]>;
}

/** The weights of one feature for every output, and the last message that counted it. */
interface WeightRow {
  weights: Float64Array;
  /** Scoring pass that last added this row, so a repeated word counts once. */
  stamp: number;
}

/** A loaded model: weight rows by feature name. */
export interface LearnedModel {
  file: LearnedModelFile;
  outputs: number;
  bias: Float64Array;
  rows: Map<string, WeightRow>;
  /** `vetoableRules` of the file as a set, or null when the file has none. */
  vetoable: ReadonlySet<string> | null;
  /** `weakModeRules` of the file as a set, empty when the file has none. */
  weakModes: ReadonlySet<string>;
}

/** Reads a model file written by `npm run train`; throws naming the file when it cannot be read or is no model. */
export function readModelFile(path: string): LearnedModel {
  let file: unknown;
  try {
    file = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot read the model file (${(error as Error).message}); write one with \`npm run train -- --out ${path}\``);
  }
  const candidate = file as Partial<LearnedModelFile>;
  if (candidate.version !== 1 || !Array.isArray(candidate.signals) || !Array.isArray(candidate.modes) || typeof candidate.weights !== 'object') {
    throw new Error(`${path}: not a learned layer file (expected version 1 with signals, modes and weights)`);
  }
  return loadModel(candidate as LearnedModelFile);
}

/** Default model file: `models/learned.json` at the repository root, from both src/ and dist/. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../models/learned.json', import.meta.url));
/** Words quoted as evidence of one learned conclusion. */
const MAX_EVIDENCE = 2;
/** Evidence items of a mode the model changed: its own words, then the rules'. */
const MAX_MODE_EVIDENCE = 5;
/** A single word shorter than this ("it", "de", "في") is too plain to quote as evidence. */
const MIN_QUOTED_WORD = 4;
/** Features quoted however short, because they name a spec or a term: a number or code ("40W", "500") and an entity. */
const QUOTABLE_SHORT = /^(?:shape|entity):/;
/**
 * A span is quoted only when its weight is at least this share of the
 * strongest span's: a weak push ("Thank" beside "by Friday" for a delivery
 * date) explains little and reads as a wrong reason.
 */
const MIN_EVIDENCE_SHARE = 0.5;
/**
 * A feature is quoted for an output only when its weight there is at least
 * this share of its largest weight among the outputs of the same kind
 * (signal types, or modes). "price for" pushes detailed specs a little and
 * a quotation much more, so it explains the quotation. Where no feature
 * passes, the strongest ones are quoted anyway.
 */
const MIN_SPECIFIC_SHARE = 0.5;

/** Builds the scoring form of a model file. */
export function loadModel(file: LearnedModelFile): LearnedModel {
  const outputs = file.signals.length + file.modes.length;
  const rows = new Map<string, WeightRow>();
  for (const [name, pairs] of Object.entries(file.weights)) {
    const row: WeightRow = { weights: new Float64Array(outputs), stamp: 0 };
    for (let i = 0; i + 1 < pairs.length; i += 2) row.weights[pairs[i]!] = pairs[i + 1]!;
    rows.set(name, row);
  }
  return { file, outputs, bias: Float64Array.from(file.bias), rows, vetoable: file.vetoableRules ? new Set(file.vetoableRules) : null, weakModes: new Set(file.weakModeRules ?? []) };
}

/** Weight of one feature row for one output; 0 when the row has none. */
function weightOf(row: WeightRow | undefined, output: number): number {
  return row === undefined ? 0 : row.weights[output]!;
}

let scoringPass = 0;

let shipped: LearnedModel | null | undefined;

/** Returns the shipped model, read on first use, or null when the file is absent (the rules then work alone). */
export function shippedModel(): LearnedModel | null {
  if (shipped === undefined) {
    let text: string | null = null;
    try {
      text = readFileSync(DEFAULT_MODEL_PATH, 'utf8');
    } catch {
      text = null;
    }
    shipped = text === null ? null : loadModel(JSON.parse(text) as LearnedModelFile);
  }
  return shipped;
}

/** Raw scores (log-odds for signals, logits for modes) of a message's features. */
export function scoreFeatures(model: LearnedModel, features: readonly Feature[]): Float64Array {
  const scores = model.bias.slice();
  scoringPass += 1;
  for (const feature of features) {
    const row = model.rows.get(feature.name);
    if (row === undefined || row.stamp === scoringPass) continue;
    row.stamp = scoringPass;
    const weights = row.weights;
    for (let o = 0; o < weights.length; o += 1) scores[o]! += weights[o]!;
  }
  return scores;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Probabilities of the modes from their logits. */
export function softmax(logits: readonly number[]): number[] {
  const top = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** Rule conclusions and the learned layer's changes to them. */
export interface LearnedResult {
  signals: Signal[];
  sentiment: Sentiment | null;
}

/** Rule conclusions of one message, as the model reads them. */
export interface RuleConclusions {
  signals: readonly Signal[];
  /** Types whose cues the rules saw negated, resolved or asked about: the model never adds them. */
  suppressed: ReadonlySet<SignalType>;
  sentiment: Sentiment | null;
  /** Language the rules read the message in, for the rule keys of `vetoableRules`. */
  language: { code: string };
}

/** Applies the model to a message's rule signals and sentiment. */
export function applyModel(model: LearnedModel, text: string, features: readonly Feature[], rules: RuleConclusions): LearnedResult {
  const ruleSignals = rules.signals;
  const ruleSentiment = rules.sentiment;
  const scores = scoreFeatures(model, features);
  const names = features.map((f) => f.name);
  const settled = settlesObjection(rules.suppressed, names);
  const ruleTypes = new Set(ruleSignals.map((signal) => signal.type));
  const words = { resists: showsResistance(names, ruleSentiment?.mode ?? null, null).any, praises: names.includes(PRAISE_FEATURE) };
  const sentiment = ruleSentiment === null ? null : decideMode(model, text, features, scores, ruleSentiment, { settled, progress: showsProgress(ruleTypes), words }, rules.language.code);
  const resistance = showsResistance(names, ruleSentiment?.mode ?? null, sentiment?.mode ?? null);
  const firmTypes = new Set(ruleSignals.filter((signal) => isFirmSignal(model, signal, rules.language.code)).map((signal) => signal.type));
  const dropped = new Set<SignalType>();
  const added: Signal[] = [];
  model.file.signals.forEach((output, index) => {
    const p = sigmoid(scores[index]!);
    const sight = { hit: ruleTypes.has(output.type), firm: firmTypes.has(output.type), suppressed: rules.suppressed.has(output.type) };
    const keep = keepSignal(output, p, sight, resistance);
    if (sight.hit) {
      if (!keep) dropped.add(output.type);
    } else if (keep) {
      const evidence = evidenceOf(model, text, features, index, `learned.${output.type}`);
      if (evidence.length > 0) added.push({ type: output.type, strength: Math.round(p * 100) / 100, evidence });
    }
  });
  const kept = ruleSignals.filter((signal) => !dropped.has(signal.type));
  const firstContext = kept.findIndex((signal) => signal.type.startsWith('context.'));
  const signals = firstContext === -1 ? [...kept, ...added] : [...kept.slice(0, firstContext), ...added, ...kept.slice(firstContext)];
  return { signals, sentiment };
}

/**
 * True when the veto may not drop a rule signal: one of its rules is firm
 * evidence, or is not among the model's vetoable rules.
 */
function isFirmSignal(model: LearnedModel, signal: Signal, language: string): boolean {
  const vetoable = model.vetoable;
  return signal.evidence.some((e) => isFirmEvidence(e.rule) || (vetoable !== null && !vetoable.has(ruleKey(signal.type, language, e.rule))));
}

/** Readings of the rules and features of a message that `chooseMode` uses. */
interface ModeReading {
  settled: boolean;
  progress: boolean;
  words: WeakModeWords;
}

/**
 * Returns the sentiment after the model. A changed mode quotes the model's
 * words first, then the rules' evidence (the words behind the polarity).
 */
function decideMode(model: LearnedModel, text: string, features: readonly Feature[], scores: Float64Array, rule: Sentiment, reading: ModeReading, language: string): Sentiment {
  const offset = model.file.signals.length;
  const probabilities = softmax(model.file.modes.map((_, i) => scores[offset + i]!));
  const weak = model.weakModes.has(modeRuleKey(rule.mode, language, rule.evidence?.[0]?.rule));
  const mode = chooseMode(rule.mode, model.file.modes, probabilities, model.file.modeOverride, reading.settled, reading.progress, weak, reading.words);
  if (mode === rule.mode) return rule;
  const learned = evidenceOf(model, text, features, offset + argmax(probabilities), `learned.mode.${mode}`);
  const quoted = new Set(learned.map((e) => `${e.start}:${e.end}`));
  const evidence = [...learned, ...(rule.evidence ?? []).filter((e) => !quoted.has(`${e.start}:${e.end}`))].slice(0, MAX_MODE_EVIDENCE);
  return { ...rule, mode, evidence };
}

/** Returns the spans of the features that pushed one output most, merged where they overlap, in text order. */
function evidenceOf(model: LearnedModel, text: string, features: readonly Feature[], output: number, rule: string): Evidence[] {
  const all: { start: number; end: number; weight: number; specific: boolean }[] = [];
  const seen = new Set<string>();
  const signalCount = model.file.signals.length;
  const [from, to] = output < signalCount ? [0, signalCount] : [signalCount, model.outputs];
  for (const feature of features) {
    if (feature.start < 0 || seen.has(feature.name)) continue;
    seen.add(feature.name);
    const short = feature.end - feature.start < MIN_QUOTED_WORD && !/\s/.test(text.slice(feature.start, feature.end));
    if (short && !QUOTABLE_SHORT.test(feature.name)) continue;
    const row = model.rows.get(feature.name);
    const weight = weightOf(row, output);
    if (weight <= 0 || row === undefined) continue;
    let largest = 0;
    for (let other = from; other < to; other += 1) largest = Math.max(largest, row.weights[other]!);
    all.push({ start: feature.start, end: feature.end, weight, specific: weight >= largest * MIN_SPECIFIC_SHARE });
  }
  const specific = all.filter((push) => push.specific);
  const pushes = specific.length > 0 ? specific : all;
  pushes.sort((a, b) => b.weight - a.weight);
  const floor = (pushes[0]?.weight ?? 0) * MIN_EVIDENCE_SHARE;
  const spans: { start: number; end: number }[] = [];
  for (const push of pushes) {
    if (spans.length >= MAX_EVIDENCE || push.weight < floor) break;
    const overlapping = spans.find((s) => push.start <= s.end && push.end >= s.start);
    if (overlapping !== undefined) {
      overlapping.start = Math.min(overlapping.start, push.start);
      overlapping.end = Math.max(overlapping.end, push.end);
    } else {
      spans.push({ start: push.start, end: push.end });
    }
  }
  return spans.sort((a, b) => a.start - b.start).map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end), rule }));
}
