/**
 * Unaccented spellings for the Portuguese cue tables. Buyers often type
 * without diacritics on phones and foreign keyboards ("preco", "voces",
 * "cotacao"), or keep the "ç" key and drop the dead-key tilde ("cotaçao"),
 * and the tokenizer keeps accents. So every cue word with accents also needs
 * the forms with some or all of them dropped. The tables are written once with
 * accents and expanded here when the language is assembled.
 */

const REPEATED_QUESTION_RE = /^\?{2,}(\|\?{2,})*$/;
/**
 * Accented words whose bare form is a different, very common word: "é" (is)
 * and "e" (and), "dá" (gives) and "da" (of the), "à" and "a", "pôr" and "por".
 * They keep only the accented form, so a cue that needs the bare one lists it.
 */
const KEEP_ACCENT = new Set(['é', 'dá', 'à', 'às', 'pôr']);
/** Words with more accented letters than this get only their fully accented and fully bare forms. */
const MAX_ACCENTED_LETTERS = 3;
/** Upper bound on the spellings of one multi-word phrase. */
const MAX_SPELLINGS = 32;
/**
 * First-person plural of "-ar" verbs. European and African Portuguese write the
 * past tense with an accent ("pagámos", "confirmámos") and Brazilian Portuguese
 * without ("pagamos"), so a cue written either way also gets the accented form.
 */
const PLURAL_PAST_RE = /^(\p{L}{2,})amos$/u;

/** Removes diacritics: "preço" → "preco", "você" → "voce", "ñ" → "n". */
export function stripAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/**
 * Returns a word with each of its accented letters kept or dropped, the
 * written form first: "cotação" → "cotação", "cotacão", "cotaçao", "cotacao".
 * A first-person plural in "-amos" also gets its European past form in "-ámos".
 */
export function wordSpellings(word: string): string[] {
  if (KEEP_ACCENT.has(word)) {
    return [word];
  }
  const plural = PLURAL_PAST_RE.exec(word);
  if (plural !== null && stripAccents(word) === word) {
    return [word, `${plural[1] as string}ámos`];
  }
  const letters = [...word];
  const accented = letters.flatMap((letter, index) => (stripAccents(letter) === letter ? [] : [index]));
  if (accented.length === 0) {
    return [word];
  }
  if (accented.length > MAX_ACCENTED_LETTERS) {
    return [word, stripAccents(word)];
  }
  const out: string[] = [];
  for (let mask = 0; mask < 1 << accented.length; mask++) {
    const copy = [...letters];
    accented.forEach((index, bit) => {
      if ((mask & (1 << bit)) !== 0) {
        copy[index] = stripAccents(copy[index] as string);
      }
    });
    out.push(copy.join(''));
  }
  return out;
}

/**
 * Adds the unaccented forms of every alternative of a phrase pattern (syntax of
 * `text/phrases.ts`): "preço|valor alto" → "preço|valor|preco alto". Each
 * element gets its own forms, so a message that drops only some accents matches too.
 */
export function foldPattern(pattern: string): string {
  return pattern
    .trim()
    .split(/\s+/)
    .map(foldElement)
    .join(' ');
}

function foldElement(part: string): string {
  if (part === '^' || part === '..' || part === '...' || part === '?' || REPEATED_QUESTION_RE.test(part)) {
    return part;
  }
  const optional = part.startsWith('?');
  const body = optional ? part.slice(1) : part;
  const alternatives = body.split('|');
  for (const alternative of [...alternatives]) {
    for (const spelling of wordSpellings(alternative)) {
      if (!alternatives.includes(spelling)) {
        alternatives.push(spelling);
      }
    }
  }
  return (optional ? '?' : '') + alternatives.join('|');
}

/**
 * Returns a phrase with every combination of the spellings of its words
 * ("até o mês" → also "até o mes", "ate o mês", "ate o mes"), original first.
 */
export function spellings(phrase: string): string[] {
  let out = [''];
  for (const word of phrase.split(' ')) {
    const forms = wordSpellings(word);
    out = out.flatMap((prefix) => forms.map((form) => (prefix === '' ? form : `${prefix} ${form}`)));
    if (out.length > MAX_SPELLINGS) {
      // NOTE: past this many combinations only the fully accented and fully bare forms are kept.
      return [...new Set([phrase, stripAccents(phrase)])];
    }
  }
  return out;
}

/** Expands a word or phrase list with its unaccented spellings, without duplicates. */
export function withSpellings(phrases: readonly string[]): string[] {
  return [...new Set(phrases.flatMap(spellings))];
}

/** Expands the keys of a table with their unaccented spellings. A key written out explicitly wins. */
export function withSpellingKeys<T>(table: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(table)) {
    for (const spelling of spellings(key)) {
      if (!Object.hasOwn(out, spelling) || spelling === key) {
        out[spelling] = value;
      }
    }
  }
  return out;
}
