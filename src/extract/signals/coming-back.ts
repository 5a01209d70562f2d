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
  const tokens = tokenize(text);
  const hit = compile(withSharedCues(languageCues(language))).match(tokens)[0];
  if (hit === undefined) return null;
  const start = (tokens[hit.from] as Token).start;
  const end = (tokens[hit.to - 1] as Token).end;
  return { start, end, text: text.slice(start, end), rule: 'coming_back' };
}
