/**
 * A buyer's promise to write back later: "I'll get back to you", "will
 * review internally", "te aviso", "on revient vers vous", "سنوافيكم".
 * After such a message the next reply is the buyer's, so no reply action is
 * raised for it. The phrases are each language's `comingBack` cues, plus the
 * English ones for every language, because buyers write "will revert" in any of them.
 */
import type { Evidence } from '../../core/types.js';
import { perLanguage } from '../lang/compiled.js';
import { languageCues } from '../lang/index.js';
import type { LanguageCues } from '../lang/types.js';
import { withSharedCues } from '../shared-cues.js';
import { PhraseMatcher } from '../text/phrases.js';
import { tokenize, type Token } from '../text/tokens.js';

const compile = perLanguage((cues: LanguageCues) => new PhraseMatcher((cues.comingBack ?? []).map((pattern) => ({ pattern, payload: pattern }))));

/**
 * Returns the words of `text` that promise a reply from the buyer, read
 * with the cues of `language` (an ISO 639-1 code, English for a code with
 * no pack), or null when it has none.
 *
 * @example
 * comingBackEvidence('Thanks, will review internally and revert.', 'en')?.text; // "review internally"
 */
export function comingBackEvidence(text: string, language: string): Evidence | null {
  const span = comingBackSpan(tokenize(text), languageCues(language));
  return span === null ? null : { ...span, text: text.slice(span.start, span.end), rule: 'coming_back' };
}

/** Returns the span of the first promise to write back among `tokens`, read with `cues` and the English ones, or null. */
export function comingBackSpan(tokens: readonly Token[], cues: LanguageCues): { start: number; end: number } | null {
  const hit = compile(withSharedCues(cues)).match(tokens)[0];
  if (hit === undefined) return null;
  return { start: (tokens[hit.from] as Token).start, end: (tokens[hit.to - 1] as Token).end };
}
