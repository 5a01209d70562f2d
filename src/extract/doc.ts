/** The per-message working state every extractor reads. */
import type { LanguageCues } from './lang/types.js';
import type { TimeReference } from './text/time.js';
import type { Token } from './text/tokens.js';

/** One message prepared for extraction: text, tokens, cues and time reference. */
export interface Doc {
  /** The message as written; every span and evidence text is a slice of it. */
  text: string;
  /**
   * The text folded by `foldForScan`, at the same length and offsets: the
   * regex extractors run over it, so "١٬٢٠٠ دولار" reads like "1٬200 دولار"
   * and cue words match any Arabic letter variant.
   */
  scan: string;
  tokens: Token[];
  cues: LanguageCues;
  time: TimeReference;
  /** ISO country of the sender's phone, used as the default region for local phone numbers. */
  senderCountry: string | undefined;
}

/** Builds an evidence-style span over the original text. */
export function span(text: string, start: number, end: number): { start: number; end: number; text: string } {
  return { start, end, text: text.slice(start, end) };
}
