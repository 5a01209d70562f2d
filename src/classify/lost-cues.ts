/**
 * Phrases with which a buyer writes that the deal is off. The extractor has no
 * signal type for this, so the stage classifier reads the inbound text
 * itself. Keyed by ISO 639-1 language; English is the fallback.
 */
const LOST_CUES: Record<string, RegExp> = {
  en: new RegExp(
    [
      String.raw`\b(went|gone|go|going|decided to go) with (another|a different|other) (supplier|vendor|factory|manufacturer)`,
      String.raw`\b(placed|awarded) (the|our) order (with|to) (another|a different|other)`,
      String.raw`\bno longer (need|interested|require)`,
      String.raw`\b(cancel|close|drop) (the|our|this) (inquiry|enquiry|rfq|request|project)`,
      String.raw`\bnot (moving|going) forward\b`,
    ].join('|'),
    'i',
  ),
};

/** Returns the words that state the deal is lost, or null when the text has none. */
export function findLostCue(text: string, language: string): string | null {
  const cue = LOST_CUES[language] ?? LOST_CUES.en;
  return cue?.exec(text)?.[0] ?? null;
}
