/**
 * Cues that apply beyond the message's own language. Buyers mix languages:
 * a Spanish message quotes "best price" and "lead time", and an Arabic one
 * contains "MOQ?" and "30% T/T". Two layers are added to every language:
 *
 * 1. The neutral cues (`lang/neutral.ts`): trade codes, unit codes and date
 *    abbreviations, in signals, entities, topics and dates.
 * 2. English signal cues, resolutions and topic words, as the second
 *    language of trade. English phrases are English words, so they match
 *    only where the buyer wrote English: on 77 hand-written Spanish,
 *    Portuguese and French messages they gave no hit on a word of those
 *    languages. English sentiment words are not added, because several are
 *    words of other languages with another meaning (French "pain" is bread).
 *
 * English negators are not words of the message's language, and some are
 * spelled like its ordinary words (Portuguese "no" is "em" + "o"). So they
 * cancel only the English and neutral cues, together with the language's own
 * negators and minus its `negatorLookalikes`. The language's own cues and its
 * sentiment words see only its own negators.
 *
 * The message's own language comes first everywhere: its unit words win a
 * clash, its payment terms are tried first, and its date words stay.
 */
import { EN } from './lang/en/index.js';
import {
  NEUTRAL_DATES,
  NEUTRAL_MAGNITUDES,
  NEUTRAL_PAYMENT_STARTS,
  NEUTRAL_PAYMENT_TERMS,
  NEUTRAL_PER_UNIT,
  NEUTRAL_SIGNALS,
  NEUTRAL_TOPIC_WORDS,
  NEUTRAL_UNITS,
} from './lang/neutral.js';
import { perLanguage } from './lang/compiled.js';
import type { LanguageCues, SignalCue, TopicCues } from './lang/types.js';
import { normalizedSet, normalizePhrase } from './text/normalize.js';

/** Returns the language's cues with the neutral and English layers added; built once per language. */
export const withSharedCues: (primary: LanguageCues) => LanguageCues = perLanguage(merge);

function merge(primary: LanguageCues): LanguageCues {
  const second = primary.code === EN.code ? null : EN;
  const e = primary.entities;
  const d = primary.dates;
  // English itself needs no layer: its neutral cues keep the English negators.
  const layered = second === null ? NEUTRAL_SIGNALS : withNegators([...second.signals, ...NEUTRAL_SIGNALS], layeredNegators(primary, second));
  return {
    ...primary,
    resolutions: unique(primary.resolutions, second?.resolutions),
    autoReply: unique(primary.autoReply ?? [], second?.autoReply),
    comingBack: unique(primary.comingBack ?? [], second?.comingBack),
    dealLost: unique(primary.dealLost ?? [], second?.dealLost),
    signals: [...primary.signals, ...layered],
    topics: { ...primary.topics, words: mergeTopicWords(primary.topics.words, second?.topics.words ?? [], NEUTRAL_TOPIC_WORDS) },
    dates: {
      ...d,
      asap: unique(d.asap, NEUTRAL_DATES.asap),
      endOfDay: unique(d.endOfDay, NEUTRAL_DATES.endOfDay),
      endOfWeek: unique(d.endOfWeek, NEUTRAL_DATES.endOfWeek),
      endOfMonth: unique(d.endOfMonth, NEUTRAL_DATES.endOfMonth),
      endOfYear: unique(d.endOfYear ?? [], NEUTRAL_DATES.endOfYear),
      endOfQuarter: unique(d.endOfQuarter ?? [], NEUTRAL_DATES.endOfQuarter),
    },
    entities: {
      ...e,
      units: { ...NEUTRAL_UNITS, ...e.units },
      perUnit: { ...NEUTRAL_PER_UNIT, ...e.perUnit },
      magnitudes: { ...NEUTRAL_MAGNITUDES, ...e.magnitudes },
      paymentTerms: [...e.paymentTerms, ...NEUTRAL_PAYMENT_TERMS],
      paymentTermStarts: unique(e.paymentTermStarts, NEUTRAL_PAYMENT_STARTS),
    },
  };
}

/** Returns the negators of the English and neutral cues: the language's own, plus the English ones that are not its ordinary words. */
function layeredNegators(primary: LanguageCues, second: LanguageCues): readonly string[] {
  const lookalikes = normalizedSet(primary.negatorLookalikes ?? []);
  const english = second.negators.filter((word) => !lookalikes.has(normalizePhrase(word)));
  return unique(primary.negators, english);
}

/** Copies cues with one shared negator list, so the cue stage compiles the list once. */
function withNegators(cues: readonly SignalCue[], negators: readonly string[]): SignalCue[] {
  return cues.map((cue) => ({ ...cue, negators }));
}

function unique(first: readonly string[], second: readonly string[] = []): string[] {
  return [...new Set([...first, ...second])];
}

/** Joins topic word groups by signal type, the primary language's groups first. */
function mergeTopicWords(...tables: TopicCues['words'][]): TopicCues['words'] {
  const byType = new Map<TopicCues['words'][number]['type'], Set<string>>();
  for (const table of tables) {
    for (const group of table) {
      const words = byType.get(group.type) ?? new Set<string>();
      for (const word of group.words) {
        words.add(word);
      }
      byType.set(group.type, words);
    }
  }
  return [...byType].map(([type, words]) => ({ type, words: [...words] }));
}
