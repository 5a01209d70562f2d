import { readFile } from 'node:fs/promises';
import { errorMessage } from '../core/errors.js';
import type { IngestItem } from '../core/types.js';
import { quarantined } from './quarantine.js';
import { firstIssue } from './mapping-issue.js';
import { supportExportSchema, personSchema, ticketSchema, type Person } from './support-schema.js';
import { ticketMessages } from './support-ticket.js';

/** Messages and quarantined records of a ticket export, plus the private comments left out. */
export interface SupportResult {
  items: IngestItem[];
  /** Private comments (agents' internal notes), which the buyer never saw. */
  skipped: number;
}

/**
 * Reads a support ticket export in JSON. Accepted shapes:
 *
 * - Zendesk-like: `{"tickets": [{"id", "subject", "requester_id" | "requester": {name, email},
 *   "created_at", "comments": [{"author_id" | "author": {…}, "body" | "plain_body",
 *   "created_at", "public", "attachments"}]}], "users": [{"id", "name", "email", "role"}]}`
 * - Simple: `{"tickets": [...]}` or a bare array of tickets, with each comment's
 *   `author` an object or the string "requester" or "agent".
 *
 * One conversation per ticket (`support:<ticket id>`). A ticket without
 * comments becomes one message from its `description`. A ticket or comment
 * that fails the schema is quarantined with its path and field.
 */
export async function readSupportFile(filePath: string): Promise<SupportResult> {
  return parseSupport(await readFile(filePath, 'utf8'), filePath);
}

/** Parses the text of a ticket export; `source` names the file in locators. */
export function parseSupport(text: string, source: string): SupportResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    return { items: [quarantined(source, `invalid JSON: ${errorMessage(error)}`)], skipped: 0 };
  }
  const parsed = supportExportSchema.safeParse(json);
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error);
    return { items: [quarantined(source, `not a ticket export: field "${field}": ${message}`)], skipped: 0 };
  }
  const users = usersById(parsed.data.users ?? []);
  const result: SupportResult = { items: [], skipped: 0 };
  parsed.data.tickets.forEach((value, index) => {
    const locator = `${source}#tickets[${index}]`;
    const ticket = ticketSchema.safeParse(value);
    if (!ticket.success) {
      const { field, message } = firstIssue(ticket.error);
      result.items.push(quarantined(locator, `tickets[${index}]: field "${field}": ${message}`, JSON.stringify(value)));
      return;
    }
    const read = ticketMessages(ticket.data, locator, users);
    result.items.push(...read.items);
    result.skipped += read.skipped;
  });
  return result;
}

/** Indexes sideloaded users by id; entries that are not valid users are ignored. */
function usersById(values: unknown[]): Map<string, Person> {
  const users = new Map<string, Person>();
  for (const value of values) {
    const user = personSchema.safeParse(value);
    if (user.success && user.data.id) users.set(user.data.id, user.data);
  }
  return users;
}
