/**
 * Checks labeled set files against the schema without running Parley, so a
 * writer can validate a file while the engine is being changed.
 *
 *   npx tsx src/eval/check-labels.ts eval/train eval/test
 *
 * Prints each problem as `file:line: field: message`, then per folder the
 * number of valid lines per language. Exit code 1 when any line is invalid.
 */
import { basename, resolve } from 'node:path';
import { dropDuplicateIds, formatIssue, readLabeledSet } from './labeled-read.js';

function main(dirs: readonly string[]): number {
  if (dirs.length === 0) {
    console.error('usage: check-labels.ts <set folder>... (for example eval/train)');
    return 2;
  }
  const sets = dropDuplicateIds(dirs.map((dir) => readLabeledSet(basename(resolve(dir)), resolve(dir))));
  let problems = 0;
  for (const set of sets) {
    if (!set.found) {
      console.error(`${set.dir}: folder not found`);
      problems += 1;
      continue;
    }
    for (const issue of set.issues) console.error(formatIssue(issue));
    problems += set.issues.length;
    const perLanguage = new Map<string, number>();
    for (const entry of set.entries) perLanguage.set(entry.message.language, (perLanguage.get(entry.message.language) ?? 0) + 1);
    const counts = [...perLanguage].map(([language, count]) => `${language} ${count}`).join(', ');
    console.log(`${set.dir}: ${set.entries.length} valid line(s) (${counts || 'none'}), ${set.issues.length} problem(s)`);
  }
  return problems > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
