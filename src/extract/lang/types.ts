/**
 * Shape of one language's cue resources. A language is pure data: the engine
 * in `src/extract` compiles these tables once and runs the same code for
 * every language. Adding a language means adding `lang/<code>/` and
 * registering it in `lang/index.ts`.
 *
 * Cue words are matched in their normalized spelling (`text/normalize.ts`):
 * case, Arabic letter variants (أ إ آ → ا, ى → ي, ة → ه), harakat and
 * tatweel do not matter, so "أسعار" and "اسعار" are the same cue.
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
  /**
   * Negators that cancel this cue in place of the language's `negators`. The
   * engine sets it on the English and neutral cues it adds to another
   * language (`shared-cues.ts`), so English "no" cancels only those.
   */
  negators?: readonly string[];
  /**
   * Words that cancel this cue where a negator would, also on a cue that is
   * not negatable. Thanks for a quick reply praise a reply that came, so they
   * put no time pressure ("thanks for the fast reply").
   */
  cancelledBy?: readonly string[];
  /**
   * Words or phrases that cancel this cue when they come right after it:
   * "list" after "packing" names a shipping document, not how the goods are
   * packed, and so does "of origin" after "certificate". Phrases use the
   * pattern syntax of `text/phrases.ts` and have at most four words.
   */
  notBefore?: readonly string[];
  /**
   * Words or phrases that cancel this cue when they come right before it,
   * with at most a colon or a full stop between them. "Re: RFQ #4410" and
   * "Mensaje sobre RFQ #CL-2291" name an RFQ already sent, so they ask for
   * no quotation. At most four words each, in the syntax of `notBefore`.
   */
  notAfter?: readonly string[];
  /**
   * Phrases that cancel this cue anywhere inside the words it matched, for a
   * cue whose gap may reach past the point `notBefore` looks at: "¿Tienen
   * certificado de origen?" matches a question cue up to its "?".
   */
  notWithin?: readonly string[];
  /** True when the cue counts only in a statement, not in a question ("What sizes do you have?"). */
  statementOnly?: boolean;
  /**
   * True when a hit of this cue alone raises no signal: it only adds its
   * words to a hit of another cue of the same type. A closing formula
   * ("Cordialement") or a salutation ("Estimado") alone is no marked politeness.
   */
  supportOnly?: boolean;
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
  /**
   * Topic of a decimal number that no entity covers ("11.20?? too high").
   * A bare integer names no topic: "5000 is too much" may be a price or a quantity.
   */
  bareNumber: SignalType;
  /** Maximum number of tokens between a hit and its topic. */
  window: number;
  /**
   * Optional. Words after which a lead-time word names a point in time, not
   * the topic being judged: "before" in "100% before shipment is
   * impossible", which objects to the payment terms. One short article may
   * stand between ("antes del embarque", "avant la livraison"). Default: none.
   */
  timeReferences?: string[];
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
  /**
   * True for a hedge verb that a negator before it denies ("no vamos a
   * pausar", "não vamos adiar"): negated, it votes for no mode. Other
   * hedges keep their mode ("we don't need it for now" still hesitates).
   */
  negatable?: boolean;
  /** Sarcasm: the positive words nearby count as negative. */
  sarcasm?: boolean;
}

