/**
 * Shape of one language's cue resources. A language is pure data: the engine
 * in `src/extract` compiles these tables once and runs the same code for
 * every language. Adding a language means adding `lang/<code>/` and
 * registering it in `lang/index.ts`.
 */
import type { EntityType, SignalType } from '../../core/types.js';

/** A phrase cue that raises a signal. Patterns use the syntax of `text/phrases.ts`. */
export interface SignalCue {
  /** Stable rule id, reported as `evidence.rule`. */
  id: string;
  type: SignalType;
  pattern: string;
  /** Strength in [0, 1] of one match. */
  strength: number;
  /** False when a negator before the cue must not cancel it. Default true. */
  negatable?: boolean;
  /** True when the cue counts only in a statement, not in a question ("What sizes do you have?"). */
  statementOnly?: boolean;
  /**
   * Signal types a bare predicate ("too high", "not possible") may be about.
   * The nearest topic word or number around the hit decides the type: "MOQ
   * 1000 is too high" is a MOQ objection, "11.20?? too high" a price one.
   * A nearest topic of a type not listed here drops the hit ("very high quality").
   */
  topics?: SignalType[];
  /** With `topics`: true keeps the hit as `type` when no topic is near; by default it is dropped. */
  topicOptional?: boolean;
}

/** Words and entities that name what a bare predicate is about. */
export interface TopicCues {
  /** Topic words (lowercase) per signal type. */
  words: { type: SignalType; words: string[] }[];
  /** Entity types that name a topic ("45 days" is a lead time). */
  entities: Partial<Record<EntityType, SignalType>>;
  /** Topic of a number that no entity covers and no topic word sits right before ("11.20"). */
  bareNumber: SignalType;
  /** Maximum number of tokens between a hit and its topic. */
  window: number;
}

/** Emotional mode a sentiment cue votes for. */
export type ModeCue = 'frustrated' | 'skeptical' | 'hesitant' | 'engaged' | 'constructive';

/** A word's valence (about -3..3) and, optionally, the mode it votes for. */
export type LexiconEntry = number | readonly [valence: number, mode: ModeCue];

/**
 * A sentiment phrase. Its tokens are consumed, so the words inside do not
 * also count one by one ("no problem" does not score "problem").
 */
export interface SentimentPhrase {
  id: string;
  pattern: string;
  valence: number;
  mode?: ModeCue;
  /** Vote weight for the mode; default 1. */
  weight?: number;
  /** Sarcasm: the positive words nearby count as negative. */
  sarcasm?: boolean;
}

/** Sentiment resources. */
export interface SentimentCues {
  lexicon: Record<string, LexiconEntry>;
  phrases: SentimentPhrase[];
  /** Multipliers for the next valenced word ("very" 1.3, "slightly" 0.7). */
  intensifiers: Record<string, number>;
}

/** Date words that chrono does not resolve the way buyers mean them. */
export interface DateCues {
  /**
   * Words that make chrono worth running (a cheap pre-check over tokens):
   * chrono only runs around these, or around a numeric date or ordinal token.
   */
  chronoTriggers: string[];
  /** Period words that trigger chrono after a modifier ("next week"). */
  chronoPeriods: string[];
  /** Modifiers before a period word ("next", "this"). */
  chronoPeriodModifiers: string[];
  /** A month name that is also a common word ("may"): it triggers chrono only next to a number. */
  ambiguousMonths: string[];
  months: Record<string, number>;
  weekdays: Record<string, number>;
  /** Words before a weekday that mean "the next one after today" ("next", "this", "coming"). */
  weekdayModifiers: string[];
  /** Modifiers that keep today when the weekday is today ("this Friday" written on a Friday). */
  sameWeekModifiers: string[];
  /** Words before a date that make it a deadline ("by", "before", "no later than"). */
  deadlineMarkers: string[];
  asap: string[];
  endOfDay: string[];
  endOfWeek: string[];
  endOfMonth: string[];
  /** "end of" before a month name ("end of June" → June 30). */
  endOfNamedMonth: string[];
  /** "within"/"in"/"next" before a count of days, weeks or months. */
  withinMarkers: string[];
  /** Relative day words → days from today ("tomorrow" 1). */
  relativeDays: Record<string, number>;
  /** "next week", "this month": modifier → weeks or months ahead (0 this, 1 next). */
  periodOffsets: Record<string, number>;
  /** Words for a week and a month in "next week" / "next month". */
  periodUnits: { week: string[]; month: string[] };
  /** Ordinal suffixes after a day number ("15th"). */
  ordinalSuffixes: string[];
  /** Word between a day and a month ("15th of March"). */
  dayMonthLinkers: string[];
  /** Day of month for "early", "mid" and "late" before a month name. */
  partOfMonth: Record<string, number>;
  /** Words that introduce a lead time, so "within 30 days" after them is a duration. */
  leadTimeMarkers: string[];
}

/** Entity resources. */
export interface EntityCues {
  /** Unit words (lowercase) → Parley unit. */
  units: Record<string, string>;
  /** Per-unit basis words after "per" or "/" (lowercase) → Parley unit. */
  perUnit: Record<string, string>;
  /** Words that mean "per unit" on their own ("each"). */
  eachWords: string[];
  /** Words that introduce a basis ("per"). */
  perWords: string[];
  /** Currency words (lowercase) → ISO 4217. */
  currencyWords: Record<string, string>;
  /** Magnitude suffixes (lowercase) → factor ("k" 1000). */
  magnitudes: Record<string, number>;
  /** Number words (lowercase) → value, for "two containers". */
  numberWords: Record<string, number>;
  /** Duration unit words (lowercase) → days per unit. */
  durationUnits: Record<string, number>;
  /** Words that are never the place of an Incoterm ("FOB Price"). */
  incotermPlaceStopWords: string[];
  /** Phrases that introduce a port name ("port of"). */
  portIntroducers: string[];
  /** Phrases that introduce a model or SKU (lowercase). */
  modelIntroducers: string[];
  /** Words that link a quantity to its product ("5,000 pcs of LED panels"). */
  productLinkers: string[];
  /** Words that end a product noun phrase ("for", "at", "with"). */
  productStopWords: string[];
  /** Context words that make an ambiguous certification code a certificate. */
  certificationContext: string[];
  /** Country and city names (lowercase) → ISO 3166-1 alpha-2. */
  places: Record<string, string>;
  /** Payment term phrases (regex source) → kind; `(\d+)` captures a percent. */
  paymentTerms: { id: string; source: string; kind: string; percentGroup?: number }[];
  /** Words a payment term can start with; the terms regex only runs there and at numbers. */
  paymentTermStarts: string[];
}

/** Everything one language supplies. */
export interface LanguageCues {
  /** ISO 639-1 code. */
  code: string;
  /** Decimal mark of the locale, used when a lone separator is ambiguous. */
  decimalSeparator: '.' | ',';
  /** chrono-node locale name used for dates ("en", "fr", …). */
  chronoLocale: 'en' | 'es' | 'pt' | 'fr';
  negators: string[];
  /** Phrases after an objection that mark it as settled ("fine now"). */
  resolutions: string[];
  signals: SignalCue[];
  topics: TopicCues;
  sentiment: SentimentCues;
  dates: DateCues;
  entities: EntityCues;
}
