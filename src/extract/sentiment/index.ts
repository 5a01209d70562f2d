/**
 * Sentiment of an inbound message: one mode plus a polarity in [-1, 1], with
 * the words and signals that decided them as evidence. `mode.ts` documents
 * the order in which the mode is decided.
 */
import type { Evidence, Sentiment, Signal } from '../../core/types.js';
import type { Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues } from '../lang/types.js';
import { PhraseMatcher } from '../text/phrases.js';
import type { Token } from '../text/tokens.js';
import { findIronyMarkers } from './irony.js';
import { decideMode } from './mode.js';
import { normalizeValence, scanValence, type Contribution } from './valence.js';

/** Valence each objection adds per unit of strength: resistance reads as negative. */
const OBJECTION_VALENCE = -0.8;
const EXCLAMATION_BOOST = 1.15;
const MAX_EVIDENCE = 5;

const contrastMatcher = perLanguage((cues: LanguageCues) => new PhraseMatcher((cues.sentiment.contrast ?? []).map((pattern) => ({ pattern, payload: pattern }))));

/** Scores the sentiment of one message. */
export function analyzeSentiment(doc: Doc, signals: readonly Signal[]): Sentiment {
  const scan = scanValence(doc);
  const decision = decideMode({ tokens: doc.tokens, scan, signals, irony: findIronyMarkers(doc.text, doc.tokens), contrasts: contrastSpans(doc) });
  // Ironic praise counts against the seller ("Great service 👏 three weeks and no reply").
  const cues = decision.ironic ? scan.contributions.map(invertPraise) : scan.contributions;
  const contributions = [...cues, ...objectionContributions(signals)];
  let sum = 0;
  for (const c of contributions) {
    sum += c.valence;
  }
  if (scan.exclamations >= 2) {
    sum *= EXCLAMATION_BOOST;
  }
  const polarity = Math.round(normalizeValence(sum) * 100) / 100;
  // The voters carry the cues as the mode decision read them, with their signal and irony votes.
  const voters = decision.ironic ? decision.voters.map(invertPraise) : decision.voters;
  return { mode: decision.mode, polarity, evidence: evidenceFor(doc, [...voters, ...objectionContributions(signals)], decision.mode, polarity) };
}

/** Spans of the language's contrast words ("but", "pero", "بس"). */
function contrastSpans(doc: Doc): { start: number; end: number }[] {
  return contrastMatcher(doc.cues)
    .match(doc.tokens)
    .map((hit) => ({ start: (doc.tokens[hit.from] as Token).start, end: (doc.tokens[hit.to - 1] as Token).end }));
}

function invertPraise(c: Contribution): Contribution {
  return c.valence > 0 ? { ...c, valence: -c.valence, mode: undefined, rule: `irony.${c.rule}` } : c;
}

/** Objections as negative contributions at their first evidence span. */
function objectionContributions(signals: readonly Signal[]): Contribution[] {
  const out: Contribution[] = [];
  for (const signal of signals) {
    const evidence = signal.evidence[0];
    if (signal.type.startsWith('objection.') && evidence !== undefined) {
      const valence = OBJECTION_VALENCE * signal.strength;
      out.push({ start: evidence.start, end: evidence.end, valence, mode: undefined, weight: 0, rule: signal.type, source: 'signal' });
    }
  }
  return out;
}

/**
 * Selects the contributions that voted for the chosen mode, then those that
 * pushed polarity its way, strongest first.
 */
function evidenceFor(doc: Doc, contributions: readonly Contribution[], mode: Sentiment['mode'], polarity: number): Evidence[] {
  const cue = mode === 'highly_engaged' ? 'engaged' : mode;
  const strength = (c: Contribution): number => Math.abs(c.valence) + c.weight;
  const forMode = contributions.filter((c) => c.mode === cue).sort((a, b) => strength(b) - strength(a));
  const forPolarity = contributions
    .filter((c) => c.mode !== cue && c.valence !== 0 && Math.sign(c.valence) === Math.sign(polarity))
    .sort((a, b) => strength(b) - strength(a));
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const c of [...forMode, ...forPolarity]) {
    const key = `${c.start}:${c.end}`;
    if (out.length < MAX_EVIDENCE && c.end > c.start && !seen.has(key)) {
      seen.add(key);
      out.push({ start: c.start, end: c.end, text: doc.text.slice(c.start, c.end), rule: c.rule });
    }
  }
  return out;
}
