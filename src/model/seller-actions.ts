/** Seller actions detected from outbound messages: quotes, samples and documents sent. */
import type { Attachment } from '../core/types.js';
import { foldForScan } from '../extract/text/normalize.js';
import { UNKNOWN_MEDIA_NAME } from '../ingest/media.js';
import { alternation, WORD_END, WORD_START } from '../extract/text/regex.js';
import { SELLER_ACTION_LANGUAGES, type SellerActionCue, type SellerActionLanguage } from './seller-action-cues.js';
import type { SellerAction, SellerActionKind, TimelineEntry } from './types.js';

/** A cue of `seller-action-cues.ts` compiled against the folded message text. */
interface CompiledCue {
  kind: SellerActionKind;
  /** Global regex, so a match rejected by the checks below does not hide a later one. */
  pattern: RegExp;
  /** Negators that cancel a match, or null for a language without negators. */
  negator: RegExp | null;
  statementsOnly: boolean;
}

/** Characters that end a sentence. The gap between the two words of a cue never contains one. */
const SENTENCE_BREAKS = String.raw`.?!¿¡\n`;
/** Characters that end a clause, where the search for a negator before a cue stops. */
const CLAUSE_BREAK = /[.?!¿¡\n,;:]/;
/** Maximum characters searched for a negator before a cue: "todavía no le hemos enviado". */
const NEGATOR_LOOKBACK = 15;
/** End of a sentence: "?", "!", a line break, or a period that is not a decimal point. */
const SENTENCE_END = /[?!\n]|\.(?!\d)/g;
/** "PI" abbreviates "proforma invoice" in every language. */
const PROFORMA_INVOICE_FILE = String.raw`\bpi\b`;

/** Latin letters with an accent, cedilla or tilde. */
const LATIN_ACCENTED = /[\u00c0-\u024f]/g;

/** Returns the letter without its accent ("é" → "e", "ç" → "c"), or the letter itself. */
function baseLetter(letter: string): string {
  return letter.normalize('NFD').charAt(0);
}

/** Folds a word for comparison between tables: lowercase and accents removed. */
function plainWord(word: string): string {
  return word.toLowerCase().replace(LATIN_ACCENTED, baseLetter);
}

/** Words of every table whose accents the text must carry. */
const EXACT_ACCENTS = new Set(SELLER_ACTION_LANGUAGES.flatMap((language) => language.exactAccents ?? []));

/** Makes each accented Latin letter of an escaped literal optional: "cotización" → "cotizaci[óo]n". */
function optionalAccents(source: string): string {
  return source.replace(LATIN_ACCENTED, (letter) => {
    const base = baseLetter(letter);
    return base === letter ? letter : `[${letter}${base}]`;
  });
}

/** Builds the source of one word: accents optional unless listed as exact, a hyphen also a space or nothing. */
function tokenSource(token: string): string {
  const parts = token.split('-').map((part) => alternation([part]));
  const source = parts.join(String.raw`[-\s]?`);
  return EXACT_ACCENTS.has(token) ? source : optionalAccents(source);
}

/** Builds an alternation of words and phrases, longest first so the evidence takes the longest phrase. */
function wordsSource(words: readonly string[]): string {
  const sorted = [...new Set(words.map((word) => word.toLowerCase()))].sort((a, b) => b.length - a.length);
  return sorted.map((word) => word.split(' ').map(tokenSource).join(String.raw`\s+`)).join('|');
}

function procliticSource(language: SellerActionLanguage): string {
  return (language.proclitics ?? []).map((group) => `(?:${wordsSource(group)})?`).join('');
}

function wordSource(words: readonly string[], proclitics: string): string {
  return `${WORD_START}${proclitics}(?:${wordsSource(words)})${WORD_END}`;
}

/**
 * Builds the negator regex of a language: its own negators and those of the
 * other languages, less its lookalikes. A language without negators of its
 * own (English) checks none.
 */
function negatorPattern(language: SellerActionLanguage, proclitics: string): RegExp | null {
  if (language.negators.length === 0) return null;
  const lookalikes = new Set((language.negatorLookalikes ?? []).map(plainWord));
  const negators = SELLER_ACTION_LANGUAGES.flatMap((other) => other.negators).filter((word) => !lookalikes.has(plainWord(word)));
  return new RegExp(wordSource(negators, proclitics), 'iu');
}

