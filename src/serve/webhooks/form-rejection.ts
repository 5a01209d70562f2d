/**
 * 400 errors for form submissions that the web form reader quarantined. The
 * reader describes a field by its internal name (`date`) and by the column of
 * a file export. These errors use the field names of docs/webhooks.md
 * (`submittedAt`) and the body key that was sent.
 */
import type { WebformField } from '../../config/mappings.js';
import { normalizeHeader } from '../../ingest/mapping.js';
import { WEBFORM_SYNONYMS } from '../../ingest/mapping-fields.js';
import { HttpError } from '../http-errors.js';

/** Field names that docs/webhooks.md gives where they differ from the reader's names. */
const DOCUMENTED_NAMES: Partial<Record<WebformField, string>> = { date: 'submittedAt' };

/** Content of each field that can be missing, named in the hint of its error. */
const CONTENT_HINTS: Partial<Record<WebformField, string>> = {
  date: 'the submission time (ISO 8601 or Unix seconds)',
  message: "the buyer's text",
};

/**
 * Reader reasons this module rewrites. They come from `fieldReason` and
 * `missingColumnsProblem` in src/ingest/mapping-read.ts, and the form test
 * fails when their wording changes.
 */
const FIELD_REASON = /^record 1: field "(\w+)" \((?:column "(.*?)"|no column matched;[^)]*)\): ([\s\S]*)$/;
const NO_MESSAGE_COLUMN = /^no message column among the columns (.*?); set mappings\.webform\.message /;

/**
 * Builds the 400 error for a quarantined submission. Its message and `field`
 * name the body key that was sent, or for a missing field its documented
 * name and synonyms. A reason in another form is passed on with `field`
 * set to `body`.
 */
export function formRejection(reason: string): HttpError {
  const fieldMatch = FIELD_REASON.exec(reason);
  if (fieldMatch !== null) {
    const [, field, column, problem] = fieldMatch as unknown as [string, WebformField, string | undefined, string];
    if (column === undefined) return missingField(field, null);
    return invalidField(field, column, problem);
  }
  const messageMatch = NO_MESSAGE_COLUMN.exec(reason);
  if (messageMatch !== null) return missingField('message', messageMatch[1]!);
  return new HttpError(400, 'invalid_request', `invalid form submission: ${reason.replace(/^record 1: /, '')}`, 'body');
}

/** Error for a field the reader found no key for; `sentKeys` lists the body's keys when the reader names them. */
function missingField(field: WebformField, sentKeys: string | null): HttpError {
  const name = documentedName(field);
  const synonyms = WEBFORM_SYNONYMS[field]
    .filter((synonym) => normalizeHeader(synonym) !== normalizeHeader(name))
    .map((synonym) => `"${synonym}"`)
    .join(', ');
  const content = CONTENT_HINTS[field] ?? 'it';
  const sent = sentKeys === null ? '' : ` (the body has the fields ${sentKeys})`;
  const message =
    `invalid form submission: missing field "${name}"${sent}; send ${content} as "${name}" or one of ${synonyms}, ` +
    `or set seller.mappings.webform.${field} in the serve config to the field that contains it`;
  return new HttpError(400, 'invalid_request', message, `body.${name}`);
}

/** Error for a field whose key `column` was sent with an unusable value. */
function invalidField(field: WebformField, column: string, problem: string): HttpError {
  const name = documentedName(field);
  const readAs = normalizeHeader(column) === normalizeHeader(name) ? '' : ` (read as ${name})`;
  // An empty value is "missing" to the reader, but the key was sent.
  const detail = problem === 'missing' ? 'empty' : problem.replace(/(?<!seller\.)\bmappings\./g, 'seller.mappings.');
  return new HttpError(400, 'invalid_request', `invalid form submission: field "${column}"${readAs}: ${detail}`, `body.${column}`);
}

function documentedName(field: WebformField): string {
  return DOCUMENTED_NAMES[field] ?? field;
}
