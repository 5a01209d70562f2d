/** Recording won and lost outcomes: one by hand, or many from a CSV file. */
import { InputError } from '../core/errors.js';
import type { Outcome, OutcomeResult } from '../core/types.js';
import { parseCsv } from '../ingest/csv.js';
import type { Store, WriteOutcome, WriteResult } from '../store/store.js';
import { isCalendarDate } from './calendar-day.js';

/** Columns of an outcomes CSV file; `note` may be left out. */
export const OUTCOME_COLUMNS = ['conversation_id', 'result', 'date', 'note'] as const;
const REQUIRED_COLUMNS = ['conversation_id', 'result', 'date'] as const;

/** A CSV row that was skipped, with its 1-based line and the reason. */
export interface OutcomeProblem {
  line: number;
  reason: string;
}

/** Outcomes read from a CSV file, each with the line it came from, and the rows skipped. */
export interface ParsedOutcomes {
  outcomes: (Outcome & { line: number })[];
  problems: OutcomeProblem[];
}

/** Result of `importOutcomes`: the store's write counts and the rows skipped, by line. */
export interface OutcomeImport {
  write: WriteResult;
  problems: OutcomeProblem[];
}

/** Reads `won` or `lost`, ignoring case and surrounding spaces; null for anything else. */
export function parseOutcomeResult(value: string): OutcomeResult | null {
  const result = value.trim().toLowerCase();
  return result === 'won' || result === 'lost' ? result : null;
}

/**
 * Reads an outcomes CSV: a header naming conversation_id, result and date
 * (note optional; any order, any case, other columns ignored), then one row
 * per conversation. A row with an empty id, a result other than won or lost,
 * a date that is not a yyyy-mm-dd day, or an id already given on an earlier
 * line is skipped with its reason. Throws InputError when the header lacks a
 * required column, since then no row can be read.
 *
 * @example
 * parseOutcomesCsv('conversation_id,result,date\nc1,won,2026-03-20\n', 'deals.csv').outcomes;
 * // [{ conversationId: 'c1', result: 'won', decidedAt: '2026-03-20', source: 'csv', line: 2 }]
 */
export function parseOutcomesCsv(text: string, source: string): ParsedOutcomes {
  const table = parseCsv(text);
  const headers = table.headers.map((header) => header.toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((column) => !headers.includes(column));
  if (missing.length > 0) {
    const found = table.headers.length > 0 ? `found "${table.headers.join('", "')}"` : 'the file is empty';
    throw new InputError(
      source,
      `the header line must name the columns ${REQUIRED_COLUMNS.join(', ')} (and optionally note); missing ${missing.join(', ')}, ${found}`,
    );
  }
  const column = (name: (typeof OUTCOME_COLUMNS)[number]): number => headers.indexOf(name);
  const problems: OutcomeProblem[] = table.problems.map((p) => ({ line: p.line, reason: p.reason.replace(/^line \d+: /, '') }));
  const outcomes: ParsedOutcomes['outcomes'] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const cell = (index: number): string => (index < 0 ? '' : (row.fields[index] ?? '').trim());
    const conversationId = cell(column('conversation_id'));
    const result = parseOutcomeResult(cell(column('result')));
    const decidedAt = cell(column('date'));
    const note = cell(column('note'));
    let reason: string | null = null;
    if (conversationId === '') reason = 'conversation_id is empty';
    else if (result === null) reason = `result "${cell(column('result'))}" is neither won nor lost`;
    else if (!isCalendarDate(decidedAt)) reason = `date "${decidedAt}" is not a day written yyyy-mm-dd`;
    else if (seen.has(conversationId)) reason = `conversation ${conversationId} is already given on line ${seen.get(conversationId)}`;
    if (reason !== null || result === null) {
      problems.push({ line: row.line, reason: reason ?? 'unreadable row' });
      continue;
    }
    seen.set(conversationId, row.line);
    outcomes.push({ conversationId, result, decidedAt, source: 'csv', ...(note ? { note } : {}), line: row.line });
  }
  problems.sort((a, b) => a.line - b.line);
  return { outcomes, problems };
}

/**
 * Imports an outcomes CSV into the store. Rows naming a conversation the
 * store has no messages of are skipped as problems too. The rest are stored
 * (one per conversation, replacing an earlier outcome), so importing the
 * same file again stores nothing new.
 */
export async function importOutcomes(store: Store, text: string, source: string): Promise<OutcomeImport> {
  const parsed = parseOutcomesCsv(text, source);
  const known = await store.storedConversations(parsed.outcomes.map((outcome) => outcome.conversationId));
  const problems = [...parsed.problems];
  const outcomes: Outcome[] = [];
  for (const { line, ...outcome } of parsed.outcomes) {
    if (known.has(outcome.conversationId)) outcomes.push(outcome);
    else problems.push({ line, reason: `no conversation ${outcome.conversationId} in the database` });
  }
  problems.sort((a, b) => a.line - b.line);
  return { write: await store.saveOutcomes(outcomes), problems };
}

/** Records one outcome by hand; throws InputError when the store has no messages of the conversation. */
export async function setOutcome(store: Store, outcome: Outcome): Promise<WriteOutcome> {
  const known = await store.storedConversations([outcome.conversationId]);
  if (!known.has(outcome.conversationId)) {
    throw new InputError(outcome.conversationId, 'no conversation with this id in the database; `parley accounts list` shows the ids');
  }
  const write = await store.saveOutcomes([outcome]);
  if (write.inserted > 0) return 'inserted';
  return write.updated > 0 ? 'updated' : 'unchanged';
}
