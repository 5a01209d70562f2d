/**
 * Facts about a message's wording that the mode rules read: whether it
 * complains, shows enthusiasm or voices a doubt, and which of its negative
 * cues are about a past supplier.
 */
import type { Signal } from '../../core/types.js';
import { sentenceIndexes, type Token } from '../text/tokens.js';
import type { Contribution, ValenceScan } from './valence.js';

/** The wording around the signals, read from the cues. */
export interface Wording {
  /** Negative words, a frustrated cue, a negative emoji, "??", or "!!" in a message of negative valence. */
  complaint: boolean;
  /** An engaged cue or emoji, strong praise, or praise with "!". */
  enthusiasm: boolean;
  /** A skeptical cue: "are you sure", "how can we trust", "too good to be true". */
  doubt: boolean;
}

/** A word valence at or above this is strong praise ("excellent", "amazing"). */
const STRONG_PRAISE = 2;
/** A word valence at or below this is a complaint wherever it appears ("failed", "defective"). */
const STRONG_NEGATIVE = -1.5;
/** A milder negative word is a complaint outside an objection's own words. */
const NEGATIVE = -1;

/** Reads the wording facts of a scan, given the signals whose evidence words are objections. */
export function readWording(scan: ValenceScan, signals: readonly Signal[]): Wording {
  const objectionSpans = signals.filter((s) => s.type.startsWith('objection.')).flatMap((s) => s.evidence);
  let complaint = scan.questions >= 2;
  let enthusiasm = false;
  let doubt = false;
  for (const c of scan.contributions) {
    const inObjection = objectionSpans.some((e) => c.start >= e.start && c.end <= e.end);
    // Words inside an objection are the objection itself ("too expensive"), unless they are strong ("defective", "carísimo").
    if (c.mode === 'frustrated' || (c.mode === undefined && (c.valence <= STRONG_NEGATIVE || (c.valence <= NEGATIVE && !inObjection)))) {
      complaint = true;
    }
    if (c.source === 'emoji' && c.valence < 0 && c.mode !== 'hesitant') {
      complaint = true;
    }
    if (c.mode === 'engaged' || c.valence >= STRONG_PRAISE || (c.valence >= 1 && scan.exclamations >= 1 && c.source !== 'emoji')) {
      enthusiasm = true;
    }
    if (c.mode === 'skeptical' && c.source !== 'emoji') {
      doubt = true;
    }
  }
  return { complaint: complaint || (scan.exclamations >= 2 && sumValence(scan.contributions) < 0), enthusiasm, doubt };
}

/**
 * Moves the frustrated votes of a sentence that describes a bad past supplier
 * to skeptical: "the last supplier took our deposit and never replied" is
 * distrust of the next supplier, not anger at this one.
 */
export function blamePastSupplier(contributions: readonly Contribution[], signals: readonly Signal[], tokens: readonly Token[]): Contribution[] {
  const stories = signals.filter((s) => s.type === 'objection.supplier_history').flatMap((s) => s.evidence);
  if (stories.length === 0) {
    return [...contributions];
  }
  const sentenceAt = sentenceLookup(tokens);
  const storySentences = new Set(stories.map((e) => sentenceAt(e.start)));
  return contributions.map((c) =>
    c.mode === 'frustrated' && storySentences.has(sentenceAt(c.start)) ? { ...c, mode: 'skeptical', rule: `past_supplier.${c.rule}` } : c,
  );
}

/** Returns a function from a character offset to the index of its sentence. */
function sentenceLookup(tokens: readonly Token[]): (offset: number) => number {
  const sentenceOf = sentenceIndexes(tokens);
  return (offset) => {
    let sentence = 0;
    for (let i = 0; i < tokens.length && (tokens[i] as Token).start <= offset; i++) {
      sentence = sentenceOf[i] as number;
    }
    return sentence;
  };
}

/** Sums the valences of the contributions. */
export function sumValence(contributions: readonly Contribution[]): number {
  return contributions.reduce((sum, c) => sum + c.valence, 0);
}
