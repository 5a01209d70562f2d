/**
 * Word- and phrase-level valence scan. Phrases are matched first and consume
 * their tokens. A positive phrase after a negator ("ne nous convient pas",
 * "no nos conviene", "não nos atende") flips like a negated word. The
 * remaining words are looked up in the lexicon, with negation, intensifiers,
 * elongation ("sooo", "جداااا"), ALL CAPS and sarcasm applied. An elongated
 * word is looked up by its shorter forms and counts as emphasis.
 */
import { EMOJI } from '../data/emoji.js';
import type { Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues, ModeCue, SentimentPhrase } from '../lang/types.js';
import { endsInQuestion } from '../signals/negation.js';
import { PhraseMatcher, type PhraseHit } from '../text/phrases.js';
import { normalizedSet, normalizeWord } from '../text/normalize.js';
import { isElongated, sentenceIndexes, tokenIn, type Token } from '../text/tokens.js';
import { isNegatedPhrase, NEGATED_POSITIVE, phraseContribution, settleResolved, tokenSpan } from './phrase-valence.js';

/**
 * Emoji that voice doubt on their own (🤔 🧐 🤨). Other emoji amplify the
 * words around them and vote at half weight. These vote like a word, because
 * writers labeled 23 of the 27 lines with them skeptical.
 */
const DOUBT_EMOJI: ReadonlySet<string> = new Set(['🤔', '🧐', '🤨']);
/** Weight of a doubt emoji before the half weight of emoji: a full word's vote. */
const DOUBT_EMOJI_WEIGHT = 2;

/** Source of a contribution: a sentiment phrase, a lexicon word, an emoji, a buyer signal or an irony marker. */
export type ContributionSource = 'phrase' | 'word' | 'emoji' | 'signal' | 'irony';

/** One word, emoji, phrase or signal that moved the valence or voted for a mode. */
export interface Contribution {
  start: number;
  end: number;
  valence: number;
  mode: ModeCue | undefined;
  weight: number;
  rule: string;
  source: ContributionSource;
}

/** Valence scan result: the contributions plus punctuation emphasis. */
export interface ValenceScan {
  contributions: Contribution[];
  /** Resolution phrases ("fine now", "ya no es problema"): an earlier objection is settled. */
  resolutions: { start: number; end: number }[];
  /** Maximum count of "!" in one punctuation token. */
  exclamations: number;
  /** Maximum count of "?" in one punctuation token. */
  questions: number;
}

/** α of VADER's compound-score normalization, polarity = s / sqrt(s² + α) (15 in vader-sentiment 1.1.3). */
const ALPHA = 15;

/** Maps a sum of valences into (-1, 1) the way VADER's compound score does. */
export function normalizeValence(sum: number): number {
  return sum / Math.sqrt(sum * sum + ALPHA);
}

/** Parley's own: a negated negative word ("not bad") turns mildly positive, not strongly. */
const NEGATED_NEGATIVE = -0.4;
const EMPHASIS = 1.2;
const NEGATION_WINDOW = 3;
const INTENSIFIER_WINDOW = 2;

// Maps, not the plain objects of the cue tables: a token such as "constructor"
// must not find a property of Object.prototype.
const compile = perLanguage((cues: LanguageCues) => ({
  phrases: new PhraseMatcher(cues.sentiment.phrases.map((p) => ({ pattern: p.pattern, payload: p }))),
  resolutions: new PhraseMatcher(cues.resolutions.map((pattern) => ({ pattern, payload: pattern }))),
  negators: normalizedSet(cues.negators),
  lexicon: normalizedMap(cues.sentiment.lexicon),
  intensifiers: normalizedMap(cues.sentiment.intensifiers),
  postIntensifiers: normalizedMap(cues.sentiment.postIntensifiers ?? {}),
}));

