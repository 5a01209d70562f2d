import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { CHANNELS, type IngestItem, type ParsedMessage } from '../core/types.js';
import { errorMessage } from '../core/errors.js';
import { sentAtSchema } from '../core/sent-at.js';
import { quarantined } from './quarantine.js';

const nullableText = z.string().nullable().optional();

/** One canonical message line. Only `channel`, `sentAt` and `text` are required. */
export const canonicalMessageSchema = z.object({
  id: z.string().min(1).nullable().optional(),
  channel: z.enum(CHANNELS),
  conversationId: nullableText,
  direction: z.enum(['inbound', 'outbound']).nullable().optional(),
  sender: z
    .object({ name: nullableText, email: nullableText, phone: nullableText, handle: nullableText })
    .nullable()
    .optional(),
  sentAt: sentAtSchema,
  text: z.string(),
  attachments: z
    .array(
      z.object({
        name: z.string(),
        mediaType: z.string().default('application/octet-stream'),
        size: z.number().int().nonnegative().nullable().default(null),
      }),
    )
    .optional(),
  language: nullableText,
});

export type CanonicalMessage = z.infer<typeof canonicalMessageSchema>;

/**
 * Parses one line of a canonical-message file. A line that is not JSON or
 * fails the schema is quarantined with its line number and, for schema
 * failures, the field and zod's message.
 */
export function parseJsonlLine(line: string, source: string, lineNumber: number): IngestItem {
  const locator = `${source}#line=${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return quarantined(locator, `line ${lineNumber}: invalid JSON: ${errorMessage(error)}`, line);
  }
  const result = canonicalMessageSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue === undefined || issue.path.length === 0 ? '(line)' : issue.path.join('.');
    return quarantined(locator, `line ${lineNumber}: field "${field}": ${issueText(value, issue)}`, line);
  }
  return { kind: 'message', message: toParsedMessage(result.data, locator) };
}

/** Characters of an invalid value quoted in a quarantine reason. */
const MAX_SHOWN_VALUE = 60;

/**
 * Describes a schema issue in the user's terms: "missing, expected one of …"
 * for an absent field, and the value given for an invalid one, instead of
 * zod's "Invalid option" alone.
 */
function issueText(value: unknown, issue: z.core.$ZodIssue | undefined): string {
  if (issue === undefined) return 'invalid';
  const expected = issue.message.replace(/^Invalid (?:option|input):\s*/, '');
  let fieldValue: unknown = value;
  for (const key of issue.path) {
    fieldValue = typeof fieldValue === 'object' && fieldValue !== null ? (fieldValue as Record<PropertyKey, unknown>)[key] : undefined;
  }
  if (issue.path.length > 0 && fieldValue === undefined) return `missing, ${expected}`;
  if (issue.code === 'invalid_value' || issue.code === 'invalid_type' || issue.code === 'invalid_format') {
    const quoted = JSON.stringify(fieldValue) ?? String(fieldValue);
    return `invalid value ${quoted.length > MAX_SHOWN_VALUE ? `${quoted.slice(0, MAX_SHOWN_VALUE)}…` : quoted}, ${expected}`;
  }
  return issue.message;
}

/** Streams a .jsonl file line by line; blank lines are skipped. */
export async function* readJsonl(filePath: string): AsyncGenerator<IngestItem> {
  const lines = createInterface({ input: createReadStream(filePath, 'utf8'), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    const trimmed = lineNumber === 1 ? line.replace(/^\ufeff/, '').trim() : line.trim();
    if (trimmed !== '') yield parseJsonlLine(trimmed, filePath, lineNumber);
  }
}

function toParsedMessage(data: CanonicalMessage, source: string): ParsedMessage {
  return {
    channel: data.channel,
    source,
    sourceId: data.id ?? null,
    conversationKey: data.conversationId ?? null,
    ...(data.conversationId ? { conversationId: data.conversationId } : {}),
    sender: {
      name: data.sender?.name ?? null,
      email: data.sender?.email ?? null,
      phone: data.sender?.phone ?? null,
      ...(data.sender?.handle ? { handle: data.sender.handle } : {}),
    },
    recipients: [],
    sentAt: data.sentAt,
    body: data.text,
    attachments: data.attachments ?? [],
    subject: null,
    inReplyTo: null,
    references: [],
    direction: data.direction ?? null,
    language: data.language ?? null,
  };
}
