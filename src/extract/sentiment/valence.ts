/**
 * Word- and phrase-level valence scan. Phrases are matched first and consume
 * their tokens. The remaining words are looked up in the lexicon, with
 * negation, intensifiers, elongation ("sooo"), ALL CAPS and sarcasm applied.
 */
import { EMOJI } from '../data/emoji.js';
import type { Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues, LexiconEntry, ModeCue, SentimentPhrase } from '../lang/types.js';
import { PhraseMatcher, type PhraseHit } from '../text/phrases.js';
import { sentenceIndexes, type Token } from '../text/tokens.js';

/** One word, emoji or phrase that moved the valence or voted for a mode. */
export interface Contribution {
  start: number;
  end: number;
  valence: number;
  mode: ModeCue | undefined;
  weight: number;
  rule: string;
}

/** Valence scan result: the contributions plus punctuation emphasis. */
export interface ValenceScan {
  contributions: Contribution[];
  /** Maximum count of "!" in one punctuation token. */
  exclamations: number;
  /** Maximum count of "?" in one punctuation token. */
  questions: number;
}

/** Factor for a negated positive word, VADER's N_SCALAR (-0.74 in vader-sentiment 1.1.3): it flips and shrinks. */
const NEGATED_POSITIVE = -0.74;
/** Parley's own: a negated negative word ("not bad") turns mildly positive, not strongly. */
const NEGATED_NEGATIVE = -0.4;
const EMPHASIS = 1.2;
const NEGATION_WINDOW = 3;
const INTENSIFIER_WINDOW = 2;
const ELONGATED_RE = /(\p{L})\1{2,}/u;

// Maps, not the plain objects of the cue tables: a token such as "constructor"
// must not find a property of Object.prototype.
const compile = perLanguage((cues: LanguageCues) => ({
  phrases: new PhraseMatcher(cues.sentiment.phrases.map((p) => ({ pattern: p.pattern, payload: p }))),
  negators: new Set(cues.negators),
  lexicon: new Map(Object.entries(cues.sentiment.lexicon)),
  intensifiers: new Map(Object.entries(cues.sentiment.intensifiers)),
}));

type Compiled = ReturnType<typeof compile>;
const EMOJI_MAP = new Map(Object.entries(EMOJI));

/** Scans one message for valenced words, emoji and phrases. */
export function scanValence(doc: Doc): ValenceScan {
  const compiled = compile(doc.cues);
  const consumed = new Uint8Array(doc.tokens.length);
  const contributions: Contribution[] = [];
  const hits = nonOverlapping(compiled.phrases.match(doc.tokens));
  // Sentences only matter for sarcasm, which is rare, so they are split only then.
  const sentenceOf = hits.some((h) => h.payload.sarcasm === true) ? sentenceIndexes(doc.tokens) : null;
  const sarcastic: number[] = [];

  for (const hit of hits) {
    consumed.fill(1, hit.from, hit.to);
    contributions.push(phraseContribution(doc.tokens, hit));
    if (hit.payload.sarcasm === true && sentenceOf !== null) {
      sarcastic.push(sentenceOf[hit.from] as number);
    }
  }

  let exclamations = 0;
  let questions = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    const token = doc.tokens[i] as Token;
    if (token.kind === 'punct') {
      exclamations = Math.max(exclamations, count(token.norm, '!'));
      questions = Math.max(questions, count(token.norm, '?'));
      continue;
    }
    if (consumed[i] === 0) {
      const c = wordContribution(doc, i, compiled, sentenceOf !== null && sarcastic.includes(sentenceOf[i] as number));
      if (c !== null) {
        contributions.push(c);
      }
    }
  }
  return { contributions, exclamations, questions };
}

function phraseContribution(tokens: readonly Token[], hit: PhraseHit<SentimentPhrase>): Contribution {
  const p = hit.payload;
  const start = (tokens[hit.from] as Token).start;
  const end = (tokens[hit.to - 1] as Token).end;
  return { start, end, valence: p.valence, mode: p.mode, weight: p.weight ?? 1, rule: p.id };
}

function wordContribution(doc: Doc, i: number, compiled: Compiled, sarcastic: boolean): Contribution | null {
  const token = doc.tokens[i] as Token;
  const entry = token.kind === 'emoji' ? EMOJI_MAP.get(token.raw) ?? EMOJI_MAP.get(token.raw.replace(/\uFE0F/g, '')) : lookup(compiled.lexicon, token.norm);
  if (entry === undefined) {
    return null;
  }
  let valence = typeof entry === 'number' ? entry : entry[0];
  let mode: ModeCue | undefined = typeof entry === 'number' ? undefined : entry[1];
  valence *= intensity(doc, i, token, compiled.intensifiers);
  if (token.kind === 'word' && isNegated(doc.tokens, i, compiled.negators)) {
    valence *= valence > 0 ? NEGATED_POSITIVE : NEGATED_NEGATIVE;
    mode = undefined;
  }
  if (sarcastic && valence > 0) {
    valence = -valence;
    mode = 'frustrated';
  }
  return { start: token.start, end: token.end, valence, mode, weight: 1, rule: token.kind === 'emoji' ? 'emoji' : `lexicon.${token.norm}` };
}

function lookup(lexicon: ReadonlyMap<string, LexiconEntry>, norm: string): LexiconEntry | undefined {
  const direct = lexicon.get(norm);
  if (direct !== undefined || norm.length < 4 || !ELONGATED_RE.test(norm)) {
    return direct;
  }
  // "goood" → "good", "sooo" → "so": try runs of two, then of one.
  return lexicon.get(norm.replace(/(\p{L})\1{2,}/gu, '$1$1')) ?? lexicon.get(norm.replace(/(\p{L})\1{2,}/gu, '$1'));
}

function intensity(doc: Doc, i: number, token: Token, intensifiers: ReadonlyMap<string, number>): number {
  let factor = 1;
  if (ELONGATED_RE.test(token.norm)) {
    factor *= EMPHASIS;
  }
  if (token.raw.length >= 3 && token.raw === token.raw.toUpperCase() && token.raw !== token.raw.toLowerCase()) {
    factor *= EMPHASIS;
  }
  for (let k = i - 1; k >= 0 && k >= i - INTENSIFIER_WINDOW; k--) {
    const prev = doc.tokens[k] as Token;
    if (prev.kind === 'punct') {
      break;
    }
    const multiplier = intensifiers.get(prev.norm);
    if (multiplier !== undefined) {
      return factor * multiplier;
    }
    if (prev.norm.length >= 3 && ELONGATED_RE.test(prev.norm)) {
      const stretched = intensifiers.get(prev.norm.replace(/(\p{L})\1{2,}/gu, '$1'));
      if (stretched !== undefined) {
        return factor * stretched * EMPHASIS; // "sooo good"
      }
    }
  }
  return factor;
}

function isNegated(tokens: readonly Token[], i: number, negators: ReadonlySet<string>): boolean {
  for (let k = i - 1; k >= 0 && k >= i - NEGATION_WINDOW; k--) {
    const prev = tokens[k] as Token;
    if (prev.kind === 'punct') {
      return false;
    }
    if (negators.has(prev.norm)) {
      return true;
    }
  }
  return false;
}

function nonOverlapping<T>(hits: PhraseHit<T>[]): PhraseHit<T>[] {
  const sorted = hits.sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: PhraseHit<T>[] = [];
  let end = -1;
  for (const hit of sorted) {
    if (hit.from >= end) {
      kept.push(hit);
      end = hit.to;
    }
  }
  return kept;
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) {
    if (c === ch) {
      n++;
    }
  }
  return n;
}