/** Keys as token norms: a lexicon author may write "ممتاز" or "مُمتاز". The first spelling of a key wins. */
function normalizedMap<V>(table: Record<string, V>): Map<string, V> {
  const out = new Map<string, V>();
  for (const [key, value] of Object.entries(table)) {
    const norm = normalizeWord(key);
    if (!out.has(norm)) {
      out.set(norm, value);
    }
  }
  return out;
}

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
    contributions.push(phraseContribution(doc.tokens, hit, compiled.negators));
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
  // "Ce n'est pas corrigé" settles nothing, and neither does a proposal in a question ("on peut faire 30 % ?").
  const resolutionHits = compiled.resolutions
    .match(doc.tokens)
    .filter((hit) => !isNegatedPhrase(doc.tokens, hit, compiled.negators) && !endsInQuestion(doc.tokens, hit.from));
  if (resolutionHits.length > 0) {
    settleResolved(contributions, doc.tokens, resolutionHits);
  }
  const resolutions = resolutionHits.map((hit) => tokenSpan(doc.tokens, hit));
  return { contributions, resolutions, exclamations, questions };
}

function wordContribution(doc: Doc, i: number, compiled: Compiled, sarcastic: boolean): Contribution | null {
  const token = doc.tokens[i] as Token;
  const entry = token.kind === 'emoji' ? EMOJI_MAP.get(token.raw) ?? EMOJI_MAP.get(token.raw.replace(/\uFE0F/g, '')) : lookup(compiled.lexicon, token);
  if (entry === undefined) {
    return null;
  }
  if (token.kind === 'word' && isNamePart(doc.text, doc.tokens, i)) {
    return null;
  }
  let valence = typeof entry === 'number' ? entry : entry[0];
  let mode: ModeCue | undefined = typeof entry === 'number' ? undefined : entry[1];
  valence *= intensity(doc, i, token, compiled);
  if (token.kind === 'word' && isNegated(doc.tokens, i, compiled.negators)) {
    valence *= valence > 0 ? NEGATED_POSITIVE : NEGATED_NEGATIVE;
    mode = undefined;
  }
  if (sarcastic && valence > 0) {
    valence = -valence;
    mode = 'frustrated';
  }
  const source = token.kind === 'emoji' ? 'emoji' : 'word';
  const weight = source === 'emoji' && DOUBT_EMOJI.has(token.norm) ? DOUBT_EMOJI_WEIGHT : 1;
  return { start: token.start, end: token.end, valence, mode, weight, rule: source === 'emoji' ? 'emoji' : `lexicon.${token.norm}`, source };
}

/**
 * True for a capitalized word inside a sentence, after another word: it is
 * part of a name ("Canton Fair", "Good Hope"), not praise. A capital at a
 * sentence or line start, an ALL CAPS word and scripts without case do not
 * count.
 */
function isNamePart(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const prev = tokens[i - 1];
  // A line break starts a new sentence too ("Dear Sir\nGreat news").
  if (prev === undefined || prev.kind !== 'word' || text.slice(prev.end, token.start).includes('\n')) {
    return false;
  }
  const first = token.raw.charAt(0);
  const rest = token.raw.slice(1);
  return first !== first.toLowerCase() && rest === rest.toLowerCase() && rest !== rest.toUpperCase();
}

/** Looks a word up by its norm, then by its elongation forms ("goood" → "good", "sooo" → "so"). */
function lookup<V>(table: ReadonlyMap<string, V>, token: Token): V | undefined {
  const direct = table.get(token.norm);
  if (direct !== undefined || token.forms === undefined) {
    return direct;
  }
  for (const form of token.forms) {
    const entry = table.get(form);
    if (entry !== undefined) {
      return entry;
    }
  }
  return undefined;
}

function intensity(doc: Doc, i: number, token: Token, compiled: Compiled): number {
  let factor = 1;
  if (isElongated(token)) {
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
    const multiplier = lookup(compiled.intensifiers, prev);
    if (multiplier !== undefined) {
      // A stretched intensifier adds emphasis ("sooo good").
      return factor * multiplier * (isElongated(prev) ? EMPHASIS : 1);
    }
  }
  const next = doc.tokens[i + 1];
  if (next !== undefined && next.kind === 'word' && compiled.postIntensifiers.size > 0) {
    const multiplier = lookup(compiled.postIntensifiers, next);
    if (multiplier !== undefined) {
      return factor * multiplier * (isElongated(next) ? EMPHASIS : 1);
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
    if (tokenIn(negators, prev)) {
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
