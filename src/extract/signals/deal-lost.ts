/**
 * A buyer's words that end the deal: "went with another supplier", "nos
 * quedamos con otro proveedor", "não precisamos mais", "n'avons plus
 * besoin", "اشترينا من غيركم". The stage classifier reads them as lost, and
 * churn reads them as a lost account. The phrases are each language's
 * `dealLost` cues plus the English ones, as for `coming-back.ts`.
 */
import { perLanguage } from '../lang/compiled.js';
import { languageCues } from '../lang/index.js';
import type { LanguageCues } from '../lang/types.js';
import { withSharedCues } from '../shared-cues.js';
import { PhraseMatcher } from '../text/phrases.js';
import { tokenize, type Token } from '../text/tokens.js';

const compile = perLanguage((cues: LanguageCues) => new PhraseMatcher((cues.dealLost ?? []).map((pattern) => ({ pattern, payload: pattern }))));

/**
 * Returns the words of `text` that end the deal, read with the cues of
 * `language` (an ISO 639-1 code, English for a code with no pack) and the
 * English ones, or null when it has none.
 *
 * @example
 * dealLostText('Sorry, we went with another supplier.', 'en'); // "went with another supplier"
 */
export function dealLostText(text: string, language: string): string | null {
  const tokens = tokenize(text);
  const hit = compile(withSharedCues(languageCues(language))).match(tokens)[0];
  if (hit === undefined) return null;
  return text.slice((tokens[hit.from] as Token).start, (tokens[hit.to - 1] as Token).end);
}
