/**
 * Features of one message for the learned layer: word stems and stem pairs
 * (with a negation mark inside a negator's scope), punctuation and emoji,
 * the rule engine's own signals, entities and mode, and a length bucket.
 * Every text feature keeps the span of the words that produced it, so a
 * learned conclusion can quote its evidence like a rule does.
 *
 * Words that name what an objection is about (the language's topic words:
 * "price", "MOQ", "lead time") get their own prefix, `tw:` and `tb:`, so
 * training can keep them away from the objection outputs: a topic alone is
 * no objection ("MOQ is 1000 pcs"). What makes one is the topic and a
 * negative evaluation in one sentence ("the price is way too steep"), which
 * the `tn:<type>` feature marks. A topic with only a positive evaluation in
 * its sentence gets `tp:<type>` ("Lead time 25 days is fine"): a settled
 * topic. `topic:<type>` marks a topic named anywhere.
 *
 * Scare quotes give `punct:quote`, and with them each topic named gives
 * `qt:<type>`: a quoted claim about a topic mostly objects to it.
 */
import type { Entity, Sentiment, Signal, SignalType } from '../../core/types.js';
import type { Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import { REFERENCE_MARKERS } from '../lang/neutral.js';
import type { LanguageCues, LexiconEntry } from '../lang/types.js';
import { normalizeWord } from '../text/normalize.js';
import { scareQuotes } from '../sentiment/irony.js';
import { comingBackSpan } from '../signals/coming-back.js';
import { stemOf } from './stem.js';

/** One feature of a message; `start` and `end` are -1 for a feature with no words behind it. */
export interface Feature {
  name: string;
  start: number;
  end: number;
}

/** Word tokens after a negator that carry its mark ("not too expensive" → n:too n:expens). */
const NEGATION_SCOPE = 3;
/** Word count buckets of the length feature. */
const LENGTH_BUCKETS = [3, 8, 20, 50] as const;
/** A token that is a number or a code with digits: it names no concept, the entity features cover it. */
const HAS_DIGIT_RE = /\p{N}/u;

/**
 * Feature of a number that names something (a PO, RFQ or ticket number, a
 * phone number, an email or web address): it is no quantity or size, which `shape:`
 * features of other numbers mostly mark.
 */
const REFERENCE_SHAPE = 'shape:id';
const REFERENCE_WORDS: ReadonlySet<string> = new Set(REFERENCE_MARKERS.map(normalizeWord));
/** Entity types whose digits are references. */
const REFERENCE_ENTITIES: ReadonlySet<string> = new Set(['phone', 'email', 'url']);

/** Feature prefixes of topic words and of stem pairs with a topic word. */
export const TOPIC_PREFIXES = ['tw:', 'tb:', 'topic:'] as const;
/** Feature of a message whose every sentence is a question. */
export const QUESTIONS_ONLY = 'q:only';
/**
 * Prefix of a question of one word ("Hello??", "MOQ?", "Alguien?"), with
 * the word's stem. A chaser's "Hello??" is frustrated where "Hello!" opens
 * a calm email, and the word alone cannot tell them apart.
 */
const ONE_WORD_QUESTION = 'q1:';
/** Feature of a message that promises to write back ("I'll get back to you", "te aviso"). */
const COMING_BACK = 'promise:back';
/** A sentence ends at one of these marks. */
const SENTENCE_END_RE = /[.!?;\n]/;

const compile = perLanguage((cues: LanguageCues) => {
  const topics = new Map<string, SignalType>();
  for (const group of cues.topics.words) {
    for (const word of group.words) {
      const key = normalizeWord(word);
      if (!topics.has(key)) topics.set(key, group.type);
    }
  }
  const valence = new Map<string, number>();
  for (const [word, entry] of Object.entries(cues.sentiment.lexicon) as [string, LexiconEntry][]) {
    const key = normalizeWord(word);
    if (!valence.has(key)) valence.set(key, typeof entry === 'number' ? entry : entry[0]);
  }
  return {
    topics,
    valence,
    cueWords: cueWordTypes(cues, topics),
    entityTopics: new Map(Object.entries(cues.topics.entities)),
    negators: new Set(cues.negators.map(normalizeWord)),
    words: new Map<string, WordInfo>(),
  };
});

/** A cue word used by more signal types than this marks none of them. */
const MAX_CUE_WORD_TYPES = 2;
/** Cue words shorter than this ("de", "the", "في") are too common to mark a type. */
const MIN_CUE_WORD = 4;
const CUE_LITERAL_RE = /^[\p{L}\p{M}]+$/u;

/**
 * Maps each literal word of the language's signal cue patterns to the types
 * whose cues use it: "order" and "pedido" both mark `intent.purchase`. The
 * `cw:<type>` features they raise are shared by all languages, so a word of
 * a cue that did not match in full still counts where the data is thin.
 * Topic words are left out: "price" alone is no objection.
 */
function cueWordTypes(cues: LanguageCues, topics: ReadonlyMap<string, SignalType>): Map<string, string[]> {
  const types = new Map<string, Set<SignalType>>();
  for (const cue of cues.signals) {
    for (const element of cue.pattern.split(/\s+/)) {
      for (const alternative of element.replace(/^[?^]+/, '').split('|')) {
        if (alternative.length < MIN_CUE_WORD || !CUE_LITERAL_RE.test(alternative)) continue;
        const key = normalizeWord(alternative);
        if (topics.has(key)) continue;
        let set = types.get(key);
        if (set === undefined) {
          set = new Set();
          types.set(key, set);
        }
        set.add(cue.type);
      }
    }
  }
  const out = new Map<string, string[]>();
  for (const [word, set] of types) {
    if (set.size <= MAX_CUE_WORD_TYPES) out.set(word, [...set].map((type) => unigramName('cw:', type)));
  }
  return out;
}

/** Facts of one word token, computed once per spelling and language tables. */
interface WordInfo {
  /** `shape:` name of a token with digits; null for a word. */
  shape: string | null;
  negator: boolean;
  stem: string;
  topic: SignalType | undefined;
  valence: number;
  /** Unigram feature names without and with the negation mark. */
  plain: string;
  negated: string;
  /** `cw:<type>` names of the signal types whose cues use this word. */
  cueTypes: readonly string[];
}

const NO_TYPES: readonly string[] = [];

/** Words cached per language tables before the cache is emptied. */
const WORD_CACHE_LIMIT = 100_000;

type Compiled = ReturnType<typeof compile>;

/** Returns the cached facts of a word token, computing them on first sight. */
function wordInfo(compiled: Compiled, language: string, tokenNorm: string, form: string): WordInfo {
  const key = form === tokenNorm ? tokenNorm : `${tokenNorm}\u0000${form}`;
  let info = compiled.words.get(key);
  if (info === undefined) {
    const shape = HAS_DIGIT_RE.test(tokenNorm) ? unigramName('shape:', digitShape(tokenNorm)) : null;
    const stem = shape === null ? stemOf(language, form) : '';
    const topic = compiled.topics.get(tokenNorm) ?? compiled.topics.get(form);
    const plainPrefix = topic === undefined ? 'w:' : 'tw:';
    info = {
      shape,
      negator: compiled.negators.has(tokenNorm),
      stem,
      topic,
      valence: compiled.valence.get(tokenNorm) ?? compiled.valence.get(form) ?? 0,
      plain: unigramName(plainPrefix, stem),
      negated: unigramName(topic === undefined ? 'w:n:' : 'tw:n:', stem),
      cueTypes: compiled.cueWords.get(tokenNorm) ?? compiled.cueWords.get(form) ?? NO_TYPES,
    };
    if (compiled.words.size >= WORD_CACHE_LIMIT) compiled.words.clear();
    compiled.words.set(key, info);
  }
  return info;
}

/** Interned names: the same string object for the same feature, so map lookups reuse its cached hash. */
const NAME_CACHE_LIMIT = 200_000;
const unigramNames = new Map<string, Map<string, string>>();
const pairNames = { 'b:': new Map<string, Map<string, string>>(), 'tb:': new Map<string, Map<string, string>>() };
let cachedNames = 0;

/** Returns the interned name `prefix` + `word`. */
function unigramName(prefix: string, word: string): string {
  let byWord = unigramNames.get(prefix);
  if (byWord === undefined) {
    byWord = new Map();
    unigramNames.set(prefix, byWord);
  }
  let name = byWord.get(word);
  if (name === undefined) {
    name = `${prefix}${word}`;
    byWord.set(word, name);
    countName();
  }
  return name;
}

/** Returns the interned name of a stem pair, `prefix` + `first` + "_" + `second`. */
function pairName(prefix: 'b:' | 'tb:', first: string, second: string): string {
  const byFirst = pairNames[prefix];
  let bySecond = byFirst.get(first);
  if (bySecond === undefined) {
    bySecond = new Map();
    byFirst.set(first, bySecond);
  }
  let name = bySecond.get(second);
  if (name === undefined) {
    name = `${prefix}${first}_${second}`;
    bySecond.set(second, name);
    countName();
  }
  return name;
}

function countName(): void {
  cachedNames += 1;
  if (cachedNames > NAME_CACHE_LIMIT) {
    unigramNames.clear();
    pairNames['b:'].clear();
    pairNames['tb:'].clear();
    cachedNames = 0;
  }
}

interface SentenceState {
  /** First span of each topic named in the sentence. */
  topics: Map<SignalType, { start: number; end: number }>;
  /** First negative evaluation in the sentence: a negative word, or a positive one under negation. */
  negative: { start: number; end: number } | null;
  /** First positive evaluation in the sentence: a positive word, or a negative one under negation. */
  positive: { start: number; end: number } | null;
}

/**
 * Shape of a token with digits: a dimension ("60x60"), a number with a unit
 * or code ("12w", "4mm", "ss304"), or a plain number. Specs are written this way.
 */
function digitShape(norm: string): string {
  if (/\p{N}\s*[x×*]\s*\p{N}/u.test(norm)) return 'dimension';
  if (/\p{L}/u.test(norm)) return 'coded';
  return 'number';
}

/** Rule engine conclusions about the message, read as features. */
export interface RuleView {
  signals: readonly Signal[];
  suppressed: ReadonlySet<string>;
  entities: readonly Entity[];
  sentiment: Sentiment | null;
}

/** Lists the features of one message. Names repeat when a word repeats; the model counts each once. */
export function messageFeatures(doc: Doc, language: string, rules: RuleView): Feature[] {
  const out: Feature[] = [{ name: unigramName('lang:', language), start: -1, end: -1 }];
  const compiled = compile(doc.cues);
  const { entityTopics } = compiled;
  const sentences: SentenceState[] = [{ topics: new Map(), negative: null, positive: null }];
  const sentenceStarts = [0];
  let previous: { stem: string; start: number; topic: boolean } | null = null;
  /** True right after a reference marker ("PO", "RFQ", "N°"), through the punctuation that follows it. */
  let afterMarker = false;
  const referenceSpans = rules.entities.filter((entity) => REFERENCE_ENTITIES.has(entity.type));
  let negatedLeft = 0;
  let words = 0;
  let exclamations = 0;
  /** Words since the last sentence end, and sentences with words: all, and those ending in "?". */
  let sentenceWords = 0;
  let wordedSentences = 0;
  let questions = 0;
  for (const token of doc.tokens) {
    if (token.kind === 'punct') {
      if (SENTENCE_END_RE.test(token.norm)) {
        if (sentenceWords === 1 && previous !== null && token.norm.includes('?')) {
          out.push({ name: unigramName(ONE_WORD_QUESTION, previous.stem), start: previous.start, end: token.end });
        }
        sentences.push({ topics: new Map(), negative: null, positive: null });
        sentenceStarts.push(token.end);
        if (sentenceWords > 0) {
          wordedSentences += 1;
          if (token.norm.includes('?')) questions += 1;
        }
        sentenceWords = 0;
      }
      if (token.norm.includes('?')) out.push({ name: 'punct:?', start: token.start, end: token.end });
      if (token.norm.includes('!')) {
        exclamations += 1;
        out.push({ name: 'punct:!', start: token.start, end: token.end });
      }
      previous = null;
      negatedLeft = 0;
      if (SENTENCE_END_RE.test(token.norm) && token.norm !== '.') afterMarker = false;
      continue;
    }
    if (token.kind === 'emoji') {
      out.push({ name: unigramName('emoji:', token.norm), start: token.start, end: token.end });
      continue;
    }
    words += 1;
    sentenceWords += 1;
    const info = wordInfo(compiled, language, token.norm, token.forms?.at(-1) ?? token.norm);
    if (info.shape !== null) {
      const reference = afterMarker || doc.text[token.start - 1] === '#' || referenceSpans.some((entity) => entity.start <= token.start && token.end <= entity.end);
      out.push({ name: reference ? REFERENCE_SHAPE : info.shape, start: token.start, end: token.end });
      previous = null;
      afterMarker = false;
      continue;
    }
    afterMarker = REFERENCE_WORDS.has(token.norm);
    if (info.negator) {
      out.push({ name: 'neg', start: token.start, end: token.end });
      negatedLeft = NEGATION_SCOPE;
      previous = { stem: 'NOT', start: token.start, topic: false };
      continue;
    }
    const { stem, topic } = info;
    const negated = negatedLeft > 0;
    const sentence = sentences[sentences.length - 1]!;
    if (topic !== undefined && !sentence.topics.has(topic)) sentence.topics.set(topic, { start: token.start, end: token.end });
    if (sentence.positive === null && (negated ? info.valence < 0 : info.valence > 0)) {
      sentence.positive = { start: token.start, end: token.end };
    }
    if (sentence.negative === null && (negated ? info.valence > 0 : info.valence < 0)) {
      sentence.negative = { start: token.start, end: token.end };
    }
    out.push({ name: negated ? info.negated : info.plain, start: token.start, end: token.end });
    if (!negated) for (const name of info.cueTypes) out.push({ name, start: token.start, end: token.end });
    if (previous !== null) {
      const pairPrefix: 'b:' | 'tb:' = topic !== undefined || previous.topic ? 'tb:' : 'b:';
      out.push({ name: pairName(pairPrefix, previous.stem, stem), start: previous.start, end: token.end });
    }
    previous = { stem, start: token.start, topic: topic !== undefined };
    if (negatedLeft > 0) negatedLeft -= 1;
  }
  for (const entity of rules.entities) {
    const topic = entityTopics.get(entity.type);
    if (topic === undefined) continue;
    let index = sentenceStarts.length - 1;
    while (index > 0 && sentenceStarts[index]! > entity.start) index -= 1;
    const sentence = sentences[index]!;
    if (!sentence.topics.has(topic)) sentence.topics.set(topic, { start: entity.start, end: entity.end });
  }
  const named = new Map<SignalType, { start: number; end: number }>();
  for (const sentence of sentences) {
    for (const [topic, at] of sentence.topics) if (!named.has(topic)) named.set(topic, at);
  }
  for (const [topic, at] of named) out.push({ name: unigramName('topic:', topic), start: at.start, end: at.end });
  for (const sentence of sentences) {
    const judged = sentence.negative ?? sentence.positive;
    if (judged === null) continue;
    const prefix = sentence.negative === null ? 'tp:' : 'tn:';
    for (const [topic, at] of sentence.topics) {
      const start = Math.min(at.start, judged.start);
      const end = Math.max(at.end, judged.end);
      out.push({ name: unigramName(prefix, topic), start, end });
    }
  }
  if (exclamations >= 2) out.push({ name: 'punct:!!', start: -1, end: -1 });
  // A promise to write back ("te aviso", "will revert") mostly puts off a decision: one feature for every wording.
  const promise = comingBackSpan(doc.tokens, doc.cues);
  if (promise !== null) out.push({ name: COMING_BACK, ...promise });
  // A quoted claim with a topic ("'entrega en 8 días hábiles'. Vamos en 19") is mostly an objection of that topic's type.
  const quotes = scareQuotes(doc.text);
  for (const quote of quotes) out.push({ name: 'punct:quote', start: quote.start, end: quote.end });
  if (quotes.length > 0) for (const [topic, at] of named) out.push({ name: unigramName('qt:', topic), start: at.start, end: at.end });
  if (sentenceWords > 0) wordedSentences += 1;
  if (questions > 0 && questions === wordedSentences) out.push({ name: QUESTIONS_ONLY, start: -1, end: -1 });
  const bucket = LENGTH_BUCKETS.findIndex((limit) => words <= limit);
  out.push({ name: unigramName('len:', String(bucket === -1 ? LENGTH_BUCKETS.length : bucket)), start: -1, end: -1 });
  for (const signal of rules.signals) {
    if (signal.type.startsWith('context.')) continue;
    const evidence = signal.evidence[0];
    out.push({ name: unigramName('rule:', signal.type), start: evidence?.start ?? -1, end: evidence?.end ?? -1 });
  }
  for (const type of rules.suppressed) out.push({ name: unigramName('suppressed:', type), start: -1, end: -1 });
  for (const entity of rules.entities) {
    const kind = entity.type === 'date' && entity.kind === 'deadline' ? 'deadline' : entity.type;
    out.push({ name: unigramName('entity:', kind), start: entity.start, end: entity.end });
  }
  if (rules.sentiment !== null) {
    out.push({ name: unigramName('mode:', rules.sentiment.mode), start: -1, end: -1 });
    const polarity = rules.sentiment.polarity;
    let sign = '0';
    if (polarity > 0.2) sign = '+';
    else if (polarity < -0.2) sign = '-';
    out.push({ name: unigramName('polarity:', sign), start: -1, end: -1 });
  }
  return out;
}
