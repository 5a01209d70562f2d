/** Memoizes a structure compiled from one language's cues, built on first use. */
import type { LanguageCues } from './types.js';

/**
 * Wraps a builder so it runs once per language. Extractors compile their
 * regular expressions and phrase indexes through this, at first use, instead
 * of once per message. The structure of the last language is returned
 * without a map lookup, because consecutive messages are usually in one language.
 */
export function perLanguage<T>(build: (cues: LanguageCues) => T): (cues: LanguageCues) => T {
  const cache = new WeakMap<LanguageCues, T>();
  let lastCues: LanguageCues | undefined;
  let lastCompiled: T | undefined;
  return (cues) => {
    if (cues === lastCues) {
      return lastCompiled as T;
    }
    let compiled = cache.get(cues);
    if (compiled === undefined) {
      compiled = build(cues);
      cache.set(cues, compiled);
    }
    lastCues = cues;
    lastCompiled = compiled;
    return compiled;
  };
}
