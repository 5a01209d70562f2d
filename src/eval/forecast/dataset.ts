/** Helpers the data-set loaders share: skip counts, merging files, reading JSON with the file named. */
import { InputError } from '../../core/errors.js';
import type { LoadedDataset, ParsedDialogues } from './types.js';

/** Adds one to the count of `reason`. */
export function countSkip(skipped: Record<string, number>, reason: string): void {
  skipped[reason] = (skipped[reason] ?? 0) + 1;
}

/** Merges the dialogues parsed from several files into one data set. */
export function mergeParsed(name: string, files: string[], parts: readonly ParsedDialogues[]): LoadedDataset {
  const skipped: Record<string, number> = {};
  for (const part of parts) {
    for (const [reason, count] of Object.entries(part.skipped)) skipped[reason] = (skipped[reason] ?? 0) + count;
  }
  return { name, files, negotiations: parts.flatMap((part) => part.negotiations), skipped };
}

/** Parses JSON, naming the source in the InputError when it is not JSON. */
export function parseJsonText(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(source, `invalid JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
