import { z } from 'zod';
import { ACTION_TYPES, ARCHETYPES, CHANNELS, SEGMENTS, SENTIMENT_MODES, SIGNAL_TYPES, STAGES } from './types.js';

/**
 * zod schemas of the public output contracts: the message analysis written
 * by `parley signals` and the conversation analysis written by
 * `parley analyze --json`. Tests validate real output against them, so a
 * renamed or missing field fails the build. Extra fields are allowed.
 */
const score = z.number().int().min(0).max(100);
const span = { start: z.number().int().min(0), end: z.number().int().min(0), text: z.string().min(1) };

/** Evidence from metadata (send time, phone number) has an empty span and text. */
export const evidenceSchema = z.object({ ...span, text: z.string() });

export const entitySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('quantity'), value: z.number(), unit: z.string(), ...span }),
  z.object({ type: z.literal('money'), amount: z.number(), currency: z.string().regex(/^[A-Z]{3}$/), per: z.string().optional(), ...span }),
  z.object({ type: z.literal('incoterm'), code: z.string().regex(/^[A-Z]{3}$/), place: z.string().optional(), ...span }),
  z.object({ type: z.literal('certification'), code: z.string(), ...span }),
  z.object({ type: z.literal('date'), iso: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), ...span }),
  z.object({ type: z.literal('duration'), days: z.number().positive(), ...span }),
  z.object({ type: z.literal('payment_term'), kind: z.string(), percent: z.number().optional(), ...span }),
  z.object({ type: z.literal('email'), value: z.string(), ...span }),
  z.object({ type: z.literal('phone'), value: z.string().regex(/^\+\d{6,15}$/), ...span }),
  z.object({ type: z.literal('url'), value: z.string(), ...span }),
  z.object({ type: z.literal('port'), value: z.string(), ...span }),
  z.object({ type: z.literal('product'), value: z.string(), ...span }),
]);

export const signalSchema = z.object({
  type: z.enum(SIGNAL_TYPES),
  strength: z.number().min(0).max(1),
  evidence: z.array(evidenceSchema),
});

export const messageAnalysisSchema = z.object({
  id: z.string(),
  language: z.string().min(2),
  sentiment: z.object({ mode: z.enum(SENTIMENT_MODES), polarity: z.number().min(-1).max(1) }).nullable(),
  signals: z.array(signalSchema),
  entities: z.array(entitySchema),
  scores: z.object({ intent: score, urgency: score, sentiment: score, friction: score }),
});

const explanationSchema = z.object({
  type: z.string(),
  messageId: z.string().nullable(),
  text: z.string(),
  effect: z.number(),
});

export const conversationAnalysisSchema = z.object({
  id: z.string(),
  channels: z.array(z.enum(CHANNELS)).min(1),
  accountId: z.string().nullable(),
  stage: z.enum(STAGES),
  stalled: z.boolean(),
  archetype: z.object({
    id: z.enum(ARCHETYPES),
    confidence: z.number().min(0).max(1),
    runnerUp: z.enum(ARCHETYPES).nullable(),
    buyerMessages: z.number().int().nonnegative().optional(),
  }),
  segments: z.array(z.enum(SEGMENTS)),
  scores: z.object({ intent: score, urgency: score, sentiment: score, friction: score, momentum: score }),
  explanations: z.record(z.string(), z.array(explanationSchema)),
  winProbability: z.number().min(0).max(1),
  brief: z.object({
    wants: z.array(z.unknown()),
    commitments: z.array(z.unknown()),
    openObjections: z.array(z.unknown()),
    nextReplyOwedBy: z.enum(['seller', 'buyer']).nullable(),
    text: z.string(),
  }),
  actions: z.array(
    z.object({
      type: z.enum(ACTION_TYPES),
      priority: z.number().int().min(1),
      dueBy: z.string().datetime({ offset: true }),
      reason: z.string().min(1),
    }),
  ),
  messages: z.array(messageAnalysisSchema.extend({ messageId: z.string(), channel: z.enum(CHANNELS), text: z.string() })),
});

export const analyzeDocumentSchema = z.object({
  generatedAt: z.string().datetime({ offset: true }),
  asOf: z.string().datetime({ offset: true }),
  accounts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      domain: z.string().nullable(),
      contacts: z.array(z.unknown()),
      conversationIds: z.array(z.string()),
    }),
  ),
  conversations: z.array(conversationAnalysisSchema),
  quarantine: z.array(z.object({ source: z.string(), reason: z.string() })),
});
