/**
 * Finds signatures that carry no cue word: a sender's name at the end of the
 * body with title, company and contact lines under it, or contact lines under
 * a rule. Cue-based starts ("-- ", "Best regards,") are in `email-signature.ts`.
 */
import { WEB_ADDRESS_RE } from '../core/text.js';
import { EMAIL_CUES_BY_LANGUAGE } from './email-cues.js';

const NOT_NAME_WORDS = new Set(Object.values(EMAIL_CUES_BY_LANGUAGE).flatMap((cues) => cues.notNameWords));

/** A capitalized word with at least one lower-case letter ("Graham", "McGrath", "Ferron-Jones"), or an initial ("J."). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*|\p{Lu}\.)$/u;
/** A short lower-case word inside a name: "van", "de", "and" in "Christian and Steve". */
const NAME_PARTICLE = /^\p{Ll}{1,3}$/u;
/** A single name word on its line, as in a first-name sign-off ("Kim", "JohnAnderson"). Initials do not count. */
const FIRST_NAME = /^\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*\.?$/u;
/** Two capital letters alone on the line, the initials some senders sign with ("BT"). */
const INITIALS = /^\p{Lu}{2}$/u;
/** An academic or generational suffix after a comma: ", Ph.D.", ", MBA", ", Jr.". */
const NAME_SUFFIX = /,\s*\p{Lu}[\p{L}.]{1,6}$/u;
/** A phone number or extension after a name on the same line: "Barry Tycholiz - 713-853-1587.", "BT   3-1587.". */
const TRAILING_PHONE = /[\s,–-]+\(?\+?\p{Nd}[\p{Nd}\s().\/-]{3,}\p{Nd}\.?$/u;
const MAX_NAME_WORDS = 4;
const MAX_NAME_LENGTH = 40;

const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.\p{L}{2,}/gu;
/**
 * A phone-like run of digits, standing apart from letters so a hex id such
 * as "b1_bc73b51ca5782856" is not one: "713-345-8008", "(403) 974-6721".
 */
const PHONE = /(?<![\p{L}\p{Nd}_])\+?\(?\p{Nd}[\p{Nd}\s().\/-]{5,}\p{Nd}(?![\p{L}\p{Nd}_])/gu;
/** An internal extension: "x6721", "x-37059". */
const EXTENSION = /\bx-?\p{Nd}{3,6}\b/giu;
const MIN_PHONE_DIGITS = 7;
/** A date or an IPv4 address, which the phone pattern would take for a number: 2007-10-22, 22.10.2007, 192.0.2.250. */
const NOT_PHONE = /^(?:\p{Nd}{4}[-/.]\p{Nd}{1,2}[-/.]\p{Nd}{1,2}|\p{Nd}{1,2}[-/.]\p{Nd}{1,2}[-/.]\p{Nd}{2,4}|\p{Nd}{1,3}(?:\.\p{Nd}{1,3}){3})$/u;
/** Words a contact line may have besides its addresses and numbers: "Portland, OR 97204", "713.446.9307 cell". */
const MAX_CONTACT_WORDS = 5;
const MAX_LINE_LENGTH = 80;
const MAX_TITLE_LENGTH = 60;
const MAX_TITLE_WORDS = 6;
/** Content lines a name block may have: name, title, company, two address lines, e-mail, phone, fax, web. */
const MAX_BLOCK_LINES = 10;
/** Content lines a contact block under a rule may have. */
const MAX_RULED_BLOCK_LINES = 12;
const SENTENCE_END = /[.!?…]$/u;
/** An abbreviation that may end a title line: "Inc.", "Ltd.", "Co.". */
const ABBREVIATION_END = /\s\p{Lu}\p{L}{0,3}\.$/u;
const RULE = /^\s*[-_=*]{3,}\s*$/u;

/** Checks whether a line is only a person's or team's name: "Carolyn Graham", "J. E. McGrath", "BT". */
export function isNameLine(line: string): boolean {
  if (line.includes('\t')) return false;
  const text = line.trim().replace(NAME_SUFFIX, '').replace(/\.$/u, '');
  if (text === '' || text.length > MAX_NAME_LENGTH) return false;
  const words = text.split(/\s+/u);
  if (words.length === 1 && INITIALS.test(text)) return true;
  if (words.length > MAX_NAME_WORDS) return false;
  const shaped = words.every(
    (word, index) => NAME_WORD.test(word) || (index > 0 && index < words.length - 1 && NAME_PARTICLE.test(word)),
  );
  return shaped && !words.some((word) => NOT_NAME_WORDS.has(word.toLowerCase()));
}

/** Checks for a name line, or a name followed by its phone number on the same line. Tabs mean a table row. */
function isNameOrNameWithPhone(line: string): boolean {
  const text = line.trim();
  if (isNameLine(text)) return true;
  return !text.includes('\t') && TRAILING_PHONE.test(text) && isNameLine(text.replace(TRAILING_PHONE, ''));
}

/** Checks whether a line gives an e-mail address, a URL, a phone number or an extension, with few other words. */
export function isContactLine(line: string): boolean {
  if (line.trim().length > MAX_LINE_LENGTH) return false;
  const phones = [...line.matchAll(PHONE)].filter(
    (match) => digitCount(match[0]) >= MIN_PHONE_DIGITS && !NOT_PHONE.test(match[0].trim()),
  );
  const hasContact = line.search(EMAIL) >= 0 || line.search(WEB_ADDRESS_RE) >= 0 || phones.length > 0 || line.search(EXTENSION) >= 0;
  if (!hasContact) return false;
  const rest = line.replace(EMAIL, ' ').replace(WEB_ADDRESS_RE, ' ').replace(PHONE, ' ').replace(EXTENSION, ' ');
  return rest.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length <= MAX_CONTACT_WORDS;
}

const digitCount = (text: string) => (text.match(/\p{Nd}/gu) ?? []).length;

/** Checks for a job title, department or company line: short, and no sentence ("Vendor Management", "Enron NetWorks LLC"). */
function isTitleLine(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_TITLE_LENGTH || text.split(/\s+/u).length > MAX_TITLE_WORDS) return false;
  if (/[:;,]$/u.test(text)) return false;
  return !SENTENCE_END.test(text) || ABBREVIATION_END.test(text);
}

/** Checks for a name, contact or title line. A rule line ends the block, because it separates a report or a table. */
function isBlockLine(line: string): boolean {
  if (RULE.test(line)) return false;
  return isNameOrNameWithPhone(line) || isContactLine(line) || isTitleLine(line);
}

/**
 * Index of the first line of a name sign-off at the end of `lines`, or -1.
 * The block is a name line followed only by name, title and contact lines,
 * at most MAX_BLOCK_LINES of them. A short closing such as "Take care,"
 * right above the name joins the block. `isSeparated` decides whether the
 * block is set apart from the text above, so a closing phrase, a list item
 * or the end of a wrapped sentence is not cut.
 *
 * NOTE: a capitalized product name alone on the last line, after a blank
 * line ("Cables") or after a finished sentence ("Solar Panels"), is read as
 * a sender's name and cut.
 */
export function findNameBlockStart(lines: string[]): number {
  const end = lastContentLine(lines);
  let top = end + 1;
  let count = 0;
  for (let index = end; index >= 0; index -= 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') continue;
    if (!isBlockLine(line)) break;
    // A run of short lines longer than a signature is a list or a table.
    if (count === MAX_BLOCK_LINES) return -1;
    top = index;
    count += 1;
  }
  for (let index = top; index <= end; index += 1) {
    const line = lines[index] ?? '';
    if (!isNameOrNameWithPhone(line)) continue;
    const start = closingAbove(lines, index) ?? index;
    // "Fitch, 713-215-3361." under "… contact Ron Doyle or Terry" ends a wrapped sentence, so a
    // name with its phone on one line needs the same separation as a bare name.
    const contactBelow = isNameLine(line) && lines.slice(index + 1, end + 1).some(isContactLine);
    if (isSeparated(lines, start, contactBelow, start === index && FIRST_NAME.test(line.trim()))) return start;
  }
  return -1;
}

/** Returns the index of a closing of at most three words ending in a comma ("Take care,") just above `index`, or null. */
function closingAbove(lines: string[], index: number): number | null {
  const above = previousContentLine(lines, index);
  if (above < 0) return null;
  const text = (lines[above] ?? '').trim();
  return /^\p{Lu}[^,]*,$/u.test(text) && text.split(/\s+/u).length <= 3 ? above : null;
}

/**
 * Checks what separates the block from the text above. A colon above opens
 * a list or an address, so the block belongs to the message. A name with
 * contact lines under it needs nothing more. A lone first name needs a blank line or a finished
 * sentence above it, and any other name both.
 */
function isSeparated(lines: string[], start: number, contactBelow: boolean, firstName: boolean): boolean {
  const above = previousContentLine(lines, start);
  if (above < 0) return false;
  const text = (lines[above] ?? '').trimEnd();
  if (/[:：]$/u.test(text)) return false;
  const blankAbove = above < start - 1;
  if (contactBelow) return true;
  if (firstName) return blankAbove || SENTENCE_END.test(text);
  return blankAbove && /[.!?…,]$/u.test(text);
}

/**
 * Index of a rule line ("----------------") that opens a block of contact
 * details at the end of `lines`, or -1. The block has at most
 * MAX_RULED_BLOCK_LINES short lines, no sentence and no line ending in a
 * colon, a name line, and two or more contact lines with an e-mail address or
 * URL among them. A divider above ordinary content, a table of numbers or a
 * bounce report's "Key: value" lines is kept.
 */
export function findRuledContactBlockStart(lines: string[]): number {
  const end = lastContentLine(lines);
  let count = 0;
  for (let index = end; index > 0 && count <= MAX_RULED_BLOCK_LINES; index -= 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') continue;
    if (RULE.test(line)) return contactBlock(lines.slice(index + 1, end + 1)) ? index : -1;
    if (line.trim().length > MAX_LINE_LENGTH || /[.!?…:：]$/u.test(line.trim())) return -1;
    count += 1;
  }
  return -1;
}

function contactBlock(block: string[]): boolean {
  const contacts = block.filter(isContactLine);
  const addressed = contacts.some((line) => line.search(EMAIL) >= 0 || line.search(WEB_ADDRESS_RE) >= 0);
  return contacts.length >= 2 && addressed && block.some(isNameLine);
}

function previousContentLine(lines: string[], index: number): number {
  let above = index - 1;
  while (above >= 0 && (lines[above] ?? '').trim() === '') above -= 1;
  return above;
}

function lastContentLine(lines: string[]): number {
  let end = lines.length - 1;
  while (end >= 0 && (lines[end] ?? '').trim() === '') end -= 1;
  return end;
}
