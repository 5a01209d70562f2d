/**
 * Language detection over the languages Parley reads: en, ar, es, pt, fr.
 * Arabic script decides on its own. A message whose distinctive stop words
 * clearly belong to one language is decided without franc, the slowest part
 * of detection, and franc handles the rest. franc is unreliable on very short
 * text, so messages under 20 letters use stop words only and fall back to
 * English with low confidence.
 */
import { francAll } from 'franc';
import type { LanguageGuess } from '../core/types.js';

/** A language guess with the method that produced it. */
export interface LanguageDetection extends LanguageGuess {
  method: 'script' | 'stopwords' | 'franc' | 'fallback';
}

const FRANC_CODES: Record<string, string> = { eng: 'en', arb: 'ar', spa: 'es', por: 'pt', fra: 'fr' };
const FRANC_ONLY = Object.keys(FRANC_CODES);
const SHORT_TEXT_LETTERS = 20;
const MEDIUM_TEXT_LETTERS = 60;
const ARABIC_SHARE = 0.3;
const STOPWORD_DECISION_HITS = 3;
/** How many times the top language's stop-word hits must exceed all others together to skip franc. */
const STOPWORD_DOMINANCE = 4;

// Only words that are distinctive for one language; shared ones ("de", "la", "no", "a") are left out.
const STOP_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set("the we you your our is are and of for with please pls this that what can will need would have has to it i my in on at be send thanks thank hi hello dear how when an if by us they there which just maybe next we'll i'll can't don't also then not yet price quote order delivery arrival".split(' ')),
  es: new Set('el los las del por una con necesitamos precio gracias hola cuánto cuanto pero muy usted ustedes nosotros es y tiene'.split(' ')),
  pt: new Set('você vocês não obrigado obrigada olá preço nós também muito uma com dos das são é ao pode gostaria'.split(' ')),
  fr: new Set('le les des du est et pour avec nous vous merci bonjour prix une sur pas je il dans cette sont pouvez votre notre'.split(' ')),
};

/** Stop word → language; the lists share no word, so one map covers all. */
const STOP_WORD_LANGUAGE = new Map<string, string>(
  Object.entries(STOP_WORDS).flatMap(([code, set]) => [...set].map((word): [string, string] => [word, code])),
);

const WORD_RE = /[\p{L}']+/gu;

/** Detects the language of a text; see `detectLanguageWithMethod` for how it was decided. */
export function detectLanguage(text: string): LanguageGuess {
  const { code, confidence } = detectLanguageWithMethod(text);
  return { code, confidence };
}

/**
 * Detects the language and reports the method: script, stop words, franc or
 * fallback. Callers that already tokenized the text may pass the lowercased
 * words to skip a second word split.
 */
export function detectLanguageWithMethod(text: string, words?: readonly { norm: string }[]): LanguageDetection {
  const { letters, arabic } = countLetters(text);
  if (letters > 0 && arabic / letters >= ARABIC_SHARE) {
    return { code: 'ar', confidence: 0.95, method: 'script' };
  }
  const votes = stopWordVotes(words ?? (text.toLowerCase().match(WORD_RE) ?? []).map((norm) => ({ norm })));
  if (letters < SHORT_TEXT_LETTERS) {
    return shortTextGuess(votes);
  }
  const decided = decisiveVote(votes);
  if (decided !== null) {
    return { code: decided, confidence: 0.9, method: 'stopwords' };
  }
  // franc misreads short chat lines ("maybe next month, we'll see" as French),
  // so below MEDIUM_TEXT_LETTERS a stop-word vote from one language only decides.
  const single = letters < MEDIUM_TEXT_LETTERS ? singleLanguageVote(votes) : null;
  if (single !== null) {
    return { code: single, confidence: 0.6, method: 'stopwords' };
  }
  const ranked = francAll(text, { only: FRANC_ONLY });
  const top = ranked[0];
  const code = top === undefined ? undefined : FRANC_CODES[top[0]];
  if (code === undefined) {
    return shortTextGuess(votes);
  }
  const runnerUp = ranked[1]?.[1] ?? 0;
  return { code, confidence: round(Math.min(0.99, 0.5 + (1 - runnerUp))), method: 'franc' };
}

function countLetters(text: string): { letters: number; arabic: number } {
  let letters = 0;
  let arabic = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) {
      arabic++;
      letters++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) {
      letters++;
    }
  }
  return { letters, arabic };
}

function stopWordVotes(words: readonly { norm: string }[]): Record<string, number> {
  const votes: Record<string, number> = { en: 0, es: 0, pt: 0, fr: 0 };
  for (const word of words) {
    const code = STOP_WORD_LANGUAGE.get(word.norm);
    if (code !== undefined) {
      votes[code] = (votes[code] ?? 0) + 1;
    }
  }
  return votes;
}

/**
 * Returns the language when it has enough stop-word hits and clearly more than
 * all others together (a French port name in an English email stays English).
 */
function decisiveVote(votes: Record<string, number>): string | null {
  let top: string | null = null;
  let topVotes = 0;
  let total = 0;
  for (const code in votes) {
    const n = votes[code] ?? 0;
    total += n;
    if (n > topVotes) {
      top = code;
      topVotes = n;
    }
  }
  const others = total - topVotes;
  return topVotes >= STOPWORD_DECISION_HITS && topVotes >= STOPWORD_DOMINANCE * others ? top : null;
}

/** Returns the only language with stop-word hits, or null when none or several have some. */
function singleLanguageVote(votes: Record<string, number>): string | null {
  let found: string | null = null;
  for (const code in votes) {
    if ((votes[code] ?? 0) > 0) {
      if (found !== null) {
        return null;
      }
      found = code;
    }
  }
  return found;
}

function shortTextGuess(votes: Record<string, number>): LanguageDetection {
  let best = 'en';
  let bestVotes = 0;
  for (const [code, n] of Object.entries(votes)) {
    if (n > bestVotes) {
      best = code;
      bestVotes = n;
    }
  }
  return bestVotes > 0 ? { code: best, confidence: 0.5, method: 'stopwords' } : { code: 'en', confidence: 0.3, method: 'fallback' };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
