/**
 * Phrases with which a buyer writes that the deal is off. The extractor has
 * no signal type for this, so the stage classifier and churn read the
 * inbound text through each language pack's `dealLost` cues.
 */
import { dealLostText } from '../extract/signals/deal-lost.js';

/** Returns the words that state the deal is lost, or null when the text has none. */
export function findLostCue(text: string, language: string): string | null {
  return dealLostText(text, language);
}
