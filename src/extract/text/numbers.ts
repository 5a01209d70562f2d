/**
 * Number parsing that follows the writer's locale: "1.200,50" and "1,200.50"
 * are both one thousand two hundred and a half.
 */

/** Regex source of a written number: digits with optional group and decimal separators. */
export const NUMBER_SOURCE = String.raw`\p{N}+(?:[.,\u00a0\u202f]\p{N}{3})*(?:[.,]\p{N}+)?`;

/**
 * Parses a written number. When both separators appear, the last one is the
 * decimal mark. A lone separator is a group mark if it repeats or is followed
 * by exactly three digits and the locale uses the other mark for decimals;
 * otherwise it is the decimal mark.
 *
 * @example parseLocaleNumber('1.200,50', '.') // 1200.5
 * @example parseLocaleNumber('5,000', '.') // 5000
 */
export function parseLocaleNumber(raw: string, decimalSeparator: '.' | ','): number {
  const s = raw.replace(/[\u00a0\u202f]/g, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    return toNumber(s, decimal);
  }
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (sep === null) {
    return Number(s);
  }
  const repeated = s.indexOf(sep) !== s.lastIndexOf(sep);
  const groupLike = s.length - s.lastIndexOf(sep) - 1 === 3;
  if (repeated || (groupLike && sep !== decimalSeparator)) {
    return Number(s.split(sep).join(''));
  }
  return toNumber(s, sep);
}

function toNumber(s: string, decimal: '.' | ','): number {
  const group = decimal === '.' ? ',' : '.';
  return Number(s.split(group).join('').replace(decimal, '.'));
}

/** Applies a magnitude suffix such as "k" or "million" (looked up lowercased). */
export function applyMagnitude(value: number, suffix: string | undefined, table: Record<string, number>): number {
  if (suffix === undefined || suffix === '') {
    return value;
  }
  const factor = table[suffix.toLowerCase()];
  return factor === undefined ? value : value * factor;
}
