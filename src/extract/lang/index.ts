/**
 * Registry of language cue resources. A language without its own resources
 * falls back to English, so entities with language-neutral forms (money,
 * Incoterms, emails) are still found.
 */
import { AR } from './ar/index.js';
import { EN } from './en/index.js';
import { ES } from './es/index.js';
import { FR } from './fr/index.js';
import { PT } from './pt/index.js';
import type { LanguageCues } from './types.js';

const LANGUAGES: Record<string, LanguageCues> = { ar: AR, en: EN, es: ES, fr: FR, pt: PT };

/** Returns the cue resources for an ISO 639-1 code, English when there are none. */
export function languageCues(code: string): LanguageCues {
  return LANGUAGES[code] ?? EN;
}
