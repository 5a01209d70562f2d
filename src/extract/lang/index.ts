/**
 * Registry of language cue resources. A language without its own resources
 * falls back to English, so entities with language-neutral forms (money,
 * Incoterms, emails) are still found.
 */
import { PACKS } from './packs.js';
import type { LanguageCues } from './types.js';

/** Returns the cue resources for an ISO 639-1 code, English when there are none. */
export function languageCues(code: string): LanguageCues {
  return PACKS[code] ?? (PACKS.en as LanguageCues);
}
