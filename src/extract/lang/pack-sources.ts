/**
 * The registered language packs, imported from their modules. Importing them
 * runs the code that generates several tables (Arabic attached forms,
 * Portuguese and French unaccented spellings). The build therefore reads them
 * from precompiled tables at run time (`packs.ts`, `precompiled.ts`).
 */
import { AR } from './ar/index.js';
import { EN } from './en/index.js';
import { ES } from './es/index.js';
import { FR } from './fr/index.js';
import { PT } from './pt/index.js';
import type { LanguageCues } from './types.js';

/** Packs by ISO 639-1 code. */
export const PACK_SOURCES: Readonly<Record<string, LanguageCues>> = { ar: AR, en: EN, es: ES, fr: FR, pt: PT };
