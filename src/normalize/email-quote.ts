/**
 * Finds where quoted history starts in a plain-text e-mail body: Outlook
 * "-----Original Message-----" separators, "From: … Sent: …" header blocks,
 * and "On … wrote:" lines in the languages listed below.
 */

const ORIGINAL_MESSAGE =
  /^\s*-{2,}\s*(original message|forwarded message|ursprüngliche nachricht|message d'origine|message transféré|mensaje original|messaggio originale|mensagem original|oorspronkelijk bericht|исходное сообщение|alkuperäinen viesti|oprindelig meddelelse|opprinnelig melding)\s*-{2,}\s*$/i;
const HEADER_FROM = /^\s*\*?(from|von|de|da|van|от|fra|lähettäjä)\s?\*?\s?:\*?\s?\S/i;
const HEADER_NEXT = /^\s*\*?(sent|date|to|subject|gesendet|datum|an|betreff|envoyé|date|à|objet|enviado|fecha|para|asunto|inviato|data|oggetto|verzonden|onderwerp|отправлено|дата|sendt|emne|lähetetty|aihe)\s?\*?\s?:/i;
const WROTE_START = /^\s*(on|le|am|el|il|em|op|den|на|в)\s/i;
const WROTE_END = /(wrote|a écrit|schrieb|escribió|ha scritto|escreveu|schreef|skrev|написал\(а\)|написал|kirjoitti|írta)\s*:\s*$/i;

/**
 * Index of the first line of quoted history, or -1 when there is none. Also
 * matches a quote header in any of the listed languages that ends in the
 * "wrote:" word and contains a date or an address.
 */
export function findQuoteStart(lines: string[]): number {
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (ORIGINAL_MESSAGE.test(line)) return index;
    if (HEADER_FROM.test(line) && headerBlockFollows(lines, index)) return index;
    if (WROTE_START.test(line) && wroteWithin(lines, index)) return index;
    if (WROTE_END.test(line) && /\d|@/.test(line) && line.length < 200) return index;
  }
  return -1;
}

/** Checks that a Sent, Date, To or Subject field follows a "From:" line within three lines, as in an Outlook header block. */
function headerBlockFollows(lines: string[], index: number): boolean {
  return lines.slice(index + 1, index + 4).some((line) => HEADER_NEXT.test(line));
}

/** Mail clients wrap long "On <date>, <name> wrote:" lines, so up to three lines are joined. */
function wroteWithin(lines: string[], index: number): boolean {
  let joined = '';
  for (const line of lines.slice(index, index + 3)) {
    if (line.trim() === '' && joined !== '') return false;
    joined += ` ${line.trim()}`;
    if (WROTE_END.test(joined)) return joined.length < 300;
  }
  return false;
}

/** Number of lines, from `start`, of the quote header there: wrapped "On … wrote:" lines or one separator line. */
export function quoteHeaderLength(lines: string[], start: number): number {
  for (let length = 1; length <= 3; length += 1) {
    const joined = lines.slice(start, start + length).join(' ');
    if (WROTE_END.test(joined)) return length;
  }
  return 1;
}