function compileCue(cue: SellerActionCue, language: SellerActionLanguage, negator: RegExp | null, proclitics: string): CompiledCue {
  const gap = cue.maxGap === 0 ? String.raw`[^\S\n]+` : `[^${SENTENCE_BREAKS}]{0,${cue.maxGap}}?`;
  const pattern = new RegExp(`${wordSource(cue.first, proclitics)}${gap}${wordSource(cue.then, proclitics)}`, 'giu');
  return { kind: cue.kind, pattern, negator, statementsOnly: language.statementsOnly };
}

function compileCues(): CompiledCue[] {
  return SELLER_ACTION_LANGUAGES.flatMap((language) => {
    const proclitics = procliticSource(language);
    const negator = negatorPattern(language, proclitics);
    return language.cues.map((cue) => compileCue(cue, language, negator, proclitics));
  });
}

/** Cues of every language, in table order. Messages mix languages, so every cue is tried on every message. */
const ACTION_CUES: readonly CompiledCue[] = compileCues();

/** Quote file names: the stems of every language, matched in the folded name. */
const QUOTE_FILE = new RegExp(
  [PROFORMA_INVOICE_FILE, ...SELLER_ACTION_LANGUAGES.flatMap((language) => language.quoteFileStems.map((stem) => wordsSource([stem])))].join('|'),
  'iu',
);

/** Returns the offset where the clause around `start` begins, at most NEGATOR_LOOKBACK characters back. */
function clauseStart(folded: string, start: number): number {
  const limit = Math.max(0, start - NEGATOR_LOOKBACK);
  for (let i = start - 1; i >= limit; i--) {
    if (CLAUSE_BREAK.test(folded[i] as string)) return i + 1;
  }
  return limit;
}

/** True when the sentence around [start, end) is a question: it ends with "?" or opens with "¿". */
function inQuestion(folded: string, start: number, end: number): boolean {
  SENTENCE_END.lastIndex = end;
  const sentenceEnd = SENTENCE_END.exec(folded);
  if (sentenceEnd?.[0] === '?') return true;
  for (let i = start - 1; i >= 0; i--) {
    const c = folded[i] as string;
    if (c === '¿') return true;
    if (c === '.' || c === '?' || c === '!' || c === '\n') return false;
  }
  return false;
}

/** Returns the words of the first match of the cue that no negator cancels and, where required, that is not in a question. */
function findCue(cue: CompiledCue, folded: string, text: string): string | null {
  for (const match of folded.matchAll(cue.pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (cue.negator?.test(folded.slice(clauseStart(folded, start), end))) continue;
    if (cue.statementsOnly && inQuestion(folded, start, end)) continue;
    return text.slice(start, end);
  }
  return null;
}

/**
 * Media that are never a document the buyer asked for: stickers, GIFs, voice
 * notes, videos and contact cards of a WhatsApp export, and media of a kind
 * the export does not name. Photos and files count.
 */
const NOT_DOCUMENT_RE = /^(audio|video)\/|^image\/webp$|^text\/(vcard|x-vcard)$/;
const MAY_BE_DOCUMENT = (attachment: Attachment): boolean =>
  attachment.name !== UNKNOWN_MEDIA_NAME && !NOT_DOCUMENT_RE.test(attachment.mediaType);

/**
 * Detects seller actions in the outbound messages. A message yields at most
 * one action of each kind. An outbound money entity counts as a quote sent,
 * because a seller who states a price has quoted.
 */
export function detectSellerActions(outbound: readonly TimelineEntry[]): SellerAction[] {
  const actions: SellerAction[] = [];
  for (const entry of outbound) {
    const found = new Map<SellerActionKind, string>();
    const money = entry.analysis.entities.find((entity) => entity.type === 'money');
    if (money) found.set('quote_sent', money.text);
    const text = entry.message.text.normalize('NFC');
    const folded = foldForScan(text);
    for (const cue of ACTION_CUES) {
      if (found.has(cue.kind)) continue;
      const evidence = findCue(cue, folded, text);
      if (evidence !== null) found.set(cue.kind, evidence);
    }
    for (const attachment of entry.message.attachments) {
      if (!MAY_BE_DOCUMENT(attachment)) continue;
      const kind: SellerActionKind = QUOTE_FILE.test(foldForScan(attachment.name.normalize('NFC'))) ? 'quote_sent' : 'documents_sent';
      if (!found.has(kind)) found.set(kind, attachment.name);
    }
    for (const [kind, evidence] of found) {
      actions.push({ kind, messageId: entry.message.id, evidence, time: entry.time });
    }
  }
  return actions;
}
