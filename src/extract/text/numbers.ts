/**
 * Number parsing that follows the writer's locale: "1.200,50", "1,200.50",
 * "1 200,50", "1'200.50" and "١٬٢٠٠٫٥٠" are all one thousand two hundred and
 * a half.
 */
import { lookupFolded } from './normalize.js';

/**
 * Regex source of a written number. Groups of three digits may follow a
 * space (plain, no-break U+00A0 or narrow no-break U+202F) after a first
 * group of one to three digits ("3 038,14"), or a ".", ",", apostrophe
 * (Swiss "10'000") or Arabic "٬" after any digits ("1.200", "5,000").
 * Indian grouping puts two-digit groups before the last three ("4,50,000").
 * A decimal part follows ".", "," or the Arabic "٫". The regexes run over
 * the scan text, where Arabic-Indic digits are already ASCII and "’" is "'".
 */
export const NUMBER_SOURCE =
  String.raw`(?:\p{N}{1,3}(?:[ \u00a0\u202f]\p{N}{3}(?!\p{N}))+|\p{N}{1,2}(?:,\p{N}{2})+,\p{N}{3}(?!\p{N})|\p{N}+(?:[.,'\u066c]\p{N}{3})*)(?:[.,\u066b]\p{N}+)?`;

const SPACES_RE = /[ \u00a0\u202f]/g;
const APOSTROPHES_RE = /['’]/g;

/**
 * Parses a written number.
 *
 * - Spaces, apostrophes and the Arabic "٬" are group marks and the Arabic
 *   "٫" is the decimal mark, whatever the locale. After apostrophe groups a
 *   lone "." or "," before three digits is a group mark too ("1'500.000").
 * - With both "." and ",", the last one is the decimal mark.
 * - A separator that repeats ("1.234.567") is a group mark.
 * - A lone separator followed by one, two or four or more digits is the
 *   decimal mark ("2,35", "0.1255").
 * - A lone separator followed by exactly three digits after a first group
 *   of one to three digits is the one truly ambiguous case ("1.200"). With
 *   `measured` (a unit or currency is written with the number) it is a group
 *   mark: "1.000 pcs" is far more often a thousand pieces than one, and a
 *   price in thousandths usually starts with "0" ("0.125"). Otherwise the locale decides: it is a group
 *   mark unless it is the locale's decimal mark. A zero first group ("0.125")
 *   is always decimal.
 *
 * @example parseLocaleNumber('1.200,50', '.') // 1200.5
 * @example parseLocaleNumber('1.200', '.') // 1.2
 * @example parseLocaleNumber('1.200', '.', true) // 1200
 * @example parseLocaleNumber('3 038,14', '.') // 3038.14
 * @example parseLocaleNumber("12'480.50", ',') // 12480.5
 * @example parseLocaleNumber('4,50,000', '.') // 450000
 */
export function parseLocaleNumber(raw: string, decimalSeparator: '.' | ',', measured = false): number {
  const digits = asciiDigits(raw);
  let s = digits.replace(SPACES_RE, '');
  // After space groups ("3 038,14") a lone mark can only be the decimal mark.
  const spaced = s.length !== digits.length;
  const unquoted = s.replace(APOSTROPHES_RE, '');
  // After apostrophe groups a lone mark before three digits groups too: Colombian "1'500.000" is 1500000.
  const quoted = unquoted.length !== s.length;
  s = unquoted;
  if (s.includes('\u066c')) {
    s = s.split('\u066c').join('');
    return withDecimalMark(s, s.includes('\u066b') ? '\u066b' : lastMark(s));
  }
  if (s.includes('\u066b')) {
    return withDecimalMark(s, '\u066b');
  }
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    return withDecimalMark(s, lastDot > lastComma ? '.' : ',');
  }
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (sep === null) {
    return Number(s);
  }
  const at = s.indexOf(sep);
  if (at !== s.lastIndexOf(sep)) {
    return Number(s.split(sep).join(''));
  }
  const threeDigits = s.length - at - 1 === 3;
  if (quoted && threeDigits) {
    return Number(s.split(sep).join(''));
  }
  const ambiguous = !spaced && threeDigits && at >= 1 && at <= 3 && s.charCodeAt(0) !== 48;
  if (ambiguous && (measured || sep !== decimalSeparator)) {
    return Number(s.split(sep).join(''));
  }
  return withDecimalMark(s, sep);
}

/** Reads s with `decimal` as the decimal mark and every other separator as a group mark. */
function withDecimalMark(s: string, decimal: string | null): number {
  let out = '';
  for (const ch of s) {
    if (ch === decimal) {
      out += '.';
    } else if (ch !== '.' && ch !== ',' && ch !== '\u066b' && ch !== '\u066c') {
      out += ch;
    }
  }
  return out === '' ? Number.NaN : Number(out);
}

function lastMark(s: string): string | null {
  const at = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  return at < 0 ? null : (s[at] as string);
}

/** Folds Arabic-Indic (U+0660-0669) and Persian (U+06F0-06F9) digits to ASCII. */
function asciiDigits(raw: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x0660 && c <= 0x0669) {
      out += String.fromCharCode(c - 0x0660 + 48);
      changed = true;
    } else if (c >= 0x06f0 && c <= 0x06f9) {
      out += String.fromCharCode(c - 0x06f0 + 48);
      changed = true;
    } else {
      out += raw[i];
    }
  }
  return changed ? out : raw;
}

/** Applies a magnitude suffix such as "k" or "million", looked up in its folded spelling. */
export function applyMagnitude(value: number, suffix: string | undefined, table: Record<string, number>): number {
  if (suffix === undefined || suffix.trim() === '') {
    return value;
  }
  const factor = lookupFolded(table, suffix);
  return factor === undefined ? value : value * factor;
}
