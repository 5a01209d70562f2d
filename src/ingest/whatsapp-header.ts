/**
 * Rewrites WhatsApp message headers (the date and time before the author) into
 * a form that whatsapp-chat-parser 4.0.2 reads. That library expects ASCII
 * digits, date before time and a Gregorian year, so exports from Arabic,
 * Vietnamese, Thai Buddhist-era and Japanese-era phones parse to nothing
 * without this step. Only the header part of a line is rewritten; message text
 * stays as written.
 */

/** Bidirectional marks and embeddings that phones insert around dates and names. */
export const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/g;

const MARKS = '[\\u200e\\u200f\\u061c\\u202a-\\u202e\\u2066-\\u2069\\ufeff]*';
const HEADER_START = new RegExp(`^${MARKS}\\[?${MARKS}[\\d\\u0660-\\u0669\\u06f0-\\u06f9]`);
const TIME_FIRST = /^\[(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?: ?[AaPp]\.? ?[Mm]\.?)?),? (\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})\]/;
const TRAILING_DOT_AFTER_TIME = /(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)\.(?=\s-|$)/;
const BUDDHIST_YEAR = /(\d{4}) BE\b/;
const JAPANESE_ERA_YEAR = /([-/.])([RH])(\d{1,2})(?=\D|$)/;

/** First year of each Japanese era minus one: Reiwa 1 is 2019, Heisei 1 is 1989. */
const ERA_OFFSETS: Record<string, number> = { R: 2018, H: 1988 };

/** Rewrites the header of every line of a chat export; see the module comment. */
export function normalizeChatHeaders(text: string): string {
  return text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/).map(normalizeHeaderLine).join('\n');
}

/** Rewrites the header part of one line, or returns the line unchanged when it has none. */
export function normalizeHeaderLine(line: string): string {
  if (!HEADER_START.test(line)) return line;
  const end = headerEnd(line);
  if (end < 0) return line;
  return normalizeHeader(line.slice(0, end)) + line.slice(end);
}

/** Index just past the header: after the first `]`, or before the first ` - `. */
function headerEnd(line: string): number {
  const bracket = line.indexOf(']');
  const dash = line.indexOf(' - ');
  if (bracket >= 0 && bracket < 60 && (dash < 0 || bracket < dash)) return bracket + 1;
  if (dash >= 0 && dash < 60) return dash;
  return -1;
}

function normalizeHeader(header: string): string {
  let result = header
    .replace(BIDI_CONTROLS, '')
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/\u060c/g, ',')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/ م(?=\]|$)/, ' PM')
    .replace(/ ص(?=\]|$)/, ' AM');
  result = result.replace(BUDDHIST_YEAR, (_match, year: string) => String(Number(year) - 543));
  result = result.replace(JAPANESE_ERA_YEAR, (_match, separator: string, era: string, year: string) => {
    return separator + String((ERA_OFFSETS[era] ?? 0) + Number(year));
  });
  result = result.replace(TIME_FIRST, '[$2, $1]');
  return result.replace(TRAILING_DOT_AFTER_TIME, '$1');
}
