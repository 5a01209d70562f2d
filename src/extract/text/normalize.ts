/**
 * Spelling normalization shared by tokens, cue tables and the regex
 * extractors. Arabic is written with optional short vowels (harakat), a
 * stretching character (tatweel) and interchangeable letter forms, so "أسعار"
 * and "اسعار" are one word to a reader. Folding the message and the cue words
 * to one form lets a cue author write either. Arabic-Indic and Persian digits
 * fold to ASCII digits, so every number reader sees "١٠٠٠" as "1000".
 */

/** Regex class of the Arabic marks a word may carry: harakat, superscript alef, Quranic marks and tatweel. */
const MARKS_CLASS = '[\\u064b-\\u065f\\u0670\\u06d6-\\u06ed\\u0640]';

const TATWEEL = 0x0640;

/** True for a harakat, superscript alef or Quranic mark: dropped from a normalized word. */
function isArabicMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed);
}

/**
 * Folds one UTF-16 unit to its base form without changing the length. Alef
 * variants (أ إ آ ٱ) become ا, ى and Persian ی become ي, ة becomes ه and
 * Persian ک becomes ك. Arabic-Indic and Persian digits become ASCII digits,
 * "٪ ؟ ، ؛" become "% ? , ;" and the typographic apostrophe becomes "'".
 */
function foldUnit(c: number): number {
  if (c < 0x060c) {
    return c;
  }
  if (c > 0x06f9) {
    return c === 0x2019 ? 39 : c;
  }
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 48;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 48;
  switch (c) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
      return 0x0627;
    case 0x0649: // ى
    case 0x06cc: // ی
      return 0x064a;
    case 0x0629: // ة
      return 0x0647;
    case 0x06a9: // ک
      return 0x0643;
    case 0x066a: // ٪
      return 37;
    case 0x061f: // ؟
      return 63;
    case 0x060c: // ،
      return 44;
    case 0x061b: // ؛
      return 59;
    default:
      return c;
  }
}

/**
 * Characters that `foldUnit` may change, Arabic marks and tatweel included.
 * A regex search is faster than a loop over every character.
 */
const FOLDABLE_RE = /[\u060c-\u06f9\u2019]/;

/**
 * Returns the text with each character folded as `foldUnit` does, at the same
 * length, so a regex match in the folded text has the same offsets in the
 * original. Text without Arabic-block characters is returned as it is.
 */
export function foldForScan(text: string): string {
  const first = text.search(FOLDABLE_RE);
  if (first < 0) {
    return text;
  }
  let out = text.slice(0, first);
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const folded = foldUnit(c);
    out += folded === c ? text[i] : String.fromCharCode(folded);
  }
  return out;
}

/**
 * Normalizes a word or phrase for lookup: lowercase, typographic apostrophes
 * as ASCII, Arabic letters and digits folded, Arabic marks and tatweel removed,
 * the Arabic separators "٫" and "٬" read as "." and ",", decomposed Latin
 * accents composed (NFC). Cue words and token norms both go through it.
 *
 * @example normalizeWord('أسعارٌ') // 'اسعار'
 * @example normalizeWord('١٬٠٠٠') // '1,000'
 */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  return needsFolding(lower) ? foldLower(lower) : lower;
}

/** True when a lowercased word has a character that `normalizeWord` changes (all such are at or above U+0300). */
export function needsFolding(lower: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) >= 0x0300) {
      return true;
    }
  }
  return false;
}

/** Folds a lowercased word; see `normalizeWord`. */
export function foldLower(lower: string): string {
  let out = '';
  let combining = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (isArabicMark(c) || c === TATWEEL) {
      continue;
    }
    if (c >= 0x0300 && c <= 0x036f) {
      combining = true;
    }
    if (c === 0x066b) {
      out += '.';
    } else if (c === 0x066c) {
      out += ',';
    } else {
      const folded = foldUnit(c);
      out += folded === c ? lower[i] : String.fromCharCode(folded);
    }
  }
  return combining ? out.normalize('NFC') : out;
}

