/** Content-based detection of spam and bulk mail that carries no spam header. */
import { cutQuotes } from './email-quote-cut.js';
import { BULK_SENDER_NAMES, SPAM_CUES_BY_LANGUAGE, type SpamMailCues } from './email-spam-cues.js';

export type SpamCueCategory = keyof SpamMailCues | 'sender';

/** One cue found in a message and what it added to the score. */
export interface SpamCue {
  category: SpamCueCategory;
  /** ISO 639-1 code of the cue table, or null for the sender cue. */
  language: string | null;
  /** The matched words, lower-cased and without accents, as they were compared. */
  text: string;
  /** Points added to the score. Trade words add negative points, and a cue adds 0 once its category reached its cap. */
  weight: number;
}

/** Result of `assessSpamContent`: the decision, the score and the cues behind it. */
export interface SpamAssessment {
  spam: boolean;
  score: number;
  cues: SpamCue[];
}

/** Input of `assessSpamContent`. Every field may be missing. */
export interface SpamContentInput {
  subject?: string | null;
  body?: string | null;
  /** Sender address. */
  from?: string | null;
}

/** Points of a category: `first` for its first cue, `further` for each other one, never beyond `cap`. */
interface CategoryWeight {
  first: number;
  further: number;
  cap: number;
}

const TOPIC: CategoryWeight = { first: 3, further: 1, cap: 5 };

/**
 * A spam topic (prize, drugs, stock tips, loans, adult) counts most, but one
 * topic phrase stays below the threshold. Pitch phrases and footers are weak,
 * because buyers write some of them too and newsletters that a reader
 * subscribed to carry them. Trade words lower the score, so a real inquiry
 * that happens to say "click here" and "order now" stays a buyer.
 */
const WEIGHTS: Record<SpamCueCategory, CategoryWeight> = {
  scam: TOPIC,
  pharmacy: TOPIC,
  investment: TOPIC,
  loan: TOPIC,
  adult: TOPIC,
  pitch: { first: 1, further: 1, cap: 3 },
  bulkFooter: { first: 2, further: 1, cap: 3 },
  sender: { first: 2, further: 0, cap: 2 },
  trade: { first: -3, further: -1, cap: -4 },
};

/** Score at which a message is spam. At least `MIN_POSITIVE_CUES` cues with positive points must add up to it. */
const SPAM_THRESHOLD = 5;
const MIN_POSITIVE_CUES = 2;

/** Characters of subject and unquoted body that are scanned. Spam states its offer early, and the limit bounds the time per message. */
const SCAN_LENGTH = 20_000;

/** One cue table entry and the capture group that marks its match in its category's pattern. */
interface CueEntry {
  category: keyof SpamMailCues;
  language: string;
  group: number;
}

/** One pattern per category, so a text is scanned once per category rather than once per entry. */
const CATEGORY_PATTERNS: { pattern: RegExp; entries: CueEntry[] }[] = compileCategories();

const BULK_SENDER = new RegExp(`^(?:[^@]*[._-])?(?:${BULK_SENDER_NAMES.join('|')})(?:[._-][^@]*)?@`, 'i');

/**
 * Scores the subject and the sender's own text of an e-mail (quoted history
 * is cut first) against the spam cue tables and decides whether it is spam
 * or bulk mail. Each cue table entry counts once, however often it occurs.
 *
 * @example assessSpamContent({ body: 'You have won the lottery! Click here to claim your prize.' }).spam // true
 */
export function assessSpamContent(input: SpamContentInput): SpamAssessment {
  const text = foldText(scannedText(input));
  const found = firstMatches(text);
  const sender = BULK_SENDER.exec(input.from ?? '');
  if (sender) found.push({ category: 'sender', language: null, text: sender[0], start: -1, end: -1 });

  const cues = weighCues(found);
  const score = cues.reduce((sum, cue) => sum + cue.weight, 0);
  const positive = cues.filter((cue) => cue.weight > 0).length;
  return { spam: score >= SPAM_THRESHOLD && positive >= MIN_POSITIVE_CUES, score, cues };
}

/** A cue match in the folded text; `start` and `end` are -1 for the sender cue. */
interface FoundCue {
  category: SpamCueCategory;
  language: string | null;
  text: string;
  start: number;
  end: number;
}

