/** Full month names in English, Spanish, Portuguese and French, accents removed, January first. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ['janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'],
];

/** Spanish "setiembre", an accepted spelling of September that is no prefix of "septiembre". */
const EXTRA_NAMES: Record<string, number> = { setiembre: 9 };

/**
 * Returns the month number (1–12) of a month name or abbreviation in
 * English, Spanish, Portuguese or French, or null. An abbreviation is a
 * prefix of at least three letters that names one month in every language
 * it matches, so "jui" (juin or juillet) is rejected and "mar" is March.
 */
export function monthNumber(word: string): number | null {
  const folded = word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\.$/, '');
  if (EXTRA_NAMES[folded] !== undefined) return EXTRA_NAMES[folded];
  if (folded.length < 3) return null;
  const found = new Set<number>();
  for (const names of MONTH_NAMES) {
    names.forEach((name, index) => {
      if (name.startsWith(folded)) found.add(index + 1);
    });
  }
  return found.size === 1 ? [...found][0]! : null;
}