/** Sentiment resources. */
export interface SentimentCues {
  lexicon: Record<string, LexiconEntry>;
  phrases: SentimentPhrase[];
  /** Multipliers for the next valenced word ("very" 1.3, "slightly" 0.7). */
  intensifiers: Record<string, number>;
  /**
   * Optional. Multipliers that follow the word they scale: Arabic "جدا" in
   * "ممتاز جدا", Portuguese "demais" in "bom demais". Tried when no
   * intensifier is before the word.
   */
  postIntensifiers?: Record<string, number>;
  /**
   * Optional. Words that turn from what came before to a reservation ("but",
   * "pero", "بس"): praise before one and no request after it reads as
   * hesitant ("The fabric is lovely, but our stock is full"). Default: none.
   */
  contrast?: string[];
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
  /** Words before or after a weekday that mean the last one before today ("last Friday", "vendredi dernier"). */
  pastWeekdayModifiers?: string[];
  /**
   * Optional. Words that put a clause in the past ("already", "ya"): a PO or
   * a payment next to a weekday there was sent, not promised. Default: none.
   */
  pastMarkers?: string[];
  /**
   * Optional. Phrases that quote a promise ("you said", "nos prometieron")
   * and phrases that state where things stand now ("today is", "vamos en"):
   * the two in that order object to a missed date (`broken-promise.ts`).
   * Default: none.
   */
  brokenPromise?: { promised: string[]; now: string[] };
  /**
   * Optional. Words of the buyer's own payment step ("pay", "wire",
   * "transferimos"), added to the payment topic words: a near deadline in a
   * clause with one dates that step ("we'll remit the deposit by Thursday")
   * and puts no time pressure on the seller. Default: none.
   */
  paymentStepWords?: string[];
  /** Modifiers that keep today when the weekday is today ("this Friday" written on a Friday). */
  sameWeekModifiers: string[];
  /**
   * Optional. Deadline markers that more often bound a wait than set a due
   * date ("hasta el lunes", "لين الأحد"): the date stays a deadline, but it
   * puts no time pressure on the seller. Default: none.
   */
  waitMarkers?: string[];
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
  /**
   * "next week", "this month": modifier → weeks or months ahead (0 this, 1 next).
   * The modifier may stand before or after the period word ("la semana que
   * viene", "الأسبوع القادم"), and likewise around a weekday.
   */
  periodOffsets: Record<string, number>;
  /**
   * Words for a week and a month in "next week" / "next month", and
   * optionally for a year ("next year", "first half of next year").
   */
  periodUnits: { week: string[]; month: string[]; year?: string[] };
  /** Ordinal suffixes after a day number ("15th"). */
  ordinalSuffixes: string[];
  /** Word between a day and a month ("15th of March"). */
  dayMonthLinkers: string[];
  /** Day of month for "early", "mid" and "late" before a month name. */
  partOfMonth: Record<string, number>;
  /** Words that introduce a lead time, so "within 30 days" after them is a duration. */
  leadTimeMarkers: string[];
  /**
   * Optional. Counts after a within marker besides digits and number words:
   * "within a week" 1, "in a couple of days" 2, "in a few weeks" 3.
   */
  countWords?: Record<string, number>;
  /** Optional. End of the year ("end of year", "year end", "EOY"): a deadline on December 31. */
  endOfYear?: string[];
  /** Optional. End of the current quarter ("end of quarter", "EOQ"): a deadline on its last day. */
  endOfQuarter?: string[];
  /**
   * Optional. Quarter names → quarter number ("first quarter" 1). "Q1" to
   * "Q4" are read in every language without this table.
   */
  quarterNames?: Record<string, number>;
  /**
   * Optional. Half-year names → 1 or 2 ("first half" 1, "H2" 2). A half year
   * resolves to its first day ("first half of next year" → January 1).
   */
  halfYears?: Record<string, number>;
  /**
   * Optional. Words between a quarter, half year or day and its year ("of" in
   * "first half of next year", "de" in "15 de marzo de 2027"), and between
   * "end of" and a period ("du" in "fin du mois prochain").
   */
  yearLinkers?: string[];
  /**
   * Optional. Words right before a bare ordinal day that make it a date
   * ("by the 15th", "on the 3rd"). Without one, "our 2nd order" stays a number.
   */
  dayOfMonthIntroducers?: string[];
  /**
   * Optional. Words right before a day number written without an ordinal
   * that make it a date: "para el 15", "até o dia 15", "avant le 15",
   * "قبل 15". The day is the next one with that number. A number followed by
   * a unit, a percent sign or a decimal part stays a number. Default: none,
   * because English writes "by the 15th" and "from the 20 samples" counts things.
   */
  bareDayIntroducers?: string[];
  /**
   * Optional. Words after a date that make it a deadline: "vendredi prochain
   * au plus tard", "el viernes a más tardar". Default: the English "at the
   * latest", "at latest" and "latest".
   */
  deadlineMarkersAfter?: string[];
}

/**
 * Frames that place a named country or city on another party's side: a
 * competitor, another supplier, a factory, or the origin of the goods. The
 * city of a trade fair or meeting is framed too. Such a place does not tell
 * where the buyer is or wants the goods delivered.
 * Patterns use the syntax of `text/phrases.ts`.
 */
