/**
 * Irony markers that need no language's words: emoji buyers use to mock, and
 * scare quotes around the seller's own claim ("special price", « conjoncture »).
 */
import type { Token } from '../text/tokens.js';

/** Emoji that mark the whole message as ironic: 🙃 (upside-down face). */
const IRONY_EMOJI = new Set(['🙃']);

/**
 * Emoji that mock only next to a complaint: applause, tears of laughter and
 * an eye roll. Without a complaint they are praise, laughter or doubt. An eye
 * roll is negative, so it counts as the complaint itself.
 */
const MOCKING_EMOJI = new Set(['👏', '😂', '🤣', '🙄', '😒']);

/**
 * A quoted stretch of up to 40 characters between matching quote marks.
 * `MAX_QUOTED_WORDS` limits its words. A straight single quote opens only
 * after a space or an opening bracket and closes only before a space or
 * punctuation, so apostrophes ("l'offre", "don't") open nothing. A double
 * quote right after a digit is an inch mark (2" pipe) and opens nothing.
 */
const SCARE_QUOTE_RE = /(?<!\p{N})"[^"\n]{1,40}"|“[^”\n]{1,40}”|«[^»\n]{1,40}»|„[^“”\n]{1,40}[“”]|‘[^’\n]{1,40}’|(?<=^|[\s(])'[^'\s][^'\n]{0,38}(?<=\S)'(?=$|[\s.,;:!?)…-])/gu;
const MAX_QUOTED_WORDS = 5;
/** U+FE0F, the variation selector that selects the emoji presentation of the character before it. */
const VARIATION_SELECTOR = '\uFE0F';

/** Irony markers found in one message. */
export interface IronyMarkers {
  /** Markers that make the message ironic on their own. */
  ironic: { start: number; end: number }[];
  /** Markers that make the message ironic when it also complains or objects. */
  mocking: { start: number; end: number }[];
  /** The scare quotes among `mocking`: in a message with no other mode they quote a claim the buyer doubts. */
  quotes: readonly { start: number; end: number }[];
}

/** Finds irony emoji, mocking emoji and scare-quoted words. */
export function findIronyMarkers(text: string, tokens: readonly Token[]): IronyMarkers {
  const ironic: { start: number; end: number }[] = [];
  const mocking: { start: number; end: number }[] = [];
  for (const token of tokens) {
    if (token.kind !== 'emoji') {
      continue;
    }
    const emoji = token.raw.includes(VARIATION_SELECTOR) ? token.raw.replaceAll(VARIATION_SELECTOR, '') : token.raw;
    if (IRONY_EMOJI.has(emoji)) {
      ironic.push({ start: token.start, end: token.end });
    } else if (MOCKING_EMOJI.has(emoji)) {
      mocking.push({ start: token.start, end: token.end });
    }
  }
  const quotes = scareQuotes(text);
  mocking.push(...quotes);
  return { ironic, mocking, quotes };
}

/** The last text scanned and its quotes: the sentiment stage and the learned layer's features both ask for one message's quotes. */
let lastScan: { text: string; quotes: readonly { start: number; end: number }[] } | null = null;

/** Spans of short quoted stretches: the seller's own words quoted back ("'azul marino' según ustedes"). */
export function scareQuotes(text: string): readonly { start: number; end: number }[] {
  if (lastScan !== null && lastScan.text === text) return lastScan.quotes;
  const out: { start: number; end: number }[] = [];
  // An exec loop rather than matchAll, which copies the regex for every message.
  SCARE_QUOTE_RE.lastIndex = 0;
  for (let match = SCARE_QUOTE_RE.exec(text); match !== null; match = SCARE_QUOTE_RE.exec(text)) {
    const words = match[0].slice(1, -1).trim().split(/\s+/u);
    if (words.length <= MAX_QUOTED_WORDS && words[0] !== '') {
      out.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  lastScan = { text, quotes: out };
  return out;
}
