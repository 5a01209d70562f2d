/**
 * zod schemas of the HTTP API: the routes validate requests with them and
 * the OpenAPI document is generated from them.
 */
import { z } from 'zod';
import { conversationAnalysisSchema } from '../core/contract-schemas.js';
import { STAGES, type Stage } from '../core/types.js';
import { canonicalMessageSchema } from '../ingest/jsonl.js';
import { isCalendarDate } from '../pipeline/calendar-day.js';

/** Maximum messages in one POST /v1/messages request. */
export const MAX_MESSAGES_PER_REQUEST = 5000;

const booleanText = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .default(false);

const page = (defaultLimit: number) => ({
  limit: z.coerce.number().int().min(1).max(500).default(defaultLimit),
  offset: z.coerce.number().int().min(0).default(0),
});

/**
 * Body of POST /v1/messages as validated: the list is checked here, each
 * message separately, so one bad message is quarantined and the rest are stored.
 */
export const messagesBodySchema = z.union(
  [
    z.array(z.unknown()).min(1).max(MAX_MESSAGES_PER_REQUEST),
    z.object({ messages: z.array(z.unknown()).min(1).max(MAX_MESSAGES_PER_REQUEST) }).strict(),
  ],
  { error: `send a JSON array of 1 to ${MAX_MESSAGES_PER_REQUEST} canonical messages, or {"messages": [...]}` },
);

/** Body of POST /v1/messages as documented. */
export const messagesBodyDoc = z.union([
  z.array(canonicalMessageSchema),
  z.object({ messages: z.array(canonicalMessageSchema) }),
]);

export const importQuerySchema = z
  .object({ filename: z.string().min(1).max(255).optional().describe('file name of a raw-body upload; a WhatsApp chat is named after it, a bare _chat.txt after its first line') })
  .strict();

export const idParamsSchema = z.object({ id: z.string().min(1).max(512) }).strict();

export const accountsQuerySchema = z.object(page(100)).strict();

/**
 * Stages the pipeline can filter on. The pipeline shows each conversation as
 * of its latest message, so the quiet time since then does not count
 * toward a stall there. `stalled` is rejected with a pointer to GET /v1/stalled,
 * which computes stalls as of now.
 */
const PIPELINE_STAGES = STAGES.filter((stage): stage is Exclude<Stage, 'stalled'> => stage !== 'stalled');

export const pipelineQuerySchema = z
  .object({
    ...page(50),
    stage: z
      .enum(PIPELINE_STAGES, {
        error: (issue) =>
          issue.input === 'stalled'
            ? 'the pipeline shows each deal as of its latest message, not as of now; use GET /v1/stalled for deals stalled as of now'
            : undefined,
      })
      .optional()
      .describe('only conversations at this stage as of their latest message; for stalled deals use GET /v1/stalled'),
    includeClosed: booleanText.describe('also list won and lost deals (left out by default)'),
  })
  .strict();

export const stalledQuerySchema = z
  .object({
    ...page(50),
    asOf: z.iso.datetime({ offset: true }).optional().describe('the time taken as "now" (ISO 8601); the current time when absent'),
  })
  .strict();

export const tasksQuerySchema = z
  .object({
    status: z.enum(['open', 'done']).optional(),
    conversationId: z.string().min(1).max(512).optional(),
  })
  .strict();

export const taskPatchSchema = z.object({ status: z.enum(['open', 'done']) }).strict();

export const outcomeBodySchema = z
  .object({
    conversationId: z.string().min(1).max(512),
    result: z.enum(['won', 'lost']),
    date: z
      .string()
      .refine(isCalendarDate, 'must be a day written yyyy-mm-dd, such as 2026-03-20')
      .optional()
      .describe('day the deal was decided; today (UTC) when absent'),
    note: z.string().max(2000).optional(),
  })
  .strict();

// ------------------------------------------------------------ responses

export const errorResponseSchema = z.object({
  error: z.string().describe('machine-readable code, such as invalid_request or not_found'),
  message: z.string(),
  field: z.string().optional().describe('the invalid request field, such as body.messages.0.sentAt'),
  requestId: z.string(),
});

const taskSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  conversationId: z.string(),
  accountId: z.string().nullable(),
  ruleId: z.string(),
  assignee: z.string(),
  dueAt: z.string(),
  reason: z.string(),
  createdAt: z.string(),
  status: z.enum(['open', 'done']),
});

const conversationStateSchema = z.object({
  id: z.string(),
  accountId: z.string().nullable(),
  stage: z.enum(STAGES),
  stalled: z.boolean(),
  winProbability: z.number(),
});

export const ingestOutcomeSchema = z.object({
  stored: z.number().int(),
  duplicate: z.number().int(),
  updated: z.number().int(),
  quarantined: z.array(z.object({ source: z.string(), reason: z.string() })),
  conversations: z.array(conversationStateSchema),
  tasks: z.array(taskSchema),
});

export const pipelineResponseSchema = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  conversations: z.array(
    conversationStateSchema.extend({
      channels: z.array(z.string()),
      archetype: z.string(),
      scores: z.record(z.string(), z.number()),
      outcome: z.object({ result: z.enum(['won', 'lost']), decidedAt: z.string() }).nullable(),
    }),
  ),
});

export const conversationResponseSchema = conversationAnalysisSchema.extend({
  stateHistory: z.array(z.looseObject({ messageId: z.string(), field: z.string() })),
  snapshots: z.array(z.looseObject({ messageId: z.string(), stage: z.enum(STAGES) })),
  outcome: z.looseObject({ result: z.enum(['won', 'lost']), decidedAt: z.string() }).nullable(),
});

export const tasksResponseSchema = z.object({ tasks: z.array(taskSchema) });

export const deadLettersResponseSchema = z.object({
  deadLetters: z.array(
    z.object({
      id: z.string(),
      workspaceId: z.string(),
      url: z.string(),
      body: z.string().describe('the JSON body that was sent'),
      attempts: z.number().int(),
      lastError: z.string(),
      failedAt: z.string(),
    }),
  ),
});

export const accountsResponseSchema = z.object({
  total: z.number().int(),
  accounts: z.array(z.looseObject({ id: z.string(), name: z.string(), conversationIds: z.array(z.string()) })),
});

export const stalledResponseSchema = z.object({
  asOf: z.string(),
  total: z.number().int(),
  conversations: z.array(conversationStateSchema.extend({ reason: z.string().nullable(), lastMessageAt: z.string() })),
});

export const outcomeResponseSchema = z.object({
  conversationId: z.string(),
  result: z.enum(['won', 'lost']),
  decidedAt: z.string(),
  write: z.enum(['inserted', 'updated', 'unchanged']),
});