/**
 * Returns at most one match per cue entry, in text order, and no two that
 * overlap. Where two entries match the same words ("pre-approved for"
 * inside "you have been pre-approved for"), the longer match is kept, so
 * the same words count once.
 */
function firstMatches(text: string): FoundCue[] {
  const candidates: (FoundCue & { entry: CueEntry })[] = [];
  for (const { pattern, entries } of CATEGORY_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const entry = entries.find((candidate) => match[candidate.group] !== undefined);
      if (!entry) continue;
      const start = match.index;
      const { category, language } = entry;
      candidates.push({ category, language, text: match[0], start, end: start + match[0].length, entry });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: typeof candidates = [];
  const usedEntries = new Set<CueEntry>();
  for (const candidate of candidates) {
    if (usedEntries.has(candidate.entry)) continue;
    if (chosen.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    chosen.push(candidate);
    usedEntries.add(candidate.entry);
  }
  return chosen.sort((a, b) => a.start - b.start).map(({ entry: _entry, ...cue }) => cue);
}

function scannedText(input: SpamContentInput): string {
  const body = input.body ?? '';
  const own = cutQuotes(body.slice(0, SCAN_LENGTH * 2).split(/\r\n?|\n/)).lines.join('\n');
  return `${input.subject ?? ''}\n${own}`.slice(0, SCAN_LENGTH);
}

/** Gives each found cue its points in the order found, keeping every category within its cap. */
function weighCues(found: FoundCue[]): SpamCue[] {
  const totals = new Map<SpamCueCategory, number>();
  return found.map((cue) => {
    const weight = WEIGHTS[cue.category];
    const total = totals.get(cue.category);
    const increment = total === undefined ? weight.first : weight.further;
    const before = total ?? 0;
    const after = weight.cap >= 0 ? Math.min(weight.cap, before + increment) : Math.max(weight.cap, before + increment);
    totals.set(cue.category, after);
    return { category: cue.category, language: cue.language, text: cue.text, weight: after - before };
  });
}

/**
 * Folds text for matching: compatibility forms (NFKD) without combining
 * marks, so accents and Arabic diacritics drop, hamza forms of alef become
 * bare alef and ligatures split. Tatweel, zero-width characters and soft
 * hyphens are removed, curly apostrophes become straight, and a letter
 * repeated three or more times is read once ("Tuuuurn oooff" as "turn off").
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u0640\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/(\p{L})\1{2,}/gu, '$1');
}

/**
 * Compiles each category's entries of every language into one alternation
 * that matches whole words without case, each entry in its own capture
 * group. Longer entries come first, so at one position the longer phrase
 * wins. An Arabic entry may follow the attached conjunctions, prepositions
 * and article ("و", "ب", "ال"), which Arabic writes as one word with the
 * next.
 */
function compileCategories(): { pattern: RegExp; entries: CueEntry[] }[] {
  const byCategory = new Map<keyof SpamMailCues, { language: string; source: string }[]>();
  for (const [language, table] of Object.entries(SPAM_CUES_BY_LANGUAGE)) {
    for (const category of Object.keys(table) as (keyof SpamMailCues)[]) {
      const list = byCategory.get(category) ?? [];
      for (const source of table[category].map(foldText)) {
        // An entry that two languages share ("loteria") is compiled once, under the first.
        if (!list.some((other) => other.source === source)) list.push({ language, source });
      }
      byCategory.set(category, list);
    }
  }
  return [...byCategory].map(([category, list]) => {
    list.sort((a, b) => b.source.length - a.source.length);
    const entries: CueEntry[] = [];
    const alternatives: string[] = [];
    let group = 1;
    for (const { language, source } of list) {
      const clitics = /^[\u0600-\u06ff]/.test(source) ? '(?:[وفبلك]?(?:ال|لل)?)' : '';
      entries.push({ category, language, group });
      alternatives.push(`(${clitics}(?:${source}))`);
      group += 1 + innerGroupCount(source);
    }
    return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu'), entries };
  });
}

/** Counts the capture groups inside a regular-expression source. */
function innerGroupCount(source: string): number {
  return new RegExp(`(?:${source})|`, 'u').exec('')!.length - 1;
}