/** Normalizes a multi-word cue or matched phrase: `normalizeWord` plus runs of whitespace as one space. */
export function normalizePhrase(phrase: string): string {
  const word = normalizeWord(phrase);
  return UNEVEN_SPACE_RE.test(word) ? word.trim().replace(/\s+/g, ' ') : word;
}

/** Whitespace that `normalizePhrase` must change: at an end, in a run, or other than a plain space. */
const UNEVEN_SPACE_RE = /^\s|\s$|\s\s|[^\S ]/;

/**
 * Makes an escaped regex literal tolerant of Arabic marks: after each Arabic
 * letter the text may carry harakat or tatweel. Pair it with the folded text
 * of `foldForScan`, which already maps the letter variants.
 */
export function tolerateArabicMarks(escaped: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < escaped.length; i++) {
    const c = escaped.charCodeAt(i);
    out += escaped[i];
    if (c >= 0x0620 && c <= 0x06d5 && !isArabicMark(c) && c !== TATWEEL && !(c >= 0x0660 && c <= 0x066d)) {
      out += `${MARKS_CLASS}*`;
      changed = true;
    }
  }
  return changed ? out : escaped;
}

/**
 * Folds the literal characters of a regex source written by a cue author
 * (payment terms) like the scan text: Arabic letter variants and digits
 * folded, marks and tatweel dropped, "٪ ، ؛ ’" as "% , ; '" and "؟" as an
 * escaped question mark. The syntax of the source is kept.
 *
 * NOTE: unlike `alternation`, a folded source does not tolerate harakat in
 * the message ("مقدّمة" with a shadda misses "مقدمة"), because marks cannot be
 * inserted safely into arbitrary regex syntax.
 */
export function foldRegexSource(source: string): string {
  if (!FOLDABLE_RE.test(source)) {
    return source;
  }
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (isArabicMark(c) || c === TATWEEL) {
      continue;
    }
    if (c === 0x061f) {
      out += '\\?';
      continue;
    }
    const folded = foldUnit(c);
    out += folded === c ? source[i] : String.fromCharCode(folded);
  }
  return out;
}

const foldedTables = new WeakMap<object, Map<string, unknown>>();

/**
 * Looks a matched word or phrase up in a cue table whose keys may be written
 * in any spelling that `normalizePhrase` folds ("أسبوع" finds "اسبوع").
 * The folded copy of each table is built once.
 */
export function lookupFolded<V>(table: Readonly<Record<string, V>>, raw: string): V | undefined {
  let folded = foldedTables.get(table) as Map<string, V> | undefined;
  if (folded === undefined) {
    folded = new Map<string, V>();
    for (const [key, value] of Object.entries(table)) {
      const normalized = normalizePhrase(key);
      if (!folded.has(normalized)) {
        folded.set(normalized, value);
      }
    }
    foldedTables.set(table, folded);
  }
  return folded.get(normalizePhrase(raw));
}

/** Builds a set of normalized cue words, for comparison with token norms. */
export function normalizedSet(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const word of words) {
    out.add(normalizePhrase(word));
  }
  return out;
}

/**
 * Returns the shorter spellings of an elongated word, or undefined when no
 * letter repeats three times in a row. Runs shrink to two letters and to one
 * ("goood" → "good", "pleeease" → "please"), because the reader cannot tell
 * which one the writer stretched. Words under four characters are left alone
 * ("aaa" is a battery size).
 */
export function elongationForms(norm: string): string[] | undefined {
  if (norm.length < 4 || !hasLetterRun(norm)) {
    return undefined;
  }
  const runsOfTwo = norm.replace(/(\p{L})\1{2,}/gu, '$1$1');
  const runsOfOne = norm.replace(/(\p{L})\1+/gu, (run: string, letter: string) => (run.length >= 3 ? letter : run));
  return runsOfTwo === runsOfOne ? [runsOfTwo] : [runsOfTwo, runsOfOne];
}

function hasLetterRun(norm: string): boolean {
  for (let i = 2; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c === norm.charCodeAt(i - 1) && c === norm.charCodeAt(i - 2) && isLetterCode(c, norm[i] as string)) {
      return true;
    }
  }
  return false;
}

function isLetterCode(c: number, ch: string): boolean {
  if (c < 0x80) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  }
  return /\p{L}/u.test(ch);
}
