/**
 * Spelling variants for the French cue tables. Buyers often type without
 * accents ("delai", "echantillon", "a partir de"), so each table is written
 * once, with accents, and widened here when it is built. Typographic
 * apostrophes ("d’ici") need no variant: tokens and the text the regex
 * extractors scan both read them as ASCII ones.
 */

/**
 * Unaccented forms that are other common French words, so they are not added:
 * "sûr" → "sur" (on) and "dû" → "du" (of the).
 */
const KEEP_ACCENT = new Set(['sur', 'du']);

/** Removes diacritics: "délai" → "delai", "reçu" → "recu". Ligatures such as "œ" stay. */
export function stripAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

function unaccented(word: string): string | null {
  const plain = stripAccents(word);
  return plain === word || KEEP_ACCENT.has(plain) ? null : plain;
}

/**
 * Adds the unaccented spelling of every alternative of a phrase pattern
 * (`text/phrases.ts` syntax): "délai|délais trop long" also matches "delai trop long".
 */
export function foldPattern(pattern: string): string {
  return pattern
    .trim()
    .split(/\s+/)
    .map((element) => {
      const optional = element.length > 1 && element.startsWith('?') && !/^\?+$/.test(element);
      const body = optional ? element.slice(1) : element;
      const alternatives = body.split('|');
      const extra = alternatives.map(unaccented).filter((w): w is string => w !== null && !alternatives.includes(w));
      const all = [...alternatives, ...new Set(extra)];
      return (optional ? '?' : '') + all.join('|');
    })
    .join(' ');
}

/** Adds the unaccented spelling of each word of a list: "délai" also gives "delai". */
export function spellings(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const word of words) {
    out.add(word);
    const plain = unaccented(word);
    if (plain !== null) {
      out.add(plain);
    }
  }
  return [...out];
}

/** `spellings` for the keys of a table; each variant keeps its key's value. */
export function spellingKeys<T>(table: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(table)) {
    for (const form of spellings([key])) {
      out[form] ??= value;
    }
  }
  return out;
}
