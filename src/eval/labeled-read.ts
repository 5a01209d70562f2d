/**
 * Reading of labeled message sets. Every line is validated on its own: an
 * invalid line is reported with its file, line number and field and then
 * skipped, so one typo does not hide the rest of the set.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { EVAL_LANGUAGES, labeledMessageSchema, type LabeledMessage } from './labeled-schema.js';

/** A problem found in a labeled set file; `line` is null for a problem with the whole file. */
export interface LineIssue {
  file: string;
  line: number | null;
  field: string;
  message: string;
}

/** A valid labeled message and where it was read. */
export interface LabeledEntry {
  message: LabeledMessage;
  file: string;
  line: number;
}

/** Formats an issue as `file:line: field: message`, the form compilers use, so editors can jump to it. */
export function formatIssue(issue: LineIssue): string {
  const where = issue.line === null ? issue.file : `${issue.file}:${issue.line}`;
  return `${where}: ${issue.field}: ${issue.message}`;
}

/** Writes a zod issue path as a field name such as `entities[2].amount`, or `(line)` for an empty path. */
export function fieldName(path: readonly PropertyKey[]): string {
  let name = '';
  for (const part of path) {
    name += typeof part === 'number' ? `[${part}]` : `${name === '' ? '' : '.'}${String(part)}`;
  }
  return name === '' ? '(line)' : name;
}

function issuesOfZodError(error: z.ZodError, file: string, line: number): LineIssue[] {
  return error.issues.flatMap((issue): LineIssue[] => {
    // zod reports an unknown key at the object that contains it, so name the key itself.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        line,
        field: fieldName([...issue.path, key]),
        message: 'unknown key; the format allows only the documented keys',
      }));
    }
    return [{ file, line, field: fieldName(issue.path), message: issue.message }];
  });
}

/**
 * Parses the JSON Lines text of one labeled file. Blank lines are skipped.
 * A UTF-8 byte order mark is reported and then ignored.
 */
export function parseLabeledLines(content: string, file: string): { entries: LabeledEntry[]; issues: LineIssue[] } {
  const entries: LabeledEntry[] = [];
  const issues: LineIssue[] = [];
  let text = content;
  if (text.startsWith('\uFEFF')) {
    issues.push({ file, line: 1, field: '(file)', message: 'starts with a byte order mark; save it as UTF-8 without BOM' });
    text = text.slice(1);
  }
  text.split('\n').forEach((rawLine, index) => {
    const lineNumber = index + 1;
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      issues.push({ file, line: lineNumber, field: '(line)', message: `invalid JSON: ${(error as Error).message}` });
      return;
    }
    const parsed = labeledMessageSchema.safeParse(value);
    if (parsed.success) entries.push({ message: parsed.data, file, line: lineNumber });
    else issues.push(...issuesOfZodError(parsed.error, file, lineNumber));
  });
  return { entries, issues };
}

/** Valid messages of one set folder (`eval/dev`), and every problem found in it. */
export interface LabeledSet {
  name: string;
  dir: string;
  /** False when the folder does not exist. */
  found: boolean;
  entries: LabeledEntry[];
  issues: LineIssue[];
}

/**
 * Reads `<dir>/<lang>.jsonl` for each language that has a file. Any other
 * `.jsonl` file in the folder is reported and skipped, because its language
 * could not be checked against the format.
 */
export function readLabeledSet(name: string, dir: string): LabeledSet {
  if (!existsSync(dir)) return { name, dir, found: false, entries: [], issues: [] };
  const entries: LabeledEntry[] = [];
  const issues: LineIssue[] = [];
  const expectedNames = new Set(EVAL_LANGUAGES.map((language) => `${language}.jsonl`));
  for (const fileName of readdirSync(dir).sort()) {
    if (!fileName.endsWith('.jsonl')) continue;
    const file = join(dir, fileName);
    if (!expectedNames.has(fileName)) {
      issues.push({
        file,
        line: null,
        field: '(file)',
        message: `skipped: the name must be <lang>.jsonl with lang one of ${EVAL_LANGUAGES.join(', ')}`,
      });
      continue;
    }
    const parsed = parseLabeledLines(readFileSync(file, 'utf8'), file);
    entries.push(...parsed.entries);
    issues.push(...parsed.issues);
  }
  return { name, dir, found: true, entries, issues };
}

/**
 * Removes entries whose id already appeared earlier, in this set or in an
 * earlier one, and reports each as an issue naming the first occurrence.
 * Ids must be unique across every labeled file.
 */
export function dropDuplicateIds(sets: readonly LabeledSet[]): LabeledSet[] {
  const firstSeen = new Map<string, LabeledEntry>();
  return sets.map((set) => {
    const entries: LabeledEntry[] = [];
    const issues = [...set.issues];
    for (const entry of set.entries) {
      const first = firstSeen.get(entry.message.id);
      if (first === undefined) {
        firstSeen.set(entry.message.id, entry);
        entries.push(entry);
      } else {
        issues.push({
          file: entry.file,
          line: entry.line,
          field: 'id',
          message: `duplicate id "${entry.message.id}", first used at ${first.file}:${first.line}; line skipped`,
        });
      }
    }
    return { ...set, entries, issues };
  });
}