export interface PlaceFrameCues {
  /** Phrases that end right before the place: "supplier in", "made in", "we buy from", "proveedor de". */
  before: string[];
  /** Phrases that start right after the place: "supplier" in "a Ningbo supplier". */
  after: string[];
  /**
   * Phrases that end right before the place and make it the buyer's own after
   * all: "our factory in", "we are a supplier in". One cancels every `before`
   * frame inside it (same end, same or later start) and every `after` frame
   * of that place.
   */
  own: string[];
  /** Articles that may stand between a frame and its place: "la" in "proveedor de la India". */
  articles: string[];
  /**
   * Words that join the places of a list ("China and Vietnam"); one frame
   * covers the whole list. A comma and two places side by side also join.
   */
  listLinkers: string[];
  /**
   * Optional. Phrases that end right before a port and make it where the
   * buyer wants the goods: "to", "destination port:", "livraison à". A port
   * raises delivery terms only after one of them, because writers do not
   * read a port where goods are stuck or a buyer is based as a term
   * ("the container is still at Jebel Ali"). Absent: every port raises them.
   */
  destination?: string[];
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
  /**
   * Optional. Words that name a price basis on their own, with no per word
   * between: Arabic "للطن" ("for the ton", one token), "للكيلو". Each maps to a
   * Parley unit. Default: none.
   */
  basisWords?: Record<string, string>;
  /**
   * Optional. Prefixes written glued to a number: Arabic "ب" ("for") in
   * "بـ9.5 دولار", "و" ("and") in "و500 قطعة". Money and quantities read
   * the number after one as if it stood alone. Default: none.
   */
  numberPrefixes?: string[];
  /** Currency words (lowercase) → ISO 4217. */
  currencyWords: Record<string, string>;
  /** Magnitude suffixes (lowercase) → factor ("k" 1000). */
  magnitudes: Record<string, number>;
  /**
   * Optional. Words between the two ends of a range ("to"; "a" and "hasta"
   * in Spanish: "5.000 a 20.000 USD"). A dash or a tilde always works.
   * Without this field English "to" is used.
   */
  rangeWords?: string[];
  /** Number words (lowercase) → value, for "two containers". */
  numberWords: Record<string, number>;
  /** Duration unit words (lowercase) → days per unit. */
  durationUnits: Record<string, number>;
  /** Words that are never the place of an Incoterm ("FOB Price"). */
  incotermPlaceStopWords: string[];
  /** Phrases that introduce a port name ("port of"). */
  portIntroducers: string[];
  /**
   * Optional. Port names in the language's own spelling → ISO 3166-1 alpha-2,
   * found anywhere in a message like the ports of `data/ports.ts`, which are
   * written in Latin letters: Arabic "أم قصر", "الدمام". Default: none.
   */
  portNames?: Record<string, string>;
  /** Phrases that introduce a model or SKU (lowercase). */
  modelIntroducers: string[];
  /** Words that link a quantity to its product ("5,000 pcs of LED panels"). */
  productLinkers: string[];
  /** Words that end a product noun phrase ("for", "at", "with"). */
  productStopWords: string[];
  /**
   * Optional. Words after a bare number that name no goods, so "14 stores",
   * "3 times" and "20 para" are no quantity, while "800 projectors" is 800
   * pieces. Units, durations, currencies, months and number words are left
   * out already. Default: none.
   */
  countStops?: string[];
  /** Context words that make an ambiguous certification code a certificate. */
  certificationContext: string[];
  /** Country and city names (lowercase) → ISO 3166-1 alpha-2. */
  places: Record<string, string>;
  /**
   * Optional. Place and port names written in another script (normalized,
   * as the keys of `places`) → the usual Latin-letter name ("الدمام" →
   * "Dammam"), given beside the written name of a port or Incoterm place.
   * Default: none.
   */
  latinPlaceNames?: Record<string, string>;
  /**
   * Optional. Words around a place that make it another party's location or
   * the goods' origin ("a supplier in Ningbo", "made in Vietnam"). Such a
   * place gives no region and no port. Default: none.
   */
  placeFrames?: PlaceFrameCues;
  /** Payment term phrases (regex source) → kind; `(\d+)` captures a percent. */
  paymentTerms: { id: string; source: string; kind: string; percentGroup?: number }[];
  /** Words a payment term can start with; the terms regex only runs there and at numbers. */
  paymentTermStarts: string[];
}

/** Everything one language supplies. */
export interface LanguageCues {
  /** ISO 639-1 code. */
  code: string;
  /**
   * Decimal mark of the locale. It decides only the one ambiguous form: a
   * lone "." or "," followed by exactly three digits with no unit or currency
   * written ("1.200" alone). See `parseLocaleNumber`.
   */
  decimalSeparator: '.' | ',';
  /**
   * chrono-node locale name used for dates ("en", "fr", …). Arabic uses "en",
   * so chrono reads only its numeric dates; Arabic date words come from `dates`.
   */
  chronoLocale: 'en' | 'es' | 'pt' | 'fr';
  negators: string[];
  /**
   * Optional. Words of this language spelled like an English negator that
   * negate nothing here: Portuguese "no" ("em" + "o", "problema no preço"),
   * French "dont" ("of which"). The English negators that the engine adds
   * for English cues (`shared-cues.ts`) leave them out. Default: none.
   */
  negatorLookalikes?: string[];
  /** Phrases after an objection that mark it as settled ("fine now"). */
  resolutions: string[];
  /**
   * Optional. Phrases of an automatic reply ("out of office", "respuesta
   * automática"): such a message puts no time pressure and shows no tone,
   * whatever "urgent" or "please" it contains. Default: none.
   */
  autoReply?: string[];
  /**
   * Optional. Phrases in which the buyer promises to write back later
   * ("I'll get back to you", "te aviso", "on revient vers vous"). After such
   * a message with no question the next reply is the buyer's. Default: none.
   */
  comingBack?: string[];
  /**
   * Optional. Phrases in which the buyer ends the deal ("went with another
   * supplier", "nos quedamos con otro proveedor", "n'avons plus besoin").
   * The stage classifier reads them as lost. Default: none.
   */
  dealLost?: string[];
  signals: SignalCue[];
  topics: TopicCues;
  sentiment: SentimentCues;
  dates: DateCues;
  entities: EntityCues;
}
