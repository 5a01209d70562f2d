/**
 * Topic resolution for bare predicates. Buyers write "11.20?? too high" or
 * "MOQ 1000 per model is too much" without repeating what is too high, so a
 * cue with `topics` takes its type from the nearest word, entity or number
 * that names a price, a quantity, a lead time or a payment term.
 */
import type { Entity, SignalType } from '../../core/types.js';
import { MEASURE_UNIT_WORDS } from '../data/spec-units.js';
import type { Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues, SignalCue } from '../lang/types.js';
import { startsWithDigit } from '../text/anchors.js';
import { normalizeWord } from '../text/normalize.js';
import { isSentenceEnd, type Token } from '../text/tokens.js';

/**
 * A number with a decimal part: cents ("11.20", "9,5"), four or more decimals,
 * or a zero integer part ("0.125"). "1,000" and "1.200" look like grouped
 * integers and are not decimals here.
 */
const DECIMAL_RE = /^\d+[.,](?:\d{1,2}|\d{4,})$|^0[.,]\d+$/;

const compile = perLanguage((cues: LanguageCues) => {
  const words = new Map<string, SignalType>();
  for (const group of cues.topics.words) {
    for (const word of group.words) {
      const key = normalizeWord(word);
      if (!words.has(key)) {
        words.set(key, group.type); // the first group wins, so the message's own language goes first
      }
    }
  }
  return {
    words,
    entities: new Map(Object.entries(cues.topics.entities)),
    bareNumber: cues.topics.bareNumber,
    window: cues.topics.window,
    timeReferences: new Set((cues.topics.timeReferences ?? []).map(normalizeWord)),
  };
});

/** Maximum length of an article between a time reference and its lead-time word ("the", "del", "la"). */
const MAX_ARTICLE_LENGTH = 3;

type Compiled = ReturnType<typeof compile>;

/**
 * Returns the signal type of a topical hit over tokens [from, to), or null
 * when the hit must be dropped. Topic words and entities nearer the hit win.
 * A bare integer names no topic, because "5000 is too much" may be about a
 * price or a quantity, while a decimal ("11.20") is a price. The search looks
 * back across sentences ("11.20?? That's too high") but forward only to the
 * end of the sentence ("still far from 9.50").
 */
export function resolveTopic(doc: Doc, entities: readonly Entity[], cue: SignalCue, from: number, to: number): SignalType | null {
  const compiled = compile(doc.cues);
  let found: SignalType | null = null;
  // A number inside the hit names its own topic: "can you do 20 days" is a lead time, "can you do 2.10" a price.
  for (let index = from; index < to && found === null; index++) {
    const token = doc.tokens[index] as Token;
    if (token.kind === 'word' && startsWithDigit(token)) {
      found = topicAt(doc, entities, compiled, index);
    }
  }
  for (let distance = 1; distance <= compiled.window && found === null; distance++) {
    const before = from - distance;
    const after = to - 1 + distance;
    for (const index of [before, after]) {
      if (index < 0 || index >= doc.tokens.length || (index >= to && sentenceEndsBetween(doc.tokens, to, index))) {
        continue;
      }
      found = topicAt(doc, entities, compiled, index);
      if (found !== null) {
        break;
      }
    }
  }
  if (found === null) {
    return cue.topicOptional === true ? cue.type : null;
  }
  return cue.topics?.includes(found) === true ? found : null;
}

function topicAt(doc: Doc, entities: readonly Entity[], compiled: Compiled, index: number): SignalType | null {
  const token = doc.tokens[index] as Token;
  if (token.kind !== 'word') {
    return null;
  }
  const word = tokenWord(compiled.words, token);
  if (word === 'objection.lead_time' && afterTimeReference(doc.tokens, compiled.timeReferences, index)) {
    return null;
  }
  if (word !== undefined) {
    return word;
  }
  if (!startsWithDigit(token)) {
    return null;
  }
  for (const entity of entities) {
    if (entity.start <= token.start && token.start < entity.end) {
      const type = compiled.entities.get(entity.type);
      if (type !== undefined) {
        return type;
      }
    }
  }
  if (!DECIMAL_RE.test(token.norm)) return null;
  // "1,32 mm" is a size, so a complaint about it is about quality, not price.
  const next = doc.tokens[index + 1];
  return next !== undefined && MEASURE_UNIT_WORDS.has(next.norm) ? 'objection.quality' : compiled.bareNumber;
}

/** True when the word before the token, or the one before a short article, is a time reference ("before shipment"). */
function afterTimeReference(tokens: readonly Token[], references: ReadonlySet<string>, index: number): boolean {
  if (references.size === 0) {
    return false;
  }
  const previous = tokens[index - 1];
  if (previous === undefined || previous.kind !== 'word') {
    return false;
  }
  if (references.has(previous.norm)) {
    return true;
  }
  const before = tokens[index - 2];
  return [...previous.norm].length <= MAX_ARTICLE_LENGTH && before !== undefined && before.kind === 'word' && references.has(before.norm);
}

function tokenWord(words: ReadonlyMap<string, SignalType>, token: Token): SignalType | undefined {
  const direct = words.get(token.norm);
  if (direct !== undefined || token.forms === undefined) {
    return direct;
  }
  for (const form of token.forms) {
    const type = words.get(form);
    if (type !== undefined) {
      return type;
    }
  }
  return undefined;
}

function sentenceEndsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (isSentenceEnd(tokens[i] as Token)) {
      return true;
    }
  }
  return false;
}
