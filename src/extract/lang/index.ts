/**
 * Registry of language cue resources. A language without its own resources
 * falls back to English, so entities with language-neutral forms (money,
 * Incoterms, emails) are still found.
 */
import { EN } from './en/index.js';
import type { LanguageCues } from './types.js';

const LANGUAGES: Record<string, LanguageCues> = { en: EN };

/** Returns the cue resources for an ISO 639-1 code, English when there are none. */
export function languageCues(code: string): LanguageCues {
  return LANGUAGES[code] ?? EN;
}
