import { readFile } from 'node:fs/promises';
import { InputError, errorMessage } from '../core/errors.js';
import type { OutcomeResult } from '../core/types.js';
import { importOutcomes, setOutcome } from '../pipeline/outcomes.js';
import { withExistingStore } from './store-access.js';

export interface OutcomeSetOptions {
  db: string;
  /** yyyy-mm-dd; today (UTC) when unset. */
  date?: string;
  note?: string;
}

/** Runs `parley outcome set CONVERSATION_ID won|lost` and prints whether the outcome was new, changed or already recorded. */
export async function setOutcomeCommand(conversationId: string, result: OutcomeResult, options: OutcomeSetOptions): Promise<void> {
  const decidedAt = options.date ?? new Date().toISOString().slice(0, 10);
  const outcome = { conversationId, result, decidedAt, source: 'manual' as const, ...(options.note ? { note: options.note } : {}) };
  const write = await withExistingStore(options.db, (store) => setOutcome(store, outcome));
  const verdict = { inserted: 'Recorded', updated: 'Changed', unchanged: 'Already recorded' }[write];
  process.stdout.write(`${verdict}: ${conversationId} ${result} on ${decidedAt}.\n`);
}

/**
 * Runs `parley outcome import FILE.csv`: stores the good rows, reports each
 * bad row on stderr as FILE:LINE: reason, and returns the number of bad rows
 * (the caller exits with 1 when there are any).
 */
export async function importOutcomesCommand(file: string, options: { db: string }): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(file, `cannot read the file: ${errorMessage(error)}`, { cause: error });
  }
  const { write, problems } = await withExistingStore(options.db, (store) => importOutcomes(store, text, file));
  for (const problem of problems) process.stderr.write(`${file}:${problem.line}: ${problem.reason}; row skipped\n`);
  const stored = write.inserted + write.updated + write.unchanged;
  process.stdout.write(
    `Imported ${stored} outcome(s) from ${file}: ${write.inserted} new, ${write.updated} changed, ${write.unchanged} already recorded` +
      (problems.length > 0 ? `; ${problems.length} bad row(s) skipped.\n` : '.\n'),
  );
  return problems.length;
}
