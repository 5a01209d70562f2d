/**
 * Attached forms of Arabic cue words. Arabic writes conjunctions (و, ف),
 * prepositions (ب, ل, ك), the article ال and possessive pronouns as part of
 * the word: "السعر", "بالسعر", "وسعركم" are one token each. The phrase
 * matcher compares whole tokens, so each cue lists the attached forms a
 * buyer writes, built here from one stem instead of typed by hand.
 *
 * Spelling variants (أ/ا, ة/ه, ى/ي, tatweel, diacritics) are not expanded:
 * the engine normalizes them on both the text and the cue words.
 */

/**
 * Conjunctions and prepositions that stack in front of a noun, in writing
 * order. The rarer ones (ك "like", فب, فل) are left out: every form is one
 * more key in each phrase index, and cue tables list some nouns hundreds of times.
 */
const PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول'];
/** Possessive suffixes: my, your (singular and plural), our, his, her, their. */
const POSSESSIVES = ['ي', 'ك', 'كم', 'نا', 'ه', 'ها', 'هم'];

/**
 * Returns a noun with its common attached forms: bare and with possessive
 * suffixes ("سعر", "سعركم"), definite ("السعر"), each behind the common
 * proclitics ("بالسعر", "وللسعر", "بسعركم"). A final ة turns into ت before a suffix
 * ("كمية" → "كميتكم"). Latin stems ("moq") also get the article written with
 * a tatweel ("الـmoq"), the usual way to attach it to a foreign word.
 */
export function nounForms(stem: string): string[] {
  const out = new Set<string>();
  const suffixBase = stem.endsWith('ة') ? `${stem.slice(0, -1)}ت` : stem;
  const bodies = [stem, ...POSSESSIVES.map((suffix) => suffixBase + suffix)];
  for (const proclitic of PROCLITICS) {
    for (const body of bodies) {
      out.add(proclitic + body);
    }
  }
  const articles = /^[a-z]/.test(stem) ? ['ال', 'الـ'] : ['ال'];
  for (const article of articles) {
    for (const conjunction of ['', 'و', 'ف']) {
      out.add(`${conjunction}${article}${stem}`);
      out.add(`${conjunction}ب${article}${stem}`);
      // ل before the article drops its alef: ل + السعر → للسعر, ل + اللون → للون.
      out.add(`${conjunction}ل${article.slice(1)}${stem.startsWith('ل') && article === 'ال' ? stem.slice(1) : stem}`);
    }
  }
  return [...out];
}

/**
 * Returns an adjective or participle with its inflected and attached forms:
 * feminine, plural, accusative ("مرتفعا") and the same behind و, ف and ال.
 * A stem ending in ي takes ة directly ("غالي" → "غالية").
 */
export function adjectiveForms(stem: string): string[] {
  const inflected = [stem, `${stem}ة`, `${stem}ين`, `${stem}ون`, `${stem}ات`, `${stem}ا`];
  const out = new Set<string>();
  for (const word of inflected) {
    for (const prefix of ['', 'و', 'ف', 'ال', 'وال']) {
      out.add(prefix + word);
    }
  }
  return [...out];
}

/** Returns every word with و and ف in front, for verbs and particles that start a clause. */
export function withConjunctions(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const word of words) {
    out.add(word);
    out.add(`و${word}`);
    out.add(`ف${word}`);
  }
  return [...out];
}

/**
 * Joins words into one alternation element of the phrase pattern syntax.
 * Throws on a word with a space, which would split the pattern into two elements.
 */
export function alt(...groups: readonly (string | readonly string[])[]): string {
  const words = new Set<string>();
  for (const group of groups) {
    for (const word of typeof group === 'string' ? group.split('|') : group) {
      if (/\s/.test(word)) {
        throw new Error(`Invalid alternative "${word}": one alternative is one token, so it must not contain a space`);
      }
      if (word !== '') {
        words.add(word.toLowerCase());
      }
    }
  }
  return [...words].join('|');
}

/** Returns the attached forms of several noun stems as one alternation. */
export function nouns(...stems: string[]): string {
  return alt(...stems.map(nounForms));
}

/** Returns the inflected forms of several adjective stems as one alternation. */
export function adjectives(...stems: string[]): string {
  return alt(...stems.map(adjectiveForms));
}
