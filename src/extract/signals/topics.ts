/**
 * Topic resolution for bare predicates. Buyers write "11.20?? too high" or
 * "MOQ 1000 per model is too much" without repeating what is too high, so a
 * cue with `topics` takes its type from the nearest word, entity or number
 * that names a price, a quantity, a lead time or a payment term.
 */
import type { Entity, SignalType } from '../../core/types.js';
import type { Doc } from '../doc.js';
import { perLanguage } from '../lang/compiled.js';
import type { LanguageCues, SignalCue } from '../lang/types.js';
import { startsWithDigit } from '../text/anchors.js';
import { isSentenceEnd, type Token } from '../text/tokens.js';

const DECIMAL_RE = /^\d+[.,]\d+$/;

const compile = perLanguage((cues: LanguageCues) => {
  const words = new Map<string, SignalType>();
  for (const group of cues.topics.words) {
    for (const word of group.words) {
      words.set(word, group.type);
    }
  }
  return { words, entities: new Map(Object.entries(cues.topics.entities)), bareNumber: cues.topics.bareNumber, window: cues.topics.window };
});

type Compiled = ReturnType<typeof compile>;

/** A topic candidate: its type and whether it is only a bare integer, the weakest kind. */
interface Topic {
  type: SignalType;
  weak: boolean;
}

/**
 * Returns the signal type of a topical hit over tokens [from, to), or null
 * when the hit must be dropped. Topic words and entities nearer the hit win.
 * A bare integer counts only when no word or entity is in reach, because
 * "minimum order of 10k" is about the MOQ, not a price. The search looks back
 * across sentences ("11.20?? That's too high") but forward only to the end of
 * the sentence ("still far from 9.50").
 */
export function resolveTopic(doc: Doc, entities: readonly Entity[], cue: SignalCue, from: number, to: number): SignalType | null {
  const compiled = compile(doc.cues);
  let strong: SignalType | null = null;
  let weak: SignalType | null = null;
  for (let distance = 1; distance <= compiled.window && strong === null; distance++) {
    const before = from - distance;
    const after = to - 1 + distance;
    for (const index of [before, after]) {
      if (index < 0 || index >= doc.tokens.length || (index >= to && sentenceEndsBetween(doc.tokens, to, index))) {
        continue;
      }
      const topic = topicAt(doc, entities, compiled, index);
      if (topic === null) {
        continue;
      }
      if (!topic.weak) {
        strong = topic.type;
        break;
      }
      weak ??= topic.type;
    }
  }
  const found = strong ?? weak;
  if (found === null) {
    return cue.topicOptional === true ? cue.type : null;
  }
  return cue.topics?.includes(found) === true ? found : null;
}

function topicAt(doc: Doc, entities: readonly Entity[], compiled: Compiled, index: number): Topic | null {
  const token = doc.tokens[index] as Token;
  if (token.kind !== 'word') {
    return null;
  }
  const word = compiled.words.get(token.norm);
  if (word !== undefined) {
    return { type: word, weak: false };
  }
  if (!startsWithDigit(token)) {
    return null;
  }
  for (const entity of entities) {
    if (entity.start <= token.start && token.start < entity.end) {
      const type = compiled.entities.get(entity.type);
      if (type !== undefined) {
        return { type, weak: false };
      }
    }
  }
  return { type: compiled.bareNumber, weak: !DECIMAL_RE.test(token.norm) };
}

function sentenceEndsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (isSentenceEnd(tokens[i] as Token)) {
      return true;
    }
  }
  return false;
}
